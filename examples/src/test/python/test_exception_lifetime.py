"""A raised pyjava exception is owned by Python alone, as a pure-Python one is: the same reference
counts, and the handler's frames and locals go as soon as the handler is done."""

import os
import sys
import unittest
import weakref

from javamodules import pyjava_probes, word_count
from test_refcounts import resident_kib

MISSING = os.path.join(os.path.dirname(os.path.abspath(__file__)), "no such file.txt")


def raise_value_error():
    raise ValueError("from Python")


def call_back_in_python(function):
    return function()


# Each kind of failing pyjava call, and a pure-Python call of the same shape raising the same way.
KINDS = {
    "argument TypeError": (lambda: word_count.count_line(1, 2), lambda: len(5)),
    "OverflowError": (lambda: pyjava_probes.raise_java("x", 2**70), lambda: [].pop(2**70)),
    "FileNotFoundError": (lambda: word_count.search(MISSING, "a"), lambda: open(MISSING)),
    "Python exception through Java": (
        lambda: pyjava_probes.call_back(raise_value_error),
        lambda: call_back_in_python(raise_value_error),
    ),
    "Python exception through Java twice": (
        lambda: pyjava_probes.call_back(lambda: pyjava_probes.call_back(raise_value_error)),
        lambda: call_back_in_python(lambda: call_back_in_python(raise_value_error)),
    ),
}


def references_when_caught(call):
    """sys.getrefcount of the exception ``call`` raises, in the handler that caught it."""
    try:
        call()
    except Exception as caught:
        return type(caught), sys.getrefcount(caught)
    raise AssertionError("the call did not fail")


class Payload:
    """A 1 MB local that a weak reference can watch."""

    def __init__(self):
        self.data = bytearray(1 << 20)


def handler(call, watch):
    """A request handler: a 1 MB local, and a failure it catches."""
    payload = Payload()
    watch.append(weakref.ref(payload))
    try:
        call()
    except Exception:
        pass


class ExceptionLifetime(unittest.TestCase):
    def test_a_caught_exception_has_the_references_of_a_pure_python_one(self):
        for kind, (pyjava_call, python_call) in KINDS.items():
            with self.subTest(kind=kind):
                pyjava_type, pyjava_count = references_when_caught(pyjava_call)
                python_type, python_count = references_when_caught(python_call)
                self.assertIs(pyjava_type, python_type)
                self.assertEqual(pyjava_count, python_count)

    def test_an_exception_through_java_is_the_same_object_and_no_longer_held(self):
        original = LookupError("through Java")

        def raise_original():
            raise original

        before = sys.getrefcount(original)
        for call in (
            lambda: pyjava_probes.call_back(raise_original),
            lambda: pyjava_probes.call_back(lambda: pyjava_probes.call_back(raise_original)),
        ):
            with self.assertRaises(LookupError) as caught:
                call()
            self.assertIs(caught.exception, original)
            del caught
            self.assertEqual(sys.getrefcount(original), before)

    def test_the_handlers_locals_are_freed_when_it_returns(self):
        for kind, (pyjava_call, python_call) in KINDS.items():
            with self.subTest(kind=kind):
                for call in (python_call, pyjava_call):
                    watch = []
                    handler(call, watch)
                    self.assertIsNone(watch[0](), "the handler's 1 MB local is still alive")

    def test_a_handler_with_a_1_mb_local_failing_300_times_leaves_memory_flat(self):
        for kind, (pyjava_call, _) in KINDS.items():
            with self.subTest(kind=kind):
                watch = []
                handler(pyjava_call, watch)
                early = resident_kib()
                for _ in range(300):
                    handler(pyjava_call, watch)
                grown = resident_kib() - early
                self.assertEqual([ref for ref in watch if ref() is not None], [])
                self.assertLess(grown, 8 * 1024, f"{grown} KiB grew over 300 handlers")

    def test_200k_failed_calls_of_every_kind_leave_memory_flat(self):
        for kind, (pyjava_call, _) in KINDS.items():
            with self.subTest(kind=kind):
                for _ in range(10_000):
                    references_when_caught(pyjava_call)
                windows = []
                for _ in range(2):
                    early = resident_kib()
                    for _ in range(100_000):
                        references_when_caught(pyjava_call)
                    windows.append(resident_kib() - early)
                # The leak this guards against grew 80 MiB in each window of 100k calls. Resident
                # memory also holds the JVM's heap and compiled code, which grow once, in one
                # window or the other, by up to ~16 MiB on a loaded machine (JIT and GC run late
                # there): a leak grows in both windows, so the smaller one tells the two apart.
                self.assertLess(
                    min(windows), 16 * 1024, f"{windows} KiB grew in two windows of 100k calls"
                )

if __name__ == "__main__":
    unittest.main()
