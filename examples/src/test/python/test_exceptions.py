"""Every row of the exception table, raised by Java and caught in python3."""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

from javamodules import HERE, pyjava_probes, word_count

MISSING = os.path.join(HERE, "no such file.txt")


class ExceptionTable(unittest.TestCase):
    ROWS = [
        ("FileNotFoundException", FileNotFoundError),
        ("NoSuchFileException", FileNotFoundError),
        ("AccessDeniedException", PermissionError),
        ("IOException", OSError),
        ("MalformedInputException", UnicodeDecodeError),
        ("IllegalArgumentException", ValueError),
        ("IndexOutOfBoundsException", IndexError),
        ("ArithmeticException", ZeroDivisionError),
        ("ArithmeticOverflow", OverflowError),
        ("ArithmeticOther", ArithmeticError),
        ("UnsupportedOperationException", NotImplementedError),
        ("OutOfMemoryError", MemoryError),
        ("StackOverflowError", RecursionError),
        ("IllegalStateException", RuntimeError),
        ("PyKeyError", KeyError),
    ]

    def test_every_row(self):
        for kind, python_type in self.ROWS:
            with self.subTest(kind=kind):
                with self.assertRaises(python_type) as caught:
                    pyjava_probes.raise_java(kind)
                self.assertIs(type(caught.exception), python_type)

    def test_file_errors_carry_errno_and_filename(self):
        with self.assertRaises(FileNotFoundError) as caught:
            pyjava_probes.raise_java("NoSuchFileException")
        self.assertEqual((caught.exception.errno, caught.exception.filename), (2, "gone.txt"))
        with self.assertRaises(PermissionError) as caught:
            pyjava_probes.raise_java("AccessDeniedException")
        self.assertEqual((caught.exception.errno, caught.exception.filename), (13, "secret.txt"))

    def test_other_java_exceptions_carry_class_and_trace(self):
        with self.assertRaises(RuntimeError) as caught:
            pyjava_probes.raise_java("IllegalStateException", depth=50)
        self.assertEqual(str(caught.exception), "java.lang.IllegalStateException: boom")
        notes = "\n".join(getattr(caught.exception, "__notes__", []))
        self.assertIn("dev.pyjava.examples.probes.Probes.raiseJava", notes)

    def test_deep_java_recursion_is_a_recursion_error_and_the_process_lives(self):
        for _ in range(3):
            with self.assertRaises(RecursionError):
                pyjava_probes.recurse_forever(0)
        self.assertEqual(pyjava_probes.raise_java.__name__, "raise_java")


def types_raised_at_the_recursion_limit(function, *args):
    """The types ``function(*args)`` raises when called from each of the 3 deepest frames."""
    types = []

    def down(depth):
        try:
            down(depth + 1)
        except RecursionError:
            pass
        if len(types) < 3:
            try:
                function(*args)  # called right here: a helper would be one frame too deep
            except BaseException as e:
                types.append(type(e))

    down(0)
    return types


class ExceptionsKeepTheirType(unittest.TestCase):
    def test_at_the_recursion_limit(self):
        # A builtin's error is a TypeError in each frame, or a RecursionError in a frame that
        # cannot call at all: pyjava's errors keep their type just as well.
        builtin = types_raised_at_the_recursion_limit(len, 5)
        self.assertIn(TypeError, builtin)
        for function, args, expected in (
            (word_count.count_line, (1, 2), TypeError),
            (word_count.search, (MISSING, "a"), FileNotFoundError),
        ):
            with self.subTest(function=function.__name__):
                self.assertEqual(
                    types_raised_at_the_recursion_limit(function, *args),
                    [expected if raised is TypeError else raised for raised in builtin],
                )

    def test_during_interpreter_shutdown(self):
        # The object's __del__ runs as the interpreter clears builtins, the last step of shutdown.
        script = textwrap.dedent(
            f"""
            import builtins, os
            from javamodules import word_count
            missing = {MISSING!r}
            calls = (
                lambda: word_count.count_line(1, 2),
                lambda: word_count.search(missing, "a"),
                lambda: word_count.search_sequential(missing, "a"),
            )
            class Late:
                def __del__(self, calls=calls, write=os.write, type=type):
                    for call in calls:
                        try:
                            call()
                        except BaseException as e:
                            write(1, (type(e).__name__ + " " + str(e) + "\\n").encode())
            builtins.late = Late()
            """
        )
        with tempfile.TemporaryDirectory() as scratch:
            env = dict(os.environ, PYTHONPATH=HERE)
            result = subprocess.run(
                [sys.executable, "-c", script],
                capture_output=True, text=True, timeout=60, cwd=scratch, env=env,
            )
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(
            result.stdout.splitlines(),
            [
                "TypeError count_line() argument 'line' must be str, not int",
                f"FileNotFoundError [Errno 2] No such file or directory: {MISSING!r}",
                f"FileNotFoundError [Errno 2] No such file or directory: {MISSING!r}",
            ],
            result.stderr,
        )


class KeywordNames(unittest.TestCase):
    def test_a_keyword_with_a_lone_surrogate_is_an_unexpected_keyword(self):
        with self.assertRaises(TypeError) as caught:
            word_count.count_line("a", "b", **{"\udce9": 1})
        self.assertIs(type(caught.exception), TypeError)
        self.assertEqual(
            caught.exception.args, ("count_line() got an unexpected keyword argument '\udce9'",)
        )


if __name__ == "__main__":
    unittest.main()
