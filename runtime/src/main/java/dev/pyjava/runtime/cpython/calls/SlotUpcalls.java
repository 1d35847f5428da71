package dev.pyjava.runtime.cpython.calls;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.calls.FunctionUpcall.SlotRule;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ErrorApi;
import dev.pyjava.runtime.cpython.ffi.capi.NumberApi;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.ProtocolApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi;
import dev.pyjava.runtime.cpython.objects.InstanceTypes;
import dev.pyjava.runtime.cpython.objects.ObjectInternals;
import dev.pyjava.runtime.cpython.objects.TypeNames;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The C functions of a pyjava type's protocol slots ({@code tp_repr}, {@code tp_richcompare},
 * {@code mp_length}, {@code nb_add}, ...), as permanent upcall stubs, each shaped as its slot's C
 * type. Each runs its dunder method through a {@link FunctionUpcall}, so binding, conversions and
 * errors are a method's, and turns the result into what the slot returns: a C {@code int} or {@code
 * Py_ssize_t}, {@code NotImplemented} for an operand of another type, the end of an iteration. None
 * ever throws: what the Java code throws is raised in Python. GIL held in every one.
 */
public final class SlotUpcalls {
  private SlotUpcalls() {}

  private static final FunctionDescriptor UNARY = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor BINARY =
      FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor TERNARY =
      FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor INQUIRY = FunctionDescriptor.of(JAVA_INT, JAVA_LONG);
  private static final FunctionDescriptor OBJOBJ =
      FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor OBJOBJARG =
      FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG);
  private static final FunctionDescriptor RICHCMP =
      FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT);

  private static final long TYPE_NAME = PythonAbi.current().typeName();

  private static final MethodHandle OBJECT =
      find("object", long.class, FunctionUpcall.class, long.class);
  private static final MethodHandle SUBSCRIPT =
      find("subscript", long.class, FunctionUpcall.class, long.class, long.class);
  private static final MethodHandle OPERATE =
      find("operate", long.class, FunctionUpcall.class, String.class, long.class, long.class);
  private static final MethodHandle CALL =
      find("call", long.class, FunctionUpcall.class, long.class, long.class, long.class);
  private static final MethodHandle HASH =
      find("hash", long.class, FunctionUpcall.class, long.class);
  private static final MethodHandle LENGTH =
      find("length", long.class, FunctionUpcall.class, long.class);
  private static final MethodHandle TRUTH =
      find("truth", int.class, FunctionUpcall.class, long.class);
  private static final MethodHandle CONTAINS =
      find("contains", int.class, FunctionUpcall.class, long.class, long.class);
  private static final MethodHandle ASSIGN =
      find(
          "assign",
          int.class,
          FunctionUpcall.class,
          FunctionUpcall.class,
          long.class,
          long.class,
          long.class);
  private static final MethodHandle COMPARE =
      find("compare", long.class, FunctionUpcall[].class, long.class, long.class, int.class);

  /**
   * A slot of C type {@code PyObject *(*)(PyObject *self)} running {@code method}: {@code tp_repr},
   * {@code tp_str}, {@code tp_iter}, {@code nb_negative}.
   */
  public static MemorySegment objectStub(FunctionDef method) {
    return stub(OBJECT, new FunctionUpcall(SlotRule.NONE, method), UNARY);
  }

  /**
   * {@code tp_iternext} running {@code method}: a {@code NoSuchElementException} it throws ends the
   * iteration.
   */
  public static MemorySegment nextStub(FunctionDef method) {
    return stub(OBJECT, new FunctionUpcall(SlotRule.NEXT, method), UNARY);
  }

  /** {@code mp_subscript}: {@code self[key]}. */
  public static MemorySegment subscriptStub(FunctionDef method) {
    return stub(SUBSCRIPT, new FunctionUpcall(SlotRule.NONE, method), BINARY);
  }

  /**
   * A binary number slot ({@code nb_add}, ...) of the type named {@code typeName}: {@code
   * NotImplemented} when the left operand is not one of its instances (Python then raises its
   * {@code TypeError}, as for a class without {@code __radd__}) or the right one does not convert.
   */
  public static MemorySegment operatorStub(FunctionDef method, String typeName) {
    return stub(
        MethodHandles.insertArguments(
            OPERATE, 0, new FunctionUpcall(SlotRule.OPERAND, method), typeName),
        BINARY);
  }

  /** {@code tp_call}: the instance called with any arguments, bound as a method's. */
  public static MemorySegment callStub(FunctionDef method) {
    return stub(CALL, new FunctionUpcall(SlotRule.NONE, method), TERNARY);
  }

  /** {@code tp_hash}: the method's int as Python hashes it, so never -1. */
  public static MemorySegment hashStub(FunctionDef method) {
    return stub(HASH, new FunctionUpcall(SlotRule.NONE, method), UNARY);
  }

  /** {@code mp_length} and {@code sq_length}: a negative length is a {@code ValueError}. */
  public static MemorySegment lengthStub(FunctionDef method) {
    return stub(LENGTH, new FunctionUpcall(SlotRule.NONE, method), UNARY);
  }

  /** {@code nb_bool}. */
  public static MemorySegment truthStub(FunctionDef method) {
    return stub(TRUTH, new FunctionUpcall(SlotRule.NONE, method), INQUIRY);
  }

  /** {@code sq_contains}: {@code key in self}. */
  public static MemorySegment containsStub(FunctionDef method) {
    return stub(CONTAINS, new FunctionUpcall(SlotRule.NONE, method), OBJOBJ);
  }

  /**
   * {@code mp_ass_subscript}: {@code self[key] = value} runs {@code set}, {@code del self[key]}
   * runs {@code delete}; either may be null, and then that statement raises CPython's {@code
   * TypeError}.
   */
  public static MemorySegment assignSubscriptStub(FunctionDef set, FunctionDef delete) {
    return stub(
        MethodHandles.insertArguments(ASSIGN, 0, slotUpcall(set), slotUpcall(delete)), OBJOBJARG);
  }

  /**
   * {@code tp_richcompare}: {@code byOperator} holds the method of each operator, indexed by {@code
   * Py_LT} to {@code Py_GE}, or null. Without its own, {@code !=} is the negation of {@code ==}; an
   * operator without a method, or an operand that does not convert, gives {@code NotImplemented}.
   */
  public static MemorySegment compareStub(FunctionDef[] byOperator) {
    FunctionUpcall[] upcalls = new FunctionUpcall[byOperator.length];
    for (int op = 0; op < byOperator.length; op++) {
      upcalls[op] =
          byOperator[op] == null ? null : new FunctionUpcall(SlotRule.OPERAND, byOperator[op]);
    }
    return stub(MethodHandles.insertArguments(COMPARE, 0, (Object) upcalls), RICHCMP);
  }

  private static FunctionUpcall slotUpcall(FunctionDef method) {
    return method == null ? null : new FunctionUpcall(SlotRule.NONE, method);
  }

  private static long object(FunctionUpcall method, long self) {
    return method.callSlot(self);
  }

  private static long subscript(FunctionUpcall method, long self, long key) {
    return method.callSlot(self, key);
  }

  private static long operate(FunctionUpcall method, String typeName, long left, long right) {
    return UpcallShell.run(
        () ->
            InstanceTypes.isInstance(left, typeName)
                ? method.callSlot(left, right)
                : notImplemented());
  }

  private static long call(FunctionUpcall method, long self, long args, long kwargs) {
    return UpcallShell.run(() -> TypeUpcalls.callWithTuple(method, self, args, kwargs));
  }

  private static long hash(FunctionUpcall method, long self) {
    long result = method.callSlot(self);
    if (result == 0) {
      return -1;
    }
    try {
      return ProtocolApi.PyObject_Hash(result);
    } catch (Throwable failure) {
      UpcallShell.failed(failure);
      return -1;
    } finally {
      decRef(result);
    }
  }

  private static long length(FunctionUpcall method, long self) {
    long result = method.callSlot(self);
    if (result == 0) {
      return -1;
    }
    try {
      long length = ProtocolApi.PyLong_AsSsize_t(result);
      if (length == -1 && ErrorApi.PyErr_Occurred() != 0) {
        return -1;
      }
      if (length < 0) {
        throw new PyValueError("__len__() should return >= 0");
      }
      return length;
    } catch (Throwable failure) {
      UpcallShell.failed(failure);
      return -1;
    } finally {
      decRef(result);
    }
  }

  private static int truth(FunctionUpcall method, long self) {
    return truthOf(method.callSlot(self));
  }

  private static int contains(FunctionUpcall method, long self, long key) {
    return truthOf(method.callSlot(self, key));
  }

  private static int assign(
      FunctionUpcall set, FunctionUpcall delete, long self, long key, long value) {
    return UpcallShell.runStatus(
        () -> {
          FunctionUpcall method = value == 0 ? delete : set;
          if (method == null) {
            throw new PyTypeError(
                "'"
                    + NativeMemory.readCString(
                        NativeMemory.readPointer(TypeNames.typeOf(self) + TYPE_NAME))
                    + "' object does not support item "
                    + (value == 0 ? "deletion" : "assignment"));
          }
          long result = value == 0 ? method.callSlot(self, key) : method.callSlot(self, key, value);
          if (result == 0) {
            return -1;
          }
          decRef(result);
          return 0;
        });
  }

  private static long compare(FunctionUpcall[] byOperator, long self, long other, int op) {
    return UpcallShell.run(
        () -> {
          FunctionUpcall method = byOperator[op];
          if (method != null) {
            return method.callSlot(self, other);
          }
          FunctionUpcall equals = byOperator[Layouts.PY_EQ];
          if (op != Layouts.PY_NE || equals == null) {
            return notImplemented();
          }
          long equal = equals.callSlot(self, other);
          if (equal == 0 || equal == ProtocolApi.NOT_IMPLEMENTED) {
            return equal;
          }
          int truth = truthOf(equal);
          if (truth < 0) {
            return 0;
          }
          long negated = truth == 0 ? NumberApi.TRUE : NumberApi.FALSE;
          ObjectInternals.incRef(negated);
          return negated;
        });
  }

  /** 1, 0, or -1 with an exception set, for a result of the method (NULL when it failed). */
  private static int truthOf(long result) {
    if (result == 0) {
      return -1;
    }
    try {
      return ObjectApi.PyObject_IsTrue(result);
    } catch (Throwable failure) {
      UpcallShell.failed(failure);
      return -1;
    } finally {
      decRef(result);
    }
  }

  private static long notImplemented() {
    ObjectInternals.incRef(ProtocolApi.NOT_IMPLEMENTED);
    return ProtocolApi.NOT_IMPLEMENTED;
  }

  /** Drops a reference; a failed downcall leaks it, since an upcall must not throw. */
  private static void decRef(long object) {
    try {
      ObjectApi.Py_DecRef(object);
    } catch (Throwable ignored) {
      // Leaked.
    }
  }

  private static MemorySegment stub(
      MethodHandle target, FunctionUpcall upcall, FunctionDescriptor descriptor) {
    return stub(target.bindTo(upcall), descriptor);
  }

  private static MemorySegment stub(MethodHandle target, FunctionDescriptor descriptor) {
    return TypeUpcalls.stub(target, descriptor);
  }

  private static MethodHandle find(String name, Class<?> result, Class<?>... parameters) {
    try {
      return MethodHandles.lookup()
          .findStatic(SlotUpcalls.class, name, MethodType.methodType(result, parameters));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
