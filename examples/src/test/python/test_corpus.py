"""word_count.Corpus: a file mapped once counts as search does, closes like a file, shares
itself between threads, and lets go of its mapping."""

import gc
import inspect
import os
import tempfile
import threading
import time
import unittest

from javamodules import ZEN, pyjava_probes, word_count
from search_py import search_py

Corpus = word_count.Corpus
TRICKY = ("Is, (is) island this is.\r\nIS\tis\n\nÉTÉ été 1is ٣is is2a\r\n"
          "«is» éis 漢is isé \u212aey key, (\u212aEY) 𝐢s i\u0301s\r\nİs a\r")
NEEDLES = ("is", "Is", "été", "", "a", "a\r", "key", "k", "i")
CLOSED = "I/O operation on closed corpus"
JOIN_TIMEOUT = 120


class InADirectory(unittest.TestCase):
    def setUp(self):
        scratch = tempfile.TemporaryDirectory()
        self.addCleanup(scratch.cleanup)
        self.dir = scratch.name

    def file(self, content, name="text.txt"):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as out:
            out.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path

    def zen(self, copies=1000):
        """The Zen of Python, copies times: 857 kB for 1000, so mapped, not read."""
        with open(ZEN, "rb") as zen:
            return self.file(zen.read() * copies, "zen.txt")

    def corpus(self, path):
        corpus = Corpus(path)
        self.addCleanup(corpus.close)
        return corpus


def files_open_on(path):
    """How many of this process's file descriptors are open on the file at path."""
    links = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            links.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:  # the one listdir itself had open
            pass
    return links.count(path)


def mappings_of(path):
    """How many of this process's memory mappings map the file at path."""
    with open("/proc/self/maps") as maps:
        return sum(line.rstrip("\n").endswith(" " + path) for line in maps)


class Counts(InADirectory):
    def test_counts_equal_search_on_a_mapped_file(self):
        path = self.zen()
        corpus = self.corpus(path)
        self.assertEqual(mappings_of(path), 1)
        for needle in ("is", "the", "better", "", "Is"):
            self.assertEqual(corpus.count(needle), word_count.search(path, needle), needle)
        self.assertEqual(corpus.count("is"), 10_000)

    def test_counts_equal_search_on_tricky_text_small_and_mapped(self):
        for copies in (1, 2000):  # 116 bytes (read into memory) and 232 kB (mapped)
            path = self.file(TRICKY * copies)
            corpus = self.corpus(path)
            for needle in NEEDLES:
                expected = word_count.search(path, needle)
                self.assertEqual(expected, search_py(path, needle))
                self.assertEqual(corpus.count(needle), expected, (copies, needle))

    def test_count_many_is_a_list_of_counts_in_order(self):
        path = self.zen()
        corpus = self.corpus(path)
        needles = ["is", "the", "is", "", "never"]
        counts = corpus.count_many(needles)
        self.assertEqual(counts, [word_count.search(path, needle) for needle in needles])
        self.assertEqual(counts, [corpus.count(needle) for needle in needles])
        self.assertIs(type(counts), list)
        self.assertTrue(all(type(count) is int for count in counts))
        self.assertEqual(corpus.count_many(("is", "never")), [counts[0], counts[4]])
        self.assertEqual(corpus.count_many([]), [])

    def test_empty_file(self):
        corpus = self.corpus(self.file(b""))
        self.assertEqual((corpus.count("is"), corpus.count_many(["is", ""])), (0, [0, 0]))

    def test_keywords(self):
        corpus = Corpus(path=self.file("is is"))
        self.addCleanup(corpus.close)
        self.assertEqual((corpus.count(needle="is"), corpus.count_many(needles=["is"])), (2, [2]))

    def test_signatures_and_docs(self):
        self.assertEqual(str(inspect.signature(Corpus)), "(path)")
        self.assertEqual(str(inspect.signature(Corpus.count)), "(self, /, needle)")
        self.assertEqual(str(inspect.signature(Corpus.count_many)), "(self, /, needles)")
        self.assertEqual((Corpus.__module__, Corpus.__qualname__), ("word_count", "Corpus"))
        self.assertTrue(Corpus.__doc__.startswith("A UTF-8 file mapped once for many counts"))
        self.assertIn("[count(n) for n in needles]", Corpus.count_many.__doc__)


