"""A JVM does not survive fork: a forked child never enters Java (not even at exit) and gets one
clear error; spawned and forkserver children work, also when the forkserver imports __main__."""

import os
import textwrap

import pytest
from support import child_environment, describe, run_python

FORKED = "pyjava: this process was forked from one running a JVM, and a JVM does not survive fork"

PARENT = """
    import multiprocessing, sys
    import pyjava
    from pyjava import _jvm

    pyjava.configure(classpath=[{classpath!r}])  # at the top: a spawned child runs it too

    def try_import(queue):
        try:
            import fake_mod
            queue.put("imported")
        except ImportError as error:
            queue.put(type(error).__name__ + ": " + str(error))

    if __name__ == "__main__":
        if {start_in_parent}:
            _jvm.runtime()
        context = multiprocessing.get_context({method!r})
        queue = context.Queue()
        child = context.Process(target=try_import, args=(queue,), daemon=True)  # a hung child must not hang us
        child.start()
        print(queue.get(timeout=60))
        child.join(60)
        print("child exit", child.exitcode)
"""


def _run(tmp_path, classpath, method, start_in_parent=True):
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent(PARENT.format(classpath=classpath, method=method, start_in_parent=start_in_parent)))
    return run_python(f"import runpy; runpy.run_path({str(script)!r}, run_name='__main__')", cwd=str(tmp_path))


def test_fork_before_the_jvm_starts_is_fine(jdk, marker_classpath, tmp_path):
    """Only a running JVM makes fork unsafe: a child forked earlier starts its own."""
    result = _run(tmp_path, marker_classpath, "fork", start_in_parent=False)
    assert result.returncode == 0, describe(result)
    assert "dev.pyjava.runtime.cpython.PythonHost" in result.stdout, describe(result)


def test_spawned_child_starts_its_own_jvm(jdk, marker_classpath, tmp_path):
    """A spawned child starts a fresh JVM (which, here, lacks the pyjava runtime)."""
    result = _run(tmp_path, marker_classpath, "spawn")
    assert result.returncode == 0, describe(result)
    first, second = result.stdout.splitlines()
    assert first.startswith("JavaImportError: pyjava: the JVM has no dev.pyjava.runtime.cpython.PythonHost")
    assert second == "child exit 0"


def _run_probe(probe_classpath, script, **options):
    return run_python(script, env=child_environment(PYJAVA_CLASSPATH=probe_classpath), **options)


# Waits for a forked child at most `seconds`; a child stuck in the JVM is killed and reported.
WAIT_FOR_CHILD = """
    import os, signal, time

    def wait_for(pid, seconds=20):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.005)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return "hung"
"""


def test_one_message_for_imports_and_calls_in_a_forked_child(probe_classpath):
    result = _run_probe(probe_classpath, WAIT_FOR_CHILD + """
    import sys
    import pyjava, pyhost_probe
    del sys.modules["pyhost_probe"]
    pid = os.fork()
    if pid == 0:
        try:
            pyhost_probe.add(1, 2)
        except RuntimeError as error:
            print(error, flush=True)
        try:
            import pyhost_probe
        except ImportError as error:
            print(error, flush=True)
        sys.exit(0)
    print("child exit", wait_for(pid))
    """)
    assert result.returncode == 0, describe(result)
    call, imported, exit_line = result.stdout.splitlines()
    assert call == imported, describe(result)
    assert call.startswith(FORKED) and "'spawn'" in call and "'forkserver'" in call, call
    assert exit_line == "child exit 0"


