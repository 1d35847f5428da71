"""Buffers: short[], int[], long[], float[] and double[] parameters take a list or tuple of numbers
or any buffer of their format (copied), byte[] any bytes-like object, and java.nio buffers are
views of a C-contiguous buffer's memory for the call, with no copy: Java writes into an
array.array in place (pyjava_buffers, a test-scope module). array.array and memoryview cover
every interpreter; numpy_buffers.py has the same for numpy arrays."""

import array
import gc
import struct
import sys
import threading
import unittest

import javamodules  # noqa: F401  (installs the import hook)
import pyjava_buffers as b
import vectors

CALLS = 100_000
D_VIEW = "a C-contiguous buffer of format 'd'"
D_ARRAY = "list[float] or a buffer of format 'd'"


def raised(error, function, *args):
    """The message of the ``error`` that ``function(*args)`` raises."""
    try:
        function(*args)
    except error as caught:
        return str(caught)
    raise AssertionError(f"{function.__name__} raised no {error.__name__}")


class ArraysFromSequences(unittest.TestCase):
    def test_lists_and_tuples_become_each_array_and_come_back_as_lists(self):
        self.assertEqual(b.echo_shorts([1, -2, 32767, -32768]), [1, -2, 32767, -32768])
        self.assertEqual(b.echo_ints((1, -2, 2**31 - 1)), [1, -2, 2**31 - 1])
        self.assertEqual(b.echo_longs([2**63 - 1, -(2**63), True]), [2**63 - 1, -(2**63), 1])
        self.assertEqual(b.echo_floats([0.5, 1, -2.25]), [0.5, 1.0, -2.25])
        self.assertEqual(b.echo_doubles((1.5, 2, 1e300)), [1.5, 2.0, 1e300])
        self.assertEqual(b.echo_doubles([]), [])
        self.assertIs(type(b.echo_ints([1])), list)
        self.assertIs(type(b.echo_doubles([1.0])[0]), float)

    def test_a_wrong_item_names_the_argument_and_the_index(self):
        self.assertEqual(
            raised(TypeError, b.echo_ints, [1, "x"]),
            "echo_ints() argument 'values' item 1 must be int, not str",
        )
        self.assertEqual(
            raised(TypeError, b.echo_doubles, [1.0, None]),
            "echo_doubles() argument 'values' item 1 must be float, not NoneType",
        )
        self.assertEqual(
            raised(TypeError, b.echo_longs, [1.5]),
            "echo_longs() argument 'values' item 0 must be int, not float",
        )

    def test_an_item_too_large_is_overflow_error_with_cpythons_words(self):
        cases = [
            (b.echo_ints, [2**31], "Python int too large to convert to C int"),
            (b.echo_longs, [2**63], "Python int too large to convert to C long"),
            (b.echo_shorts, [32768], "signed short integer is greater than maximum"),
            (b.echo_shorts, [-32769], "signed short integer is less than minimum"),
            # As array.array("h", [2**70]) says: the int does not fit a C long first.
            (b.echo_shorts, [2**70], "Python int too large to convert to C long"),
            (b.echo_shorts, [-(2**70)], "Python int too large to convert to C long"),
        ]
        for function, values, message in cases:
            with self.subTest(function=function.__name__, values=values):
                self.assertEqual(raised(OverflowError, function, values), message)

    def test_anything_else_is_a_type_error_naming_what_fits(self):
        self.assertEqual(
            raised(TypeError, b.echo_shorts, "ab"),
            "echo_shorts() argument 'values' must be list[int] or a buffer of format 'h', not str",
        )
        self.assertEqual(
            raised(TypeError, b.echo_doubles, {1.0}),
            f"echo_doubles() argument 'values' must be {D_ARRAY}, not set",
        )

    def test_arrays_inside_a_list_take_sequences_and_buffers(self):
        self.assertEqual(b.sum_all([[1.0, 2.0], array.array("d", [3.0]), (4,)]), 10.0)
        self.assertEqual(
            raised(TypeError, b.sum_all, [[1.0], array.array("f", [1.0])]),
            "sum_all() argument 'arrays' item 1 must be list[float] or a buffer of format 'd',"
            " not array of format 'f'",
        )


