"""Makes the JVM encode file names as Python does.

Java turns a ``String`` path into bytes with ``sun.jnu.encoding``, which the JVM takes from the
codeset of the creating thread's ``LC_CTYPE`` locale. Python decodes and encodes file names with
``sys.getfilesystemencoding()``, which is UTF-8 in UTF-8 mode even where that locale is the C or
POSIX one (``LC_ALL=C`` in containers, cron, CI: PEP 540): the JVM would then use ASCII, and every
non-ASCII name that Python's ``open()`` opens would fail in Java (``Malformed input``).

While the JVM starts, :func:`python_file_names` gives the starting thread a UTF-8 ``LC_CTYPE``
(glibc's built-in ``C.UTF-8``) through ``uselocale``, which changes no other thread and no other
category, and puts its locale back afterwards.
"""

from __future__ import annotations

import contextlib
import ctypes
import locale
import sys

_LC_CTYPE_MASK = 1 << 0  # glibc: 1 << LC_CTYPE, and LC_CTYPE is 0
_UTF8_LOCALE = b"C.UTF-8"


@contextlib.contextmanager
def python_file_names():
    """Within the block, this thread's file-name encoding is Python's, as far as glibc allows."""
    if sys.getfilesystemencoding() != "utf-8" or _is_utf8(locale.nl_langinfo(locale.CODESET)):
        yield
        return
    libc = ctypes.CDLL(None)
    libc.newlocale.restype = ctypes.c_void_p
    libc.newlocale.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p)
    libc.uselocale.restype = ctypes.c_void_p
    libc.uselocale.argtypes = (ctypes.c_void_p,)
    libc.freelocale.argtypes = (ctypes.c_void_p,)
    utf8 = libc.newlocale(_LC_CTYPE_MASK, _UTF8_LOCALE, None)
    if not utf8:  # no such locale: the JVM keeps the process's encoding
        yield
        return
    previous = libc.uselocale(utf8)
    try:
        yield
    finally:
        libc.uselocale(previous)
        libc.freelocale(utf8)


def _is_utf8(codeset: str) -> bool:
    return codeset.replace("-", "").upper() == "UTF8"
