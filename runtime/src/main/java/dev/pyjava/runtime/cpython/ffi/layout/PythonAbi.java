package dev.pyjava.runtime.cpython.ffi.layout;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.MemoryLayout.paddingLayout;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.ffi.loader.LibPython;
import java.lang.foreign.StructLayout;
import java.util.HexFormat;

/**
 * What differs between the CPython versions and builds pyjava runs on, decided once from the
 * bound libpython: its {@code Py_Version} (as the loader read it) and whether it is a
 * free-threaded build. Every layout and every version-dependent choice of the CPython backend is a
 * field here; besides, only the C-API bindings' {@code since}/{@code until} look at the version.
 *
 * <p>{@code Py_GIL_DISABLED} is a compile-time macro, so the library shows it through its ABI:
 * only a free-threaded build exports {@code _Py_DecRefShared}, which its own {@code Py_DECREF}
 * calls. The values were measured with each version's headers (3.11 to 3.15, default and
 * free-threaded, x86-64) and are checked against the running interpreter by the tests.
 *
 * @param versionHex {@code PY_VERSION_HEX} of the running libpython
 * @param freeThreaded whether it is a free-threaded ({@code t}) build
 * @param objectHead {@code PyObject_HEAD}, laid out far enough to reach {@code ob_type}
 * @param staticObjectHead the bytes of {@code PyObject_HEAD_INIT(NULL)}: how C initialises a
 *     static object (a {@code PyModuleDef}), immortal from 3.12
 * @param referenceCounts how the per-call fast path adds a reference
 * @param strCompactAsciiMask the bits of {@code PyASCIIObject.state} that say compact and ASCII
 * @param strAsciiData {@code sizeof(PyASCIIObject)}: where a compact ASCII str's characters start
 * @param hasMultipleInterpretersSlot whether {@code Py_mod_multiple_interpreters} exists (3.12+)
 * @param hasGilSlot whether {@code Py_mod_gil} exists (3.13+)
 * @param identityReferences how a new reference is taken to an instance found in pyjava's identity
 *     map, which another thread may be freeing
 */
