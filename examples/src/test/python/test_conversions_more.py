"""float, short, byte, char, their boxes, BigInteger, Set<T>, maps with any hashable key type, and
None inside a collection: values both ways, CPython's own errors for wrong input, and counts that
stay flat (pyjava_conversions, a test-scope module)."""

import datetime
import decimal
import gc
import inspect
import os
import pathlib
import struct
import sys
import unittest

import javamodules  # noqa: F401  (installs pyjava's import hook)
import pyjava_conversions as m


def message(kind, function, *args):
    """The message of the exception of type kind that function(*args) raises."""
    try:
        function(*args)
    except kind as raised:
        return str(raised)
    raise AssertionError(f"{function.__name__}{args!r} raised no {kind.__name__}")


def single(value):
    """value rounded to a C float, as Python's struct does it."""
    return struct.unpack("f", struct.pack("f", value))[0]


class Floats(unittest.TestCase):
    def test_a_float_is_rounded_to_single_precision_both_ways(self):
        self.assertEqual(m.echo_float(0.1), single(0.1))
        self.assertNotEqual(m.echo_float(0.1), 0.1)
        self.assertEqual(m.echo_float(1.5), 1.5)
        self.assertIs(type(m.echo_float(2)), float)
        self.assertEqual(m.echo_float(2), 2.0)
        self.assertEqual(m.float_bits(1.0), 0x3F800000)

    def test_beyond_the_range_is_an_infinity_as_cpythons_f_format(self):
        self.assertEqual(m.float_bits(1e300), 0x7F800000)
        self.assertEqual(m.echo_float(-1e300), float("-inf"))
        self.assertNotEqual(m.echo_float(float("nan")), m.echo_float(float("nan")))

    def test_a_float_takes_what_a_double_takes(self):
        self.assertEqual(
            message(TypeError, m.echo_float, "1.5"),
            "echo_float() argument 'value' must be float, not str",
        )
        self.assertEqual(
            message(OverflowError, m.echo_float, 10**400),
            "int too large to convert to float",
        )

    def test_a_boxed_float_takes_none(self):
        self.assertIsNone(m.echo_boxed_float(None))
        self.assertEqual(m.echo_boxed_float(0.25), 0.25)
        self.assertEqual(
            message(TypeError, m.echo_boxed_float, []),
            "echo_boxed_float() argument 'value' must be float | None, not list",
        )


class ShortsAndBytes(unittest.TestCase):
    def test_values_in_range_cross_both_ways(self):
        for value in (-(2**15), -1, 0, True, 2**15 - 1):
            self.assertEqual(m.echo_short(value), int(value))
        for value in (-128, 0, 127):
            self.assertEqual(m.echo_byte(value), value)
        self.assertIs(type(m.echo_short(True)), int)
        self.assertIsNone(m.echo_boxed_short(None))
        self.assertIsNone(m.echo_boxed_byte(None))
        self.assertEqual(m.echo_boxed_byte(-5), -5)

    def test_out_of_range_is_cpythons_overflow_error(self):
        cases = [
            (m.echo_short, 2**15, "signed short integer is greater than maximum"),
            (m.echo_short, -(2**15) - 1, "signed short integer is less than minimum"),
            (m.echo_boxed_short, 2**15, "signed short integer is greater than maximum"),
            (m.echo_short, 2**64, "Python int too large to convert to C long"),
            (m.echo_byte, 128, "signed byte integer is greater than maximum"),
            (m.echo_byte, -129, "signed byte integer is less than minimum"),
            (m.echo_boxed_byte, -(2**70), "Python int too large to convert to C long"),
        ]
        for function, value, expected in cases:
            with self.subTest(function=function.__name__, value=value):
                self.assertEqual(message(OverflowError, function, value), expected)

    def test_a_float_is_not_an_int(self):
        self.assertEqual(
            message(TypeError, m.echo_short, 1.0),
            "echo_short() argument 'value' must be int, not float",
        )
        self.assertEqual(
            message(TypeError, m.echo_boxed_byte, "1"),
            "echo_boxed_byte() argument 'value' must be int | None, not str",
        )


