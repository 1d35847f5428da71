package dev.pyjava.runtime.cpython;

import static dev.pyjava.runtime.cpython.CPythonSupport.exec;
import static dev.pyjava.runtime.cpython.CPythonSupport.inGil;
import static dev.pyjava.runtime.cpython.CPythonSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ItemType;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.TypeSpec;
import java.nio.DoubleBuffer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The buffer protocol in CPython embedded in this JVM ({@link #BUFFERS}): arrays copied from any
 * buffer of their format, views of its memory that Java writes through with the GIL released,
 * released when the call returns.
 */
class BufferTest {
  private static volatile DoubleBuffer kept;

  /** {@code cpython_buffers}: {@code fill(out, start)}, {@code total(values)}, {@code keep(v)}. */
  static final ModuleDef BUFFERS =
      new ModuleDef(
          "cpython_buffers",
          null,
          List.of(
              FunctionDef.builder("fill")
                  .parameter("out", TypeSpec.buffer(ItemType.DOUBLE))
                  .parameter("start", TypeSpec.DOUBLE)
                  .returns(TypeSpec.INT)
                  .allowThreads()
                  .build(
                      (py, args) -> {
                        DoubleBuffer out = (DoubleBuffer) args[0];
                        for (int i = 0; i < out.limit(); i++) {
                          out.put(i, (double) args[1] + i);
                        }
                        return out.limit();
                      }),
              FunctionDef.builder("total")
                  .parameter("values", TypeSpec.array(ItemType.DOUBLE))
                  .returns(TypeSpec.DOUBLE)
                  .build(
                      (py, args) -> {
                        double total = 0;
                        for (double value : (double[]) args[0]) {
                          total += value;
                        }
                        return total;
                      }),
              FunctionDef.builder("echo_ints")
                  .parameter("values", TypeSpec.array(ItemType.INT))
                  .returns(TypeSpec.array(ItemType.INT))
                  .build((py, args) -> args[0]),
              FunctionDef.builder("keep")
                  .parameter("values", TypeSpec.buffer(ItemType.DOUBLE))
                  .build(
                      (py, args) -> {
                        kept = (DoubleBuffer) args[0];
                        return null;
                      })));

  @BeforeEach
  void needsCPython() {
    CPythonSupport.assumeCPython();
  }

  @Test
  void javaWritesIntoAnArrayInPlaceWithTheGilReleased() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import array, cpython_buffers as m
                  a = array.array('d', [0.0] * 4)
                  n = m.fill(a, 2.0)
                  a.append(9.0)
                  result = (n, a.tolist())
                  """);
          assertEquals("(4, [2.0, 3.0, 4.0, 5.0, 9.0])", text(py, ns, "result"));
        });
  }

  @Test
  void arraysAreCopiedFromBuffersAndListsAndComeBackAsLists() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import array, cpython_buffers as m
                  result = (m.total(array.array('d', [1.0, 2.5])), m.total([1, 2.5]),
                            m.total(memoryview(array.array('d', [1.0, 2.0, 4.0]))[::2]),
                            m.echo_ints(array.array('i', [3, -4])))
                  """);
          assertEquals("(3.5, 3.5, 5.0, [3, -4])", text(py, ns, "result"));
        });
  }

  @Test
  void wrongFormatsAndLayoutsAreTypeErrorAndBufferError() {
    inGil(
        py -> {
          PyDict ns =
              exec(
                  py,
                  """
                  import array, cpython_buffers as m
                  def error(f, *args):
                      try:
                          f(*args)
                      except Exception as e:
                          return f'{type(e).__name__}: {e}'
                  result = [error(m.total, array.array('f', [1.0])),
                            error(m.fill, memoryview(array.array('d', [0.0] * 3))[::2], 0.0),
                            error(m.fill, memoryview(array.array('d', [0.0])).toreadonly(), 0.0)]
                  """);
          assertEquals(
              "[\"TypeError: total() argument 'values' must be list[float] or a buffer of format"
                  + " 'd', not array of format 'f'\", \"BufferError: fill() argument 'out' must be"
                  + " a C-contiguous buffer of format 'd', not a non-contiguous memoryview\","
                  + " \"BufferError: cannot write to a read-only buffer: the argument's exporter"
                  + " does not allow writing\"]",
              text(py, ns, "result"));
        });
  }

  @Test
  void aViewKeptPastItsCallIsClosed() {
    inGil(
        py ->
            exec(
                py,
                """
                import array, cpython_buffers as m
                m.keep(array.array('d', [1.0]))
                """));
    assertThrows(IllegalStateException.class, () -> kept.get(0));
  }
}
