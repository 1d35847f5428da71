package dev.pyjava.runtime.cpython;

import dev.pyjava.runtime.PyStr;
import java.lang.ref.Reference;

/** A Python {@code str} (or subclass) of the CPython backend. */
public final class CPyStr extends CPyObject implements PyStr {
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
