import os
import sys

import pytest

_TESTS = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [_TESTS, os.path.dirname(_TESTS)]  # the tests' helpers, and pyjava itself
_PROBE_SOURCES = os.path.join(_TESTS, "java", "probe")

from support import built_classpath_or_none  # noqa: E402


@pytest.fixture(scope="session")
def jdk():
    """A Java 25+ installation, found like pyjava finds it; skips the test when there is none."""
    from pyjava import JavaImportError, _jdk

    try:
        return _jdk.find(os.environ.get("PYJAVA_JAVA_HOME"), "PYJAVA_JAVA_HOME")
    except JavaImportError as error:
        pytest.skip(str(error))


@pytest.fixture
def empty_classpath(tmp_path):
    """A classpath folder with no classes: enough to start the JVM."""
    folder = tmp_path / "classes"
    folder.mkdir()
    return str(folder)


@pytest.fixture
def marker_classpath(tmp_path):
    """A classpath folder that announces Java module ``fake_mod`` but has no pyjava runtime."""
    folder = tmp_path / "marked"
    (folder / "META-INF" / "pyjava" / "modules").mkdir(parents=True)
    (folder / "META-INF" / "pyjava" / "modules" / "fake_mod").write_text("")
    return str(folder)


@pytest.fixture(scope="session")
def built_classpath():
    """The repository's built runtime and examples; skips until Maven has built them."""
    classpath = built_classpath_or_none()
    if classpath is None:
        pytest.skip("examples/target/classes and runtime/target/classes are not built (run ./mvnw package)")
    return classpath


@pytest.fixture
def fresh_settings(monkeypatch):
    """Clean pyjava settings for in-process tests that never start the JVM."""
    from pyjava import _config, _jvm

    for variable in (_config.CLASSPATH_VARIABLE, _config.JVM_OPTIONS_VARIABLE, _config.JAVA_HOME_VARIABLE):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(_jvm, "_arguments", _config.Arguments())
    assert not _jvm.started(), "in-process tests must not start the JVM"


def _javac(jdk, output, sources, classpath=()):
    import subprocess

    javac = os.path.join(jdk.home, "bin", "javac")
    if not os.path.isfile(javac):
        pytest.skip(f"{jdk.home} has no javac")
    command = [javac, "-d", str(output)]
    if classpath:
        command += ["-cp", os.pathsep.join(classpath)]
    subprocess.run(command + sources, check=True, timeout=300)


@pytest.fixture(scope="session")
def churn_classpath(jdk, tmp_path_factory):
    """A folder with FaultChurn.class (daemon threads that keep overflowing their stacks)."""
    output = tmp_path_factory.mktemp("churn")
    _javac(jdk, output, [os.path.join(_PROBE_SOURCES, "FaultChurn.java")])
    return str(output)


@pytest.fixture(scope="session")
def probe_classpath(jdk, tmp_path_factory):
    """The hand-written Java module ``pyhost_probe`` and the built pyjava runtime, as a classpath.

    Skips until Maven has built runtime/target/classes.
    """
    import shutil

    from support import RUNTIME_CLASSES

    if not os.path.isdir(RUNTIME_CLASSES):
        pytest.skip("runtime/target/classes is not built (run ./mvnw package)")
    output = tmp_path_factory.mktemp("probe")
    _javac(jdk, output, [os.path.join(_PROBE_SOURCES, "PyhostProbeModule.java")], [RUNTIME_CLASSES])
    shutil.copytree(os.path.join(_PROBE_SOURCES, "META-INF"), output / "META-INF")
    return os.pathsep.join([str(output), RUNTIME_CLASSES])
