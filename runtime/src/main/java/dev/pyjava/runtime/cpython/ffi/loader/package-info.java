/**
 * Finding libpython and binding pyjava to it: in the running process, from a configured path, or
 * from a {@code python3}'s installation. Internal: not API; it may change in any release.
 *
 * <p>Layer rule: code here imports only the layers below it: ffi.libc and ffi (see {@code
 * ARCHITECTURE.md} at the repository root).
 */
package dev.pyjava.runtime.cpython.ffi.loader;
