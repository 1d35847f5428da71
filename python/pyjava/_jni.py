"""The small part of the JNI invocation API pyjava uses, called through ctypes.

Every JNI function is called through a ``ctypes.PYFUNCTYPE`` prototype, so the calling
thread keeps the GIL: ``PythonHost.createModule`` runs Python C-API code and needs it, and
holding it for the other (short) calls keeps JVM start-up atomic for Python code.

The positions of the functions in the ``JNIEnv`` and ``JavaVM`` function tables come from the
JDK's ``include/jni.h``; ``tests/test_jni_indices.py`` checks them against that header.
"""

from __future__ import annotations

import contextlib
import ctypes
import os

JNI_VERSION_21 = 0x00150000
JNI_OK = 0
JNI_EDETACHED = -2
JNI_EEXIST = -5

JNI_ERROR_NAMES = {
    -1: "unknown error",
    -2: "thread detached from the VM",
    -3: "JNI version error",
    -4: "not enough memory",
    -5: "a JVM already exists in this process",
    -6: "invalid arguments",
}

# Positions in `struct JNINativeInterface_` (jni.h).
ENV_FUNCTION_INDEX = {
    "FindClass": 6,
    "ExceptionOccurred": 15,
    "ExceptionClear": 17,
    "PushLocalFrame": 19,
    "PopLocalFrame": 20,
    "GetMethodID": 33,
    "CallObjectMethodA": 36,
    "GetStaticMethodID": 113,
    "CallStaticLongMethodA": 134,
    "CallStaticVoidMethodA": 143,
    "GetStringUTFChars": 169,
    "ReleaseStringUTFChars": 170,
    "ExceptionCheck": 228,
}

# Positions in `struct JNIInvokeInterface_` (jni.h).
VM_FUNCTION_INDEX = {
    "DetachCurrentThread": 5,
    "GetEnv": 6,
    "AttachCurrentThreadAsDaemon": 7,
}

_ref = ctypes.c_void_p  # jobject, jclass, jmethodID, jstring: opaque pointers


class JavaVMOption(ctypes.Structure):
    """``JavaVMOption`` from jni.h."""

    _fields_ = [("optionString", ctypes.c_char_p), ("extraInfo", ctypes.c_void_p)]


class JavaVMInitArgs(ctypes.Structure):
    """``JavaVMInitArgs`` from jni.h."""

    _fields_ = [
        ("version", ctypes.c_int32),
        ("nOptions", ctypes.c_int32),
        ("options", ctypes.POINTER(JavaVMOption)),
        ("ignoreUnrecognized", ctypes.c_uint8),
    ]


class JValue(ctypes.Union):
    """``jvalue`` from jni.h: one argument of a ``Call...MethodA`` function."""

    _fields_ = [
        ("z", ctypes.c_uint8),
        ("b", ctypes.c_int8),
        ("c", ctypes.c_uint16),
        ("s", ctypes.c_int16),
        ("i", ctypes.c_int32),
        ("j", ctypes.c_int64),
        ("f", ctypes.c_float),
        ("d", ctypes.c_double),
        ("l", ctypes.c_void_p),
    ]


class JavaError(Exception):
    """A Java exception that reached pyjava's JNI calls; the message is its cause chain."""


def _table_function(table_owner: int, index: int, restype, argtypes):
    """The function at ``index`` of the table that ``*table_owner`` points to, as a prototype."""
    table = ctypes.cast(table_owner, ctypes.POINTER(ctypes.POINTER(ctypes.c_void_p)))
    address = table[0][index]
    return ctypes.PYFUNCTYPE(restype, ctypes.c_void_p, *argtypes)(address)