def test_forked_child_exits_normally_while_a_java_thread_waits_for_the_gil(probe_classpath):
    """A child that never calls Java runs its atexit hooks: pyjava's own hook must not enter Java
    there. A Java thread inside pyjava's shutdown gate at fork time makes the old hook, which waited
    in Java for that (absent) thread, hang every time."""
    result = _run_probe(probe_classpath, WAIT_FOR_CHILD + """
    import sys
    import pyjava, pyhost_probe
    sys.setswitchinterval(1000)  # keeps the GIL on this thread while the Java thread waits for it
    pyhost_probe.take_gil_in_a_java_thread()
    holding = time.monotonic() + 0.5
    while time.monotonic() < holding:
        pass  # holds the GIL: the Java thread is in the gate, waiting for it
    pid = os.fork()
    if pid == 0:
        sys.exit(0)
    sys.setswitchinterval(0.005)
    print("child exit", wait_for(pid), "parent", pyhost_probe.add(2, 2))
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.splitlines() == ["child exit 0 parent 4"], describe(result)


def test_300_forked_children_exit_normally_while_the_jit_is_busy(probe_classpath):
    """The hang this guards against came about once in 100 to 200 forks."""
    result = _run_probe(probe_classpath, WAIT_FOR_CHILD + """
    import sys, threading, warnings
    import pyjava, pyhost_probe
    warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork() of a multi-threaded process
    stop = threading.Event()

    def keep_the_jvm_busy():
        i = 0
        while not stop.is_set():
            pyhost_probe.echo("x" * (i % 97))
            pyhost_probe.add(i, i)
            pyhost_probe.overflows_without_lock(1)
            if i % 50 == 0:
                pyhost_probe.collect_garbage()
            i += 1

    busy = threading.Thread(target=keep_the_jvm_busy)
    busy.start()
    outcomes = {}
    for _ in range(300):
        pid = os.fork()
        if pid == 0:
            sys.exit(0)
        outcome = wait_for(pid, 10)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    stop.set()
    busy.join()
    print(outcomes)
    """, timeout=600)
    assert result.returncode == 0, describe(result)
    assert result.stdout.strip() == "{0: 300}", describe(result)


HELD_FUNCTIONS = """
    import functools, gc
    import pyjava, pyhost_probe
    from pyhost_probe import add
    listed = [pyhost_probe.add]
    enclosed = (lambda f: lambda: f(1, 2))(pyhost_probe.add)
    partial = functools.partial(pyhost_probe.add, 20)
    def default(f=pyhost_probe.add):
        return f(1, 2)
    class Slotted:
        __slots__ = ("f",)
    slotted = Slotted()
    slotted.f = pyhost_probe.add
    print(add(1, 1), enclosed(), partial(22), default(), listed[0](2, 2), slotted.f(3, 3), flush=True)
    if FREEZE:
        gc.freeze()  # hides these objects from gc.get_objects()
    pid = os.fork()
    if pid == 0:
        calls = {
            "attribute": lambda: pyhost_probe.add(1, 2), "from-import": lambda: add(1, 2),
            "list": lambda: listed[0](1, 2), "closure": enclosed, "partial": lambda: partial(3),
            "default": default, "slots": lambda: slotted.f(1, 2), "keywords": lambda: add(a=1, b=2),
            "no arguments": pyhost_probe.collect_garbage, "bad arguments": lambda: add("x"),
        }
        for name, call in calls.items():
            try:
                print(name, "returned", call(), flush=True)
            except BaseException as error:
                print(name, type(error).__name__, str(error).startswith(MESSAGE), flush=True)
        sys.exit(0)
    print("child exit", wait_for(pid), "parent", add(2, 2))
"""


@pytest.mark.parametrize("freeze", [False, True], ids=["", "gc.freeze"])
def test_forked_child_refuses_java_however_the_function_is_held(probe_classpath, freeze):
    script = WAIT_FOR_CHILD + "    import sys\n" + HELD_FUNCTIONS.replace("FREEZE", str(freeze)).replace("MESSAGE", repr(FORKED))
    result = _run_probe(probe_classpath, script)
    assert result.returncode == 0, describe(result)
    lines = result.stdout.splitlines()
    assert lines[0] == "2 3 42 3 4 6", describe(result)
    names = ["attribute", "from-import", "list", "closure", "partial", "default", "slots", "keywords",
             "no arguments", "bad arguments"]
    assert lines[1:-1] == [f"{name} RuntimeError True" for name in names], describe(result)
    assert lines[-1] == "child exit 0 parent 4", describe(result)


POOL_SCRIPT = """
    import multiprocessing, multiprocessing.spawn, sys
    import pyjava
    import pyhost_probe  # at the top: a forkserver that imports __main__ imports these too
    from pyhost_probe import add

    def add_pair(pair):
        return pyhost_probe.add(*pair) + add(*pair)

    if __name__ == "__main__":
        method, preload = sys.argv[1], sys.argv[2:]
        context = multiprocessing.get_context(method)
        if preload:
            context.set_forkserver_preload(preload)
        if "__main__" in preload:
            # What CPython 3.13.8+ and 3.14 pass to the forkserver (gh-126631), earlier ones not.
            prepare = multiprocessing.spawn.get_preparation_data

            def with_main_path(name):
                data = prepare(name)
                data.setdefault("main_path", data.get("init_main_from_path"))
                return data

            multiprocessing.spawn.get_preparation_data = with_main_path
        with context.Pool(2) as pool:
            print(pool.map(add_pair, [(1, 2), (20, 11), (-5, 5)], chunksize=1))
"""

PRELOADED_HELPER = """
    import pyjava  # the import hook (which pip's pyjava.pth installs in every python)
    import pyhost_probe  # a module the forkserver preloads, importing Java at its top
    from pyhost_probe import add, echo
"""


@pytest.mark.parametrize("method, preload", [
    ("forkserver", ["__main__"]),
    ("forkserver", ["preloaded_helper"]),
    ("forkserver", []),
    ("spawn", []),
], ids=["forkserver-preloads-main", "forkserver-preloads-a-module", "forkserver", "spawn"])
def test_pool_of_a_script_importing_a_java_module_at_its_top(probe_classpath, tmp_path, method, preload):
    script = tmp_path / "pool_script.py"
    script.write_text(textwrap.dedent(POOL_SCRIPT))
    (tmp_path / "preloaded_helper.py").write_text(textwrap.dedent(PRELOADED_HELPER))
    env = child_environment(PYJAVA_CLASSPATH=probe_classpath)
    env["PYTHONPATH"] += os.pathsep + str(tmp_path)  # before 3.13 a forkserver ignores the parent's sys.path
    result = run_python(
        f"import runpy, sys; sys.argv[1:] = {[method, *preload]!r}; runpy.run_path({str(script)!r}, run_name='__main__')",
        env=env, cwd=str(tmp_path))
    assert result.returncode == 0, describe(result)
    assert result.stdout.splitlines() == ["[6, 62, 0]"], describe(result)
