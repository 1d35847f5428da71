package dev.pyjava.runtime.def;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which type arguments of each functional interface are the call's arguments and its result. */
class CallbackTypeTest {
  private static String pythonName(CallbackInterface javaInterface, TypeSpec... typeArguments) {
    return TypeSpec.callback(javaInterface, typeArguments).pythonName();
  }

  @Test
  void eachInterfaceSpellsItsCallAsTyping() {
    assertEquals(
        "Callable[[str], float | None]",
        pythonName(CallbackInterface.FUNCTION, TypeSpec.STRING, TypeSpec.BOXED_DOUBLE));
    assertEquals(
        "Callable[[str, int], list[str]]",
        pythonName(
            CallbackInterface.BI_FUNCTION,
            TypeSpec.STRING,
            TypeSpec.LONG,
            TypeSpec.list(TypeSpec.STRING)));
    assertEquals("Callable[[], str]", pythonName(CallbackInterface.SUPPLIER, TypeSpec.STRING));
    assertEquals("Callable[[str], None]", pythonName(CallbackInterface.CONSUMER, TypeSpec.STRING));
    assertEquals(
        "Callable[[str, int], None]",
        pythonName(CallbackInterface.BI_CONSUMER, TypeSpec.STRING, TypeSpec.INT));
    assertEquals("Callable[[str], bool]", pythonName(CallbackInterface.PREDICATE, TypeSpec.STRING));
    assertEquals(
        "Callable[[str], str]", pythonName(CallbackInterface.UNARY_OPERATOR, TypeSpec.STRING));
    assertEquals("Callable[[], None]", pythonName(CallbackInterface.RUNNABLE));
    assertEquals("Callable[[], None]", pythonName(CallbackInterface.CALLABLE, TypeSpec.VOID));
    assertEquals(
        "Callable[[], int] | None",
        TypeSpec.optional(TypeSpec.callback(CallbackInterface.CALLABLE, TypeSpec.LONG))
            .pythonName());
  }

  @Test
  void theCallsArgumentsAndResultComeFromTheTypeArguments() {
    CallbackType call =
        CallbackInterface.BI_FUNCTION.call(
            List.of(TypeSpec.STRING, TypeSpec.LONG, TypeSpec.BOXED_DOUBLE));
    assertEquals(List.of(TypeSpec.STRING, TypeSpec.LONG), call.parameters());
    assertEquals(TypeSpec.BOXED_DOUBLE, call.result());
    CallbackType unary = CallbackInterface.UNARY_OPERATOR.call(List.of(TypeSpec.INT));
    assertEquals(List.of(TypeSpec.INT), unary.parameters());
    assertEquals(TypeSpec.INT, unary.result());
  }

  @Test
  void theWrongNumberOfTypeArgumentsIsABug() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CallbackInterface.FUNCTION.call(List.of(TypeSpec.STRING)));
    assertEquals("FUNCTION takes 2 type arguments, not 1", e.getMessage());
  }
}
