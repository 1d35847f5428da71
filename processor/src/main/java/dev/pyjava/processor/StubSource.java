package dev.pyjava.processor;

import dev.pyjava.processor.ClassModel.PropertyModel;
import dev.pyjava.processor.ModuleModel.ConstantModel;
import dev.pyjava.processor.ModuleModel.EnumModel;
import dev.pyjava.processor.ModuleModel.ExceptionModel;
import dev.pyjava.processor.ModuleModel.FunctionModel;
import dev.pyjava.processor.ModuleModel.Kind;
import dev.pyjava.processor.ModuleModel.PythonParameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The text of a module's {@code .pyi} stub, in declaration order. */
final class StubSource {
  private final StubTypes types;
  private final StringBuilder body = new StringBuilder();
  private final Set<String> finals = new HashSet<>();

  private StubSource(String module) {
    types = new StubTypes(module);
  }

  /** The stub of {@code model}. */
  static String of(ModuleModel model) {
    StubSource source = new StubSource(model.pythonName());
    return source.render(model);
  }

  private String render(ModuleModel model) {
    for (ConstantModel constant : model.constants()) {
      body.append(constant.pythonName()).append(": ").append(types.imported("typing"))
          .append(".Final[").append(types.result(constant.type())).append("]\n");
    }
    for (ExceptionModel exception : model.exceptions()) {
      body.append("\nclass ").append(exception.pythonName()).append('(')
          .append(local(model, exception.base())).append("):\n");
      docOrEllipsis(exception.doc(), "    ");
    }
    for (EnumModel enumeration : model.enums()) {
      body.append("\nclass ").append(enumeration.pythonName()).append('(')
          .append(types.imported("enum")).append(".Enum):\n");
      docOrEllipsis(enumeration.doc(), "    ");
      for (String member : enumeration.members()) {
        body.append("    ").append(member).append(" = \"").append(member).append("\"").append('\n');
      }
    }
    for (ClassModel type : model.classes()) {
      if (!type.subclassable()) {
        finals.add(type.pythonName());
      }
    }
    for (ClassModel type : model.classes()) {
      writeClass(type);
    }
    for (FunctionModel function : model.functions()) {
      body.append('\n');
      function(function, "", List.of(), null);
    }
    StringBuilder text = new StringBuilder();
    text.append(docstring(model.doc() == null ? "The " + model.pythonName() + " module." : model.doc(), ""));
    if (!types.imports().isEmpty()) {
      text.append('\n');
      types.imports().forEach(line -> text.append(line).append('\n'));
    }
    text.append('\n').append(body);
    return text.toString();
  }

  private void writeClass(ClassModel type) {
    body.append('\n');
    if (!type.subclassable()) {
      body.append('@').append(types.imported("typing")).append(".final\n");
    }
    body.append("class ").append(type.pythonName());
    if (type.base() != null) {
      body.append('(').append(type.base().substring(type.base().lastIndexOf('.') + 1)).append(')');
    }
    body.append(':');
    // Python code may not subclass a final type, but Java's subclasses are its Python subclasses.
    if (type.base() != null && finals.contains(type.base().substring(type.base().lastIndexOf('.') + 1))) {
      body.append("  # type: ignore[misc]");
    }
    body.append('\n');
    if (type.doc() != null) {
      body.append(docstring(type.doc(), "    "));
    }
    boolean empty = true;
    if (type.constructor() != null) {
      function(type.constructor(), "    ", List.of("self"), "__init__");
      empty = false;
    }
    for (PropertyModel property : type.properties()) {
      String spelled = types.result(property.type());
      body.append("    @property\n    def ").append(property.pythonName()).append("(self) -> ")
          .append(spelled).append(": ...\n");
      if (property.setter() != null) {
        body.append("    @").append(property.pythonName()).append(".setter\n    def ")
            .append(property.pythonName()).append("(self, value: ")
            .append(types.parameter(property.type())).append(") -> None: ...\n");
      }
      empty = false;
    }
    for (FunctionModel method : type.methods()) {
      function(method, "    ", List.of("self"), null);
      empty = false;
    }
    for (FunctionModel method : type.staticMethods()) {
      body.append("    @staticmethod\n");
      function(method, "    ", List.of(), null);
      empty = false;
    }
    for (ProtocolModel protocol : type.protocols()) {
      FunctionModel function = protocol.function();
      if (function.pythonName().equals("__eq__") || function.pythonName().equals("__ne__")) {
        body.append("    def ").append(function.pythonName())
            .append("(self, other: object, /) -> bool: ...\n");
      } else {
        function(function, "    ", List.of("self"), null);
      }
      empty = false;
    }
    if (empty && type.doc() == null) {
      body.append("    ...\n");
    }
  }

  private void function(FunctionModel function, String indent, List<String> leading, String name) {
    List<String> parts = new ArrayList<>(leading);
    List<PythonParameter> parameters = function.pythonParameters();
    boolean starred = false;
    for (int i = 0; i < parameters.size(); i++) {
      PythonParameter parameter = parameters.get(i);
      if (parameter.kind() == Kind.KEYWORD_ONLY && !starred) {
        parts.add("*");
        starred = true;
      }
      String text =
          switch (parameter.kind()) {
            case VAR_POSITIONAL -> {
              starred = true;
              yield "*" + parameter.name() + ": " + types.item(parameter.type().element());
            }
            case VAR_KEYWORD ->
                "**" + parameter.name() + ": " + types.item(parameter.type().element());
            // object's __eq__ takes any object; a narrower one breaks substitution.
            default -> parameter.name() + ": "
                + (equality(function) ? "object" : types.parameter(parameter.type()));
          };
      if (parameter.defaultValue() != null) {
        text += " = " + parameter.defaultValue().repr();
      }
      parts.add(text);
      boolean lastPositionalOnly =
          parameter.kind() == Kind.POSITIONAL_ONLY
              && (i + 1 == parameters.size() || parameters.get(i + 1).kind() != Kind.POSITIONAL_ONLY);
      if (lastPositionalOnly) {
        parts.add("/");
      }
    }
    String result = name == null ? types.result(function.result()) : "None";
    body.append(indent).append("def ").append(name == null ? function.pythonName() : name)
        .append('(').append(String.join(", ", parts)).append(") -> ").append(result).append(':');
    if (function.doc() == null) {
      body.append(" ...\n");
    } else {
      body.append('\n').append(docstring(function.doc(), indent + "    "));
    }
  }

  private static boolean equality(FunctionModel function) {
    return function.pythonName().equals("__eq__") || function.pythonName().equals("__ne__");
  }

  private void docOrEllipsis(String doc, String indent) {
    body.append(doc == null ? indent + "...\n" : docstring(doc, indent));
  }

  private String local(ModuleModel model, String name) {
    String prefix = model.pythonName() + ".";
    return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
  }

  private static String docstring(String doc, String indent) {
    String escaped = doc.replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    StringBuilder text = new StringBuilder(indent).append("\"\"\"");
    String[] lines = escaped.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        text.append('\n');
        if (!lines[i].isEmpty()) {
          text.append(indent);
        }
      }
      text.append(lines[i]);
    }
    if (lines.length > 1) {
      text.append('\n').append(indent);
    }
    return text.append("\"\"\"\n").toString();
  }
}
