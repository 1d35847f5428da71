"""Where pyjava's settings come from: ``pyjava.configure(...)`` first, then the environment.

* classpath: the ``configure(classpath=...)`` entries, then ``PYJAVA_CLASSPATH``
  (``os.pathsep``-separated), then, when the JVM starts, the jars of the installed pyjava wheels
  (:mod:`pyjava._installed`). An entry is a directory, a jar, or ``dir/*`` (every jar in dir).
* JVM options: pyjava's own, then ``configure(jvm_options=...)``, then ``PYJAVA_JVM_OPTIONS``
  (split like a shell does); for an option given twice the JVM takes the last one. A default the
  user overrides is left out (:data:`DEFAULT_JVM_OPTIONS`).
* Java home: ``configure(java_home=...)``, else ``PYJAVA_JAVA_HOME``, else the search in
  :mod:`pyjava._jdk` (``JAVA_HOME`` first).
"""

from __future__ import annotations

import glob
import os
import shlex
from collections import namedtuple  # cheaper to import than dataclasses or typing

from . import _membarrier
from ._errors import JavaImportError

CLASSPATH_VARIABLE = "PYJAVA_CLASSPATH"
JVM_OPTIONS_VARIABLE = "PYJAVA_JVM_OPTIONS"
JAVA_HOME_VARIABLE = "PYJAVA_JAVA_HOME"
CONFIGURE_SOURCE = "pyjava.configure(classpath=...)"

# -Xrs: the JVM leaves SIGINT, SIGTERM, SIGHUP and SIGQUIT to Python (Ctrl-C raises
# KeyboardInterrupt, Python's signal handlers keep working). The rest sends the JVM's own messages
# (start-up errors, the warnings of its unified logging) to stderr, never into the program's stdout.
BASE_JVM_OPTIONS = (
    "-Xrs",
    "--enable-native-access=ALL-UNNAMED",
    "-XX:+DisplayVMOutputToStderr",
    "-Xlog:disable",
    "-Xlog:all=warning:stderr:uptime,level,tags",
)

_COLLECTORS = ("Serial", "Parallel", "G1", "Z", "Shenandoah", "Epsilon")
_COLLECTOR_CHOICES = tuple(f"-XX:{sign}Use{name}GC" for sign in "+-" for name in _COLLECTORS)
_OTHER_COLLECTORS = tuple(choice for choice in _COLLECTOR_CHOICES if choice != "-XX:+UseSerialGC")
_YOUNG_SIZES = ("-Xmn", "-XX:NewSize=", "-XX:MaxNewSize=", "-XX:NewRatio=")

_MAX_HEAP = ("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAM=", "-XX:MaxRAMPercentage=", "-XX:MaxRAMFraction=")
_INITIAL_HEAP = ("-Xms", "-XX:InitialHeapSize=", "-XX:InitialRAMPercentage=", "-XX:InitialRAMFraction=")

# Defaults for a JVM that lives inside a Python process, each with the option prefixes by which the
# user overrides it: then it is left out (the JVM refuses two collectors, and ends the process).
# A young generation sized from the machine's memory lets resident memory climb by hundreds of
# MB before the first collection; a small one keeps it flat (measured: 1-2 MB over a million
# calls instead of 80-220 MB) and costs nothing, since nearly every object a call makes dies
# young. The serial collector suits short pauses in a host that is not Java's own; the young
# size is tuned for it, so choosing another collector drops both.
# The heap's bounds: the serial collector grows its old generation instead of collecting it until
# the heap reaches its maximum (a quarter of the machine's memory by default), so what calls
# leave behind piled up without end (measured: 40 calls of top_words on 10 MB took resident
# memory to 2.1 GB, and each call 1.7x the time); at most 512 MB it stays below 0.6 GB, and
# starting at 16 MB (not a 64th of the memory) saves 7-10 MB after import. A bigger maximum is
# the user's -Xmx (or any other maximum); a maximum of the user's also drops the initial size,
# which the JVM refuses above it.
DEFAULT_JVM_OPTIONS = (
    ("-XX:+UseSerialGC", _COLLECTOR_CHOICES),
    ("-XX:MaxNewSize=16m", _YOUNG_SIZES + _OTHER_COLLECTORS),
    ("-Xmx512m", _MAX_HEAP),
    ("-Xms16m", _INITIAL_HEAP + _MAX_HEAP),
)

