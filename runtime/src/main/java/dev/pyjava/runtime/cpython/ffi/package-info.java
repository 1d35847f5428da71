/**
 * Raw access to native code and memory: helpers for downcall handles and native memory. Nothing
 * here owns a reference or knows about Python objects. Internal: not API; it may change in any
 * release.
 *
 * <p>Layer rule: the bottom layer; code here imports nothing else in pyjava's CPython backend (see
 * {@code ARCHITECTURE.md} at the repository root).
 */
package dev.pyjava.runtime.cpython.ffi;
