"""Keeps the JVM's handlers for fatal signals installed while Python code runs.

HotSpot uses SIGSEGV, SIGBUS, SIGFPE and SIGILL internally (safepoint polls, implicit null
checks, stack guard pages). Python's ``faulthandler`` replaces those handlers when enabled and
puts back whatever it found when disabled; either way the next JVM-internal fault then ends the
process. pytest enables faulthandler when a session starts and disables it when it ends.

What this module does:

* If faulthandler is enabled when the JVM starts, its handlers are set aside (reset to the
  default action) during ``JNI_CreateJavaVM``, so the JVM does not chain to them: a chained
  faulthandler that is later disabled would make the JVM retry a real crash forever.
* Right after start, the JVM's handlers are recorded, and ``faulthandler.enable`` and
  ``faulthandler.disable`` are wrapped so that the JVM's handlers are installed again after
  each call. Real crashes are then reported by the JVM (``hs_err_pid*.log``); the JVM ends with
  ``abort()``, which faulthandler (still handling SIGABRT) reports with the Python traceback.
* At interpreter exit faulthandler is disabled through the wrapper, because the interpreter's
  own shutdown would otherwise restore the default action while JVM threads still run.

Only code that calls ``faulthandler.enable``/``disable`` through the module attribute is
covered (pytest does); ``from faulthandler import disable`` taken before the JVM started is not.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import faulthandler
import functools
import signal

FATAL_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGSEGV", "SIGBUS", "SIGFPE", "SIGILL") if hasattr(signal, name)
)

# Larger than any libc's `struct sigaction` (glibc x86-64: 152 bytes). The contents are only
# copied, never interpreted; all zeros is SIG_DFL with an empty mask and no flags everywhere.
_SIGACTION_BYTES = 512

_libc = ctypes.CDLL(None, use_errno=True)
_sigaction = _libc.sigaction
_sigaction.restype = ctypes.c_int
_sigaction.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p]


def current_action(signum: int) -> bytes:
    """The installed ``struct sigaction`` for ``signum``, as opaque bytes."""
    buffer = ctypes.create_string_buffer(_SIGACTION_BYTES)
    if _sigaction(signum, None, buffer) != 0:
        raise OSError(ctypes.get_errno(), f"sigaction({signum}) failed")
    return buffer.raw


def install_action(signum: int, action: bytes) -> None:
    """Installs a ``struct sigaction`` obtained from :func:`current_action`."""
    buffer = ctypes.create_string_buffer(action, _SIGACTION_BYTES)
    if _sigaction(signum, buffer, None) != 0:
        raise OSError(ctypes.get_errno(), f"sigaction({signum}) failed")


def _default_action() -> bytes:
    return bytes(_SIGACTION_BYTES)


# Signals whose Python handlers may raise (KeyboardInterrupt for SIGINT) or exit.
_INTERRUPTING_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


@contextlib.contextmanager
def deferred_interrupts():
    """Holds back SIGINT, SIGTERM and SIGHUP in this thread for the block.

    While the JVM starts, a KeyboardInterrupt raised between ``JNI_CreateJavaVM`` returning and
    pyjava recording the new VM would lose it (and a JVM cannot be created twice). Signals that
    arrive meanwhile are delivered, and their Python handlers run, right after the block. Threads
    the JVM creates inside the block keep them blocked, so they reach Python's threads instead.
    """
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTING_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def hide_faulthandler_handlers() -> dict[int, bytes]:
    """If faulthandler is enabled, resets its fatal-signal handlers to the default action, so
    that a JVM starting now does not chain to them; returns them for :func:`restore_actions`."""
    hidden = {}
    if faulthandler.is_enabled():
        for signum in FATAL_SIGNALS:
            hidden[signum] = current_action(signum)
            install_action(signum, _default_action())
    return hidden


def restore_actions(actions: dict[int, bytes]) -> None:
    """Installs handlers saved by :func:`hide_faulthandler_handlers` (when the JVM did not start)."""
    for signum, action in actions.items():
        install_action(signum, action)


class JvmSignalGuard:
    """Re-installs the JVM's fatal-signal handlers whenever faulthandler changes them."""

    def __init__(self) -> None:
        self._jvm_actions = {signum: current_action(signum) for signum in FATAL_SIGNALS}

    def reinstall(self) -> None:
        """Installs the handlers recorded right after the JVM started."""
        for signum, action in self._jvm_actions.items():
            install_action(signum, action)

    def protect_faulthandler(self) -> None:
        """Wraps ``faulthandler.enable``/``disable`` and disables it at interpreter exit."""
        faulthandler.enable = self._guarded(faulthandler.enable)
        faulthandler.disable = self._guarded(faulthandler.disable)
        atexit.register(self._disable_at_exit)

    def _guarded(self, function):
        @functools.wraps(function)
        def guarded(*args, **kwargs):
            try:
                return function(*args, **kwargs)
            finally:
                self.reinstall()

        return guarded

    def _disable_at_exit(self) -> None:
        if faulthandler.is_enabled():
            faulthandler.disable()