class Chars(unittest.TestCase):
    def test_a_one_character_str_crosses_both_ways(self):
        self.assertEqual(m.echo_char("x"), "x")
        self.assertEqual(m.echo_char("\u00e9"), "\u00e9")
        self.assertEqual(m.char_code("\uffff"), 0xFFFF)
        self.assertEqual(m.char_code("\udc80"), 0xDC80)
        self.assertEqual(m.char_of(0x41), "A")
        self.assertIsNone(m.echo_boxed_char(None))
        self.assertEqual(m.echo_boxed_char("z"), "z")

    def test_anything_but_one_character_is_cpythons_type_error(self):
        for value, type_name in (("", "str"), ("ab", "str"), (65, "int"), (b"a", "bytes")):
            with self.subTest(value=value):
                self.assertEqual(
                    message(TypeError, m.echo_char, value),
                    f"echo_char() argument 'value' must be a unicode character, not {type_name}",
                )

    def test_a_character_beyond_the_bmp_is_a_value_error(self):
        self.assertEqual(
            message(ValueError, m.echo_char, "\U0001f600"),
            "character U+1f600 is not in range [U+0000; U+ffff]",
        )


class BigIntegers(unittest.TestCase):
    def test_any_int_crosses_both_ways(self):
        for value in (0, 1, -1, 2**63, -(2**63) - 1, 2**200, -(3**300)):
            with self.subTest(value=value):
                self.assertEqual(m.echo_big(value), value)
        self.assertEqual(m.square(10**40), 10**80)
        self.assertEqual(m.echo_big(True), 1)
        self.assertIs(type(m.echo_big(True)), int)

    def test_a_float_is_not_an_int(self):
        self.assertEqual(
            message(TypeError, m.echo_big, 1.0),
            "echo_big() argument 'value' must be int, not float",
        )
        self.assertEqual(
            message(TypeError, m.echo_big, None),
            "echo_big() argument 'value' must be int, not NoneType",
        )


class Defaults(unittest.TestCase):
    def test_defaults_of_the_new_scalars(self):
        self.assertEqual(m.defaults(), "-2 127 0.5 x 1000000000000000000000000000000")
        self.assertEqual(m.defaults(1, -1, 2, "y", 3), "1 -1 2.0 y 3")
        self.assertEqual(
            str(inspect.signature(m.defaults)),
            "(s=-2, b=127, f=0.5, c='x', big=1000000000000000000000000000000)",
        )


class ItemsOfAConvertedList(unittest.TestCase):
    """Numbers into a primitive array and str into a List<String> hold no item once converted: a
    list of a million items then leaves no million handles alive until the call returns."""

    def held_during_the_call(self, function, items):
        before = sys.getrefcount(items[7])
        during = []
        self.assertEqual(function(items, lambda: during.append(sys.getrefcount(items[7]))), len(items))
        return during[0] - before

    def test_numbers_into_an_array_are_let_go_before_the_call_returns(self):
        self.assertEqual(self.held_during_the_call(m.array_then_call, [i + 0.5 for i in range(1000)]), 0)
        self.assertEqual(self.held_during_the_call(m.array_then_call, tuple(i + 0.5 for i in range(1000))), 0)

    def test_strings_into_a_list_are_let_go_before_the_call_returns(self):
        self.assertEqual(self.held_during_the_call(m.strings_then_call, [f"s{i}" for i in range(1000)]), 0)


class NoneInsideACollection(unittest.TestCase):
    def test_a_none_item_is_a_type_error_naming_the_argument_and_index(self):
        self.assertEqual(m.sum([1.0, 2]), 3.0)
        self.assertEqual(
            message(TypeError, m.sum, [1.0, None]),
            "sum() argument 'values' item 1 must be float, not NoneType",
        )
        self.assertEqual(
            message(TypeError, m.sizes, [{1}, {2, None}]),
            "sizes() argument 'sets' item 1 item None must be int, not NoneType",
        )

    def test_a_list_of_optionals_takes_none(self):
        self.assertEqual(m.count_empty([1.0, None, None, 2]), 2)

    def test_a_none_value_or_key_in_a_dict_is_a_type_error(self):
        self.assertEqual(
            message(TypeError, m.total, {"a": 1, "b": None}),
            "total() argument 'counts' value for key 'b' must be int, not NoneType",
        )
        self.assertEqual(
            message(TypeError, m.weighted, {None: 1.0}),
            "weighted() argument 'values' key None must be int, not NoneType",
        )


