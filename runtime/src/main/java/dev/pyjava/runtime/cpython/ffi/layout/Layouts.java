package dev.pyjava.runtime.cpython.ffi.layout;

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
public final class Layouts {
  private Layouts() {}

  /** {@code PyMethodDef}: 32 bytes; {@code ml_flags} is an {@code int} followed by padding. */
  public static final StructLayout METHOD_DEF =
      structLayout(
              ADDRESS.withName("ml_name"),
              ADDRESS.withName("ml_meth"),
              JAVA_INT.withName("ml_flags"),
              paddingLayout(4),
              ADDRESS.withName("ml_doc"))
          .withName("PyMethodDef");

  /** {@code PyType_Spec}: the name, the instance's size, flags and the slots of a heap type. */
  public static final StructLayout TYPE_SPEC =
      structLayout(
              ADDRESS.withName("name"),
              JAVA_INT.withName("basicsize"),
              JAVA_INT.withName("itemsize"),
              JAVA_INT.withName("flags"),
              paddingLayout(4),
              ADDRESS.withName("slots"))
          .withName("PyType_Spec");

  public static final long TYPE_SPEC_NAME = TYPE_SPEC.byteOffset(groupElement("name"));
  public static final long TYPE_SPEC_BASICSIZE = TYPE_SPEC.byteOffset(groupElement("basicsize"));
  public static final long TYPE_SPEC_FLAGS = TYPE_SPEC.byteOffset(groupElement("flags"));
  public static final long TYPE_SPEC_SLOTS = TYPE_SPEC.byteOffset(groupElement("slots"));

  /** {@code PyType_Slot}: laid out as {@link #MODULE_DEF_SLOT}, an {@code int} and a pointer. */
  public static final StructLayout TYPE_SLOT =
      structLayout(JAVA_INT.withName("slot"), paddingLayout(4), ADDRESS.withName("pfunc"))
          .withName("PyType_Slot");

  /** {@code PyGetSetDef}: name, getter, setter, doc and closure. */
  public static final StructLayout GETSET_DEF =
      structLayout(
              ADDRESS.withName("name"),
              ADDRESS.withName("get"),
              ADDRESS.withName("set"),
              ADDRESS.withName("doc"),
              ADDRESS.withName("closure"))
          .withName("PyGetSetDef");

  public static final long GETSET_DEF_NAME = GETSET_DEF.byteOffset(groupElement("name"));
  public static final long GETSET_DEF_GET = GETSET_DEF.byteOffset(groupElement("get"));
  public static final long GETSET_DEF_SET = GETSET_DEF.byteOffset(groupElement("set"));
  public static final long GETSET_DEF_DOC = GETSET_DEF.byteOffset(groupElement("doc"));

  /** {@code Py_tp_dealloc}, and the other {@code typeslots.h} numbers pyjava fills. */
  public static final int TP_DEALLOC = 52;

  public static final int TP_DOC = 56;
  public static final int TP_INIT = 60;
  public static final int TP_METHODS = 64;
  public static final int TP_NEW = 65;
  public static final int TP_GETSET = 73;

  /** {@code Py_tp_members}: the {@code PyMemberDef} array (pyjava's: {@code __weaklistoffset__}). */
  public static final int TP_MEMBERS = 72;

  /** {@code PyMemberDef}: a member's name, type, offset, flags and doc. */
  public static final StructLayout MEMBER_DEF =
      structLayout(
              ADDRESS.withName("name"),
              JAVA_INT.withName("type"),
              paddingLayout(4),
              JAVA_LONG.withName("offset"),
              JAVA_INT.withName("flags"),
              paddingLayout(4),
              ADDRESS.withName("doc"))
          .withName("PyMemberDef");

  public static final long MEMBER_DEF_NAME = MEMBER_DEF.byteOffset(groupElement("name"));
  public static final long MEMBER_DEF_TYPE = MEMBER_DEF.byteOffset(groupElement("type"));
  public static final long MEMBER_DEF_OFFSET = MEMBER_DEF.byteOffset(groupElement("offset"));
  public static final long MEMBER_DEF_FLAGS = MEMBER_DEF.byteOffset(groupElement("flags"));

