"""The automatic AOT cache: which set-ups get one, how it is keyed, made, used and ignored."""

import os
import subprocess
import time

import pytest

from pyjava import _aot
from support import RUNTIME_CLASSES, REPOSITORY, child_environment, describe, run_python

EXAMPLES_CLASSES = os.path.join(REPOSITORY, "examples", "target", "classes")

# How long a background training may take on a busy machine before the test gives up.
TRAINING_WAIT = 180


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "aot"
    monkeypatch.setenv(_aot.CACHE_VARIABLE, str(folder))
    return folder


@pytest.fixture(scope="session")
def module_jars(jdk, built_classpath, tmp_path_factory):
    """The built runtime and examples packed as jars (an AOT cache accepts no class folders)."""
    folder = tmp_path_factory.mktemp("jars")
    jars = []
    for name, classes in (("examples.jar", EXAMPLES_CLASSES), ("runtime.jar", RUNTIME_CLASSES)):
        jar = folder / name
        subprocess.run([os.path.join(jdk.home, "bin", "jar"), "--create", "--file", str(jar), "-C", classes, "."], check=True)
        jars.append(str(jar))
    return jars


def _jar(tmp_path, name="lib.jar"):
    path = tmp_path / name
    path.write_bytes(b"not really a jar")
    return str(path)


def _arguments(*classpath, options=()):
    return [f"-Djava.class.path={os.pathsep.join(classpath)}", "-Xrs", *options]


def test_same_setup_same_cache_and_a_changed_jar_another(jdk, cache_folder, tmp_path):
    jar = _jar(tmp_path)
    first = _aot.plan(jdk, _arguments(jar))
    assert first.path == _aot.plan(jdk, _arguments(jar)).path
    assert first.path.startswith(str(cache_folder))
    os.utime(jar, ns=(0, 1_000_000_000))
    assert _aot.plan(jdk, _arguments(jar)).path != first.path


def test_another_option_is_another_cache(jdk, cache_folder, tmp_path):
    jar = _jar(tmp_path)
    assert _aot.plan(jdk, _arguments(jar)).path != _aot.plan(jdk, _arguments(jar, options=["-Xmx256m"])).path


def test_class_folders_and_chosen_archives_get_no_cache(jdk, cache_folder, tmp_path):
    jar = _jar(tmp_path)
    assert _aot.plan(jdk, _arguments(jar, str(tmp_path))) is None
    assert _aot.plan(jdk, _arguments(jar, options=["-XX:SharedArchiveFile=x.jsa"])) is None
    assert _aot.plan(jdk, _arguments(jar, options=["-XX:AOTCache=x.aot"])) is None


@pytest.mark.parametrize("setting", ["0", "off", "OFF", "false", "no"])
def test_the_variable_disables_it(jdk, monkeypatch, tmp_path, setting):
    monkeypatch.setenv(_aot.CACHE_VARIABLE, setting)
    assert _aot.plan(jdk, _arguments(_jar(tmp_path))) is None


