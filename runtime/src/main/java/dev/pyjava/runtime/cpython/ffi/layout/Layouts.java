package dev.pyjava.runtime.cpython.ffi.layout;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.MemoryLayout.paddingLayout;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.StructLayout;

/**
 * Every libpython struct pyjava touches, laid out once with {@link java.lang.foreign.MemoryLayout}
 * for the default (GIL) build of CPython 3.11+ on a 64-bit platform.
 *
 * <p>{@code Py_ssize_t} is a {@code JAVA_LONG}. The free-threaded build (3.13t) has a different
 * object header; it is not supported, and this is the one place to change if it ever is.
 */
public final class Layouts {
  private Layouts() {}

  /** {@code PyObject_HEAD}: the reference count and the type pointer. */
  static final StructLayout OBJECT_HEAD =
      structLayout(JAVA_LONG.withName("ob_refcnt"), ADDRESS.withName("ob_type")).withName("PyObject");

  /** {@code PyModuleDef_Base}: 40 bytes on 3.11 x86-64. */
  static final StructLayout MODULE_DEF_BASE =
      structLayout(
              OBJECT_HEAD.withName("ob_base"),
              ADDRESS.withName("m_init"),
              JAVA_LONG.withName("m_index"),
              ADDRESS.withName("m_copy"))
          .withName("PyModuleDef_Base");

  /** {@code PyModuleDef}: 104 bytes on 3.11 x86-64. */
  public static final StructLayout MODULE_DEF =
      structLayout(
              MODULE_DEF_BASE.withName("m_base"),
              ADDRESS.withName("m_name"),
              ADDRESS.withName("m_doc"),
              JAVA_LONG.withName("m_size"),
              ADDRESS.withName("m_methods"),
              ADDRESS.withName("m_slots"),
              ADDRESS.withName("m_traverse"),
              ADDRESS.withName("m_clear"),
              ADDRESS.withName("m_free"))
          .withName("PyModuleDef");

  /** {@code PyMethodDef}: 32 bytes; {@code ml_flags} is an {@code int} followed by padding. */
  public static final StructLayout METHOD_DEF =
      structLayout(
              ADDRESS.withName("ml_name"),
              ADDRESS.withName("ml_meth"),
              JAVA_INT.withName("ml_flags"),
              paddingLayout(4),
              ADDRESS.withName("ml_doc"))
          .withName("PyMethodDef");

  /** {@code PyStatus}, returned by value from the initialization API. */
  public static final StructLayout STATUS =
      structLayout(
              JAVA_INT.withName("_type"),
              paddingLayout(4),
              ADDRESS.withName("func"),
              ADDRESS.withName("err_msg"),
              JAVA_INT.withName("exitcode"),
              paddingLayout(4))
          .withName("PyStatus");

  /**
   * Bytes reserved for a {@code PyConfig}, which pyjava treats as opaque and fills only through
   * the {@code PyConfig_*} functions. Several times {@code sizeof(PyConfig)} of every release.
   */
  public static final long CONFIG_BYTES = 4096;

  public static final long OB_REFCNT = OBJECT_HEAD.byteOffset(groupElement("ob_refcnt"));
  public static final long OB_TYPE = OBJECT_HEAD.byteOffset(groupElement("ob_type"));

  public static final long MODULE_DEF_REFCNT =
      MODULE_DEF.byteOffset(groupElement("m_base"), groupElement("ob_base"), groupElement("ob_refcnt"));
  public static final long MODULE_DEF_NAME = MODULE_DEF.byteOffset(groupElement("m_name"));
  public static final long MODULE_DEF_DOC = MODULE_DEF.byteOffset(groupElement("m_doc"));
  public static final long MODULE_DEF_SIZE = MODULE_DEF.byteOffset(groupElement("m_size"));
  public static final long MODULE_DEF_METHODS = MODULE_DEF.byteOffset(groupElement("m_methods"));

  public static final long METHOD_DEF_NAME = METHOD_DEF.byteOffset(groupElement("ml_name"));
  public static final long METHOD_DEF_METH = METHOD_DEF.byteOffset(groupElement("ml_meth"));
  public static final long METHOD_DEF_FLAGS = METHOD_DEF.byteOffset(groupElement("ml_flags"));
  public static final long METHOD_DEF_DOC = METHOD_DEF.byteOffset(groupElement("ml_doc"));

  public static final long STATUS_TYPE = STATUS.byteOffset(groupElement("_type"));
  public static final long STATUS_FUNC = STATUS.byteOffset(groupElement("func"));
  public static final long STATUS_ERR_MSG = STATUS.byteOffset(groupElement("err_msg"));
  public static final long STATUS_EXITCODE = STATUS.byteOffset(groupElement("exitcode"));

  /** {@code _PyStatus_TYPE_ERROR}. */
  public static final int STATUS_TYPE_ERROR = 1;

  /** {@code _PyStatus_TYPE_EXIT}. */
  public static final int STATUS_TYPE_EXIT = 2;

  /** {@code METH_KEYWORDS}. */
  public static final int METH_KEYWORDS = 0x0002;

  /** {@code METH_NOARGS}. */
  public static final int METH_NOARGS = 0x0004;

  /** {@code METH_FASTCALL}. */
  public static final int METH_FASTCALL = 0x0080;

  /** {@code PYTHON_API_VERSION}, the second argument of {@code PyModule_Create2}. */
  public static final int PYTHON_API_VERSION = 1013;

  /** {@code PY_VECTORCALL_ARGUMENTS_OFFSET}: a flag bit in a vectorcall's {@code nargsf}. */
  public static final long VECTORCALL_ARGUMENTS_OFFSET = 1L << 63;

  public static final long TPFLAGS_HEAPTYPE = 1L << 9;
  public static final long TPFLAGS_LONG_SUBCLASS = 1L << 24;
  public static final long TPFLAGS_LIST_SUBCLASS = 1L << 25;
  public static final long TPFLAGS_TUPLE_SUBCLASS = 1L << 26;
  public static final long TPFLAGS_BYTES_SUBCLASS = 1L << 27;
  public static final long TPFLAGS_UNICODE_SUBCLASS = 1L << 28;
  public static final long TPFLAGS_DICT_SUBCLASS = 1L << 29;
  public static final long TPFLAGS_BASE_EXC_SUBCLASS = 1L << 30;
  public static final long TPFLAGS_TYPE_SUBCLASS = 1L << 31;
}
