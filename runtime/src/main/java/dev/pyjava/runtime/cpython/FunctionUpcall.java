package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.FunctionCall;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The C function behind one pyjava function: {@code PyObject* f(PyObject* self, PyObject* const*
 * args, Py_ssize_t nargsf, PyObject* kwnames)}, called by Python with {@code METH_FASTCALL |
 * METH_KEYWORDS} and the GIL held.
 *
 * <p>It wraps the arguments, lets {@link FunctionCall} bind, convert, run and convert back, and
 * returns a new reference, or NULL with the Python exception set. No Java throwable ever leaves
 * it: one that escaped would end the JVM and the Python process with it.
 */
final class FunctionUpcall {
  private static final FunctionDescriptor FASTCALL_KEYWORDS =
      FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG);

  private static final MethodHandle CALL;

  static {
    try {
      CALL =
          MethodHandles.lookup()
              .findVirtual(
                  FunctionUpcall.class,
                  "call",
                  MethodType.methodType(long.class, long.class, long.class, long.class, long.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final FunctionDef function;

  /**
   * Whether the argument wrappers can be call-scoped: true when no parameter hands a Python
   * object to user code, which could keep it beyond the call.
   */
  private final boolean scopedArguments;

  private FunctionUpcall(FunctionDef function) {
    this.function = function;
    boolean objectReachesUser = false;
    for (Parameter p : function.parameters()) {
      objectReachesUser |= passesObjects(p.type());
    }
    this.scopedArguments = !objectReachesUser;
  }

  /** A permanent C function pointer for {@code function}. */
  static MemorySegment stub(FunctionDef function) {
    MethodHandle target = CALL.bindTo(new FunctionUpcall(function));
    return Linker.nativeLinker().upcallStub(target, FASTCALL_KEYWORDS, Arena.global());
  }

  /** The upcall itself. Never throws. */
  long call(long self, long args, long nargsf, long kwnames) {
    try {
      if (ForkGuard.isForkedChild()) {
        return ForkGuard.refuse();
      }
      return run(args, nargsf, kwnames);
    } catch (Throwable failure) {
      try {
        return LastResort.fail(failure);
      } catch (Throwable ignored) {
        return 0;
      }
    }
  }

  private long run(long args, long nargsf, long kwnames) {
    int nargs = (int) (nargsf & ~Layouts.VECTORCALL_ARGUMENTS_OFFSET);
    CallScope scope = scopedArguments ? new CallScope() : null;
    try {
      PyObject[] positional = new PyObject[nargs];
      for (int i = 0; i < nargs; i++) {
        positional[i] = Wrappers.argument(NativeMemory.readPointer(args, i), scope);
      }
      String[] names = null;
      PyObject[] keywordValues = null;
      if (kwnames != 0) {
        int count = (int) CApi.PyTuple_Size(kwnames);
        names = new String[count];
        keywordValues = new PyObject[count];
        for (int k = 0; k < count; k++) {
          names[k] = Strings.toJava(CApi.PyTuple_GetItem(kwnames, k));
          keywordValues[k] = Wrappers.argument(NativeMemory.readPointer(args, nargs + k), scope);
        }
      }
      Python py = CPythonBackend.instance().token();
      PyObject result = FunctionCall.call(py, function, positional, names, keywordValues);
      return Wrappers.newReference(result);
    } catch (PyException e) {
      PythonErrors.raise(e);
      return 0;
    } finally {
      if (scope != null) {
        scope.close();
      }
    }
  }

  private static boolean passesObjects(TypeSpec type) {
    return switch (type.kind()) {
      case OBJECT -> true;
      case OPTIONAL, LIST, MAP -> passesObjects(type.element());
      default -> false;
    };
  }
}
