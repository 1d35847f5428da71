package dev.pyjava.runtime.cpython;

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

/**
 * Makes the C function pointer of each pyjava function: an upcall stub into {@link
 * FunctionUpcall#call} of a hidden class made for that function alone from {@link
 * FunctionUpcall}'s bytes, with the {@link FunctionDef} as its class data.
 *
 * <p>The JIT treats a hidden class's static finals as constants and profiles each class apart,
 * so every function's upcall is compiled for its own parameters, result and invoker, with the
 * user's method inlined; one module's functions never share (and slow down) one call site.
 */
final class SpecializedUpcalls {
  private SpecializedUpcalls() {}

  private static final FunctionDescriptor FASTCALL_KEYWORDS =
      FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG);

  private static final MethodType CALL_TYPE =
      MethodType.methodType(long.class, long.class, long.class, long.class, long.class);

  /** The template's class file; reading it does not load the template itself. */
  private static final byte[] TEMPLATE = classBytes("FunctionUpcall.class");

  /** A permanent C function pointer for {@code function}. */
  static MemorySegment stub(FunctionDef function) {
    return Linker.nativeLinker().upcallStub(call(function), FASTCALL_KEYWORDS, Arena.global());
  }

  private static MethodHandle call(FunctionDef function) {
    try {
      MethodHandles.Lookup copy =
          MethodHandles.lookup().defineHiddenClassWithClassData(TEMPLATE, function, true);
      return copy.findStatic(copy.lookupClass(), "call", CALL_TYPE);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make the upcall of " + function.name() + "()", e);
    }
  }

  private static byte[] classBytes(String resource) {
    try (InputStream in = SpecializedUpcalls.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("pyjava runtime class file missing: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
