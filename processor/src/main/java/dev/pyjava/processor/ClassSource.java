package dev.pyjava.processor;

import dev.pyjava.processor.Annotations.AnnotatedString;
import dev.pyjava.processor.ModuleSource.FunctionSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @PyClass} class of a module as read from source, before any judgement.
 *
 * @param type the annotated class
 * @param annotation its {@code @PyClass}
 * @param listedBy the value of {@code @PyModule(classes = ...)} that names it, or {@code null} when
 *     it is nested in the module class
 * @param name the {@code name} member
 * @param pythonName the explicit name, or the simple class name
 * @param doc the docstring, or {@code null}
 * @param subclassable the {@code subclassable} member
 * @param constructors its {@code @PyConstructor} constructors (valid with at most one), as
 *     functions named after the type, returning {@code void}
 * @param methods its {@code @PyFunction} methods, instance and static, in source order
 * @param getters its {@code @PyGetter} methods, in source order
 * @param setters its {@code @PySetter} methods, in source order
 * @param base its nearest superclass that is a {@code @PyClass}, or {@code null}: the class is that
 *     type's Python subclass
 * @param contracts the Java contracts it honours, which give it Python protocol methods
 * @param exceptionBase for a Java exception class, the built-in Python exception its nearest
 *     {@code dev.pyjava.runtime.exceptions} superclass stands for ({@code ValueError} for {@code
 *     PyValueError}), or empty when it extends none; {@code null} for a class that is no exception
 */
record ClassSource(
    TypeElement type,
    AnnotationMirror annotation,
    AnnotationValue listedBy,
    AnnotatedString name,
    String pythonName,
    String doc,
    boolean subclassable,
    List<FunctionSource> constructors,
    List<FunctionSource> methods,
    List<AccessorSource> getters,
    List<AccessorSource> setters,
    TypeElement base,
    List<ContractSource> contracts,
    String exceptionBase) {

  /** Whether this is a Java enum: a Python {@code enum.Enum} subclass. */
  boolean isEnum() {
    return type.getKind() == ElementKind.ENUM;
  }

  /** Whether this is a Java exception class: a Python exception class, when valid. */
  boolean isException() {
    return exceptionBase != null;
  }

  /**
   * The Python methods its contracts give, in contract order, less those an explicit
   * {@code @PyFunction} of the same name replaces (an explicit dunder wins); an {@code Iterator}'s
   * {@code __iter__} (itself) wins over an {@code Iterable}'s.
   */
  List<ContractSource.Dunder> contractDunders() {
    Set<String> taken = new HashSet<>();
    for (FunctionSource method : methods) {
      taken.add(method.pythonName());
    }
    boolean iterator =
        contracts.stream().anyMatch(c -> c.contract() == ContractSource.Contract.ITERATOR);
    List<ContractSource.Dunder> dunders = new ArrayList<>();
    for (ContractSource contract : contracts) {
      if (contract.contract() == ContractSource.Contract.ITERABLE && iterator) {
        continue;
      }
      for (String name : contract.contract().pythonNames()) {
        if (taken.add(name)) {
          dunders.add(new ContractSource.Dunder(name, contract));
        }
      }
    }
    return dunders;
  }

  /**
   * A {@code @PyGetter} or {@code @PySetter} method.
   *
   * @param method the method
   * @param annotation its annotation
   * @param name the {@code name} member
   * @param pythonName the property name, explicit or derived
   * @param doc the docstring, or {@code null}
   * @param type the property's converted type (the getter's result, the setter's one parameter), or
   *     empty when the shape is wrong or the type is not supported
   */
  record AccessorSource(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotatedString name,
      String pythonName,
      String doc,
      Optional<PyType> type) {}
}
