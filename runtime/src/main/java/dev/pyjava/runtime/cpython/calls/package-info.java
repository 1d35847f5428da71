/**
 * Calls from Python into Java: the upcall of each function and its specialisation, the fast paths
 * for arguments and results, the one shell that keeps every upcall from throwing, released calls
 * (which Ctrl-C interrupts) and the backend whose lock and token they use. Internal: not API; it
 * may change in any release.
 *
 * <p>Layer rule: code here imports only the layers below it: objects, gil, ffi (see {@code
 * ARCHITECTURE.md} at the repository root).
 */
package dev.pyjava.runtime.cpython.calls;
