/**
 * The CPython backend: pyjava on libpython through the Java FFM API, with no C code.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.pyjava.runtime.cpython.Launcher}: Java runs Python ({@code java ... Launcher
 *       script.py}), with every pyjava module on the class path built in;
 *   <li>{@link dev.pyjava.runtime.cpython.PythonHost}: a {@code python3} process that started a
 *       JVM creates pyjava modules in itself;
 *   <li>{@link dev.pyjava.runtime.cpython.EmbeddedPython}: a Java program starts CPython and uses
 *       it through {@code Python.withGil}.
 * </ul>
 *
 * <p>libpython is found from the system property {@code pyjava.libpython} or the environment
 * variable {@code PYJAVA_LIBPYTHON}, else in the running process, else from the {@code python3}
 * on {@code PATH} (or {@code pyjava.python} / {@code PYJAVA_PYTHON}). CPython 3.11 or newer, 64-bit,
 * with the GIL. The JVM needs {@code --enable-native-access=ALL-UNNAMED}, and should run with
 * {@code -Xrs} so that Python keeps SIGINT and SIGTERM.
 *
 * <p>Only the entry points are here; the sub-packages are internal layers, each using only those
 * below it: {@code modules}, {@code process}, {@code calls}, {@code objects}, {@code gil}, {@code
 * ffi} (see {@code ARCHITECTURE.md} at the repository root).
 */
package dev.pyjava.runtime.cpython;
