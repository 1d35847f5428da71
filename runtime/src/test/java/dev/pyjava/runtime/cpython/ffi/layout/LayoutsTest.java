package dev.pyjava.runtime.cpython.ffi.layout;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Linker;
import java.lang.foreign.StructLayout;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layouts match what each version's headers give on x86-64 (measured by compiling against
 * the headers of 3.11 to 3.15, default and free-threaded). The Python tests check the running
 * interpreter's layout against the live objects, on every interpreter of the matrix.
 */
class LayoutsTest {
  @ParameterizedTest(name = "{0} free-threaded={1}")
  @CsvSource({
    // version, t, sizeof(PyObject), ob_type, sizeof(PyModuleDef), m_name, m_slots, str state, str data, compact|ascii
    "0x030B07F0, false, 16, 8, 104, 40, 72, 32, 48, 0x60",
    "0x030C01F0, false, 16, 8, 104, 40, 72, 32, 40, 0x60",
    "0x030D0FF0, false, 16, 8, 104, 40, 72, 32, 40, 0x60",
    "0x030D0FF0, true, 32, 24, 120, 56, 88, 48, 56, 0x60",
    "0x030E07F0, false, 16, 8, 104, 40, 72, 32, 40, 0x60",
    "0x030E07F0, true, 32, 24, 120, 56, 88, 48, 56, 0x1800",
    "0x030F00C1, false, 16, 8, 104, 40, 72, 32, 40, 0x60",
  })
  void layoutsAreThoseOfTheHeaders(
      long version,
      boolean freeThreaded,
      long objectSize,
      long obType,
      long moduleDefSize,
      long mName,
      long mSlots,
      long strState,
      long strData,
      int compactAscii) {
    PythonAbi abi = PythonAbi.of(version, freeThreaded);
    assertEquals(objectSize, abi.objectHeadSize());
    assertEquals(obType, abi.obType());
    assertEquals(objectSize, abi.staticObjectHead().length);
    StructLayout moduleDef = abi.moduleDef();
    assertEquals(moduleDefSize, moduleDef.byteSize());
    assertEquals(objectSize + 24, abi.moduleDefBase().byteSize());
    assertEquals(mName, moduleDef.byteOffset(groupElement("m_name")));
    assertEquals(mSlots, moduleDef.byteOffset(groupElement("m_slots")));
    assertEquals(objectSize, abi.strLength());
    assertEquals(strState, abi.strState());
    assertEquals(strData, abi.strAsciiData());
    assertEquals(compactAscii, abi.strCompactAsciiMask());
  }

  @ParameterizedTest(name = "{0} free-threaded={1}")
  @CsvSource({
    // version, t, where the handle is, the weak reference list, tp_basicsize of a pyjava type
    "0x030B07F0, false, 16, 24, 32",
    "0x030C01F0, false, 16, 24, 32",
    "0x030D0FF0, false, 16, 24, 32",
    "0x030D0FF0, true, 32, 40, 48",
    "0x030E07F0, false, 16, 24, 32",
    "0x030E07F0, true, 32, 40, 48",
    "0x030F00C1, false, 16, 24, 32",
  })
  void anInstanceIsTheHeaderAHandleAndTheWeakList(
      long version, boolean freeThreaded, long handle, long weakList, long size) {
    PythonAbi abi = PythonAbi.of(version, freeThreaded);
    assertEquals(handle, abi.instanceHandle());
    assertEquals(weakList, abi.instanceWeakList());
    assertEquals(size, abi.instanceSize());
  }

  @ParameterizedTest(name = "{0} free-threaded={1}")
  @CsvSource({
    // version, t, how identity lookups take a reference, ob_ref_shared (-1: none)
    "0x030B07F0, false, PLAIN, -1",
    "0x030D0FF0, false, PLAIN, -1",
    "0x030D0FF0, true, SHARED_COMPARE_AND_SWAP, 16",
    "0x030E07F0, false, PLAIN, -1",
    "0x030E07F0, true, C_API, 16",
    "0x030F00C1, false, PLAIN, -1",
  })
  void identityLookupsTakeReferencesAsEachBuildAllows(
      long version, boolean freeThreaded, PythonAbi.IdentityReferences mode, long refShared) {
    PythonAbi abi = PythonAbi.of(version, freeThreaded);
    assertEquals(mode, abi.identityReferences());
    if (refShared >= 0) {
      assertEquals(refShared, abi.obRefShared());
    }
  }

