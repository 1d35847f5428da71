package dev.pyjava.runtime.def;

import java.util.List;
import java.util.Objects;

/**
 * A Python type implemented by a Java class: each instance holds one Java object.
 *
 * <p>The constructor and the methods are {@link FunctionDef}s whose {@link FunctionDef#parameters()
 * parameters} are the Python ones. Their invokers differ from a function's in one way: a method's
 * invoker gets the Java instance as {@code args[0]}, then one argument per parameter; the
 * constructor's invoker returns the new Java instance. A static method's invoker is a function's.
 *
 * <p>Python protocols are instance methods with dunder names: {@code __repr__}, {@code __eq__},
 * {@code __lt__}, {@code __len__}, {@code __iter__}, {@code __enter__} and so on, whether written
 * as {@code @PyFunction(name = "__len__")} or generated from a Java contract ({@code toString()},
 * {@code equals}/{@code hashCode}, {@code Comparable}, {@code Iterable}, {@code Iterator}, {@code
 * AutoCloseable}). A backend gives each its Python behaviour: {@code NotImplemented} for an
 * operand its parameter does not take, {@code !=} as the negation of {@code __eq__}, a {@code
 * NoSuchElementException} from {@code __next__} as {@code StopIteration}.
 *
 * @param name the Python type name, without the module
 * @param doc the docstring, or {@code null}
 * @param subclassable whether Python code may subclass the type
 * @param constructor the constructor, or {@code null} when Python cannot create instances
 * @param methods the instance methods, in source order
 * @param staticMethods the static methods ({@code staticmethod}s in Python), in source order
 * @param properties the properties, in source order
 * @param javaClass the Java class: a Java object comes back to Python as the type of its nearest
 *     class (itself or a superclass) that is a {@code @PyClass}
 * @param base the Python name (within the module) of the type this one extends, the type of the
 *     Java class's nearest {@code @PyClass} superclass; {@code null} for one that extends {@code
 *     object}
 */
public record ClassDef(
    String name,
    String doc,
    boolean subclassable,
    FunctionDef constructor,
    List<FunctionDef> methods,
    List<FunctionDef> staticMethods,
    List<PropertyDef> properties,
    Class<?> javaClass,
    String base) {

  public ClassDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(javaClass, "javaClass");
    methods = List.copyOf(methods);
    staticMethods = List.copyOf(staticMethods);
    properties = List.copyOf(properties);
  }
}
