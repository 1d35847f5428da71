"""Calls into ``dev.pyjava.runtime.cpython.PythonHost`` of a started JVM."""

from __future__ import annotations

import ctypes
import os

from ._errors import JavaImportError
from ._jni import JavaError, JavaVM

HOST_CLASS = "dev/pyjava/runtime/cpython/PythonHost"

_py_decref = ctypes.pythonapi.Py_DecRef
_py_decref.argtypes = [ctypes.c_void_p]
_py_decref.restype = None


def take_new_reference(address: int) -> object:
    """The object at ``address``, taking over the new (owned) reference the caller got for it."""
    obj = ctypes.cast(address, ctypes.py_object).value  # adds a reference, now owned by `obj`
    _py_decref(address)  # gives back the one that was handed over
    return obj


class Runtime:
    """A started JVM and what pyjava knows about it."""

    def __init__(self, settings, jdk, vm: JavaVM, jvm_options=(), after_first_module=None):
        self.settings = settings
        self.jdk = jdk
        self.vm = vm
        self.jvm_options = tuple(jvm_options)  # what JNI_CreateJavaVM got
        # Called once with the name of the first module created (starts the AOT cache training).
        self._after_first_module = after_first_module
        self.pid = os.getpid()
        # What a forked child is told, asked for while Java can still answer: the runtime's one
        # message, or, with no pyjava runtime to ask, the error this process gets too.
        try:
            self._forked_child_message = ctypes.string_at(self._call_host("forkedChildMessage", "()J")).decode()
        except JavaImportError as error:
            self._forked_child_message = str(error)

    def check_process(self) -> None:
        """Raises in a forked child: its JVM is a broken copy (no GC, no compiler threads). The
        runtime's fork guard keeps Java functions out of Java there; this keeps pyjava's own
        calls out."""
        if os.getpid() != self.pid:
            raise JavaImportError(self._forked_child_message)

    def _call_host(self, method: str, descriptor: str, *args: int) -> int:
        with self.vm.attached() as env, env.local_frame():
            try:
                host = env.find_class(HOST_CLASS)
            except JavaError as error:
                raise JavaImportError(
                    f"pyjava: the JVM has no {HOST_CLASS.replace('/', '.')} ({error}). Put the pyjava "
                    "runtime (its jar or runtime/target/classes) on the classpath next to your modules."
                ) from None
            return self._invoke(env, host, method, descriptor, *args)

    @staticmethod
    def _invoke(env, host: int, method: str, descriptor: str, *args: int) -> int:
        try:
            return env.call_static_long(host, env.static_method(host, method, descriptor), *args)
        except JavaError as error:
            raise JavaImportError(f"pyjava: PythonHost.{method} failed in Java: {error}") from None

    def create_module(self, name: str) -> object:
        """The Java module ``name``, made by ``PythonHost.createModule``.

        A Python exception set by Java propagates as it is.
        """
        self.check_process()
        encoded = ctypes.create_string_buffer(name.encode("utf-8"))
        address = self._call_host("createModule", "(J)J", ctypes.addressof(encoded))
        if not address:
            raise JavaImportError(f"pyjava: PythonHost.createModule({name!r}) returned no module and set no error")
        module = take_new_reference(address)
        if self._after_first_module is not None:
            after, self._after_first_module = self._after_first_module, None
            after(name)
        return module

    def exit_jvm(self, status: int) -> None:
        """``System.exit(status)``: the JVM runs its exit actions (such as writing an AOT cache)
        and then ends this whole process."""
        self.check_process()
        with self.vm.attached() as env, env.local_frame():
            system = env.find_class("java/lang/System")
            env.call_static_void_with_ints(system, env.static_method(system, "exit", "(I)V"), status)

    def module_names(self) -> list[str]:
        """The names ``PythonHost.listModules`` reports (what ServiceLoader finds)."""
        self.check_process()
        address = self._call_host("listModules", "()J")
        if not address:
            raise JavaImportError("pyjava: PythonHost.listModules returned nothing and set no error")
        return list(take_new_reference(address))
