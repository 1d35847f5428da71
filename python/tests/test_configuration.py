"""Settings and the errors for bad ones; none of these tests starts a JVM."""

import importlib.util
import os
import sys

import pytest

import pyjava
from pyjava import JavaImportError, _config, _jdk, _jvm, _membarrier, _preflight


def _fake_java_home(root, version):
    (root / "lib" / "server").mkdir(parents=True)
    (root / "lib" / "server" / "libjvm.so").write_bytes(b"")
    (root / "release").write_text(f'IMPLEMENTOR="test"\nJAVA_VERSION="{version}"\n')
    return str(root)


def test_java_home_that_is_not_a_java_installation(fresh_settings, tmp_path):
    with pytest.raises(JavaImportError, match="not a Java installation") as raised:
        pyjava.configure(java_home=str(tmp_path))
    assert str(tmp_path) in str(raised.value)
    assert "JDK 25" in str(raised.value)


def test_java_home_too_old(fresh_settings, tmp_path):
    home = _fake_java_home(tmp_path / "jdk17", "17.0.15")
    with pytest.raises(JavaImportError, match=r"Java 17\.0\.15; pyjava needs Java 25 or newer"):
        pyjava.configure(java_home=home)


def test_java_home_from_environment_is_checked_at_start(fresh_settings, monkeypatch, tmp_path, marker_classpath):
    monkeypatch.setenv("PYJAVA_JAVA_HOME", str(tmp_path / "nowhere"))
    pyjava.configure(classpath=[marker_classpath])
    with pytest.raises(JavaImportError, match="PYJAVA_JAVA_HOME is .*not a Java installation"):
        import fake_mod  # noqa: F401
    assert not _jvm.started()


def test_missing_classpath_entry_in_configure(fresh_settings, tmp_path):
    missing = str(tmp_path / "examples.jar")
    with pytest.raises(JavaImportError, match="classpath entries do not exist") as raised:
        pyjava.configure(classpath=[missing])
    assert missing in str(raised.value) and "configure(classpath=...)" in str(raised.value)


def test_missing_classpath_entry_in_environment_fails_the_import(fresh_settings, monkeypatch, tmp_path, marker_classpath):
    missing = str(tmp_path / "runtime.jar")
    monkeypatch.setenv("PYJAVA_CLASSPATH", os.pathsep.join([marker_classpath, missing]))
    with pytest.raises(JavaImportError, match="classpath entries do not exist") as raised:
        import fake_mod  # noqa: F401
    assert f"{missing} (from PYJAVA_CLASSPATH)" in str(raised.value)
    assert not _jvm.started()


def test_unknown_module_names_the_java_modules_there(fresh_settings, marker_classpath):
    pyjava.configure(classpath=[marker_classpath])
    with pytest.raises(ModuleNotFoundError, match="no Java module of that name.*it has: fake_mod") as raised:
        import fake_mdo  # noqa: F401
    assert raised.value.name == "fake_mdo"


def test_unknown_module_with_missing_entry_says_so(fresh_settings, monkeypatch, tmp_path):
    missing = str(tmp_path / "target" / "classes")
    monkeypatch.setenv("PYJAVA_CLASSPATH", missing)
    with pytest.raises(ModuleNotFoundError, match="classpath entries do not exist") as raised:
        import word_count_absent  # noqa: F401
    assert missing in str(raised.value)


def test_probes_for_other_modules_get_none_not_errors(fresh_settings, monkeypatch, tmp_path):
    monkeypatch.setenv("PYJAVA_CLASSPATH", str(tmp_path / "missing"))
    assert importlib.util.find_spec("surely_not_a_module_here") is None


def test_probe_finds_java_module_without_starting_the_jvm(fresh_settings, marker_classpath):
    pyjava.configure(classpath=[marker_classpath])
    spec = importlib.util.find_spec("fake_mod")
    assert spec.origin == f"java:{marker_classpath}"
    assert not _jvm.started()


@pytest.mark.parametrize("setting, state", [(None, "unset"), ("", "empty"), (os.pathsep, "empty")])
def test_an_empty_classpath_is_named_in_the_error(fresh_settings, monkeypatch, setting, state):
    if setting is not None:
        monkeypatch.setenv("PYJAVA_CLASSPATH", setting)
    assert importlib.util.find_spec("fake_mod") is None
    with pytest.raises(ModuleNotFoundError, match=rf"^No module named 'fake_mod'; .*PYJAVA_CLASSPATH is {state}") as raised:
        import fake_mod  # noqa: F401
    assert raised.value.name == "fake_mod"


class _PluginFinder:
    """A finder appended after pyjava's, as plugin loaders and lazy importers do."""

    asked = []

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import importlib.machinery

        cls.asked.append(fullname)
        if fullname != "plugin_mod":
            return None
        return importlib.machinery.ModuleSpec(fullname, cls)

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        module.answer = 42


