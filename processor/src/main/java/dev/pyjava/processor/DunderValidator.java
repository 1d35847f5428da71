package dev.pyjava.processor;

import dev.pyjava.processor.ContractSource.Contract;
import dev.pyjava.processor.ContractSource.Dunder;
import dev.pyjava.processor.ModuleSource.FunctionSource;
import dev.pyjava.processor.PyType.Kind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The validate stage for the protocols of one {@code @PyClass}: its explicit dunders
 * ({@code @PyFunction(name = "__len__")}: supported, instance methods, of the right arity and
 * result) and the contracts it honours ({@code equals} with {@code hashCode}, a type argument
 * pyjava converts).
 */
final class DunderValidator {
  private DunderValidator() {}

  private static final Predicate<PyType> ANY = t -> true;
  private static final Predicate<PyType> VALUE = t -> t.kind() != Kind.VOID;
  private static final Predicate<PyType> BOOLEAN = t -> t.kind() == Kind.BOOLEAN && !t.boxed();
  private static final Predicate<PyType> INTEGER =
      t -> (t.kind() == Kind.INT || t.kind() == Kind.LONG) && !t.boxed();
  private static final Predicate<PyType> STRING = t -> t.kind() == Kind.STRING;

  /**
   * What a dunder must look like.
   *
   * @param arity its Python parameters besides self, or -1 for any
   * @param resultText the results it may have, for the message
   * @param result which results it may have
   */
  private record Rule(int arity, String resultText, Predicate<PyType> result) {}

  /** The dunders pyjava supports, each with its rule, in the order messages list them. */
  private static final Map<String, Rule> RULES = rules();

  private static Map<String, Rule> rules() {
    Map<String, Rule> rules = new LinkedHashMap<>();
    rules.put("__len__", new Rule(0, "int or long", INTEGER));
    rules.put("__getitem__", new Rule(1, "a value, not void", VALUE));
    rules.put("__setitem__", new Rule(2, "", ANY));
    rules.put("__delitem__", new Rule(1, "", ANY));
    rules.put("__contains__", new Rule(1, "boolean", BOOLEAN));
    rules.put("__call__", new Rule(-1, "", ANY));
    rules.put("__bool__", new Rule(0, "boolean", BOOLEAN));
    for (String operator : new String[] {"__add__", "__sub__", "__mul__", "__truediv__"}) {
      rules.put(operator, new Rule(1, "a value, not void", VALUE));
    }
    rules.put("__neg__", new Rule(0, "a value, not void", VALUE));
    rules.put("__repr__", new Rule(0, "String", STRING));
    rules.put("__str__", new Rule(0, "String", STRING));
    rules.put("__hash__", new Rule(0, "int or long", INTEGER));
    rules.put("__eq__", new Rule(1, "boolean", BOOLEAN));
    rules.put("__lt__", new Rule(1, "boolean", BOOLEAN));
    rules.put("__iter__", new Rule(0, "a value, not void", VALUE));
    rules.put("__next__", new Rule(0, "a value, not void", VALUE));
    return Collections.unmodifiableMap(rules);
  }

  private static final String SUPPORTED = String.join(", ", RULES.keySet());

  /** Whether {@code name} is a special method name: {@code __x__}. */
  static boolean isDunder(String name) {
    return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
  }

  /** Adds every problem of {@code pyClass}'s dunders and contracts to {@code report}. */
  static void validate(ClassSource pyClass, ValidationReport report) {
    for (FunctionSource method : pyClass.methods()) {
      if (isDunder(method.pythonName())) {
        checkDunder(method, report);
      }
    }
    boolean equals = false;
    boolean hashCode = false;
    for (ContractSource contract : pyClass.contracts()) {
      equals |= contract.contract() == Contract.EQUALS;
      hashCode |= contract.contract() == Contract.HASH_CODE;
    }
    if (equals && !hashCode) {
      ContractSource contract =
          pyClass.contracts().stream()
              .filter(c -> c.contract() == Contract.EQUALS)
              .findFirst()
              .orElseThrow();
      report.error(
          where(pyClass, contract),
          Message.EQUALS_WITHOUT_HASH_CODE,
          pyClass.type().getSimpleName());
    }
    for (Dunder dunder : pyClass.contractDunders()) {
      ContractSource contract = dunder.source();
      if (dunder.needsType() && contract.type().isEmpty()) {
        report.error(
            pyClass.type(),
            Message.CONTRACT_TYPE_UNSUPPORTED,
            pyClass.type().getSimpleName(),
            interfaceName(contract),
            dunder.pythonName());
        return; // One message per class says it.
      }
    }
  }

  private static void checkDunder(FunctionSource function, ValidationReport report) {
    String name = function.pythonName();
    Rule rule = RULES.get(name);
    if (rule == null) {
      report.error(
          function.method(),
          function.annotation(),
          function.name().source(),
          Message.DUNDER_UNSUPPORTED,
          name,
          SUPPORTED);
      return;
    }
    if (function.method().getModifiers().contains(Modifier.STATIC)) {
      report.error(function.method(), Message.DUNDER_STATIC, name);
      return;
    }
    int arity = function.pythonParameters().size();
    if (rule.arity() >= 0 && arity != rule.arity()) {
      report.error(
          function.method(),
          Message.DUNDER_ARITY,
          name,
          switch (rule.arity()) {
            case 0 -> "no parameters";
            case 1 -> "one parameter";
            default -> rule.arity() + " parameters";
          },
          arity);
    }
    function
        .result()
        .filter(result -> !rule.result().test(result))
        .ifPresent(
            result ->
                report.error(
                    function.method(),
                    Message.DUNDER_RESULT,
                    name,
                    rule.resultText(),
                    function.method().getReturnType()));
  }

  /** {@code Comparable<T>}, {@code Iterable<T>} or {@code Iterator<T>} as the class has it. */
  private static String interfaceName(ContractSource contract) {
    String raw =
        switch (contract.contract()) {
          case COMPARABLE -> "Comparable";
          case ITERABLE -> "Iterable";
          default -> "Iterator";
        };
    return contract.javaType() == null ? raw : raw + "<" + contract.javaType() + ">";
  }

  /** The method that fulfils {@code contract} when this class declares it, else the class. */
  private static Element where(ClassSource pyClass, ContractSource contract) {
    return contract.method().getEnclosingElement().equals(pyClass.type())
        ? contract.method()
        : pyClass.type();
  }
}
