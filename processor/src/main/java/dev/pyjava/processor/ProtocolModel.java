package dev.pyjava.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.pyjava.processor.ContractSource.Contract;
import dev.pyjava.processor.ContractSource.Dunder;
import dev.pyjava.processor.ModuleModel.Argument;
import dev.pyjava.processor.ModuleModel.FunctionModel;
import dev.pyjava.processor.ModuleModel.Kind;
import dev.pyjava.processor.ModuleModel.PythonParameter;
import java.util.List;

/**
 * A Python protocol method that a Java contract gives a {@code @PyClass}, ready to generate: a
 * method like any other to the runtime, whose wrapper calls the contract's Java method.
 *
 * @param contract the contract
 * @param function the method: its dunder name, doc, Python parameters (positional-only) and result
 */
record ProtocolModel(Contract contract, FunctionModel function) {
  private static final ClassName ITERATORS = ClassName.get(ModuleWriter.DEF_PACKAGE, "Iterators");
  private static final PyType BOOLEAN = PyType.scalar(PyType.Kind.BOOLEAN, false);
  private static final PyType VOID = PyType.scalar(PyType.Kind.VOID, false);

  /** The model of {@code dunder}, whose contract's types validation found convertible. */
  static ProtocolModel of(Dunder dunder) {
    ContractSource source = dunder.source();
    String name = dunder.pythonName();
    PyType self = source.self();
    return switch (source.contract()) {
      case TO_STRING ->
          model(
              source,
              name,
              "repr(self): the Java toString().",
              List.of(),
              scalar(PyType.Kind.STRING));
      case EQUALS ->
          model(
              source,
              name,
              "self == other: the Java equals(), for another instance of this type.",
              List.of(other(ClassName.OBJECT, self)),
              BOOLEAN);
      case HASH_CODE ->
          model(
              source, name, "hash(self): the Java hashCode().", List.of(), scalar(PyType.Kind.INT));
      case COMPARABLE ->
          model(
              source,
              name,
              "self " + operator(name) + " other: the Java compareTo().",
              List.of(other(source.javaType(), source.type().orElseThrow())),
              BOOLEAN);
      case ITERABLE ->
          model(
              source,
              name,
              "iter(self): a Python iterator over the Java iterator().",
              List.of(),
              PyType.container(PyType.Kind.ITERATOR, source.type().orElseThrow()));
      case ITERATOR ->
          name.equals("__iter__")
              ? model(source, name, "iter(self): self, a Java Iterator.", List.of(), self)
              : model(
                  source,
                  name,
                  "next(self): the Java next(); StopIteration once hasNext() is false.",
                  List.of(),
                  source.type().orElseThrow());
      case AUTO_CLOSEABLE ->
          name.equals("__enter__")
              ? model(source, name, "Enters a with block: returns self.", List.of(), self)
              : model(
                  source,
                  name,
                  "Leaves a with block: calls the Java close(); an exception raised in the block"
                      + " propagates.",
                  List.of(object("exc_type"), object("exc_value"), object("traceback")),
                  VOID);
    };
  }

  /**
   * The expression the wrapper returns (or runs, for {@code void}): the contract's Java method
   * called on {@code args[0]}, an instance of {@code type}, with {@code arguments} (the casts).
   */
  CodeBlock call(ClassName type, CodeBlock arguments) {
    String name = function.pythonName();
    return switch (contract) {
      case TO_STRING, HASH_CODE, ITERABLE ->
          CodeBlock.of("(($T) args[0]).$N()", type, contract.javaMethod());
      case EQUALS -> CodeBlock.of("(($T) args[0]).equals($L)", type, arguments);
      case COMPARABLE ->
          CodeBlock.of("(($T) args[0]).compareTo($L) $L 0", type, arguments, operator(name));
      case ITERATOR ->
          name.equals("__iter__")
              ? CodeBlock.of("args[0]")
              : CodeBlock.of("$T.next(($T) args[0])", ITERATORS, type);
      case AUTO_CLOSEABLE ->
          name.equals("__enter__")
              ? CodeBlock.of("args[0]")
              : CodeBlock.of("(($T) args[0]).close()", type);
    };
  }

  private static String operator(String name) {
    return switch (name) {
      case "__lt__" -> "<";
      case "__le__" -> "<=";
      case "__gt__" -> ">";
      default -> ">=";
    };
  }

  private static ProtocolModel model(
      ContractSource source, String name, String doc, List<Argument> arguments, PyType result) {
    return new ProtocolModel(
        source.contract(),
        new FunctionModel(
            name, doc, source.method().getSimpleName().toString(), arguments, result, false));
  }

  private static PyType scalar(PyType.Kind kind) {
    return PyType.scalar(kind, false);
  }

  private static PythonParameter other(TypeName javaType, PyType type) {
    return new PythonParameter("other", javaType, type, Kind.POSITIONAL_ONLY, null);
  }

  private static PythonParameter object(String name) {
    return new PythonParameter(
        name,
        ClassName.get(TypeMapper.RUNTIME_PACKAGE, "PyObject"),
        PyType.object("PyObject"),
        Kind.POSITIONAL_ONLY,
        null);
  }
}
