package dev.pyjava.runtime.cpython.calls;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.pyjava.runtime.cpython.ffi.layout.Layouts;
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
public final class SpecializedUpcalls {
  private SpecializedUpcalls() {}

  private static final FunctionDescriptor FASTCALL_KEYWORDS =
      FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG);

  private static final MethodType CALL_TYPE =
      MethodType.methodType(long.class, long.class, long.class, long.class, long.class);

  private static final MethodHandle SHARED_CALL = sharedCall();

  /** {@link FunctionUpcall}'s class file, read on the first specialization. */
  private static byte[] template;

  /**
   * A permanent C function pointer for {@code function}, through the shared upcall.
   *
   * @param methodDef the {@code PyMethodDef} that will hold the pointer, to repoint once the
   *     function is specialized
   */
  public static MemorySegment stub(FunctionDef function, MemorySegment methodDef) {
    return upcallStub(SHARED_CALL.bindTo(new FunctionUpcall(function, methodDef)));
  }

  /**
   * Points {@code methodDef} at an upcall of {@code function}'s own. GIL held: Python reads
   * {@code ml_meth} at every call, with the GIL, so no call sees a torn pointer; calls already
   * inside the old upcall finish there (it is never freed). On failure the shared upcall stays.
   */
  static void specialize(FunctionDef function, MemorySegment methodDef) {
    MemorySegment stub;
    try {
      MethodHandles.Lookup copy =
          MethodHandles.lookup().defineHiddenClassWithClassData(template(), function, true);
      stub = upcallStub(copy.findStatic(copy.lookupClass(), "callSpecialized", CALL_TYPE));
    } catch (ReflectiveOperationException | RuntimeException | Error cannotSpecialize) {
      // The shared upcall is correct, only slower: the call goes on through it.
      return;
    }
    methodDef.set(ADDRESS, Layouts.METHOD_DEF_METH, stub);
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

  private static byte[] template() {
    if (template == null) {
      try (InputStream in = SpecializedUpcalls.class.getResourceAsStream("FunctionUpcall.class")) {
        if (in == null) {
          throw new IllegalStateException("pyjava runtime class file missing: FunctionUpcall.class");
        }
        template = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return template;
  }
}
