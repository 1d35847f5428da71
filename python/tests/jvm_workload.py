"""Java work for tests that need the JVM to use its fatal-signal handlers.

Uses only JDK classes through JNI, so it runs without the pyjava Java runtime:

* ``call_static_void``: any static ``()V`` method, e.g. ``java/lang/System.gc``;
* ``hashCode()`` of an ``ArrayList`` that contains itself: unbounded recursion that the JVM
  stops with a ``StackOverflowError`` after touching its stack guard pages (SIGSEGV).
"""

import ctypes

from pyjava import _jni, _jvm

# Positions in `struct JNINativeInterface_`; test_jni_indices checks them against jni.h.
EXTRA_ENV_FUNCTION_INDEX = {
    "NewObjectA": 30,
    "GetMethodID": 33,
    "CallBooleanMethodA": 39,
    "CallIntMethodA": 51,
    "CallStaticObjectMethodA": 116,
    "CallStaticVoidMethodA": 143,
    "NewStringUTF": 167,
}

_args = ctypes.POINTER(_jni.JValue)
_ref = ctypes.c_void_p


def _functions(env):
    index = EXTRA_ENV_FUNCTION_INDEX
    return {
        "NewObjectA": env.function(index["NewObjectA"], _ref, _ref, _ref, _args),
        "GetMethodID": env.function(index["GetMethodID"], _ref, _ref, ctypes.c_char_p, ctypes.c_char_p),
        "CallBooleanMethodA": env.function(index["CallBooleanMethodA"], ctypes.c_uint8, _ref, _ref, _args),
        "CallIntMethodA": env.function(index["CallIntMethodA"], ctypes.c_int32, _ref, _ref, _args),
        "CallStaticVoidMethodA": env.function(index["CallStaticVoidMethodA"], None, _ref, _ref, _args),
    }


def stack_overflows(count):
    """Makes the JVM overflow its stack ``count`` times; returns the Java errors' descriptions."""
    errors = []
    with _jvm.runtime().vm.attached() as env, env.local_frame(32):
        jni = _functions(env)
        array_list = env.find_class("java/util/ArrayList")
        constructor = jni["GetMethodID"](array_list, b"<init>", b"()V")
        add = jni["GetMethodID"](array_list, b"add", b"(Ljava/lang/Object;)Z")
        hash_code = jni["GetMethodID"](array_list, b"hashCode", b"()I")
        no_args = (_jni.JValue * 1)()
        itself = _new_object(jni, array_list, constructor, no_args)
        argument = (_jni.JValue * 1)()
        argument[0].l = itself
        jni["CallBooleanMethodA"](itself, add, argument)
        env.raise_pending_exception()
        for _ in range(count):
            jni["CallIntMethodA"](itself, hash_code, no_args)
            try:
                env.raise_pending_exception()
            except _jni.JavaError as error:
                errors.append(str(error))
    return errors


def _new_object(jni, cls, constructor, args):
    obj = jni["NewObjectA"](cls, constructor, args)
    if not obj:
        raise _jni.JavaError("NewObjectA returned null")
    return obj


def call_static_void(class_name, method_name, count=1):
    """Calls the static ``void`` method without arguments ``count`` times, e.g. ``System.gc()``."""
    with _jvm.runtime().vm.attached() as env, env.local_frame(8):
        jni = _functions(env)
        cls = env.find_class(class_name)
        method = env.static_method(cls, method_name, "()V")
        for _ in range(count):
            jni["CallStaticVoidMethodA"](cls, method, (_jni.JValue * 1)())
            env.raise_pending_exception()


def system_property(name):
    """``System.getProperty(name)``, or None."""
    with _jvm.runtime().vm.attached() as env, env.local_frame(8):
        index = EXTRA_ENV_FUNCTION_INDEX
        new_string = env.function(index["NewStringUTF"], _ref, ctypes.c_char_p)
        call_static_object = env.function(index["CallStaticObjectMethodA"], _ref, _ref, _ref, _args)
        system = env.find_class("java/lang/System")
        get_property = env.static_method(system, "getProperty", "(Ljava/lang/String;)Ljava/lang/String;")
        argument = (_jni.JValue * 1)()
        argument[0].l = new_string(name.encode())
        value = call_static_object(system, get_property, argument)
        env.raise_pending_exception()
        return env.text_of(value) if value else None
