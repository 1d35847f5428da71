"""Reference counts and memory stay flat over many calls."""

import gc
import sys
import unittest

from javamodules import word_count


def resident_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


class References(unittest.TestCase):
    def test_arguments_and_results_keep_their_counts(self):
        line, needle, thing = "is " * 5, "is", object()
        before = [sys.getrefcount(x) for x in (line, needle, thing)]
        for _ in range(100_000):
            word_count.count_line(line, needle)
            word_count.ident(thing)
        gc.collect()
        self.assertEqual([sys.getrefcount(x) for x in (line, needle, thing)], before)

    def test_results_are_new_objects_owned_once(self):
        result = word_count.ident([1, 2])
        self.assertEqual(sys.getrefcount(result), 2)  # the local and getrefcount's argument
        count = word_count.count_line("is " * 1000, "is")
        self.assertEqual(count, 1000)
        self.assertEqual(sys.getrefcount(count), 2)

    def test_memory_is_flat_over_a_million_calls(self):
        thing = object()
        for _ in range(10_000):
            word_count.ident(thing)
            word_count.count_line("is", "is")
        gc.collect()
        early = resident_kib()
        for _ in range(1_000_000):
            word_count.ident(thing)
            word_count.count_line("is", "is")
        gc.collect()
        self.assertLess(resident_kib() - early, 8 * 1024, "more than 8 MB grew over 1e6 calls")


if __name__ == "__main__":
    unittest.main()
