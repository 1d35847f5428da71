"""Which Python module names the classpath provides, known without starting the JVM.

The pyjava annotation processor writes one empty resource per module,
``META-INF/pyjava/modules/<python module name>``, next to the ``ModuleProvider`` service file.
Directories are checked with one ``stat`` per lookup; a jar's list is read once and kept
until the jar changes.
"""

from __future__ import annotations

import os
import threading

from ._config import ClasspathEntry

MARKER_FOLDER = "META-INF/pyjava/modules/"

_jar_cache: dict[str, tuple[int, int, frozenset[str]]] = {}
_jar_cache_lock = threading.Lock()


def _jar_modules(path: str) -> frozenset[str]:
    try:
        status = os.stat(path)
    except OSError:
        return frozenset()
    with _jar_cache_lock:
        cached = _jar_cache.get(path)
        if cached and cached[:2] == (status.st_mtime_ns, status.st_size):
            return cached[2]
    import zipfile  # only paid for when a jar is on the classpath

    try:
        with zipfile.ZipFile(path) as jar:
            names = frozenset(
                name[len(MARKER_FOLDER):]
                for name in jar.namelist()
                if name.startswith(MARKER_FOLDER) and len(name) > len(MARKER_FOLDER) and not name.endswith("/")
            )
    except (OSError, zipfile.BadZipFile):
        names = frozenset()
    with _jar_cache_lock:
        _jar_cache[path] = (status.st_mtime_ns, status.st_size, names)
    return names


def _directory_modules(path: str) -> frozenset[str]:
    folder = os.path.join(path, MARKER_FOLDER)
    try:
        return frozenset(name for name in os.listdir(folder) if os.path.isfile(os.path.join(folder, name)))
    except OSError:
        return frozenset()


def provides(entry: ClasspathEntry, module_name: str) -> bool:
    """True when ``entry`` has the marker of ``module_name``."""
    if os.path.isdir(entry.path):
        return os.path.isfile(os.path.join(entry.path, MARKER_FOLDER, module_name))
    return module_name in _jar_modules(entry.path)


def locate(module_name: str, classpath: tuple[ClasspathEntry, ...]) -> ClasspathEntry | None:
    """The first classpath entry that provides ``module_name``, or None."""
    if not module_name or "/" in module_name or os.sep in module_name:
        return None
    for entry in classpath:
        if provides(entry, module_name):
            return entry
    return None


def module_names(classpath: tuple[ClasspathEntry, ...]) -> list[str]:
    """Every module name the classpath's markers announce, sorted."""
    names: set[str] = set()
    for entry in classpath:
        names |= _directory_modules(entry.path) if os.path.isdir(entry.path) else _jar_modules(entry.path)
    return sorted(names)
