"""Every row of the exception table, raised by Java and caught in python3."""

import unittest

from javamodules import pyjava_probes


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


if __name__ == "__main__":
    unittest.main()
