"""The JVM's AOT cache (JEP 483/514/515) for pyjava: made once per setup, then used at start-up.

An AOT cache holds the JDK and application classes a run loaded and linked, with the method
handles and lambda forms it spun (FFM downcalls and upcalls make hundreds). Using one roughly
halves the CPU time a JVM needs to create the first module (see python/README.md).

How pyjava uses it:

* The cache is keyed by everything that shapes the JVM: the Java installation, every JVM option
  (the classpath included) and each jar's size and modification time. A changed jar, option or JDK
  gives another key, so a stale cache is never used; the JVM itself (JDK 25) does not notice a
  changed application classpath, which is why pyjava never hands it a cache made for another one.
* The training writes the file's CRC-32 and size next to it (``<key>.sum``). Before the JVM gets
  ``-XX:AOTCache=<file>`` (with its AOT log silenced), pyjava checks them: a damaged cache makes
  ``JNI_CreateJavaVM`` crash (SIGSEGV) or fail, and the JVM's own ``-XX:+VerifySharedSpaces``
  costs more and still ends the process for a damaged heap region. A cache that does not match
  is deleted and the JVM starts without one, which trains a new one.
* When there is no cache, after the first Java module was imported, pyjava starts one detached
  ``python -m pyjava._aot_training`` (see there), which moves the finished file into place. Only
  one training runs per key; a failed one is not retried (its log stays next to the caches).

Only classpaths made of jars qualify (the JVM refuses class folders in an AOT cache), and nothing
is done when the options already name an AOT cache or CDS archive. ``PYJAVA_AOT_CACHE`` set to
``0``/``off``/``false``/``no`` disables all of it; set to a folder, it puts the caches there
(default: ``$XDG_CACHE_HOME/pyjava/aot`` or ``~/.cache/pyjava/aot``). After each training, the
:data:`KEPT_CACHES` most recently used caches are kept as long as they fit in :data:`KEPT_BYTES`
together; the newest is always kept.
"""

from __future__ import annotations

import os
import sys
import time
import zlib

CACHE_VARIABLE = "PYJAVA_AOT_CACHE"
_DISABLED = ("0", "off", "false", "no")

# Options by which the user already chose an archive; pyjava then stays out of the way.
_ARCHIVE_OPTIONS = ("-XX:AOTCache", "-XX:AOTCacheOutput", "-XX:AOTMode", "-XX:AOTConfiguration",
                    "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare")

# Keeps the newest caches, at most this many and this many bytes together; older ones (other
# classpaths, old builds) are deleted after a training.
KEPT_CACHES = 8
KEPT_BYTES = 256 * 1024 * 1024

# A training that takes longer than this is abandoned (the JVM writing the cache is killed).
TRAINING_TIMEOUT = 300

def cache_folder() -> str | None:
    """Where caches go, or None when ``PYJAVA_AOT_CACHE`` disables them."""
    setting = os.environ.get(CACHE_VARIABLE, "").strip()
    if setting.lower() in _DISABLED:
        return None
    if setting and setting.lower() not in ("1", "on", "true", "yes"):
        return os.path.abspath(os.path.expanduser(setting))
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pyjava", "aot")


class Plan:
    """The cache for one JVM set-up: its file, and how to use or make it."""

    def __init__(self, folder: str, key: str):
        self.path = os.path.join(folder, key + ".aot")
        self.checksum = os.path.join(folder, key + ".sum")
        self.lock = os.path.join(folder, key + ".lock")
        self.log = os.path.join(folder, key + ".log")

    def jvm_options(self) -> list[str]:
        """The options that use the cache when it exists and is intact, else none.

        A cache that fails :func:`intact` is deleted, so that :meth:`needs_training` makes another.
        """
        if not os.path.isfile(self.path):
            return []
        if not intact(self.path, self.checksum):
            remove_quietly(self.path)
            remove_quietly(self.checksum)
            return []
        try:
            os.utime(self.path)  # marks it recently used, for pruning
        except OSError:
            pass
        return [f"-XX:AOTCache={self.path}", "-Xlog:aot=off:stderr", "-Xlog:cds=off:stderr"]

    def needs_training(self) -> bool:
        """True when there is neither a cache, nor a training under way, nor a failed one.

        A lock older than twice the training time limit is left from a training that was
        killed (its supervisor removes the lock in every other case): it is cleared.
        """
        try:
            if time.time() - os.stat(self.lock).st_mtime > 2 * TRAINING_TIMEOUT:
                remove_quietly(self.lock)
                remove_quietly(self.log)
        except OSError:
            pass
        return not any(os.path.exists(path) for path in (self.path, self.lock, self.log))


def checksum_line(path: str) -> str:
    """What ``<key>.sum`` holds for the file at ``path``: its CRC-32 and size."""
    crc = size = 0
    with open(path, "rb") as file:
        while block := file.read(1 << 20):
            crc = zlib.crc32(block, crc)
            size += len(block)
    return f"crc32 {crc:08x} {size}\n"


