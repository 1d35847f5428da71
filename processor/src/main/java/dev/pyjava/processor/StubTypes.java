package dev.pyjava.processor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spells a {@link PyType} as a PEP 484 stub type: precise for what the runtime returns, wide for
 * what its conversions accept. Records the imports the spellings need.
 */
final class StubTypes {
  private final String module;
  private final Set<String> imports = new TreeSet<>();

  /** Types of module {@code module}, whose classes it names without the module prefix. */
  StubTypes(String module) {
    this.module = module;
  }

  /** The import lines the spellings so far need, sorted. */
  Set<String> imports() {
    return imports;
  }

  /** The type of a value Python passes in. */
  String parameter(PyType type) {
    String text = spell(type, true);
    return type.boxed() ? text + " | None" : text;
  }

  /** The type of one item of {@code *args} or {@code **kwargs}: never {@code None}. */
  String item(PyType type) {
    return spell(type, true);
  }

  /** The type of a value Python gets back. */
  String result(PyType type) {
    return spell(type, false);
  }

  private String spell(PyType type, boolean in) {
    return switch (type.kind()) {
      case BOOLEAN -> "bool";
      case INT, LONG, SHORT, BYTE, BIG_INTEGER -> "int";
      case DOUBLE, FLOAT -> "float";
      case STRING, CHAR -> "str";
      case BYTES -> in ? buffer() : "bytes";
      case VOID -> "None";
      case OPTIONAL -> spell(type.element(), in) + " | None";
      case LIST ->
          in
              ? "list[" + spell(type.element(), in) + "] | tuple[" + spell(type.element(), in)
                  + ", ...]"
              : "list[" + spell(type.element(), in) + "]";
      case SET ->
          in
              ? "set[" + spell(type.element(), in) + "] | frozenset[" + spell(type.element(), in)
                  + "]"
              : "set[" + spell(type.element(), in) + "]";
      case MAP ->
          "dict["
              + (type.key() == null ? "str" : spell(type.key(), in))
              + ", "
              + spell(type.element(), in)
              + "]";
      case OBJECT -> object(type.objectInterface());
      case ANY -> any();
      case INSTANCE, ENUM -> local(type.instanceName());
      case ITERATOR, ITERABLE, STREAM ->
          (in ? abc("Iterable") : abc("Iterator")) + "[" + spell(type.element(), in) + "]";
      case CALLBACK -> callback(type);
      case ARRAY -> {
        String item = type.itemType().equals("FLOAT") || type.itemType().equals("DOUBLE")
            ? "float" : "int";
        yield in ? "list[" + item + "] | tuple[" + item + ", ...] | " + buffer() : "list[" + item + "]";
      }
      case BUFFER -> buffer();
      case RECORD ->
          "tuple["
              + String.join(", ", type.components().stream().map(c -> spell(c, in)).toList())
              + "]";
      case DECIMAL -> in ? imported("decimal") + ".Decimal | int" : imported("decimal") + ".Decimal";
      case PATH -> in ? "str | " + imported("os") + ".PathLike[str]" : imported("pathlib") + ".Path";
      case DATE -> imported("datetime") + ".date";
      case TIME -> imported("datetime") + ".time";
      case DATE_TIME, INSTANT -> imported("datetime") + ".datetime";
      case DURATION -> imported("datetime") + ".timedelta";
    };
  }

  private String callback(PyType type) {
    List<PyType> arguments = type.typeArguments();
    String name = CallbackTypes.simpleName(type.callbackInterface());
    // Java passes the arguments out to Python and takes the result in.
    String callable = abc("Callable");
    return switch (name) {
      case "Function" -> callable + "[[" + out(arguments.get(0)) + "], " + in(arguments.get(1)) + "]";
      case "BiFunction" ->
          callable + "[[" + out(arguments.get(0)) + ", " + out(arguments.get(1)) + "], "
              + in(arguments.get(2)) + "]";
      case "Supplier", "Callable" -> callable + "[[], " + in(arguments.get(0)) + "]";
      case "Consumer" -> callable + "[[" + out(arguments.get(0)) + "], object]";
      case "BiConsumer" ->
          callable + "[[" + out(arguments.get(0)) + ", " + out(arguments.get(1)) + "], object]";
      case "Predicate" -> callable + "[[" + out(arguments.get(0)) + "], bool]";
      case "UnaryOperator" ->
          callable + "[[" + out(arguments.get(0)) + "], " + in(arguments.get(0)) + "]";
      case "Runnable" -> callable + "[[], object]";
      default -> callable + "[..., " + any() + "]";
    };
  }

  private String out(PyType type) {
    return spell(type, false);
  }

  private String in(PyType type) {
    return spell(type, true);
  }

  private String object(String javaInterface) {
    return switch (javaInterface) {
      case "PyStr" -> "str";
      case "PyLong" -> "int";
      case "PyFloat" -> "float";
      case "PyBytes" -> "bytes";
      case "PyList" -> "list[" + any() + "]";
      case "PyTuple" -> "tuple[" + any() + ", ...]";
      case "PyDict" -> "dict[" + any() + ", " + any() + "]";
      case "PyCallable" -> abc("Callable") + "[..., " + any() + "]";
      default -> any();
    };
  }

  private String local(String pythonName) {
    String prefix = module + ".";
    return pythonName.startsWith(prefix) ? pythonName.substring(prefix.length()) : pythonName;
  }

  private String any() {
    return imported("typing") + ".Any";
  }

  private String abc(String name) {
    return imported("collections.abc") + "." + name;
  }

  private String buffer() {
    imports.add("from _typeshed import ReadableBuffer");
    return "ReadableBuffer";
  }

  /** {@code module}, recording its import. */
  String imported(String name) {
    imports.add("import " + name);
    return name;
  }
}
