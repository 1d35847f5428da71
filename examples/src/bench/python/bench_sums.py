"""Summing 10⁷ float64 numbers that Python holds: copied into a ``double[]`` (``vectors.sum``),
read in place through a ``DoubleBuffer`` view with the GIL released (``vectors.sum_view``), and
numpy's own ``numpy.sum``. The numbers are a numpy array where numpy is installed, else an
``array.array('d')``: pyjava's rows still run, and numpy's row exists only where numpy does.
Every sum is checked."""

import array
import importlib

import pytest

from implementations import PYJAVA_NAME
from measure import label

try:
    import numpy
except ImportError:
    numpy = None

MEASURE = "sum of 10⁷ float64"
SIZE = 10_000_000
ROUNDS = 5
# 0 + 1 + ... + (SIZE - 1): every partial sum is an integer below 2⁵³, so exact in float64 in
# any order of addition.
EXPECTED = SIZE * (SIZE - 1) / 2
NUMPY = "numpy"


@pytest.fixture(scope="module")
def values():
    """0.0, 1.0, ..., SIZE - 1 as float64."""
    if numpy is not None:
        return numpy.arange(SIZE, dtype=numpy.float64)
    return array.array("d", range(SIZE))


@pytest.fixture(scope="module")
def vectors(all_implementations):
    """pyjava's ``vectors`` module (the import hook is installed with pyjava's word_count)."""
    return importlib.import_module("vectors")


def test_sum_through_double_array(benchmark, values, vectors):
    label(benchmark, MEASURE, PYJAVA_NAME, "double[]")
    total = benchmark.pedantic(vectors.sum, args=(values,), rounds=ROUNDS, warmup_rounds=1)
    assert total == EXPECTED


def test_sum_through_double_buffer(benchmark, values, vectors):
    label(benchmark, MEASURE, PYJAVA_NAME, "DoubleBuffer")
    total = benchmark.pedantic(vectors.sum_view, args=(values,), rounds=ROUNDS, warmup_rounds=1)
    assert total == EXPECTED


if numpy is not None:

    def test_numpy_sum(benchmark, values):
        label(benchmark, MEASURE, NUMPY, "numpy.sum")
        total = benchmark.pedantic(numpy.sum, args=(values,), rounds=ROUNDS, warmup_rounds=1)
        assert total == EXPECTED
