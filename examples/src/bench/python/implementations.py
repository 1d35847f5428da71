"""The modules compared: pyjava's word_count and any peer with the same API."""

import importlib
import os
import sys
from dataclasses import dataclass

from paths import BUILT_CLASSES, PYJAVA, SCRIPTS

SEARCHES = ("search_sequential", "search_sequential_allow_threads", "search")
CALLS = ("noop", "ident", "count_line", "noop_allow_threads")
API = SEARCHES + CALLS

# Short names of the search functions for charts: the seed tutorial's words.
STYLE = {
    "search_sequential": "sequential",
    "search_sequential_allow_threads": "sequential, GIL released",
    "search": "parallel",
}

PYJAVA_NAME = "pyjava"
PURE_PYTHON = "pure Python"


@dataclass(frozen=True)
class Implementation:
    """A module with the word-count API, under the name tables show."""

    name: str
    module: object

    def function(self, name):
        return getattr(self.module, name)


def pyjava_word_count():
    """pyjava's word_count, imported through pyjava's import hook from the built classes."""
    os.environ.setdefault("PYJAVA_CLASSPATH", os.pathsep.join(BUILT_CLASSES))
    for folder in (SCRIPTS, PYJAVA):
        if folder not in sys.path:
            sys.path.insert(0, folder)
    import pyjava  # noqa: F401  (installs the import hook)

    return Implementation(PYJAVA_NAME, importlib.import_module("word_count"))


def peer(name):
    """The importable module ``name``, checked to have the whole API.

    Raises ``ValueError`` saying what is wrong."""
    try:
        module = importlib.import_module(name)
    except ImportError as error:
        raise ValueError(
            f"peer {name!r} cannot be imported ({error}); pass the folder that holds it with"
            " --peer-path (Maven: -Dcompare.pythonpath=DIR)"
        ) from error
    missing = [function for function in API if not callable(getattr(module, function, None))]
    if missing:
        raise ValueError(f"peer {name!r} lacks {', '.join(missing)}: it needs the word_count API")
    return Implementation(name, module)
