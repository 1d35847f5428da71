"""Lazy iteration both ways: Java results typed Iterator, Iterable and Stream are Python
iterators that convert one item per __next__; parameters of those types take any Python
iterable and read it only as Java asks (pyjava_iteration, a test-scope module, and
word_count.search_all)."""

import gc
import itertools
import os
import sys
import tempfile
import unittest

from javamodules import ZEN, pyjava_probes, word_count  # noqa: F401  (starts pyjava)
from test_corpus import mappings_of
import pyjava_iteration as p


def recording(items, seen):
    """A generator of items that appends each to seen as it gives it out."""
    for item in items:
        seen.append(item)
        yield item


class Results(unittest.TestCase):
    def test_an_infinite_java_stream_is_read_only_as_far_as_python_reads(self):
        before = p.made()
        it = p.naturals()
        self.assertEqual([next(it) for _ in range(5)], [0, 1, 2, 3, 4])
        self.assertLessEqual(p.made() - before, 6)
        self.assertEqual(sum(itertools.islice(p.naturals(), 1000)), 999 * 1000 // 2)

    def test_the_iterator_is_pyjavas_one_type(self):
        it = p.naturals()
        self.assertIs(iter(it), it)
        self.assertEqual(type(it).__name__, "JavaIterator")
        self.assertIs(type(p.letters("ab")), type(it))
        self.assertIs(type(p.failing_at(1)), type(it))
        with self.assertRaises(TypeError):
            type(it)()

    def test_items_convert_by_the_element_type(self):
        self.assertEqual(list(p.letters("héllo, 𝐢")), list("héllo, 𝐢"))
        self.assertEqual(list(p.maybe(["a", "", "b"])), ["a", None, "b"])
        tags = list(p.tags(["x", "y"]))
        self.assertEqual([type(t).__name__ for t in tags], ["Tag", "Tag"])
        self.assertEqual([t.name for t in tags], ["x", "y"])
        self.assertEqual(list(p.counted(0)), [])

    def test_an_iterable_result_gives_a_new_iterator_per_call(self):
        self.assertEqual(list(p.letters("ab")), ["a", "b"])
        for letter, expected in zip(p.letters("xyz"), "xyz"):
            self.assertEqual(letter, expected)

    def test_a_java_exception_in_the_middle_raises_at_that_item(self):
        it = p.failing_at(2)
        self.assertEqual([next(it), next(it)], [0, 1])
        with self.assertRaisesRegex(ValueError, "^item 2 failed$"):
            next(it)
        self.assertEqual(next(it), 3)  # The Java iterator decides what follows.
        with self.assertRaises(ValueError):
            list(p.failing_at(0))

    def test_a_stream_is_closed_once_when_exhausted(self):
        before = p.closed()
        it = p.counted(3)
        self.assertEqual([next(it), next(it), next(it)], [0, 1, 2])
        self.assertEqual(p.closed(), before)
        with self.assertRaises(StopIteration):
            next(it)
        self.assertEqual(p.closed(), before + 1)
        with self.assertRaises(StopIteration):
            next(it)
        del it
        self.assertEqual(p.closed(), before + 1)

    def test_a_stream_is_closed_when_its_iterator_is_freed(self):
        before = p.closed()
        it = p.counted(5)
        self.assertEqual(next(it), 0)
        del it
        self.assertEqual(p.closed(), before + 1)
        p.counted(5)  # never read
        self.assertEqual(p.closed(), before + 2)

    def test_a_close_that_fails_at_the_end_raises_instead_of_stop_iteration(self):
        it = p.bad_close(1)
        self.assertEqual(next(it), 0)
        with self.assertRaisesRegex(RuntimeError, "close failed"):
            next(it)
        with self.assertRaises(StopIteration):
            next(it)

    def test_a_close_that_fails_when_freed_goes_to_the_unraisable_hook(self):
        seen = []
        old = sys.unraisablehook
        sys.unraisablehook = seen.append
        try:
            it = p.bad_close(3)
            next(it)
            del it
        finally:
            sys.unraisablehook = old
        self.assertEqual(len(seen), 1)
        self.assertIsInstance(seen[0].exc_value, RuntimeError)
        self.assertIn("close failed", str(seen[0].exc_value))


class Parameters(unittest.TestCase):
    def test_any_iterable_is_accepted(self):
        self.assertEqual(p.sum([1, 2, 3]), 6)
        self.assertEqual(p.sum((1, 2)), 3)
        self.assertEqual(p.sum(range(5)), 10)
        self.assertEqual(p.sum({4: "a", 5: "b"}), 9)
        self.assertEqual(p.sum({7}), 7)
        self.assertEqual(p.sum(iter([1, 2])), 3)
        self.assertEqual(p.sum(x * x for x in range(4)), 14)
        self.assertEqual(p.sum([]), 0)
        self.assertEqual(p.sum([True, 2]), 3)

    def test_an_infinite_python_iterator_is_read_only_as_far_as_java_reads(self):
        self.assertEqual(p.take(itertools.count(), 3), [0, 1, 2])
        seen = []
        self.assertEqual(p.take(recording(range(100), seen), 3), [0, 1, 2])
        self.assertEqual(seen, [0, 1, 2])
        self.assertEqual(p.take([1], 5), [1])

    def test_a_wrong_item_is_a_type_error_naming_the_argument_and_index(self):
        with self.assertRaises(TypeError) as caught:
            p.sum([1, 2, "x"])
        self.assertEqual(
            str(caught.exception), "sum() argument 'values' item 2 must be int, not str")
        with self.assertRaises(TypeError) as caught:
            p.join(["a", None], "")
        self.assertEqual(
            str(caught.exception), "join() argument 'words' item 1 must be str, not NoneType")
        with self.assertRaises(TypeError) as caught:
            p.sum([1, None])
        self.assertEqual(
            str(caught.exception), "sum() argument 'values' item 1 must be int, not NoneType")
        with self.assertRaises(OverflowError):
            p.sum([2 ** 70])

    def test_a_value_that_is_not_iterable_is_a_type_error(self):
        with self.assertRaises(TypeError) as caught:
            p.sum(5)
        self.assertEqual(
            str(caught.exception), "sum() argument 'values' must be Iterable[int], not int")
        with self.assertRaises(TypeError) as caught:
            p.join(None, "")
        self.assertEqual(
            str(caught.exception),
            "join() argument 'words' must be Iterable[str], not NoneType")

    def test_an_exception_of_the_iterable_reaches_java_and_comes_back_the_same(self):
        error = KeyError("from the generator")

        def failing():
            yield 1
            raise error

        with self.assertRaises(KeyError) as caught:
            p.sum(failing())
        self.assertIs(caught.exception, error)
        with self.assertRaises(KeyError) as caught:
            p.parallel_sum_of_squares(failing())
        self.assertIs(caught.exception, error)

    def test_an_iterable_is_read_with_the_gil_released(self):
        self.assertEqual(p.join(["a", "b", "c"], "-"), "a-b-c")
        self.assertEqual(p.join((w for w in "xyz"), ""), "xyz")
        self.assertEqual(p.join("été", "."), "é.t.é")

    def test_an_iterable_parameter_gives_one_pass(self):
        with self.assertRaisesRegex(RuntimeError, "gives one iterator\\(\\) only"):
            p.read_twice(["a", "b"])

    def test_a_parallel_stream_reads_on_its_workers(self):
        self.assertEqual(p.parallel_sum_of_squares(range(2000)), sum(i * i for i in range(2000)))
        self.assertEqual(p.parallel_sum_of_squares(iter([3, 4])), 25)

    def test_java_threads_of_its_own_share_one_iterator(self):
        self.assertEqual(p.count_on_threads(["ab"] * 1000, 8), 2000)
        self.assertEqual(p.count_on_threads(("x" * (i % 5) for i in range(500)), 4), 1000)

    def test_closing_a_stream_lets_go_of_the_python_iterator_at_once(self):
        finished = []

        def numbers():
            try:
                yield from itertools.count(7)
            finally:
                finished.append(True)

        self.assertEqual(p.first_then_close(numbers()), 7)
        self.assertEqual(finished, [True])
        self.assertIsNone(p.first_then_close([]))

    def test_python_objects_keep_their_identity(self):
        things = [object(), "s", None]
        out = p.objects(iter(things))
        self.assertEqual(len(out), 3)
        for got, expected in zip(out, things):
            self.assertIs(got, expected)

    def test_an_iterator_kept_after_the_call_is_read_later_on_another_java_thread(self):
        p.keep(["a", "b"])
        self.assertEqual(p.drain_kept(), ["a", "b"])
        seen = []
        p.keep(recording("xyz", seen))
        self.assertEqual(seen, [])
        self.assertEqual(p.drain_kept(), ["x", "y", "z"])

    def test_a_parameter_iterator_returned_is_a_lazy_python_iterator(self):
        it = p.echo(itertools.count(5))
        self.assertEqual([next(it), next(it)], [5, 6])
        self.assertEqual(list(p.echo([1, 2])), [1, 2])
        it = p.echo([1, "x"])
        self.assertEqual(next(it), 1)
        with self.assertRaises(TypeError) as caught:
            next(it)
        self.assertEqual(
            str(caught.exception), "echo() argument 'values' item 1 must be int, not str")


class References(unittest.TestCase):
    def test_counts_are_unchanged_after_100k_calls_each_way(self):
        word, number = "w" * 40, 10 ** 12
        words, numbers = [word] * 3, [number, number]
        before = [sys.getrefcount(x) for x in (word, number, words, numbers)]
        closed = p.closed()
        for _ in range(100_000):
            p.join(words, "")
            p.sum(numbers)
            p.sum(iter(numbers))
            next(p.counted(2))
            for _ in p.letters("ab"):
                pass
        gc.collect()
        self.assertEqual([sys.getrefcount(x) for x in (word, number, words, numbers)], before)
        self.assertEqual(p.closed() - closed, 100_000)


class SearchAll(unittest.TestCase):
    def setUp(self):
        scratch = tempfile.TemporaryDirectory()
        self.addCleanup(scratch.cleanup)
        self.path = os.path.join(scratch.name, "zen.txt")
        with open(ZEN, "rb") as zen, open(self.path, "wb") as out:
            out.write(zen.read() * 1000)

    def test_yields_each_needle_and_its_count_as_search_counts(self):
        needles = ["is", "Python", "better", "nothing-like-it"]
        found = list(word_count.search_all(self.path, needles))
        self.assertEqual(found, [(n, word_count.search(self.path, n)) for n in needles])
        self.assertIs(type(found[0]), tuple)
        counts = dict(word_count.search_all(self.path, ["is", "zzz"]))
        self.assertEqual(counts, {"is": 10_000, "zzz": 0})

    def test_reads_needles_lazily_and_releases_the_file_when_done_or_dropped(self):
        seen = []
        it = word_count.search_all(self.path, recording(["is", "Python"], seen))
        self.assertEqual(seen, [])
        self.assertEqual(next(it), ("is", 10_000))
        self.assertEqual(seen, ["is"])
        self.assertEqual(mappings_of(self.path), 1)
        self.assertEqual(next(it)[0], "Python")
        with self.assertRaises(StopIteration):
            next(it)
        self.assertEqual(mappings_of(self.path), 0)
        it = word_count.search_all(self.path, ["is"])
        self.assertEqual(mappings_of(self.path), 1)
        del it
        self.assertEqual(mappings_of(self.path), 0)

    def test_a_wrong_needle_raises_at_its_item(self):
        it = word_count.search_all(self.path, ["is", 3])
        self.assertEqual(next(it)[0], "is")
        with self.assertRaises(TypeError) as caught:
            next(it)
        self.assertEqual(
            str(caught.exception), "search_all() argument 'needles' item 1 must be str, not int")
        with self.assertRaises(TypeError):
            word_count.search_all(self.path, 3)
        with self.assertRaises(FileNotFoundError):
            word_count.search_all(self.path + ".missing", ["is"])


if __name__ == "__main__":
    unittest.main()