class ArraysFromBuffers(unittest.TestCase):
    def test_array_array_of_the_matching_format_is_copied(self):
        self.assertEqual(b.echo_shorts(array.array("h", [1, -2])), [1, -2])
        self.assertEqual(b.echo_ints(array.array("i", [1, -2])), [1, -2])
        self.assertEqual(b.echo_longs(array.array("q", [2**62, -1])), [2**62, -1])
        self.assertEqual(b.echo_floats(array.array("f", [0.5, -1.0])), [0.5, -1.0])
        self.assertEqual(b.echo_doubles(array.array("d", [0.1, 2.0])), [0.1, 2.0])

    def test_a_c_long_is_the_integer_type_of_its_size(self):
        long_array = array.array("l", [5, -6])
        function = b.echo_longs if long_array.itemsize == 8 else b.echo_ints
        self.assertEqual(function(long_array), [5, -6])

    def test_memoryviews_are_copied_strided_or_cast(self):
        values = array.array("d", [1.0, 2.0, 3.0, 4.0])
        self.assertEqual(b.echo_doubles(memoryview(values)), [1.0, 2.0, 3.0, 4.0])
        self.assertEqual(b.echo_doubles(memoryview(values)[::2]), [1.0, 3.0])
        packed = struct.pack("=3q", 7, -8, 9)
        self.assertEqual(b.echo_longs(memoryview(packed).cast("q")), [7, -8, 9])

    def test_a_buffer_of_another_format_is_a_type_error_naming_both(self):
        ints = "list[int] or a buffer of format"
        cases = [
            (b.echo_doubles, array.array("f", [1.0]), D_ARRAY, "array of format 'f'"),
            (b.echo_ints, array.array("q", [1]), f"{ints} 'i'", "array of format 'q'"),
            (b.echo_longs, array.array("Q", [1]), f"{ints} 'q'", "array of format 'Q'"),
            (b.echo_shorts, array.array("H", [1]), f"{ints} 'h'", "array of format 'H'"),
            (b.echo_doubles, b"12345678", D_ARRAY, "bytes of format 'B'"),
            (b.echo_doubles, memoryview(b"\0" * 8).cast("c"), D_ARRAY, "memoryview of format 'c'"),
        ]
        for function, value, expected, found in cases:
            with self.subTest(function=function.__name__, found=found):
                self.assertEqual(
                    raised(TypeError, function, value),
                    f"{function.__name__}() argument 'values' must be {expected}, not {found}",
                )

    def test_byte_array_takes_every_bytes_like_object(self):
        self.assertEqual(b.byte_sum(b"\x01\xff"), [2, 256])
        self.assertEqual(b.byte_sum(bytearray(b"\x02\x03")), [2, 5])
        self.assertEqual(b.byte_sum(memoryview(b"abc")[1:]), [2, ord("b") + ord("c")])
        one = array.array("d", [1.0])
        self.assertEqual(b.byte_sum(one), [8, sum(one.tobytes())])
        self.assertEqual(
            raised(TypeError, b.byte_sum, "abc"),
            "byte_sum() argument 'data' must be bytes, not str",
        )


