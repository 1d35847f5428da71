"""`pip install ./python` gives a pyjava whose start-up hook makes `import <java module>` work
without `import pyjava` first."""

import base64
import hashlib
import os
import subprocess
import sys
import zipfile

import pytest

from support import PACKAGE_ROOT, child_environment, describe, run_python

sys.path.insert(0, os.path.join(PACKAGE_ROOT, "build_backend"))
import pyjava_build  # noqa: E402

# What a Java module import reaches with a marker but no pyjava runtime on the classpath:
# proof that the hook found the module and started the JVM.
REACHED_THE_JVM = "the JVM has no dev.pyjava.runtime.cpython.PythonHost"


def _environment(marker_classpath):
    return child_environment(PYTHONPATH=None, PYJAVA_CLASSPATH=marker_classpath)


def test_wheel_holds_package_hook_and_valid_record(tmp_path):
    wheel_path = tmp_path / pyjava_build.build_wheel(str(tmp_path))
    with zipfile.ZipFile(wheel_path) as wheel:
        names = set(wheel.namelist())
        assert {"pyjava.pth", "pyjava/__init__.py", "pyjava/_jni.py"} <= names
        assert wheel.read("pyjava.pth") == b"import pyjava\n"
        record = wheel.read("pyjava_bridge-0.1.0.dist-info/RECORD").decode().splitlines()
        for line in record:
            name, digest, size = line.rsplit(",", 2)
            if name.endswith("RECORD"):
                continue
            data = wheel.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert digest == f"sha256={expected}" and int(size) == len(data), name
        assert {line.split(",")[0] for line in record} == names


def test_site_folder_with_the_wheel_installs_the_hook(tmp_path, jdk, marker_classpath):
    site_folder = tmp_path / "site"
    with zipfile.ZipFile(tmp_path / pyjava_build.build_wheel(str(tmp_path))) as wheel:
        wheel.extractall(site_folder)
    result = run_python(f"""
        import site, sys
        site.addsitedir({str(site_folder)!r})  # what start-up does for site-packages
        assert "pyjava" in sys.modules and sys.modules["pyjava"].__file__.startswith({str(site_folder)!r})
        try:
            import fake_mod
        except ImportError as error:
            print(error)
    """, env=_environment(marker_classpath))
    assert result.returncode == 0, describe(result)
    assert REACHED_THE_JVM in result.stdout, describe(result)


def _pip_install(tmp_path, *arguments):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = str(venv / "bin" / "python")
    try:
        import pip  # noqa: F401
    except ImportError:
        pytest.skip("this python has no pip")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-index", "-q", *arguments, PACKAGE_ROOT],
        capture_output=True, text=True, timeout=300,
    )
    assert install.returncode == 0, describe(install)
    return python


@pytest.mark.parametrize("editable", [False, True], ids=["install", "editable"])
def test_pip_install_then_plain_import(tmp_path, jdk, marker_classpath, editable):
    python = _pip_install(tmp_path, *(["-e"] if editable else []))
    result = subprocess.run(
        [python, "-c", "import fake_mod"],
        env=_environment(marker_classpath), capture_output=True, text=True, timeout=120, cwd=str(tmp_path),
    )
    assert result.returncode == 1, describe(result)
    assert "pyjava.JavaImportError: pyjava: " + REACHED_THE_JVM in result.stderr, describe(result)
