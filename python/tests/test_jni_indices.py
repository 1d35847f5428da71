"""pyjava calls JNI functions by their position in the function tables: check each against jni.h."""

import os
import re

import pytest

from pyjava import _jni
from jvm_workload import EXTRA_ENV_FUNCTION_INDEX


def _header(jdk):
    path = os.path.join(jdk.home, "include", "jni.h")
    if not os.path.isfile(path):
        pytest.skip(f"{jdk.home} has no include/jni.h (a JRE, not a JDK)")
    with open(path, encoding="utf-8") as header:
        return header.read()


def _members(header, struct):
    """The member names of a function-table struct, in declaration order."""
    body = re.search(r"struct %s \{(.*?)\n\};" % struct, header, re.S).group(1)
    body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
    body = "\n".join(line for line in body.splitlines() if not line.strip().startswith("#"))
    names = []
    for declaration in filter(None, (part.strip() for part in body.split(";"))):
        match = re.search(r"\(JNICALL \*(\w+)\)", declaration) or re.fullmatch(r"void \*(\w+)", declaration)
        assert match, f"unexpected declaration in {struct}: {declaration!r}"
        names.append(match.group(1))
    return names


def _define(header, name):
    return int(re.search(r"#define %s\s+\(?(-?\w+)\)?" % name, header).group(1), 0)


def test_env_function_indices_match_jni_h(jdk):
    members = _members(_header(jdk), "JNINativeInterface_")
    assert members[:4] == ["reserved0", "reserved1", "reserved2", "reserved3"]
    for name, index in {**_jni.ENV_FUNCTION_INDEX, **EXTRA_ENV_FUNCTION_INDEX}.items():
        assert members.index(name) == index, name


def test_vm_function_indices_match_jni_h(jdk):
    members = _members(_header(jdk), "JNIInvokeInterface_")
    for name, index in _jni.VM_FUNCTION_INDEX.items():
        assert members.index(name) == index, name


def test_constants_match_jni_h(jdk):
    header = _header(jdk)
    assert _jni.JNI_VERSION_21 == _define(header, "JNI_VERSION_21")
    assert _jni.JNI_OK == _define(header, "JNI_OK")
    assert _jni.JNI_EDETACHED == _define(header, "JNI_EDETACHED")
    assert _jni.JNI_EEXIST == _define(header, "JNI_EEXIST")
    for code, define in [(-1, "JNI_ERR"), (-3, "JNI_EVERSION"), (-4, "JNI_ENOMEM"), (-5, "JNI_EEXIST"), (-6, "JNI_EINVAL")]:
        assert _define(header, define) == code
        assert code in _jni.JNI_ERROR_NAMES


def test_structures_match_jni_h_layout(jdk):
    header = _header(jdk)
    init_args = re.search(r"typedef struct JavaVMInitArgs \{(.*?)\}", header, re.S).group(1)
    fields = re.findall(r"(\w+)\s*;", init_args)
    assert fields == [name for name, _ in _jni.JavaVMInitArgs._fields_]
    option = re.search(r"typedef struct JavaVMOption \{(.*?)\}", header, re.S).group(1)
    assert re.findall(r"(\w+)\s*;", option) == [name for name, _ in _jni.JavaVMOption._fields_]
