"""Ctrl-C interrupts a released Java call of the main thread, which raises KeyboardInterrupt,
without taking signals from Python, asyncio or a program's own wakeup fd.

Each test runs a child python. Nothing is timed: a SIGINT is sent once the call is known to be
under way (its Java body met a barrier, or printed its step). A call that the SIGINT should end
would run for minutes, or forever, if it did not, and the child's deadline turns that into a
failure; a call that it should not end is ended by a writer, after the signal.
"""

import os
import signal
import subprocess
import sys
import textwrap
import threading

import pytest

from support import REPOSITORY, child_environment, describe, run_python

DEADLINE = 60

CHILD = """
    import os, signal, sys, threading
    import pyjava, gil, pyjava_probes, word_count

    def signal_when_entered(signals, after):
        # A helper thread sends the signals once the search's Java body has started, and after.
        pyjava_probes.arm_barrier(2)
        def send():
            if pyjava_probes.meet_released(60) and after.wait(60):
                for signum in signals:
                    os.kill(os.getpid(), signum)
        threading.Thread(target=send, daemon=True).start()

    def signal_then_write(signum, fifo):
        # Once the search's Java body has started: the signal, then a writer that ends the search.
        pyjava_probes.arm_barrier(2)
        def send():
            if pyjava_probes.meet_released(60):
                os.kill(os.getpid(), signum)
                with open(fifo, "w") as writer:
                    writer.write("the end")
        threading.Thread(target=send, daemon=True).start()

    ready = threading.Event()
    ready.set()

    def interrupted(call, *args, signals=(signal.SIGINT,), after=ready):
        signal_when_entered(signals, after)
        try:
            call(*args)
        except KeyboardInterrupt:
            return "KeyboardInterrupt"
        finally:
            pyjava_probes.arm_barrier(1)  # later searches pass the barrier alone
        return "returned"

    pyjava_probes.arm_barrier(1)
    pyjava_probes.meet_on_search(60)
"""


@pytest.fixture(scope="module")
def probed_classpath(built_classpath):
    """The built classes with the examples' test classes, which hold pyjava_probes."""
    test_classes = os.path.join(REPOSITORY, "examples", "target", "test-classes")
    if not os.path.isdir(test_classes):
        pytest.skip("examples/target/test-classes is not built (run ./mvnw package)")
    return os.pathsep.join([built_classpath, test_classes])


@pytest.fixture
def fifo(tmp_path):
    """A FIFO no process writes to: opening it for reading blocks for good."""
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return str(path)


@pytest.fixture
def huge_file(tmp_path):
    """A 1 TiB sparse file: scanning it takes minutes, yet it uses no disk."""
    path = tmp_path / "huge.txt"
    with open(path, "wb") as out:
        out.truncate(1 << 40)
    return str(path)


def _run(classpath, body):
    return run_python(textwrap.dedent(CHILD) + textwrap.dedent(body),
                      env=child_environment(PYJAVA_CLASSPATH=classpath), timeout=DEADLINE)


