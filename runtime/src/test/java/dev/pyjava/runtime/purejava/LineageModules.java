package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Iterators;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.PropertyDef;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module with Java inheritance and protocols, built by hand as generated code would build it, and
 * registered for {@code ServiceLoader}: {@code Animal}, its subclass {@code Dog} (listed first, so
 * the module must make the base first), and {@code Tag}, {@code Kennel} and {@code Countdown} for
 * equality, hashing and iteration.
 */
final class LineageModules {
  private LineageModules() {}

  static final TypeSpec ANIMAL = TypeSpec.instance("pyjava_test_lineage.Animal");
  static final TypeSpec DOG = TypeSpec.instance("pyjava_test_lineage.Dog");
  static final TypeSpec TAG = TypeSpec.instance("pyjava_test_lineage.Tag");

  /** An animal with a name. */
  static class Animal {
    final String name;

    Animal(String name) {
      this.name = name;
    }

    String sound() {
      return "...";
    }
  }

  /** A dog, a Python subtype of {@code Animal}. */
  static class Dog extends Animal {
    Dog(String name) {
      super(name);
    }

    @Override
    String sound() {
      return "woof";
    }
  }

  /** A Java subclass with no Python type: it comes back to Python as a {@code Dog}. */
  static final class Puppy extends Dog {
    Puppy(String name) {
      super(name);
    }
  }

  /** The Java object of a {@code Countdown}: counts down from its start to 1. */
  static final class Count implements Iterator<Integer> {
    private int next;

    Count(int start) {
      this.next = start;
    }

    @Override
    public boolean hasNext() {
      return next > 0;
    }

    @Override
    public Integer next() {
      return next--;
    }
  }

  /** The Java object of a {@code Tag}: equal by text. */
  record Tag(String text) {}

  /** {@code pyjava_test_lineage}. */
  public static final class Lineage implements ModuleProvider {
    @Override
    public ModuleDef module() {
      return new ModuleDef(
          "pyjava_test_lineage",
          null,
          List.of(
              FunctionDef.builder("puppy")
                  .parameter("name", TypeSpec.STRING)
                  .returns(ANIMAL)
                  .build((py, args) -> new Puppy((String) args[0])),
              FunctionDef.builder("as_dog")
                  .parameter("dog", DOG)
                  .returns(ANIMAL)
                  .build((py, args) -> args[0]),
              FunctionDef.builder("reversed_animals")
                  .parameter("animals", TypeSpec.list(ANIMAL))
                  .returns(TypeSpec.list(ANIMAL))
                  .build((py, args) -> new ArrayList<>(((List<?>) args[0]).reversed())),
              FunctionDef.builder("by_name")
                  .parameter("animals", TypeSpec.map(ANIMAL))
                  .returns(TypeSpec.map(ANIMAL))
                  .build((py, args) -> byName((Map<?, ?>) args[0])),
              FunctionDef.builder("same")
                  .parameter("animal", TypeSpec.optional(ANIMAL))
                  .returns(TypeSpec.optional(ANIMAL))
                  .build((py, args) -> args[0])),
          List.of(dog(), animal(), tag(), kennel(), countdown()));
    }
  }

  private static Map<String, Animal> byName(Map<?, ?> animals) {
    Map<String, Animal> out = new LinkedHashMap<>();
    for (Object animal : animals.values()) {
      out.put(((Animal) animal).name, (Animal) animal);
    }
    return out;
  }

  private static ClassDef animal() {
    return new ClassDef(
        "Animal",
        null,
        true,
        FunctionDef.builder("Animal")
            .parameter("name", TypeSpec.STRING)
            .build((py, args) -> new Animal((String) args[0])),
        List.of(
            FunctionDef.builder("speak")
                .returns(TypeSpec.STRING)
                .build((py, args) -> ((Animal) args[0]).sound()),
            FunctionDef.builder("describe")
                .returns(TypeSpec.STRING)
                .build((py, args) -> "an animal called " + ((Animal) args[0]).name)),
        List.of(),
        List.of(new PropertyDef("name", null, TypeSpec.STRING, self -> ((Animal) self).name, null)),
        Animal.class,
        null);
  }

  private static ClassDef dog() {
    return new ClassDef(
        "Dog",
        null,
        true,
        FunctionDef.builder("Dog")
            .parameter("name", TypeSpec.STRING)
            .build((py, args) -> new Dog((String) args[0])),
        List.of(
            FunctionDef.builder("describe")
                .returns(TypeSpec.STRING)
                .build((py, args) -> "a dog called " + ((Animal) args[0]).name),
            FunctionDef.builder("fetch")
                .parameter("thing", TypeSpec.STRING)
                .returns(TypeSpec.STRING)
                .build((py, args) -> ((Animal) args[0]).name + " fetches the " + args[1])),
        List.of(),
        List.of(),
        Dog.class,
        "Animal");
  }

  /** {@code __eq__}, {@code __hash__}, {@code __lt__} and {@code __repr__}, as from a record. */
  private static ClassDef tag() {
    return new ClassDef(
        "Tag",
        null,
        false,
        FunctionDef.builder("Tag")
            .parameter("text", TypeSpec.STRING)
            .build((py, args) -> new Tag((String) args[0])),
        List.of(
            FunctionDef.builder("__repr__")
                .returns(TypeSpec.STRING)
                .build((py, args) -> args[0].toString()),
            FunctionDef.builder("__eq__")
                .parameter(Parameter.required("other", TAG, ParameterKind.POSITIONAL_ONLY))
                .returns(TypeSpec.BOOLEAN)
                .build((py, args) -> args[0].equals(args[1])),
            FunctionDef.builder("__hash__")
                .returns(TypeSpec.INT)
                .build((py, args) -> args[0].hashCode()),
            FunctionDef.builder("__lt__")
                .parameter(Parameter.required("other", TAG, ParameterKind.POSITIONAL_ONLY))
                .returns(TypeSpec.BOOLEAN)
                .build((py, args) -> ((Tag) args[0]).text().compareTo(((Tag) args[1]).text()) < 0)),
        List.of(),
        List.of(),
        Tag.class,
        null);
  }

  /** An {@code Iterable<Animal>}: {@code __iter__} returns a Java iterator. */
  private static ClassDef kennel() {
    return new ClassDef(
        "Kennel",
        null,
        false,
        FunctionDef.builder("Kennel")
            .parameter("animals", TypeSpec.list(ANIMAL))
            .build((py, args) -> new ArrayList<>((List<?>) args[0])),
        List.of(
            FunctionDef.builder("__iter__")
                .returns(TypeSpec.iterator(ANIMAL))
                .build((py, args) -> ((List<?>) args[0]).iterator())),
        List.of(),
        List.of(),
        ArrayList.class,
        null);
  }

  /** A Java {@code Iterator<Integer>}: {@code __iter__} is itself, {@code __next__} its next. */
  private static ClassDef countdown() {
    TypeSpec self = TypeSpec.instance("pyjava_test_lineage.Countdown");
    return new ClassDef(
        "Countdown",
        null,
        false,
        FunctionDef.builder("Countdown")
            .parameter("start", TypeSpec.INT)
            .build((py, args) -> new Count((Integer) args[0])),
        List.of(
            FunctionDef.builder("__iter__").returns(self).build((py, args) -> args[0]),
            FunctionDef.builder("__next__")
                .returns(TypeSpec.BOXED_INT)
                .build((py, args) -> Iterators.next((Iterator<?>) args[0]))),
        List.of(),
        List.of(),
        Count.class,
        null);
  }
}
