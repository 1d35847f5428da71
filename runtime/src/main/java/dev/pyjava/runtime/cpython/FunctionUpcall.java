package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.Trampoline;
import dev.pyjava.runtime.bind.ArgumentBinder;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.ExceptionMapper;
import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandles;
import java.util.Optional;

/**
 * The C function behind one pyjava function: {@code PyObject* f(PyObject* self, PyObject* const*
 * args, Py_ssize_t nargsf, PyObject* kwnames)}, called by Python with {@code METH_FASTCALL |
 * METH_KEYWORDS} and the GIL held.
 *
 * <p>It binds the arguments ({@link ArgumentBinder}; a plain positional call that fits needs no
 * binding), converts them ({@link FastArguments} for str, int, float and bool, else {@link
 * Conversions}), runs the method as {@link Trampoline} would, converts the result and returns a
 * new reference to it, or NULL with the Python exception set. Wrappers made for the arguments
 * and the result live only as long as the call (see {@link CallScope}); user code that keeps one
 * longer calls {@code retain()}, as PyO3 code calls {@code unbind()}. No Java throwable ever
 * leaves it: one that escaped would end the JVM and the Python process with it.
 *
 * <p>This class is a template and is never loaded as itself: {@link SpecializedUpcalls} makes a
 * hidden copy of it per function, with the {@link FunctionDef} as its class data. Each copy's
 * constants are that function's, so the JIT folds them and inlines the user's method.
 */
final class FunctionUpcall {
  private FunctionUpcall() {}

  private static final FunctionDef FUNCTION = classData();

  private static final Parameter[] PARAMETERS = FUNCTION.parameters().toArray(Parameter[]::new);

  private static final Python PY = CPythonBackend.instance().token();

  private static final Object[] NO_ARGUMENTS = {};

  /**
   * Whether a call with exactly one positional argument per parameter and no keywords binds each
   * argument to its own parameter, with no binder needed: true unless there are keyword-only
   * parameters.
   */
  private static final boolean POSITIONAL_BINDS_IN_ORDER =
      PARAMETERS.length == 0 || PARAMETERS[PARAMETERS.length - 1].kind() != ParameterKind.KEYWORD_ONLY;

  private static FunctionDef classData() {
    try {
      return MethodHandles.classData(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, FunctionDef.class);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("FunctionUpcall is a template: use SpecializedUpcalls", e);
    }
  }

  /** The upcall itself. Never throws. */
  static long call(long self, long args, long nargsf, long kwnames) {
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

  private static long run(long args, long nargsf, long kwnames) {
    int nargs = (int) (nargsf & ~Layouts.VECTORCALL_ARGUMENTS_OFFSET);
    // Made only when an argument needs a wrapper.
    CallScope scope = null;
    try {
      int[] slots =
          kwnames == 0 && nargs == PARAMETERS.length && POSITIONAL_BINDS_IN_ORDER
              ? null
              : ArgumentBinder.bind(FUNCTION, nargs, keywordNames(kwnames));
      Object[] javaArgs = PARAMETERS.length == 0 ? NO_ARGUMENTS : new Object[PARAMETERS.length];
      for (int i = 0; i < PARAMETERS.length; i++) {
        // The vectorcall array holds the positional arguments, then the keyword values.
        int slot = slots == null ? i : slots[i];
        if (slot < 0) {
          javaArgs[i] = defaultOf(PARAMETERS[i]);
          continue;
        }
        long object = NativeMemory.readPointer(args, slot);
        Object value = FastArguments.read(object, PARAMETERS[i].type());
        if (value == FastArguments.NOT_FAST) {
          if (scope == null) {
            scope = new CallScope();
          }
          value = wrappedArgument(Wrappers.argument(object, scope), PARAMETERS[i]);
        }
        javaArgs[i] = value;
      }
      Object result = invoke(javaArgs);
      long direct = DirectResults.newReference(FUNCTION.result(), result);
      if (direct != DirectResults.NOT_DIRECT) {
        return direct;
      }
      if (scope == null) {
        scope = new CallScope();
      }
      CallScope outer = Wrappers.beginResult(scope);
      try {
        return Wrappers.newReference(Conversions.fromJava(PY, FUNCTION.result(), result));
      } finally {
        Wrappers.endResult(outer);
      }
    } catch (Throwable failure) {
      PythonErrors.raise(ExceptionMapper.toPython(failure));
      return 0;
    } finally {
      if (scope != null) {
        scope.close();
      }
    }
  }

  /**
   * The Java value of an argument that needs its wrapper: the wrapper itself for a {@code
   * PyObject} parameter it fits, else what {@link Conversions} makes of it.
   */
  private static Object wrappedArgument(CPyObject wrapper, Parameter p) {
    TypeSpec type = p.type();
    if (type.kind() == TypeSpec.Kind.OBJECT
        && (type.objectType() == PyObject.class || type.objectType().isInstance(wrapper))) {
      return wrapper;
    }
    return Conversions.toJava(wrapper, type, FUNCTION, p);
  }

  /**
   * Runs the method as {@link Trampoline#invoke} does, for a thread known to hold the GIL (Python
   * called it): a function that allows threads releases it with {@code PyEval_SaveThread} and
   * takes it back on every path, with no further checks.
   */
  private static Object invoke(Object[] javaArgs) throws Throwable {
    if (!FUNCTION.allowThreads()) {
      return FUNCTION.invoker().invoke(PY, javaArgs);
    }
    long saved = CApi.PyEval_SaveThread();
    try {
      return FUNCTION.invoker().invoke(PY, javaArgs);
    } finally {
      CPythonLock.restoreThread(saved);
    }
  }

  /** The keyword names of a call, or {@code null} when {@code kwnames} is NULL. */
  private static String[] keywordNames(long kwnames) {
    if (kwnames == 0) {
      return null;
    }
    int count = (int) CApi.PyTuple_Size(kwnames);
    String[] names = new String[count];
    for (int k = 0; k < count; k++) {
      names[k] = Strings.toJava(CApi.PyTuple_GetItem(kwnames, k));
    }
    return names;
  }

  /**
   * The Java value of an omitted argument, as {@link dev.pyjava.runtime.FunctionCall} gives it:
   * an {@code Optional} parameter gets an {@code Optional} whether its default was given as one
   * or as the bare value ({@code null} for None).
   */
  private static Object defaultOf(Parameter p) {
    Object value = p.defaultValue();
    if (p.type().kind() == TypeSpec.Kind.OPTIONAL && !(value instanceof Optional<?>)) {
      return Optional.ofNullable(value);
    }
    return value;
  }
}
