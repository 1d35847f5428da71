"""Every implementation counts the same on every text the benchmarks search: the count the text
was built to hold, which pure Python finds too."""

import pytest

import inputs
from implementations import SEARCHES
from search_py import search_py

TEXTS = (inputs.SEED,) + inputs.THROUGHPUT
# Pure Python is too slow for the big texts; it checks the blocks they are made of instead.
PURE_PYTHON_TEXTS = (inputs.SEED, inputs.ASCII_1MB)


@pytest.mark.parametrize("text", TEXTS, ids=[t.name for t in TEXTS])
def test_counts_agree(text, text_files, all_implementations):
    path = text_files(text)
    needles = (inputs.NEEDLE,) + (inputs.NON_ASCII_NEEDLES if text.mixed else ())
    for needle in needles:
        expected = text.expected(needle)
        if text in PURE_PYTHON_TEXTS:
            assert search_py(path, needle) == expected, ("pure Python", needle)
        for implementation in all_implementations:
            for name in SEARCHES:
                count = implementation.function(name)(path, needle)
                assert count == expected, (implementation.name, name, needle)


def test_zen_has_ten_per_copy():
    assert inputs.SEED.expected() == 10 * 1000
    assert inputs.ASCII_100MB.expected() == 10 * inputs.ASCII_100MB.copies()


def test_mixed_text_has_matches_in_foreign_lines():
    assert inputs.MIXED_10MB.expected() > 10 * inputs.MIXED_10MB.copies()
    assert all(inputs.MIXED_10MB.expected(needle) > 0 for needle in inputs.NON_ASCII_NEEDLES)
