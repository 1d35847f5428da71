package dev.pyjava.runtime.cpython.calls;

import dev.pyjava.runtime.Conversions;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.bind.ArgumentBinder;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ContainerApi;
import dev.pyjava.runtime.cpython.ffi.capi.ProtocolApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.objects.CPyObject;
import dev.pyjava.runtime.cpython.objects.CallScope;
import dev.pyjava.runtime.cpython.objects.JavaInstances;
import dev.pyjava.runtime.cpython.objects.ObjectInternals;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.cpython.objects.Strings;
import dev.pyjava.runtime.cpython.objects.Wrappers;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.ExceptionMapper;
import dev.pyjava.runtime.exceptions.PyMemoryError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.util.NoSuchElementException;

/**
 * The C function behind one pyjava function: {@code PyObject* f(PyObject* self, PyObject* const*
 * args, Py_ssize_t nargsf, PyObject* kwnames)}, called by Python with {@code METH_FASTCALL |
 * METH_KEYWORDS} and the GIL held; also behind a type's method and constructor, where {@code
 * self} is the instance (see {@link Self} and {@link TypeUpcalls}), and behind its protocol slots,
 * which pass their operands directly ({@link #callSlot}, {@link SlotRule}, {@link SlotUpcalls}).
 *
 * <p>It binds the arguments ({@link ArgumentBinder}; a plain positional call that fits needs no
 * binding), converts them ({@link FastArguments} for str, int, float and bool, else {@link
 * Conversions}), runs the method as purejava.Trampoline would, converts the result and returns a
 * new reference to it, or NULL with the Python exception set. Wrappers made for the arguments
 * and the result live only as long as the call (see {@link CallScope}); user code that keeps one
 * longer calls {@code retain()}, as PyO3 code calls {@code unbind()}. No Java throwable ever
 * leaves it: one that escaped would end the JVM and the Python process with it.
 *
 * <p>Each function starts with an upcall shared in code with every other function's; once it has
 * been called {@value #CALLS_BEFORE_SPECIALIZING} times, {@link SpecializedUpcalls} gives it an
 * upcall of its own (a hidden copy of this class), which the JIT compiles for that function alone.
 */
public final class FunctionUpcall {
  /** Calls through the shared upcall before a function gets its own. */
  public static final int CALLS_BEFORE_SPECIALIZING = 10_000;

  private static final Object[] NO_ARGUMENTS = {};

  /** {@code ConstantDescs.DEFAULT_NAME}, which names class data (that class is costly to load). */
  private static final String CLASS_DATA_NAME = "_";

  /**
   * In a specialized copy, its one instance, made from the {@link FunctionDef} given as class
   * data; null in the shared class. A static final of a hidden class is a constant to the JIT, and
   * so are a hidden class's final fields: the copy's code is compiled for this function's values.
   * Typed {@code Object}: in a copy, a descriptor naming this class still names the shared class,
   * while {@code new} and casts name the copy.
   */
  private static final Object SPECIALIZED = specializedInstance();

  /** What the C function's {@code self} is to the Java method. */
  enum Self {
    /** The module of a function: not passed. */
    MODULE,
    /** The instance of a method: its Java object is the invoker's {@code args[0]}. */
    INSTANCE,
    /**
     * The instance of {@code tp_init} (made by {@code tp_new}, {@code PyType_GenericNew}): the
     * invoker's result becomes its Java object (replacing the one an earlier {@code __init__}
     * made), and the call returns the instance, borrowed.
     */
    INIT
  }

  /** What the upcall of a type's protocol slot makes of a call that does not fit the method. */
  enum SlotRule {
    /** Nothing: a function's, method's or constructor's errors. */
    NONE,
    /**
     * An operator's (a binary number slot's, a comparison's): an argument of a type the parameter
     * does not convert gives {@code NotImplemented}, so Python tries the other operand.
     */
    OPERAND,
    /**
     * {@code __next__}'s: a {@link NoSuchElementException} from the method ends the iteration
     * (NULL with no exception set: {@code StopIteration}).
     */
    NEXT
  }

  private final FunctionDef function;
  private final Self self;
  private final SlotRule rule;