class Errors(InADirectory):
    def test_wrong_types_are_type_errors(self):
        corpus = self.corpus(self.file("is"))
        cases = [
            (Corpus, (5,), "Corpus() argument 'path' must be str, not int"),
            (corpus.count, (5,), "count() argument 'needle' must be str, not int"),
            (corpus.count, (b"is",), "count() argument 'needle' must be str, not bytes"),
            (corpus.count_many, ("is",), "count_many() argument 'needles' must be list[str], not str"),
            (corpus.count_many, (None,), "count_many() argument 'needles' must be list[str], not NoneType"),
            (corpus.count, (), "count() missing 1 required positional argument: 'needle'"),
        ]
        for call, args, message in cases:
            with self.subTest(message=message):
                with self.assertRaises(TypeError) as caught:
                    call(*args)
                self.assertEqual(str(caught.exception), message)
        with self.assertRaises(TypeError):
            corpus.count_many(["is", 1])
        self.assertEqual(corpus.count("is"), 1)

    def test_a_missing_file_raises_what_search_raises(self):
        for name in (os.path.join(self.dir, "missing.txt"), self.dir, ""):
            with self.subTest(name=name):
                with self.assertRaises(OSError) as searched:
                    word_count.search(name, "is")
                with self.assertRaises(OSError) as caught:
                    Corpus(name)
                expected, got = searched.exception, caught.exception
                self.assertIs(type(got), type(expected))
                self.assertEqual((got.errno, got.strerror, got.filename, str(got)),
                                 (expected.errno, expected.strerror, expected.filename, str(expected)))
        with self.assertRaises(FileNotFoundError):
            Corpus("no/such/file.txt")

    def test_invalid_utf8_raises_what_search_raises_and_the_corpus_stays_open(self):
        path = self.file("café is\n".encode("latin-1"))
        corpus = self.corpus(path)
        with self.assertRaises(UnicodeDecodeError) as searched:
            word_count.search(path, "is")
        for call in (lambda: corpus.count("is"), lambda: corpus.count_many(["x", "is"])):
            with self.assertRaises(UnicodeDecodeError) as caught:
                call()
            self.assertEqual(str(caught.exception), str(searched.exception))
        self.assertFalse(corpus.closed)

    def test_a_file_truncated_under_a_corpus_is_os_error(self):
        path = self.zen()
        corpus = self.corpus(path)
        os.truncate(path, 0)
        with self.assertRaises(OSError) as caught:
            corpus.count("is")
        self.assertIs(type(caught.exception), OSError)
        self.assertIn("was truncated while it was read", str(caught.exception))
        self.assertEqual(Corpus(path).count("is"), 0)


class Closing(InADirectory):
    def test_closed_corpus_raises_value_error_like_a_closed_file(self):
        path = self.zen()
        corpus = Corpus(path)
        self.assertFalse(corpus.closed)
        self.assertIsNone(corpus.close())
        self.assertTrue(corpus.closed)
        for call in (lambda: corpus.count("is"), lambda: corpus.count_many(["is"])):
            with self.assertRaises(ValueError) as caught:
                call()
            self.assertEqual(str(caught.exception), CLOSED)
        corpus.close()  # again: nothing happens, as for a file
        self.assertTrue(corpus.closed)

    def test_close_releases_the_mapping_and_the_file(self):
        path = self.zen()
        corpus = Corpus(path)
        self.assertEqual((mappings_of(path), files_open_on(path)), (1, 1))
        corpus.close()
        self.assertEqual((mappings_of(path), files_open_on(path)), (0, 0))

    def test_with_block_closes_it_and_lets_the_exception_through(self):
        path = self.zen()
        with Corpus(path) as corpus:
            self.assertEqual(corpus.count("is"), 10_000)
        self.assertTrue(corpus.closed)
        self.assertEqual(mappings_of(path), 0)
        with self.assertRaises(KeyError):
            with Corpus(path) as other:
                raise KeyError("inside")
        self.assertTrue(other.closed)


