package dev.pyjava.runtime.exceptions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Python exception in Java: Python's {@code Exception}, and the root of every Python exception
 * the runtime raises or reports. User code throws it (or a subclass) to raise that Python
 * exception; the runtime maps every other Java throwable onto one with {@link ExceptionMapper}.
 *
 * <p>What Python sees is {@link #pythonType()}, {@link #pythonArgs()} and {@link #notes()}; the
 * Java class is a convenience for catching. Types outside the built-in hierarchy, such as
 * exceptions raised by Python code ({@code mymod.MyError}), use the public constructor.
 */
public class PyException extends RuntimeException {
  private final String pythonType;
  private final String message;
  private final List<Object> pythonArgs;
  private final boolean notesWritable;
  private volatile List<String> notes = List.of();

  /** {@code Exception(message)}. */
  public PyException(String message) {
    this("Exception", message, argsOf(message), null);
  }

  /** {@code Exception(message)}, raised from {@code cause}. */
  public PyException(String message, Throwable cause) {
    this("Exception", message, argsOf(message), cause);
  }

  /**
   * An exception of any Python type.
   *
   * @param pythonType the type's name as Python prints it: {@code ValueError}, {@code
   *     mymod.MyError}
   * @param message {@code str(exc)}
   * @param pythonArgs the arguments of the type's constructor, as plain Java values
   */
  public PyException(String pythonType, String message, List<Object> pythonArgs) {
    this(pythonType, message, pythonArgs, null);
  }

  /** As {@link #PyException(String, String, List)}, raised from {@code cause}. */
  public PyException(String pythonType, String message, List<Object> pythonArgs, Throwable cause) {
    this(pythonType, message, pythonArgs, cause, false);
  }

  /**
   * With {@code reusable}, an exception made once and thrown many times, as when memory is too
   * short to make one: no stack trace, no suppressed exceptions, and notes that stay empty.
   */
  PyException(
      String pythonType,
      String message,
      List<Object> pythonArgs,
      Throwable cause,
      boolean reusable) {
    super(message == null ? "" : message, cause, !reusable, !reusable);
    if (pythonType == null || pythonType.isEmpty()) {
      throw new IllegalArgumentException("pythonType must name a Python exception type");
    }
    this.pythonType = pythonType;
    this.message = message == null ? "" : message;
    this.pythonArgs =
        pythonArgs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(pythonArgs));
    this.notesWritable = !reusable;
  }

  /**
   * The Python type's name, e.g. {@code FileNotFoundError} or {@code mymod.MyError}: for an
   * instance of a module's exception class ({@code @PyClass}, see {@link ModuleExceptions}), that
   * class's name, such as {@code word_count.CorpusError}.
   */
  public String pythonType() {
    String moduleException = ModuleExceptions.pythonName(getClass());
    return moduleException != null ? moduleException : pythonType;
  }

  /** {@code str(exc)} in Python. */
  public String message() {
    return message;
  }

  /**
   * The arguments Python's constructor of {@link #pythonType()} takes, as plain Java values
   * ({@code null} is None, {@code byte[]} is bytes).
   */
  public List<Object> pythonArgs() {
    return pythonArgs;
  }

  /** The notes Python shows under the traceback ({@code __notes__}), e.g. the Java stack trace. */
  public List<String> notes() {
    return notes;
  }

  /** {@code exc.add_note(note)}. */
  public synchronized void addNote(String note) {
    if (!notesWritable) {
      return;
    }
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    notes = Collections.unmodifiableList(more);
  }

  /** As Python's traceback ends: {@code ValueError: bad value}. */
  @Override
  public String toString() {
    return message.isEmpty() ? pythonType() : pythonType() + ": " + message;
  }

  /** The constructor arguments of an exception made from one message: none for no message. */
  static List<Object> argsOf(String message) {
    return message == null ? List.of() : List.of(message);
  }
}
