"""The CPython versions and builds pyjava runs on: the one place the Python side decides it.

Plain syntax only (no f-strings, no ``from __future__``), so that every Python 3 can import it
and read the refusal instead of a syntax or type error from code it cannot run.
"""

import sys

from ._errors import JavaImportError

OLDEST = (3, 11)
NEWEST = (3, 15)
SUPPORTED = "CPython {}.{} to {}.{} (with the GIL, or free-threaded from 3.13)".format(*OLDEST, *NEWEST)


def version_problem(implementation, version):
    """Why pyjava cannot run on this implementation and ``(major, minor)`` version, or None."""
    if implementation != "cpython":
        return "pyjava runs on {}; this is {} {}.{}".format(SUPPORTED, implementation, *version)
    if not OLDEST <= tuple(version) <= NEWEST:
        return "pyjava runs on {}; this is CPython {}.{}".format(SUPPORTED, *version)
    return None


def require_version():
    """Refuses, at ``import pyjava``, an interpreter whose version pyjava does not run on."""
    problem = version_problem(sys.implementation.name, sys.version_info[:2])
    if problem is not None:
        raise JavaImportError(problem + " (" + sys.executable + ")")

