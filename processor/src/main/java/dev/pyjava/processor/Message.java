package dev.pyjava.processor;

import java.util.Locale;

/**
 * Every error the processor reports. Each starts with a tag, e.g. {@code
 * [FunctionNotPublicStatic]}, says what is wrong, and names the fix.
 */
enum Message {
  MODULE_PRIVATE(
      "@PyModule class %s must not be private or inside a private class: generated code cannot"
          + " reach it; make it package-private or public"),
  MODULE_NOT_STATIC(
      "@PyModule class %s must be top-level or a static nested class: generated code cannot"
          + " reach it; add static or move it out"),
  MODULE_NAME_INVALID(
      "module name '%s' is not a Python identifier (letters, digits and _, not starting with a"
          + " digit), nor identifiers joined by dots (pkg._native): set @PyModule(name = ...)"),
  MODULE_NAME_KEYWORD(
      "module name '%s' is or holds a Python keyword: set @PyModule(name = ...)"),
  MODULE_NAME_DUPLICATE(
      "module name '%s' is already used by %s: give one a different @PyModule(name = ...)"),

  FUNCTION_OUTSIDE_MODULE(
      "@PyFunction method must be in a @PyModule class: annotate %s with @PyModule or move the"
          + " method into one"),
  ALLOW_THREADS_WITHOUT_FUNCTION(
      "@AllowThreads applies only to @PyFunction methods: add @PyFunction or remove @AllowThreads"),
  FUNCTION_NOT_PUBLIC_STATIC("@PyFunction method %s must be public static"),
  FUNCTION_GENERIC(
      "@PyFunction method %s must not be generic: Python cannot choose its type variables; use"
          + " concrete types"),
  FUNCTION_NAME_INVALID(
      "function name '%s' is not a Python identifier (letters, digits and _, not starting with a"
          + " digit): set @PyFunction(name = ...)"),
  FUNCTION_NAME_KEYWORD("function name '%s' is a Python keyword: set @PyFunction(name = ...)"),
  FUNCTION_NAME_DUPLICATE(
      "function name '%s' is already used by %s in this module: give one a different"
          + " @PyFunction(name = ...)"),

  CLASS_NOT_PUBLIC(
      "@PyClass class %s must be public: Python code reaches its instances from the module's"
          + " generated code; make it public"),
  CLASS_NOT_STATIC(
      "@PyClass class %s must be top-level or a static nested class: an inner class needs an"
          + " outer instance; add static"),
  CLASS_INTERFACE(
      "@PyClass applies to classes, not to interface %s: annotate a class that implements it"),
  CLASS_GENERIC(
      "@PyClass class %s must not be generic: Python cannot choose its type variables; use"
          + " concrete types"),
  CLASS_NAME_INVALID(
      "type name '%s' is not a Python identifier (letters, digits and _, not starting with a"
          + " digit): set @PyClass(name = ...)"),
  CLASS_NAME_KEYWORD("type name '%s' is a Python keyword: set @PyClass(name = ...)"),
  CLASS_NAME_DUPLICATE("name '%s' is already used by %s in this module: give one a different name"),
  CLASS_LISTED_WITHOUT_ANNOTATION(
      "class %s is listed in @PyModule(classes = ...) but has no @PyClass: annotate it or remove"
          + " it from the list"),
  CLASS_OUTSIDE_MODULE(
      "@PyClass class %s belongs to no module: make it a static nested class of a @PyModule"
          + " class or list it in @PyModule(classes = ...)"),
  CLASS_IN_TWO_MODULES(
      "@PyClass class %s already belongs to module %s: a class belongs to one module; remove"
          + " it from one"),
  CLASS_BASE_OTHER_MODULE(
      "@PyClass class %s extends @PyClass %s, which is not a type of module %s: a Python type and"
          + " its base must be made by one module; nest or list both in the same @PyModule"),
  CLASS_MEMBER_OUTSIDE_CLASS(
      "@%s applies only to members of a @PyClass: annotate %s with @PyClass or remove @%s"),
  EXCEPTION_NOT_PY_EXCEPTION(
      "@PyClass exception %s must extend dev.pyjava.runtime.exceptions.PyException or one of its"
          + " subclasses (PyValueError, PyKeyError, ...): that is the built-in Python exception"
          + " its Python class subclasses"),
  EXCEPTION_MEMBERS(
      "@PyClass exception %s cannot have @PyConstructor, @PyFunction, @PyGetter or @PySetter"
          + " members: Python raises and catches it with its message; remove them"),
  ENUM_MEMBERS(
      "@PyClass enum %s cannot have @PyConstructor, @PyFunction, @PyGetter or @PySetter members:"
          + " its Python class has its members only; remove them"),
  CONSTRUCTOR_DUPLICATE(
      "@PyClass class %s has more than one @PyConstructor: Python types have one constructor;"
          + " keep one"),
  CONSTRUCTOR_NOT_PUBLIC("@PyConstructor must be public: make the constructor public"),
  CONSTRUCTOR_IN_ABSTRACT_CLASS(
      "@PyConstructor cannot create instances of abstract class %s: remove @PyConstructor, or"
          + " make the class concrete"),
  METHOD_NOT_PUBLIC("@PyFunction method %s of a @PyClass must be public"),
  ACCESSOR_NOT_PUBLIC_INSTANCE("@%s method %s must be public and not static"),
  GETTER_PARAMETERS(
      "@PyGetter method %s must take no parameters: a getter reads the property of its instance"),
  GETTER_VOID("@PyGetter method %s must return the property's value, not void"),
  SETTER_SHAPE(
      "@PySetter method %s must take exactly one parameter, the new value, and return void"),
  SETTER_WITHOUT_GETTER(
      "@PySetter method %s sets property '%s', which no @PyGetter of type %s reads: add the"
          + " getter, or give both the same name and type"),
  PROPERTY_NAME_INVALID(
      "property name '%s' is not a Python identifier (letters, digits and _, not starting with a"
          + " digit) or is a keyword: set name = ..."),
  MEMBER_NAME_DUPLICATE("name '%s' is already used by %s in class %s: give one a different name"),
  DUNDER_UNSUPPORTED(
      "special method name '%s' is not supported: use one of %s, or a name without leading and"
          + " trailing __"),
  DUNDER_STATIC("special method %s must be an instance method: remove static"),
  DUNDER_ARITY("special method %s takes %s besides self, not %d: change the Java parameters"),
  DUNDER_RESULT("special method %s must return %s, not %s: change the return type"),
  EQUALS_WITHOUT_HASH_CODE(
      "class %s overrides equals but not hashCode: Python objects that are equal must hash"
          + " equal; override hashCode too"),
  CONTRACT_TYPE_UNSUPPORTED(
      "class %s implements %s, whose type argument pyjava does not convert: give it a type"
          + " argument pyjava converts (as for parameters and results), or define %s with"
          + " @PyFunction(name = ...)"),

