package dev.pyjava.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.pyjava.processor.ModuleModel.Argument;
import dev.pyjava.processor.ModuleModel.FunctionModel;
import dev.pyjava.processor.ModuleModel.PythonParameter;
import dev.pyjava.processor.ModuleModel.TokenArgument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The generate stage: writes {@code <Class>_PyModule}, a {@code ModuleProvider} whose {@code
 * ModuleDef} lists each function with a thin wrapper that casts the arguments and calls the
 * user's method, and each type as {@link ClassWriter} writes it.
 */
final class ModuleWriter {
  static final String DEF_PACKAGE = TypeMapper.RUNTIME_PACKAGE + ".def";
  private static final ClassName MODULE_PROVIDER = ClassName.get(DEF_PACKAGE, "ModuleProvider");
  private static final ClassName MODULE_DEF = ClassName.get(DEF_PACKAGE, "ModuleDef");
  private static final ClassName FUNCTION_DEF = ClassName.get(DEF_PACKAGE, "FunctionDef");
  private static final ClassName PARAMETER = ClassName.get(DEF_PACKAGE, "Parameter");
  private static final ClassName CONSTANT_DEF = ClassName.get(DEF_PACKAGE, "ConstantDef");
  private static final ClassName EXCEPTION_DEF = ClassName.get(DEF_PACKAGE, "ExceptionDef");
  private static final ClassName ENUM_DEF = ClassName.get(DEF_PACKAGE, "EnumDef");
  private static final ClassName PARAMETER_KIND = ClassName.get(DEF_PACKAGE, "ParameterKind");
  private static final ClassName TYPE_SPEC = ClassName.get(DEF_PACKAGE, "TypeSpec");
  private static final ClassName CALLBACK_INTERFACE =
      ClassName.get(DEF_PACKAGE, "CallbackInterface");
  private static final ClassName ITEM_TYPE = ClassName.get(DEF_PACKAGE, "ItemType");
  static final ClassName PYTHON = ClassName.bestGuess(TypeMapper.PYTHON_TOKEN);
  static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final String MODULE_FIELD = "MODULE";
  static final AnnotationSpec UNCHECKED =
      AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();

  private ModuleWriter() {}

