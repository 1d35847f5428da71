/**
 * Definitions of modules, functions and types: what generated code builds and the backends run.
 */
package dev.pyjava.runtime.def;
