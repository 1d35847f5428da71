package dev.pyjava.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pyjava.processor.TestSources.compile;
import static dev.pyjava.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.ModuleDef;
import dev.pyjava.runtime.def.ModuleProvider;
import dev.pyjava.runtime.def.PropertyDef;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compiles a module with types, then runs the definitions and wrappers it generated. */
class GeneratedClassTest {
  private static final String SHAPES =
      """
      @PyModule(classes = Square.class)
      public final class Shapes {
        private Shapes() {}

        /** A circle. */
        @PyClass(subclassable = true)
        public static final class Circle {
          private double radius;

          /** A circle of radius {@code radius}. */
          @PyConstructor(signature = "(radius=1.0)")
          public Circle(double radius) {
            this.radius = radius;
          }

          /** This circle scaled by {@code factor}. */
          @PyFunction
          public double scaled(double factor) {
            return radius * factor;
          }

          /** The radius. */
          @PyGetter
          public double getRadius() {
            return radius;
          }

          @PySetter
          public void setRadius(double radius) {
            this.radius = radius;
          }

          /** The area of a circle of radius {@code r}. */
          @PyFunction(name = "area_of")
          public static double area(double r) {
            return Math.PI * r * r;
          }

          @PyGetter
          public boolean isUnit() {
            return radius == 1.0;
          }
        }
      }

      @PyClass(name = "Sq")
      final class Square {}
      """;

  @Test
  void typesAreDefinedAndTheirWrappersCallTheJavaClass() throws Throwable {
    Compilation compilation =
        compile(source("Shapes", SHAPES.replace("final class Square", "class Square")));
    assertThat(compilation)
        .hadErrorContaining("[ClassNotPublic] @PyClass class test.Square must be public");
    assertThat(compilation).hadErrorCount(1);

    Compilation clean =
        compile(
            source(
                "Shapes",
                SHAPES
                    .replace("@PyModule(classes = Square.class)", "@PyModule")
                    .replace("@PyClass(name = \"Sq\")\nfinal class Square {}\n", "")));
    assertThat(clean).succeededWithoutWarnings();
    ModuleDef module =
        new CompiledClassLoader(clean)
            .newInstance("test.Shapes_PyModule", ModuleProvider.class)
            .module();
    assertEquals(1, module.classes().size());
    ClassDef circle = module.classes().get(0);
    assertEquals("Circle", circle.name());
    assertEquals("A circle.", circle.doc());
    assertTrue(circle.subclassable());

    FunctionDef constructor = circle.constructor();
    assertEquals("(radius=1.0)", constructor.signature());
    Object instance = constructor.invoker().invoke(null, new Object[] {2.0});

    assertEquals(1, circle.methods().size());
    FunctionDef scaled = circle.methods().get(0);
    assertEquals("scaled", scaled.name());
    assertEquals(TypeSpec.DOUBLE, scaled.result());
    assertEquals(6.0, scaled.invoker().invoke(null, new Object[] {instance, 3.0}));

    FunctionDef areaOf = circle.staticMethods().get(0);
    assertEquals("area_of", areaOf.name());
    assertEquals("(r)", areaOf.signature());
    assertEquals(Math.PI * 4, areaOf.invoker().invoke(null, new Object[] {2.0}));

    List<PropertyDef> properties = circle.properties();
    assertEquals(List.of("radius", "unit"), properties.stream().map(PropertyDef::name).toList());
    PropertyDef radius = properties.get(0);
    assertEquals("The radius.", radius.doc());
    radius.setter().set(instance, 5.0);
    assertEquals(5.0, radius.getter().get(instance));
    PropertyDef unit = properties.get(1);
    assertNull(unit.setter());
    assertFalse((Boolean) unit.getter().get(instance));
  }

  @Test
  void aListedClassBelongsToTheModule() throws Throwable {
    Compilation compilation =
        compile(
            source(
                "Listing",
                """
                @PyModule(classes = Point.class)
                public final class Listing {
                  private Listing() {}
                }
                """),
            source(
                "Point",
                """
                @PyClass
                public final class Point {
                  @PyConstructor
                  public Point() {}
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();
    ModuleDef module =
        new CompiledClassLoader(compilation)
            .newInstance("test.Listing_PyModule", ModuleProvider.class)
            .module();
    assertEquals("Point", module.classes().get(0).name());
    assertEquals(
        "test.Point",
        module
            .classes()
            .get(0)
            .constructor()
            .invoker()
            .invoke(null, new Object[0])
            .getClass()
            .getName());
  }

  @Test
  void nestedAndListedClassesAreParameterResultAndElementTypes() throws Throwable {
    Compilation compilation =
        compile(
            source(
                "Pairs",
                """
                @PyModule(name = "pairs")
                public final class Pairs {
                  private Pairs() {}

                  @PyFunction
                  public static Pair first(Pair a, Pair b) {
                    return a;
                  }

                  @PyClass(name = "Duo")
                  public static final class Pair {
                    @PyFunction
                    public Pair same() {
                      return this;
                    }
                  }
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();
    ModuleDef module =
        new CompiledClassLoader(compilation)
            .newInstance("test.Pairs_PyModule", ModuleProvider.class)
            .module();
    FunctionDef first = module.functions().get(0);
    TypeSpec duo = TypeSpec.instance("pairs.Duo");
    assertEquals(List.of(duo, duo), first.parameters().stream().map(p -> p.type()).toList());
    assertEquals(duo, first.result());
    assertEquals("pairs.Duo", duo.pythonName());
    assertEquals(duo, module.classes().get(0).methods().get(0).result());

    Compilation listed =
        compile(
            source(
                "Lists",
                """
                @PyModule(name = "lists", classes = Loose.class)
                final class Lists {
                  private Lists() {}

                  @PyFunction
                  public static Loose take(Loose loose) {
                    return loose;
                  }

                  @PyFunction
                  public static java.util.Optional<Inner> many(
                      java.util.List<Inner> inners, java.util.Map<String, Loose> byName) {
                    return java.util.Optional.empty();
                  }

                  @PyClass
                  public static class Inner {}
                }
                """),
            source(
                "Loose",
                """
                @PyClass
                public final class Loose extends Lists.Inner {}
                """));
    assertThat(listed).succeededWithoutWarnings();
    ModuleDef lists =
        new CompiledClassLoader(listed)
            .newInstance("test.Lists_PyModule", ModuleProvider.class)
            .module();
    TypeSpec loose = TypeSpec.instance("lists.Loose");
    TypeSpec inner = TypeSpec.instance("lists.Inner");
    assertEquals(loose, lists.functions().get(0).result());
    assertEquals(
        List.of(TypeSpec.list(inner), TypeSpec.map(loose)),
        lists.functions().get(1).parameters().stream().map(p -> p.type()).toList());
    assertEquals(TypeSpec.optional(inner), lists.functions().get(1).result());
    assertEquals(null, lists.classes().get(0).base());
    assertEquals("test.Lists$Inner", lists.classes().get(0).javaClass().getName());
    assertEquals("Inner", lists.classes().get(1).base());
    assertEquals("test.Loose", lists.classes().get(1).javaClass().getName());
  }
}
