"""pyjava's fork guard, run once in every interpreter that runs Java (FLAG_ADDRESS, MESSAGE,
VECTORCALL_ADDRESS, CALL_OBJECT_ADDRESS, SEQUENCE_DEL_ITEM_ADDRESS, SIZE_ADDRESS, HASH_ADDRESS,
CALL_NO_ARGS_ADDRESS, CLEAR_WEAK_REFS_ADDRESS, TYPE_DEALLOC_OFFSET, TYPE_FLAGS_OFFSET,
WRAPPED_OFFSET, OB_TYPE_OFFSET, IMMUTABLE_TYPE_FLAG and METH_STATIC are set before it runs). A
JVM does not survive ``fork``: its compiler and GC threads are gone
and the locks they held stay locked, so a forked child must never enter Java again, not even to
be told so, and not from an ``atexit`` hook either. Everything here is plain Python and ctypes.

After a fork, the C entry point of every function Java made is repointed to a CPython function
that calls the function's ``self`` instead, whoever holds the function (a dict, a list, a
closure, a ``functools.partial``, an object ``gc.freeze()`` hid):

* a Java module's functions (METH_FASTCALL | METH_KEYWORDS) go to ``PyObject_Vectorcall``,
  which calls their module, whose class becomes one whose call raises ``RuntimeError(MESSAGE)``;
* pyjava's housekeeping functions (METH_NOARGS, such as its ``atexit`` hook) go to
  ``PyObject_CallObject``, which calls their self, :func:`skipped_in_forked_child`;
* the slots of pyjava's types (``tp_init``, ``tp_repr``, ``nb_add``, ...) are replaced by
  :func:`_refuse` through the type's own dunders, and the slot wrappers CPython made for them
  (``Counter.__len__``, however held) are pointed at a C-API function of their C shape that
  dispatches through the type, and so ends in :func:`_refuse` too.
"""

import ctypes
import os
import types
import weakref

_modules = weakref.WeakSet()  # every Java module made, held weakly
_types = weakref.WeakSet()  # every pyjava type made, held weakly
_static_flags = set()  # addresses of static methods' ml_flags fields
_entry_points = {}  # address of a PyMethodDef's ml_meth -> what it calls in a forked child


class _ForkedChildModule(types.ModuleType):
    """What a Java module becomes in a forked child: its functions call it, and it refuses."""

    def __call__(self, *args, **kwargs):
        raise RuntimeError(MESSAGE)  # noqa: F821 (set by the runtime)


def skipped_in_forked_child():
    """What pyjava's housekeeping does in a forked child: nothing, no Java is left to look after."""


def track(module, entry_points):
    """Covers the new Java module ``module``, whose functions' ml_meth fields are at ``entry_points``."""
    _modules.add(module)
    _entry_points.update(dict.fromkeys(entry_points, VECTORCALL_ADDRESS))  # noqa: F821


def track_type(cls, methods, static_flags, getters, setters):
    """Covers the new pyjava type ``cls``, given the addresses of its methods' ml_meth fields, its
    static methods' ml_flags fields and its properties' get and set fields."""
    _types.add(cls)
    _static_flags.update(static_flags)
    _entry_points.update(dict.fromkeys(methods, VECTORCALL_ADDRESS))  # noqa: F821
    _entry_points.update(dict.fromkeys(getters, CALL_OBJECT_ADDRESS))  # noqa: F821
    _entry_points.update(dict.fromkeys(setters, SEQUENCE_DEL_ITEM_ADDRESS))  # noqa: F821


def _refuse(*args, **kwargs):
    raise RuntimeError(MESSAGE)  # noqa: F821


_INT_SLOTS = {"__init__", "__bool__", "__contains__", "__setitem__", "__delitem__"}


def _wrapper_target(name):
    """A C-API function shaped as the slot behind the wrapper ``name`` that calls into the type."""
    if name == "__len__":
        return SIZE_ADDRESS  # noqa: F821
    if name == "__hash__":
        return HASH_ADDRESS  # noqa: F821
    if name in _INT_SLOTS:
        return SEQUENCE_DEL_ITEM_ADDRESS  # noqa: F821
    return CALL_NO_ARGS_ADDRESS  # noqa: F821


def _refuse_slots(cls):
    """Replaces each slot wrapper of ``cls``'s own by :func:`_refuse`, and repoints the wrapper."""
    wrappers = {name: d for name, d in vars(cls).items() if type(d) is types.WrapperDescriptorType}
    for name, wrapper in wrappers.items():
        ctypes.c_void_p.from_address(id(wrapper) + WRAPPED_OFFSET).value = _wrapper_target(name)  # noqa: F821
        setattr(cls, name, _refuse)


def _cut_off(cls):
    """Makes the pyjava type ``cls`` refuse, in a forked child, and drop instances without Java.

    A dropped instance's weak references are cleared (``PyObject_ClearWeakRefs`` is its
    ``tp_dealloc``) and its memory is left alone: no C function both clears them and frees, and
    freeing alone would leave them dangling. The child cannot make instances, so what it leaks is
    bounded by what it inherited.
    """
    flags = ctypes.c_ulong.from_address(id(cls) + TYPE_FLAGS_OFFSET)  # noqa: F821
    immutable = flags.value & IMMUTABLE_TYPE_FLAG  # noqa: F821
    flags.value &= ~immutable
    try:
        _refuse_slots(cls)
        cls.__new__ = staticmethod(_refuse)
        cls.__init__ = cls.__call__ = cls.__delitem__ = _refuse
    finally:
        flags.value |= immutable
    ctypes.c_void_p.from_address(id(cls) + TYPE_DEALLOC_OFFSET).value = CLEAR_WEAK_REFS_ADDRESS  # noqa: F821


def _refusing(module):
    """Makes the Java module ``module`` a :class:`_ForkedChildModule`, without stopping the world.

    ``module.__class__ = ...`` stops the world on a free-threaded build, and on 3.13t that hangs in
    a child forked while another thread started a garbage collection: 3.13's collector takes the
    interpreter's stop-the-world lock before the runtime's one, which ``fork`` holds, so the child
    inherits the first lock held by a thread it does not have. The child has one thread, so the
    type pointer is written in place, as ``__class__`` would: a plain module has its subclass's
    layout, and the object takes a reference to its new (heap) type.
    """
    if type(module) is types.ModuleType:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(_ForkedChildModule))
        ctypes.c_void_p.from_address(id(module) + OB_TYPE_OFFSET).value = id(_ForkedChildModule)  # noqa: F821
        return
    try:
        module.__class__ = _ForkedChildModule
    except TypeError:
        pass  # a class of the user's own: calls still end in Python ("not callable"), never in Java


def track_housekeeping(entry_point):
    """Covers a housekeeping function whose self is :func:`skipped_in_forked_child`."""
    _entry_points[entry_point] = CALL_OBJECT_ADDRESS  # noqa: F821


def _after_fork_in_child():
    ctypes.c_int.from_address(FLAG_ADDRESS).value = 1  # noqa: F821 (set by the runtime)
    for entry_point, target in _entry_points.items():
        ctypes.c_void_p.from_address(entry_point).value = target
    for module in list(_modules):
        _refusing(module)
    for flags in _static_flags:
        ctypes.c_int.from_address(flags).value &= ~METH_STATIC  # noqa: F821
    for cls in list(_types):
        _cut_off(cls)


os.register_at_fork(after_in_child=_after_fork_in_child)
