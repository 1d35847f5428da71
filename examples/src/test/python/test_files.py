"""word_count opens what Python's open() opens, fails as open() fails, in every locale."""

import errno
import json
import os
import subprocess
import sys
import tempfile
import unittest

from javamodules import pyjava_probes, word_count
from search_py import search_py

SEARCHES = ("search", "search_sequential", "search_sequential_allow_threads")
TEXT = "Is this is? (is) island\n"
TIMEOUT = 120


class InADirectory(unittest.TestCase):
    def setUp(self):
        scratch = tempfile.TemporaryDirectory()
        self.addCleanup(scratch.cleanup)
        self.dir = scratch.name

    def path(self, name):
        return os.path.join(self.dir, name)


class FailsAsOpenFails(InADirectory):
    """Each failing name raises, from every search, exactly what open(name, "rb") raises."""

    def assertSameAsOpen(self, name):
        try:
            with open(name, "rb"):
                expected = None
        except OSError as error:
            expected = error
        for search in SEARCHES:
            with self.subTest(name=name, search=search):
                if expected is None:
                    self.assertEqual(getattr(word_count, search)(name, "is"), search_py(name, "is"))
                    continue
                with self.assertRaises(OSError) as caught:
                    getattr(word_count, search)(name, "is")
                got = caught.exception
                self.assertIs(type(got), type(expected))
                self.assertEqual((got.errno, got.strerror, got.filename),
                                 (expected.errno, expected.strerror, expected.filename))
                self.assertEqual(str(got), str(expected))
        return expected

    def test_missing_file(self):
        self.assertIsInstance(self.assertSameAsOpen(self.path("missing.txt")), FileNotFoundError)

    def test_directory_is_is_a_directory_error(self):
        self.assertEqual(self.assertSameAsOpen(self.dir).errno, errno.EISDIR)

    def test_empty_name_is_file_not_found_not_the_current_directory(self):
        self.assertEqual(self.assertSameAsOpen("").errno, errno.ENOENT)

    def test_symbolic_link_loop(self):
        loop = self.path("loop")
        os.symlink(loop, loop)
        self.assertEqual(self.assertSameAsOpen(loop).errno, errno.ELOOP)

    def test_not_a_directory_on_the_way(self):
        file = self.path("plain.txt")
        with open(file, "w") as out:
            out.write(TEXT)
        self.assertEqual(self.assertSameAsOpen(os.path.join(file, "x")).errno, errno.ENOTDIR)

    def test_name_too_long(self):
        self.assertEqual(self.assertSameAsOpen(self.path("x" * 300)).errno, errno.ENAMETOOLONG)

    def test_unreadable_file(self):
        # As root, open() reads it anyway; then so must word_count.
        secret = self.path("secret.txt")
        with open(secret, "w") as out:
            out.write(TEXT)
        os.chmod(secret, 0)
        self.assertSameAsOpen(secret)

    def test_unencodable_and_nul_names(self):
        for name, kind in (("a\ud800.txt", UnicodeEncodeError), ("a\0b", ValueError)):
            with self.assertRaises(kind) as expected:
                open(name, "rb")
            for search in SEARCHES:
                with self.subTest(name=name, search=search):
                    with self.assertRaises(kind) as caught:
                        getattr(word_count, search)(name, "is")
                    self.assertIs(type(caught.exception), kind)
                    self.assertEqual(str(caught.exception), str(expected.exception))

    def test_read_error_is_errno_5_without_filename(self):
        # A real EIO needs a failing disk: this is the IOException a failed read gives in Java.
        expected = OSError(errno.EIO, os.strerror(errno.EIO))
        with self.assertRaises(OSError) as caught:
            pyjava_probes.raise_java("ReadFailedWithEIO")
        got = caught.exception
        self.assertIs(type(got), type(expected))
        self.assertEqual((got.errno, got.strerror, got.filename),
                         (expected.errno, expected.strerror, expected.filename))

    def test_file_truncated_during_a_mapped_search_is_os_error(self):
        big = self.path("big.txt")
        for search in SEARCHES:
            with self.subTest(search=search):
                with open(big, "w") as out:
                    out.write(TEXT * 50_000)  # 1.2 MB: mapped, not read
                pyjava_probes.truncate_when_counting(big)
                with self.assertRaises(OSError) as caught:
                    getattr(word_count, search)(big, "is")
                self.assertIs(type(caught.exception), OSError)
                self.assertIn("was truncated while it was read", str(caught.exception))
                self.assertEqual(os.path.getsize(big), 0)
        self.assertEqual(word_count.search(big, "is"), 0)