public record PythonAbi(
    long versionHex,
    boolean freeThreaded,
    StructLayout objectHead,
    byte[] staticObjectHead,
    ReferenceCounts referenceCounts,
    int strCompactAsciiMask,
    long strAsciiData,
    boolean hasMultipleInterpretersSlot,
    boolean hasGilSlot,
    IdentityReferences identityReferences) {

  /** {@code PY_VERSION_HEX} of 3.11.0a0, the oldest version pyjava supports. */
  static final long OLDEST = 0x030B_0000L;

  /** {@code PY_VERSION_HEX} of 3.16.0a0, the first version pyjava does not know. */
  static final long FIRST_UNKNOWN = 0x0310_0000L;

  /** The versions pyjava supports, for messages. */
  static final String SUPPORTED = "CPython 3.11 to 3.15 (default and free-threaded builds)";

  /** How {@link ObjectInternals#incRef} adds a reference on this build. */
  public enum ReferenceCounts {
    /** 3.11: {@code ob_refcnt} is a plain 64-bit counter. */
    PLAIN,
    /**
     * 3.12+ default build: an object whose low 32 bits of {@code ob_refcnt} are negative as an
     * {@code int32} is immortal and keeps its count; any other is a plain counter.
     */
    IMMORTAL_AWARE,
    /** Free-threaded: biased, atomic counts; only {@code Py_IncRef} gets them right. */
    C_API
  }

  /**
   * How {@code JavaInstances} takes a new reference to the instance its identity map holds for a
   * Java object: the map does not own the instance, whose last reference another thread may be
   * dropping at that moment.
   */
  public enum IdentityReferences {
    /**
     * A build with the GIL: the lookup and the instance's {@code tp_dealloc} (which leaves the
     * map) both hold the GIL, so a live entry is never being freed; a plain {@code Py_IncRef}.
     */
    PLAIN,
    /**
     * 3.14+ free-threaded: {@code PyUnstable_EnableTryIncRef} on each new instance, then {@code
     * PyUnstable_TryIncRef}, which fails for one whose count has reached zero.
     */
    C_API,
    /**
     * 3.13 free-threaded, which has neither function: what 3.14 does, done in Java on the object
     * header. A new instance's {@code ob_ref_shared} gets the {@code _Py_REF_MAYBE_WEAKREF} flag
     * (as CPython's own {@code _PyObject_SetMaybeWeakref} does for weak references), so its count
     * is merged before it is freed; a new reference is a compare-and-swap adding one to {@code
     * ob_ref_shared} unless it is 0 or {@code _Py_REF_MERGED} (CPython's {@code
     * _Py_TryIncRefShared}, as its weak references use it).
     */
    SHARED_COMPARE_AND_SWAP
  }

  /** The ABI of the bound libpython. */
  public static PythonAbi current() {
    return Current.ABI;
  }

  private static final class Current {
    static final PythonAbi ABI = of(LibPython.binding());
  }

  /**
   * The ABI of the bound libpython: its version as the loader read it, and whether it has the
   * free-threaded build's {@code _Py_DecRefShared}.
   *
   * @throws IllegalStateException for a version pyjava does not support
   */
  private static PythonAbi of(LibPython.Binding binding) {
    return of(binding.version(), binding.symbols().find("_Py_DecRefShared").isPresent());
  }

  /**
   * The ABI of CPython {@code versionHex}, free-threaded or not.
   *
   * @throws IllegalStateException for a version pyjava does not support
   */
  public static PythonAbi of(long versionHex, boolean freeThreaded) {
    if (versionHex < OLDEST || versionHex >= FIRST_UNKNOWN) {
      throw new IllegalStateException(
          "pyjava supports " + SUPPORTED + "; this libpython is " + versionName(versionHex));
    }
    int minor = (int) (versionHex >>> 16) & 0xff;
    if (freeThreaded && minor < 13) {
      throw new IllegalStateException("a free-threaded build older than 3.13 does not exist");
    }
    long head = freeThreaded ? 32 : 16;
    ReferenceCounts counts =
        freeThreaded ? ReferenceCounts.C_API : minor == 11 ? ReferenceCounts.PLAIN : ReferenceCounts.IMMORTAL_AWARE;
    // 3.14's free-threaded build gives PyASCIIObject.state.interned a byte of its own.
    int compactAscii = freeThreaded && minor >= 14 ? 0b11 << 11 : 0b11 << 5;
    // 3.11's PyASCIIObject still ends with the wstr pointer.
    long asciiData = minor == 11 ? 48 : head + 24;
    return new PythonAbi(
        versionHex,
        freeThreaded,
        objectHead(freeThreaded),
        staticObjectHead(minor, freeThreaded),
        counts,
        compactAscii,
        asciiData,
        minor >= 12,
        minor >= 13,
        !freeThreaded
            ? IdentityReferences.PLAIN
            : minor == 13 ? IdentityReferences.SHARED_COMPARE_AND_SWAP : IdentityReferences.C_API);
  }

  /** {@code ob_type}'s offset in every object. */
  public long obType() {
    return objectHead.byteOffset(groupElement("ob_type"));
  }

  /** {@code sizeof(PyObject)}. */
  long objectHeadSize() {
    return objectHead.byteSize();
  }

  /**
   * Where a pyjava instance keeps the handle of its Java object: one 8-byte slot right after the
   * object header (16 bytes, 32 on a free-threaded build).
   */
  public long instanceHandle() {
    return objectHeadSize();
  }

  /** {@code PyTypeObject.tp_name}: after the variable-size object header ({@code ob_size}). */
  public long typeName() {
    return objectHeadSize() + JAVA_LONG.byteSize();
  }

  /**
   * {@code PyTypeObject.tp_dealloc}: after the variable-size object header ({@code ob_size}),
   * {@code tp_name}, {@code tp_basicsize} and {@code tp_itemsize}.
   */
  public long typeDealloc() {
    return objectHeadSize() + 4 * JAVA_LONG.byteSize();
  }

  /** {@code PyTypeObject.tp_flags}: fifteen pointer-sized fields after {@code tp_dealloc}. */
  public long typeFlags() {
    return typeDealloc() + 15 * JAVA_LONG.byteSize();
  }

  /**
   * {@code PyWrapperDescrObject.d_wrapped}, the C function a slot wrapper ({@code
   * Counter.__len__}) calls: after the object header, {@code d_type}, {@code d_name}, {@code
   * d_qualname} and {@code d_base}.
   */
  public long wrapperDescriptorWrapped() {
    return objectHeadSize() + 4 * JAVA_LONG.byteSize();
  }

  /**
   * Where a pyjava instance keeps the head of its weak reference list ({@code
   * __weaklistoffset__}): the pointer after the handle.
   */
  public long instanceWeakList() {
    return instanceHandle() + JAVA_LONG.byteSize();
  }

  /**
   * {@code tp_basicsize} of a pyjava type: the object header, the handle slot and the weak
   * reference list.
   */
  public long instanceSize() {
    return instanceWeakList() + ADDRESS.byteSize();
  }

  /**
   * {@code ob_ref_shared} of a free-threaded build's object header.
   *
   * @throws IllegalStateException on a build with the GIL, which has no such field
   */
  public long obRefShared() {
    if (!freeThreaded) {
      throw new IllegalStateException("a build with the GIL has no ob_ref_shared");
    }
    return objectHead.byteOffset(groupElement("ob_ref_shared"));
  }

  /** {@code PyASCIIObject.length}: right after the object header. */
  public long strLength() {
    return objectHeadSize();
  }

  /** {@code PyASCIIObject.state}, after the length and the hash. */
  public long strState() {
    return objectHeadSize() + 16;
  }

  /** {@code PyModuleDef_Base}: the object header, then {@code m_init}, {@code m_index}, {@code m_copy}. */
  StructLayout moduleDefBase() {
    return structLayout(
            paddingLayout(objectHeadSize()),
            ADDRESS.withName("m_init"),
            JAVA_LONG.withName("m_index"),
            ADDRESS.withName("m_copy"))
        .withName("PyModuleDef_Base");
  }

  /** {@code PyModuleDef}. */
  public StructLayout moduleDef() {
    return structLayout(
            moduleDefBase().withName("m_base"),
            ADDRESS.withName("m_name"),
            ADDRESS.withName("m_doc"),
            JAVA_LONG.withName("m_size"),
            ADDRESS.withName("m_methods"),
            ADDRESS.withName("m_slots"),
            ADDRESS.withName("m_traverse"),
            ADDRESS.withName("m_clear"),
            ADDRESS.withName("m_free"))
        .withName("PyModuleDef");
  }

  /** The version as {@code 3.14.7} (or the hex value when it is not one), for messages. */
  public static String versionName(long versionHex) {
    if (versionHex == 0) {
      return "of unknown version (no Py_Version)";
    }
    return ((versionHex >>> 24) & 0xff) + "." + ((versionHex >>> 16) & 0xff) + "." + ((versionHex >>> 8) & 0xff)
        + " (PY_VERSION_HEX 0x" + HexFormat.of().toHexDigits((int) versionHex) + ")";
  }

  private static StructLayout objectHead(boolean freeThreaded) {
    if (freeThreaded) {
      // ob_tid, ob_flags, ob_mutex, ob_gc_bits, ob_ref_local, ob_ref_shared, then the type.
      return structLayout(
              JAVA_LONG.withName("ob_tid"),
              paddingLayout(8),
              JAVA_LONG.withName("ob_ref_shared"),
              ADDRESS.withName("ob_type"))
          .withName("PyObject");
    }
    return structLayout(JAVA_LONG.withName("ob_refcnt"), ADDRESS.withName("ob_type")).withName("PyObject");
  }

  private static byte[] staticObjectHead(int minor, boolean freeThreaded) {
    HexFormat hex = HexFormat.of();
    if (freeThreaded) {
      // ob_ref_local = _Py_IMMORTAL_REFCNT_LOCAL; 3.14 adds ob_flags = _Py_STATICALLY_ALLOCATED_FLAG.
      return hex.parseHex(
          (minor == 13 ? "0000000000000000" + "00000000ffffffff" : "0000000000000000" + "04000000ffffffff")
              + "0000000000000000" + "0000000000000000");
    }
    String refcount =
        switch (minor) {
          case 11 -> "0100000000000000"; // 1: no immortal objects yet
          case 12 -> "0100000000000000"; // 3.12's PyModuleDef_HEAD_INIT still starts at 1
          case 13 -> "ffffffff00000000"; // _Py_IMMORTAL_REFCNT
          default -> "000000c000000500"; // _Py_IMMORTAL_INITIAL_REFCNT, statically allocated
        };
    return hex.parseHex(refcount + "0000000000000000");
  }
}