# Options the JVM also reads from the environment when it starts through JNI.
OPTIONS_ENVIRONMENT = ("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")


def defaults_kept(user_options) -> list[str]:
    """The defaults that none of ``user_options`` (or of :data:`OPTIONS_ENVIRONMENT`) overrides."""
    given = list(user_options)
    for variable in OPTIONS_ENVIRONMENT:
        given += os.environ.get(variable, "").split()
    return [
        default
        for default, overriders in DEFAULT_JVM_OPTIONS
        if not any(option.startswith(overriders) for option in given)
    ]


class ClasspathEntry(namedtuple("ClasspathEntry", "path source")):
    """One classpath element, made absolute (``path``), and where it came from (``source``)."""

    __slots__ = ()

    def exists(self) -> bool:
        """True when the directory or jar is there."""
        return os.path.exists(self.path)


Arguments = namedtuple("Arguments", "classpath jvm_options java_home", defaults=((), (), None))
Arguments.__doc__ = "What ``pyjava.configure`` was given: string tuples and a Java home or None."


class Settings(namedtuple("Settings", "classpath jvm_options java_home java_home_source")):
    """The settings in force: arguments and environment combined."""

    __slots__ = ()

    @property
    def missing(self) -> tuple[ClasspathEntry, ...]:
        """Classpath entries that do not exist."""
        return tuple(entry for entry in self.classpath if not entry.exists())

    def jvm_arguments(self, extra=()) -> list[str]:
        """Every option ``JNI_CreateJavaVM`` gets; ``extra`` goes before the user's options."""
        classpath = os.pathsep.join(entry.path for entry in self.classpath)
        return [
            f"-Djava.class.path={classpath}",
            *BASE_JVM_OPTIONS,
            *defaults_kept(self.jvm_options),
            *_membarrier.jvm_options(),
            *extra,
            *self.jvm_options,
        ]


def expand_entry(raw: str, source: str) -> list[ClasspathEntry]:
    """A classpath element as entries: ``dir/*`` becomes every ``.jar`` in ``dir``, sorted."""
    if raw == "*" or raw.endswith(os.sep + "*"):
        folder = os.path.abspath(raw[:-1] or ".")
        if not os.path.isdir(folder):
            return [ClasspathEntry(folder, source)]
        jars = [path for path in glob.glob(os.path.join(glob.escape(folder), "*")) if path.lower().endswith(".jar")]
        return [ClasspathEntry(path, source) for path in sorted(jars)]
    return [ClasspathEntry(os.path.abspath(raw), source)]


def expand_classpath(raw_entries, source: str) -> list[ClasspathEntry]:
    """Every entry of a classpath, in order; empty elements are skipped."""
    entries = []
    for raw in raw_entries:
        if raw:
            entries.extend(expand_entry(os.fspath(raw), source))
    return entries


def classpath(arguments: Arguments) -> tuple[ClasspathEntry, ...]:
    """The classpath from ``arguments`` and the environment as it is now."""
    entries = expand_classpath(arguments.classpath, CONFIGURE_SOURCE)
    entries += expand_classpath(os.environ.get(CLASSPATH_VARIABLE, "").split(os.pathsep), CLASSPATH_VARIABLE)
    return tuple(entries)


def installed_classpath() -> tuple[ClasspathEntry, ...]:
    """The jars of the installed pyjava wheels (read from package metadata, so not on every import)."""
    from . import _installed

    return tuple(ClasspathEntry(jar, _installed.SOURCE) for jar in _installed.jars())


def current(arguments: Arguments) -> Settings:
    """The settings from ``arguments`` and the environment as it is now."""
    try:
        from_environment = shlex.split(os.environ.get(JVM_OPTIONS_VARIABLE, ""))
    except ValueError as error:
        raise JavaImportError(f"pyjava: {JVM_OPTIONS_VARIABLE} cannot be split into options ({error}); fix its quoting") from None
    options = list(arguments.jvm_options) + from_environment
    if arguments.java_home:
        java_home, source = arguments.java_home, "pyjava.configure(java_home=...)"
    else:
        java_home, source = os.environ.get(JAVA_HOME_VARIABLE) or None, JAVA_HOME_VARIABLE
    return Settings(classpath(arguments) + installed_classpath(), tuple(options), java_home, source)