_ENV_SIGNATURES = {
    "FindClass": (_ref, [ctypes.c_char_p]),
    "ExceptionOccurred": (_ref, []),
    "ExceptionClear": (None, []),
    "PushLocalFrame": (ctypes.c_int32, [ctypes.c_int32]),
    "PopLocalFrame": (_ref, [_ref]),
    "GetMethodID": (_ref, [_ref, ctypes.c_char_p, ctypes.c_char_p]),
    "CallObjectMethodA": (_ref, [_ref, _ref, ctypes.POINTER(JValue)]),
    "GetStaticMethodID": (_ref, [_ref, ctypes.c_char_p, ctypes.c_char_p]),
    "CallStaticLongMethodA": (ctypes.c_int64, [_ref, _ref, ctypes.POINTER(JValue)]),
    "CallStaticVoidMethodA": (None, [_ref, _ref, ctypes.POINTER(JValue)]),
    "GetStringUTFChars": (ctypes.c_void_p, [_ref, ctypes.c_void_p]),
    "ReleaseStringUTFChars": (None, [_ref, ctypes.c_void_p]),
    "ExceptionCheck": (ctypes.c_uint8, []),
}


class JniEnv:
    """A thread's ``JNIEnv*``: valid only on the thread it was obtained on."""

    def __init__(self, pointer: int):
        self.pointer = pointer
        self._functions: dict[str, object] = {}

    def function(self, index: int, restype, *argtypes):
        """The JNIEnv function at ``index``, taking ``env`` implicitly."""
        prototype = _table_function(self.pointer, index, restype, argtypes)
        return lambda *args: prototype(self.pointer, *args)

    def _named(self, name: str):
        function = self._functions.get(name)
        if function is None:
            restype, argtypes = _ENV_SIGNATURES[name]
            function = self.function(ENV_FUNCTION_INDEX[name], restype, *argtypes)
            self._functions[name] = function
        return function

    @contextlib.contextmanager
    def local_frame(self, capacity: int = 16):
        """Frees every local reference made inside the block (there is no Java frame to do it)."""
        if self._named("PushLocalFrame")(capacity) != JNI_OK:
            self._named("ExceptionClear")()
            raise JavaError("java.lang.OutOfMemoryError: no room for JNI local references")
        try:
            yield
        finally:
            self._named("PopLocalFrame")(None)

    def find_class(self, binary_name: str) -> int:
        """``FindClass`` with a name like ``java/lang/System``; raises :class:`JavaError`."""
        cls = self._named("FindClass")(binary_name.encode())
        self.raise_pending_exception()
        return cls

    def static_method(self, cls: int, name: str, descriptor: str) -> int:
        """``GetStaticMethodID``; raises :class:`JavaError` (``NoSuchMethodError``)."""
        method = self._named("GetStaticMethodID")(cls, name.encode(), descriptor.encode())
        self.raise_pending_exception()
        return method

    def call_static_long(self, cls: int, method: int, *args: int) -> int:
        """``CallStaticLongMethodA`` with ``long`` arguments; raises :class:`JavaError`.

        A Python exception set by the Java method propagates (ctypes checks for one after a
        ``PYFUNCTYPE`` call); a Java exception pending at that moment is cleared first.
        """
        values = (JValue * max(1, len(args)))()
        for position, value in enumerate(args):
            values[position].j = value
        try:
            result = self._named("CallStaticLongMethodA")(cls, method, values)
        except BaseException:
            self._clear_exception()
            raise
        self.raise_pending_exception()
        return result

    def call_static_void_with_ints(self, cls: int, method: int, *args: int) -> None:
        """``CallStaticVoidMethodA`` with ``int`` arguments; raises :class:`JavaError`."""
        values = (JValue * max(1, len(args)))()
        for position, value in enumerate(args):
            values[position].i = value
        self._named("CallStaticVoidMethodA")(cls, method, values)
        self.raise_pending_exception()

    def _clear_exception(self) -> None:
        if self._named("ExceptionCheck")():
            self._named("ExceptionClear")()

    def raise_pending_exception(self) -> None:
        """Turns a pending Java exception into :class:`JavaError` and clears it."""
        if not self._named("ExceptionCheck")():
            return
        throwable = self._named("ExceptionOccurred")()
        self._named("ExceptionClear")()
        raise JavaError(self._describe(throwable))

    def _describe(self, throwable: int) -> str:
        """``toString()`` of the throwable and of each of its causes."""
        with self.local_frame():
            throwable_class = self._named("FindClass")(b"java/lang/Throwable")
            method = self._named("GetMethodID")
            to_string = method(throwable_class, b"toString", b"()Ljava/lang/String;")
            get_cause = method(throwable_class, b"getCause", b"()Ljava/lang/Throwable;")
            if self._named("ExceptionCheck")():
                self._named("ExceptionClear")()
                return "a Java exception (it could not be described)"
            parts = []
            while throwable and len(parts) < 10:
                parts.append(self.text_of(self._call_object(throwable, to_string)))
                throwable = self._call_object(throwable, get_cause)
            return "; caused by: ".join(parts)

    def _call_object(self, target: int, method: int) -> int:
        result = self._named("CallObjectMethodA")(target, method, (JValue * 1)())
        if self._named("ExceptionCheck")():
            self._named("ExceptionClear")()
            return 0
        return result or 0

    def text_of(self, jstring: int) -> str:
        """The text of a Java string; "?" for null or when it cannot be read."""
        if not jstring:
            return "?"
        chars = self._named("GetStringUTFChars")(jstring, None)
        if not chars:
            self._clear_exception()
            return "?"
        try:
            return decode_modified_utf8(ctypes.string_at(chars))
        finally:
            self._named("ReleaseStringUTFChars")(jstring, chars)


