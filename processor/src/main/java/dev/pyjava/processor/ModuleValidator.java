package dev.pyjava.processor;

import dev.pyjava.processor.ModuleSource.FunctionSource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** The validate stage for a module: the class, its name, and each of its functions. */
final class ModuleValidator {
  private final Map<String, String> moduleOwners = new HashMap<>();
  private final Map<String, String> classOwners = new HashMap<>();

  /**
   * Validates {@code module}. Module names are unique per compilation, and a class belongs to one
   * module, so each call claims its module's name and its classes for the rest of the
   * compilation.
   */
  ValidationReport validate(ModuleSource module) {
    ValidationReport report = new ValidationReport();
    checkReachable(module.type(), report);
    checkName(module, report);
    Map<String, FunctionSource> functionsByName = new HashMap<>();
    for (FunctionSource function : module.functions()) {
      FunctionValidator.validate(function, report);
      FunctionSource earlier = functionsByName.putIfAbsent(function.pythonName(), function);
      if (earlier != null) {
        report.error(
            function.method(),
            function.annotation(),
            function.name().source(),
            Message.FUNCTION_NAME_DUPLICATE,
            function.pythonName(),
            earlier.method().getSimpleName() + "()");
      }
    }
    Map<String, TypeElement> classesByName = new HashMap<>();
    for (ClassSource pyClass : module.classes()) {
      checkClass(module, pyClass, functionsByName, report);
      TypeElement earlier = classesByName.putIfAbsent(pyClass.pythonName(), pyClass.type());
      if (earlier != null && pyClass.annotation() != null) {
        report.error(
            pyClass.type(), pyClass.annotation(), pyClass.name().source(),
            Message.CLASS_NAME_DUPLICATE, pyClass.pythonName(), earlier.getQualifiedName());
      }
    }
    checkBases(module, report);
    checkConstants(module, functionsByName.keySet(), classesByName.keySet(), report);
    return report;
  }

  /** Each constant is valid, and its name is no function's, type's or other constant's. */
  private static void checkConstants(
      ModuleSource module,
      Set<String> functionNames,
      Set<String> classNames,
      ValidationReport report) {
    Set<String> constantNames = new HashSet<>();
    for (ConstantSource constant : module.constants()) {
      ConstantValidator.validate(constant, report);
      String name = constant.pythonName();
      String earlier =
          functionNames.contains(name)
              ? "a function"
              : classNames.contains(name)
                  ? "a type"
                  : constantNames.add(name) ? null : "another constant";
      if (earlier != null) {
        report.error(
            constant.field(),
            constant.annotation(),
            constant.name().source(),
            Message.CLASS_NAME_DUPLICATE,
            name,
            earlier);
      }
    }
  }

  /** A type's base is a type of the same module: CPython makes it first, then its subclasses. */
  private static void checkBases(ModuleSource module, ValidationReport report) {
    Set<TypeElement> types = new HashSet<>();
    for (ClassSource pyClass : module.classes()) {
      types.add(pyClass.type());
    }
    for (ClassSource pyClass : module.classes()) {
      if (pyClass.annotation() != null
          && pyClass.base() != null
          && !types.contains(pyClass.base())) {
        report.error(
            pyClass.type(),
            Message.CLASS_BASE_OTHER_MODULE,
            pyClass.type().getQualifiedName(),
            pyClass.base().getQualifiedName(),
            module.pythonName());
      }
    }
  }

  /** Whether some module validated so far claimed {@code type}. */
  boolean isClaimed(TypeElement type) {
    return classOwners.containsKey(type.getQualifiedName().toString());
  }

  private void checkClass(
      ModuleSource module,
      ClassSource pyClass,
      Map<String, FunctionSource> functionsByName,
      ValidationReport report) {
    String qualifiedName = pyClass.type().getQualifiedName().toString();
    if (pyClass.annotation() == null) {
      report.error(
          module.type(), module.annotation(), pyClass.listedBy(),
          Message.CLASS_LISTED_WITHOUT_ANNOTATION, qualifiedName);
      return;
    }
    String owner = module.pythonName();
    String earlierOwner = classOwners.putIfAbsent(qualifiedName, owner);
    if (earlierOwner != null && !earlierOwner.equals(owner)) {
      if (pyClass.listedBy() != null) {
        report.error(
            module.type(), module.annotation(), pyClass.listedBy(),
            Message.CLASS_IN_TWO_MODULES, qualifiedName, earlierOwner);
      } else {
        report.error(
            pyClass.type(),
            pyClass.annotation(),
            Message.CLASS_IN_TWO_MODULES,
            qualifiedName,
            earlierOwner);
      }
      return;
    }
    FunctionSource function = functionsByName.get(pyClass.pythonName());
    if (function != null) {
      report.error(
          pyClass.type(), pyClass.annotation(), pyClass.name().source(),
          Message.CLASS_NAME_DUPLICATE,
          pyClass.pythonName(),
          function.method().getSimpleName() + "()");
    }
    ClassValidator.validate(pyClass, report);
  }

  /**
   * Generated code lives beside the class and calls it by name, so the class and every class
   * around it must be visible, and none may need an instance.
   */
  private static void checkReachable(TypeElement type, ValidationReport report) {
    boolean isPrivate = false;
    boolean isInner = false;
    Element current = type;
    while (current instanceof TypeElement nested) {
      isPrivate |= nested.getModifiers().contains(Modifier.PRIVATE);
      isInner |= switch (nested.getNestingKind()) {
        case TOP_LEVEL -> false;
        case MEMBER -> isInnerClass(nested);
        case LOCAL, ANONYMOUS -> true;
      };
      current = nested.getEnclosingElement();
    }
    String name = type.getQualifiedName().toString();
    if (isPrivate) {
      report.error(type, Message.MODULE_PRIVATE, name);
    }
    if (isInner) {
      report.error(type, Message.MODULE_NOT_STATIC, name.isEmpty() ? type.getSimpleName() : name);
    }
  }

  /** A member class that is not static (members of interfaces, and enums and records, are). */
  private static boolean isInnerClass(TypeElement member) {
    Element outer = member.getEnclosingElement();
    boolean implicitlyStatic =
        member.getKind() != ElementKind.CLASS || outer.getKind().isInterface();
    return !implicitlyStatic && !member.getModifiers().contains(Modifier.STATIC);
  }

  private void checkName(ModuleSource module, ValidationReport report) {
    String name = module.pythonName();
    // A dotted name (textstats._native) is a module inside a package of Python code.
    String[] parts = name.split("\\.", -1);
    if (!Arrays.stream(parts).allMatch(Names::isIdentifier)) {
      report.error(
          module.type(), module.annotation(), module.name().source(),
          Message.MODULE_NAME_INVALID, name);
    } else if (Arrays.stream(parts).anyMatch(Names::isKeyword)) {
      report.error(
          module.type(), module.annotation(), module.name().source(),
          Message.MODULE_NAME_KEYWORD, name);
    }
    String owner = module.type().getQualifiedName().toString();
    String earlier = moduleOwners.putIfAbsent(name, owner);
    if (earlier != null && !earlier.equals(owner)) {
      report.error(
          module.type(), module.annotation(), module.name().source(),
          Message.MODULE_NAME_DUPLICATE, name, earlier);
    }
  }
}
