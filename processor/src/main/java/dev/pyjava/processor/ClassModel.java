package dev.pyjava.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.pyjava.processor.ModuleModel.FunctionModel;
import java.util.List;

/**
 * A validated {@code @PyClass}, ready to generate.
 *
 * @param javaClass the class
 * @param pythonName the type name
 * @param doc the docstring, or {@code null}
 * @param subclassable whether Python code may subclass it
 * @param constructor the constructor (its method name unused), or {@code null} for none
 * @param methods the instance methods, in source order
 * @param staticMethods the static methods, in source order
 * @param properties the properties, in getter order
 * @param base the Python name of the type it extends (its nearest {@code @PyClass} superclass, in
 *     the same module), or {@code null}
 * @param protocols the protocol methods its Java contracts give, after the instance methods
 */
record ClassModel(
    ClassName javaClass,
    String pythonName,
    String doc,
    boolean subclassable,
    FunctionModel constructor,
    List<FunctionModel> methods,
    List<FunctionModel> staticMethods,
    List<PropertyModel> properties,
    String base,
    List<ProtocolModel> protocols) {

  /**
   * A property.
   *
   * @param pythonName the Python name
   * @param doc the docstring, or {@code null}
   * @param type the value's type
   * @param javaType the value's Java type, to cast the set value to
   * @param getter the getter's method name
   * @param setter the setter's method name, or {@code null} for a read-only property
   */
  record PropertyModel(
      String pythonName,
      String doc,
      PyType type,
      TypeName javaType,
      String getter,
      String setter) {}
}