def run_in_threads(target, count):
    results, errors = [None] * count, []

    def body(index):
        try:
            results[index] = target()
        except BaseException as error:  # noqa: B902 - reported below
            errors.append(error)

    threads = [threading.Thread(target=body, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(JOIN_TIMEOUT)
        if thread.is_alive():
            raise AssertionError("a thread is stuck: deadlock?")
    if errors:
        raise errors[0]
    return results


class Threads(InADirectory):
    def tearDown(self):
        pyjava_probes.searches_met()  # no later count meets the barrier

    def test_two_threads_are_inside_one_corpus_count_at_once(self):
        corpus = self.corpus(self.zen())
        pyjava_probes.arm_barrier(2)
        # Each count meets the other at a Java barrier once it holds the corpus: only possible if
        # both are inside count at once, on a GIL build too (count releases the GIL).
        pyjava_probes.meet_on_search(60.0)
        counts = run_in_threads(lambda: corpus.count("is"), 2)
        self.assertEqual((counts, pyjava_probes.searches_met()), ([10_000, 10_000], 2))

    def test_close_while_a_count_runs_lets_it_finish_then_releases_the_mapping(self):
        path = self.zen()
        corpus = Corpus(path)
        pyjava_probes.arm_barrier(2)
        pyjava_probes.meet_on_search(60.0)
        counted = []
        thread = threading.Thread(target=lambda: counted.append(corpus.count("is")))
        thread.start()
        while pyjava_probes.barrier_waiting() == 0:
            time.sleep(0.001)  # waits for the count to hold the corpus; no outcome depends on timing
        pyjava_probes.searches_met()  # this thread's own call below must not meet the barrier
        corpus.close()
        self.assertTrue(corpus.closed)
        with self.assertRaisesRegex(ValueError, CLOSED):
            corpus.count("is")
        self.assertEqual(mappings_of(path), 1)  # the running count still reads it
        self.assertTrue(pyjava_probes.meet_released(60.0))
        thread.join(JOIN_TIMEOUT)
        self.assertEqual(counted, [10_000])
        self.assertEqual(mappings_of(path), 0)

    def test_eight_threads_share_one_corpus(self):
        path = self.zen(100)
        corpus = self.corpus(path)
        needles = ["is", "the", "better", "never"]
        expected = [word_count.search(path, needle) for needle in needles]

        def mixed():
            wrong = 0
            for i in range(200):
                if i % 2:
                    wrong += corpus.count(needles[i % 4]) != expected[i % 4]
                else:
                    wrong += corpus.count_many(needles) != expected
            return wrong

        self.assertEqual(run_in_threads(mixed, 8), [0] * 8)


class Lifetime(InADirectory):
    def test_corpora_made_closed_and_dropped_leave_no_java_object_behind(self):
        path = self.file("is this is\n")
        gc.collect()
        before = pyjava_probes.java_instances()
        kept = [Corpus(path) for _ in range(1000)]
        self.assertEqual(pyjava_probes.java_instances(), before + 1000)
        for corpus in kept[::2]:
            corpus.close()
        del kept, corpus
        for _ in range(10_000):
            Corpus(path).count("is")
        gc.collect()
        self.assertEqual(pyjava_probes.java_instances(), before)
        self.assertEqual(files_open_on(path), 0)

    def test_dropped_unclosed_corpora_release_their_mappings_when_java_collects_them(self):
        path = self.zen()
        for _ in range(100):
            Corpus(path).count("is")
        self.assertGreater(mappings_of(path), 0)
        # The JVM's collection finds them unreachable and their Cleaner unmaps; it runs soon after,
        # on a thread of its own, so this waits for it (up to a minute).
        deadline = time.monotonic() + 60
        while mappings_of(path) and time.monotonic() < deadline:
            pyjava_probes.collect_java_garbage()
            time.sleep(0.01)
        self.assertEqual(mappings_of(path), 0)


if __name__ == "__main__":
    unittest.main()
