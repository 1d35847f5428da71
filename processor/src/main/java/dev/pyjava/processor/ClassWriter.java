package dev.pyjava.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.pyjava.processor.ClassModel.PropertyModel;
import dev.pyjava.processor.ModuleModel.FunctionModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The generate stage for one {@code @PyClass}: its {@code ClassDef} and the thin wrappers it points
 * at, one cast per value. Wrapper names join the type's and the member's Python names with {@code
 * $}, which no Python name holds: {@code Counter$new}, {@code Counter$method$add}, {@code
 * Counter$static$parse}, {@code Counter$get$value}, {@code Counter$set$value}, and {@code
 * Counter$protocol$__repr__} for a protocol method a Java contract gives.
 */
final class ClassWriter {
  private static final ClassName CLASS_DEF = ClassName.get(ModuleWriter.DEF_PACKAGE, "ClassDef");
  private static final ClassName PROPERTY_DEF =
      ClassName.get(ModuleWriter.DEF_PACKAGE, "PropertyDef");

  private ClassWriter() {}

  /** The expression building the {@code ClassDef} of {@code pyClass}. */
  static CodeBlock classDef(ClassName self, ClassModel pyClass) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "new $T(\n$>$>$S,\n$S,\n$L,\n",
                CLASS_DEF,
                pyClass.pythonName(),
                pyClass.doc(),
                pyClass.subclassable());
    if (pyClass.constructor() == null) {
      code.add("null,\n");
    } else {
      code.add(
          "$L,\n", ModuleWriter.functionDef(self, pyClass.constructor(), constructorName(pyClass)));
    }
    List<CodeBlock> methods = new ArrayList<>();
    for (FunctionModel method : pyClass.methods()) {
      methods.add(ModuleWriter.functionDef(self, method, methodName(pyClass, method)));
    }
    for (ProtocolModel protocol : pyClass.protocols()) {
      methods.add(
          ModuleWriter.functionDef(
              self, protocol.function(), protocolName(pyClass, protocol.function())));
    }
    code.add("$T.of($L),\n", ModuleWriter.LIST, list(methods));
    List<CodeBlock> staticMethods = new ArrayList<>();
    for (FunctionModel method : pyClass.staticMethods()) {
      staticMethods.add(ModuleWriter.functionDef(self, method, staticMethodName(pyClass, method)));
    }
    code.add("$T.of($L),\n", ModuleWriter.LIST, list(staticMethods));
    List<CodeBlock> properties = new ArrayList<>();
    for (PropertyModel property : pyClass.properties()) {
      properties.add(
          CodeBlock.of(
              "new $T($S, $S, $L, $T::$N, $L)",
              PROPERTY_DEF,
              property.pythonName(),
              property.doc(),
              ModuleWriter.typeSpec(property.type()),
              self,
              getterName(pyClass, property),
              property.setter() == null
                  ? CodeBlock.of("null")
                  : CodeBlock.of("$T::$N", self, setterName(pyClass, property))));
    }
    return code.add("$T.of($L),\n", ModuleWriter.LIST, list(properties))
        .add("$T.class,\n$S)$<$<", pyClass.javaClass(), pyClass.base())
        .build();
  }

  private static CodeBlock list(List<CodeBlock> items) {
    return items.isEmpty()
        ? CodeBlock.of("")
        : CodeBlock.of("\n$>$>$L$<$<", CodeBlock.join(items, ",\n"));
  }

  /** The wrappers of {@code pyClass}'s constructor, methods and properties. */
  static List<MethodSpec> wrappers(ClassModel pyClass) {
    List<MethodSpec> wrappers = new ArrayList<>();
    ClassName type = pyClass.javaClass();
    if (pyClass.constructor() != null) {
      wrappers.add(
          ModuleWriter.invoker(
              constructorName(pyClass),
              pyClass.constructor(),
              0,
              true,
              arguments -> CodeBlock.of("new $T($L)", type, arguments)));
    }
    for (FunctionModel method : pyClass.methods()) {
      wrappers.add(
          ModuleWriter.invoker(
              methodName(pyClass, method),
              method,
              1,
              method.result().kind() != PyType.Kind.VOID,
              arguments ->
                  CodeBlock.of("(($T) args[0]).$N($L)", type, method.methodName(), arguments)));
    }
    for (ProtocolModel protocol : pyClass.protocols()) {
      FunctionModel method = protocol.function();
      wrappers.add(
          ModuleWriter.invoker(
              protocolName(pyClass, method),
              method,
              1,
              method.result().kind() != PyType.Kind.VOID,
              arguments -> protocol.call(type, arguments)));
    }
    for (FunctionModel method : pyClass.staticMethods()) {
      wrappers.add(
          ModuleWriter.invoker(
              staticMethodName(pyClass, method),
              method,
              0,
              method.result().kind() != PyType.Kind.VOID,
              arguments -> CodeBlock.of("$T.$N($L)", type, method.methodName(), arguments)));
    }
    for (PropertyModel property : pyClass.properties()) {
      wrappers.add(
          MethodSpec.methodBuilder(getterName(pyClass, property))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(ClassName.OBJECT)
              .addParameter(ClassName.OBJECT, "self")
              .addException(Throwable.class)
              .addStatement("return (($T) self).$N()", type, property.getter())
              .build());
      if (property.setter() != null) {
        MethodSpec.Builder setter =
            MethodSpec.methodBuilder(setterName(pyClass, property))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(ClassName.OBJECT, "self")
                .addParameter(ClassName.OBJECT, "value")
                .addException(Throwable.class)
                .addStatement(
                    "(($T) self).$N(($T) value)", type, property.setter(), property.javaType());
        if (property.type().isGeneric()) {
          setter.addAnnotation(ModuleWriter.UNCHECKED);
        }
        wrappers.add(setter.build());
      }
    }
    return wrappers;
  }

  private static String constructorName(ClassModel pyClass) {
    return pyClass.pythonName() + "$new";
  }

  private static String methodName(ClassModel pyClass, FunctionModel method) {
    return pyClass.pythonName() + "$method$" + method.pythonName();
  }

  private static String protocolName(ClassModel pyClass, FunctionModel method) {
    return pyClass.pythonName() + "$protocol$" + method.pythonName();
  }

  private static String staticMethodName(ClassModel pyClass, FunctionModel method) {
    return pyClass.pythonName() + "$static$" + method.pythonName();
  }

  private static String getterName(ClassModel pyClass, PropertyModel property) {
    return pyClass.pythonName() + "$get$" + property.pythonName();
  }

  private static String setterName(ClassModel pyClass, PropertyModel property) {
    return pyClass.pythonName() + "$set$" + property.pythonName();
  }
}
