package dev.pyjava.runtime.cpython.modules;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.pyjava.runtime.cpython.calls.JavaIterators;
import dev.pyjava.runtime.cpython.ffi.NativeMemory;
import dev.pyjava.runtime.cpython.ffi.capi.ProtocolApi;
import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
import dev.pyjava.runtime.cpython.ffi.layout.PythonAbi;
import dev.pyjava.runtime.cpython.objects.PythonErrors;
import dev.pyjava.runtime.cpython.process.ForkCutOff;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * {@code pyjava.JavaIterator}, the type of the Python iterators over Java iterators ({@link
 * JavaIterators}): made once per interpreter, before the first pyjava type, put under the fork
 * guard and kept for good. Python cannot create or subclass it; {@code iter(it) is it}.
 */
final class IteratorType {
  private IteratorType() {}

  private static final String NAME = "pyjava.JavaIterator";
  private static final String DOC = "An iterator over a Java Iterator.";

  /** Makes the type unless this interpreter has it. GIL held. */
  static synchronized void ensure() {
    if (JavaIterators.registered()) {
      return;
    }
    long[][] slots = {
      {Layouts.TP_DEALLOC, JavaIterators.deallocStub().address()},
      {Layouts.TP_DOC, NativeMemory.permanentCString(DOC).address()},
      {Layouts.TP_ITER, ProtocolApi.SELF_ITER_FUNCTION},
      {Layouts.TP_ITERNEXT, JavaIterators.nextStub().address()}
    };
    MemorySegment spec = Arena.global().allocate(Layouts.TYPE_SPEC).fill((byte) 0);
    spec.set(ADDRESS, Layouts.TYPE_SPEC_NAME, NativeMemory.permanentCString(NAME));
    spec.set(JAVA_INT, Layouts.TYPE_SPEC_BASICSIZE, (int) PythonAbi.current().instanceSize());
    long flags =
        Layouts.TPFLAGS_DEFAULT
            | Layouts.TPFLAGS_IMMUTABLETYPE
            | Layouts.TPFLAGS_DISALLOW_INSTANTIATION;
    spec.set(JAVA_INT, Layouts.TYPE_SPEC_FLAGS, (int) flags);
    spec.set(ADDRESS, Layouts.TYPE_SPEC_SLOTS, HeapTypes.slotArray(List.of(slots)));
    long type = PythonErrors.nonNull(ProtocolApi.PyType_FromSpec(spec.address()));
    ForkCutOff.trackType(type, 0, 0);
    JavaIterators.register(type);
  }
}
