/**
 * Definitions of modules and functions: what generated code builds and the backends run.
 */
package dev.pyjava.runtime.def;
