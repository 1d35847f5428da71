"""Text similarity for Python: Apache Commons Text's measures, bound with pyjava, and helpers in Python.

The measures live in the Java module ``textstats._native``; this package re-exports them and adds
what is simplest written in Python.
"""

from ._native import Matcher, camel_case, escape_html, jaro_winkler, levenshtein, longest_common_subsequence

__all__ = [
    "Matcher",
    "camel_case",
    "closest",
    "escape_html",
    "jaro_winkler",
    "levenshtein",
    "longest_common_subsequence",
]


def closest(word: str, candidates: list[str], max_distance: int = 2) -> list[str]:
    """The candidates within ``max_distance`` edits of ``word``, nearest first (ties keep their order)."""
    distances = [(levenshtein(word, candidate), index, candidate) for index, candidate in enumerate(candidates)]
    return [candidate for distance, _, candidate in sorted(distances) if distance <= max_distance]
