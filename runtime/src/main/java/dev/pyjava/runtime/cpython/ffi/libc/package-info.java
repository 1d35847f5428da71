/**
 * The C library calls pyjava makes, declared in one place: {@code dlopen}, {@code sigaction},
 * {@code pthread}, {@code read}, {@code open} and friends. Internal: not API; it may change in any
 * release.
 *
 * <p>Layer rule: code here imports only the layers below it: ffi (see {@code ARCHITECTURE.md} at
 * the repository root).
 */
package dev.pyjava.runtime.cpython.ffi.libc;
