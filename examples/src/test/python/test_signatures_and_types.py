"""Signatures with *args and **kwargs, module constants and module exception classes, as Python
code sees them: arguments bound as a def binds them, with CPython's own messages, shown by
inspect, on functions, constructors and methods; exceptions raised and caught as Python's."""

import enum
import gc
import inspect
import sys
import unittest

import javamodules  # noqa: F401  (puts pyjava on the path and installs its import hook)
import signatures

Collector = signatures.Collector


# Pure-Python twins of the Java functions: each error must read as CPython's for these.
def describe(a, *args, b=1, **kwargs):
    return f"{a} {list(args)} {b} {kwargs}"


def join(prefix, /, *words, sep=" "):
    return prefix + ":" + sep.join(words)


def echo(*items):
    return list(items)


class Binding(unittest.TestCase):
    def test_extra_positional_and_keyword_arguments_are_collected(self):
        self.assertEqual(signatures.describe(1, 2, 3, b=4, c=5, d=6), "1 [2, 3] 4 {c=5, d=6}")
        self.assertEqual(signatures.describe(1), "1 [] 1 {}")
        self.assertEqual(signatures.describe(a=1, z=2), "1 [] 1 {z=2}")
        self.assertEqual(signatures.describe(*range(1, 200)).split()[0], "1")

    def test_keywords_keep_their_call_order(self):
        self.assertEqual(list(signatures.options(z=1, a=2, m=3)), ["z", "a", "m"])
        self.assertEqual(signatures.options(), {})
        self.assertEqual(signatures.options(**{"not an identifier": 1}), {"not an identifier": 1})

    def test_the_collectors_own_names_are_ordinary_keywords(self):
        self.assertEqual(signatures.options(options=1), {"options": 1})
        self.assertEqual(signatures.describe(1, args=2, kwargs=3), "1 [] 1 {args=2, kwargs=3}")

    def test_a_positional_only_name_after_it_is_an_error_without_kwargs(self):
        self.assertEqual(signatures.join("p", "a", "b", sep="-"), join("p", "a", "b", sep="-"))
        self.assertEqual(signatures.join("p"), join("p"))

    def test_python_objects_pass_as_themselves(self):
        thing = object()
        self.assertIs(signatures.echo(1, thing)[1], thing)
        self.assertIs(signatures.options(k=thing)["k"], thing)

    def test_released_calls_take_args(self):
        self.assertEqual(signatures.total(*range(1000)), sum(range(1000)))
        self.assertEqual(signatures.total(), 0)


class ArgumentErrors(unittest.TestCase):
    def assertSameError(self, java, python, *args, **kwargs):
        with self.assertRaises(TypeError) as expected:
            python(*args, **kwargs)
        with self.assertRaises(TypeError) as raised:
            java(*args, **kwargs)
        self.assertEqual(str(raised.exception), str(expected.exception))

    def test_binding_errors_are_cpythons(self):
        self.assertSameError(signatures.describe, describe)
        self.assertSameError(signatures.describe, describe, b=2)
        self.assertSameError(signatures.describe, describe, 1, a=2)
        self.assertSameError(signatures.join, join, prefix="p")
        self.assertSameError(signatures.join, join, "p", "w", prefix="p")
        self.assertSameError(signatures.echo, echo, x=1)

    def test_a_wrong_item_names_the_collector_and_the_item(self):
        with self.assertRaises(TypeError) as raised:
            signatures.describe(1, 2, "3")
        self.assertEqual(
            str(raised.exception), "describe() argument 'args' item 1 must be int, not str")
        with self.assertRaises(TypeError) as raised:
            signatures.describe(1, c="x")
        self.assertEqual(
            str(raised.exception),
            "describe() argument 'kwargs' value for key 'c' must be int, not str")
        with self.assertRaises(OverflowError):
            signatures.total(2**64)


class Signatures(unittest.TestCase):
    def test_inspect_shows_the_collectors(self):
        self.assertEqual(str(inspect.signature(signatures.describe)), "(a, *args, b=1, **kwargs)")
        self.assertEqual(str(inspect.signature(signatures.join)), "(prefix, /, *words, sep=' ')")
        self.assertEqual(str(inspect.signature(signatures.options)), "(**options)")
        kinds = [p.kind for p in inspect.signature(signatures.describe).parameters.values()]
        self.assertEqual(kinds, [p.kind for p in inspect.signature(describe).parameters.values()])

    def test_types_take_collectors_in_constructors_and_methods(self):
        self.assertEqual(str(inspect.signature(Collector)), "(*parts)")
        self.assertEqual(str(inspect.signature(Collector.add)), "(self, /, *more, **tags)")
        collector = Collector("a", "b")
        self.assertEqual(collector.add("c", x="1", y="2"), ["a", "b", "c", "x=1", "y=2"])
        self.assertEqual(Collector().add(), [])
        with self.assertRaises(TypeError) as raised:
            Collector("a", 2)
        self.assertIn("argument 'parts' item 1 must be str, not int", str(raised.exception))


