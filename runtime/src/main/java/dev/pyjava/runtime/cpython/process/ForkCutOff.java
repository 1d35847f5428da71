package dev.pyjava.runtime.cpython.process;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.pyjava.runtime.PyObject;
import dev.pyjava.runtime.Python;
import dev.pyjava.runtime.cpython.calls.CPythonBackend;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ObjectApi;
import dev.pyjava.runtime.cpython.ffi.capi.ProtocolApi;
import dev.pyjava.runtime.cpython.ffi.capi.TypeApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi;
import dev.pyjava.runtime.cpython.objects.CallScope;
import dev.pyjava.runtime.cpython.objects.PythonSources;
import dev.pyjava.runtime.cpython.objects.Wrappers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts a forked child off from Java, in both directions (Python hosting Java, and Java hosting
 * Python). A child of a process that runs a JVM must never enter Java again: the JVM's threads
 * are gone and locks they held stay locked, so even the first steps into Java can hang. The
 * guard is plain Python ({@code fork_guard.py}, installed once per interpreter): after a fork it
 * sets {@link ForkGuard}'s flag and repoints the C entry point of every function Java made to a
 * CPython function that calls the function's {@code self} instead (a Java module, then made to
 * raise the fork error; for pyjava's housekeeping, a Python function that does nothing). The
 * methods, getters and setters of pyjava's types are repointed to CPython functions that call,
 * or delete an item of, their instance, whose type is made to raise the fork error; its
 * constructor and protocol slots (and the slot wrappers CPython made for them) raise it too, and
 * its dropped instances clear their weak references without Java (and are not freed).
 */
public final class ForkCutOff {
  private ForkCutOff() {}

  private static final String SOURCE = "fork_guard.py";

  /** The guard's module, made by {@link #install} before any pyjava module exists. */
  private static volatile PyObject guard;

  /** Installs the guard in this interpreter, once. GIL held. */
  public static synchronized void install(Python py) {
    if (guard == null) {
      guard = load(py);
    }
  }

  /**
   * Has the guard cover the new module at {@code module}, whose {@code count} functions come from
   * the {@code PyMethodDef} array at {@code methods}. GIL held.
   */
  public static void track(long module, long methods, int count) {
    List<Long> entryPoints = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      entryPoints.add(methods + i * Layouts.METHOD_DEF.byteSize() + Layouts.METHOD_DEF_METH);
    }
    // Every object made here lives for this call only: an owned wrapper would keep the module
    // (and the list, the bound method, the result) alive until Java's GC and its Cleaner ran.
    CallScope scope = new CallScope();
    CallScope outer = Wrappers.beginResult(scope);
    try {
      guard.getAttr("track").call(Wrappers.argument(module, scope), token().list(entryPoints));
    } finally {
      Wrappers.endResult(outer);
      scope.close();
    }
  }

  /**
   * Has the guard cover the new pyjava type at {@code type}, whose methods (static ones included)
   * are the {@code PyMethodDef} array at {@code methods} and whose properties the {@code
   * PyGetSetDef} array at {@code properties} (each ended by a zeroed entry, or 0 when there are
   * none). GIL held.
   */
  public static void trackType(long type, long methods, long properties) {
    List<Long> methodEntryPoints = new ArrayList<>();
    List<Long> staticFlags = new ArrayList<>();
    long methodSize = Layouts.METHOD_DEF.byteSize();
    for (long entry = methods; named(entry); entry += methodSize) {
      methodEntryPoints.add(entry + Layouts.METHOD_DEF_METH);
      long flags = entry + Layouts.METHOD_DEF_FLAGS;
      if ((NativeMemory.EVERYTHING.get(JAVA_INT, flags) & Layouts.METH_STATIC) != 0) {
        staticFlags.add(flags);
      }
    }
    List<Long> getters = new ArrayList<>();
    List<Long> setters = new ArrayList<>();
    long propertySize = Layouts.GETSET_DEF.byteSize();
    for (long entry = properties; named(entry); entry += propertySize) {
      getters.add(entry + Layouts.GETSET_DEF_GET);
      if (NativeMemory.readPointer(entry + Layouts.GETSET_DEF_SET) != 0) {
        setters.add(entry + Layouts.GETSET_DEF_SET);
      }
    }
    CallScope scope = new CallScope();
    CallScope outer = Wrappers.beginResult(scope);
    try {
      Python py = token();
      guard
          .getAttr("track_type")
          .call(
              Wrappers.argument(type, scope),
              py.list(methodEntryPoints),
              py.list(staticFlags),
              py.list(getters),
              py.list(setters));
    } finally {
      Wrappers.endResult(outer);
      scope.close();
    }
  }

  /** Whether the array entry at {@code entry} has a name (the zeroed last entry has none). */
  private static boolean named(long entry) {
    return entry != 0 && NativeMemory.readPointer(entry) != 0;
  }

  /**
   * A new reference to the {@code self} a housekeeping function must have for the guard to
   * cover it: the Python function it runs instead in a forked child. GIL held.
   */
  static long housekeepingSelf() {
    return Wrappers.newReference(guard.getAttr("skipped_in_forked_child"));
  }

  /**
   * Has the guard cover the {@code METH_NOARGS} housekeeping function made from the {@code
   * PyMethodDef} at {@code methodDef}, whose self is {@link #housekeepingSelf()}. GIL held.
   */
  static void trackHousekeeping(long methodDef) {
    guard.getAttr("track_housekeeping").call(methodDef + Layouts.METHOD_DEF_METH);
  }

  private static Python token() {
    return CPythonBackend.instance().token();
  }

  private static PyObject load(Python py) {
    Map<String, PyObject> globals =
        Map.ofEntries(
            Map.entry("FLAG_ADDRESS", py.integer(ForkGuard.FLAG.address())),
            Map.entry("MESSAGE", py.str(ForkGuard.TEXT)),
            Map.entry("VECTORCALL_ADDRESS", py.integer(ObjectApi.VECTORCALL_FUNCTION)),
            Map.entry("CALL_OBJECT_ADDRESS", py.integer(ObjectApi.CALL_OBJECT_FUNCTION)),
            Map.entry(
                "SEQUENCE_DEL_ITEM_ADDRESS", py.integer(ObjectApi.SEQUENCE_DEL_ITEM_FUNCTION)),
            Map.entry("SIZE_ADDRESS", py.integer(ProtocolApi.SIZE_FUNCTION)),
            Map.entry("HASH_ADDRESS", py.integer(ProtocolApi.HASH_FUNCTION)),
            Map.entry("CALL_NO_ARGS_ADDRESS", py.integer(ProtocolApi.CALL_NO_ARGS_FUNCTION)),
            Map.entry("CLEAR_WEAK_REFS_ADDRESS", py.integer(TypeApi.CLEAR_WEAK_REFS_FUNCTION)),
            Map.entry("TYPE_DEALLOC_OFFSET", py.integer(PythonAbi.current().typeDealloc())),
            Map.entry("TYPE_FLAGS_OFFSET", py.integer(PythonAbi.current().typeFlags())),
            Map.entry("WRAPPED_OFFSET", py.integer(PythonAbi.current().wrapperDescriptorWrapped())),
            Map.entry("OB_TYPE_OFFSET", py.integer(PythonAbi.current().obType())),
            Map.entry("IMMUTABLE_TYPE_FLAG", py.integer(Layouts.TPFLAGS_IMMUTABLETYPE)),
            Map.entry("METH_STATIC", py.integer(Layouts.METH_STATIC)));
    return PythonSources.run(py, "_pyjava_fork_guard", SOURCE, globals).retain();
  }
}