def test_ctrl_c_ends_a_search_blocked_opening_a_fifo(probed_classpath, fifo):
    result = _run(probed_classpath, f"""
        print(interrupted(word_count.search, {fifo!r}, "the"))
        print(interrupted(word_count.search, {fifo!r}, "the"))
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["KeyboardInterrupt", "KeyboardInterrupt"]


def test_ctrl_c_ends_a_search_blocked_reading_a_fifo(probed_classpath, fifo):
    """A writer that opened the FIFO and writes nothing: the read blocks, and Ctrl-C ends it."""
    result = _run(probed_classpath, f"""
        writers, opened = [], threading.Event()
        def write_nothing():
            writers.append(open({fifo!r}, "wb"))  # returns once the search opened its end
            opened.set()
        threading.Thread(target=write_nothing, daemon=True).start()
        print(interrupted(word_count.search_sequential_allow_threads, {fifo!r}, "the", after=opened))
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["KeyboardInterrupt"]


@pytest.mark.parametrize("function", ["search", "search_sequential_allow_threads"])
def test_ctrl_c_ends_a_long_scan(probed_classpath, huge_file, function):
    result = _run(probed_classpath, f"""
        print(interrupted(word_count.{function}, {huge_file!r}, "the"))
        print(interrupted(word_count.{function}, {huge_file!r}, "the"))
        print(word_count.search_sequential_allow_threads(os.devnull, "the"))
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["KeyboardInterrupt", "KeyboardInterrupt", "0"]


def _ctrl_c_at(classpath, marker, times, body):
    """Runs ``body`` in a child and sends it SIGINT the first ``times`` times it prints a line
    starting with ``marker``; returns (exit code, stdout lines, stderr)."""
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(body)],
        env=child_environment(PYJAVA_CLASSPATH=classpath),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = threading.Timer(DEADLINE, child.kill)
    deadline.start()
    try:
        lines = []
        for line in child.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith(marker) and times > 0:
                times -= 1
                child.send_signal(signal.SIGINT)
        return child.wait(), lines, child.stderr.read()
    finally:
        deadline.cancel()
        child.stdout.close()
        child.stderr.close()


def test_ctrl_c_ends_a_long_pause_twice(built_classpath):
    code, lines, stderr = _ctrl_c_at(built_classpath, "Java: Release GIL", 2, """
        import pyjava, gil
        for attempt in range(2):
            try:
                gil.double_list([1, 2], [None], 0, pause=600)
            except KeyboardInterrupt:
                print("KeyboardInterrupt", flush=True)
        result = [None]
        gil.double_list([1, 2], result, 0, pause=0.01)  # no interrupt status left behind
        print(result, flush=True)
    """)
    assert code == 0, (lines, stderr)
    assert [line for line in lines if not line.startswith("Java:")] == [
        "KeyboardInterrupt", "KeyboardInterrupt", "[[2, 4]]"], (lines, stderr)


def test_a_handler_of_the_program_runs_and_the_call_completes(probed_classpath, fifo):
    """A SIGINT handler of the program's own means "carry on": the call is not cut short, and
    the handler runs once it returns. A writer ends the call, after the SIGINT was sent."""
    result = _run(probed_classpath, f"""
        signal.signal(signal.SIGINT, lambda signum, frame: print("handler ran"))
        signal_then_write(signal.SIGINT, {fifo!r})
        print(word_count.search({fifo!r}, "the"))
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.splitlines() == ["handler ran", "1"]


def test_infinite_pause_is_refused_as_time_sleep_refuses_it(built_classpath):
    result = run_python("""
        import time, pyjava, gil
        for pause in (float("inf"), 1e300, float("nan"), -1.0):
            errors = []
            for sleep in (time.sleep, lambda p: gil.double_list([1], [None], 0, pause=p)):
                try:
                    sleep(pause)
                except (OverflowError, ValueError) as error:
                    errors.append(type(error).__name__)
            print(*errors)
    """, env=child_environment(PYJAVA_CLASSPATH=built_classpath), timeout=DEADLINE)
    assert result.returncode == 0, describe(result)
    assert result.stdout.splitlines() == [
        "OverflowError OverflowError", "OverflowError OverflowError",
        "ValueError ValueError", "ValueError ValueError"]


def test_the_programs_wakeup_fd_gets_every_signal(probed_classpath, fifo):
    """A wakeup fd set before the first released call is still the program's, and so is one set
    after it: each gets the signal numbers, and set_wakeup_fd gives the program's fd back."""
    result = _run(probed_classpath, f"""
        signal.signal(signal.SIGUSR1, lambda signum, frame: None)
        def received(read_end, wanted):
            seen = set()
            while not wanted <= seen:
                seen.update(os.read(read_end, 16))
            return sorted(seen & wanted)
        wanted = {{int(signal.SIGUSR1), int(signal.SIGINT)}}
        for attempt in range(2):
            read_end, write_end = os.pipe()
            os.set_blocking(write_end, False)
            signal.set_wakeup_fd(write_end)
            print(interrupted(word_count.search, {fifo!r}, "the", signals=(signal.SIGUSR1, signal.SIGINT)))
            print(received(read_end, wanted) == sorted(wanted), signal.set_wakeup_fd(-1) == write_end)
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.splitlines() == ["KeyboardInterrupt", "True True"] * 2


def test_asyncio_gets_its_signal_during_a_released_call(probed_classpath, fifo):
    """asyncio.run handles SIGINT itself, so Ctrl-C does not end the call: a writer does, once
    SIGUSR1 was sent while the call ran."""
    result = _run(probed_classpath, f"""
        import asyncio
        word_count.search_sequential_allow_threads(os.devnull, "the")  # the relay is in place

        async def main():
            loop = asyncio.get_running_loop()
            got = asyncio.Event()
            loop.add_signal_handler(signal.SIGUSR1, got.set)
            signal_then_write(signal.SIGUSR1, {fifo!r})
            print(word_count.search({fifo!r}, "the"))
            await asyncio.wait_for(got.wait(), 30)
            print("asyncio got SIGUSR1")

        asyncio.run(main())
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.splitlines() == ["1", "asyncio got SIGUSR1"]


def test_set_wakeup_fd_behaves_as_pythons_and_a_forked_child_gets_the_programs_fd(built_classpath):
    result = run_python("""
        import os, signal, threading, pyjava, word_count
        read_end, write_end = os.pipe()
        os.set_blocking(write_end, False)
        print(signal.set_wakeup_fd(write_end))
        word_count.search_sequential_allow_threads(os.devnull, "the")  # the relay is in place
        errors = []
        def off_main():
            try:
                signal.set_wakeup_fd(-1)
            except ValueError:
                errors.append("ValueError")
        worker = threading.Thread(target=off_main)
        worker.start()
        worker.join()
        print(*errors)
        child = os.fork()
        if child == 0:
            os._exit(0 if signal.set_wakeup_fd(-1) == write_end else 1)
        print(os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]))
        print(signal.set_wakeup_fd(-1) == write_end, signal.set_wakeup_fd(-1))
    """, env=child_environment(PYJAVA_CLASSPATH=built_classpath), timeout=DEADLINE)
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["-1", "ValueError", "0", "True", "-1"]
