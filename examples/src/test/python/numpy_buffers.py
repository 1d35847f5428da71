"""Buffers from numpy arrays: Java fills one in place, every dtype converts to its array, and a
read-only, wrongly typed or non-contiguous array is refused clearly. numpy is not on every
interpreter this project tests, so run-all.sh runs this file as a suite of its own wherever numpy
imports, and names the interpreters where it does not; test_buffers.py covers every interpreter
with array.array and memoryview."""

import gc
import sys
import unittest

import javamodules  # noqa: F401  (installs the import hook)
import numpy
import pyjava_buffers as b
import vectors
from test_buffers import CALLS, D_VIEW, raised


class Numpy(unittest.TestCase):
    def test_java_fills_a_numpy_array_in_place(self):
        values = numpy.zeros(1000)
        self.assertEqual(b.fill_doubles(values, 0.0), 1000)
        self.assertTrue(numpy.array_equal(values, numpy.arange(1000.0)))
        self.assertEqual(b.address(values), values.ctypes.data)
        grid = numpy.zeros((3, 4), dtype=numpy.int64)
        b.fill_longs(grid, 1)
        self.assertEqual(grid.tolist(), [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])

    def test_each_dtype_converts_to_its_array(self):
        self.assertEqual(b.echo_doubles(numpy.arange(3.0)), [0.0, 1.0, 2.0])
        self.assertEqual(b.echo_floats(numpy.arange(3, dtype=numpy.float32)), [0.0, 1.0, 2.0])
        self.assertEqual(b.echo_longs(numpy.arange(3, dtype=numpy.int64)), [0, 1, 2])
        self.assertEqual(b.echo_ints(numpy.arange(3, dtype=numpy.int32)), [0, 1, 2])
        self.assertEqual(b.echo_shorts(numpy.arange(3, dtype=numpy.int16)), [0, 1, 2])
        self.assertEqual(b.echo_doubles(numpy.arange(10.0)[::3]), [0.0, 3.0, 6.0, 9.0])
        transposed = numpy.arange(4.0).reshape(2, 2).T  # Fortran order: copied in C order
        self.assertEqual(b.echo_doubles(transposed), [0.0, 2.0, 1.0, 3.0])
        self.assertEqual(b.view_sum(numpy.ones((3, 4))), 12.0)

    def test_a_read_only_numpy_array_is_read_and_not_written(self):
        values = numpy.arange(3.0)
        values.flags.writeable = False
        self.assertEqual(b.describe(values), [1, 3])
        self.assertEqual(b.view_sum(values), 3.0)
        with self.assertRaises(BufferError):
            b.fill_doubles(values, 1.0)
        self.assertEqual(values.tolist(), [0.0, 1.0, 2.0])

    def test_wrong_dtypes_byte_orders_and_layouts_are_refused(self):
        self.assertEqual(
            raised(TypeError, b.view_sum, numpy.zeros(3, dtype=numpy.float32)),
            f"view_sum() argument 'values' must be {D_VIEW}, not ndarray of format 'f'",
        )
        self.assertEqual(
            raised(TypeError, b.view_sum, numpy.zeros(3, dtype=">f8")),
            f"view_sum() argument 'values' must be {D_VIEW}, not ndarray of format '>d'",
        )
        for strided in (numpy.arange(10.0)[::2], numpy.ones((3, 4), order="F")):
            self.assertEqual(
                raised(BufferError, b.view_sum, strided),
                f"view_sum() argument 'values' must be {D_VIEW}, not a non-contiguous ndarray",
            )

    def test_the_vectors_example_sums_and_scales_numpy_arrays(self):
        values = numpy.arange(1_000_000, dtype=numpy.float64)
        expected = float(numpy.sum(values))
        self.assertEqual(vectors.sum(values), expected)
        self.assertEqual(vectors.sum_view(values), expected)
        vectors.scale(values, 0.5)
        self.assertEqual(float(numpy.sum(values)), expected / 2)

    def test_numpy_arguments_keep_their_counts(self):
        values = numpy.arange(8.0)
        before = sys.getrefcount(values)
        for _ in range(CALLS):
            b.view_sum(values)
            b.echo_doubles(values)
        gc.collect()
        self.assertEqual(sys.getrefcount(values), before)



if __name__ == "__main__":
    unittest.main()
