"""A PEP 517/660 build backend for the pure-Python ``pyjava`` package, standard library only.

It exists so that ``pip install ./python`` needs no download. The wheel holds the ``pyjava``
package and ``pyjava.pth``, whose ``import pyjava`` line installs the import hook at start-up
so that ``import word_count`` works without importing pyjava first.
"""

import base64
import hashlib
import io
import os
import re
import tarfile
import tomllib
import zipfile

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_HOOK_FILE = "pyjava.pth"
_EDITABLE_PATH_FILE = "pyjava-editable.pth"  # sorts before pyjava.pth: on sys.path first


def _project() -> dict:
    with open(os.path.join(_ROOT, "pyproject.toml"), "rb") as file:
        return tomllib.load(file)["project"]


def _metadata() -> str:
    project = _project()
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
        f"Summary: {project['description']}",
        f"Requires-Python: {project['requires-python']}",
    ]
    return "\n".join(lines) + "\n"


def _package_files() -> list[tuple[str, bytes]]:
    files = []
    for folder, _, names in os.walk(os.path.join(_ROOT, "pyjava")):
        for name in sorted(names):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                with open(path, "rb") as file:
                    files.append((os.path.relpath(path, _ROOT).replace(os.sep, "/"), file.read()))
    return sorted(files)


def _hook_file() -> tuple[str, bytes]:
    with open(os.path.join(_ROOT, _HOOK_FILE), "rb") as file:
        return _HOOK_FILE, file.read()


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def _escaped(name: str) -> str:
    """The distribution name as file names spell it (PEP 427): ``pyjava-bridge`` is ``pyjava_bridge``."""
    return re.sub(r"[-_.]+", "_", name).lower()


def _write_wheel(wheel_directory: str, files: list[tuple[str, bytes]]) -> str:
    project = _project()
    distribution = f"{_escaped(project['name'])}-{project['version']}"
    info = f"{distribution}.dist-info"
    files = files + [
        (f"{info}/METADATA", _metadata().encode()),
        (f"{info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: pyjava_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n"),
    ]
    record = "\n".join([_record_line(name, data) for name, data in files] + [f"{info}/RECORD,,"]) + "\n"
    filename = f"{distribution}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w", zipfile.ZIP_DEFLATED) as wheel:
        for name, data in files + [(f"{info}/RECORD", record.encode())]:
            wheel.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return filename


def get_requires_for_build_wheel(config_settings=None):
    """Nothing to install before building."""
    return []


def get_requires_for_build_sdist(config_settings=None):
    """Nothing to install before building."""
    return []


def get_requires_for_build_editable(config_settings=None):
    """Nothing to install before building."""
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    """The wheel: the package and the start-up hook."""
    return _write_wheel(wheel_directory, _package_files() + [_hook_file()])


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    """An editable wheel: a path file pointing here, and the start-up hook."""
    return _write_wheel(wheel_directory, [(_EDITABLE_PATH_FILE, (_ROOT + "\n").encode()), _hook_file()])


def build_sdist(sdist_directory, config_settings=None):
    """A source archive of this folder's sources."""
    project = _project()
    distribution = f"{_escaped(project['name'])}-{project['version']}"
    filename = f"{distribution}.tar.gz"
    sources = ["pyproject.toml", "README.md", _HOOK_FILE, "build_backend/pyjava_build.py"]
    sources += [name for name, _ in _package_files()]
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz") as archive:
        for name in sources:
            archive.add(os.path.join(_ROOT, name), f"{distribution}/{name}")
        info = tarfile.TarInfo(f"{distribution}/PKG-INFO")
        metadata = _metadata().encode()
        info.size = len(metadata)
        archive.addfile(info, io.BytesIO(metadata))
    return filename
