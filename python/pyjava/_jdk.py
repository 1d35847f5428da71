"""Finds a Java 25+ runtime the way the build's ``.mvn/find-jdk.sh`` does.

Order: an explicit home (``pyjava.configure(java_home=...)``, then ``PYJAVA_JAVA_HOME``) is used
as given or fails; otherwise the Java runtime of the ``pyjava-jre`` wheel, when it is installed;
otherwise ``JAVA_HOME`` if it is 25 or newer; otherwise the newest 25+ among
the ``javac`` on ``PATH`` and the usual install folders. A home qualifies when its ``release``
file names the version and it has ``lib/server/libjvm.so`` (what pyjava loads).
"""

from __future__ import annotations

import glob
import os
import shutil
from collections import namedtuple

from ._errors import JavaImportError

MINIMUM_FEATURE = 25

_INSTALL_FOLDERS = (
    "/usr/lib/jvm/*",
    "/usr/local/lib/jvm/*",
    "/opt/java/*",
    "/opt/jdk*",
    "~/.sdkman/candidates/java/*",
    "~/.jdks/*",
)

_HOW_TO_FIX = (
    "Install a JDK 25 or newer (e.g. Temurin 25) or point PYJAVA_JAVA_HOME, JAVA_HOME or "
    "pyjava.configure(java_home=...) at one."
)


class Jdk(namedtuple("Jdk", "home version feature")):
    """A Java installation pyjava can load: its folder, ``JAVA_VERSION`` and feature number."""

    __slots__ = ()

    @property
    def libjvm(self) -> str:
        """The HotSpot shared library to load."""
        return os.path.join(self.home, "lib", "server", "libjvm.so")


def release_version(home: str) -> str | None:
    """``JAVA_VERSION`` from ``<home>/release``, or None when there is no such file or line."""
    try:
        with open(os.path.join(home, "release"), encoding="utf-8", errors="replace") as release:
            for line in release:
                key, _, value = line.partition("=")
                if key.strip() == "JAVA_VERSION":
                    return value.strip().strip('"')
    except OSError:
        return None
    return None


def feature_of(version: str) -> int:
    """The feature number of a Java version string: 25 for ``25.0.3``, 1 for ``1.8.0_402``."""
    digits = ""
    for char in version:
        if not char.isdigit():
            break
        digits += char
    return int(digits) if digits else 0


def inspect(home: str) -> Jdk | None:
    """The installation at ``home``, or None if it is not one pyjava can load (any version)."""
    version = release_version(home)
    if version is None or not os.path.isfile(os.path.join(home, "lib", "server", "libjvm.so")):
        return None
    return Jdk(os.path.abspath(home), version, feature_of(version))


def require(home: str, source: str) -> Jdk:
    """The installation at an explicitly chosen ``home``; raises if it is unusable."""
    jdk = inspect(home)
    if jdk is None:
        raise JavaImportError(
            f"pyjava: {source} is {home!r}, which is not a Java installation "
            f"(it needs a 'release' file and lib/server/libjvm.so). {_HOW_TO_FIX}"
        )
    if jdk.feature < MINIMUM_FEATURE:
        raise JavaImportError(
            f"pyjava: {source} is {home!r}, which is Java {jdk.version}; pyjava needs "
            f"Java {MINIMUM_FEATURE} or newer. {_HOW_TO_FIX}"
        )
    return jdk


def bundled_home() -> str | None:
    """The Java runtime of the installed ``pyjava-jre`` wheel, or None when it is not installed."""
    from importlib.util import find_spec

    spec = find_spec("pyjava_jre")
    if spec is None or not spec.origin:
        return None
    return os.path.join(os.path.dirname(spec.origin), "java")


def _candidate_homes() -> list[str]:
    homes = []
    javac = shutil.which("javac")
    if javac:
        homes.append(os.path.dirname(os.path.dirname(os.path.realpath(javac))))
    for pattern in _INSTALL_FOLDERS:
        homes.extend(sorted(glob.glob(os.path.expanduser(pattern))))
    return homes


def find(explicit_home: str | None, explicit_source: str) -> Jdk:
    """The Java installation to use; raises :class:`JavaImportError` naming the fix."""
    if explicit_home:
        return require(explicit_home, explicit_source)
    bundled = bundled_home()
    if bundled is not None:
        return require(bundled, "the bundled Java (pyjava-jre)")
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        jdk = inspect(java_home)
        if jdk is not None and jdk.feature >= MINIMUM_FEATURE:
            return jdk
    seen = []
    best = None
    for home in _candidate_homes():
        jdk = inspect(home)
        if jdk is None:
            continue
        seen.append(f"{jdk.home} ({jdk.version})")
        if jdk.feature >= MINIMUM_FEATURE and (best is None or jdk.feature > best.feature):
            best = jdk
    if best is not None:
        return best
    found = "; found only: " + ", ".join(seen) if seen else "; found none"
    if java_home:
        found += f"; JAVA_HOME is {java_home!r}"
    raise JavaImportError(f"pyjava needs Java {MINIMUM_FEATURE} or newer{found}. {_HOW_TO_FIX}")
