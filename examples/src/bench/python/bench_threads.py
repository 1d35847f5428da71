"""Two Python threads searching at once, against one search: a function that releases the GIL
should take about as long for two as for one (on two free cores); one that holds it, twice as
long. The report divides these times by the single-call times of the same text."""

import pytest

import inputs
from measure import TwoAtOnce, label, rounds_for

TEXTS = (inputs.SEED, inputs.ASCII_10MB)
FUNCTIONS = ("search_sequential_allow_threads", "search_sequential")


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("text", TEXTS, ids=[t.name for t in TEXTS])
def test_two_threads(benchmark, text_files, implementation, function, text):
    label(benchmark, "two threads", implementation.name, function, text)
    pair = TwoAtOnce(implementation.function(function), text_files(text), inputs.NEEDLE)
    try:
        counts = benchmark.pedantic(pair.run, rounds=rounds_for(text), warmup_rounds=1)
    finally:
        pair.close()
    assert counts == (text.expected(), text.expected())
