package dev.pyjava.runtime.purejava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.Backends;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyRuntimeError;
import dev.pyjava.runtime.exceptions.PyTypeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code @PyClass} types on the pure-Java backend ({@link TypeModules}). Expected reprs and
 * messages are CPython's for the same operations on the same types (the CPython backend's, for
 * {@code counters} in python3).
 */
class PureJavaTypesTest {
  private static void gil(Consumer<Python> body) {
    Python.withGil(
        py -> {
          body.accept(py);
          return null;
        });
  }

  private static PyObject types(Python py, String name) {
    return py.importModule("pyjava_test_types").getAttr(name);
  }

  private static <E extends PyException> String error(Class<E> type, Runnable body) {
    return assertThrows(type, body::run).message();
  }

  @Test
  void theTypeIsCallableAndNamedAsInCPython() {
    gil(
        py -> {
          PyObject box = types(py, "Box");
          assertEquals("type", box.typeName());
          assertEquals("<class 'pyjava_test_types.Box'>", box.repr());
          assertEquals("'Box'", box.getAttr("__name__").repr());
          assertEquals("'Box'", box.getAttr("__qualname__").repr());
          assertEquals("'pyjava_test_types'", box.getAttr("__module__").repr());
          assertEquals("'Holds text.'", box.getAttr("__doc__").repr());
          assertEquals("'(text)'", box.getAttr("__text_signature__").repr());
          assertTrue(box.isTrue());
          PyObject b = box.call("ab");
          assertEquals("Box", b.typeName());
          assertSame(box, b.getAttr("__class__"));
          assertEquals("'pyjava_test_types'", b.getAttr("__module__").repr());
          assertEquals("'Holds text.'", b.getAttr("__doc__").repr());
          assertEquals("'ab'", b.getAttr("text").repr());
          assertEquals("'xyz'", box.call(List.of(), Map.of("text", "xyz")).getAttr("text").repr());
          assertTrue(b.repr().matches("<pyjava_test_types\\.Box object at 0x[0-9a-f]+>"), b.repr());
          assertEquals(b.repr(), b.str());
          assertTrue(b.isTrue());
        });
  }

  @Test
  void constructorArgumentsBindAndFailAsAFunctionsDo() {
    gil(
        py -> {
          PyObject box = types(py, "Box");
          assertEquals(
              "Box() argument 'text' must be str, not int",
              error(PyTypeError.class, () -> box.call(5)));
          assertEquals(
              "Box() takes 1 positional argument but 2 were given",
              error(PyTypeError.class, () -> box.call("a", "b")));
          assertEquals(
              "Box() got an unexpected keyword argument 'stop'",
              error(PyTypeError.class, () -> box.call(List.of("a"), Map.of("stop", 1))));
          assertEquals(
              "Box() missing 1 required positional argument: 'text'",
              error(PyTypeError.class, box::call));
          assertEquals("no boxes of fail", error(PyValueError.class, () -> box.call("fail")));
        });
  }

  @Test
  void aTypeWithoutConstructorCannotBeCreated() {
    gil(
        py -> {
          PyObject flag = types(py, "Flag");
          assertEquals(
              "cannot create 'pyjava_test_types.Flag' instances",
              error(PyTypeError.class, flag::call));
          assertEquals("None", flag.getAttr("__text_signature__").repr());
          assertEquals("Flag", types(py, "flag").call(true).typeName());
        });
  }