  PARAMETER_NAME_INVALID(
      "parameter name '%s' is not a Python identifier (letters, digits and _): rename the Java"
          + " parameter"),
  PARAMETER_NAME_KEYWORD("parameter name '%s' is a Python keyword: rename the Java parameter"),
  PARAMETER_NAME_DUPLICATE(
      "parameter %s becomes Python parameter '%s', like an earlier one: rename one of them"),
  PARAMETER_TYPE_UNSUPPORTED(
      "parameter type %s is not supported: use a primitive or its box, String, BigInteger,"
          + " BigDecimal, Path, LocalDate, LocalTime, LocalDateTime, Instant, Duration, a primitive"
          + " array, a java.nio buffer (ByteBuffer, DoubleBuffer, ...), Optional<T>, List<T>,"
          + " Set<T>, Map<K, V>, Iterable<T>, Iterator<T>, Stream<T>, a java.util.function"
          + " interface, Object, a dev.pyjava.runtime Py* interface, a @PyClass of the module, or"
          + " Python"),
  RETURN_TYPE_UNSUPPORTED(
      "return type %s is not supported: use void, a primitive or its box, String, BigInteger,"
          + " BigDecimal, Path, LocalDate, LocalTime, LocalDateTime, Instant, Duration, a"
          + " primitive array, Optional<T>, List<T>, Set<T>, Map<K, V>, Iterable<T>, Iterator<T>,"
          + " Stream<T>, a public record of these, Object, a dev.pyjava.runtime Py* interface or a"
          + " @PyClass of the module"),
  MAP_KEY_UNHASHABLE(
      "map key type %s (in %s) cannot be a dict key: Python dict keys must be hashable, and Java"
          + " map keys need equality by value; use String, a number (not BigDecimal, whose"
          + " equality sees the scale), boolean, char, Path, a java.time type or a @PyClass"),

