package dev.pyjava.runtime.purejava;

import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.PropertyDef;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A module with types, built by hand as generated code would build it (see the CPython backend's
 * {@code TestModules.TYPES}), and registered for {@code ServiceLoader}.
 */
final class TypeModules {
  private TypeModules() {}

  static final TypeSpec BOX = TypeSpec.instance("pyjava_test_types.Box");
  static final TypeSpec FLAG = TypeSpec.instance("pyjava_test_types.Flag");
  static final TypeSpec ODD = TypeSpec.instance("pyjava_test_types.Odd");

  /** {@code pyjava_test_types}: {@code Box} (text), {@code Bag} and {@code Flag} (dunders). */
  public static final class Types implements ModuleProvider {
    @Override
    public ModuleDef module() {
      return new ModuleDef(
          "pyjava_test_types",
          null,
          List.of(
              FunctionDef.builder("either")
                  .parameter("a", BOX)
                  .parameter("b", BOX)
                  .parameter(
                      Parameter.optional(
                          "first", TypeSpec.BOOLEAN, ParameterKind.KEYWORD_ONLY, true, "True"))
                  .returns(BOX)
                  .build((py, args) -> (boolean) args[2] ? args[0] : args[1]),
              FunctionDef.builder("flag")
                  .parameter("up", TypeSpec.BOOLEAN)
                  .returns(FLAG)
                  .build((py, args) -> new Flag((boolean) args[0])),
              FunctionDef.builder("odd").returns(ODD).build((py, args) -> new Object()),
              FunctionDef.builder("nothing").returns(BOX).build((py, args) -> null)),
          List.of(box(), bag(), flagType(), odd()));
    }
  }

  /** The Java object of a {@code Flag}. */
  record Flag(boolean up) {}

  private static ClassDef box() {
    return new ClassDef(
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
                .doc("Appends more and returns the new length.")
                .parameter("more", TypeSpec.STRING)
                .returns(TypeSpec.INT)
                .build((py, args) -> ((StringBuilder) args[0]).append(args[1]).length()),
            FunctionDef.builder("copy")
                .returns(BOX)
                .build((py, args) -> new StringBuilder((StringBuilder) args[0])),
            FunctionDef.builder("take")
                .parameter("other", BOX)
                .returns(TypeSpec.INT)
                .build(
                    (py, args) ->
                        ((StringBuilder) args[0]).append((StringBuilder) args[1]).length())),
        List.of(
            FunctionDef.builder("joined")
                .parameter("a", TypeSpec.STRING)
                .parameter(
                    Parameter.optional(
                        "sep", TypeSpec.STRING, ParameterKind.POSITIONAL_OR_KEYWORD, "-", "'-'"))
                .returns(TypeSpec.STRING)
                .build((py, args) -> args[0] + (String) args[1] + args[0])),
        List.of(
            new PropertyDef(
                "text",
                "The text now.",
                TypeSpec.STRING,
                Object::toString,
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
                null),
            new PropertyDef(
                "partner",
                null,
                BOX,
                self -> self,
                (self, value) ->
                    ((StringBuilder) self).replace(0, Integer.MAX_VALUE, value.toString()))),
        StringBuilder.class,
        null);
  }

  /** A list of words with {@code __len__}, {@code __repr__} and {@code __call__}. */
  private static ClassDef bag() {
    return new ClassDef(
        "Bag",
        null,
        false,
        FunctionDef.builder("Bag")
            .parameter(
                Parameter.optional(
                    "words",
                    TypeSpec.list(TypeSpec.STRING),
                    ParameterKind.POSITIONAL_OR_KEYWORD,
                    List.of(),
                    "[]"))
            .build((py, args) -> new ArrayList<>((List<?>) args[0])),
        List.of(
            FunctionDef.builder("__len__")
                .returns(TypeSpec.INT)
                .build((py, args) -> ((List<?>) args[0]).size()),
            FunctionDef.builder("__repr__")
                .returns(TypeSpec.STRING)
                .build((py, args) -> "Bag(" + args[0] + ")"),
            FunctionDef.builder("__call__")
                .parameter("word", TypeSpec.STRING)
                .returns(TypeSpec.BOOLEAN)
                .build((py, args) -> ((List<?>) args[0]).contains(args[1]))),
        List.of(),
        List.of(),
        ArrayList.class,
        null);
  }

  /** A flag without a constructor, with {@code __bool__} and {@code __str__}. */
  private static ClassDef flagType() {
    return new ClassDef(
        "Flag",
        "Up or down.",
        false,
        null,
        List.of(
            FunctionDef.builder("__bool__")
                .returns(TypeSpec.BOOLEAN)
                .build((py, args) -> ((Flag) args[0]).up()),
            FunctionDef.builder("__str__")
                .returns(TypeSpec.STRING)
                .build((py, args) -> ((Flag) args[0]).up() ? "up" : "down")),
        List.of(),
        List.of(),
        Flag.class,
        null);
  }

  /** A type whose special methods return what Python refuses. */
  private static ClassDef odd() {
    return new ClassDef(
        "Odd",
        null,
        false,
        null,
        List.of(
            FunctionDef.builder("__repr__").returns(TypeSpec.INT).build((py, args) -> 7),
            FunctionDef.builder("__len__").returns(TypeSpec.INT).build((py, args) -> -1)),
        List.of(),
        List.of(),
        Object.class,
        null);
  }
}
