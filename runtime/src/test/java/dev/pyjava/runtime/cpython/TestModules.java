package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.cpython.modules.KnownModules;
import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.PropertyDef;
import dev.pyjava.runtime.def.TypeSpec;
import dev.pyjava.runtime.exceptions.PyException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** The pyjava modules the CPython tests import, defined the way generated code defines them. */
final class TestModules {
  private TestModules() {}

  /** Shared by the GIL tests: the barrier both Python threads wait at. */
  static volatile CyclicBarrier barrier;

  /** How long a barrier wait may take before it counts as "the other thread never came". */
  static volatile long barrierTimeoutMillis;

  /** Threads inside {@code held_wait} right now, and the most there ever were. */
  static final AtomicInteger INSIDE = new AtomicInteger();

  static final AtomicInteger MOST_INSIDE = new AtomicInteger();

  /** The Python object {@code keep} received last, retained beyond its call on purpose. */
  static volatile PyObject kept;

  /** The Python object {@code keep_unretained} received last, kept without retaining it. */
  static volatile PyObject keptUnretained;

  static final ModuleDef CALLS =
      new ModuleDef(
          "cpython_test",
          "Functions the CPython backend tests call.",
          List.of(
              FunctionDef.builder("add")
                  .doc("Adds two ints.")
                  .parameter("a", TypeSpec.LONG)
                  .parameter(
                      Parameter.optional("b", TypeSpec.LONG, ParameterKind.POSITIONAL_OR_KEYWORD, 10L, "10"))
                  .returns(TypeSpec.LONG)
                  .build((py, args) -> (Long) args[0] + (Long) args[1]),
              FunctionDef.builder("search")
                  .doc("Searches.")
                  .parameter(Parameter.required("path", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY))
                  .parameter(Parameter.required("search", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY))
                  .parameter(Parameter.optional("limit", TypeSpec.INT, ParameterKind.KEYWORD_ONLY, 10, "10"))
                  .returns(TypeSpec.STRING)
                  .build((py, args) -> args[0] + "|" + args[1] + "|" + args[2]),
              FunctionDef.builder("nothing").build((py, args) -> null),
              FunctionDef.builder("keep")
                  .doc("Keeps its argument beyond the call.")
                  .parameter("value", TypeSpec.object(PyObject.class))
                  .build(
                      (py, args) -> {
                        kept = ((PyObject) args[0]).retain();
                        return null;
                      }),
              FunctionDef.builder("keep_unretained")
                  .parameter("value", TypeSpec.object(PyObject.class))
                  .build(
                      (py, args) -> {
                        keptUnretained = (PyObject) args[0];
                        return null;
                      }),
              FunctionDef.builder("call")
                  .doc("Calls a Python callable with one argument, from Java.")
                  .parameter("function", TypeSpec.object(PyObject.class))
                  .parameter("argument", TypeSpec.object(PyObject.class))
                  .returns(TypeSpec.object(PyObject.class))
                  .build((py, args) -> ((PyObject) args[0]).call(args[1])),
              FunctionDef.builder("describe_failure")
                  .doc("Calls a Python callable and describes the PyException it raises.")
                  .parameter("function", TypeSpec.object(PyObject.class))
                  .returns(TypeSpec.STRING)
                  .build(
                      (py, args) -> {
                        try {
                          ((PyObject) args[0]).call();
                          return "no exception";
                        } catch (PyException e) {
                          return e.getClass().getSimpleName()
                              + "|"
                              + e.pythonType()
                              + "|"
                              + e.message()
                              + "|"
                              + e.pythonArgs()
                              + "|"
                              + String.join("\n", e.notes());
                        }
                      }),
              FunctionDef.builder("missing_file")
                  .parameter("name", TypeSpec.STRING)
                  .build(
                      (py, args) -> {
                        throw new NoSuchFileException((String) args[0]);
                      }),
              FunctionDef.builder("raise_named")
                  .doc("Raises a PyException of any type name with one str argument.")
                  .parameter("type", TypeSpec.STRING)
                  .parameter("message", TypeSpec.STRING)
                  .build(
                      (py, args) -> {
                        throw new PyException(
                            (String) args[0], (String) args[1], List.of((String) args[1]));
                      }),
              FunctionDef.builder("overflow_stack").build((py, args) -> recurse(0)),
              FunctionDef.builder("out_of_memory")
                  .build(
                      (py, args) -> {
                        throw new OutOfMemoryError("Java heap space (thrown by a test)");
                      }),
              FunctionDef.builder("parallel_wait")
                  .doc("Waits at the barrier with the GIL released.")
                  .allowThreads()
                  .returns(TypeSpec.BOOLEAN)
                  .build((py, args) -> awaitBarrier()),
              FunctionDef.builder("held_wait")
                  .doc("Waits at the barrier with the GIL held.")
                  .returns(TypeSpec.BOOLEAN)
                  .build(
                      (py, args) -> {
                        int now = INSIDE.incrementAndGet();
                        MOST_INSIDE.accumulateAndGet(now, Math::max);
                        try {
                          return awaitBarrier();
                        } finally {
                          INSIDE.decrementAndGet();
                        }
                      }),
              FunctionDef.builder("lone_surrogate")
                  .returns(TypeSpec.STRING)
                  .build((py, args) -> "a\uD800b")));

