"""The GIL from real Python threads: released calls overlap, held calls overlap only on a
free-threaded build; many threads mixing calls neither deadlock nor corrupt results."""

import os
import subprocess
import sys
import sysconfig
import tempfile
import threading
import unittest

from javamodules import SCRIPTS, gil, pyjava_probes, word_count

JOIN_TIMEOUT = 120

# A free-threaded build (3.13t, 3.14t) runs without the GIL: every call may overlap.
FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def run_in_threads(target, count):
    results = [None] * count
    errors = []

    def body(index):
        try:
            results[index] = target()
        except BaseException as error:  # noqa: B902 - reported below
            errors.append(error)

    threads = [threading.Thread(target=body, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(JOIN_TIMEOUT)
        if thread.is_alive():
            raise AssertionError("a thread is stuck: deadlock?")
    if errors:
        raise errors[0]
    return results


class Overlap(unittest.TestCase):
    def test_two_threads_are_inside_a_released_call_at_once(self):
        pyjava_probes.arm_barrier(2)
        # Each waits (up to 60 s) for the other at a Java barrier: only possible if both are in.
        self.assertEqual(run_in_threads(lambda: pyjava_probes.meet_released(60.0), 2), [True, True])

    def test_two_threads_are_inside_a_held_call_at_once_only_without_the_gil(self):
        pyjava_probes.arm_barrier(2)
        if FREE_THREADED:
            # No GIL: both are in, and meet.
            self.assertEqual(run_in_threads(lambda: pyjava_probes.meet_held(60.0), 2), [True, True])
        else:
            # Holding the GIL, the first one in keeps the second out until its wait gives up.
            self.assertEqual(run_in_threads(lambda: pyjava_probes.meet_held(0.5), 2), [False, False])

    def test_two_threads_are_inside_search_sequential_at_once_only_without_the_gil(self):
        handle, path = tempfile.mkstemp()
        with os.fdopen(handle, "w") as out:
            out.write("is this is\n" * 10)
        self.addCleanup(os.unlink, path)
        pyjava_probes.arm_barrier(2)
        # Each search meets the other at a Java barrier as its body starts: on a GIL build the
        # second waits outside until the first gives up (after 0.5 s), so none meets.
        pyjava_probes.meet_on_search(60.0 if FREE_THREADED else 0.5)
        try:
            counts = run_in_threads(lambda: word_count.search_sequential(path, "is"), 2)
        finally:
            met = pyjava_probes.searches_met()
        self.assertEqual(counts, [20, 20])
        self.assertEqual(met, 2 if FREE_THREADED else 0)

    def test_importing_both_modules_leaves_the_gil_as_the_build_has_it(self):
        # -W error: the RuntimeWarning of a module that turns the GIL back on would fail it.
        code = ("import pyjava, sys, word_count, gil; "
                "print(getattr(sys, '_is_gil_enabled', lambda: True)())")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        finished = subprocess.run([sys.executable, "-W", "error::RuntimeWarning", "-c", code],
                                  env=env, capture_output=True, text=True, timeout=JOIN_TIMEOUT)
        self.assertEqual(finished.returncode, 0, finished.stderr)
        self.assertEqual(finished.stdout, "False\n" if FREE_THREADED else "True\n")


class Stress(unittest.TestCase):
    def test_eight_threads_of_mixed_calls(self):
        handle, path = tempfile.mkstemp()
        with os.fdopen(handle, "w") as out:
            out.write("is this is\n" * 10)
        self.addCleanup(os.unlink, path)

        def mixed():
            wrong = 0
            for i in range(10_000):
                kind = i % 4
                if kind == 0:
                    wrong += word_count.count_line("Is, (is) island", "is") != 2
                elif kind == 1:
                    wrong += word_count.search_sequential_allow_threads(path, "is") != 20
                elif kind == 2:
                    word_count.noop_allow_threads()
                else:
                    try:
                        pyjava_probes.raise_java("IllegalArgumentException")
                        wrong += 1
                    except ValueError:
                        pass
            return wrong

        self.assertEqual(run_in_threads(mixed, 8), [0] * 8)


class Seed(unittest.TestCase):
    def test_double_list_from_a_thread(self):
        result = [[], []]
        run_in_threads(lambda: gil.double_list([1, 2, 3], result, 1, pause=0.0), 1)
        self.assertEqual(result, [[], [2, 4, 6]])

    def test_seed_script_runs_unmodified(self):
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        finished = subprocess.run(
            [sys.executable, "-c", "import pyjava, runpy; runpy.run_path('seed_gil.py', run_name='__main__')"],
            cwd=SCRIPTS, env=env, capture_output=True, text=True, timeout=JOIN_TIMEOUT)
        self.assertEqual(finished.returncode, 0, finished.stderr)
        # Python and Java write to one pipe: Python's print writes its newline separately, so a
        # Java line can land between the two. The steps are checked in the text, not by line.
        out = finished.stdout
        self.assertTrue(out.endswith("Py: [2, 4, 6]\nRust: [2, 4, 6]\n"), out)
        steps = ["Py: Enter double_list_py...", "Java: Enter double_list...", "Java: Release GIL...",
                 "Py: Exit...", "Java: Acquire GIL...", "Java: Exit..."]
        for step in steps:
            self.assertEqual(out.count(step), 1, (step, out))
        # Each thread's steps come in its own order. How the two threads' lines interleave is up
        # to the scheduler (the script times them with sleeps); that released calls overlap is
        # proven with barriers in the other tests, not here.
        for thread in (steps[:1] + steps[3:4], steps[1:3] + steps[4:]):
            places = [out.index(step) for step in thread]
            self.assertEqual(places, sorted(places), out)


def launcher():
    """The command that runs Java's Launcher on the built classes."""
    java_home = os.environ.get("PYJAVA_JAVA_HOME")
    if not java_home:
        from pyjava import _jdk
        java_home = _jdk.find(None, "PYJAVA_JAVA_HOME").home
    return [os.path.join(java_home, "bin", "java"), "--enable-native-access=ALL-UNNAMED", "-Xrs",
            "-cp", os.environ["PYJAVA_CLASSPATH"], "dev.pyjava.runtime.cpython.Launcher"]


class JavaHostsPython(unittest.TestCase):
    """Java's Launcher runs a script that uses both modules from threads."""

    def test_launcher_runs_both_modules_from_threads(self):
        finished = subprocess.run(
            launcher() + [os.path.join(SCRIPTS, "both_modules.py")],
            capture_output=True, text=True, timeout=JOIN_TIMEOUT)
        self.assertEqual(finished.returncode, 0, finished.stderr)
        lines = finished.stdout.splitlines()
        self.assertIn("counts [2000, 2000, 2000]", lines)
        self.assertIn("doubled [[2, 4, 6], [2, 4, 6]]", lines)
        self.assertTrue(any(line.startswith("executable python3") for line in lines), lines)

    def test_launcher_leaves_the_gil_as_the_build_has_it(self):
        # The Java-hosted direction builds the modules into the interpreter (PyImport_AppendInittab):
        # CPython's own import checks their Py_mod_gil slot.
        code = "import sys, word_count, gil; print(getattr(sys, '_is_gil_enabled', lambda: True)())"
        env = dict(os.environ, PYJAVA_PYTHON=sys.executable)
        finished = subprocess.run(launcher() + ["-W", "error::RuntimeWarning", "-c", code],
                                  env=env, capture_output=True, text=True, timeout=JOIN_TIMEOUT)
        self.assertEqual(finished.returncode, 0, finished.stderr)
        self.assertEqual(finished.stdout, "False\n" if FREE_THREADED else "True\n")

    def test_launcher_exit_status_is_the_scripts(self):
        script = "import word_count; raise SystemExit(word_count.count_line('is is', 'is') + 40)"
        finished = subprocess.run(
            launcher() + ["-c", script], capture_output=True, text=True, timeout=JOIN_TIMEOUT)
        self.assertEqual(finished.returncode, 42, finished.stderr)


if __name__ == "__main__":
    unittest.main()
