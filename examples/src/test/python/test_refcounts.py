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
        # Held as a result Python made is: the count of a local depends on the version (3.14
        # borrows a local that is only read, 3.15 keeps more ints immortal).
        result = word_count.ident([1, 2])
        made_by_python = list((1, 2))
        self.assertEqual(sys.getrefcount(result), sys.getrefcount(made_by_python))
        count = word_count.count_line("is " * 1000, "is")
        counted_by_python = ("is " * 1000).count("is")
        self.assertEqual(count, 1000)
        self.assertEqual(sys.getrefcount(count), sys.getrefcount(counted_by_python))

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
