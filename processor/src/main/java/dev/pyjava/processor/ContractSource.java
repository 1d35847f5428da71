package dev.pyjava.processor;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * A Java contract a {@code @PyClass} honours, which gives it Python protocol methods: an overridden
 * {@code toString()}, {@code equals} or {@code hashCode()}, or an implemented {@code
 * Comparable<T>}, {@code Iterable<T>}, {@code Iterator<T>} or {@code AutoCloseable}.
 *
 * @param contract which contract
 * @param method the Java method that fulfils it in this class (declared here or inherited)
 * @param self the type of the class's own instances ({@code module.Type})
 * @param type the converted {@code T} of a generic contract: {@code compareTo}'s parameter, or the
 *     items of an {@code Iterable}/{@code Iterator}; empty when not converted or not generic
 * @param javaType the Java {@code T} of a generic contract, to cast to; else {@code null}
 */
record ContractSource(
    Contract contract,
    ExecutableElement method,
    PyType self,
    Optional<PyType> type,
    TypeName javaType) {

  /**
   * One Python method a contract gives.
   *
   * @param pythonName the dunder name
   * @param source the contract
   */
  record Dunder(String pythonName, ContractSource source) {
    /** Whether this method converts the contract's {@code T}. */
    boolean needsType() {
      return switch (source.contract()) {
        case COMPARABLE, ITERABLE -> true;
        case ITERATOR -> pythonName.equals("__next__");
        default -> false;
      };
    }
  }

  /** The contracts, each with the Python methods it gives. */
  enum Contract {
    TO_STRING("toString", List.of("__repr__")),
    EQUALS("equals", List.of("__eq__")),
    HASH_CODE("hashCode", List.of("__hash__")),
    COMPARABLE("compareTo", List.of("__lt__", "__le__", "__gt__", "__ge__")),
    ITERABLE("iterator", List.of("__iter__")),
    ITERATOR("next", List.of("__iter__", "__next__")),
    AUTO_CLOSEABLE("close", List.of("__enter__", "__exit__"));

    private final String javaMethod;
    private final List<String> pythonNames;

    Contract(String javaMethod, List<String> pythonNames) {
      this.javaMethod = javaMethod;
      this.pythonNames = pythonNames;
    }

    /** The Java method that fulfils the contract. */
    String javaMethod() {
      return javaMethod;
    }

    /** The Python methods it gives. */
    List<String> pythonNames() {
      return pythonNames;
    }
  }
}
