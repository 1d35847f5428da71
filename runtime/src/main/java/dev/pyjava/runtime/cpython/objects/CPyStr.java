package dev.pyjava.runtime.cpython.objects;

import dev.pyjava.runtime.PyStr;
import java.lang.ref.Reference;

/** A Python {@code str} (or subclass) of the CPython backend. */
final class CPyStr extends CPyObject implements PyStr {
  CPyStr(long address, CallScope scope) {
    super(address, scope);
  }

  @Override
  public String value() {
    try {
      return Strings.toJava(address());
    } finally {
      Reference.reachabilityFence(this);
    }
  }
}
