package dev.pyjava.testing;

import dev.pyjava.runtime.Backends;
import dev.pyjava.runtime.Python;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link PythonTest}. Before each test it starts CPython in the test
 * JVM (once per JVM, through {@link dev.pyjava.runtime.cpython.EmbeddedPython}); where that fails
 * it applies the test's {@link Fallback}. It publishes the report entry {@code pyjava.backend},
 * resolves {@link Python} parameters, and runs each test method body with the interpreter lock
 * held, as inside {@link Python#withGil}. A body that starts threads which take the lock must
 * release it meanwhile, with {@link Python#allowThreads}.
 */
public final class PythonExtension implements BeforeEachCallback, ParameterResolver, InvocationInterceptor {
  /** The report entry that names the backend a test runs on, and why. */
  public static final String REPORT_KEY = "pyjava.backend";

  /** Made by JUnit, through {@link PythonTest}. */
  public PythonExtension() {}

  /**
   * Starts CPython if no test has yet, then publishes which backend runs; where CPython is missing,
   * skips or fails the test as its fallback says.
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    String failure = EmbeddedStart.failure();
    if (failure == null) {
      context.publishReportEntry(REPORT_KEY, "cpython: libpython found, embedded in the test JVM");
      return;
    }
    Fallback fallback = fallback(context);
    String why = "no CPython in the test JVM (" + failure + ")";
    switch (fallback) {
      case PUREJAVA -> context.publishReportEntry(REPORT_KEY, "purejava: fallback PUREJAVA, " + why);
      case SKIP -> Assumptions.abort("@PythonTest(fallback = SKIP): " + why);
      case FAIL -> throw new AssertionError("@PythonTest(fallback = FAIL): " + why);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Python.class;
  }

  /** The backend's token; the test body that receives it runs with the lock held. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return Backends.current().token();
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> method, ExtensionContext context)
      throws Throwable {
    proceedWithGil(invocation);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> method, ExtensionContext context)
      throws Throwable {
    proceedWithGil(invocation);
  }

  private static void proceedWithGil(Invocation<Void> invocation) throws Throwable {
    Throwable[] thrown = new Throwable[1];
    Python.withGil(
        py -> {
          try {
            invocation.proceed();
          } catch (Throwable t) {
            thrown[0] = t;
          }
          return null;
        });
    if (thrown[0] != null) {
      throw thrown[0];
    }
  }

  /** The system property when set, else the nearest {@link PythonTest}'s, method before class. */
  private static Fallback fallback(ExtensionContext context) {
    Optional<String> property = context.getConfigurationParameter(PythonTest.FALLBACK_PROPERTY);
    if (property.isPresent()) {
      try {
        return Fallback.valueOf(property.get().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException(
            PythonTest.FALLBACK_PROPERTY + " is '" + property.get() + "'; use PUREJAVA, SKIP or FAIL");
      }
    }
    return annotation(context).map(PythonTest::fallback).orElse(Fallback.PUREJAVA);
  }

  private static Optional<PythonTest> annotation(ExtensionContext context) {
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
      Optional<PythonTest> found = AnnotationSupport.findAnnotation(c.get().getElement(), PythonTest.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
