"""Megabytes per second on bigger texts: ASCII Zen at 1, 10 and 100 MB, and 10 MB of Zen lines
interleaved with accented Latin, Greek, Cyrillic and CJK lines."""

import pytest

import inputs
from implementations import PURE_PYTHON, SEARCHES
from measure import PURE_PYTHON_ROUNDS, label, search_timed
from search_py import search_py

TEXTS = inputs.THROUGHPUT


@pytest.mark.parametrize("function", SEARCHES)
@pytest.mark.parametrize("text", TEXTS, ids=[t.name for t in TEXTS])
def test_search(benchmark, text_files, implementation, function, text):
    label(benchmark, "throughput", implementation.name, function, text)
    count = search_timed(benchmark, implementation.function(function), text_files(text), text)
    assert count == text.expected()


def test_pure_python(benchmark, text_files):
    text = inputs.ASCII_1MB
    label(benchmark, "throughput", PURE_PYTHON, "search_py", text)
    count = search_timed(benchmark, search_py, text_files(text), text, PURE_PYTHON_ROUNDS)
    assert count == text.expected()
