"""Import Python modules written in Java with pyjava, from a plain ``python3``.

Module wheels (made by ``pyjava-maven-plugin``) import like any package, their jars found
through package metadata. For classes on a classpath, ``import pyjava`` adds an import hook;
after it (or with the ``pyjava.pth`` that ``pip install`` puts in site-packages, without it)
``import word_count`` finds ``word_count`` on the pyjava classpath. The first Java import
starts the JVM in this process; each returns the module Java built. Configure with :func:`configure` or the environment:

``PYJAVA_CLASSPATH``
    jars, class folders or ``dir/*``, separated by ``os.pathsep``.
``PYJAVA_JVM_OPTIONS``
    extra JVM options, split like a shell does (e.g. ``-Xmx512m``).
``PYJAVA_JAVA_HOME``
    the Java 25+ installation to use; otherwise the runtime of the ``pyjava-jre`` wheel when it
    is installed, else ``JAVA_HOME`` if it is 25+, else the newest 25+ in the usual places.
``PYJAVA_AOT_CACHE``
    ``off`` stops pyjava from making and using a JVM AOT cache (kept per set-up in
    ``~/.cache/pyjava/aot`` when the classpath is all jars); a folder puts the caches there.

Every failure to import a Java module raises :class:`JavaImportError` (an ``ImportError``)
that says what to fix.
"""

from . import _supported

_supported.require_version()  # first: the code below may not even run on other versions

from ._errors import JavaImportError  # noqa: E402
from ._finder import install as _install_finder  # noqa: E402

__all__ = ["JavaImportError", "configure", "java_modules", "jvm_started"]
__version__ = "0.1.0"


def configure(classpath=None, jvm_options=None, java_home=None) -> None:
    """Sets where Java modules come from and how the JVM starts; call before the first import.

    :param classpath: jars, class folders or ``dir/*`` entries (a list, or one
        ``os.pathsep``-separated string); searched before ``PYJAVA_CLASSPATH``.
    :param jvm_options: extra JVM options (a list, or one string split like a shell does);
        ``PYJAVA_JVM_OPTIONS`` comes after them.
    :param java_home: the Java 25+ installation to use (wins over ``PYJAVA_JAVA_HOME``).
    :raises JavaImportError: for a classpath entry or Java home that is not there or too old,
        or when the JVM already started.
    """
    from . import _jvm

    _jvm.configure(classpath, jvm_options, java_home)


def java_modules() -> list[str]:
    """The module names the Java side provides (starts the JVM if needed)."""
    from . import _jvm

    return _jvm.runtime().module_names()


def jvm_started() -> bool:
    """True once this process started its JVM."""
    from . import _jvm

    return _jvm.started()


_install_finder()