  @Test
  void methodsAreDescriptorsOnTheTypeAndBoundOnInstances() {
    gil(
        py -> {
          PyObject box = types(py, "Box");
          PyObject b = box.call("ab");
          PyObject append = b.getAttr("append");
          assertEquals("builtin_function_or_method", append.typeName());
          assertTrue(
              append
                  .repr()
                  .matches(
                      "<built-in method append of pyjava_test_types\\.Box object at 0x[0-9a-f]+>"));
          assertTrue(append.repr().endsWith(b.repr().substring(b.repr().indexOf(" at "))));
          assertSame(b, append.getAttr("__self__"));
          assertEquals("'append'", append.getAttr("__name__").repr());
          assertEquals("'Box.append'", append.getAttr("__qualname__").repr());
          assertEquals("'($self, more)'", append.getAttr("__text_signature__").repr());
          assertEquals(
              "'Appends more and returns the new length.'", append.getAttr("__doc__").repr());
          assertEquals("4", append.call("cd").repr());
          assertEquals("5", append.call(List.of(), Map.of("more", "e")).repr());
          assertEquals(
              "append() takes 1 positional argument but 2 were given",
              error(PyTypeError.class, () -> append.call("a", "b")));

          PyObject descriptor = box.getAttr("append");
          assertEquals("method_descriptor", descriptor.typeName());
          assertEquals("<method 'append' of 'pyjava_test_types.Box' objects>", descriptor.repr());
          assertSame(box, descriptor.getAttr("__objclass__"));
          assertEquals("'Box.append'", descriptor.getAttr("__qualname__").repr());
          assertEquals("'($self, more)'", descriptor.getAttr("__text_signature__").repr());
          assertEquals("6", descriptor.call(b, "f").repr());
          assertEquals("7", descriptor.call(List.of(b), Map.of("more", "g")).repr());
          assertEquals("'abcdefg'", b.getAttr("text").repr());
          assertEquals(
              "descriptor 'append' for 'pyjava_test_types.Box' objects doesn't apply to a 'int'"
                  + " object",
              error(PyTypeError.class, () -> descriptor.call(5, "x")));
          PyObject bag = types(py, "Bag").call();
          assertEquals(
              "descriptor 'append' for 'pyjava_test_types.Box' objects doesn't apply to a"
                  + " 'pyjava_test_types.Bag' object",
              error(PyTypeError.class, () -> descriptor.call(bag, "x")));
          assertEquals(
              "unbound method Box.append() needs an argument",
              error(PyTypeError.class, descriptor::call));
          assertEquals(
              "unbound method Box.append() needs an argument",
              error(PyTypeError.class, () -> descriptor.call(List.of(), Map.of("more", "x"))));
        });
  }

  @Test
  void staticMethodsAreTheSameFromTheTypeAndFromInstances() {
    gil(
        py -> {
          PyObject box = types(py, "Box");
          PyObject joined = box.getAttr("joined");
          assertSame(joined, box.call("x").getAttr("joined"));
          assertEquals("builtin_function_or_method", joined.typeName());
          assertTrue(
              joined.repr().matches("<built-in method joined of type object at 0x[0-9a-f]+>"));
          assertEquals("'Box.joined'", joined.getAttr("__qualname__").repr());
          assertEquals("\"(a, sep='-')\"", joined.getAttr("__text_signature__").repr());
          assertTrue(joined.getAttr("__self__").isNone());
          assertEquals("'a-a'", joined.call("a").repr());
          assertEquals("'a+a'", joined.call(List.of("a"), Map.of("sep", "+")).repr());
          assertEquals(
              "joined() missing 1 required positional argument: 'a'",
              error(PyTypeError.class, joined::call));
        });
  }

  @Test
  void propertiesReadAndWriteAsCPythonsDo() {
    gil(
        py -> {
          PyObject box = types(py, "Box");
          PyObject b = box.call("ab");
          b.setAttr("text", "hello");
          assertEquals("5", b.getAttr("length").repr());
          assertEquals(
              "attribute 'length' of 'pyjava_test_types.Box' objects is not writable",
              error(PyAttributeError.class, () -> b.setAttr("length", 2)));
          assertEquals(
              "argument must be str, not int",
              error(PyTypeError.class, () -> b.setAttr("text", 5)));
          assertEquals("'hello'", b.getAttr("text").repr());
          assertEquals(
              "java.lang.IllegalStateException: broken on purpose",
              error(PyRuntimeError.class, () -> b.getAttr("broken")));

          PyObject text = box.getAttr("text");
          assertEquals("getset_descriptor", text.typeName());
          assertEquals("<attribute 'text' of 'pyjava_test_types.Box' objects>", text.repr());
          assertEquals("'The text now.'", text.getAttr("__doc__").repr());
          assertEquals("None", box.getAttr("length").getAttr("__doc__").repr());
        });
  }

  @Test
  void unknownAndReadOnlyAttributesRaiseAsCPythonsDo() {
    gil(
        py -> {
          PyObject box = types(py, "Box");
          PyObject b = box.call("ab");
          assertEquals(
              "'pyjava_test_types.Box' object has no attribute 'other'",
              error(PyAttributeError.class, () -> b.getAttr("other")));
          assertEquals(
              "'pyjava_test_types.Box' object has no attribute 'other' and no __dict__ for"
                  + " setting new attributes",
              error(PyAttributeError.class, () -> b.setAttr("other", 1)));
          assertEquals(
              "'pyjava_test_types.Box' object attribute 'append' is read-only",
              error(PyAttributeError.class, () -> b.setAttr("append", 1)));
          assertEquals(
              "'pyjava_test_types.Box' object attribute '__doc__' is read-only",
              error(PyAttributeError.class, () -> b.setAttr("__doc__", "x")));
          assertEquals(
              "type object 'pyjava_test_types.Box' has no attribute 'other'",
              error(PyAttributeError.class, () -> box.getAttr("other")));
          assertEquals(
              "cannot set 'append' attribute of immutable type 'pyjava_test_types.Box'",
              error(PyTypeError.class, () -> box.setAttr("append", 1)));
          assertEquals(
              "'pyjava_test_types.Box' object is not callable", error(PyTypeError.class, b::call));
        });
  }

