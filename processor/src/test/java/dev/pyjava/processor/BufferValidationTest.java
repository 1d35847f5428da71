package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Primitive arrays are parameters and results, also inside containers; {@code java.nio} buffers
 * are parameters only, and only as the parameter's own type, with or without {@code
 * @AllowThreads}.
 */
class BufferValidationTest {
  @Test
  void arraysAndBuffersAreAcceptedWhereTheyFit() {
    JavaFileObject file =
        source(
            "Module",
            """
            import java.nio.*;

            @PyModule
            public class Module {
              @PyFunction
              public static double[] arrays(
                  byte[] b, short[] s, int[] i, long[] l, float[] f, double[] d) {
                return d;
              }

              @PyFunction
              public static List<int[]> nested(List<double[]> all, Optional<long[]> maybe) {
                return List.of();
              }

              @PyFunction
              @AllowThreads
              public static float[] views(
                  ByteBuffer b, ShortBuffer s, IntBuffer i, LongBuffer l, FloatBuffer f,
                  DoubleBuffer d) {
                return new float[0];
              }

              @PyClass
              public static final class Grid {
                @PyFunction
                @AllowThreads
                public void fill(DoubleBuffer out) {}

                @PyGetter
                public short[] getRow() {
                  return new short[0];
                }
              }
            }
            """);
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void aBufferIsNoResult() {
    JavaFileObject file =
        source(
            "Module",
            """
            import java.nio.*;

            @PyModule
            public class Module {
              @PyFunction
              public static DoubleBuffer view() {
                return null;
              }

              @PyFunction
              public static Optional<ByteBuffer> maybeView() {
                return Optional.empty();
              }

              @PyClass
              public static final class Box {
                @PyGetter
                public IntBuffer getData() {
                  return null;
                }
              }
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[BufferResult] return type java.nio.DoubleBuffer is not supported: a java.nio buffer"
                + " views an argument's memory only during its call; return a primitive array"
                + " (double[], ...) or a List instead")
        .inFile(file)
        .onLineContaining("DoubleBuffer view()");
    assertThat(compilation)
        .hadErrorContaining("[BufferResult] return type java.util.Optional<java.nio.ByteBuffer>")
        .inFile(file)
        .onLineContaining("maybeView()");
    assertThat(compilation)
        .hadErrorContaining("[BufferResult] return type java.nio.IntBuffer")
        .inFile(file)
        .onLineContaining("getData()");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void aBufferIsNoContainerElement() {
    JavaFileObject file =
        source(
            "Module",
            """
            import java.nio.*;

            @PyModule
            public class Module {
              @PyFunction
              public static void all(
                  List<DoubleBuffer> views,
                  Optional<IntBuffer> maybe) {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[BufferNested] parameter type java.util.List<java.nio.DoubleBuffer> is not supported:"
                + " a java.nio buffer views one argument's memory for its call, so it must be the"
                + " parameter's own type, not inside Optional, List or Map; take a primitive array"
                + " (double[], ...) there instead")
        .inFile(file)
        .onLineContaining("List<DoubleBuffer> views");
    assertThat(compilation)
        .hadErrorContaining("[BufferNested] parameter type java.util.Optional<java.nio.IntBuffer>")
        .inFile(file)
        .onLineContaining("Optional<IntBuffer> maybe");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void charAndBooleanArraysAreNotSupported() {
    JavaFileObject file =
        source(
            "Module",
            """
            @PyModule
            public class Module {
              @PyFunction
              public static void chars(char[] text) {}
            }
            """);
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[ParameterTypeUnsupported] parameter type char[] is not supported")
        .inFile(file)
        .onLineContaining("char[] text");
    assertThat(compilation).hadErrorCount(1);
  }
}