def decode_modified_utf8(data: bytes) -> str:
    """JNI's "modified UTF-8": NUL is C0 80, characters beyond U+FFFF are two encoded surrogates."""
    try:
        with_surrogates = data.replace(b"\xc0\x80", b"\x00").decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace")
    return with_surrogates.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


_VM_SIGNATURES = {
    "DetachCurrentThread": (ctypes.c_int32, []),
    "GetEnv": (ctypes.c_int32, [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int32]),
    "AttachCurrentThreadAsDaemon": (
        ctypes.c_int32,
        [ctypes.POINTER(ctypes.c_void_p), ctypes.c_void_p],
    ),
}


class JavaVM:
    """A created ``JavaVM*``."""

    def __init__(self, pointer: int):
        self.pointer = pointer

    def _call(self, name: str, *args):
        restype, argtypes = _VM_SIGNATURES[name]
        function = _table_function(self.pointer, VM_FUNCTION_INDEX[name], restype, argtypes)
        return function(self.pointer, *args)

    @contextlib.contextmanager
    def attached(self):
        """The current thread's :class:`JniEnv`; attaches the thread for the block if needed."""
        env = ctypes.c_void_p()
        status = self._call("GetEnv", ctypes.byref(env), JNI_VERSION_21)
        if status == JNI_OK:
            yield JniEnv(env.value)
            return
        if status != JNI_EDETACHED:
            raise JavaError(f"JavaVM GetEnv failed: {describe_status(status)}")
        status = self._call("AttachCurrentThreadAsDaemon", ctypes.byref(env), None)
        if status != JNI_OK:
            raise JavaError(f"could not attach this thread to the JVM: {describe_status(status)}")
        try:
            yield JniEnv(env.value)
        finally:
            self._call("DetachCurrentThread")

    def detach_current_thread(self) -> None:
        """Detaches the calling thread (so a thread that ends leaves nothing behind in the JVM)."""
        self._call("DetachCurrentThread")


def describe_status(status: int) -> str:
    """A JNI status code with its jni.h meaning."""
    return f"{status} ({JNI_ERROR_NAMES.get(status, 'unknown status')})"


def create_java_vm(libjvm: ctypes.CDLL, options: list[str]) -> tuple[int, JavaVM | None]:
    """Calls ``JNI_CreateJavaVM``; returns the status and, on success, the VM.

    The thread that calls this is attached to the new VM.
    """
    encoded = [os.fsencode(option) for option in options]
    array = (JavaVMOption * max(1, len(encoded)))()
    for position, option in enumerate(encoded):
        array[position].optionString = option
    init_args = JavaVMInitArgs(JNI_VERSION_21, len(encoded), array, 0)
    vm = ctypes.c_void_p()
    env = ctypes.c_void_p()
    create = ctypes.PYFUNCTYPE(
        ctypes.c_int32,
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(JavaVMInitArgs),
    )(("JNI_CreateJavaVM", libjvm))
    status = create(ctypes.byref(vm), ctypes.byref(env), ctypes.byref(init_args))
    return status, (JavaVM(vm.value) if status == JNI_OK else None)
