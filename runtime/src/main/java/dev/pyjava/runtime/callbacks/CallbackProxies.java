package dev.pyjava.runtime.callbacks;

import dev.pyjava.runtime.def.CallbackInterface;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The Java objects that stand for Python callables: one class per {@link CallbackInterface}, each
 * implementing that interface alone by calling its {@link CallbackTarget}. Each proxy is usable
 * from any thread, for as long as Java keeps it.
 */
public final class CallbackProxies {
  private static final Object[] NO_ARGUMENTS = {};

  private CallbackProxies() {}

  /** A proxy implementing {@code javaInterface} that calls {@code target}. */
  public static Object of(CallbackInterface javaInterface, CallbackTarget target) {
    return switch (javaInterface) {
      case FUNCTION -> new AsFunction(target);
      case BI_FUNCTION -> new AsBiFunction(target);
      case SUPPLIER -> new AsSupplier(target);
      case CONSUMER -> new AsConsumer(target);
      case BI_CONSUMER -> new AsBiConsumer(target);
      case PREDICATE -> new AsPredicate(target);
      case UNARY_OPERATOR -> new AsUnaryOperator(target);
      case RUNNABLE -> new AsRunnable(target);
      case CALLABLE -> new AsCallable(target);
    };
  }

  /** What every proxy shares: its target, and a {@code toString} naming it. */
  private abstract static class Proxy {
    final CallbackTarget target;

    Proxy(CallbackTarget target) {
      this.target = target;
    }

    @Override
    public String toString() {
      return "Python callable as " + getClass().getSimpleName().substring(2) + ": " + target;
    }
  }

  private static final class AsFunction extends Proxy implements Function<Object, Object> {
    AsFunction(CallbackTarget target) {
      super(target);
    }

    @Override
    public Object apply(Object a) {
      return target.call(new Object[] {a});
    }
  }

  private static final class AsBiFunction extends Proxy
      implements BiFunction<Object, Object, Object> {
    AsBiFunction(CallbackTarget target) {
      super(target);
    }

    @Override
    public Object apply(Object a, Object b) {
      return target.call(new Object[] {a, b});
    }
  }

  private static final class AsSupplier extends Proxy implements Supplier<Object> {
    AsSupplier(CallbackTarget target) {
      super(target);
    }

    @Override
    public Object get() {
      return target.call(NO_ARGUMENTS);
    }
  }

  private static final class AsConsumer extends Proxy implements Consumer<Object> {
    AsConsumer(CallbackTarget target) {
      super(target);
    }

    @Override
    public void accept(Object a) {
      target.call(new Object[] {a});
    }
  }

  private static final class AsBiConsumer extends Proxy implements BiConsumer<Object, Object> {
    AsBiConsumer(CallbackTarget target) {
      super(target);
    }

    @Override
    public void accept(Object a, Object b) {
      target.call(new Object[] {a, b});
    }
  }

  private static final class AsPredicate extends Proxy implements Predicate<Object> {
    AsPredicate(CallbackTarget target) {
      super(target);
    }

    @Override
    public boolean test(Object a) {
      return (Boolean) target.call(new Object[] {a});
    }
  }

  private static final class AsUnaryOperator extends Proxy implements UnaryOperator<Object> {
    AsUnaryOperator(CallbackTarget target) {
      super(target);
    }

    @Override
    public Object apply(Object a) {
      return target.call(new Object[] {a});
    }
  }

  private static final class AsRunnable extends Proxy implements Runnable {
    AsRunnable(CallbackTarget target) {
      super(target);
    }

    @Override
    public void run() {
      target.call(NO_ARGUMENTS);
    }
  }

  private static final class AsCallable extends Proxy implements Callable<Object> {
    AsCallable(CallbackTarget target) {
      super(target);
    }

    @Override
    public Object call() {
      return target.call(NO_ARGUMENTS);
    }
  }
}
