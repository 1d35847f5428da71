"""PythonHost hands over new references: pyjava must keep exactly one, not leak, not drop."""

import ctypes
import gc
import sys
import weakref

from pyjava._host import take_new_reference


class Probe:
    pass


def _new_reference_to(obj):
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))  # what Java does before returning it
    return id(obj)


def test_takes_over_the_reference():
    obj = Probe()
    before = sys.getrefcount(obj)
    taken = take_new_reference(_new_reference_to(obj))
    assert taken is obj
    assert sys.getrefcount(obj) == before + 1  # `taken`, and nothing else
    del taken
    assert sys.getrefcount(obj) == before


def test_object_dies_when_last_user_lets_go():
    address = _new_reference_to(Probe())  # only the handed-over reference keeps it alive
    taken = take_new_reference(address)
    alive = weakref.ref(taken)
    del taken
    gc.collect()
    assert alive() is None
