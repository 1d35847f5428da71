package dev.pyjava.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.pyjava.processor.ClassModel.PropertyModel;
import dev.pyjava.processor.ClassSource.AccessorSource;
import dev.pyjava.processor.ModuleModel.Argument;
import dev.pyjava.processor.ModuleModel.FunctionModel;
import dev.pyjava.processor.ModuleModel.Kind;
import dev.pyjava.processor.ModuleModel.PythonParameter;
import dev.pyjava.processor.ModuleModel.TokenArgument;
import dev.pyjava.processor.ModuleSource.FunctionSource;
import dev.pyjava.processor.ModuleSource.ParameterSource;
import dev.pyjava.processor.ParsedSignature.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** The model stage: turns a module whose report is clean into what the writer needs. */
final class ModelBuilder {
  private ModelBuilder() {}

  /** Builds the model of {@code module}, which must have passed validation. */
  static ModuleModel build(ModuleSource module) {
    ClassName moduleClass = ClassName.get(module.type());
    List<FunctionModel> functions = new ArrayList<>();
    for (FunctionSource function : module.functions()) {
      functions.add(function(function));
    }
    Map<TypeElement, String> classNames = new HashMap<>();
    for (ClassSource pyClass : module.classes()) {
      classNames.put(pyClass.type(), pyClass.pythonName());
    }
    List<ClassModel> classes = new ArrayList<>();
    List<ClassSource> exceptions = new ArrayList<>();
    List<ModuleModel.EnumModel> enums = new ArrayList<>();
    for (ClassSource pyClass : module.classes()) {
      if (pyClass.isException()) {
        exceptions.add(pyClass);
      } else if (pyClass.isEnum()) {
        enums.add(
            new ModuleModel.EnumModel(
                pyClass.pythonName(),
                pyClass.doc(),
                ClassName.get(pyClass.type()),
                pyClass.type().getEnclosedElements().stream()
                    .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(member -> member.getSimpleName().toString())
                    .toList()));
      } else {
        classes.add(pyClass(pyClass, classNames.get(pyClass.base())));
      }
    }
    // Each exception class after its base: fewer exception ancestors first.
    exceptions.sort(Comparator.comparingInt(ModelBuilder::depth));
    return new ModuleModel(
        module.type(),
        moduleClass,
        ModuleModel.generatedName(moduleClass),
        module.pythonName(),
        module.doc(),
        functions,
        classes,
        module.constants().stream()
            .map(
                c ->
                    new ModuleModel.ConstantModel(
                        c.pythonName(),
                        c.type().orElseThrow(),
                        c.field().getSimpleName().toString()))
            .toList(),
        exceptions.stream()
            .map(
                e ->
                    new ModuleModel.ExceptionModel(
                        e.pythonName(),
                        e.doc(),
                        ClassName.get(e.type()),
                        e.base() == null
                            ? e.exceptionBase()
                            : module.pythonName() + "." + classNames.get(e.base())))
            .toList(),
        enums);
  }

  /** How many {@code @PyClass} superclasses {@code pyClass} has. */
  private static int depth(ClassSource pyClass) {
    int depth = 0;
    for (TypeElement t = pyClass.base(); t != null; t = SourceParser.pyClassBase(t)) {
      depth++;
    }
    return depth;
  }

  private static ClassModel pyClass(ClassSource pyClass, String base) {
    List<FunctionModel> methods = new ArrayList<>();
    List<FunctionModel> staticMethods = new ArrayList<>();
    for (FunctionSource method : pyClass.methods()) {
      boolean isStatic = method.method().getModifiers().contains(Modifier.STATIC);
      (isStatic ? staticMethods : methods).add(function(method));
    }
    Map<String, AccessorSource> setters = new HashMap<>();
    for (AccessorSource setter : pyClass.setters()) {
      setters.put(setter.pythonName(), setter);
    }
    List<PropertyModel> properties = new ArrayList<>();
    for (AccessorSource getter : pyClass.getters()) {
      AccessorSource setter = setters.get(getter.pythonName());
      properties.add(
          new PropertyModel(
              getter.pythonName(),
              getter.doc(),
              getter.type().orElseThrow(),
              TypeName.get(getter.method().getReturnType()),
              getter.method().getSimpleName().toString(),
              setter == null ? null : setter.method().getSimpleName().toString()));
    }
    return new ClassModel(
        ClassName.get(pyClass.type()),
        pyClass.pythonName(),
        pyClass.doc(),
        pyClass.subclassable(),
        pyClass.constructors().isEmpty() ? null : function(pyClass.constructors().get(0)),
        methods,
        staticMethods,
        properties,
        base,
        pyClass.contractDunders().stream().map(ProtocolModel::of).toList());
  }

  private static FunctionModel function(FunctionSource function) {
    Map<String, Declared> declared = declaredParameters(function);
    List<Argument> arguments = new ArrayList<>();
    for (ParameterSource parameter : function.parameters()) {
      if (parameter.token()) {
        arguments.add(new TokenArgument());
        continue;
      }
      Declared declaration =
          declared.getOrDefault(
              parameter.pythonName(), new Declared(Kind.POSITIONAL_OR_KEYWORD, null));
      arguments.add(
          new PythonParameter(
              parameter.pythonName(),
              TypeName.get(parameter.element().asType()),
              parameter.type().orElseThrow(),
              declaration.kind(),
              declaration.defaultValue()));
    }
    return new FunctionModel(
        function.pythonName(),
        function.doc(),
        function.method().getSimpleName().toString(),
        arguments,
        function.result().orElseThrow(),
        function.allowThreads() != null);
  }

  /** Each parameter's kind and default, as the signature declares them; empty without one. */
  private static Map<String, Declared> declaredParameters(FunctionSource function) {
    Map<String, Declared> declared = new HashMap<>();
    if (function.parsedSignature().isEmpty()) {
      return declared;
    }
    List<Item> items = ((ParsedSignature.Items) function.parsedSignature().get()).items();
    boolean hasSlash = items.stream().anyMatch(ParsedSignature.Slash.class::isInstance);
    Kind kind = hasSlash ? Kind.POSITIONAL_ONLY : Kind.POSITIONAL_OR_KEYWORD;
    for (Item item : items) {
      switch (item) {
        case ParsedSignature.Slash _ -> kind = Kind.POSITIONAL_OR_KEYWORD;
        case ParsedSignature.Star _ -> kind = Kind.KEYWORD_ONLY;
        case ParsedSignature.Name name ->
            declared.put(name.name(), new Declared(kind, name.defaultValue()));
        case ParsedSignature.VarPositional args -> {
          declared.put(args.name(), new Declared(Kind.VAR_POSITIONAL, null));
          kind = Kind.KEYWORD_ONLY;
        }
        case ParsedSignature.VarKeyword kwargs ->
            declared.put(kwargs.name(), new Declared(Kind.VAR_KEYWORD, null));
      }
    }
    return declared;
  }

  private record Declared(Kind kind, PythonLiteral defaultValue) {}
}