@pytest.fixture
def plugin_finder(monkeypatch):
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, _PluginFinder])
    monkeypatch.delitem(sys.modules, "plugin_mod", raising=False)
    _PluginFinder.asked.clear()
    return _PluginFinder


@pytest.mark.parametrize("configured", [True, False])
def test_a_finder_appended_after_pyjavas_is_asked(fresh_settings, marker_classpath, plugin_finder, configured):
    if configured:
        pyjava.configure(classpath=[marker_classpath])
    import plugin_mod

    assert plugin_mod.answer == 42
    assert plugin_finder.asked == ["plugin_mod"]


def test_with_a_finder_after_pyjavas_an_unknown_name_gets_the_plain_error(fresh_settings, marker_classpath, plugin_finder):
    pyjava.configure(classpath=[marker_classpath])
    with pytest.raises(ModuleNotFoundError, match=r"^No module named 'fake_mdo'$"):
        import fake_mdo  # noqa: F401
    assert plugin_finder.asked == ["fake_mdo"]


def test_jvm_options_with_bad_quoting(fresh_settings, monkeypatch, marker_classpath):
    monkeypatch.setenv("PYJAVA_JVM_OPTIONS", '-Dname="unclosed')
    pyjava.configure(classpath=[marker_classpath])
    with pytest.raises(JavaImportError, match="PYJAVA_JVM_OPTIONS cannot be split"):
        import fake_mod  # noqa: F401


