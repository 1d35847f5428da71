"""The wheels Maven writes: pyjava's bridge, the examples and text-stats, installed with pip into a
new virtual environment and imported there with no pyjava setting at all."""

import base64
import csv
import hashlib
import io
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from support import REPOSITORY, child_environment

WHEEL_FOLDERS = [
    os.path.join(REPOSITORY, "python", "target", "wheels"),
    os.path.join(REPOSITORY, "examples", "target", "wheels"),
    os.path.join(REPOSITORY, "examples", "textstats", "target", "wheels"),
]
ZEN_TEXT = "Beautiful is better than ugly. Simple is better than complex. It is what it is.\n"
INSTALL_TIMEOUT = 300


def _wheels():
    found = sorted(
        os.path.join(folder, name) for folder in WHEEL_FOLDERS if os.path.isdir(folder) for name in os.listdir(folder)
    )
    names = sorted(os.path.basename(path).split("-")[0] for path in found)
    if names != ["pyjava_bridge", "pyjava_examples", "pyjava_jre", "text_stats"]:
        pytest.fail(f"expected the four wheels in {WHEEL_FOLDERS}, found {found}: build them with ./mvnw package")
    return found


def _environment(work):
    """A child's environment without any PYJAVA_ variable, PYTHONPATH or the test run's venv.

    Its user cache is in ``work``, so the AOT caches its imports train stay out of the real one."""
    env = child_environment(
        PYTHONPATH=None, PYJAVA_AOT_CACHE=None, VIRTUAL_ENV=None, XDG_CACHE_HOME=os.path.join(work, "cache")
    )
    assert not [key for key in env if key.startswith("PYJAVA_")]
    return env


def _run(command, cwd, check=True):
    result = subprocess.run(
        command, cwd=cwd, env=_environment(cwd), capture_output=True, text=True, timeout=INSTALL_TIMEOUT
    )
    if check:
        assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


def _files(folder):
    return {os.path.relpath(os.path.join(root, name), folder) for root, _, names in os.walk(folder) for name in names}


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    """A new virtual environment of this interpreter: (its python, its site-packages, a work folder)."""
    _wheels()
    root = tmp_path_factory.mktemp("venv")
    created = _run([sys.executable, "-m", "venv", str(root / "env")], cwd=root, check=False)
    python = str(root / "env" / "bin" / "python")
    if created.returncode != 0:
        # An interpreter built without ensurepip: an empty venv, filled by another python's pip.
        _run([sys.executable, "-m", "venv", "--clear", "--without-pip", str(root / "env")], cwd=root)
        pip = [shutil.which("python3") or "python3", "-m", "pip", "--python", python]
    else:
        pip = [python, "-m", "pip"]
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=root).stdout.strip()
    work = root / "work"  # neither the repository nor the venv: imports come from site-packages
    work.mkdir()
    (work / "zen.txt").write_text(ZEN_TEXT)
    return pip, python, site, work, set(os.listdir(site))


def _pip_install(pip, work, *distributions):
    links = [argument for folder in WHEEL_FOLDERS for argument in ("--find-links", folder)]
    _run([*pip, "install", "-q", "--no-index", *links, *distributions], cwd=work)


@pytest.mark.parametrize("index", range(4))
def test_every_wheel_has_a_record_that_matches_its_files(index):
    wheel_path = _wheels()[index]
    with zipfile.ZipFile(wheel_path) as wheel:
        names = wheel.namelist()
        assert len(names) == len(set(names))
        record_name = [name for name in names if name.endswith(".dist-info/RECORD")]
        assert len(record_name) == 1 and names[-1] == record_name[0]
        rows = list(csv.reader(io.StringIO(wheel.read(record_name[0]).decode())))
        assert sorted(row[0] for row in rows) == sorted(names)
        for path, digest, size in rows:
            if path == record_name[0]:
                assert digest == size == ""
                continue
            data = wheel.read(path)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert (digest, int(size)) == (f"sha256={expected}", len(data)), path
        assert len({info.date_time for info in wheel.infolist()}) == 1
        modes = {info.filename: info.external_attr >> 16 for info in wheel.infolist()}
        executable = {name for name, mode in modes.items() if mode & 0o111}
        assert executable == {name for name in names if "/java/bin/" in name or name.endswith(("/lib/jspawnhelper", "/lib/jexec"))}
        assert all(mode & 0o644 == 0o644 for mode in modes.values())