class OpensWhatOpenOpens(InADirectory):
    def test_names_from_listdir_that_are_not_utf8(self):
        with open(self.path(os.fsdecode(b"\xe9t\xe9.txt")), "w") as out:
            out.write(TEXT)
        (name,) = os.listdir(self.dir)
        self.assertEqual(name, "\udce9t\udce9.txt")
        for search in SEARCHES:
            self.assertEqual(getattr(word_count, search)(self.path(name), "is"), 3, search)

    def test_fifo_whose_writer_is_gone_before_java_reads(self):
        # Opening a FIFO waits for a writer; this one writes and leaves at once. In a child, so
        # that a search that waits forever fails the test at the timeout instead of hanging it.
        fifo = self.path("fifo")
        os.mkfifo(fifo)
        finished = subprocess.run([sys.executable, "-c", FIFO_CHILD, fifo, *SEARCHES * 5],
                                  env=child_environment(self.path("aot")), capture_output=True,
                                  text=True, timeout=TIMEOUT)
        self.assertEqual(finished.returncode, 0, finished.stderr)
        self.assertEqual(finished.stdout.split(), ["2"] * 15)


# Searches the FIFO argv[1] with each search named after it, a new writer each time.
FIFO_CHILD = r"""
import subprocess, sys
import pyjava, word_count
for search in sys.argv[2:]:
    writer = subprocess.Popen(["sh", "-c", 'printf "is is\n" > "$0"', sys.argv[1]])
    print(getattr(word_count, search)(sys.argv[1], "is"), flush=True)
    writer.wait()
"""


def child_environment(aot_cache, **variables):
    """This process's environment for a python child that imports the Java modules."""
    env = dict(os.environ, PYJAVA_AOT_CACHE=aot_cache, **variables)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return env


# Run in a child whose locale is LC_ALL's: the JVM starts there.
LOCALE_CHILD = r"""
import json, os, sys
import pyjava, pyjava_probes, word_count
folder = sys.argv[1]
for name in ("été.txt", os.fsdecode(b"\xe9.txt")):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
        out.write(sys.argv[2])
counts = {name: [getattr(word_count, search)(os.path.join(folder, name), "is")
                 for search in ("search", "search_sequential", "search_sequential_allow_threads")]
          for name in sorted(os.listdir(folder))}
print(json.dumps({"counts": counts, "java_size": pyjava_probes.java_file_size(os.path.join(folder, "été.txt")),
                  "fs_encoding": sys.getfilesystemencoding()}))
"""


class CAndPosixLocales(InADirectory):
    """Under LC_ALL=C or POSIX (containers, cron, CI) Python names files in UTF-8: so does Java."""

    def run_child(self, locale):
        folder = self.path(locale)
        os.mkdir(folder)
        finished = subprocess.run([sys.executable, "-c", LOCALE_CHILD, folder, TEXT],
                                  env=child_environment(self.path("aot"), LC_ALL=locale),
                                  capture_output=True, timeout=TIMEOUT)
        self.assertEqual(finished.returncode, 0, finished.stderr.decode("utf-8", "replace"))
        return json.loads(finished.stdout)

    def test_non_ascii_and_non_utf8_names(self):
        for locale in ("C", "POSIX"):
            with self.subTest(locale=locale):
                result = self.run_child(locale)
                self.assertEqual(result["fs_encoding"], "utf-8")
                self.assertEqual(result["counts"], {"été.txt": [3, 3, 3], "\udce9.txt": [3, 3, 3]})
                # Java's own file API (Path.of) reads a non-ASCII name too.
                self.assertEqual(result["java_size"], len(TEXT))


if __name__ == "__main__":
    unittest.main()
