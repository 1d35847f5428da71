"""The cost of one call from Python: no arguments, an object in and out, a short line to count,
and no arguments with the GIL released and retaken."""

import search_py
from measure import label
from implementations import PURE_PYTHON

# 30 characters, three matches.
LINE = "Is this (is) the line? It is!!"
LINE_MATCHES = 3


def test_noop(benchmark, implementation):
    label(benchmark, "per call", implementation.name, "noop")
    assert benchmark(implementation.function("noop")) is None


def test_ident(benchmark, implementation):
    label(benchmark, "per call", implementation.name, "ident")
    thing = object()
    assert benchmark(implementation.function("ident"), thing) is thing


def test_count_line(benchmark, implementation):
    label(benchmark, "per call", implementation.name, "count_line")
    assert benchmark(implementation.function("count_line"), LINE, "is") == LINE_MATCHES


def test_count_line_pure_python(benchmark):
    label(benchmark, "per call", PURE_PYTHON, "count_line")
    assert benchmark(search_py.count_line, LINE, "is") == LINE_MATCHES


def test_noop_allow_threads(benchmark, implementation):
    label(benchmark, "per call", implementation.name, "noop_allow_threads")
    assert benchmark(implementation.function("noop_allow_threads")) is None