class MapKeys(unittest.TestCase):
    def test_keys_of_any_hashable_type_cross_both_ways(self):
        self.assertEqual(m.invert({"a": 1, "b": 2}), {1: "a", 2: "b"})
        self.assertEqual(m.weighted({2: 1.5, 3: 2}), 9.0)
        self.assertEqual(m.echo_char_keys({"a": 1, "b": -1}), {"a": 1, "b": -1})
        self.assertEqual(m.echo_big_keys({2**100: True, -1: False}), {2**100: True, -1: False})

    def test_a_key_of_the_wrong_type_is_a_type_error_naming_it(self):
        self.assertEqual(
            message(TypeError, m.weighted, {"a": 1.0}),
            "weighted() argument 'values' key 'a' must be int, not str",
        )
        self.assertEqual(
            message(TypeError, m.echo_char_keys, {"ab": 1}),
            "echo_char_keys() argument 'values' key 'ab' must be a unicode character, not str",
        )
        self.assertEqual(
            message(OverflowError, m.echo_char_keys, {"a": 2**15}),
            "signed short integer is greater than maximum",
        )
        self.assertEqual(
            message(TypeError, m.total, {1: 1}),
            "total() argument 'counts' key 1 must be str, not int",
        )


class Sets(unittest.TestCase):
    def test_a_set_or_frozenset_becomes_a_set(self):
        result = m.echo_set({"a", "b"})
        self.assertEqual(result, {"a", "b"})
        self.assertIs(type(result), set)
        self.assertEqual(m.echo_set(frozenset({"c"})), {"c"})
        self.assertEqual(m.echo_set(set()), set())
        self.assertEqual(m.set_sum({1, 2, 3}), 6)
        self.assertEqual(m.letters("banana"), {"a", "b", "n"})
        self.assertEqual(m.sizes([{1, 2}, frozenset(), {3}]), [2, 0, 1])

    def test_a_subclass_of_set_is_a_set(self):
        class Tags(frozenset):
            pass

        self.assertEqual(m.echo_set(Tags({"x"})), {"x"})

    def test_anything_else_is_a_type_error(self):
        for value, type_name in ((["a"], "list"), ({"a": 1}, "dict"), ("a", "str")):
            with self.subTest(value=value):
                self.assertEqual(
                    message(TypeError, m.echo_set, value),
                    f"echo_set() argument 'values' must be set[str], not {type_name}",
                )
        self.assertEqual(
            message(TypeError, m.echo_set, {"a", 1}),
            "echo_set() argument 'values' item 1 must be str, not int",
        )
        self.assertEqual(
            message(TypeError, m.set_sum, {1, None}),
            "set_sum() argument 'values' item None must be int, not NoneType",
        )


class Records(unittest.TestCase):
    def test_a_record_result_is_a_tuple_of_its_components(self):
        self.assertEqual(m.hit("w", 3), ("w", 3, None))
        self.assertIs(type(m.hit("w", 3)), tuple)
        self.assertIsNone(m.no_hit())

    def test_records_nest_inside_records_and_collections(self):
        self.assertEqual(
            m.span(), (("a", 1, 0.5), [("b", 2, None)], {"b": ("b", 2, None)})
        )


