"""Java modules imported by a ``multiprocessing`` forkserver: made for real in its workers.

A forkserver imports ``__main__`` (by default since CPython 3.13.8 and 3.14) and the modules
preloaded with ``set_forkserver_preload``, then forks every worker from itself. A JVM started in
the forkserver would make every worker a forked child of a JVM, where Java cannot run. So a Java
module imported there is a placeholder, :class:`DeferredJavaModule`, that makes the real module
on its first use, which is in a worker, after the fork; a name imported from it there (``from m
import f``) is a :class:`DeferredJavaFunction` that does the same when first called.
"""

from __future__ import annotations

import sys
import threading
import types
import weakref

_lock = threading.Lock()
_real_modules = weakref.WeakKeyDictionary()  # DeferredJavaModule -> the module Java made for it


def importing_in_forkserver() -> bool:
    """True while a forkserver process imports modules before forking workers (not in a worker)."""
    forkserver = sys.modules.get("multiprocessing.forkserver")
    if forkserver is None or forkserver.get_inherited_fds() is not None:
        return False  # a worker: the forkserver gave it the parent's file descriptors
    server = forkserver.main.__code__
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code is server:
            return True
        frame = frame.f_back
    return False


class DeferredJavaModule(types.ModuleType):
    """A Java module imported in a forkserver; its first attribute use outside the forkserver makes
    the real module (and starts the JVM) in the process that uses it, and copies its functions in."""

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            # The import system, pickle and friends probe these: they must not start a JVM.
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        if importing_in_forkserver():
            return DeferredJavaFunction(self, name)
        return getattr(_make_real(self), name)


class DeferredJavaFunction:
    """``name`` of a :class:`DeferredJavaModule`, imported in a forkserver (``from m import f``):
    found in the real module on its first call, in a worker (an unknown name raises AttributeError
    then)."""

    __slots__ = ("_module", "_name", "_function")

    def __init__(self, module: DeferredJavaModule, name: str):
        self._module = module
        self._name = name
        self._function = None

    def __call__(self, *args, **kwargs):
        function = self._function
        if function is None:
            function = self._function = getattr(_make_real(self._module), self._name)
        return function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<Java function {self._module.__name__}.{self._name}, found on first call>"


def _make_real(deferred: DeferredJavaModule) -> types.ModuleType:
    from . import _jvm

    with _lock:
        real = _real_modules.get(deferred)
        if real is None:
            real = _jvm.runtime().create_module(deferred.__name__)
            for name, value in vars(real).items():
                if name == "__doc__" or not name.startswith("__"):
                    setattr(deferred, name, value)
            _real_modules[deferred] = real
        return real
