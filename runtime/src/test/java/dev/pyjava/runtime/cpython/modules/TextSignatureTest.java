package dev.pyjava.runtime.cpython.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyjava.runtime.def.FunctionDef;
import dev.pyjava.runtime.def.Parameter;
import dev.pyjava.runtime.def.ParameterKind;
import dev.pyjava.runtime.def.TypeSpec;
import org.junit.jupiter.api.Test;

/** {@code ml_doc} carries the signature in the form CPython splits into {@code __text_signature__}. */
class TextSignatureTest {
  @Test
  void signatureLeadsWithModuleAndTheDocFollowsTheMarker() {
    FunctionDef f =
        FunctionDef.builder("search")
            .doc("Finds things.")
            .parameter(Parameter.required("path", TypeSpec.STRING, ParameterKind.POSITIONAL_ONLY))
            .parameter(Parameter.optional("limit", TypeSpec.INT, ParameterKind.KEYWORD_ONLY, 10, "10"))
            .build((py, args) -> null);
    assertEquals(
        "search($module, path, /, *, limit=10)\n--\n\nFinds things.", TextSignature.methodDoc(f));
  }

  @Test
  void noParametersAndNoDoc() {
    FunctionDef f = FunctionDef.builder("ping").build((py, args) -> null);
    assertEquals("ping($module)\n--\n\n", TextSignature.methodDoc(f));
  }
}
