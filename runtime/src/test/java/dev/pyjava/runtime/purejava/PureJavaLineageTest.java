package dev.pyjava.runtime.purejava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyjava.runtime.PyDict;
import dev.pyjava.runtime.PyList;
import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.exceptions.PyAttributeError;
import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyStopIteration;
import dev.pyjava.runtime.exceptions.PyTypeError;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Java inheritance, containers of instances and protocols on the pure-Java backend ({@link
 * LineageModules}), with CPython's messages for the same operations.
 */
class PureJavaLineageTest {
  private static void gil(Consumer<Python> body) {
    Python.withGil(
        py -> {
          body.accept(py);
          return null;
        });
  }

  private static PyObject lineage(Python py, String name) {
    return py.importModule("pyjava_test_lineage").getAttr(name);
  }

  private static <E extends PyException> String error(Class<E> type, Runnable body) {
    return assertThrows(type, body::run).message();
  }

  @Test
  void aSubtypeHasItsOwnMembersAndInheritsItsBasesOnes() {
    gil(
        py -> {
          PyObject dogType = lineage(py, "Dog");
          PyObject dog = dogType.call("rex");
          assertEquals("Dog", dog.typeName());
          assertSame(dogType, dog.getAttr("__class__"));
          assertEquals("'woof'", dog.getAttr("speak").call().repr());
          assertEquals("'a dog called rex'", dog.getAttr("describe").call().repr());
          assertEquals("'rex'", dog.getAttr("name").repr());
          assertEquals("'rex fetches the ball'", dog.getAttr("fetch").call("ball").repr());
          assertEquals(
              "<method 'speak' of 'pyjava_test_lineage.Animal' objects>",
              dogType.getAttr("speak").repr());
          assertEquals(
              "<method 'describe' of 'pyjava_test_lineage.Dog' objects>",
              dogType.getAttr("describe").repr());

          PyObject animalType = lineage(py, "Animal");
          PyObject cat = animalType.call("tom");
          assertEquals("'...'", cat.getAttr("speak").call().repr());
          assertEquals("'an animal called tom'", cat.getAttr("describe").call().repr());
          assertEquals("'woof'", animalType.getAttr("speak").call(dog).repr());
          assertEquals(
              "descriptor 'fetch' for 'pyjava_test_lineage.Dog' objects doesn't apply to a"
                  + " 'pyjava_test_lineage.Animal' object",
              error(PyTypeError.class, () -> dogType.getAttr("fetch").call(cat, "ball")));
          assertEquals(
              "'pyjava_test_lineage.Animal' object has no attribute 'fetch'",
              error(PyAttributeError.class, () -> cat.getAttr("fetch")));
        });
  }

  @Test
  void aParameterTakesSubtypesAndAResultIsItsNearestType() {
    gil(
        py -> {
          PyObject dog = lineage(py, "Dog").call("rex");
          assertSame(dog, lineage(py, "as_dog").call(dog));
          assertEquals(
              "as_dog() argument 'dog' must be pyjava_test_lineage.Dog, not Animal",
              error(
                  PyTypeError.class,
                  () -> lineage(py, "as_dog").call(lineage(py, "Animal").call("tom"))));
          PyObject puppy = lineage(py, "puppy").call("bit");
          assertEquals("Dog", puppy.typeName());
          assertSame(lineage(py, "Dog"), puppy.getAttr("__class__"));
          assertEquals("'woof'", puppy.getAttr("speak").call().repr());
          assertSame(puppy, lineage(py, "as_dog").call(puppy));
        });
  }

  @Test
  void instancesInsideListsMapsAndOptionalsKeepTheirIdentity() {
    gil(
        py -> {
          PyObject cat = lineage(py, "Animal").call("tom");
          PyObject dog = lineage(py, "Dog").call("rex");
          PyList reversed =
              lineage(py, "reversed_animals").call(py.list(List.of(cat, dog))).cast(PyList.class);
          assertEquals(2, reversed.size());
          assertSame(dog, reversed.get(0));
          assertSame(cat, reversed.get(1));
          assertSame(dog, reversed.get(0).retain());

          PyDict given = py.dict();
          given.put(py.str("a"), cat);
          given.put(py.str("b"), dog);
          PyDict byName = lineage(py, "by_name").call(given).cast(PyDict.class);
          assertSame(cat, byName.get(py.str("tom")));
          assertSame(dog, byName.get(py.str("rex")));

          assertSame(dog, lineage(py, "same").call(dog));
          assertTrue(lineage(py, "same").call((Object) null).isNone());
        });
  }

