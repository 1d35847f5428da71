"""Which Python module names the classpath provides, known without starting the JVM.

The pyjava annotation processor writes one resource per module,
``META-INF/pyjava/modules/<python module name>`` (its content is not read), next to the
``ModuleProvider`` service file. Directories are checked with one ``stat`` per lookup; a jar's
listing is read once and kept until the jar changes.
"""

from __future__ import annotations

import os
import threading
from collections import namedtuple

from ._config import ClasspathEntry

MARKER_FOLDER = "META-INF/pyjava/modules/"
SERVICES_FILE = "META-INF/services/dev.pyjava.runtime.def.ModuleProvider"


# frozenset of names, bool, and False for a file that is not a zip archive pyjava can read.
_Listing = namedtuple("_Listing", "modules has_providers readable", defaults=(True,))


_EMPTY = _Listing(frozenset(), False)
_UNREADABLE = _Listing(frozenset(), False, False)
_jar_cache: dict[str, tuple[int, int, _Listing]] = {}
_jar_cache_lock = threading.Lock()

# Set while this thread reads a jar: importing zipfile imports optional modules, which come back
# to the import hook, which must not read a jar again then (see reading_a_jar).
_reading = threading.local()


def reading_a_jar() -> bool:
    """True while this thread reads a jar's listing."""
    return getattr(_reading, "active", False)


def _read_jar(path: str) -> _Listing:
    _reading.active = True
    try:
        import zipfile  # only paid for when a jar is on the classpath

        with zipfile.ZipFile(path) as jar:
            names = jar.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):  # ValueError: e.g. an entry name that is not UTF-8
        return _UNREADABLE
    finally:
        _reading.active = False
    modules = frozenset(
        name[len(MARKER_FOLDER):]
        for name in names
        if name.startswith(MARKER_FOLDER) and len(name) > len(MARKER_FOLDER) and not name.endswith("/")
    )
    return _Listing(modules, SERVICES_FILE in names)


def _jar_listing(path: str) -> _Listing:
    try:
        status = os.stat(path)
    except OSError:
        return _EMPTY
    with _jar_cache_lock:
        cached = _jar_cache.get(path)
    if cached and cached[:2] == (status.st_mtime_ns, status.st_size):
        return cached[2]
    listing = _read_jar(path)
    with _jar_cache_lock:
        _jar_cache[path] = (status.st_mtime_ns, status.st_size, listing)
    return listing


def _directory_listing(path: str) -> _Listing:
    folder = os.path.join(path, MARKER_FOLDER)
    try:
        modules = frozenset(name for name in os.listdir(folder) if os.path.isfile(os.path.join(folder, name)))
    except OSError:
        modules = frozenset()
    return _Listing(modules, os.path.isfile(os.path.join(path, SERVICES_FILE)))


def _listing(entry: ClasspathEntry) -> _Listing:
    return _directory_listing(entry.path) if os.path.isdir(entry.path) else _jar_listing(entry.path)


def provides(entry: ClasspathEntry, module_name: str) -> bool:
    """True when ``entry`` has the marker of ``module_name``."""
    if os.path.isdir(entry.path):
        return os.path.isfile(os.path.join(entry.path, MARKER_FOLDER, module_name))
    return module_name in _jar_listing(entry.path).modules


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
        names |= _listing(entry).modules
    return sorted(names)


def unreadable_jars(classpath: tuple[ClasspathEntry, ...]) -> list[ClasspathEntry]:
    """Entries that are files but not zip archives (a text file named ``x.jar``, a damaged jar)."""
    return [entry for entry in classpath if os.path.isfile(entry.path) and not _jar_listing(entry.path).readable]


def unmarked_providers(classpath: tuple[ClasspathEntry, ...]) -> list[ClasspathEntry]:
    """Entries with pyjava module providers but no markers (built by an older processor)."""
    return [entry for entry in classpath if _listing(entry) == _Listing(frozenset(), True)]
