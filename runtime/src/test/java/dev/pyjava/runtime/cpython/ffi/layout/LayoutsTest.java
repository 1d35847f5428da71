package dev.pyjava.runtime.cpython.ffi.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Linker;
import org.junit.jupiter.api.Test;

/** The struct layouts match CPython 3.11+ on a 64-bit platform. */
class LayoutsTest {
  @Test
  void moduleDefBaseIs40Bytes() {
    assertEquals(40, Layouts.MODULE_DEF_BASE.byteSize());
  }

  @Test
  void moduleDefIs104BytesWithFieldsWhereCPythonHasThem() {
    assertEquals(104, Layouts.MODULE_DEF.byteSize());
    assertEquals(40, Layouts.MODULE_DEF_NAME);
    assertEquals(48, Layouts.MODULE_DEF_DOC);
    assertEquals(56, Layouts.MODULE_DEF_SIZE);
    assertEquals(64, Layouts.MODULE_DEF_METHODS);
  }

  @Test
  void methodDefIs32BytesWithPaddingAfterTheFlags() {
    assertEquals(32, Layouts.METHOD_DEF.byteSize());
    assertEquals(16, Layouts.METHOD_DEF_FLAGS);
    assertEquals(24, Layouts.METHOD_DEF_DOC);
  }

  @Test
  void objectHeaderHoldsTheTypeAfterTheReferenceCount() {
    assertEquals(16, Layouts.OBJECT_HEAD.byteSize());
    assertEquals(8, Layouts.OB_TYPE);
  }

  @Test
  void statusIs32Bytes() {
    assertEquals(32, Layouts.STATUS.byteSize());
    assertEquals(24, Layouts.STATUS_EXITCODE);
  }

  @Test
  void pointersAndCLongsAreJavaLongs() {
    // The C-API classes pass pointers, Py_ssize_t and C long as Java longs: true on LP64 platforms only.
    assertEquals(8, Linker.nativeLinker().canonicalLayouts().get("long").byteSize());
    assertEquals(8, Linker.nativeLinker().canonicalLayouts().get("size_t").byteSize());
  }
}
