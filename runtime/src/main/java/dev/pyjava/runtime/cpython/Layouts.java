package dev.pyjava.runtime.cpython;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.MemoryLayout.paddingLayout;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.StructLayout;

/**
 * The libpython structs pyjava touches that are the same on every version and build (3.11 to
 * 3.15, default and free-threaded, 64-bit), laid out once with {@link
 * java.lang.foreign.MemoryLayout}, and the constants of the C-API. Those that begin with an
 * object header, which the free-threaded build makes longer, are in {@link PythonAbi}.
 *
 * <p>{@code Py_ssize_t} is a {@code JAVA_LONG}.
 */
final class Layouts {
  private Layouts() {}

  /** {@code PyMethodDef}: 32 bytes; {@code ml_flags} is an {@code int} followed by padding. */
  static final StructLayout METHOD_DEF =
      structLayout(
              ADDRESS.withName("ml_name"),
              ADDRESS.withName("ml_meth"),
              JAVA_INT.withName("ml_flags"),
              paddingLayout(4),
              ADDRESS.withName("ml_doc"))
          .withName("PyMethodDef");

  /** {@code PyStatus}, returned by value from the initialization API. */
  static final StructLayout STATUS =
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
  static final long CONFIG_BYTES = 4096;

  /** {@code PyModuleDef_Slot}: an {@code int} slot number, padding, and a pointer. */
  static final StructLayout MODULE_DEF_SLOT =
      structLayout(JAVA_INT.withName("slot"), paddingLayout(4), ADDRESS.withName("value"))
          .withName("PyModuleDef_Slot");

  static final long SLOT_ID = MODULE_DEF_SLOT.byteOffset(groupElement("slot"));
  static final long SLOT_VALUE = MODULE_DEF_SLOT.byteOffset(groupElement("value"));

  /** {@code Py_mod_exec}. */
  static final int MOD_EXEC = 2;

  /**
   * {@code Py_mod_multiple_interpreters} (3.12+; 3.15 renumbers the slots but keeps accepting
   * the old numbers).
   */
  static final int MOD_MULTIPLE_INTERPRETERS = 3;

  /** {@code Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED}: one JVM per process, one interpreter. */
  static final long MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED = 0;

  /** {@code Py_mod_gil} (3.13+). */
  static final int MOD_GIL = 4;

  /** {@code Py_MOD_GIL_NOT_USED}: the module is safe to run without the GIL. */
  static final long MOD_GIL_NOT_USED = 1;

  static final long METHOD_DEF_NAME = METHOD_DEF.byteOffset(groupElement("ml_name"));
  static final long METHOD_DEF_METH = METHOD_DEF.byteOffset(groupElement("ml_meth"));
  static final long METHOD_DEF_FLAGS = METHOD_DEF.byteOffset(groupElement("ml_flags"));
  static final long METHOD_DEF_DOC = METHOD_DEF.byteOffset(groupElement("ml_doc"));

  static final long STATUS_TYPE = STATUS.byteOffset(groupElement("_type"));
  static final long STATUS_FUNC = STATUS.byteOffset(groupElement("func"));
  static final long STATUS_ERR_MSG = STATUS.byteOffset(groupElement("err_msg"));
  static final long STATUS_EXITCODE = STATUS.byteOffset(groupElement("exitcode"));

  /** {@code _PyStatus_TYPE_ERROR}. */
  static final int STATUS_TYPE_ERROR = 1;

  /** {@code _PyStatus_TYPE_EXIT}. */
  static final int STATUS_TYPE_EXIT = 2;

  /** {@code METH_KEYWORDS}. */
  static final int METH_KEYWORDS = 0x0002;

  /** {@code METH_NOARGS}. */
  static final int METH_NOARGS = 0x0004;

  /** {@code METH_FASTCALL}. */
  static final int METH_FASTCALL = 0x0080;

  /** {@code PYTHON_API_VERSION}, the last argument of {@code PyModule_FromDefAndSpec2}. */
  static final int PYTHON_API_VERSION = 1013;

  /** {@code PY_VECTORCALL_ARGUMENTS_OFFSET}: a flag bit in a vectorcall's {@code nargsf}. */
  static final long VECTORCALL_ARGUMENTS_OFFSET = 1L << 63;

  static final long TPFLAGS_HEAPTYPE = 1L << 9;
  static final long TPFLAGS_LONG_SUBCLASS = 1L << 24;
  static final long TPFLAGS_LIST_SUBCLASS = 1L << 25;
  static final long TPFLAGS_TUPLE_SUBCLASS = 1L << 26;
  static final long TPFLAGS_BYTES_SUBCLASS = 1L << 27;
  static final long TPFLAGS_UNICODE_SUBCLASS = 1L << 28;
  static final long TPFLAGS_DICT_SUBCLASS = 1L << 29;
  static final long TPFLAGS_BASE_EXC_SUBCLASS = 1L << 30;
  static final long TPFLAGS_TYPE_SUBCLASS = 1L << 31;
}
