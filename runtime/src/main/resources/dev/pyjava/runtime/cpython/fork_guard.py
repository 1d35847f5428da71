"""pyjava's fork guard, run once in every interpreter that has Java modules (FLAG_ADDRESS and
MESSAGE are set before it runs). A JVM does not survive ``fork``: its compiler and GC threads
are gone and the locks they held stay locked, so a forked child must never enter Java again,
not even to be told so. Everything here is plain Python and ctypes."""

import ctypes
import gc
import os
import sys
import types
import weakref

# PyCFunctionObject (3.11+, not free-threaded): PyObject_HEAD, then the PyMethodDef pointer.
_METHOD_DEF_OFFSET = 16
# PyMethodDef: ml_name, then ml_meth, the C function a call jumps to.
_FUNCTION_POINTER_OFFSET = 8

_FASTCALL_KEYWORDS = ctypes.PYFUNCTYPE(
    ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ssize_t, ctypes.c_void_p)

_functions = weakref.WeakSet()  # every Java function made, held weakly
_entries = []  # the C entry points made in a child must outlive every call to them


def track(module):
    """Remembers the functions of a Java module, to cut them off in a forked child."""
    _functions.update(f for f in vars(module).values()
                      if isinstance(f, types.BuiltinFunctionType) and f.__self__ is module)


def _after_fork_in_child():
    ctypes.c_int.from_address(FLAG_ADDRESS).value = 1  # noqa: F821 (set by the runtime)
    cut_off(list(_functions), MESSAGE)  # noqa: F821


def cut_off(functions, message):
    """Makes each of ``functions`` raise ``RuntimeError(message)`` without entering Java.

    Dict entries that name a Java function (module globals, ``Thread._target``, ...) get a
    Python function that raises. Any other reference (a tuple, a closure, a local) reaches a C
    entry point that now fails at once, without the JVM: Python then raises SystemError, and the
    message is written to stderr just before.
    """
    if not functions:
        return
    # Keyed by id, holding (original, replacement) tuples: the sweep below rewrites dict values
    # that are Java functions, so this table must hold none directly.
    replacements = {id(f): (f, _refusing(f, message)) for f in functions}
    for holder in gc.get_objects():
        if isinstance(holder, dict):
            for name, value in list(holder.items()):
                pair = replacements.get(id(value))
                if pair is not None and value is pair[0]:
                    holder[name] = pair[1]
    entry = _refusing_entry(message)
    for function in functions:
        method_def = ctypes.c_void_p.from_address(id(function) + _METHOD_DEF_OFFSET).value
        ctypes.c_void_p.from_address(method_def + _FUNCTION_POINTER_OFFSET).value = entry


def _refusing(function, message):
    def refuse(*args, **kwargs):
        raise RuntimeError(message)

    refuse.__name__ = refuse.__qualname__ = function.__name__
    refuse.__module__ = function.__module__
    refuse.__doc__ = function.__doc__
    return refuse


def _refusing_entry(message):
    def refuse(self, args, nargsf, kwnames):
        # It must not raise: ctypes would then hand back an unset result. It says why, and
        # returns NULL, which Python turns into a SystemError.
        sys.stderr.write(f"RuntimeError: {message}\n")
        return None

    entry = _FASTCALL_KEYWORDS(refuse)
    _entries.append(entry)
    return ctypes.cast(entry, ctypes.c_void_p).value


os.register_at_fork(after_in_child=_after_fork_in_child)
