"""Python callables as Java functional interfaces: every interface, the usual conversions both
ways, the lock taken by the callback itself (from a released body, other Java threads, a
parallel stream), a callback kept and called later and then freed, exceptions that keep their
identity, and reference counts that stay put."""

import collections
import gc
import re
import sys
import threading
import time
import traceback
import unittest
import weakref

from javamodules import ZEN, word_count

import pyjava_callbacks as callbacks  # noqa: E402  (javamodules installs the import hook)


class Rating:
    def __call__(self, text):
        return "high"


def raised(call, *args):
    """What call(*args) raised, with its traceback (assertRaises drops it)."""
    try:
        call(*args)
    except Exception as error:  # noqa: B902 - the test looks at it
        return error
    raise AssertionError("nothing was raised")


def frames_of(error, expected):
    """The names of the frames in the traceback of error, which must be expected."""
    assert error is expected, f"{error!r} is not the exception the callback raised"
    return [frame.name for frame in traceback.extract_tb(error.__traceback__)]


class Interfaces(unittest.TestCase):
    def test_function(self):
        self.assertEqual(callbacks.apply(len, "four"), 4.0)
        self.assertEqual(callbacks.apply(lambda s: float(s) / 2, "3"), 1.5)
        self.assertIsNone(callbacks.apply(lambda s: None, "x"))

    def test_function_over_a_list(self):
        self.assertEqual(callbacks.map(lambda x: x * x, [1, 2, 3]), [1, 4, 9])

    def test_bi_function(self):
        self.assertEqual(callbacks.combine(lambda s, n: s * n, "ab", 3), "ababab")

    def test_supplier(self):
        self.assertEqual(callbacks.supply(lambda: "made"), "made")
        self.assertIsNone(callbacks.supply(lambda: None))

    def test_consumer(self):
        seen = []
        self.assertIsNone(callbacks.feed(seen.append, ["a", "b"]))
        self.assertEqual(seen, ["a", "b"])

    def test_bi_consumer(self):
        seen = {}
        callbacks.feed_pairs(seen.__setitem__, {"a": 1, "b": 2})
        self.assertEqual(seen, {"a": 1, "b": 2})

    def test_predicate(self):
        self.assertEqual(callbacks.count_matching(str.isupper, ["A", "b", "C"]), 2)

    def test_unary_operator(self):
        self.assertEqual(callbacks.apply_twice(lambda s: s + "!", "hi"), "hi!!")

    def test_runnable(self):
        calls = []
        callbacks.run(lambda: calls.append(1), 3)
        self.assertEqual(calls, [1, 1, 1])

    def test_callable(self):
        self.assertEqual(callbacks.call(lambda: 42), 42)

    def test_any_callable(self):
        class Scorer:
            def __call__(self, text):
                return 2.5

        self.assertEqual(callbacks.apply(Scorer(), "x"), 2.5)
        self.assertEqual(callbacks.apply(float, "1.25"), 1.25)
        self.assertEqual(callbacks.apply(str.__len__, "abc"), 3.0)

    def test_python_objects_go_through_unconverted(self):
        thing = object()
        self.assertIs(callbacks.apply_to_object(lambda x: x, thing), thing)
        self.assertEqual(callbacks.apply_to_object(lambda x: [x], 5), [5])

    def test_py_callable_takes_keywords(self):
        self.assertEqual(
            callbacks.call_with_keywords(lambda a, b, sep: f"{a}{sep}{b}"), "1-2")


class Errors(unittest.TestCase):
    def assert_type_error(self, message, call, *args):
        with self.assertRaises(TypeError) as caught:
            call(*args)
        self.assertEqual(str(caught.exception), message)

    def test_a_non_callable_argument(self):
        self.assert_type_error(
            "apply() argument 'f' must be Callable[[str], float | None], not int",
            callbacks.apply, 5, "x")
        self.assert_type_error(
            "feed() argument 'f' must be Callable[[str], None], not str",
            callbacks.feed, "f", [])
        self.assert_type_error(
            "call_with_keywords() argument 'f' must be callable, not int",
            callbacks.call_with_keywords, 1)

    def test_a_result_of_the_wrong_type(self):
        # Named as CPython names a function in its own messages: by its qualified name.
        def no(text):
            return "no"

        self.assert_type_error(
            f"callback {no.__qualname__}() result must be float | None, not str",
            callbacks.apply, no, "x")
        self.assert_type_error(
            "callback len() result must be bool, not int",
            callbacks.count_matching, len, ["a"])
        self.assert_type_error(
            "callback str.__len__() result must be str, not int",
            callbacks.apply_twice, str.__len__, "x")
        self.assert_type_error(
            "callback Rating object result must be bool, not str",
            callbacks.count_matching, Rating(), ["a"])

    def test_an_int_result_out_of_range(self):
        with self.assertRaises(OverflowError):
            callbacks.call(lambda: 2**70)

    def test_wrong_arguments_for_the_callable(self):
        with self.assertRaises(TypeError) as caught:
            callbacks.apply(lambda: 1.0, "x")
        self.assertIn("positional argument", str(caught.exception))

    def test_an_exception_comes_back_as_the_same_object_with_its_traceback(self):
        error = ValueError("bad word")

        def score(text):
            raise error

        self.assertEqual(frames_of(raised(callbacks.apply, score, "x"), error),
                         ["raised", "score"])

    def test_an_exception_through_two_crossings(self):
        error = KeyError("deep")

        def inner(text):
            raise error

        def outer(text):
            return callbacks.apply(inner, text)

        self.assertEqual(frames_of(raised(callbacks.apply, outer, "x"), error),
                         ["raised", "outer", "inner"])

    def test_an_exception_from_a_released_body_and_another_thread(self):
        error = ArithmeticError("odd")

        def fail(value):
            raise error

        with self.assertRaises(ArithmeticError) as caught:
            callbacks.apply_released(fail, 1)
        self.assertIs(caught.exception, error)
        with self.assertRaises(ArithmeticError) as caught:
            callbacks.sum_on_threads(fail, 2, 1)
        self.assertIs(caught.exception, error)

    def test_java_sees_the_python_type(self):
        def missing():
            {}["x"]

        self.assertEqual(callbacks.raised_type(missing), "KeyError")
        self.assertIsNone(callbacks.raised_type(lambda: None))

        class Custom(Exception):
            pass

        def custom():
            raise Custom()

        self.assertEqual(callbacks.raised_type(custom), f"{__name__}.{Custom.__qualname__}")