  SIGNATURE_SYNTAX("signature does not parse at column %d: %s"),
  SIGNATURE_PARAMETER_MISSING(
      "signature lacks parameter '%s': list every Python parameter, in Java order"),
  SIGNATURE_PARAMETER_UNKNOWN(
      "signature names '%s', which is not a parameter of %s: use the Java parameter names in"
          + " snake_case"),
  SIGNATURE_PARAMETER_TOKEN(
      "signature names '%s', the Python token, which Python never passes: leave it out"),
  SIGNATURE_PARAMETER_REPEATED("signature names '%s' more than once: name it once"),
  SIGNATURE_ORDER("signature lists '%s' before '%s': list parameters in Java order"),
  SIGNATURE_MARKER_REPEATED("signature has more than one '%s': keep one"),
  SIGNATURE_SLASH_MISPLACED("signature has '/' %s: put '/' after the positional-only parameters"),
  SIGNATURE_STAR_MISPLACED(
      "signature has '*' with no parameter after it: put keyword-only parameters after '*' or"
          + " remove it"),
  SIGNATURE_DEFAULT_ORDER(
      "parameter '%s' has no default but follows one that has: give it a default or put it after"
          + " '*'"),
  SIGNATURE_DEFAULT_MISFIT("default %s for '%s' does not fit %s: use %s"),
  SIGNATURE_KWARGS_NOT_LAST(
      "signature has '%s' after '**%s': put **%s last"),
  SIGNATURE_VARARGS_TYPE(
      "'*%s' collects the extra positional arguments as a list, so its Java type must be"
          + " List<T>, not %s: change the parameter type"),
  SIGNATURE_KWARGS_TYPE(
      "'**%s' collects the extra keyword arguments as a dict, so its Java type must be"
          + " Map<String, T>, not %s: change the parameter type"),

  ALLOW_THREADS_LOCK_BOUND_PARAMETER(
      "@AllowThreads method cannot take '%s' (%s): Python tokens and objects cannot be used while"
          + " the interpreter lock is released; remove @AllowThreads, take Python, and call"
          + " py.allowThreads(...) around the part that needs no Python objects"),
  ALLOW_THREADS_LOCK_BOUND_RESULT(
      "@AllowThreads method cannot return %s: Python objects cannot be used while the"
          + " interpreter lock is released; return plain Java values, or remove @AllowThreads,"
          + " take Python, and call py.allowThreads(...) around the part that needs no Python"
          + " objects"),

  LAZY_TYPE_NESTED(
      "%s holds an Iterator, Iterable or Stream, which converts only as a whole parameter or"
          + " result (a lazy Python iterator): use List<T> inside, or take or return the"
          + " iterator by itself"),
  CONSTANT_OUTSIDE_MODULE(
      "@PyConstant field must be in a @PyModule class: annotate %s with @PyModule or move the"
          + " field into one"),
  CONSTANT_NOT_PUBLIC_STATIC_FINAL(
      "@PyConstant field %s must be public static final: a module attribute is read once, when"
          + " the module is made"),
  CONSTANT_TYPE_UNSUPPORTED(
      "@PyConstant field type %s is not supported: use a type a @PyFunction can return, other"
          + " than a Python object (a static field outlives the interpreter lock)"),
  CONSTANT_NAME_INVALID(
      "constant name '%s' is not a Python identifier (letters, digits and _, not starting with a"
          + " digit) or is a keyword: set @PyConstant(name = ...)"),

  WRITE_FAILED("could not write %s: %s"),
  CALLBACK_RAW(
      "%s is a raw type: give its type arguments, as in %s; pyjava converts the Python callable's"
          + " arguments and result by them"),
  CALLBACK_WILDCARD(
      "%s has a wildcard type argument: use exact types, as in %s; pyjava converts the Python"
          + " callable's arguments and result by them"),
  CALLBACK_TYPE_ARGUMENT_UNSUPPORTED(
      "%s has a type argument pyjava cannot convert: a callable's arguments take the types a"
          + " function may return, and its result the types a parameter may have (or Void)"),
  CALLBACK_RESULT(
      "cannot return %s: a Java functional interface is a parameter type, which takes a Python"
          + " callable; Java functions cannot be returned to Python"),
  BUFFER_RESULT(
      "return type %s is not supported: a java.nio buffer views an argument's memory only during"
          + " its call; return a primitive array (double[], ...) or a List instead"),
  BUFFER_NESTED(
      "parameter type %s is not supported: a java.nio buffer views one argument's memory for its"
          + " call, so it must be the parameter's own type, not inside Optional, List or Map; take"
          + " a primitive array (double[], ...) there instead"),

  /** A bug in the processor, reported rather than thrown; untagged, as AutoService does. */
  FATAL("FATAL ERROR: %s", false);

  private final String template;
  private final boolean tagged;

  Message(String template) {
    this(template, true);
  }

  Message(String template, boolean tagged) {
    this.template = template;
    this.tagged = tagged;
  }

  /** The message text with {@code args} filled in, tag first. */
  String format(Object... args) {
    String text = String.format(Locale.ROOT, template, args);
    return tagged ? "[" + tag() + "] " + text : text;
  }

  /** {@code FUNCTION_NOT_PUBLIC_STATIC} → {@code FunctionNotPublicStatic}. */
  private String tag() {
    StringBuilder tag = new StringBuilder();
    for (String word : name().split("_")) {
      tag.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return tag.toString();
  }
}
