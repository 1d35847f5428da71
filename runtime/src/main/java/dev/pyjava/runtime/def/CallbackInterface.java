package dev.pyjava.runtime.def;

import java.util.List;

/**
 * The Java functional interfaces a parameter may declare to take a Python callable, and how each
 * one's type arguments make the call: which are the callable's arguments (converted from Java to
 * Python) and which is its result (converted from Python to Java).
 */
public enum CallbackInterface {
  /** {@code Function<A, R>}: {@code apply(a)} calls {@code f(a)} and converts its result. */
  FUNCTION(1, Result.LAST),
  /** {@code BiFunction<A, B, R>}: {@code apply(a, b)} calls {@code f(a, b)}. */
  BI_FUNCTION(2, Result.LAST),
  /** {@code Supplier<R>}: {@code get()} calls {@code f()}. */
  SUPPLIER(0, Result.LAST),
  /** {@code Consumer<A>}: {@code accept(a)} calls {@code f(a)} and drops its result. */
  CONSUMER(1, Result.NONE),
  /** {@code BiConsumer<A, B>}: {@code accept(a, b)} calls {@code f(a, b)}, result dropped. */
  BI_CONSUMER(2, Result.NONE),
  /** {@code Predicate<A>}: {@code test(a)} calls {@code f(a)}, which must return a bool. */
  PREDICATE(1, Result.BOOLEAN),
  /** {@code UnaryOperator<A>}: {@code apply(a)} calls {@code f(a)}, whose result is an A too. */
  UNARY_OPERATOR(1, Result.SAME),
  /** {@code Runnable}: {@code run()} calls {@code f()}, result dropped. */
  RUNNABLE(0, Result.NONE),
  /** {@code java.util.concurrent.Callable<R>}: {@code call()} calls {@code f()}. */
  CALLABLE(0, Result.LAST);

  /** Where the result type of a call comes from. */
  private enum Result {
    /** The last type argument. */
    LAST,
    /** None: the callable's result is dropped. */
    NONE,
    /** Always {@code boolean}. */
    BOOLEAN,
    /** The type of the one argument. */
    SAME
  }

  private final int arity;
  private final Result result;

  CallbackInterface(int arity, Result result) {
    this.arity = arity;
    this.result = result;
  }

  /** How many type arguments the interface has. */
  public int typeArgumentCount() {
    return result == Result.LAST ? arity + 1 : arity;
  }

  /**
   * The call that the interface's type arguments describe.
   *
   * @throws IllegalArgumentException if there are not {@link #typeArgumentCount()} of them
   */
  public CallbackType call(List<TypeSpec> typeArguments) {
    if (typeArguments.size() != typeArgumentCount()) {
      throw new IllegalArgumentException(
          this + " takes " + typeArgumentCount() + " type arguments, not " + typeArguments.size());
    }
    TypeSpec returns =
        switch (result) {
          case LAST -> typeArguments.get(arity);
          case NONE -> TypeSpec.VOID;
          case BOOLEAN -> TypeSpec.BOOLEAN;
          case SAME -> typeArguments.get(0);
        };
    return new CallbackType(this, typeArguments.subList(0, arity), returns);
  }
}
