"""The seed tutorial's benchmark (PyO3's parallelism chapter): count "is" in the Zen of Python
×1000 in pure Python, sequentially and in parallel; and two Python threads calling at once."""

import pytest

import inputs
from implementations import PURE_PYTHON, SEARCHES
from measure import PURE_PYTHON_ROUNDS, label, search_timed
from search_py import search_py

TEXT = inputs.SEED


def test_pure_python(benchmark, text_files):
    label(benchmark, "seed", PURE_PYTHON, "search_py", TEXT)
    count = search_timed(benchmark, search_py, text_files(TEXT), TEXT, PURE_PYTHON_ROUNDS)
    assert count == TEXT.expected()


@pytest.mark.parametrize("function", SEARCHES)
def test_search(benchmark, text_files, implementation, function):
    label(benchmark, "seed", implementation.name, function, TEXT)
    count = search_timed(benchmark, implementation.function(function), text_files(TEXT), TEXT)
    assert count == TEXT.expected()
