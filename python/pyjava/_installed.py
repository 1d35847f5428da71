"""Java modules installed as wheels (made by pyjava's Maven plugin), and their jars.

A module wheel lists its Java modules as entry points of the ``pyjava.modules`` group and holds
its jars in ``<distribution>.jars/`` (one folder per wheel, so ``pip uninstall`` leaves nothing); the bridge's own wheel holds the runtime jar in
``pyjava/jars``. Every installed module's jars go on the classpath of the one JVM, so several
module wheels import in one process. Importing a module's shim (``word_count/__init__.py``)
calls :func:`load`, which puts the Java module in the shim's place.
"""

from __future__ import annotations

import os
import sys

ENTRY_POINT_GROUP = "pyjava.modules"
SOURCE = "installed pyjava wheels"

_jars = None  # the jars found when first asked, in order


def _bridge_jars() -> list[str]:
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "jars")
    if not os.path.isdir(folder):
        return []
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".jar"))


def _distribution_jars(distribution) -> list[str]:
    return sorted(
        str(distribution.locate_file(file))
        for file in distribution.files or ()
        if file.name.endswith(".jar") and len(file.parts) == 2 and file.parts[0].endswith(".jars")
    )


def _module_distributions() -> dict:
    """The installed distributions with ``pyjava.modules`` entry points, by lower-cased name.

    Reads each distribution's ``entry_points.txt`` only (``METADATA`` of every distribution would
    cost tens of ms in an environment with a hundred of them); the first distribution of a name
    on ``sys.path`` is the one imported, as ``importlib.metadata`` itself decides.
    """
    from importlib.metadata import entry_points

    found = {}
    for point in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(point.dist.name.lower(), point.dist)
    return found


def jars() -> list[str]:
    """The bridge's jars, then every installed module distribution's, by distribution name."""
    global _jars
    if _jars is None:
        found = _bridge_jars()
        for _, distribution in sorted(_module_distributions().items()):
            found += _distribution_jars(distribution)
        _jars = found
    return list(_jars)


def load(name: str, distribution: str) -> None:
    """Replaces the shim module ``name`` in ``sys.modules`` with the Java module of that name."""
    from . import _forkserver, _jvm
    from ._errors import JavaImportError

    if _forkserver.importing_in_forkserver():
        sys.modules[name] = _forkserver.DeferredJavaModule(name)
        return
    runtime = _jvm.runtime()
    on_classpath = {entry.path for entry in runtime.settings.classpath}
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import distribution as find

    try:
        wanted = _distribution_jars(find(distribution))
    except PackageNotFoundError:
        wanted = []
    late = [jar for jar in wanted if jar not in on_classpath]
    if late:
        raise JavaImportError(
            f"pyjava: {name} (from {distribution}) was installed after this process started its JVM, "
            f"whose classpath cannot grow to take its jars ({', '.join(os.path.basename(jar) for jar in late)}); "
            "restart Python to import it"
        )
    sys.modules[name] = runtime.create_module(name)