class Constants(unittest.TestCase):
    def test_constants_are_module_attributes(self):
        self.assertEqual(signatures.VERSION, "1.0")
        self.assertEqual((signatures.ANSWER, type(signatures.ANSWER)), (42, int))
        self.assertEqual(signatures.RATIO, 0.5)
        self.assertEqual(signatures.NAMES, ["a", "b"])
        self.assertEqual(signatures.LIMITS, {"max": 10})
        self.assertIsNone(signatures.NOTHING)
        self.assertIn("VERSION", dir(signatures))
        self.assertFalse(hasattr(signatures, "NO_VALUE"))


class ModuleExceptions(unittest.TestCase):
    def test_exception_classes_subclass_their_builtins(self):
        self.assertTrue(issubclass(signatures.SignatureError, ValueError))
        self.assertTrue(issubclass(signatures.StrictError, signatures.SignatureError))
        self.assertTrue(issubclass(signatures.MissingName, KeyError))
        self.assertEqual(signatures.SignatureError.__module__, "signatures")
        self.assertEqual(signatures.StrictError.__qualname__, "StrictError")
        self.assertEqual(signatures.SignatureError.__doc__, "Raised for a signature that does not fit.")

    def test_throwing_raises_the_module_class_with_its_message_and_java_trace(self):
        with self.assertRaises(signatures.SignatureError) as raised:
            signatures.fail("signature", "bad shape")
        self.assertIs(type(raised.exception), signatures.SignatureError)
        self.assertEqual(str(raised.exception), "bad shape")
        self.assertEqual(raised.exception.args, ("bad shape",))
        self.assertTrue(raised.exception.__notes__[0].startswith("Java stack trace:"))
        self.assertIn("SignatureError", raised.exception.__notes__[0])

    def test_the_builtin_catches_it_too(self):
        for kind, caught in (("signature", ValueError), ("strict", signatures.SignatureError),
                             ("strict", ValueError), ("missing", LookupError)):
            with self.subTest(kind=kind):
                with self.assertRaises(caught) as raised:
                    signatures.fail(kind, "x")
                self.assertEqual(type(raised.exception).__module__, "signatures")
        try:
            signatures.fail("strict", "y")
        except ValueError as error:
            self.assertIs(type(error), signatures.StrictError)

    def test_another_modules_exception_is_raised_by_name(self):
        import json
        with self.assertRaises(json.JSONDecodeError) as raised:
            signatures.fail("json", "Expecting value")
        self.assertEqual((raised.exception.msg, raised.exception.pos), ("Expecting value", 1))

    def test_another_modules_exception_is_imported_when_needed(self):
        sys.modules.pop("xml.dom", None)
        with self.assertRaises(Exception) as raised:
            signatures.fail("dom", "no node")
        self.assertIs(type(raised.exception), sys.modules["xml.dom"].NotFoundErr)
        self.assertEqual(str(raised.exception), "no node")

    def test_a_name_that_cannot_be_raised_is_rejected_clearly(self):
        # The type's own constructor says what it lacks.
        with self.assertRaisesRegex(TypeError, r"JSONDecodeError.__init__\(\) missing 2"):
            signatures.fail("json-message", "Expecting value")
        with self.assertRaises(RuntimeError) as raised:
            signatures.fail("nowhere", "lost")
        self.assertEqual(str(raised.exception), "no_such_module_anywhere.Error: lost")


class Enums(unittest.TestCase):
    def test_an_enum_is_an_enum_class_with_its_java_constants(self):
        Direction = signatures.Direction
        self.assertTrue(issubclass(Direction, enum.Enum))
        self.assertEqual([d.name for d in Direction], ["NORTH", "EAST", "SOUTH", "WEST"])
        self.assertEqual([d.value for d in Direction], ["NORTH", "EAST", "SOUTH", "WEST"])
        self.assertEqual((Direction.__module__, Direction.__qualname__), ("signatures", "Direction"))
        self.assertEqual(Direction.__doc__, "A compass direction: an enum.Enum subclass in Python.")
        self.assertIs(Direction("EAST"), Direction.EAST)
        self.assertIs(Direction["EAST"], Direction.EAST)

    def test_members_convert_both_ways(self):
        Direction = signatures.Direction
        self.assertIs(signatures.turn(Direction.NORTH), Direction.EAST)
        self.assertIs(signatures.turn(Direction.WEST), Direction.NORTH)
        self.assertEqual(signatures.directions(), list(Direction))
        self.assertEqual(signatures.heading_name(Direction.SOUTH), "SOUTH")
        self.assertEqual(signatures.heading_name(), "none")

    def test_anything_else_is_a_type_error(self):
        class Direction(enum.Enum):  # the same names, another class
            NORTH = "NORTH"
        for wrong in ("NORTH", 0, Direction.NORTH, None):
            with self.subTest(wrong=wrong):
                with self.assertRaises(TypeError) as raised:
                    signatures.turn(wrong)
                self.assertEqual(
                    str(raised.exception),
                    f"turn() argument 'heading' must be signatures.Direction, not {type(wrong).__name__}")


class References(unittest.TestCase):
    def test_collected_arguments_keep_their_counts(self):
        thing, word = object(), "word"
        before = [sys.getrefcount(x) for x in (thing, word)]
        for _ in range(100_000):
            signatures.echo(thing, word)
            signatures.options(k=thing)
            signatures.join("p", word, word)
        gc.collect()
        self.assertEqual([sys.getrefcount(x) for x in (thing, word)], before)


if __name__ == "__main__":
    unittest.main()