  @Test
  void aWrongItemIsATypeErrorAsInCPython() {
    gil(
        py -> {
          PyObject cat = lineage(py, "Animal").call("tom");
          assertEquals(
              "reversed_animals() argument 'animals' item 1 must be pyjava_test_lineage.Animal,"
                  + " not int",
              error(
                  PyTypeError.class,
                  () -> lineage(py, "reversed_animals").call(py.list(List.of(cat, 5)))));
          PyDict given = py.dict();
          given.put(py.str("a"), py.str("tom"));
          assertEquals(
              "by_name() argument 'animals' value for key 'a' must be"
                  + " pyjava_test_lineage.Animal, not str",
              error(PyTypeError.class, () -> lineage(py, "by_name").call(given)));
          assertEquals(
              "same() argument 'animal' must be pyjava_test_lineage.Animal | None, not Tag",
              error(
                  PyTypeError.class, () -> lineage(py, "same").call(lineage(py, "Tag").call("x"))));
        });
  }

  @Test
  void eqAndHashAreJavaEqualsAndHashCodeSoInstancesAreDictKeys() {
    gil(
        py -> {
          PyObject tag = lineage(py, "Tag");
          PyObject a = tag.call("a");
          PyObject alsoA = tag.call("a");
          PyObject b = tag.call("b");
          assertEquals("Tag[text=a]", a.repr());
          assertEquals(a, alsoA);
          assertEquals(a.hashCode(), alsoA.hashCode());
          assertNotEquals(a, b);
          assertNotEquals(a, py.str("a"));
          assertEquals("True", a.getAttr("__eq__").call(alsoA).repr());
          assertEquals("True", a.getAttr("__lt__").call(b).repr());
          assertEquals("False", b.getAttr("__lt__").call(a).repr());
          assertEquals(
              "__lt__() argument 'other' must be pyjava_test_lineage.Tag, not int",
              error(PyTypeError.class, () -> a.getAttr("__lt__").call(1)));

          PyDict dict = py.dict();
          dict.put(a, py.integer(1));
          dict.put(alsoA, py.integer(2));
          dict.put(b, py.integer(3));
          assertEquals(2, dict.size());
          assertEquals("2", dict.get(tag.call("a")).repr());

          PyObject cat = lineage(py, "Animal").call("tom");
          PyObject otherCat = lineage(py, "Animal").call("tom");
          assertNotEquals(cat, otherCat);
          dict.put(cat, py.integer(4));
          assertEquals("4", dict.get(cat).repr());
          assertEquals(null, dict.get(otherCat));
        });
  }

  @Test
  void iterAnIterableGivesAJavaIteratorEndingInStopIteration() {
    gil(
        py -> {
          PyObject cat = lineage(py, "Animal").call("tom");
          PyObject dog = lineage(py, "Dog").call("rex");
          PyObject kennel = lineage(py, "Kennel").call(py.list(List.of(cat, dog)));
          PyObject iterator = kennel.getAttr("__iter__").call();
          assertEquals("JavaIterator", iterator.typeName());
          assertTrue(iterator.repr().matches("<pyjava\\.JavaIterator object at 0x[0-9a-f]+>"));
          assertSame(iterator, iterator.getAttr("__iter__").call());
          PyObject next = iterator.getAttr("__next__");
          assertTrue(next.repr().startsWith("<method-wrapper '__next__' of pyjava.JavaIterator"));
          assertSame(cat, next.call());
          assertSame(dog, next.call());
          assertThrows(PyStopIteration.class, next::call);
          assertThrows(PyStopIteration.class, next::call);
          assertEquals("expected 0 arguments, got 1", error(PyTypeError.class, () -> next.call(1)));
          assertEquals(
              "wrapper __next__() takes no keyword arguments",
              error(PyTypeError.class, () -> next.call(List.of(), Map.of("a", 1))));
        });
  }

  @Test
  void aJavaIteratorIsItsOwnIteratorAndItsEndIsStopIteration() {
    gil(
        py -> {
          PyObject countdown = lineage(py, "Countdown").call(2);
          assertSame(countdown, countdown.getAttr("__iter__").call());
          assertEquals("2", countdown.getAttr("__next__").call().repr());
          assertEquals("1", countdown.getAttr("__next__").call().repr());
          PyStopIteration end =
              assertThrows(PyStopIteration.class, () -> countdown.getAttr("__next__").call());
          assertEquals("StopIteration", end.pythonType());
        });
  }
}