def test_arguments_come_before_environment(fresh_settings, monkeypatch, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    monkeypatch.setenv("PYJAVA_CLASSPATH", str(second))
    monkeypatch.setenv("PYJAVA_JVM_OPTIONS", "-Xmx256m '-Dwith space=1'")
    pyjava.configure(classpath=str(first), jvm_options="-Xmx128m")
    settings = _config.current(_jvm._arguments)
    assert [entry.path for entry in settings.classpath] == [str(first), str(second)]
    arguments = settings.jvm_arguments()
    assert arguments[0] == f"-Djava.class.path={first}{os.pathsep}{second}"
    # The user's -Xmx takes the place of the default heap bounds.
    assert arguments[1:] == [
        *_config.BASE_JVM_OPTIONS, "-XX:+UseSerialGC", "-XX:MaxNewSize=16m",
        *_membarrier.jvm_options(), "-Xmx128m", "-Xmx256m", "-Dwith space=1"]


HEAP = ["-Xmx512m", "-Xms16m"]


@pytest.mark.parametrize("options, kept", [
    ("", ["-XX:+UseSerialGC", "-XX:MaxNewSize=16m", *HEAP]),
    ("-XX:+UseG1GC", HEAP),
    ("-XX:-UseSerialGC", HEAP),
    ("-XX:+UseSerialGC", ["-XX:MaxNewSize=16m", *HEAP]),  # the user's own takes the default's place
    ("-Xmn64m", ["-XX:+UseSerialGC", *HEAP]),
    ("-XX:NewSize=8m", ["-XX:+UseSerialGC", *HEAP]),
    ("-XX:MaxNewSize=64m", ["-XX:+UseSerialGC", *HEAP]),
    ("-XX:NewRatio=2", ["-XX:+UseSerialGC", *HEAP]),
    ("-Xmx1g -XX:+UseStringDeduplication", ["-XX:+UseSerialGC", "-XX:MaxNewSize=16m"]),
    ("-XX:MaxRAMPercentage=50", ["-XX:+UseSerialGC", "-XX:MaxNewSize=16m"]),
    ("-Xms64m", ["-XX:+UseSerialGC", "-XX:MaxNewSize=16m", "-Xmx512m"]),
    ("-XX:InitialHeapSize=8m", ["-XX:+UseSerialGC", "-XX:MaxNewSize=16m", "-Xmx512m"]),
])
def test_a_default_the_user_overrides_is_left_out(fresh_settings, monkeypatch, options, kept):
    monkeypatch.delenv("JAVA_TOOL_OPTIONS", raising=False)
    monkeypatch.delenv("_JAVA_OPTIONS", raising=False)
    assert _config.defaults_kept(options.split()) == kept


def test_a_collector_in_java_tool_options_overrides_the_defaults(fresh_settings, monkeypatch, tmp_path):
    monkeypatch.setenv("JAVA_TOOL_OPTIONS", "-Dx=1 -XX:+UseZGC")
    arguments = _config.current(_config.Arguments((str(tmp_path),))).jvm_arguments()
    assert not {"-XX:+UseSerialGC", "-XX:MaxNewSize=16m"} & set(arguments)
    assert {"-Xmx512m", "-Xms16m"} <= set(arguments)  # the heap's bounds hold for any collector


def test_a_set_of_options_that_started_is_checked_once(fresh_settings, monkeypatch, tmp_path, jdk):
    monkeypatch.setenv("PYJAVA_AOT_CACHE", str(tmp_path))
    tried = []
    monkeypatch.setattr(_preflight, "_try_in_child", lambda jdk, options: tried.append(options))
    arguments = ["-Djava.class.path=x", "-Xmx256m"]
    _preflight.check(jdk, ["-Xmx256m"], arguments)
    _preflight.check(jdk, ["-Xmx256m"], arguments)
    assert tried == [arguments]
    _preflight.check(jdk, ["-Xmx512m"], ["-Djava.class.path=x", "-Xmx512m"])
    assert len(tried) == 2


def test_a_set_that_failed_is_checked_again(fresh_settings, monkeypatch, tmp_path, jdk):
    monkeypatch.setenv("PYJAVA_AOT_CACHE", str(tmp_path))
    tried = []
    monkeypatch.setattr(_preflight, "_try_in_child", lambda jdk, options: tried.append(options) or "it said no")
    for _ in range(2):
        with pytest.raises(JavaImportError, match="does not start with these options: it said no"):
            _preflight.check(jdk, ["-Xmx1k"], ["-Xmx1k"])
    assert len(tried) == 2


def test_only_pyjavas_own_options_are_not_checked(fresh_settings, monkeypatch, jdk):
    monkeypatch.delenv("JAVA_TOOL_OPTIONS", raising=False)
    monkeypatch.delenv("_JAVA_OPTIONS", raising=False)
    monkeypatch.setattr(_preflight, "_try_in_child", lambda jdk, options: pytest.fail("checked"))
    _preflight.check(jdk, (), ["-Xrs"])


def test_folder_star_means_its_jars(fresh_settings, tmp_path):
    for name in ("b.jar", "a.JAR", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
    entries = _config.expand_classpath([str(tmp_path / "*"), ""], "test")
    assert [os.path.basename(entry.path) for entry in entries] == ["a.JAR", "b.jar"]


def test_relative_entries_become_absolute(fresh_settings, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "classes").mkdir()
    pyjava.configure(classpath=["classes"])
    assert _jvm.classpath()[0].path == str(tmp_path / "classes")


def test_java_version_feature_numbers():
    assert _jdk.feature_of("25.0.3") == 25
    assert _jdk.feature_of("26-ea") == 26
    assert _jdk.feature_of("1.8.0_402") == 1
    assert _jdk.feature_of("") == 0


def test_search_skips_old_java_home(monkeypatch, tmp_path, jdk):
    monkeypatch.setenv("JAVA_HOME", _fake_java_home(tmp_path / "old", "21.0.1"))
    found = _jdk.find(None, "PYJAVA_JAVA_HOME")
    assert found.feature >= 25


def test_search_takes_java_home_when_new_enough(monkeypatch, tmp_path):
    home = _fake_java_home(tmp_path / "new", "26.0.1")
    monkeypatch.setenv("JAVA_HOME", home)
    assert _jdk.find(None, "PYJAVA_JAVA_HOME").home == home


def test_search_failure_lists_what_it_saw(monkeypatch, tmp_path):
    old = _fake_java_home(tmp_path / "jvm" / "old", "17.0.2")
    monkeypatch.setattr(_jdk, "_INSTALL_FOLDERS", (str(tmp_path / "jvm" / "*"),))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(JavaImportError, match=r"needs Java 25 or newer; found only: .*\(17\.0\.2\)") as raised:
        _jdk.find(None, "PYJAVA_JAVA_HOME")
    assert old in str(raised.value)


def test_unknown_module_points_at_providers_without_markers(fresh_settings, tmp_path):
    services = tmp_path / "classes" / "META-INF" / "services"
    services.mkdir(parents=True)
    (services / "dev.pyjava.runtime.def.ModuleProvider").write_text("x.WordCount_PyModule\n")
    pyjava.configure(classpath=[str(tmp_path / "classes")])
    with pytest.raises(ModuleNotFoundError, match="providers but no META-INF/pyjava/modules/<name> markers"):
        import word_count  # noqa: F401


def test_unknown_module_names_entries_that_are_not_jars(fresh_settings, marker_classpath, tmp_path):
    text = tmp_path / "x.jar"
    text.write_text("not a zip archive\n")
    pyjava.configure(classpath=[marker_classpath, str(text)])
    with pytest.raises(ModuleNotFoundError, match=r"it has: fake_mod\)\. pyjava: classpath entries are not jars") as raised:
        import fake_mdo  # noqa: F401
    assert str(text) in str(raised.value)


def test_a_check_that_cannot_run_lets_the_start_go_ahead(fresh_settings, monkeypatch, tmp_path, jdk):
    """With a sys.executable that is no python (an embedding server), nothing is refused or remembered."""
    monkeypatch.setenv("PYJAVA_AOT_CACHE", str(tmp_path))
    monkeypatch.setattr(sys, "executable", "/bin/true")
    _preflight.check(jdk, ["-Xmx1k"], ["-Xmx1k"])
    assert os.listdir(tmp_path) == []
