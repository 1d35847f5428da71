/**
 * The pure-Java backend: an interpreter lock and Python objects, all written in Java and used
 * when no CPython is present (tests, the demo, plain JVMs). Not to be confused with {@link
 * dev.pyjava.runtime.cpython.EmbeddedPython}, which embeds real CPython in a JVM.
 */
package dev.pyjava.runtime.purejava;
