"""Which interpreters pyjava runs on, and how it refuses the others, in child processes."""

import glob
import os
import shutil
import subprocess

import pytest

from pyjava import _supported
from support import CHILD_TIMEOUT, child_environment, describe, run_python


def older_python():
    """A Python 3 older than pyjava supports (pyenv's 3.10, else python3.10 on PATH), or None."""
    pyenv = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    installed = sorted(glob.glob(os.path.join(pyenv, "versions", "3.10*", "bin", "python3")))
    return installed[-1] if installed else shutil.which("python3.10")


def test_every_module_of_pyjava_imports_first_in_a_fresh_interpreter():
    # 3.12's platform probes _wmi at its top level: the probe reached the import hook while
    # pyjava._config was half loaded, and the hook's own use of it was an AttributeError.
    result = run_python("""
        import importlib, pkgutil, pyjava
        for module in pkgutil.iter_modules(pyjava.__path__):
            importlib.import_module("pyjava." + module.name)
        print("imported")
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["imported"]


def test_an_optional_module_probed_while_pyjava_loads_is_simply_absent():
    # The same trap on any version: a finder ahead of pyjava's probes a missing module as soon
    # as pyjava._config, half loaded, imports its first module (as 3.12's platform does).
    result = run_python("""
        import sys
        import pyjava

        class ProbingFinder:
            probed = []

            @classmethod
            def find_spec(cls, name, path=None, target=None):
                if "pyjava._config" in sys.modules and not cls.probed:
                    cls.probed.append(name)
                    try:
                        import _pyjava_test_no_such_optional_module
                    except ImportError:
                        pass
                return None

        sys.meta_path.insert(0, ProbingFinder)
        from pyjava import _config
        print(len(ProbingFinder.probed), _config.Arguments())
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["1", "Arguments(classpath=(),", "jvm_options=(),", "java_home=None)"]


def test_an_older_python_is_refused_at_import_naming_the_supported_versions():
    python = older_python()
    if python is None:
        pytest.skip("no Python 3.10 on this machine")
    result = subprocess.run([python, "-c", "import pyjava"], env=child_environment(), capture_output=True,
                            text=True, timeout=CHILD_TIMEOUT)
    assert result.returncode == 1, describe(result)
    assert result.stderr.splitlines()[-1].startswith(
        "pyjava.JavaImportError: pyjava runs on CPython 3.11 to 3.15 (with the GIL, or free-threaded from 3.13); this is CPython 3.10 ("), describe(result)


def test_a_future_version_is_refused_at_import_naming_the_supported_versions():
    result = run_python("""
        import sys
        sys.version_info = (3, 99, 0, "final", 0)
        try:
            import pyjava
        except ImportError as error:
            print(type(error).__name__, error)
        print("pyjava" in sys.modules)
    """)
    assert result.returncode == 0, describe(result)
    refusal, imported = result.stdout.splitlines()
    assert refusal.startswith("JavaImportError pyjava runs on CPython 3.11 to 3.15 (with the GIL, or free-threaded from 3.13); this is CPython 3.99 (")
    assert imported == "False"


@pytest.mark.parametrize("version, supported", [((3, 10), False), ((3, 11), True), ((3, 15), True), ((3, 16), False)])
def test_the_supported_range_is_3_11_to_3_15(version, supported):
    assert (_supported.version_problem("cpython", version) is None) == supported
    assert _supported.version_problem("pypy", version) is not None