  static final ModuleDef CONVERSIONS =
      new ModuleDef(
          "cpython_echo",
          null,
          List.of(
              echo("echo_bool", TypeSpec.BOOLEAN),
              echo("echo_int", TypeSpec.INT),
              echo("echo_long", TypeSpec.LONG),
              echo("echo_double", TypeSpec.DOUBLE),
              echo("echo_boxed_long", TypeSpec.BOXED_LONG),
              echo("echo_str", TypeSpec.STRING),
              echo("echo_bytes", TypeSpec.BYTES),
              echo("echo_optional_str", TypeSpec.optional(TypeSpec.STRING)),
              echo("echo_list", TypeSpec.list(TypeSpec.LONG)),
              echo("echo_nested", TypeSpec.list(TypeSpec.list(TypeSpec.STRING))),
              echo("echo_map", TypeSpec.map(TypeSpec.DOUBLE)),
              echo("echo_object", TypeSpec.object(PyObject.class)),
              FunctionDef.builder("code_units")
                  .parameter("value", TypeSpec.STRING)
                  .returns(TypeSpec.list(TypeSpec.LONG))
                  .build((py, args) -> ((String) args[0]).chars().mapToObj(c -> (long) c).toList())));

  /**
   * A module with one type, {@code Box}: a Java {@code StringBuilder} behind it, a method, a
   * read-write and a read-only property, and a getter that throws.
   */
  static final ModuleDef TYPES =
      new ModuleDef(
          "cpython_types",
          null,
          List.of(),
          List.of(
              new ClassDef(
                  "Box",
                  "Holds text.",
                  false,
                  FunctionDef.builder("Box")
                      .parameter("text", TypeSpec.STRING)
                      .build(
                          (py, args) -> {
                            if (args[0].equals("fail")) {
                              throw new IllegalArgumentException("no boxes of fail");
                            }
                            return new StringBuilder((String) args[0]);
                          }),
                  List.of(
                      FunctionDef.builder("append")
                          .parameter("more", TypeSpec.STRING)
                          .returns(TypeSpec.INT)
                          .build((py, args) -> ((StringBuilder) args[0]).append(args[1]).length())),
                  List.of(),
                  List.of(
                      new PropertyDef(
                          "text",
                          null,
                          TypeSpec.STRING,
                          self -> self.toString(),
                          (self, value) ->
                              ((StringBuilder) self).replace(0, Integer.MAX_VALUE, (String) value)),
                      new PropertyDef(
                          "length", null, TypeSpec.INT, self -> ((StringBuilder) self).length(), null),
                      new PropertyDef(
                          "broken",
                          null,
                          TypeSpec.INT,
                          self -> {
                            throw new IllegalStateException("broken on purpose");
                          },
                          null)),
                  StringBuilder.class,
                  null)));

  private static FunctionDef echo(String name, TypeSpec type) {
    return FunctionDef.builder(name).parameter("value", type).returns(type).build((py, args) -> args[0]);
  }

  /** Makes the modules importable; must run before the interpreter starts. */
  static void registerAll() {
    KnownModules.register(CALLS);
    KnownModules.register(CONVERSIONS);
    KnownModules.register(TYPES);
    KnownModules.register(ProtocolTypeTest.PROTOCOLS);
    KnownModules.register(IteratorResultTest.ITERATION);
    KnownModules.register(BufferTest.BUFFERS);
    KnownModules.register(MoreConversionTest.MODULE);
  }

  private static boolean awaitBarrier() throws InterruptedException {
    try {
      barrier.await(barrierTimeoutMillis, TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | BrokenBarrierException e) {
      return false;
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }
}
