"""The ``sys.meta_path`` hook that imports Java modules.

The finder goes last, so it is asked only about names that nothing else found, and answers
from the classpath's marker resources (:mod:`pyjava._markers`) without starting the JVM. The
JVM starts when the first Java module is actually created.

For a top-level name it does not have, the finder raises the import system's
``ModuleNotFoundError`` itself, with what it knows (the Java modules there are, a classpath that
is empty or has missing entries), but only while it is the last finder on ``sys.meta_path``: then
nothing else would be asked and the import system would raise the same error without the
explanation. When a finder was appended after it (plugin loaders, lazy importers), it returns
None, so that finder is asked, and an unknown name gets the import system's plain message.
"""

from __future__ import annotations

import os
import sys


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
    from . import _config, _jvm, _markers

    if not classpath:
        variable = _config.CLASSPATH_VARIABLE
        state = "unset" if os.environ.get(variable) is None else "empty"
        return (
            f"No module named {fullname!r}; pyjava has no Java modules to offer: {variable} is {state} "
            "and pyjava.configure(classpath=...) gave no entries"
        )
    missing = [entry for entry in classpath if not entry.exists()]
    known = _markers.module_names(classpath)
    message = f"No module named {fullname!r}; pyjava found no Java module of that name on its classpath"
    if known:
        message += " (it has: " + ", ".join(known) + ")"
    if missing:
        message += ". " + _jvm.missing_entries_message(missing)
    unreadable = _markers.unreadable_jars(classpath)
    if unreadable:
        message += ". " + _jvm.unreadable_jars_message(unreadable)
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
        if _pyjava_is_loading():
            return None
        from . import _jvm, _markers

        if _markers.reading_a_jar():
            return None
        classpath = _jvm.classpath()
        entry = _markers.locate(fullname, classpath)
        if entry is None:
            if "." not in fullname and sys.meta_path[-1:] == [cls] and _asked_by_import_statement():
                raise ModuleNotFoundError(_not_found_message(fullname, classpath), name=fullname)
            return None
        from importlib.machinery import ModuleSpec

        return ModuleSpec(fullname, JavaModuleLoader, origin=f"java:{entry.path}")


class JavaModuleLoader:
    """Creates a Java module through the JVM (started on first use)."""

    @staticmethod
    def create_module(spec):
        """The module object Java builds (in a forkserver, a placeholder that builds it on first use)."""
        from . import _forkserver, _jvm

        if _forkserver.importing_in_forkserver():
            return _forkserver.DeferredJavaModule(spec.name)
        return _jvm.runtime().create_module(spec.name)

    @staticmethod
    def exec_module(module) -> None:
        """Nothing to run: Java filled the module in when it created it."""


def install() -> None:
    """Appends the finder to ``sys.meta_path`` once."""
    if not any(finder is JavaModuleFinder for finder in sys.meta_path):
        sys.meta_path.append(JavaModuleFinder)
