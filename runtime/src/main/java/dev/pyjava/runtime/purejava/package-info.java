/**
 * The pure-Java backend: an interpreter lock, Python objects and a call path of its own ({@link
 * dev.pyjava.runtime.purejava.FunctionCall}), all written in Java and used when no CPython is
 * present (tests, the demo, plain JVMs). Not to be confused with {@link
 * dev.pyjava.runtime.cpython.EmbeddedPython}, which embeds real CPython in a JVM.
 */
package dev.pyjava.runtime.purejava;
