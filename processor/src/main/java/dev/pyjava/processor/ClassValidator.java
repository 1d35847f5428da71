package dev.pyjava.processor;

import dev.pyjava.processor.ClassSource.AccessorSource;
import dev.pyjava.processor.ModuleSource.FunctionSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The validate stage for one {@code @PyClass} of a module: the class, its constructor, members. */
final class ClassValidator {
  private ClassValidator() {}

  /** Adds every problem of {@code pyClass} to {@code report}. */
  static void validate(ClassSource pyClass, ValidationReport report) {
    TypeElement type = pyClass.type();
    String name = type.getQualifiedName().toString();
    if (type.getKind().isInterface()) {
      report.error(type, Message.CLASS_INTERFACE, name);
      return; // Nothing else about an interface matters.
    }
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      report.error(type, Message.CLASS_NOT_PUBLIC, name);
    }
    if (type.getNestingKind() != NestingKind.TOP_LEVEL
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      report.error(type, Message.CLASS_NOT_STATIC, name);
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, Message.CLASS_GENERIC, name);
    }
    checkName(pyClass, report);
    if (pyClass.isException() || pyClass.isEnum()) {
      checkMemberless(pyClass, report);
      return; // A Python exception or enum class has no members of its own.
    }
    checkConstructors(pyClass, report);
    Map<String, Element> members = new HashMap<>();
    for (FunctionSource method : pyClass.methods()) {
      FunctionValidator.validateMethod(method, report);
      claim(members, method.pythonName(), method.method(), pyClass, report);
    }
    DunderValidator.validate(pyClass, report);
    for (ContractSource.Dunder dunder : pyClass.contractDunders()) {
      claim(members, dunder.pythonName(), dunder.source().method(), pyClass, report);
    }
    checkProperties(pyClass, members, report);
  }

  /**
   * An exception class extends a runtime {@code Py*} exception; it and an enum declare no
   * members.
   */
  private static void checkMemberless(ClassSource pyClass, ValidationReport report) {
    String name = pyClass.type().getQualifiedName().toString();
    if (pyClass.isException() && pyClass.exceptionBase().isEmpty()) {
      report.error(
          pyClass.type(), pyClass.annotation(), Message.EXCEPTION_NOT_PY_EXCEPTION, name);
    }
    boolean members =
        !pyClass.constructors().isEmpty()
            || !pyClass.methods().isEmpty()
            || !pyClass.getters().isEmpty()
            || !pyClass.setters().isEmpty();
    if (members) {
      report.error(
          pyClass.type(),
          pyClass.annotation(),
          pyClass.isEnum() ? Message.ENUM_MEMBERS : Message.EXCEPTION_MEMBERS,
          name);
    }
  }

  private static void checkName(ClassSource pyClass, ValidationReport report) {
    String name = pyClass.pythonName();
    Message problem =
        !Names.isIdentifier(name)
            ? Message.CLASS_NAME_INVALID
            : Names.isKeyword(name) ? Message.CLASS_NAME_KEYWORD : null;
    if (problem != null) {
      report.error(pyClass.type(), pyClass.annotation(), pyClass.name().source(), problem, name);
    }
  }

  private static void checkConstructors(ClassSource pyClass, ValidationReport report) {
    List<FunctionSource> constructors = pyClass.constructors();
    for (int i = 0; i < constructors.size(); i++) {
      FunctionSource constructor = constructors.get(i);
      if (i > 0) {
        report.error(
            constructor.method(), Message.CONSTRUCTOR_DUPLICATE, pyClass.type().getSimpleName());
      }
      if (pyClass.type().getModifiers().contains(Modifier.ABSTRACT)) {
        report.error(
            constructor.method(),
            Message.CONSTRUCTOR_IN_ABSTRACT_CLASS,
            pyClass.type().getSimpleName());
      }
      FunctionValidator.validateConstructor(constructor, report);
    }
  }

  private static void checkProperties(
      ClassSource pyClass, Map<String, Element> members, ValidationReport report) {
    Map<String, AccessorSource> getters = new HashMap<>();
    for (AccessorSource getter : pyClass.getters()) {
      ExecutableElement method = getter.method();
      checkAccessor(getter, "PyGetter", report);
      if (!method.getParameters().isEmpty()) {
        report.error(method, Message.GETTER_PARAMETERS, method.getSimpleName());
      } else if (method.getReturnType().getKind() == TypeKind.VOID) {
        report.error(method, Message.GETTER_VOID, method.getSimpleName());
      } else if (getter.type().isEmpty()) {
        UnsupportedTypes.result(report, method, method.getReturnType());
      }
      IterationValidator.check(method, getter.type(), report);
      claim(members, getter.pythonName(), method, pyClass, report);
      getters.put(getter.pythonName(), getter);
    }
    for (AccessorSource setter : pyClass.setters()) {
      ExecutableElement method = setter.method();
      checkAccessor(setter, "PySetter", report);
      boolean shaped =
          method.getParameters().size() == 1 && method.getReturnType().getKind() == TypeKind.VOID;
      if (!shaped) {
        report.error(method, Message.SETTER_SHAPE, method.getSimpleName());
        continue;
      }
      if (setter.type().isEmpty()) {
        VariableElement value = method.getParameters().get(0);
        UnsupportedTypes.parameter(report, value, value.asType());
        continue;
      }
      Optional<PyType> read =
          Optional.ofNullable(getters.get(setter.pythonName())).flatMap(AccessorSource::type);
      if (!read.equals(setter.type())) {
        report.error(
            method,
            Message.SETTER_WITHOUT_GETTER,
            method.getSimpleName(),
            setter.pythonName(),
            method.getParameters().get(0).asType());
      }
    }
  }

  private static void checkAccessor(
      AccessorSource accessor, String annotation, ValidationReport report) {
    ExecutableElement method = accessor.method();
    if (!method.getModifiers().contains(Modifier.PUBLIC)
        || method.getModifiers().contains(Modifier.STATIC)) {
      report.error(
          method, Message.ACCESSOR_NOT_PUBLIC_INSTANCE, annotation, method.getSimpleName());
    }
    String name = accessor.pythonName();
    if (!Names.isIdentifier(name) || Names.isKeyword(name)) {
      report.error(
          method,
          accessor.annotation(),
          accessor.name().source(),
          Message.PROPERTY_NAME_INVALID,
          name);
    }
  }

  /** Claims {@code name} for {@code member}; reports the clash when another member has it. */
  private static void claim(
      Map<String, Element> members,
      String name,
      Element member,
      ClassSource pyClass,
      ValidationReport report) {
    Element earlier = members.putIfAbsent(name, member);
    if (earlier != null) {
      report.error(
          member,
          Message.MEMBER_NAME_DUPLICATE,
          name,
          earlier.getSimpleName() + "()",
          pyClass.pythonName());
    }
  }
}
