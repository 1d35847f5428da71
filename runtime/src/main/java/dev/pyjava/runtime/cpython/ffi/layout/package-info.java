/**
 * What differs between CPython versions and builds below the C-API: the running Python's version
 * and the layouts of the structs pyjava fills or reads. Internal: not API; it may change in any
 * release.
 *
 * <p>Layer rule: code here imports only the layers below it: ffi.loader, ffi.libc and ffi (see
 * {@code ARCHITECTURE.md} at the repository root).
 */
package dev.pyjava.runtime.cpython.ffi.layout;
