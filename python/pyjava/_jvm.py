"""The one JVM of this process: configured, started on first use, then asked for modules.

The Java side is ``dev.pyjava.runtime.cpython.PythonHost``:

* ``long createModule(long utf8NameAddress)``: a new reference to the module, or 0 with a
  Python exception set;
* ``long listModules()``: a new reference to a list of the module names it provides;
* ``long forkedChildMessage()``: the UTF-8 text a forked child is told (the JVM's threads do not
  survive ``fork``; the runtime's fork guard keeps a child's calls out of Java).
"""

from __future__ import annotations

import os
import threading

from . import _config
from ._errors import JavaImportError

_lock = threading.RLock()
_arguments = _config.Arguments()
_runtime = None  # the Runtime once the JVM started


def _as_strings(value, splitter) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, bytes, os.PathLike)):
        return tuple(splitter(os.fsdecode(value)))
    return tuple(os.fsdecode(item) for item in value)


def configure(classpath=None, jvm_options=None, java_home=None) -> None:
    """Sets the classpath, extra JVM options and Java home; see :func:`pyjava.configure`."""
    import shlex

    global _arguments
    arguments = _config.Arguments(
        _as_strings(classpath, lambda text: text.split(os.pathsep)),
        _as_strings(jvm_options, shlex.split),
        os.fsdecode(java_home) if java_home else None,
    )
    with _lock:
        if _runtime is not None:
            raise JavaImportError(
                "pyjava: the JVM already started; call pyjava.configure() before the first import "
                "of a Java module (a JVM cannot be restarted in the same process)"
            )
        missing = [
            entry
            for entry in _config.expand_classpath(arguments.classpath, _config.CONFIGURE_SOURCE)
            if not entry.exists()
        ]
        if missing:
            raise JavaImportError(missing_entries_message(missing))
        if arguments.java_home:
            from . import _jdk

            _jdk.require(arguments.java_home, "pyjava.configure(java_home=...)")
        _arguments = arguments


def missing_entries_message(missing) -> str:
    """What to say about classpath entries that do not exist."""
    return (
        f"pyjava: classpath entries do not exist: {_listed(missing)}. Build the Java modules "
        f"(e.g. ./mvnw package) or fix {_config.CLASSPATH_VARIABLE} / pyjava.configure(classpath=...)."
    )


def unreadable_jars_message(unreadable) -> str:
    """What to say about classpath entries that are files but not jars."""
    return (
        f"pyjava: classpath entries are not jars (not zip archives, or damaged): {_listed(unreadable)}. "
        f"Rebuild them or remove them from {_config.CLASSPATH_VARIABLE} / pyjava.configure(classpath=...)."
    )


def _listed(entries) -> str:
    return "; ".join(f"{entry.path} (from {entry.source})" for entry in entries)


def classpath() -> tuple:
    """The classpath in force: the JVM's once it runs, else arguments plus environment."""
    runtime = _runtime
    if runtime is not None:
        return runtime.settings.classpath
    return _config.classpath(_arguments)


def started() -> bool:
    """True once this process started its JVM."""
    return _runtime is not None


def runtime():
    """The running :class:`Runtime`, starting the JVM the first time."""
    global _runtime
    with _lock:
        if _runtime is None:
            from ._signals import deferred_interrupts

            with deferred_interrupts():
                _runtime = _start(_config.current(_arguments))
        _runtime.check_process()
        return _runtime


def _start(settings: _config.Settings):
    import ctypes
    import functools

    from . import _aot, _file_names, _jdk, _jni, _markers, _preflight, _signals
    from ._host import Runtime

    if not settings.classpath:
        raise JavaImportError(
            f"pyjava: the classpath is empty; set {_config.CLASSPATH_VARIABLE} or call "
            "pyjava.configure(classpath=[...]) with the jars or class folders of your Java modules"
        )
    if settings.missing:
        raise JavaImportError(missing_entries_message(settings.missing))
    unreadable = _markers.unreadable_jars(settings.classpath)
    if unreadable:
        raise JavaImportError(unreadable_jars_message(unreadable))
    jdk = _jdk.find(settings.java_home, settings.java_home_source)
    try:
        libjvm = ctypes.CDLL(jdk.libjvm)
    except OSError as error:
        raise JavaImportError(f"pyjava: cannot load {jdk.libjvm}: {error}") from None
    options = settings.jvm_arguments()
    _preflight.check(jdk, settings.jvm_options, options)
    cache = _aot.plan(jdk, options)
    training = None
    if cache is not None:
        options = settings.jvm_arguments(cache.jvm_options())
        if cache.needs_training():
            training = functools.partial(_aot.train_in_background, cache, settings, jdk)
    hidden = _signals.hide_faulthandler_handlers()
    with _file_names.python_file_names():
        status, vm = _jni.create_java_vm(libjvm, options)
    if vm is None:
        _signals.restore_actions(hidden)
        raise JavaImportError(_not_started_message(jdk, status, options))
    _signals.JvmSignalGuard().protect_faulthandler()
    if threading.current_thread() is not threading.main_thread():
        vm.detach_current_thread()  # this thread may end; FFM and JNI attach again when needed
    return Runtime(settings, jdk, vm, options, training)


def _not_started_message(jdk, status: int, options: list[str]) -> str:
    from . import _jni

    if status == _jni.JNI_EEXIST:
        return (
            "pyjava: another JVM already runs in this process (started by another library); "
            "pyjava can only use a JVM it starts itself, so import Java modules before using that library"
        )
    return (
        f"pyjava: the JVM of {jdk.home} did not start: JNI_CreateJavaVM returned "
        f"{_jni.describe_status(status)}. Check the JVM options (the JVM printed the reason above): "
        f"{' '.join(options)}"
    )
