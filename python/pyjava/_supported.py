"""The CPython versions and builds pyjava runs on: the one place the Python side decides it.

Plain syntax only (no f-strings, no ``from __future__``), so that every Python 3 can import it
and read the refusal instead of a syntax or type error from code it cannot run.
"""

import sys

from ._errors import JavaImportError

OLDEST = (3, 11)
NEWEST = (3, 15)
SUPPORTED = "CPython {}.{} to {}.{} with the GIL".format(*OLDEST, *NEWEST)


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


def require_build():
    """Refuses, before the JVM starts, a free-threaded build (its object header differs)."""
    import sysconfig  # not at import pyjava, which runs at every start-up through pyjava.pth

    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        raise JavaImportError(
            "pyjava: free-threaded CPython is not supported yet (" + sys.executable + " is a "
            "free-threaded build); pyjava runs on " + SUPPORTED + ", e.g. python3.{} instead of "
            "python3.{}t".format(sys.version_info[1], sys.version_info[1])
        )