def intact(path: str, checksum: str) -> bool:
    """True when the file at ``path`` matches the checksum line its training wrote.

    Costs about 6 ms for a 15 MB cache (the JVM maps the pages read here from the page cache).
    """
    try:
        with open(checksum, encoding="ascii") as file:
            expected = file.read()
        if os.path.getsize(path) != int(expected.split()[-1]):
            return False
        return checksum_line(path) == expected
    except (OSError, ValueError, IndexError):
        return False


def plan(jdk, jvm_arguments: list[str]) -> Plan | None:
    """The cache plan for a JVM started with ``jvm_arguments``; None when it does not qualify."""
    folder = cache_folder()
    if folder is None or any(option.startswith(_ARCHIVE_OPTIONS) for option in jvm_arguments):
        return None
    digest = jdk_digest(jdk)
    for option in jvm_arguments:
        digest.update(f"{option}\0".encode("utf-8", "surrogateescape"))
        if option.startswith("-Djava.class.path="):
            entries = option.partition("=")[2].split(os.pathsep)
            if not entries or not all(_is_jar(entry) for entry in entries):
                return None
            for entry in entries:
                digest.update("\0".join(stamp(entry)).encode() + b"\0")
    return Plan(folder, digest.hexdigest()[:32])


def jdk_digest(jdk):
    """A 128-bit BLAKE2b started with what identifies the Java installation ``jdk``.

    From ``_blake2``, CPython's own module: ``hashlib`` loads OpenSSL (3-4 MB resident, 4-15 ms)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b
    digest = blake2b(digest_size=16)
    for part in (jdk.home, jdk.version, *stamp(jdk.libjvm)):
        digest.update(f"{part}\0".encode("utf-8", "surrogateescape"))
    return digest


def _is_jar(path: str) -> bool:
    return path.lower().endswith(".jar") and os.path.isfile(path)


def stamp(path: str) -> tuple[str, str]:
    """The size and modification time of the file at ``path``, as text."""
    try:
        status = os.stat(path)
    except OSError:
        return ("missing", "")
    return (str(status.st_size), str(status.st_mtime_ns))


def train_in_background(cache: Plan, settings, jdk, module: str) -> None:
    """Starts the detached training for ``cache`` if none exists yet; never raises."""
    import shlex
    import subprocess

    try:
        if not sys.executable or not cache.needs_training():
            return
        os.makedirs(os.path.dirname(cache.path), exist_ok=True)
        descriptor = os.open(cache.lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        os.close(descriptor)
    except OSError:
        return
    package_parent = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    environment = dict(os.environ)
    environment.update(
        PYJAVA_CLASSPATH=os.pathsep.join(entry.path for entry in settings.classpath),
        PYJAVA_JVM_OPTIONS=shlex.join(settings.jvm_options),
        PYJAVA_JAVA_HOME=jdk.home,
        PYTHONPATH=os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")])),
    )
    environment[CACHE_VARIABLE] = "off"  # the training itself neither uses nor makes a cache
    supervisor = [sys.executable, "-m", "pyjava._aot_training", "supervise", cache.path, module]
    try:
        with open(cache.log, "wb") as log:
            # sh starts the supervisor in the background and exits at once; waiting for sh leaves
            # this process no child to reap (no zombie, no ResourceWarning at exit): the orphaned
            # supervisor is reaped by init.
            subprocess.run(
                ["/bin/sh", "-c", '"$@" &', "pyjava-aot-training", *supervisor],
                env=environment,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                close_fds=True,
                cwd=os.path.dirname(cache.path),  # the caller's folder may go away meanwhile
                check=True,
                timeout=TRAINING_TIMEOUT,
            )
    except (OSError, subprocess.SubprocessError):
        remove_quietly(cache.lock)


def install(partial: str, output: str) -> None:
    """Moves the finished cache ``partial`` to ``output``, its checksum first, then prunes."""
    key = output[: -len(".aot")]
    with open(f"{key}.sum.part", "w", encoding="ascii") as file:
        file.write(checksum_line(partial))
    os.replace(f"{key}.sum.part", f"{key}.sum")
    os.replace(partial, output)
    prune(os.path.dirname(output))


def prune(folder: str) -> None:
    """Keeps the most recently used caches, as many as fit in :data:`KEPT_CACHES` and
    :data:`KEPT_BYTES` (the newest always), and deletes the others."""
    caches = []
    for name in os.listdir(folder):
        if name.endswith(".aot"):
            path = os.path.join(folder, name)
            try:
                status = os.stat(path)
            except OSError:
                continue
            caches.append((-status.st_mtime, status.st_size, path))
    total = 0
    for position, (_, size, path) in enumerate(sorted(caches)):
        total += size
        if position and (position >= KEPT_CACHES or total > KEPT_BYTES):
            remove_quietly(path)
            remove_quietly(path[: -len(".aot")] + ".sum")


def remove_quietly(path: str) -> None:
    """Deletes the file at ``path`` if it is there."""
    try:
        os.remove(path)
    except OSError:
        pass

