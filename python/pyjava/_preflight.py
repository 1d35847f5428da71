"""A new set of JVM options is tried once in a short-lived child before this process's JVM gets it.

For options it refuses at start (two collectors, ``-Xms`` above ``-Xmx``, a ``-javaagent`` that is
not there, a bad ``--add-opens``) the JVM calls ``exit(1)`` inside ``JNI_CreateJavaVM``, and no
option stops it from ending the process that way. So before the first start with options the
user chose (``configure``, ``PYJAVA_JVM_OPTIONS``, ``JAVA_TOOL_OPTIONS``, ``_JAVA_OPTIONS``),
``python -m pyjava._preflight <libjvm> <option>...`` calls ``JNI_CreateJavaVM`` with the same
options and ends itself with ``os._exit`` right after the call returns. When the call failed or the
JVM ended the child, the child's stderr (the JVM's own reason) becomes the
:class:`~pyjava.JavaImportError`, and this process never calls ``JNI_CreateJavaVM``.

A set that started is remembered (an empty ``<key>.options`` next to the AOT caches, keyed by the
JDK, the options, the environment's options and the files that agents name), so the check runs
once per set-up; it costs about 0.1 s. Only pyjava's own options are never checked. With
``PYJAVA_AOT_CACHE=off`` nothing is remembered and every start with user options is checked.
What the JVM does while it starts happens in the child too (an agent's ``premain`` runs, a
``-Xlog`` file is opened and rotated); the child's exit skips the JVM's exit actions (no cache,
class list or recording is written).
"""

from __future__ import annotations

import os
import sys

from . import _aot
from ._errors import JavaImportError

# What the child writes to stdout before and after the call.
_CALLING = "pyjava preflight: calling JNI_CreateJavaVM"
_MARK = "JNI_CreateJavaVM returned"

# Options that name a file the JVM reads at start: a changed file must be checked again.
_FILE_OPTIONS = ("-javaagent:", "-agentpath:", "-XX:VMOptionsFile=", "-XX:Flags=")

# Remembered sets kept; older ones are checked again when used.
KEPT_VERDICTS = 64


def check(jdk, user_options, jvm_arguments: list[str]) -> None:
    """Raises :class:`JavaImportError` when a JVM started with ``jvm_arguments`` would end this process.

    Does nothing when there are no ``user_options`` and no options in the environment, or when the
    same set started before.
    """
    # Imported here: the child program must not import _config, whose `platform` import comes back
    # to the import hook on 3.12+ while _config is half made.
    from ._config import OPTIONS_ENVIRONMENT

    environment = [f"{name}={os.environ[name]}" for name in OPTIONS_ENVIRONMENT if name in os.environ]
    if not user_options and not environment:
        return
    verdict = _verdict_path(jdk, [*jvm_arguments, *environment])
    if verdict is not None and os.path.exists(verdict):
        return
    try:
        reason = _try_in_child(jdk, jvm_arguments)
    except _Unchecked:
        return  # e.g. sys.executable is not a python (an embedding server): start as without a check
    if reason is not None:
        raise JavaImportError(
            f"pyjava: the JVM of {jdk.home} does not start with these options: {reason}. Fix "
            f"PYJAVA_JVM_OPTIONS, pyjava.configure(jvm_options=...) or JAVA_TOOL_OPTIONS; the options were: "
            f"{' '.join(jvm_arguments)}"
        )
    if verdict is not None:
        _remember(verdict)


def _verdict_path(jdk, options: list[str]) -> str | None:
    folder = _aot.cache_folder()
    if folder is None:
        return None
    digest = _aot.jdk_digest(jdk)
    for option in options:
        if option.startswith("-Djava.class.path="):
            continue  # the classpath cannot stop a JVM from starting
        digest.update(f"{option}\0".encode("utf-8", "surrogateescape"))
        named = _named_file(option)
        if named is not None:
            digest.update("\0".join(_aot.stamp(named)).encode() + b"\0")
    return os.path.join(folder, digest.hexdigest()[:32] + ".options")


def _named_file(option: str) -> str | None:
    """The file an agent or options-file option names (``-javaagent:<file>[=<arguments>]``)."""
    for prefix in _FILE_OPTIONS:
        if option.startswith(prefix):
            named = option[len(prefix):]
            return named.partition("=")[0] if prefix.endswith(":") else named
    return None


class _Unchecked(Exception):
    """The child did not get as far as calling ``JNI_CreateJavaVM``."""


def _try_in_child(jdk, jvm_arguments: list[str]) -> str | None:
    """None when ``JNI_CreateJavaVM`` succeeded in a child, else what the JVM said and did.

    :raises _Unchecked: when the child could not run or did not reach the call.
    """
    import re
    import subprocess

    from . import _jni

    package_parent = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")]))
    environment.pop("PYTHONFAULTHANDLER", None)
    try:
        child = subprocess.run(
            [sys.executable, "-S", "-m", __spec__.name, jdk.libjvm, *jvm_arguments],
            env=environment,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError):
        raise _Unchecked from None
    if not child.stdout.startswith(_CALLING.encode() + b"\n"):
        raise _Unchecked
    # The user's -Xlog may write to stdout too.
    returned = re.search(rb"^" + _MARK.encode() + rb" (-?\d+)$", child.stdout, re.MULTILINE)
    if child.returncode == 0 and returned and int(returned[1]) == _jni.JNI_OK:
        return None
    if child.returncode == 0 and returned:
        ending = f"JNI_CreateJavaVM returned {_jni.describe_status(int(returned[1]))}"
    elif child.returncode < 0:
        ending = f"the JVM ended the process with signal {-child.returncode}"
    else:
        ending = f"the JVM ended the process with exit status {child.returncode}"
    said = " ".join(os.fsdecode(child.stderr).split())
    return f"{said} ({ending})" if said else ending


def _remember(verdict: str) -> None:
    try:
        os.makedirs(os.path.dirname(verdict), exist_ok=True)
        with open(verdict, "wb"):
            pass
        folder = os.path.dirname(verdict)
        verdicts = [os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".options")]
        verdicts.sort(key=lambda path: os.stat(path).st_mtime, reverse=True)
        for old in verdicts[KEPT_VERDICTS:]:
            _aot.remove_quietly(old)
    except OSError:
        pass  # not remembered: checked again next time


if __name__ == "__main__":
    import ctypes

    from pyjava import _jni

    libjvm = ctypes.CDLL(sys.argv[1])
    sys.stdout.write(f"{_CALLING}\n")
    sys.stdout.flush()
    status, _ = _jni.create_java_vm(libjvm, sys.argv[2:])
    sys.stdout.write(f"{_MARK} {status}\n")
    sys.stdout.flush()
    os._exit(0)  # skips the JVM's exit actions