class Objects(unittest.TestCase):
    def test_each_python_type_becomes_its_natural_java_value(self):
        cases = [
            (None, "null"),
            (True, "Boolean:true"),
            (7, "Long:7"),
            (2**64, "BigInteger:18446744073709551616"),
            (1.5, "Double:1.5"),
            ("s", "String:s"),
            (b"ab", "byte[2]"),
            ([1, "a"], "List[Long:1, String:a]"),
            ((1,), "List[Long:1]"),
            ({"k": None}, "Map[String:k=null]"),
            ({2, 1}, "Set[Long:1, Long:2]"),
            (frozenset({"x"}), "Set[String:x]"),
            (object(), "PyObject(object)"),
            ([1j], "List[PyObject(complex)]"),
        ]
        for value, described in cases:
            with self.subTest(value=value):
                self.assertEqual(m.describe(value), described)

    def test_an_object_result_converts_as_to_python_does(self):
        thing = object()
        self.assertIs(m.echo_object(thing), thing)
        self.assertIsNone(m.echo_object())
        self.assertIs(m.echo_object(True), True)
        self.assertEqual(m.echo_object(2**100), 2**100)
        self.assertEqual(m.echo_object({"a": [1, 2.5, b"x"]}), {"a": [1, 2.5, b"x"]})
        self.assertEqual(m.echo_object((1, 2)), [1, 2])
        self.assertEqual(m.echo_object({1, 2}), {1, 2})
        self.assertEqual(m.describe_default(), "BigInteger:10000000000000000000000")
        self.assertEqual(str(inspect.signature(m.echo_object)), "(value=None)")


class Decimals(unittest.TestCase):
    def test_a_decimal_crosses_both_ways_with_its_exponent(self):
        for text in ("1.50", "-12.5", "1E+3", "123456789012345678901234567890.000001", "1E-30"):
            with self.subTest(text=text):
                result = m.echo_decimal(decimal.Decimal(text))
                self.assertIs(type(result), decimal.Decimal)
                self.assertEqual(str(result), str(decimal.Decimal(text)))
        self.assertEqual(m.decimal_parts(decimal.Decimal("1.50")), "150e-2")
        self.assertEqual(m.echo_decimal(7), decimal.Decimal(7))

    def test_anything_else_is_an_error(self):
        self.assertEqual(
            message(TypeError, m.echo_decimal, 1.5),
            "echo_decimal() argument 'value' must be decimal.Decimal, not float",
        )
        for text in ("NaN", "-Infinity", "sNaN"):
            with self.subTest(text=text):
                self.assertEqual(
                    message(ValueError, m.echo_decimal, decimal.Decimal(text)),
                    f"cannot convert {text} to BigDecimal",
                )


class Paths(unittest.TestCase):
    def test_a_str_or_path_like_becomes_a_path_and_comes_back_as_pathlib_path(self):
        result = m.echo_path("/tmp/a b/c.txt")
        self.assertIsInstance(result, pathlib.Path)
        self.assertEqual(result, pathlib.Path("/tmp/a b/c.txt"))
        self.assertEqual(m.file_name(pathlib.PurePosixPath("x/y.py")), "y.py")

        class Named:
            def __fspath__(self):
                return "/srv/data.csv"

        self.assertEqual(m.file_name(Named()), "data.csv")
        self.assertEqual(m.echo_path(os.curdir), pathlib.Path("."))

    def test_anything_else_is_a_type_error(self):
        for value, type_name in ((1, "int"), (b"/tmp", "bytes"), (None, "NoneType")):
            with self.subTest(value=value):
                self.assertEqual(
                    message(TypeError, m.echo_path, value),
                    f"echo_path() argument 'value' must be str or os.PathLike, not {type_name}",
                )


