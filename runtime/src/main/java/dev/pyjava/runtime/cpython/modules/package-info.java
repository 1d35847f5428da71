/**
 * Building pyjava modules in CPython: the {@code PyModuleDef} and its methods, text signatures,
 * and the {@code PyInit_} function of each module the class path provides. Internal: not API; it
 * may change in any release.
 *
 * <p>Layer rule: code here imports only the layers below it: process, calls, objects, gil, ffi
 * (see {@code ARCHITECTURE.md} at the repository root).
 */
package dev.pyjava.runtime.cpython.modules;