def test_a_module_wheel_requires_the_bridge_of_its_pyjava_version():
    examples = [path for path in _wheels() if os.path.basename(path).startswith("pyjava_examples-")][0]
    with zipfile.ZipFile(examples) as wheel:
        info = next(name for name in wheel.namelist() if name.endswith(".dist-info/METADATA"))
        metadata = wheel.read(info).decode()
        entry_points = wheel.read(info.replace("METADATA", "entry_points.txt")).decode()
    assert "Name: pyjava-examples\n" in metadata
    assert "Requires-Python: >=3.11\n" in metadata
    assert "Requires-Dist: pyjava-bridge==0.1.0.dev0\n" in metadata
    assert "[pyjava.modules]\n" in entry_points and "word_count = word_count\n" in entry_points


def test_pip_install_then_import_with_no_settings_and_a_late_install_is_refused(venv):
    pip, python, site, work, _ = venv
    _pip_install(pip, work, "pyjava-examples")
    script = f"""
import importlib, subprocess, sys
import word_count, gil
assert word_count.search("zen.txt", "is") == 4, word_count.search("zen.txt", "is")
assert type(word_count).__name__ == "module" and word_count.__name__ == "word_count"
subprocess.run({pip!r} + ["install", "-q", "--no-index",
                {", ".join(repr(a) for f in WHEEL_FOLDERS for a in ("--find-links", f))}, "text-stats"], check=True)
importlib.invalidate_caches()
try:
    import textstats
except ImportError as error:
    print("refused:", error)
else:
    print("imported a module whose jars came after the JVM started")
"""
    result = _run([python, "-c", script], cwd=work)
    assert "refused: pyjava: textstats._native (from text-stats) was installed after this process started its JVM" in result.stdout
    assert "restart Python" in result.stdout


def test_two_module_wheels_import_in_one_process(venv):
    pip, python, site, work, _ = venv
    script = """
import textstats, word_count
assert textstats.levenshtein("kitten", "sitting") == 3
assert abs(textstats.jaro_winkler("martha", "marhta") - 0.9611) < 1e-4
assert textstats.longest_common_subsequence("pyjava", "javapy") == "java"
assert textstats.camel_case("to be or not", capitalize_first=True) == "ToBeOrNot"
assert textstats.escape_html("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
matcher = textstats.Matcher(["apple", "maple", "ample"])
assert matcher.best("appel") == "apple" and textstats.Matcher([]).best("x") is None
assert matcher.ranked("appel", limit=2) == ["apple", "ample"] and matcher.size() == 3
try:
    matcher.ranked("appel", limit=-1)
except ValueError as error:
    assert "limit must be 0 or more" in str(error)
else:
    raise AssertionError("a negative limit was taken")
try:
    textstats.levenshtein("a", None)
except TypeError:
    pass
else:
    raise AssertionError("None was taken for a str")
assert textstats.closest("appel", ["pear", "maple", "apply", "apple"], max_distance=3) == ["apply", "apple", "maple"]
assert textstats.levenshtein is textstats._native.levenshtein
assert textstats._native.Matcher.__module__ == "textstats._native", textstats._native.Matcher.__module__
assert word_count.search("zen.txt", "better") == 2
print("ok")
"""
    assert _run([python, "-c", script], cwd=work).stdout.strip().endswith("ok")


def test_the_bundled_java_runs_where_no_jdk_can_be_found(venv):
    pip, python, site, work, _ = venv
    script = """
import os
import pyjava._jdk as jdk
jdk._INSTALL_FOLDERS = ()  # the usual install folders hold nothing; PATH and JAVA_HOME neither
import textstats
from pyjava import _jvm
print(_jvm.runtime().jdk.home)
print(textstats.levenshtein("flaw", "lawn"))
"""
    env = dict(_environment(work), PATH=os.path.dirname(python))
    env.pop("JAVA_HOME", None)
    result = subprocess.run([python, "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
    assert result.returncode == 0, result.stderr
    home, distance = result.stdout.split()
    assert home == os.path.join(site, "pyjava_jre", "java") and distance == "2"


def test_pip_uninstall_removes_everything_it_installed(venv):
    pip, python, site, work, fresh = venv
    installed = _files(site)
    assert any(path.startswith(("pyjava_examples.jars/", "text_stats.jars/")) for path in installed)
    assert any(path.startswith("pyjava/jars/") for path in installed)
    _run([*pip, "uninstall", "-q", "-y", "pyjava-examples", "text-stats", "pyjava-bridge", "pyjava-jre"], cwd=work)
    assert set(os.listdir(site)) == fresh