class Times(unittest.TestCase):
    def test_dates_times_and_naive_datetimes_cross_both_ways(self):
        day = datetime.date(2024, 2, 29)
        self.assertEqual(m.echo_date(day), day)
        self.assertIs(type(m.echo_date(day)), datetime.date)
        for t in (datetime.time(0, 0), datetime.time(23, 59, 59, 999999), datetime.time(1, 2, 3)):
            self.assertEqual(m.echo_time(t), t)
        moment = datetime.datetime(1, 1, 1, 0, 0, 0, 1)
        self.assertEqual(m.echo_date_time(moment), moment)
        self.assertIsNone(m.echo_date_time(moment).tzinfo)
        self.assertEqual(
            m.days_until(day, {datetime.date(2024, 3, 1), datetime.date(2025, 2, 28)}),
            {datetime.date(2024, 3, 1): 1, datetime.date(2025, 2, 28): 365},
        )

    def test_an_instant_is_an_aware_datetime_in_utc(self):
        utc = datetime.timezone.utc
        plus_two = datetime.timezone(datetime.timedelta(hours=2))
        moment = datetime.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=plus_two)
        result = m.echo_instant(moment)
        self.assertEqual(result, moment)
        self.assertIs(result.tzinfo, utc)
        self.assertEqual(result.hour, 5)
        half_before = datetime.datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=utc)
        self.assertEqual(m.epoch_parts(half_before), "-1s 500000000ns")
        self.assertEqual(
            m.instant_of(0, 1_999), datetime.datetime(1970, 1, 1, 0, 0, 0, 1, tzinfo=utc)
        )

    def test_durations_are_timedeltas(self):
        for delta in (
            datetime.timedelta(0),
            datetime.timedelta(days=-1, microseconds=1),
            datetime.timedelta(days=999999999, hours=23),
        ):
            with self.subTest(delta=delta):
                self.assertEqual(m.echo_duration(delta), delta)
        almost_a_minute = datetime.timedelta(minutes=-1, microseconds=5)
        self.assertEqual(m.duration_text(almost_a_minute), "PT-59.999995S")

    def test_naive_and_aware_values_are_not_interchangeable(self):
        aware = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
        naive = datetime.datetime(2024, 1, 1)
        aware_time = datetime.time(1, tzinfo=datetime.timezone.utc)
        cases = [
            (
                m.echo_date_time,
                aware,
                "must be a naive datetime.datetime, not an aware datetime.datetime",
            ),
            (
                m.echo_instant,
                naive,
                "must be an aware datetime.datetime, not a naive datetime.datetime",
            ),
            (m.echo_time, aware_time, "must be a naive datetime.time, not an aware datetime.time"),
            (m.echo_date, naive, "must be datetime.date, not datetime"),
            (m.echo_date_time, datetime.date(2024, 1, 1), "must be datetime.datetime, not date"),
            (m.echo_duration, 1.5, "must be datetime.timedelta, not float"),
        ]
        for function, value, expected in cases:
            with self.subTest(function=function.__name__, value=value):
                self.assertEqual(
                    message(TypeError, function, value),
                    f"{function.__name__}() argument 'value' {expected}",
                )

    def test_a_java_value_beyond_pythons_range_is_pythons_error(self):
        # CPython's own wording, which 3.14 changed ("year must be in 1..9999, not 0").
        self.assertEqual(
            message(ValueError, m.date_of, 0, 1, 1), message(ValueError, datetime.date, 0, 1, 1)
        )
        self.assertEqual(
            message(OverflowError, m.instant_of, -(10**12), 0),
            "date value out of range",
        )


class References(unittest.TestCase):
    def test_counts_stay_flat_over_100k_calls_of_each_conversion(self):
        big, real = 2**100 + 1, 1.25 * 3
        word = "".join(["w", "ord"])
        words = {word, "other"}
        keyed = {big: True}
        named = {word: 1}
        doubles = [real, None]
        amount, where = decimal.Decimal("1.25"), pathlib.Path("/tmp")
        moment = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
        delta = datetime.timedelta(days=1)
        watched = (big, real, word, words, keyed, named, doubles, amount, where, moment, delta)
        before = [sys.getrefcount(x) for x in watched]
        for _ in range(100_000):
            m.echo_big(big)
            m.echo_float(real)
            m.echo_short(7)
            m.echo_byte(-7)
            m.echo_char("c")
            m.echo_set(words)
            m.echo_big_keys(keyed)
            m.invert(named)
            m.echo_object(words)
            m.hit(word, 1)
            m.echo_decimal(amount)
            m.echo_path(where)
            m.echo_instant(moment)
            m.echo_duration(delta)
            try:
                m.sum(doubles)
            except TypeError:
                pass
        gc.collect()
        self.assertEqual([sys.getrefcount(x) for x in watched], before)


if __name__ == "__main__":
    unittest.main()
