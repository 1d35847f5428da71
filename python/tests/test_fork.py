"""A JVM does not survive fork: a forked child gets a clear error, spawned children work."""

import textwrap

from support import describe, run_python

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


def test_forked_child_gets_a_clear_error(jdk, marker_classpath, tmp_path):
    result = _run(tmp_path, marker_classpath, "fork")
    assert result.returncode == 0, describe(result)
    first, second = result.stdout.splitlines()
    assert first.startswith("JavaImportError: pyjava: this process was forked from one that runs a JVM")
    assert "'spawn'" in first and "'forkserver'" in first
    assert second == "child exit 0"


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
