/**
 * Java objects for Python objects: {@code CPyObject} and its subtypes, the wrappers that own or
 * borrow references, call scopes, the release of dropped references, strings, the object
 * internals the fast paths read, and errors in both directions. Internal: not API; it may change
 * in any release.
 *
 * <p>Layer rule: code here imports only the layers below it: gil, ffi (see {@code ARCHITECTURE.md}
 * at the repository root).
 */
package dev.pyjava.runtime.cpython.objects;
