/**
 * The GIL: the lock as an {@code InterpreterLock}, and the gate that keeps threads Python does not
 * know out once the interpreter shuts down. Internal: not API; it may change in any release.
 *
 * <p>Layer rule: code here imports only the layers below it: ffi (see {@code ARCHITECTURE.md} at
 * the repository root).
 */
package dev.pyjava.runtime.cpython.gil;