class Threads(unittest.TestCase):
    def test_from_the_released_body(self):
        idents = []

        def record(value):
            idents.append(threading.get_ident())
            return value + 1

        self.assertEqual(callbacks.apply_released(record, 41), 42)
        self.assertEqual(idents, [threading.get_ident()])

    def test_from_eight_java_threads_at_once(self):
        idents = set()
        lock = threading.Lock()

        def record(value):
            with lock:
                idents.add(threading.get_ident())
            return value

        sums = callbacks.sum_on_threads(record, 8, 500)
        self.assertEqual(sums, [sum(range(500))] * 8)
        self.assertEqual(len(idents), 8)
        self.assertNotIn(threading.get_ident(), idents)

    def test_from_a_parallel_stream(self):
        self.assertEqual(callbacks.sum_parallel(lambda x: 2 * x, 10_000), 2 * sum(range(10_000)))

    def test_from_python_threads_calling_at_once(self):
        results = []

        def work():
            results.append(callbacks.sum_released(lambda x: x, 2_000))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        self.assertEqual(results, [sum(range(2_000))] * 4)


class Lifetime(unittest.TestCase):
    def test_a_stored_callback_is_called_later_and_freed_when_java_drops_it(self):
        class Upper:
            def __call__(self, text):
                return text.upper()

        upper = Upper()
        alive = weakref.ref(upper)
        before = sys.getrefcount(upper)
        callbacks.store(upper)
        self.assertEqual(sys.getrefcount(upper), before + 1)
        del upper
        gc.collect()
        self.assertIsNotNone(alive())
        self.assertEqual(callbacks.call_stored("later"), "LATER")
        self.assertEqual(callbacks.call_stored("again"), "AGAIN")
        deadline = time.monotonic() + 30
        while alive() is not None and time.monotonic() < deadline:
            callbacks.drop_stored()
            time.sleep(0.05)
        self.assertIsNone(alive(), "Java dropped the callback but its reference was kept")


class References(unittest.TestCase):
    def test_counts_are_unchanged_after_100k_calls(self):
        text, number = "".join(["x"] * 50), 2**40
        items = [number, number]

        def same_text(s):
            return text

        def same_items(i):
            return items

        def counts():
            return [sys.getrefcount(x) for x in (text, number, items)]

        before = counts()
        for _ in range(50_000):
            callbacks.apply_twice(same_text, "x")
        self.assertEqual(callbacks.call_many(same_items, 100_000), 200_000)
        self.assertEqual(callbacks.sum_released(lambda x: number, 100_000), 100_000 * number)
        self.assertEqual(counts(), before)

    def test_the_callables_are_released_once_java_drops_the_proxies(self):
        def identity(x):
            return x

        before = sys.getrefcount(identity)
        for _ in range(1_000):
            callbacks.map(identity, [1])
        deadline = time.monotonic() + 30
        while sys.getrefcount(identity) != before and time.monotonic() < deadline:
            callbacks.drop_stored()
            time.sleep(0.05)
        self.assertEqual(sys.getrefcount(identity), before)


def expected_top_words(n, key=lambda word: word):
    with open(ZEN, encoding="utf-8") as text:
        counts = collections.Counter(key(word) for word in re.findall(r"[A-Za-z]+", text.read()))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return dict(ranked[:n])


class TopWords(unittest.TestCase):
    def test_top_words_with_and_without_a_key(self):
        self.assertEqual(list(word_count.top_words(ZEN, 5).items()),
                         list(expected_top_words(5).items()))
        lowered = word_count.top_words(ZEN, 5, key=str.lower)
        self.assertEqual(list(lowered.items()), list(expected_top_words(5, str.lower).items()))
        self.assertNotEqual(lowered, word_count.top_words(ZEN, 5))
        self.assertEqual(word_count.top_words(ZEN, 0, key=str.lower), {})

    def test_the_key_is_called_once_per_distinct_word(self):
        seen = []

        def key(word):
            seen.append(word)
            return word.lower()

        word_count.top_words(ZEN, 1, key=key)
        self.assertEqual(len(seen), len(set(seen)))
        self.assertIn("Beautiful", seen)

    def test_a_failing_key(self):
        error = ZeroDivisionError("no")

        def key(word):
            raise error

        with self.assertRaises(ZeroDivisionError) as caught:
            word_count.top_words(ZEN, 1, key=key)
        self.assertIs(caught.exception, error)
        with self.assertRaises(TypeError) as caught:
            word_count.top_words(ZEN, 1, key=len)
        self.assertEqual(str(caught.exception), "callback len() result must be str, not int")
        with self.assertRaises(TypeError) as caught:
            word_count.top_words(ZEN, 1, key=1)
        self.assertEqual(
            str(caught.exception),
            "top_words() argument 'key' must be Callable[[str], str] | None, not int")


if __name__ == "__main__":
    unittest.main()