class Views(unittest.TestCase):
    def test_java_writes_into_array_array_in_place(self):
        doubles = array.array("d", [0.0] * 5)
        self.assertEqual(b.fill_doubles(doubles, 1.5), 5)
        self.assertEqual(doubles.tolist(), [1.5, 2.5, 3.5, 4.5, 5.5])
        cases = [
            (b.fill_floats, "f", 0.5, [0.5, 1.5, 2.5]),
            (b.fill_longs, "q", 2**40, [2**40, 2**40 + 1, 2**40 + 2]),
            (b.fill_ints, "i", -1, [-1, 0, 1]),
            (b.fill_shorts, "h", 7, [7, 8, 9]),
        ]
        for function, code, start, expected in cases:
            with self.subTest(code=code):
                values = array.array(code, [0, 0, 0])
                self.assertEqual(function(values, start), 3)
                self.assertEqual(values.tolist(), expected)

    def test_java_writes_into_a_bytearray_and_a_writable_memoryview(self):
        data = bytearray(4)
        self.assertEqual(b.fill_bytes(data, 7), 4)
        self.assertEqual(data, bytearray(b"\x07" * 4))
        self.assertEqual(b.fill_bytes(memoryview(data)[1:3], 1), 2)
        self.assertEqual(data, bytearray(b"\x07\x01\x01\x07"))

    def test_the_view_is_the_exporters_memory_not_a_copy(self):
        values = array.array("d", [1.0, 2.0])
        self.assertEqual(b.address(values), values.buffer_info()[0])
        self.assertEqual(b.byte_length(values), 16)

    def test_views_sum_with_the_gil_released_and_on_every_core(self):
        values = array.array("d", range(100_000))
        expected = float(sum(range(100_000)))
        self.assertEqual(b.view_sum(values), expected)
        self.assertEqual(b.parallel_sum(values), expected)
        self.assertEqual(b.view_sum(array.array("d")), 0.0)

    def test_a_read_only_exporter_gives_a_read_only_view_and_writing_is_buffer_error(self):
        values = array.array("d", [1.0, 2.0])
        self.assertEqual(b.describe(values), [0, 2])
        self.assertEqual(b.describe(memoryview(values).toreadonly()), [1, 2])
        for read_only in (b"ab", memoryview(bytearray(2)).toreadonly()):
            with self.subTest(exporter=type(read_only).__name__):
                self.assertEqual(
                    raised(BufferError, b.fill_bytes, read_only, 1),
                    "cannot write to a read-only buffer: the argument's exporter does not allow"
                    " writing",
                )

    def test_a_buffer_of_another_format_is_a_type_error(self):
        self.assertEqual(
            raised(TypeError, b.view_sum, array.array("f", [1.0])),
            f"view_sum() argument 'values' must be {D_VIEW}, not array of format 'f'",
        )
        self.assertEqual(
            raised(TypeError, b.view_sum, [1.0]),
            f"view_sum() argument 'values' must be {D_VIEW}, not list",
        )
        self.assertEqual(
            raised(TypeError, b.byte_length, "x"),
            "byte_length() argument 'data' must be a C-contiguous buffer, not str",
        )

    def test_a_non_contiguous_buffer_is_buffer_error(self):
        self.assertEqual(
            raised(BufferError, b.view_sum, memoryview(array.array("d", [1.0, 2.0, 3.0]))[::2]),
            f"view_sum() argument 'values' must be {D_VIEW}, not a non-contiguous memoryview",
        )

    def test_the_exporter_is_released_when_the_call_returns_on_every_path(self):
        values = array.array("d", [0.0])
        b.fill_doubles(values, 1.0)
        values.append(2.0)  # an array exporting a buffer cannot resize (BufferError)
        with self.assertRaises(TypeError):
            b.fill_floats(values, 1.0)
        values.append(3.0)
        data = bytearray(2)
        with self.assertRaises(BufferError):
            b.fill_bytes(memoryview(data).toreadonly(), 1)
        data.append(1)
        b.keep(values)
        values.append(4.0)
        self.assertEqual(values.tolist(), [1.0, 2.0, 3.0, 4.0])

    def test_a_view_kept_past_its_call_cannot_be_used(self):
        b.keep(array.array("d", [1.0]))
        gc.collect()
        self.assertIn("closed", raised(RuntimeError, b.read_kept))

    def test_released_calls_on_eight_threads_write_their_own_arrays(self):
        arrays = [array.array("d", [0.0] * 1000) for _ in range(8)]
        errors = []

        def work(index):
            try:
                for _ in range(200):
                    b.fill_doubles(arrays[index], float(index))
            except BaseException as error:  # noqa: BLE001  (reported by the main thread)
                errors.append(error)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])
        for index, values in enumerate(arrays):
            self.assertEqual(values.tolist(), [index + i for i in range(1000)])


class References(unittest.TestCase):
    def test_arguments_keep_their_counts_over_many_calls(self):
        doubles = array.array("d", [1.0, 2.0])
        numbers = [1, 2, 3]
        data = bytearray(b"xy")
        before = [sys.getrefcount(x) for x in (doubles, numbers, data)]
        for _ in range(CALLS):
            b.echo_doubles(doubles)
            b.echo_ints(numbers)
            b.view_sum(doubles)
            b.fill_bytes(data, 1)
            b.byte_sum(data)
        gc.collect()
        self.assertEqual([sys.getrefcount(x) for x in (doubles, numbers, data)], before)

    def test_failed_conversions_keep_their_counts(self):
        floats = array.array("f", [1.0])
        strided = memoryview(array.array("d", [1.0, 2.0, 3.0]))[::2]
        before = [sys.getrefcount(x) for x in (floats, strided)]
        for _ in range(CALLS // 10):
            with self.assertRaises(TypeError):
                b.view_sum(floats)
            with self.assertRaises(BufferError):
                b.view_sum(strided)
        gc.collect()
        self.assertEqual([sys.getrefcount(x) for x in (floats, strided)], before)

    def test_a_list_result_is_owned_once(self):
        result = b.echo_doubles([1.0, 2.0])
        made_by_python = list((1.0, 2.0))
        self.assertEqual(sys.getrefcount(result), sys.getrefcount(made_by_python))


class VectorsExample(unittest.TestCase):
    def test_sums_copy_or_view_and_scale_writes_in_place(self):
        values = array.array("d", [1.0, 2.0, 3.5])
        self.assertEqual(vectors.sum(values), 6.5)
        self.assertEqual(vectors.sum([1, 2.5]), 3.5)
        self.assertEqual(vectors.sum_view(values), 6.5)
        self.assertIsNone(vectors.scale(values, 2.0))
        self.assertEqual(values.tolist(), [2.0, 4.0, 7.0])


if __name__ == "__main__":
    unittest.main()