  /** {@code Py_T_PYSSIZET}: a {@code Py_ssize_t} member. */
  public static final int MEMBER_T_PYSSIZET = 19;

  /** {@code Py_READONLY}: a member Python cannot set. */
  public static final int MEMBER_READONLY = 1;

  /** The {@code typeslots.h} numbers of the protocol slots, which {@code ProtocolSlots} fills. */
  public static final int MP_ASS_SUBSCRIPT = 3;

  public static final int MP_LENGTH = 4;
  public static final int MP_SUBSCRIPT = 5;
  public static final int NB_ADD = 7;
  public static final int NB_BOOL = 9;
  public static final int NB_MULTIPLY = 29;
  public static final int NB_NEGATIVE = 30;
  public static final int NB_SUBTRACT = 36;
  public static final int NB_TRUE_DIVIDE = 37;
  public static final int SQ_CONTAINS = 41;
  public static final int SQ_LENGTH = 45;
  public static final int TP_CALL = 50;
  public static final int TP_HASH = 59;
  public static final int TP_ITER = 62;
  public static final int TP_ITERNEXT = 63;
  public static final int TP_REPR = 66;
  public static final int TP_RICHCOMPARE = 67;
  public static final int TP_STR = 70;

  /** {@code Py_LT}, the first of the rich comparison operators ({@code object.h}). */
  public static final int PY_LT = 0;

  public static final int PY_LE = 1;
  public static final int PY_EQ = 2;
  public static final int PY_NE = 3;
  public static final int PY_GT = 4;
  public static final int PY_GE = 5;

  /** {@code Py_TPFLAGS_DISALLOW_INSTANTIATION}: no {@code tp_new}, Python cannot create one. */
  public static final long TPFLAGS_DISALLOW_INSTANTIATION = 1L << 7;

  /** {@code Py_TPFLAGS_IMMUTABLETYPE}: the type's attributes cannot be set or deleted. */
  public static final long TPFLAGS_IMMUTABLETYPE = 1L << 8;

  /** {@code Py_TPFLAGS_BASETYPE}: Python code may subclass the type. */
  public static final long TPFLAGS_BASETYPE = 1L << 10;

  /** {@code Py_TPFLAGS_HAVE_GC}: instances are tracked by the garbage collector. */
  public static final long TPFLAGS_HAVE_GC = 1L << 14;

  /** {@code Py_TPFLAGS_DEFAULT}: {@code Py_TPFLAGS_HAVE_VERSION_TAG} on every supported version. */
  public static final long TPFLAGS_DEFAULT = 1L << 18;

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

  /** {@code PyModuleDef_Slot}: an {@code int} slot number, padding, and a pointer. */
  public static final StructLayout MODULE_DEF_SLOT =
      structLayout(JAVA_INT.withName("slot"), paddingLayout(4), ADDRESS.withName("value"))
          .withName("PyModuleDef_Slot");

  public static final long SLOT_ID = MODULE_DEF_SLOT.byteOffset(groupElement("slot"));
  public static final long SLOT_VALUE = MODULE_DEF_SLOT.byteOffset(groupElement("value"));

  /** {@code Py_mod_exec}. */
  public static final int MOD_EXEC = 2;

  /**
   * {@code Py_mod_multiple_interpreters} (3.12+; 3.15 renumbers the slots but keeps accepting
   * the old numbers).
   */
  public static final int MOD_MULTIPLE_INTERPRETERS = 3;

  /** {@code Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED}: one JVM per process, one interpreter. */
  public static final long MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED = 0;

  /** {@code Py_mod_gil} (3.13+). */
  public static final int MOD_GIL = 4;

  /** {@code Py_MOD_GIL_NOT_USED}: the module is safe to run without the GIL. */
  public static final long MOD_GIL_NOT_USED = 1;

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

  /** {@code METH_STATIC}: the method is a {@code staticmethod}, called with {@code self} NULL. */
  public static final int METH_STATIC = 0x0020;

  /** {@code METH_FASTCALL}. */
  public static final int METH_FASTCALL = 0x0080;

  /** {@code PYTHON_API_VERSION}, the last argument of {@code PyModule_FromDefAndSpec2}. */
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
