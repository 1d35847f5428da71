package dev.pyjava.runtime.cpython.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.runtime.def.ClassDef;
import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ml_doc} carries the signature in the form CPython splits into {@code __text_signature__}. */
class TextSignatureTest {
  @Test
  void signatureLeadsWithModuleAndTheDocFollowsTheMarker() {
    FunctionDef f =
        FunctionDef.builder("search")
            .doc("Finds things.")
            .parameter(Parameter.required("path", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY))
            .parameter(
                Parameter.optional("limit", TypeSpec.INT, ParameterKind.KEYWORD_ONLY, 10, "10"))
            .build((py, args) -> null);
    assertEquals(
        "search($module, path, /, *, limit=10)\n--\n\nFinds things.", TextSignature.methodDoc(f));
  }

  @Test
  void noParametersAndNoDoc() {
    FunctionDef f = FunctionDef.builder("ping").build((py, args) -> null);
    assertEquals("ping($module)\n--\n\n", TextSignature.methodDoc(f));
  }

  @Test
  void aMethodLeadsWithSelf() {
    FunctionDef add =
        FunctionDef.builder("add").parameter("step", TypeSpec.LONG).build((py, args) -> null);
    assertEquals("add($self, step)\n--\n\n", TextSignature.instanceMethodDoc(add));
  }

  @Test
  void aStaticMethodHasNoFirstParameter() {
    FunctionDef parse =
        FunctionDef.builder("parse").parameter("text", TypeSpec.STRING).build((py, args) -> null);
    assertEquals("parse(text)\n--\n\n", TextSignature.staticMethodDoc(parse));
    FunctionDef zero = FunctionDef.builder("zero").build((py, args) -> null);
    assertEquals("zero()\n--\n\n", TextSignature.staticMethodDoc(zero));
  }

  @Test
  void aTypeShowsItsConstructorsSignature() {
    FunctionDef constructor =
        FunctionDef.builder("Counter")
            .parameter(
                Parameter.optional(
                    "start", TypeSpec.LONG, ParameterKind.POSITIONAL_OR_KEYWORD, 0L, "0"))
            .build((py, args) -> null);
    ClassDef counter =
        new ClassDef(
            "Counter",
            "Counts.",
            false,
            constructor,
            List.of(),
            List.of(),
            List.of(),
            Object.class,
            null);
    assertEquals("Counter(start=0)\n--\n\nCounts.", TextSignature.typeDoc(counter));
    ClassDef shape =
        new ClassDef(
            "Shape", "A shape.", false, null, List.of(), List.of(), List.of(), Object.class, null);
    assertEquals("A shape.", TextSignature.typeDoc(shape));
  }
}
