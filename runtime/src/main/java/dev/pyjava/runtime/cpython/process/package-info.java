/**
 * The process around the interpreter: the fork guard, the JVM's fatal-signal handlers against
 * {@code faulthandler}, the forwarding of signals to Python's main thread, and the housekeeping
 * functions pyjava registers with Python. Their Python snippets are resources beside them.
 * Internal: not API; it may change in any release.
 *
 * <p>Layer rule: code here imports only the layers below it: calls, objects, gil, ffi (see {@code
 * ARCHITECTURE.md} at the repository root).
 */
package dev.pyjava.runtime.cpython.process;
