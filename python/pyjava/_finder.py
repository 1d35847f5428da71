"""The ``sys.meta_path`` hook that imports Java modules.

The finder goes last, so it is asked only about names that nothing else found, and answers
from the classpath's marker resources (:mod:`pyjava._markers`) without starting the JVM. The
JVM starts when the first Java module is actually created.
"""

from __future__ import annotations

import sys
import threading

# Set while this thread's finder reads the classpath: reading a jar imports zipfile, whose own
# imports of optional modules come back to the finder, which must not read the jar again then.
_busy = threading.local()


def _pyjava_is_loading() -> bool:
    """True while one of pyjava's own modules runs its top level, which can be half done.

    Its imports reach this finder for every optional module they probe (3.12's ``platform``
    probes ``_wmi``); the finder must not use pyjava's modules then.
    """
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "<module>" and frame.f_globals.get("__name__", "").startswith("pyjava."):
            return True
        frame = frame.f_back
    return False


def _asked_by_import_statement() -> bool:
    """True when the import system asks (``import x``, ``importlib.import_module``).

    False for probes such as ``importlib.util.find_spec``, which must get None, not an error.
    """
    try:
        caller = sys._getframe(3)  # 0: here, 1: find_spec, 2: importlib._bootstrap._find_spec, 3: its caller
    except (AttributeError, ValueError):
        return False
    return caller.f_code.co_name == "_find_and_load_unlocked"


def _not_found_message(fullname: str, classpath) -> str:
    from . import _jvm, _markers

    missing = [entry for entry in classpath if not entry.exists()]
    known = _markers.module_names(classpath)
    message = f"No module named {fullname!r}; pyjava found no Java module of that name on its classpath"
    if known:
        message += " (it has: " + ", ".join(known) + ")"
    if missing:
        message += ". " + _jvm.missing_entries_message(missing)
    unmarked = _markers.unmarked_providers(classpath)
    if unmarked:
        message += (
            ". These entries have pyjava module providers but no META-INF/pyjava/modules/<name> "
            "markers, so pyjava cannot see their modules (rebuild them with the current pyjava processor): "
            + ", ".join(entry.path for entry in unmarked)
        )
    return message


class JavaModuleFinder:
    """Finds modules whose marker ``META-INF/pyjava/modules/<name>`` is on the classpath."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        """A spec for a Java module, None for other names."""
        if getattr(_busy, "active", False) or _pyjava_is_loading():
            return None
        from . import _jvm, _markers

        classpath = _jvm.classpath()
        if not classpath:
            return None
        _busy.active = True
        try:
            entry = _markers.locate(fullname, classpath)
        finally:
            _busy.active = False
        if entry is None:
            if "." not in fullname and _asked_by_import_statement():
                raise ModuleNotFoundError(_not_found_message(fullname, classpath), name=fullname)
            return None
        from importlib.machinery import ModuleSpec

        return ModuleSpec(fullname, JavaModuleLoader, origin=f"java:{entry.path}")


class JavaModuleLoader:
    """Creates a Java module through the JVM (started on first use)."""

    @staticmethod
    def create_module(spec):
        """The module object Java builds."""
        from . import _jvm

        return _jvm.runtime().create_module(spec.name)

    @staticmethod
    def exec_module(module) -> None:
        """Nothing to run: Java filled the module in when it created it."""


def install() -> None:
    """Appends the finder to ``sys.meta_path`` once."""
    if not any(finder is JavaModuleFinder for finder in sys.meta_path):
        sys.meta_path.append(JavaModuleFinder)
