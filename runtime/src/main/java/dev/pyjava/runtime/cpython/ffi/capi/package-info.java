/**
 * The CPython C-API pyjava calls, one class per header or area, each function declared once with
 * the versions that have it. Internal: not API; it may change in any release.
 *
 * <p>Layer rule: code here imports only the layers below it: ffi.layout, ffi.loader, ffi.libc and
 * ffi (see {@code ARCHITECTURE.md} at the repository root).
 */
package dev.pyjava.runtime.cpython.ffi.capi;
