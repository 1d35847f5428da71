package dev.pyjava.runtime.cpython.calls;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.TypeApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi;
import dev.pyjava.runtime.cpython.objects.CallScope;
import dev.pyjava.runtime.cpython.objects.JavaInstances;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.cpython.objects.Wrappers;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.PropertyDef;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The C functions of a pyjava type's slots, as permanent upcall stubs: {@code tp_init} running the
 * Java constructor (the type's {@code tp_new} is {@code PyType_GenericNew}, so a Python subclass's
 * own {@code __init__} may take other arguments and call {@code super().__init__(...)}), each method (a {@link FunctionUpcall} given the instance; a static method's is
 * a function's), each property's getter and setter, and {@code tp_dealloc}, which lets go of the
 * Java object. None ever throws: what the Java code throws is raised in Python. GIL held in every
 * one.
 */
public final class TypeUpcalls {
  private TypeUpcalls() {}

  private static final FunctionDescriptor INIT =
      FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor FASTCALL_KEYWORDS =
      FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor GETTER =
      FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor SETTER =
      FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor DEALLOC = FunctionDescriptor.ofVoid(JAVA_LONG);

  private static final MethodHandle INIT_INSTANCE =
      find("initInstance", int.class, FunctionUpcall.class, long.class, long.class, long.class);
  private static final MethodHandle CALL =
      find(
          "callMethod",
          long.class,
          FunctionUpcall.class,
          long.class,
          long.class,
          long.class,
          long.class);
  private static final MethodHandle GET =
      find("get", long.class, PropertyDef.class, long.class, long.class);
  private static final MethodHandle SET =
      find("set", int.class, PropertyDef.class, long.class, long.class, long.class);
  private static final MethodHandle DEALLOCATE = find("dealloc", void.class, long.class);

  private static final long WEAK_LIST = PythonAbi.current().instanceWeakList();

  /** {@code tp_init} of a type whose constructor is {@code constructor}. */
  public static MemorySegment initStub(FunctionDef constructor) {
    return stub(
        INIT_INSTANCE.bindTo(new FunctionUpcall(constructor, FunctionUpcall.Self.INIT, null)),
        INIT);
  }

  /** The {@code METH_FASTCALL | METH_KEYWORDS} C function of an instance method. */
  public static MemorySegment methodStub(FunctionDef method) {
    return stub(
        CALL.bindTo(new FunctionUpcall(method, FunctionUpcall.Self.INSTANCE, null)),
        FASTCALL_KEYWORDS);
  }

  /** The {@code METH_FASTCALL | METH_KEYWORDS | METH_STATIC} C function of a static method. */
  public static MemorySegment staticMethodStub(FunctionDef method) {
    return stub(
        CALL.bindTo(new FunctionUpcall(method, FunctionUpcall.Self.MODULE, null)),
        FASTCALL_KEYWORDS);
  }

  /** The {@code getter} of {@code property}. */
  public static MemorySegment getterStub(PropertyDef property) {
    return stub(GET.bindTo(property), GETTER);
  }

  /** The {@code setter} of {@code property}, which must have one. */
  public static MemorySegment setterStub(PropertyDef property) {
    return stub(SET.bindTo(property), SETTER);
  }

  /** {@code tp_dealloc} of every pyjava type. */
  public static MemorySegment deallocStub() {
    return stub(DEALLOCATE, DEALLOC);
  }

  /**
   * {@code tp_init}: calls the constructor with the arguments laid out as a vectorcall, so they
   * bind as a function's do, and makes its result the Java object of {@code self}; 0, or -1 with an
   * exception set (the instance keeps the Java object it had, if any). Never throws.
   */
  private static int initInstance(FunctionUpcall constructor, long self, long args, long kwargs) {
    return UpcallShell.runStatus(
        () -> callWithTuple(constructor, self, args, kwargs) == 0 ? -1 : 0);
  }

  /**
   * Calls {@code upcall} with the arguments of the tuple {@code args} and the dict {@code kwargs}
   * (or NULL) laid out as a vectorcall, so they bind as a function's do: what the upcall returns,
   * NULL with an exception set when it failed.
   *
   * @throws dev.pyjava.runtime.exceptions.PyException when laying the arguments out fails
   */
  static long callWithTuple(FunctionUpcall upcall, long self, long args, long kwargs) {
    long nargs = ContainerApi.PyTuple_Size(args);
    long keywords = kwargs == 0 ? 0 : ContainerApi.PyDict_Size(kwargs);
    long keys = keywords == 0 ? 0 : PythonErrors.nonNull(ContainerApi.PyDict_Keys(kwargs));
    long kwnames = 0;
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment vector = arena.allocate(JAVA_LONG, Math.max(1, nargs + keywords));
      for (long i = 0; i < nargs; i++) {
        vector.setAtIndex(JAVA_LONG, i, ContainerApi.PyTuple_GetItem(args, i));
      }
      if (keywords > 0) {
        kwnames = PythonErrors.nonNull(ContainerApi.PyTuple_New(keywords));
        for (long k = 0; k < keywords; k++) {
          long key = PythonErrors.nonNull(ObjectApi.PySequence_GetItem(keys, k));
          // The dict keeps the value alive for the call; the tuple steals the key.
          long value = ContainerApi.PyDict_GetItemWithError(kwargs, key);
          PythonErrors.nonNegative(ContainerApi.PyTuple_SetItem(kwnames, k, key));
          vector.setAtIndex(JAVA_LONG, nargs + k, PythonErrors.nonNull(value));
        }
      }
      return upcall.call(self, vector.address(), nargs, kwnames);
    } finally {
      if (kwnames != 0) {
        ObjectApi.Py_DecRef(kwnames);
      }
      if (keys != 0) {
        ObjectApi.Py_DecRef(keys);
      }
    }
  }

  /** A method: the shared upcall, given the instance as {@code self}. Never throws. */
  private static long callMethod(
      FunctionUpcall method, long self, long args, long nargsf, long kwnames) {
    return method.call(self, args, nargsf, kwnames);
  }

  /** A property's getter: a new reference to the value, or NULL with an exception set. */
  private static long get(PropertyDef property, long self, long closure) {
    return UpcallShell.run(
        () -> {
          Object value = property.getter().get(JavaInstances.of(self));
          long direct = DirectResults.newReference(property.type(), value);
          if (direct != DirectResults.NOT_DIRECT) {
            return direct;
          }
          CallScope scope = new CallScope();
          CallScope outer = Wrappers.beginResult(scope);
          try {
            Python py = CPythonBackend.instance().token();
            return Wrappers.newReference(Conversions.fromJava(py, property.type(), value));
          } finally {
            Wrappers.endResult(outer);
            scope.close();
          }
        });
  }

  /** A property's setter: 0, or -1 with an exception set; {@code value} NULL is {@code del}. */
  private static int set(PropertyDef property, long self, long value, long closure) {
    return UpcallShell.runStatus(
        () -> {
          if (value == 0) {
            throw new PyAttributeError("cannot delete property '" + property.name() + "'");
          }
          Object javaObject = JavaInstances.of(self);
          Object converted = FastArguments.read(value, property.type());
          if (converted == FastArguments.NOT_FAST) {
            CallScope scope = new CallScope();
            try {
              converted =
                  Conversions.toJava(Wrappers.argument(value, scope), property.type(), null, null);
              property.setter().set(javaObject, converted);
            } finally {
              scope.close();
            }
          } else {
            property.setter().set(javaObject, converted);
          }
          return 0;
        });
  }

  /**
   * {@code tp_dealloc}: clears the weak references to the instance (a Python subclass leaves them
   * to its base's {@code tp_dealloc}, this one), lets go of the Java object, frees the instance as
   * its type frees (a Python subclass is collected) and drops the instance's reference to its heap
   * type. Never throws.
   */
  static void dealloc(long self) {
    try {
      if (NativeMemory.readPointer(self + WEAK_LIST) != 0) {
        TypeApi.PyObject_ClearWeakRefs(self);
      }
    } catch (Throwable ignored) {
      // Only an Error can get here; the instance is still freed below.
    }
    try {
      JavaInstances.detach(self);
    } catch (Throwable ignored) {
      // Only an Error can get here; the memory is still freed below, the Java object leaks.
    }
    try {
      long type = NativeMemory.readPointer(self + PythonAbi.current().obType());
      if ((ObjectApi.PyType_GetFlags(type) & Layouts.TPFLAGS_HAVE_GC) != 0) {
        TypeApi.PyObject_GC_Del(self);
      } else {
        TypeApi.PyObject_Free(self);
      }
      ObjectApi.Py_DecRef(type);
    } catch (Throwable ignored) {
      // A failed downcall leaks the instance; an upcall must not throw.
    }
  }

  static MemorySegment stub(MethodHandle target, FunctionDescriptor descriptor) {
    return Linker.nativeLinker().upcallStub(target, descriptor, Arena.global());
  }

  private static MethodHandle find(String name, Class<?> result, Class<?>... parameters) {
    try {
      return MethodHandles.lookup()
          .findStatic(TypeUpcalls.class, name, MethodType.methodType(result, parameters));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
