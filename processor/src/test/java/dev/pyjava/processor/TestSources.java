package dev.pyjava.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Java sources for the processor tests, and the compiler that runs the processor on them. */
final class TestSources {
  private static final String HEADER =
      """
      package test;

      import dev.pyjava.annotations.AllowThreads;
      import dev.pyjava.annotations.PyClass;
      import dev.pyjava.annotations.PyConstant;
      import dev.pyjava.annotations.PyConstructor;
      import dev.pyjava.annotations.PyFunction;
      import dev.pyjava.annotations.PyGetter;
      import dev.pyjava.annotations.PyModule;
      import dev.pyjava.annotations.PySetter;
      import dev.pyjava.runtime.*;
      import java.util.*;

      """;

  private TestSources() {}

  /** The file {@code test/<simpleName>.java}: pyjava and java.util imports, then {@code code}. */
  static JavaFileObject source(String simpleName, String code) {
    return JavaFileObjects.forSourceString("test." + simpleName, HEADER + code);
  }

  /** Compiles {@code sources} with the processor. */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new PyModuleProcessor()).compile(sources);
  }
}
