package dev.pyjava.runtime.cpython;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.def.FunctionDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * Makes the C function pointers of pyjava functions: upcall stubs into {@link
 * FunctionUpcall#call}.
 *
 * <p>A function starts with an upcall of the shared {@link FunctionUpcall} class: cheap to make,
 * so importing a module with many functions stays fast. A function called often gets an upcall
 * of its own, in a hidden class made from {@link FunctionUpcall}'s bytes, and its {@code
 * PyMethodDef} is pointed at it. The JIT profiles each class apart and takes the copy's function
 * (its class data) as a constant, so that upcall is compiled for the function's own parameters,
 * result and invoker, with the user's method inlined, instead of sharing one megamorphic call
 * site with every other function.
 */
final class SpecializedUpcalls {
  private SpecializedUpcalls() {}

  private static final FunctionDescriptor FASTCALL_KEYWORDS =
      FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG);

  private static final MethodType CALL_TYPE =
      MethodType.methodType(long.class, long.class, long.class, long.class, long.class);

  private static final MethodHandle SHARED_CALL = sharedCall();

  /** {@code PyMethodDef.ml_meth}, written with release semantics: other threads may be calling. */
  private static final VarHandle ML_METH = ADDRESS.varHandle();

  /**
   * A permanent C function pointer for {@code function}, through the shared upcall.
   *
   * @param methodDef the {@code PyMethodDef} that will hold the pointer, to repoint once the
   *     function is specialized
   */
  static MemorySegment stub(FunctionDef function, MemorySegment methodDef) {
    return upcallStub(SHARED_CALL.bindTo(new FunctionUpcall(function, methodDef)));
  }

  /**
   * Points {@code methodDef} at an upcall of {@code function}'s own. Python reads {@code ml_meth}
   * at every call; the pointer is written in one aligned store with release semantics, so a call
   * on another thread (free-threaded Python) sees the old upcall or the complete new one; calls
   * already inside the old upcall finish there (it is never freed). On failure the shared upcall
   * stays.
   */
  static void specialize(FunctionDef function, MemorySegment methodDef) {
    MemorySegment stub;
    try {
      MethodHandles.Lookup copy =
          MethodHandles.lookup().defineHiddenClassWithClassData(Template.BYTES, function, true);
      stub = upcallStub(copy.findStatic(copy.lookupClass(), "callSpecialized", CALL_TYPE));
    } catch (ReflectiveOperationException | RuntimeException | Error cannotSpecialize) {
      // The shared upcall is correct, only slower: the call goes on through it.
      return;
    }
    ML_METH.setRelease(methodDef, Layouts.METHOD_DEF_METH, stub);
  }

  private static MemorySegment upcallStub(MethodHandle target) {
    return Linker.nativeLinker().upcallStub(target, FASTCALL_KEYWORDS, Arena.global());
  }

  private static MethodHandle sharedCall() {
    try {
      return MethodHandles.lookup().findVirtual(FunctionUpcall.class, "call", CALL_TYPE);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** {@link FunctionUpcall}'s class file, read on the first specialization. */
  private static final class Template {
    static final byte[] BYTES = read();

    private static byte[] read() {
      try (InputStream in = SpecializedUpcalls.class.getResourceAsStream("FunctionUpcall.class")) {
        if (in == null) {
          throw new IllegalStateException("pyjava runtime class file missing: FunctionUpcall.class");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
