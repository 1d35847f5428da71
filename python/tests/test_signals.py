"""A process with pyjava's JVM keeps Python's signal behaviour and survives faulthandler.

Each test runs a child python, because starting a JVM changes a process for good.
The Java work is jvm_workload.stack_overflows: it makes the JVM touch its stack guard pages,
a SIGSEGV that only the JVM's own handler turns into a StackOverflowError.
"""

import signal
import textwrap

from support import child_environment, describe, run_python

START_JVM = """
    import os, signal, sys, time
    import pyjava, jvm_workload
    from pyjava import _jvm
    pyjava.configure(classpath=[{classpath!r}])
    _jvm.runtime()
"""


def _script(classpath, body):
    return textwrap.dedent(START_JVM.format(classpath=classpath)) + textwrap.dedent(body)


def test_sigint_raises_keyboard_interrupt(jdk, empty_classpath):
    result = run_python(_script(empty_classpath, """
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(30)
            print("no interrupt")
        except KeyboardInterrupt:
            print("KeyboardInterrupt", len(jvm_workload.stack_overflows(1)))
    """))
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["KeyboardInterrupt", "1"]


def test_without_reduced_signal_use_the_jvm_takes_sigint(jdk, empty_classpath):
    """The control for the test above: a JVM started without -Xrs ends the process on SIGINT."""
    result = run_python(f"""
        import ctypes, os, signal, time
        from pyjava import _jni
        libjvm = ctypes.CDLL({jdk.libjvm!r})
        status, vm = _jni.create_java_vm(libjvm, ["-Djava.class.path={empty_classpath}"])
        assert vm is not None, status
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(30)
            print("no interrupt")
        except KeyboardInterrupt:
            print("KeyboardInterrupt")
    """)
    assert "KeyboardInterrupt" not in result.stdout, describe(result)
    assert result.returncode != 0, describe(result)


def test_python_sigterm_handler_runs(jdk, empty_classpath):
    result = run_python(_script(empty_classpath, """
        signal.signal(signal.SIGTERM, lambda signum, frame: print("handler ran", signum, flush=True))
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.5)
        print("still alive", len(jvm_workload.stack_overflows(1)))
    """))
    assert result.returncode == 0, describe(result)
    assert result.stdout.splitlines() == [f"handler ran {int(signal.SIGTERM)}", "still alive 1"]


def test_faulthandler_disabled_after_start_keeps_java_working(jdk, empty_classpath):
    """pytest's pattern: enabled before the JVM starts, disabled after."""
    result = run_python(_script(empty_classpath, """
        import faulthandler
        faulthandler.disable()
        print(len(jvm_workload.stack_overflows(3)))
    """), "-X", "faulthandler")
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["3"]


def test_unguarded_faulthandler_disable_kills_java(jdk, empty_classpath):
    """The control: faulthandler's own disable() leaves SIGSEGV at its default action."""
    result = run_python(_script(empty_classpath, """
        import faulthandler
        faulthandler.disable.__wrapped__()
        print(len(jvm_workload.stack_overflows(3)))
    """), "-X", "faulthandler")
    assert result.returncode == -signal.SIGSEGV, describe(result)


def test_faulthandler_enabled_after_start_keeps_java_working(jdk, empty_classpath):
    result = run_python(_script(empty_classpath, """
        import faulthandler
        faulthandler.enable()
        assert faulthandler.is_enabled()
        print(len(jvm_workload.stack_overflows(3)))
        faulthandler.disable()
        print(len(jvm_workload.stack_overflows(3)))
    """))
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["3", "3"]


def test_unguarded_faulthandler_enable_kills_java(jdk, empty_classpath):
    """The control: faulthandler's own enable() takes the JVM's SIGSEGV for a crash. The JVM's
    crash report is left out: on a loaded machine writing it once took past the time limit."""
    result = run_python(_script(empty_classpath, """
        import faulthandler
        faulthandler.enable.__wrapped__()
        print(len(jvm_workload.stack_overflows(3)))
    """), env=child_environment(PYJAVA_JVM_OPTIONS="-XX:+SuppressFatalErrorMessage"))
    assert result.returncode != 0, describe(result)
    assert "Fatal Python error: Segmentation fault" in result.stderr


def test_java_work_after_pytest_session_ends(jdk, empty_classpath, tmp_path):
    """A pytest session whose Java work runs after pytest disabled faulthandler exits 0."""
    (tmp_path / "test_child.py").write_text(textwrap.dedent(f"""
        import atexit
        import pyjava, jvm_workload
        from pyjava import _jvm

        def after_session():
            print("after session:", len(jvm_workload.stack_overflows(3)), flush=True)

        def test_uses_java():
            pyjava.configure(classpath=[{empty_classpath!r}])
            assert len(jvm_workload.stack_overflows(1)) == 1
            atexit.register(after_session)
    """))
    result = run_python(
        "import sys, pytest; sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', 'test_child.py']))",
        cwd=str(tmp_path),
    )
    assert result.returncode == 0, describe(result)
    assert "1 passed" in result.stdout and "after session: 3" in result.stdout, describe(result)


def test_real_crash_is_reported_not_retried(jdk, empty_classpath, tmp_path):
    """A genuine crash in native code ends the process with the JVM's report and, through
    SIGABRT, faulthandler's Python traceback; it neither hangs nor vanishes silently."""
    result = run_python(_script(empty_classpath, """
        import ctypes
        def crash_here():
            ctypes.string_at(0)
        crash_here()
    """), "-X", "faulthandler", cwd=str(tmp_path))
    assert result.returncode == -signal.SIGABRT, describe(result)
    assert "A fatal error has been detected by the Java Runtime Environment" in result.stdout + result.stderr
    assert "in crash_here" in result.stderr, describe(result)


def test_exit_while_java_threads_fault_under_faulthandler(jdk, churn_classpath):
    """Interpreter shutdown disables faulthandler; Java threads still running then must not
    find SIGSEGV at its default action (pyjava disables faulthandler first, at exit)."""
    for _ in range(2):
        result = run_python(_script(churn_classpath, """
            jvm_workload.call_static_void("FaultChurn", "start")
            time.sleep(0.3)
            print("exiting")
        """), "-X", "faulthandler")
        assert result.returncode == 0, describe(result)
        assert result.stdout.split() == ["exiting"]


def test_interrupts_wait_until_the_jvm_is_recorded():
    """SIGINT during start-up is held back, then raises KeyboardInterrupt once the block ends."""
    result = run_python("""
        import os, signal
        from pyjava._signals import deferred_interrupts
        steps = []
        try:
            with deferred_interrupts():
                os.kill(os.getpid(), signal.SIGINT)
                for _ in range(1000):
                    pass
                steps.append("block finished")
        except KeyboardInterrupt:
            steps.append("KeyboardInterrupt")
        print(steps)
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.strip() == "['block finished', 'KeyboardInterrupt']"


def test_real_crash_after_faulthandler_disabled_does_not_hang(jdk, empty_classpath, tmp_path):
    """Had the JVM chained to faulthandler (enabled when the JVM started), it would call the
    disabled handler, take the crash as handled and retry the faulting instruction forever."""
    result = run_python(_script(empty_classpath, """
        import ctypes, faulthandler
        faulthandler.disable()
        ctypes.string_at(0)
    """), "-X", "faulthandler", cwd=str(tmp_path), timeout=60)
    assert result.returncode == -signal.SIGABRT, describe(result)
    assert "A fatal error has been detected by the Java Runtime Environment" in result.stdout + result.stderr
