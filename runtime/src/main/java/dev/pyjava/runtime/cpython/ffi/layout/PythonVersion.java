package dev.pyjava.runtime.cpython.ffi.layout;

import dev.pyjava.runtime.cpython.ffi.loader.LibPython;

/**
 * A CPython version, as its {@code PY_VERSION_HEX} gives it: {@code 0x030C04F0} is 3.12.4 final.
 * {@link #running()} is the bound libpython's, which the loader read once from {@code Py_Version}.
 *
 * @param hex the {@code PY_VERSION_HEX}
 */
public record PythonVersion(long hex) {
  /** The version of the libpython pyjava is bound to. */
  public static PythonVersion running() {
    return new PythonVersion(LibPython.binding().version());
  }

  /** The major version: 3. */
  public int major() {
    return (int) (hex >>> 24) & 0xff;
  }

  /** The minor version: 12 for 3.12. */
  public int minor() {
    return (int) (hex >>> 16) & 0xff;
  }

  /** Whether this is {@code major.minor} or newer. */
  public boolean atLeast(int major, int minor) {
    return (hex >>> 16) >= ((long) major << 8 | minor);
  }

  /** {@code major.minor}, as in {@code "3.12"}. */
  @Override
  public String toString() {
    return major() + "." + minor();
  }
}
