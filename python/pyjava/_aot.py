"""The JVM's AOT cache (JEP 483/514/515) for pyjava: made once per setup, then used at start-up.

An AOT cache holds the JDK and application classes a run loaded and linked, with the method
handles and lambda forms it spun (FFM downcalls and upcalls make hundreds). Using one roughly
halves the CPU time a JVM needs to create the first module (see python/README.md).

How pyjava uses it:

* The cache is keyed by everything that shapes the JVM: the Java installation, every JVM option
  (the classpath included) and each jar's size and modification time. A changed jar, option or JDK
  gives another key, so a stale cache is never used; the JVM itself (JDK 25) does not notice a
  changed application classpath, which is why pyjava never hands it a cache made for another one.
* When the cache for the key is there, the JVM gets ``-XX:AOTCache=<file>`` (and its AOT log is
  silenced: a damaged file is ignored with an error message, never a failed start).
* When it is not, after the first Java module was imported, pyjava starts one detached
  ``python -m pyjava._aot`` that imports the same module in a JVM started with
  ``-XX:AOTCacheOutput``, ends that JVM with ``System.exit`` (a JVM inside python3 otherwise never
  exits, and the cache is written at exit), and moves the finished file into place. Only one
  training runs per key; a failed one is not retried (its log stays next to the caches).

Only classpaths made of jars qualify (the JVM refuses class folders in an AOT cache), and nothing
is done when the options already name an AOT cache or CDS archive. ``PYJAVA_AOT_CACHE`` set to
``0``/``off``/``false``/``no`` disables all of it; set to a folder, it puts the caches there
(default: ``$XDG_CACHE_HOME/pyjava/aot`` or ``~/.cache/pyjava/aot``).
"""

from __future__ import annotations

import hashlib
import os
import sys
import time

CACHE_VARIABLE = "PYJAVA_AOT_CACHE"
_DISABLED = ("0", "off", "false", "no")

# Options by which the user already chose an archive; pyjava then stays out of the way.
_ARCHIVE_OPTIONS = ("-XX:AOTCache", "-XX:AOTCacheOutput", "-XX:AOTMode", "-XX:AOTConfiguration",
                    "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare")

# Keeps the newest caches; older ones (other classpaths, old builds) are deleted after a training.
KEPT_CACHES = 8

# A training that takes longer than this is abandoned (the JVM writing the cache is killed).
TRAINING_TIMEOUT = 300

_trainings = []  # the detached trainings this process started (kept so they are reaped)


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
        self.lock = os.path.join(folder, key + ".lock")
        self.log = os.path.join(folder, key + ".log")

    def jvm_options(self) -> list[str]:
        """The options that use the cache when it exists, else none."""
        if not os.path.isfile(self.path):
            return []
        try:
            os.utime(self.path)  # marks it recently used, for pruning
        except OSError:
            pass
        return [f"-XX:AOTCache={self.path}", "-Xlog:aot=off", "-Xlog:cds=off"]

    def needs_training(self) -> bool:
        """True when there is neither a cache, nor a training under way, nor a failed one.

        A lock older than twice the training time limit is left from a training that was
        killed (its supervisor removes the lock in every other case): it is cleared.
        """
        try:
            if time.time() - os.stat(self.lock).st_mtime > 2 * TRAINING_TIMEOUT:
                _remove(self.lock)
                _remove(self.log)
        except OSError:
            pass
        return not any(os.path.exists(path) for path in (self.path, self.lock, self.log))


def plan(jdk, jvm_arguments: list[str]) -> Plan | None:
    """The cache plan for a JVM started with ``jvm_arguments``; None when it does not qualify."""
    folder = cache_folder()
    if folder is None or any(option.startswith(_ARCHIVE_OPTIONS) for option in jvm_arguments):
        return None
    digest = hashlib.sha256()
    for part in (jdk.home, jdk.version, *_stamp(jdk.libjvm)):
        digest.update(f"{part}\0".encode("utf-8", "surrogateescape"))
    for option in jvm_arguments:
        digest.update(f"{option}\0".encode("utf-8", "surrogateescape"))
        if option.startswith("-Djava.class.path="):
            entries = option.partition("=")[2].split(os.pathsep)
            if not entries or not all(_is_jar(entry) for entry in entries):
                return None
            for entry in entries:
                digest.update("\0".join(_stamp(entry)).encode() + b"\0")
    return Plan(folder, digest.hexdigest()[:32])


def _is_jar(path: str) -> bool:
    return path.lower().endswith(".jar") and os.path.isfile(path)


def _stamp(path: str) -> tuple[str, str]:
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
    try:
        with open(cache.log, "wb") as log:
            _trainings.append(
                subprocess.Popen(
                    [sys.executable, "-m", "pyjava._aot", "supervise", cache.path, module],
                    env=environment,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                    close_fds=True,
                    cwd=os.path.dirname(cache.path),  # the caller's folder may go away meanwhile
                )
            )
    except OSError:
        _remove(cache.lock)


def _supervise(output: str, module: str) -> int:
    """Runs the training JVM, then moves its cache into place and prunes old caches."""
    import subprocess

    folder = os.path.dirname(output)
    key = os.path.basename(output)[: -len(".aot")]
    partial = f"{output}.{os.getpid()}.part"
    try:
        status = subprocess.run(
            [sys.executable, "-m", "pyjava._aot", "train", partial, module],
            stdin=subprocess.DEVNULL,
            timeout=TRAINING_TIMEOUT,
        ).returncode
        if status == 0 and os.path.isfile(partial):
            os.replace(partial, output)
            _prune(folder)
            _remove(os.path.join(folder, key + ".log"))
            return 0
        print(f"pyjava: the AOT cache training ended with status {status} and no cache", flush=True)
        return 1
    except subprocess.TimeoutExpired:
        print(f"pyjava: the AOT cache training took more than {TRAINING_TIMEOUT} s", flush=True)
        return 1
    finally:
        _remove(partial)
        _remove(os.path.join(folder, key + ".lock"))


def _train(output: str, module: str) -> None:
    """Imports ``module`` in a JVM that records an AOT cache, then ends it with System.exit."""
    import importlib

    import pyjava
    from pyjava import _jvm

    pyjava.configure(jvm_options=[f"-XX:AOTCacheOutput={output}"])
    importlib.import_module(module)
    _jvm.runtime().exit_jvm(0)  # the JVM writes the cache, then ends this process


def _prune(folder: str) -> None:
    caches = []
    for name in os.listdir(folder):
        if name.endswith(".aot"):
            path = os.path.join(folder, name)
            try:
                caches.append((os.stat(path).st_mtime, path))
            except OSError:
                pass
    for _, path in sorted(caches, reverse=True)[KEPT_CACHES:]:
        _remove(path)


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


if __name__ == "__main__":
    command, output_path, module_name = sys.argv[1:4]
    if command == "supervise":
        sys.exit(_supervise(output_path, module_name))
    _train(output_path, module_name)
    sys.exit("pyjava: the training JVM did not exit")
