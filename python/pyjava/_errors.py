"""The exception pyjava raises when a Java module cannot be imported."""


class JavaImportError(ImportError):
    """Java modules cannot be imported as things stand; the message says why and what to do.

    Raised for a missing or too old JDK, a classpath entry that does not exist, a JVM that does
    not start, a Java module the JVM does not know, and an import in a forked child.
    """


JavaImportError.__module__ = "pyjava"  # shown as pyjava.JavaImportError in tracebacks
