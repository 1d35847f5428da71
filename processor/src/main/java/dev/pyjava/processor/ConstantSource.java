package dev.pyjava.processor;

import dev.pyjava.processor.Annotations.AnnotatedString;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * A {@code @PyConstant} field of a {@code @PyModule} class as read from source.
 *
 * @param field the field
 * @param annotation its {@code @PyConstant}
 * @param name the {@code name} member
 * @param pythonName the explicit name, or the field's name
 * @param type the converted type, or empty when not supported
 */
record ConstantSource(
    VariableElement field,
    AnnotationMirror annotation,
    AnnotatedString name,
    String pythonName,
    Optional<PyType> type) {}
