"""word_count from real python3: results, signatures, docstrings and argument errors."""

import inspect
import os
import tempfile
import unittest

from javamodules import ZEN, word_count
from search_py import search_py

SEARCHES = ("search", "search_sequential", "search_sequential_allow_threads")


class TempFiles(unittest.TestCase):
    def file(self, content):
        handle, path = tempfile.mkstemp()
        with os.fdopen(handle, "wb") as out:
            out.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        self.addCleanup(os.unlink, path)
        return path


class Results(TempFiles):
    def test_zen_has_ten_per_copy(self):
        with open(ZEN, "rb") as zen:
            path = self.file(zen.read() * 1000)
        for name in SEARCHES:
            self.assertEqual(getattr(word_count, name)(path, "is"), 10_000, name)

    def test_tricky_text_agrees_with_pure_python(self):
        path = self.file("Is, (is) island this is.\r\nIS\tis\n\nÉTÉ été 1is ٣is is2a\r\n"
                         "«is» éis 漢is isé \u212aey key, (\u212aEY) 𝐢s i\u0301s\r\nİs a\r")
        for needle in ("is", "Is", "été", "", "a", "a\r", "key", "k", "i"):
            expected = search_py(path, needle)
            for name in SEARCHES:
                self.assertEqual(getattr(word_count, name)(path, needle), expected, (name, needle))

    def test_keywords(self):
        path = self.file("is is")
        self.assertEqual(word_count.search(search="is", path=path), 2)

    def test_count_line(self):
        self.assertEqual(word_count.count_line("Is, (is) island this is.", "is"), 3)

    def test_noops_and_ident(self):
        self.assertIsNone(word_count.noop())
        self.assertIsNone(word_count.noop_allow_threads())
        thing = object()
        self.assertIs(word_count.ident(thing), thing)

    def test_returns_int(self):
        self.assertIs(type(word_count.count_line("is", "is")), int)


class Signatures(unittest.TestCase):
    def test_inspect_signature(self):
        for name in SEARCHES:
            self.assertEqual(str(inspect.signature(getattr(word_count, name))), "(path, search)")
        self.assertEqual(str(inspect.signature(word_count.noop)), "()")
        self.assertEqual(str(inspect.signature(word_count.ident)), "(x)")

    def test_docstrings(self):
        self.assertTrue(word_count.__doc__.startswith("Counts the occurrences of a word"))
        self.assertEqual(
            word_count.search.__doc__,
            "Counts search in the file at path on all cores, with the GIL released.")
        self.assertIn("search(path, search)", "\n".join(_help(word_count)))


def _help(module):
    import pydoc
    return pydoc.render_doc(module, renderer=pydoc.plaintext).splitlines()


class ArgumentErrors(unittest.TestCase):
    def assertTypeError(self, message, call, *args, **kwargs):
        with self.assertRaises(TypeError) as caught:
            call(*args, **kwargs)
        self.assertEqual(str(caught.exception), message)

    def test_cpython_wording(self):
        search = word_count.search
        self.assertTypeError("search() missing 1 required positional argument: 'search'", search, "x")
        self.assertTypeError("search() missing 2 required positional arguments: 'path' and 'search'", search)
        self.assertTypeError("search() takes 2 positional arguments but 3 were given", search, "a", "b", "c")
        self.assertTypeError("search() got an unexpected keyword argument 'x'", search, "a", "b", x=1)
        self.assertTypeError("search() got multiple values for argument 'path'", search, "a", "b", path="c")
        self.assertTypeError("search() argument 'path' must be str, not int", search, 1, "is")
        self.assertTypeError("noop() takes 0 positional arguments but 1 was given", word_count.noop, 1)

    def test_missing_file(self):
        for name in SEARCHES:
            with self.assertRaises(FileNotFoundError) as caught:
                getattr(word_count, name)("no/such/file.txt", "is")
            self.assertEqual(caught.exception.errno, 2)
            self.assertEqual(caught.exception.filename, "no/such/file.txt")

    def test_invalid_utf8(self):
        handle, path = tempfile.mkstemp()
        with os.fdopen(handle, "wb") as out:
            out.write("café is\n".encode("latin-1"))
        self.addCleanup(os.unlink, path)
        for name in SEARCHES:
            with self.assertRaises(UnicodeDecodeError) as caught:
                getattr(word_count, name)(path, "is")
            self.assertEqual(
                str(caught.exception),
                "'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte")
            self.assertEqual((caught.exception.start, caught.exception.end), (3, 4))


if __name__ == "__main__":
    unittest.main()