def test_default_folder_is_the_user_cache(monkeypatch, tmp_path):
    monkeypatch.delenv(_aot.CACHE_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _aot.cache_folder() == os.path.join(str(tmp_path), "pyjava", "aot")


def test_an_absent_cache_adds_no_option_and_needs_training(jdk, cache_folder, tmp_path):
    cache = _aot.plan(jdk, _arguments(_jar(tmp_path)))
    assert cache.jvm_options() == []
    assert cache.needs_training()


def test_a_lock_left_by_a_killed_training_is_cleared(jdk, cache_folder, tmp_path):
    cache = _aot.plan(jdk, _arguments(_jar(tmp_path)))
    cache_folder.mkdir()
    for leftover in (cache.lock, cache.log):
        open(leftover, "w").close()
    assert not cache.needs_training()  # a training is under way
    old = time.time() - 3 * _aot.TRAINING_TIMEOUT
    os.utime(cache.lock, (old, old))
    assert cache.needs_training()
    assert not os.path.exists(cache.lock) and not os.path.exists(cache.log)


_IMPORT_AND_REPORT = """
    import pyjava, word_count
    from pyjava import _jvm
    assert word_count.count_line("a b a", "a") == 2
    print([option for option in _jvm.runtime().jvm_options if option.startswith("-XX:AOTCache")])
"""


def _import(jars, folder):
    return run_python(_IMPORT_AND_REPORT, env=child_environment(
        PYJAVA_CLASSPATH=os.pathsep.join(jars), PYJAVA_AOT_CACHE=str(folder)))


def _wait_for_training(folder):
    deadline = time.monotonic() + TRAINING_WAIT
    while time.monotonic() < deadline:
        names = os.listdir(folder) if folder.exists() else []
        if any(name.endswith(".aot") for name in names) and not any(name.endswith(".lock") for name in names):
            return [name for name in names if name.endswith(".aot")]
        if any(name.endswith(".log") for name in names) and not any(name.endswith(".lock") for name in names):
            pytest.fail("the training failed: " + (folder / next(n for n in names if n.endswith(".log"))).read_text())
        time.sleep(0.2)
    pytest.fail(f"no AOT cache in {folder} after {TRAINING_WAIT} s: {os.listdir(folder)}")


def test_first_import_trains_and_later_imports_use_the_cache(module_jars, tmp_path):
    folder = tmp_path / "aot"
    first = _import(module_jars, folder)
    assert first.returncode == 0, describe(first)
    assert first.stdout.strip() == "[]"
    caches = _wait_for_training(folder)
    assert len(caches) == 1

    second = _import(module_jars, folder)
    assert second.returncode == 0, describe(second)
    assert second.stdout.strip() == repr([f"-XX:AOTCache={folder / caches[0]}"])
    assert "aot" not in second.stderr.lower()


def test_the_first_import_starts_the_training_silently_even_in_development_mode(module_jars, tmp_path):
    """Nothing on stderr: no word about the training, no ResourceWarning for its process."""
    folder = tmp_path / "aot"
    result = run_python(_IMPORT_AND_REPORT, "-X", "dev", "-W", "error", env=child_environment(
        PYJAVA_CLASSPATH=os.pathsep.join(module_jars), PYJAVA_AOT_CACHE=str(folder)))
    assert result.returncode == 0, describe(result)
    assert result.stdout.strip() == "[]"
    assert result.stderr == "", describe(result)
    assert len(_wait_for_training(folder)) == 1


def test_a_failed_training_leaves_none_of_its_files(tmp_path):
    """The JVM leaves ``<partial>.config`` (13 MB) when it fails to assemble the cache; the
    supervisor removes it with the partial file. Here the trained "module" fails the same way."""
    (tmp_path / "fails_training.py").write_text(
        "import sys\nopen(sys.argv[2] + '.config', 'w').write('recorded')\nraise SystemExit(3)\n"
    )
    folder = tmp_path / "aot"
    folder.mkdir()
    script = f"""
    import sys
    from pyjava import _aot_training
    sys.exit(_aot_training.supervise({str(folder / "key.aot")!r}, "fails_training"))
    """
    env = child_environment()
    env["PYTHONPATH"] += os.pathsep + str(tmp_path)
    result = run_python(script, env=env)
    assert result.returncode == 1, describe(result)
    assert "ended with status 3 and no cache" in result.stdout
    assert os.listdir(folder) == []


def test_a_cache_without_its_checksum_is_deleted_not_used(jdk, cache_folder, tmp_path):
    cache = _aot.plan(jdk, _arguments(_jar(tmp_path)))
    cache_folder.mkdir()
    with open(cache.path, "wb") as file:
        file.write(b"\0" * 4096)  # as if written by an older pyjava, or half written
    assert cache.jvm_options() == []
    assert not os.path.exists(cache.path)
    assert cache.needs_training()


def _scribble_a_page(path):
    """Overwrites one 4 KiB page in the middle of the file."""
    with open(path, "r+b") as file:
        file.seek(os.path.getsize(path) // 2 // 4096 * 4096)
        file.write(bytes(range(256)) * 16)


def test_a_damaged_cache_is_not_used_and_made_again(module_jars, tmp_path):
    folder = tmp_path / "aot"
    assert _import(module_jars, folder).returncode == 0
    cache = folder / _wait_for_training(folder)[0]
    checksum = str(cache)[: -len(".aot")] + ".sum"
    _scribble_a_page(cache)
    assert not _aot.intact(str(cache), checksum)

    damaged = _import(module_jars, folder)  # before the checksum: SIGSEGV or NoSuchFieldError
    assert damaged.returncode == 0, describe(damaged)
    assert damaged.stdout.strip() == "[]"  # started without the cache
    assert _wait_for_training(folder) == [cache.name]
    assert _aot.intact(str(cache), checksum)

    again = _import(module_jars, folder)
    assert again.returncode == 0, describe(again)
    assert again.stdout.strip() == repr([f"-XX:AOTCache={cache}"])


@pytest.mark.parametrize("kept_caches, kept_bytes, kept", [
    (3, 10_000, ["a", "b", "c"]),  # by count
    (8, 250, ["a", "b"]),  # by size: c would make 300 bytes
    (8, 50, ["a"]),  # the newest, even when it alone is too big
])
def test_pruning_keeps_the_newest_by_count_and_size(monkeypatch, tmp_path, kept_caches, kept_bytes, kept):
    monkeypatch.setattr(_aot, "KEPT_CACHES", kept_caches)
    monkeypatch.setattr(_aot, "KEPT_BYTES", kept_bytes)
    for age, (name, size) in enumerate([("a", 100), ("b", 100), ("c", 100), ("d", 1)]):
        for suffix in (".aot", ".sum"):
            (tmp_path / (name + suffix)).write_bytes(b"x" * size)
        os.utime(tmp_path / (name + ".aot"), (1_000_000 - age, 1_000_000 - age))
    _aot.prune(str(tmp_path))
    assert sorted(os.listdir(tmp_path)) == sorted(name + suffix for name in kept for suffix in (".aot", ".sum"))


def test_a_rebuilt_jar_never_gets_the_old_cache(module_jars, tmp_path):
    jars = []
    for jar in module_jars:
        copy = tmp_path / os.path.basename(jar)
        copy.write_bytes(open(jar, "rb").read())
        jars.append(str(copy))
    folder = tmp_path / "aot"
    assert _import(jars, folder).returncode == 0
    old = _wait_for_training(folder)

    os.utime(jars[0], ns=(0, 1_000_000_000))  # as if rebuilt
    result = _import(jars, folder)
    assert result.returncode == 0, describe(result)
    assert result.stdout.strip() == "[]"
    assert old[0] not in result.stdout