  @Test
  void pyBufferIsLaidOutAsInTheHeaders() {
    // The same on every version and build, 3.11 to 3.15 (Py_buffer has no object header).
    assertEquals(80, BufferLayout.PY_BUFFER.byteSize());
    assertEquals(0, BufferLayout.BUF);
    assertEquals(16, BufferLayout.LEN);
    assertEquals(24, BufferLayout.ITEMSIZE);
    assertEquals(32, BufferLayout.READONLY);
    assertEquals(40, BufferLayout.FORMAT);
    assertEquals(72, BufferLayout.PY_BUFFER.byteOffset(groupElement("internal")));
    assertEquals(0x1c, BufferLayout.RECORDS_RO);
  }

  @Test
  void typeSpecsSlotsAndGetSetsAreLaidOutAsInTheHeaders() {
    assertEquals(32, Layouts.TYPE_SPEC.byteSize());
    assertEquals(8, Layouts.TYPE_SPEC_BASICSIZE);
    assertEquals(16, Layouts.TYPE_SPEC_FLAGS);
    assertEquals(24, Layouts.TYPE_SPEC_SLOTS);
    assertEquals(16, Layouts.TYPE_SLOT.byteSize());
    assertEquals(40, Layouts.GETSET_DEF.byteSize());
    assertEquals(16, Layouts.GETSET_DEF_SET);
    assertEquals(40, Layouts.MEMBER_DEF.byteSize());
    assertEquals(8, Layouts.MEMBER_DEF_TYPE);
    assertEquals(16, Layouts.MEMBER_DEF_OFFSET);
    assertEquals(24, Layouts.MEMBER_DEF_FLAGS);
  }

  @ParameterizedTest(name = "{0} free-threaded={1}")
  @CsvSource({
    // PyModuleDef_HEAD_INIT's object header, as the headers' compiler lays it out.
    "0x030B07F0, false, 01000000000000000000000000000000",
    "0x030C01F0, false, 01000000000000000000000000000000",
    "0x030D0FF0, false, ffffffff000000000000000000000000",
    "0x030D0FF0, true, 000000000000000000000000ffffffff00000000000000000000000000000000",
    "0x030E07F0, false, 000000c0000005000000000000000000",
    "0x030E07F0, true, 000000000000000004000000ffffffff00000000000000000000000000000000",
    "0x030F00C1, false, 000000c0000005000000000000000000",
  })
  void staticObjectsStartAsTheHeadersInitialiseThem(long version, boolean freeThreaded, String head) {
    assertEquals(head, HexFormat.of().formatHex(PythonAbi.of(version, freeThreaded).staticObjectHead()));
  }

  @ParameterizedTest(name = "{0} free-threaded={1}")
  @CsvSource({
    "0x030B07F0, false, PLAIN, false, false",
    "0x030C01F0, false, IMMORTAL_AWARE, true, false",
    "0x030D0FF0, false, IMMORTAL_AWARE, true, true",
    "0x030D0FF0, true, C_API, true, true",
    "0x030E07F0, true, C_API, true, true",
    "0x030F00C1, false, IMMORTAL_AWARE, true, true",
  })
  void eachVersionGetsItsReferenceCountsAndModuleSlots(
      long version,
      boolean freeThreaded,
      PythonAbi.ReferenceCounts counts,
      boolean multipleInterpretersSlot,
      boolean gilSlot) {
    PythonAbi abi = PythonAbi.of(version, freeThreaded);
    assertEquals(counts, abi.referenceCounts());
    assertEquals(multipleInterpretersSlot, abi.hasMultipleInterpretersSlot());
    assertEquals(gilSlot, abi.hasGilSlot());
  }

  @ParameterizedTest
  @CsvSource({"0x030A0CF0, 3.10.12", "0x031000A1, 3.16.0", "0, unknown version"})
  void versionsOutsideTheSupportedOnesAreRefusedByName(long version, String named) {
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PythonAbi.of(version, false));
    assertTrue(refused.getMessage().startsWith("pyjava supports " + PythonAbi.SUPPORTED), refused.getMessage());
    assertTrue(refused.getMessage().contains(named), refused.getMessage());
  }

  @Test
  void moduleSlotsArePairsOfAnIntAndAPointer() {
    assertEquals(16, Layouts.MODULE_DEF_SLOT.byteSize());
    assertEquals(8, Layouts.SLOT_VALUE);
  }

  @Test
  void methodDefIs32BytesWithPaddingAfterTheFlags() {
    assertEquals(32, Layouts.METHOD_DEF.byteSize());
    assertEquals(16, Layouts.METHOD_DEF_FLAGS);
    assertEquals(24, Layouts.METHOD_DEF_DOC);
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
