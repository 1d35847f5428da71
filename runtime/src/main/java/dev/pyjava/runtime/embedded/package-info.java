/**
 * The embedded backend: a pure-Java interpreter lock and Python objects, used when no CPython is
 * present (tests, the demo, plain JVMs).
 */
package dev.pyjava.runtime.embedded;