  @Test
  void instancesCrossTheBoundaryAsThemselves() {
    gil(
        py -> {
          PyObject box = types(py, "Box");
          PyObject either = types(py, "either");
          PyObject a = box.call("a");
          PyObject b = box.call("b");
          assertSame(a, either.call(a, b));
          assertSame(b, either.call(List.of(a, b), Map.of("first", false)));
          assertSame(a, a.getAttr("partner"));
          PyObject copy = a.getAttr("copy").call();
          assertNotSame(a, copy);
          assertEquals("'a'", copy.getAttr("text").repr());
          assertSame(copy, either.call(copy, a));
          assertEquals("2", a.getAttr("take").call(b).repr());
          assertEquals("4", a.getAttr("take").call(a).repr());
          b.setAttr("partner", a);
          assertEquals("'abab'", b.getAttr("text").repr());
          assertTrue(types(py, "nothing").call().isNone());
        });
  }

  @Test
  void aWrongInstanceArgumentIsATypeErrorNamingTheType() {
    gil(
        py -> {
          PyObject box = types(py, "Box");
          PyObject either = types(py, "either");
          PyObject a = box.call("a");
          assertEquals(
              "either() argument 'b' must be pyjava_test_types.Box, not int",
              error(PyTypeError.class, () -> either.call(a, 5)));
          assertEquals(
              "either() argument 'a' must be pyjava_test_types.Box, not Bag",
              error(PyTypeError.class, () -> either.call(types(py, "Bag").call(), a)));
          assertEquals(
              "take() argument 'other' must be pyjava_test_types.Box, not NoneType",
              error(PyTypeError.class, () -> a.getAttr("take").call((Object) null)));
          assertEquals(
              "argument must be pyjava_test_types.Box, not str",
              error(PyTypeError.class, () -> a.setAttr("partner", "x")));
        });
  }

  @Test
  void specialMethodsGiveReprStrTruthAndCalls() {
    gil(
        py -> {
          PyObject bag = types(py, "Bag");
          PyObject empty = bag.call();
          PyObject full = bag.call(List.of("x", "y"));
          assertEquals("Bag([x, y])", full.repr());
          assertEquals("Bag([x, y])", full.str());
          assertEquals("Bag([x, y])", full.toString());
          assertFalse(empty.isTrue());
          assertTrue(full.isTrue());
          assertEquals("True", full.call("y").repr());
          assertEquals("False", full.call(List.of(), Map.of("word", "z")).repr());
          assertEquals("'($self)'", bag.getAttr("__len__").getAttr("__text_signature__").repr());
          assertEquals("2", full.getAttr("__len__").call().repr());

          PyObject flag = types(py, "flag");
          PyObject up = flag.call(true);
          PyObject down = flag.call(false);
          assertTrue(up.isTrue());
          assertFalse(down.isTrue());
          assertEquals("up", up.str());
          assertEquals("down", down.str());
          assertTrue(up.repr().startsWith("<pyjava_test_types.Flag object at 0x"));
        });
  }

  @Test
  void specialMethodsReturningWhatPythonRefusesRaiseAsCPythonsDo() {
    gil(
        py -> {
          PyObject odd = types(py, "odd").call();
          assertEquals(
              "__repr__ returned non-string (type int)", error(PyTypeError.class, odd::repr));
          assertEquals(
              "__repr__ returned non-string (type int)", error(PyTypeError.class, odd::str));
          assertEquals("__len__() should return >= 0", error(PyValueError.class, odd::isTrue));
          assertTrue(odd.toString().startsWith("<pyjava_test_types.Odd object at 0x"));
        });
  }

  @Test
  void anInstanceIsForgottenOnceCollected() throws InterruptedException {
    PureJavaBackend backend = (PureJavaBackend) Backends.current();
    List<PyObject> kept =
        Python.withGil(
            py -> {
              PyObject box = types(py, "Box");
              return java.util.stream.IntStream.range(0, 1000)
                  .mapToObj(i -> box.call("x"))
                  .toList();
            });
    int before = Python.withGil(py -> backend.instances().count());
    assertTrue(before >= kept.size(), before + " instances recorded");
    kept = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    int count;
    do {
      System.gc();
      Thread.sleep(10);
      count = Python.withGil(py -> backend.instances().count());
    } while (count > before - 1000 && System.nanoTime() < deadline);
    assertTrue(count <= before - 1000, count + " of " + before + " instances still recorded");
  }
}