  /** The source of the provider for {@code module}. */
  static JavaFile write(ModuleModel module) {
    ClassName self = module.generatedClass();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "Defines the Python module {@code $L} from {@link $T}.\n",
                module.pythonName(),
                module.moduleClass())
            .addAnnotation(
                AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", PyModuleProcessor.class.getName())
                    .build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(MODULE_PROVIDER)
            .addOriginatingElement(module.origin())
            .addField(
                FieldSpec.builder(
                        MODULE_DEF, MODULE_FIELD, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(moduleDef(module))
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("module")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(MODULE_DEF)
                    .addStatement("return $N", MODULE_FIELD)
                    .build());
    for (FunctionModel function : module.functions()) {
      type.addMethod(wrapper(module.moduleClass(), function));
    }
    for (ClassModel pyClass : module.classes()) {
      type.addMethods(ClassWriter.wrappers(pyClass));
    }
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static CodeBlock moduleDef(ModuleModel module) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add("new $T(\n$>$>$S,\n$S,\n", MODULE_DEF, module.pythonName(), module.doc())
            .add("$T.of(", LIST);
    if (!module.functions().isEmpty()) {
      List<CodeBlock> functions = new ArrayList<>();
      for (FunctionModel function : module.functions()) {
        functions.add(functionDef(module.generatedClass(), function));
      }
      code.add("\n$>$>$L$<$<", CodeBlock.join(functions, ",\n"));
    }
    code.add(")");
    List<CodeBlock> classes = new ArrayList<>();
    for (ClassModel pyClass : module.classes()) {
      classes.add(ClassWriter.classDef(module.generatedClass(), pyClass));
    }
    List<CodeBlock> constants = new ArrayList<>();
    for (ModuleModel.ConstantModel constant : module.constants()) {
      constants.add(
          CodeBlock.of(
              "new $T($S, $L, $T.$N)",
              CONSTANT_DEF,
              constant.pythonName(),
              typeSpec(constant.type()),
              module.moduleClass(),
              constant.fieldName()));
    }
    List<CodeBlock> exceptions = new ArrayList<>();
    for (ModuleModel.ExceptionModel exception : module.exceptions()) {
      exceptions.add(
          CodeBlock.of(
              "new $T($S, $S, $T.class, $S)",
              EXCEPTION_DEF,
              exception.pythonName(),
              exception.doc(),
              exception.javaClass(),
              exception.base()));
    }
    List<CodeBlock> enums = new ArrayList<>();
    for (ModuleModel.EnumModel enumModel : module.enums()) {
      enums.add(
          CodeBlock.of(
              "new $T($S, $S, $T.class)",
              ENUM_DEF,
              enumModel.pythonName(),
              enumModel.doc(),
              enumModel.javaClass()));
    }
    // The lists after the functions, up to the last one that is not empty.
    List<List<CodeBlock>> lists = List.of(classes, constants, exceptions, enums);
    int last = lists.size() - 1;
    while (last >= 0 && lists.get(last).isEmpty()) {
      last--;
    }
    for (List<CodeBlock> list : lists.subList(0, last + 1)) {
      if (list.isEmpty()) {
        code.add(",\n$T.of()", LIST);
      } else {
        code.add(",\n$T.of(\n$>$>$L$<$<)", LIST, CodeBlock.join(list, ",\n"));
      }
    }
    return code.add("$<$<)").build();
  }

  private static CodeBlock functionDef(ClassName self, FunctionModel function) {
    return functionDef(self, function, wrapperName(function));
  }

  /** The expression building the {@code FunctionDef} of {@code function}, calling {@code wrapper}. */
  static CodeBlock functionDef(ClassName self, FunctionModel function, String wrapper) {
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.builder($S)\n$>$>", FUNCTION_DEF, function.pythonName());
    if (function.doc() != null) {
      code.add(".doc($S)\n", function.doc());
    }
    for (PythonParameter parameter : function.pythonParameters()) {
      code.add(".parameter($L)\n", parameter(parameter));
    }
    if (function.result().kind() != PyType.Kind.VOID) {
      code.add(".returns($L)\n", typeSpec(function.result()));
    }
    if (function.allowThreads()) {
      code.add(".allowThreads()\n");
    }
    return code.add(".build($T::$N)$<$<", self, wrapper).build();
  }

  private static CodeBlock parameter(PythonParameter parameter) {
    CodeBlock type = typeSpec(parameter.type());
    String kind = parameter.kind().name();
    if (parameter.defaultValue() == null) {
      return CodeBlock.of(
          "$T.required($S, $L, $T.$L)", PARAMETER, parameter.name(), type, PARAMETER_KIND, kind);
    }
    return CodeBlock.of(
        "$T.optional($S, $L, $T.$L, $L, $S)",
        PARAMETER,
        parameter.name(),
        type,
        PARAMETER_KIND,
        kind,
        Defaults.javaValue(parameter.defaultValue(), parameter.type()),
        parameter.defaultValue().repr());
  }

  /** The expression building the runtime's {@code TypeSpec} for {@code type}. */
  static CodeBlock typeSpec(PyType type) {
    return switch (type.kind()) {
      case MAP ->
          type.key() == null
              ? CodeBlock.of("$T.map($L)", TYPE_SPEC, typeSpec(type.element()))
              : CodeBlock.of(
                  "$T.map($L, $L)", TYPE_SPEC, typeSpec(type.key()), typeSpec(type.element()));
      case OPTIONAL, LIST, ITERATOR, ITERABLE, STREAM, SET ->
          CodeBlock.of(
              "$T.$L($L)", TYPE_SPEC, type.kind().name().toLowerCase(Locale.ROOT),
              typeSpec(type.element()));
      case OBJECT ->
          CodeBlock.of(
              "$T.object($T.class)",
              TYPE_SPEC,
              ClassName.get(TypeMapper.RUNTIME_PACKAGE, type.objectInterface()));
      case INSTANCE -> CodeBlock.of("$T.instance($S)", TYPE_SPEC, type.instanceName());
      case CALLBACK -> callbackTypeSpec(type);
      case ARRAY, BUFFER ->
          CodeBlock.of(
              "$T.$L($T.$L)",
              TYPE_SPEC,
              type.kind().name().toLowerCase(Locale.ROOT),
              ITEM_TYPE,
              type.itemType());
      case RECORD -> recordSpec(type);
      case ENUM -> CodeBlock.of("$T.enumeration($S)", TYPE_SPEC, type.instanceName());
      default -> CodeBlock.of("$T.$L", TYPE_SPEC, (type.boxed() ? "BOXED_" : "") + type.kind());
    };
  }

  /** {@code TypeSpec.callback(CallbackInterface.FUNCTION, TypeSpec.STRING, ...)}. */
  private static CodeBlock callbackTypeSpec(PyType type) {
    List<CodeBlock> arguments = new ArrayList<>();
    arguments.add(CodeBlock.of("$T.$L", CALLBACK_INTERFACE, type.callbackInterface()));
    for (PyType argument : type.typeArguments()) {
      arguments.add(typeSpec(argument));
    }
    return CodeBlock.of("$T.callback($L)", TYPE_SPEC, CodeBlock.join(arguments, ", "));
  }

  /**
   * {@code TypeSpec.record(List.of(<components>), r1 -> new Object[] {((Rec) r1).a(), ...})}: the
   * lambda's parameter is named by how deeply records nest inside this one, so that a record
   * component's own lambda never shadows it.
   */
  private static CodeBlock recordSpec(PyType type) {
    String parameter = "record" + recordDepth(type);
    List<CodeBlock> components = new ArrayList<>();
    List<CodeBlock> values = new ArrayList<>();
    for (int i = 0; i < type.components().size(); i++) {
      components.add(typeSpec(type.components().get(i)));
      values.add(
          CodeBlock.of("(($L) $N).$N()", type.recordClass(), parameter, type.accessors().get(i)));
    }
    return CodeBlock.of(
        "$T.record($T.of($L), $N -> new Object[] {$L})",
        TYPE_SPEC,
        LIST,
        CodeBlock.join(components, ", "),
        parameter,
        CodeBlock.join(values, ", "));
  }

  /** How many records nest in {@code type}, itself included. */
  private static int recordDepth(PyType type) {
    int inner = 0;
    if (type.components() != null) {
      for (PyType component : type.components()) {
        inner = Math.max(inner, recordDepth(component));
      }
    }
    if (type.element() != null) {
      inner = Math.max(inner, recordDepth(type.element()));
    }
    if (type.key() != null) {
      inner = Math.max(inner, recordDepth(type.key()));
    }
    return type.kind() == PyType.Kind.RECORD ? inner + 1 : inner;
  }

  /** {@code private static Object call_<name>(Python py, Object[] args) throws Throwable}. */
  private static MethodSpec wrapper(ClassName moduleClass, FunctionModel function) {
    return invoker(
        wrapperName(function),
        function,
        0,
        function.result().kind() != PyType.Kind.VOID,
        arguments -> CodeBlock.of("$T.$N($L)", moduleClass, function.methodName(), arguments));
  }

  /**
   * {@code private static Object <name>(Python py, Object[] args) throws Throwable}: casts the
   * arguments, from {@code args[firstArgument]} on, and returns what {@code call} makes of them
   * when {@code returns}, else null.
   */
  static MethodSpec invoker(
      String name,
      FunctionModel function,
      int firstArgument,
      boolean returns,
      Function<CodeBlock, CodeBlock> call) {
    List<CodeBlock> arguments = new ArrayList<>();
    boolean unchecked = false;
    int index = firstArgument;
    for (Argument argument : function.arguments()) {
      switch (argument) {
        case TokenArgument _ -> arguments.add(CodeBlock.of("py"));
        case PythonParameter parameter -> {
          arguments.add(CodeBlock.of("($T) args[$L]", parameter.javaType(), index++));
          unchecked |= parameter.type().isGeneric();
        }
      }
    }
    CodeBlock invocation = call.apply(CodeBlock.join(arguments, ", "));
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ClassName.OBJECT)
            .addParameter(PYTHON, "py")
            .addParameter(Object[].class, "args")
            .addException(Throwable.class);
    if (unchecked) {
      method.addAnnotation(UNCHECKED);
    }
    if (!returns) {
      return method.addStatement("$L", invocation).addStatement("return null").build();
    }
    return method.addStatement("return $L", invocation).build();
  }

  private static String wrapperName(FunctionModel function) {
    return "call_" + function.pythonName();
  }
}