  /** Where the arguments start in the invoker's array: after the instance, for a method. */
  private final int firstArgument;

  private final Parameter[] parameters;
  private final Python py = CPythonBackend.instance().token();

  /**
   * Whether a call with exactly one positional argument per parameter and no keywords binds each
   * argument to its own parameter, with no binder needed: true unless there are keyword-only
   * parameters, {@code *args} or {@code **kwargs}.
   */
  private final boolean positionalBindsInOrder;

  /** The {@code PyMethodDef} to point at a specialized upcall, or null if this is one. */
  private final MemorySegment methodDef;

  /**
   * Calls so far, counted until the function is specialized. A plain field: on a free-threaded
   * build concurrent calls may lose counts, which only delays specializing, and the call that
   * writes the threshold always sees it.
   */
  private int calls;

  /** Whether this function was given an upcall of its own; written under this object's lock. */
  private boolean specialized;

  FunctionUpcall(FunctionDef function, MemorySegment methodDef) {
    this(function, Self.MODULE, methodDef);
  }

  /**
   * The upcall of a type's method or constructor, or of a function ({@code self} {@link
   * Self#MODULE}). Only functions are specialized: {@code methodDef} null never specializes.
   */
  FunctionUpcall(FunctionDef function, Self self, MemorySegment methodDef) {
    this(function, self, methodDef, SlotRule.NONE);
  }

  /**
   * The upcall of a type's protocol slot: a method's, with {@code rule}; never specialized. (A
   * constructor, not a factory: a specialized copy's methods may not return the shared type.)
   */
  FunctionUpcall(SlotRule rule, FunctionDef function) {
    this(function, Self.INSTANCE, null, rule);
  }

  private FunctionUpcall(FunctionDef function, Self self, MemorySegment methodDef, SlotRule rule) {
    this.function = function;
    this.self = self;
    this.rule = rule;
    this.firstArgument = self == Self.INSTANCE ? 1 : 0;
    this.parameters = function.parameters().toArray(new Parameter[0]);
    this.positionalBindsInOrder =
        parameters.length == 0
            || parameters[parameters.length - 1].kind().isPositional();
    this.methodDef = methodDef;
  }

