/**
 * Files as Python names them: {@link dev.pyjava.runtime.files.PythonFiles} opens the file that
 * Python's {@code open()} would, with Python's errors.
 */
package dev.pyjava.runtime.files;
