"""Ten needles on one file: pyjava's word_count.Corpus maps the 100 MB text once and counts them
all, against ten ``search`` calls (each opening and mapping the file) of pyjava and every peer."""

import inputs
from implementations import PYJAVA_NAME
from measure import label

TEXT = inputs.ASCII_100MB
NEEDLES = ("is", "the", "better", "than", "never", "to", "be", "it", "a", "one")
ROUNDS = 5
MEASURE = "ten needles"
CORPUS = "Corpus.count_many"
SEARCHES = "search ×10"


def expected():
    """Each needle's count: pure Python's in one block of the text, times the copies."""
    return [TEXT.expected(needle) for needle in NEEDLES]


def count_with_corpus(corpus_type, path):
    """Opens the file once, counts every needle, closes it."""
    corpus = corpus_type(path)
    try:
        return corpus.count_many(list(NEEDLES))
    finally:
        corpus.close()


def count_with_searches(search, path):
    """One search per needle, each opening and mapping the file."""
    return [search(path, needle) for needle in NEEDLES]


def test_one_corpus(benchmark, text_files, all_implementations):
    # Peers have no Corpus: pyjava's alone, however many implementations run.
    pyjava = next(i for i in all_implementations if i.name == PYJAVA_NAME)
    label(benchmark, MEASURE, PYJAVA_NAME, CORPUS, TEXT)
    args = (pyjava.function("Corpus"), text_files(TEXT))
    counts = benchmark.pedantic(count_with_corpus, args=args, rounds=ROUNDS, warmup_rounds=1)
    assert counts == expected()


def test_ten_searches(benchmark, text_files, implementation):
    label(benchmark, MEASURE, implementation.name, SEARCHES, TEXT)
    args = (implementation.function("search"), text_files(TEXT))
    counts = benchmark.pedantic(count_with_searches, args=args, rounds=ROUNDS, warmup_rounds=1)
    assert counts == expected()