  private static Object specializedInstance() {
    try {
      FunctionDef function =
          MethodHandles.classData(MethodHandles.lookup(), CLASS_DATA_NAME, FunctionDef.class);
      return function == null ? null : new FunctionUpcall(function, null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("a class always has full access to itself", e);
    }
  }

  /** The upcall of a specialized copy: {@link #call} of {@link #SPECIALIZED}. Never throws. */
  static long callSpecialized(long self, long args, long nargsf, long kwnames) {
    return ((FunctionUpcall) SPECIALIZED).call(self, args, nargsf, kwnames);
  }

  /** The upcall itself. Never throws. */
  long call(long self, long args, long nargsf, long kwnames) {
    try {
      if (methodDef != null && ++calls == CALLS_BEFORE_SPECIALIZING) {
        specializeOnce();
      }
      return run(self, args, nargsf, kwnames, null);
    } catch (Throwable failure) {
      return UpcallShell.failed(failure);
    }
  }

  /**
   * The upcall of a protocol slot: the method of the instance {@code self} called with {@code
   * operands} (borrowed references) as its positional arguments. Never throws.
   */
  long callSlot(long self, long... operands) {
    try {
      return run(self, 0, operands.length, 0, operands);
    } catch (Throwable failure) {
      return UpcallShell.failed(failure);
    }
  }

  /** Specializes the function unless a concurrent call just did. */
  private synchronized void specializeOnce() {
    if (!specialized) {
      specialized = true;
      SpecializedUpcalls.specialize(function, methodDef);
    }
  }

  /**
   * The call, its arguments the vectorcall array {@code args} or, when not null, {@code
   * operands}.
   */
  private long run(long self, long args, long nargsf, long kwnames, long[] operands) {
    // In a copy, the static constant: the JIT folds each field read through it (it would not
    // through "this"). This method and arguments() stay under the JIT's inlining limit (325 bytes
    // of bytecode), the rare paths in methods of their own, so that the JIT inlines them into the
    // upcall. Compiled apart, their code depended on when the JIT got to them (measured: 36-43 ns
    // per ident call in most processes, 64-73 ns in some; with inlining forced by a higher
    // -XX:FreqInlineSize, 34-37 ns in all).
    FunctionUpcall u = SPECIALIZED == null ? this : (FunctionUpcall) SPECIALIZED;
    CallScope scope = null;
    try {
      int count = u.firstArgument + u.parameters.length;
      Object[] javaArgs = count == 0 ? NO_ARGUMENTS : new Object[count];
      if (u.self == Self.INSTANCE) {
        javaArgs[0] = JavaInstances.of(self);
      }
      int nargs = (int) (nargsf & ~Layouts.VECTORCALL_ARGUMENTS_OFFSET);
      if (u.parameters.length > 0 || nargs > 0 || kwnames != 0) {
        scope = u.arguments(javaArgs, args, nargs, kwnames, operands);
      }
      Object result = u.invoke(javaArgs);
      if (u.self == Self.INIT) {
        JavaInstances.attach(self, result);
        return self;
      }
      long direct = DirectResults.newReference(u.function.result(), result);
      return direct != DirectResults.NOT_DIRECT ? direct : u.convertedResult(result, scope);
    } catch (Throwable failure) {
      return u.failed(failure);
    } finally {
      if (scope != null) {
        scope.close();
      }
    }
  }

  /**
   * Fills {@code javaArgs} with the arguments' Java values; returns the scope made for the
   * wrappers some of them needed, or null when none did (on a failure, it closes it).
   *
   * @throws OperandMismatch when an operator's operand does not convert
   */
  private CallScope arguments(Object[] javaArgs, long args, int nargs, long kwnames, long[] operands)
      throws OperandMismatch {
    FunctionUpcall u = SPECIALIZED == null ? this : (FunctionUpcall) SPECIALIZED;
    int[] slots =
        kwnames == 0 && nargs == u.parameters.length && u.positionalBindsInOrder
            ? null
            : ArgumentBinder.bind(u.function, nargs, keywordNames(kwnames));
    CallScope scope = null;
    try {
      for (int i = 0; i < u.parameters.length; i++) {
        Parameter p = u.parameters[i];
        // The vectorcall array holds the positional arguments, then the keyword values.
        int slot = slots == null ? i : slots[i];
        Object value;
        if (p.kind().isVariadic()) {
          scope = scope == null ? new CallScope() : scope;
          value = u.variadicArgument(p, args, operands, nargs, kwnames, slots, scope);
        } else if (slot < 0) {
          value = p.omittedValue();
        } else {
          long object = operands != null ? operands[slot] : NativeMemory.readPointer(args, slot);
          value = FastArguments.read(object, p.type());
          if (value == FastArguments.NOT_FAST) {
            scope = scope == null ? new CallScope() : scope;
            value = u.wrappedArgument(object, p, scope);
          }
        }
        javaArgs[u.firstArgument + i] = value;
      }
      return scope;
    } catch (Throwable failure) {
      if (scope != null) {
        scope.close();
      }
      throw failure;
    }
  }

  /** {@code *args} or {@code **kwargs}, collected into a tuple or dict that {@code scope} holds. */
  private Object variadicArgument(
      Parameter p, long args, long[] operands, int nargs, long kwnames, int[] slots, CallScope scope) {
    long collected =
        p.kind() == ParameterKind.VAR_POSITIONAL
            ? VariadicArguments.positional(args, operands, nargs, slots)
            : VariadicArguments.keywords(args, nargs, kwnames, slots);
    CPyObject wrapper = Wrappers.scoped(collected, scope);
    return passesAsIs(wrapper, p.type()) ? wrapper : Conversions.toJava(wrapper, p.type(), function, p);
  }

  /**
   * The Java value of an argument that needs its wrapper (in {@code scope}): the wrapper itself
   * for a {@code PyObject} parameter it fits, else what {@link Conversions} makes of it.
   *
   * @throws OperandMismatch when an operator's operand does not convert
   */
  private Object wrappedArgument(long object, Parameter p, CallScope scope) throws OperandMismatch {
    CPyObject wrapper = Wrappers.argument(object, scope);
    if (passesAsIs(wrapper, p.type())) {
      return wrapper;
    }
    // Objects made while converting (a set's items, read through Python) belong to the call as
    // the argument does, rather than waiting for the Cleaner.
    CallScope outer = Wrappers.beginResult(scope);
    try {
      return Conversions.toJava(wrapper, p.type(), function, p);
    } catch (PyTypeError mismatch) {
      if (rule != SlotRule.OPERAND) {
        throw mismatch;
      }
      throw OperandMismatch.INSTANCE;
    } finally {
      Wrappers.endResult(outer);
    }
  }

  /**
   * An operator's operand its parameter does not take: the call returns {@code NotImplemented},
   * so Python tries the other operand. One instance, without a stack trace: it never leaves here.
   */
  private static final class OperandMismatch extends Exception {
    static final OperandMismatch INSTANCE = new OperandMismatch();

    private OperandMismatch() {
      super(null, null, false, false);
    }
  }

  /**
   * A new reference to the Python value of a result {@link DirectResults} does not make; wrappers
   * made on the way join {@code scope}, or one of their own when it is null.
   */
  private long convertedResult(Object result, CallScope scope) {
    CallScope owned = scope == null ? new CallScope() : null;
    CallScope outer = Wrappers.beginResult(scope == null ? owned : scope);
    try {
      return Wrappers.newReference(Conversions.fromJava(py, function.result(), result));
    } finally {
      Wrappers.endResult(outer);
      if (owned != null) {
        owned.close();
      }
    }
  }

  /**
   * NULL with {@code failure} raised as its Python exception (or, for {@code __next__}, none), or
   * {@code NotImplemented} for an operand mismatch.
   */
  private long failed(Throwable failure) {
    if (failure instanceof OperandMismatch) {
      ObjectInternals.incRef(ProtocolApi.NOT_IMPLEMENTED);
      return ProtocolApi.NOT_IMPLEMENTED;
    }
    if (rule == SlotRule.NEXT && failure instanceof NoSuchElementException) {
      return 0; // The end of the iteration: NULL with no exception set.
    }
    PythonErrors.raise(ExceptionMapper.toPython(failure));
    return 0;
  }

  /** Whether a {@code PyObject} parameter of {@code type} takes {@code wrapper} itself. */
  private static boolean passesAsIs(CPyObject wrapper, TypeSpec type) {
    return type.kind() == TypeSpec.Kind.OBJECT
        && (type.objectType() == PyObject.class || type.objectType().isInstance(wrapper));
  }

  /**
   * Runs the method as purejava.Trampoline does, for a thread known to hold the GIL (Python
   * called it): a function that allows threads releases it with {@code PyEval_SaveThread} and
   * takes it back on every path ({@link ReleasedCalls}: Ctrl-C can interrupt it), with no further
   * checks.
   */
  private Object invoke(Object[] javaArgs) throws Throwable {
    if (!function.allowThreads()) {
      return function.invoker().invoke(py, javaArgs);
    }
    long saved = ReleasedCalls.release();
    try {
      return function.invoker().invoke(py, javaArgs);
    } finally {
      ReleasedCalls.restore(saved);
    }
  }

  /** The keyword names of a call, or {@code null} when {@code kwnames} is NULL. */
  private static String[] keywordNames(long kwnames) {
    if (kwnames == 0) {
      return null;
    }
    int count = (int) ContainerApi.PyTuple_Size(kwnames);
    String[] names = new String[count];
    for (int k = 0; k < count; k++) {
      names[k] = keywordName(ContainerApi.PyTuple_GetItem(kwnames, k));
    }
    return names;
  }

  /**
   * The text of a keyword's name. It may hold a lone surrogate ({@code f(**{'\udce9': 1})}),
   * which is kept, so the call fails as an unexpected keyword, as in CPython.
   */
  private static String keywordName(long name) {
    String ascii = ObjectInternals.asciiText(name);
    if (ascii != null) {
      return ascii;
    }
    String text = Strings.toJavaVerbatim(name);
    if (text == null) {
      throw new PyMemoryError("out of memory reading a keyword argument's name");
    }
    return text;
  }
}
