"""Helpers for tests that run Python in a child process (the JVM changes a process for good)."""

import os
import subprocess
import sys
import tempfile
import textwrap

TESTS = os.path.dirname(os.path.abspath(__file__))
PACKAGE_ROOT = os.path.dirname(TESTS)
REPOSITORY = os.path.dirname(PACKAGE_ROOT)

# Built by Maven; tests that need them skip while they are absent.
RUNTIME_CLASSES = os.path.join(REPOSITORY, "runtime", "target", "classes")
BUILT_CLASSPATH = (os.path.join(REPOSITORY, "examples", "target", "classes"), RUNTIME_CLASSES)
CHILD_TIMEOUT = 120


def child_environment(**overrides):
    """The environment for a child python: this package and the tests importable, no pyjava
    settings or faulthandler inherited from the test run unless given."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PYJAVA_") and key not in ("PYTHONFAULTHANDLER", "PYTHONPATH")
    }
    env["PYTHONPATH"] = os.pathsep.join([PACKAGE_ROOT, TESTS])
    env["PYJAVA_AOT_CACHE"] = "off"  # no caches in the user's folder; tests of the cache set one
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_python(script, *arguments, env=None, timeout=CHILD_TIMEOUT, cwd=None):
    """Runs ``script`` (dedented) in a child python; a hang fails the test at ``timeout``.

    Without ``cwd`` the child runs in a temporary folder, where a JVM crash report
    (hs_err_pid*.log) from a control test is thrown away.
    """
    with tempfile.TemporaryDirectory() as scratch:
        return subprocess.run(
            [sys.executable, *arguments, "-c", textwrap.dedent(script)],
            env=env or child_environment(),
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=cwd or scratch,
        )


def describe(result):
    """Exit code and output of a finished child, for assertion messages."""
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


def built_classpath_or_none():
    """The repository's built Java classes, or None when Maven has not built them yet."""
    if all(os.path.isdir(path) for path in BUILT_CLASSPATH):
        return os.pathsep.join(BUILT_CLASSPATH)
    return None
