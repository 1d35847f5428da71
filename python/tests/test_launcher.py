"""Java's Launcher bound to the interpreter under test runs command lines as that interpreter does.

Each case runs twice, once as ``sys.executable ARGS`` and once as ``java ... Launcher ARGS``
with ``PYJAVA_PYTHON=sys.executable``, in the same folder and environment, and expects the same
exit status, stdout and stderr (tracebacks included). The Java tests (LauncherTest) check the
Launcher against the default python3 only; these run on every interpreter of the matrix.
"""

import os
import subprocess
import sys

import pytest

from support import CHILD_TIMEOUT, child_environment

# What a script can see of the interpreter that runs it. The last lines run sys.executable:
# it has to name a python that works, and the very same one.
_SHOW = """\
import locale, sys, subprocess
print(sys.argv)
print(sys.orig_argv)
print(sys.executable, sys._base_executable)
print(sys.prefix, sys.base_prefix, sys.exec_prefix)
print(sys.path)
print(sys.flags)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), locale.getpreferredencoding(False))
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering)
print(sys.warnoptions, sys._xoptions, sys.get_int_max_str_digits())
again = subprocess.run([sys.executable, "-c", "import sys; print(sys.version, sys.executable)"],
                       capture_output=True, text=True)
print(again.returncode, again.stdout, again.stderr, sep="|")
print("same interpreter:", again.stdout.strip() == f"{sys.version} {sys.executable}")
"""

_FILES = {
    "ok.py": "import sys\nprint('ok', sys.argv)\n",
    "show.py": _SHOW,
    "show_module.py": _SHOW,
    "bad_syntax.py": "print('never')\nx = (\n",
    "raises.py": "def f():\n    raise ValueError('from a script')\n\nf()\n",
}

# name -> (arguments, environment overrides, stdin, the exit status python itself gives)
_CASES = {
    "script succeeds": (["ok.py", "a", "b c"], {}, None, 0),
    "-c uncaught exception": (["-c", "def f():\n    raise KeyError('k')\nf()"], {}, None, 1),
    "script uncaught exception": (["raises.py"], {}, None, 1),
    "SystemExit(int)": (["-c", "import sys; print('out'); sys.exit(3)"], {}, None, 3),
    "SystemExit(str)": (["-c", "raise SystemExit('bye')"], {}, None, 1),
    "SystemExit(None)": (["-c", "raise SystemExit(None)"], {}, None, 0),
    "SystemExit(other object)": (["-c", "raise SystemExit([1, 2])"], {}, None, 1),
    "-c syntax error": (["-c", "x = ("], {}, None, 1),
    "script syntax error": (["bad_syntax.py"], {}, None, 1),
    "-m missing module": (["-m", "no_such_module_anywhere"], {}, None, 1),
    "-m module": (["-m", "show_module", "x", "y"], {}, None, 0),
    "KeyboardInterrupt raised": (["-c", "print('before', flush=True)\nraise KeyboardInterrupt"], {}, None, -2),
    # A Ctrl-C that arrives while the main thread sleeps (a test run may inherit SIGINT ignored,
    # so the script installs Python's handler itself).
    "Ctrl-C in a sleep": (["-c", "import os, signal, threading, time\n"
                                 "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
                                 "threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()\n"
                                 "time.sleep(60)"], {}, None, -2),
    "script from stdin": (["-", "arg"], {}, "import sys\nprint(sys.argv)\n1/0\n", 1),
    "argv, executable and path": (["show.py", "a", "b c", "\u00e9\u00df\u20ac"], {}, None, 0),
    "-c argv and path": (["-c", _SHOW, "x"], {}, None, 0),
    "options": (["-O", "-B", "-W", "error::DeprecationWarning", "-X", "dev", "-X", "int_max_str_digits=640",
                 "show.py"], {}, None, 0),
    "-I": (["-I", "show.py"], {}, None, 0),
    "-E ignores PYTHONPATH": (["-E", "show.py"], {"PYTHONPATH": "/nonexistent-path-entry"}, None, 0),
    "environment": (["show.py"], {"PYTHONPATH": "/nonexistent-path-entry", "PYTHONDEVMODE": "1",
                                  "PYTHONUTF8": "1", "PYTHONINTMAXSTRDIGITS": "700",
                                  "PYTHONWARNINGS": "ignore"}, None, 0),
    "-X utf8=0": (["-X", "utf8=0", "show.py"], {}, None, 0),
    "C locale": (["show.py", "\u00e9"], {"LC_ALL": "C"}, None, 0),
    "an argument that is not UTF-8": (["show.py", os.fsdecode(b"caf\xe9")], {}, None, 0),
    "-X tracemalloc": (["-X", "tracemalloc=5", "-c", "import tracemalloc; print(tracemalloc.is_tracing())"],
                       {}, None, 0),
    "PYTHONHASHSEED": (["-c", "print(hash('launcher'))"], {"PYTHONHASHSEED": "42"}, None, 0),
    "-X faulthandler": (["-X", "faulthandler", "-c", "import faulthandler; print(faulthandler.is_enabled())"],
                        {}, None, 0),
    "-u": (["-u", "-c", "import sys; print(sys.stdout.line_buffering, sys.stdout.buffer.__class__)"],
           {}, None, 0),
}


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    folder = tmp_path_factory.mktemp("launcher")
    for name, text in _FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def launcher(jdk, built_classpath):
    return [os.path.join(jdk.home, "bin", "java"), "--enable-native-access=ALL-UNNAMED", "-Xrs",
            "-cp", built_classpath, "dev.pyjava.runtime.cpython.Launcher"]


def _run(command, work, overrides, stdin):
    # The launcher finds the interpreter under test through PYJAVA_PYTHON; python ignores it.
    env = child_environment(**{"PYTHONPATH": None, "PYJAVA_PYTHON": sys.executable, **overrides})
    feed = {"stdin": subprocess.DEVNULL} if stdin is None else {"input": stdin}
    finished = subprocess.run(command, cwd=work, env=env, capture_output=True, timeout=CHILD_TIMEOUT,
                              encoding="utf-8", errors="surrogateescape", **feed)
    return finished.returncode, finished.stdout, finished.stderr


def _describe(outcome):
    status, out, err = outcome
    return f"exit {status}\n--- stdout\n{out}\n--- stderr\n{err}"


@pytest.mark.parametrize("case", list(_CASES))
def test_the_launcher_runs_a_command_line_as_the_interpreter_does(case, work, launcher):
    arguments, overrides, stdin, status = _CASES[case]
    expected = _run([sys.executable, *arguments], work, overrides, stdin)
    assert expected[0] == status, _describe(expected)
    actual = _run([*launcher, *arguments], work, overrides, stdin)
    assert actual == expected, (
        f"{sys.executable} {arguments!r} gave\n{_describe(expected)}\nthe launcher gave\n{_describe(actual)}")


def test_the_launchers_sys_executable_is_the_interpreter_under_test(work, launcher):
    status, out, err = _run([*launcher, "show.py"], work, {}, None)
    assert status == 0, _describe((status, out, err))
    lines = out.splitlines()
    assert lines[2].split()[0] == sys.executable
    assert lines[-1] == "same interpreter: True", out
    assert lines[-3].startswith(f"0|{sys.version} {sys.executable}"), out

