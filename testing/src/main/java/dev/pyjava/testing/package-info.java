/**
 * A JUnit 5 kit for authors of pyjava modules: {@link dev.pyjava.testing.PythonTest} runs tests in
 * real CPython inside the test JVM, with a {@link dev.pyjava.testing.Fallback} where none is found.
 */
package dev.pyjava.testing;
