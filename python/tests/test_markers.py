"""Module names come from META-INF/pyjava/modules/<name> in class folders and jars."""

import os
import zipfile

from pyjava import _markers
from pyjava._config import ClasspathEntry


def _jar(path, *module_names, extra=()):
    with zipfile.ZipFile(path, "w") as jar:
        jar.writestr("META-INF/services/dev.pyjava.runtime.def.ModuleProvider", "x.Y_PyModule\n")
        jar.writestr(_markers.MARKER_FOLDER, "")
        for name in module_names:
            jar.writestr(_markers.MARKER_FOLDER + name, "")
        for name in extra:
            jar.writestr(name, "")
    return ClasspathEntry(str(path), "test")


def _folder(path, *module_names):
    markers = path / "META-INF" / "pyjava" / "modules"
    markers.mkdir(parents=True)
    for name in module_names:
        (markers / name).write_text("")
    return ClasspathEntry(str(path), "test")


def test_folder_and_jar_markers(tmp_path):
    folder = _folder(tmp_path / "classes", "word_count")
    jar = _jar(tmp_path / "gil.jar", "gil", "pkg.sub", extra=["word_count.class"])
    classpath = (folder, jar)
    assert _markers.locate("word_count", classpath) == folder
    assert _markers.locate("gil", classpath) == jar
    assert _markers.locate("pkg.sub", classpath) == jar
    assert _markers.locate("json", classpath) is None
    assert _markers.module_names(classpath) == ["gil", "pkg.sub", "word_count"]


def test_first_entry_wins(tmp_path):
    first = _jar(tmp_path / "first.jar", "word_count")
    second = _folder(tmp_path / "second", "word_count")
    assert _markers.locate("word_count", (first, second)) == first
    assert _markers.locate("word_count", (second, first)) == second


def test_names_that_are_paths_are_not_modules(tmp_path):
    folder = _folder(tmp_path / "classes", "word_count")
    (tmp_path / "classes" / "META-INF" / "pyjava" / "other").write_text("")
    assert _markers.locate("../other", (folder,)) is None
    assert _markers.locate("", (folder,)) is None


def test_rebuilt_jar_is_read_again(tmp_path):
    path = tmp_path / "modules.jar"
    entry = _jar(path, "old_name")
    assert _markers.module_names((entry,)) == ["old_name"]
    os.remove(path)
    _jar(path, "new_name", "another")
    os.utime(path, ns=(1, 1))  # a different mtime even on coarse clocks
    assert _markers.module_names((entry,)) == ["another", "new_name"]


def test_missing_or_broken_entries_provide_nothing(tmp_path):
    broken = tmp_path / "broken.jar"
    broken.write_bytes(b"not a zip")
    classpath = (ClasspathEntry(str(broken), "test"), ClasspathEntry(str(tmp_path / "absent.jar"), "test"))
    assert _markers.locate("word_count", classpath) is None
    assert _markers.module_names(classpath) == []


def test_providers_without_markers_are_pointed_out(tmp_path):
    old_jar = _jar(tmp_path / "old.jar")  # a services file and no markers
    new_jar = _jar(tmp_path / "new.jar", "gil")
    old_folder = tmp_path / "old-classes"
    (old_folder / "META-INF" / "services").mkdir(parents=True)
    (old_folder / _markers.SERVICES_FILE).write_text("x.Y_PyModule\n")
    old_folder_entry = ClasspathEntry(str(old_folder), "test")
    plain = _folder(tmp_path / "plain")
    classpath = (old_jar, new_jar, old_folder_entry, plain)
    assert _markers.unmarked_providers(classpath) == [old_jar, old_folder_entry]
    assert _markers.module_names(classpath) == ["gil"]
