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


def _key(name: str) -> str:
    """A distribution's name as its folders spell it (PEP 427 escaping), lower-cased."""
    key = name.lower().replace("-", "_").replace(".", "_")
    while "__" in key:
        key = key.replace("__", "_")
    return key


def _module_distributions() -> dict[str, list[str]]:
    """The jars of each installed distribution with ``pyjava.modules`` entry points, by
    :func:`_key`: those in ``<name>.jars/`` beside its ``.dist-info``.

    Reads folder listings and ``entry_points.txt`` files only, not ``importlib.metadata``: that
    import alone (with ``email``) costs more than 30 ms, and reading every distribution's
    ``METADATA`` tens of ms more, at every start. As there, the first distribution of a name on
    ``sys.path`` is the one imported.
    """
    seen, found = set(), {}
    for folder in sys.path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            continue  # gone, not a folder, or a zip file
        for name in names:
            if not name.endswith(".dist-info"):
                continue
            escaped = name[: -len(".dist-info")].partition("-")[0]
            key = _key(escaped)
            if key in seen:
                continue
            seen.add(key)
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as file:
                    if f"[{ENTRY_POINT_GROUP}]" not in file.read():
                        continue
            except OSError:
                continue
            jars = os.path.join(os.path.abspath(folder or "."), escaped + ".jars")
            found[key] = sorted(
                os.path.join(jars, jar) for jar in (os.listdir(jars) if os.path.isdir(jars) else ()) if jar.endswith(".jar")
            )
    return found


def jars() -> list[str]:
    """The bridge's jars, then every installed module distribution's, by distribution name."""
    global _jars
    if _jars is None:
        found = _bridge_jars()
        for _, distribution_jars in sorted(_module_distributions().items()):
            found += distribution_jars
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
    wanted = _module_distributions().get(_key(distribution), [])
    late = [jar for jar in wanted if jar not in on_classpath]
    if late:
        raise JavaImportError(
            f"pyjava: {name} (from {distribution}) was installed after this process started its JVM, "
            f"whose classpath cannot grow to take its jars ({', '.join(os.path.basename(jar) for jar in late)}); "
            "restart Python to import it"
        )
    sys.modules[name] = runtime.create_module(name)
