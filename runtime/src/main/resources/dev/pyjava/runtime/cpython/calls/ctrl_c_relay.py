"""pyjava's Ctrl-C relay, run once, on Python's main thread, as it first releases the GIL for Java
(PROGRAM_FD_ADDRESS is set before it runs: two C ints, for the wakeup fd the program set and its
``warn_on_full_buffer``).

Python's C signal handler only notes a signal, and writes its number to the wakeup fd
(``signal.set_wakeup_fd``); the Python handler runs later, on the main thread. While that thread
runs a released Java call, nothing runs it. So the relay makes the wakeup fd a pipe of its own,
read by a Java thread, which forwards every byte to the program's own fd (asyncio's, or one set
with ``signal.set_wakeup_fd``) and interrupts the main thread's released call on SIGINT.
``signal.set_wakeup_fd`` is wrapped so that the program still sets, and gets back, its own fd.
Code that took ``set_wakeup_fd`` from the module before this ran bypasses the wrapper: its fd then
replaces the relay's, which only stops the interrupting. A byte the program's fd has no room for
is dropped without the warning ``warn_on_full_buffer`` asks for. A forked child gets the
program's fd back, as it set it.
"""

import ctypes
import functools
import operator
import os
import signal

SIGINT = int(signal.SIGINT)

_program = (ctypes.c_int * 2).from_address(PROGRAM_FD_ADDRESS)  # noqa: F821 (set by the runtime)
_set_wakeup_fd = signal.set_wakeup_fd
_pipe = None  # (read, write) while the relay runs in this process


def start():
    """Makes the relay's pipe the wakeup fd; returns its read end, or -1 where it cannot."""
    global _pipe
    read, write = os.pipe()
    os.set_blocking(write, False)
    try:
        previous = _set_wakeup_fd(write, warn_on_full_buffer=False)
    except ValueError:  # not the main thread of the main interpreter
        os.close(read)
        os.close(write)
        return -1
    _program[0], _program[1] = previous, 1
    _pipe = (read, write)
    signal.set_wakeup_fd = set_wakeup_fd
    os.register_at_fork(after_in_child=_after_fork_in_child)
    return read


@functools.wraps(_set_wakeup_fd)
def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    if _pipe is None:
        return _set_wakeup_fd(fd, warn_on_full_buffer=warn_on_full_buffer)
    # Python checks the fd and the thread, and raises as it would; signals meanwhile go to it.
    _set_wakeup_fd(fd, warn_on_full_buffer=warn_on_full_buffer)
    previous = _program[0]
    _program[0], _program[1] = operator.index(fd), bool(warn_on_full_buffer)
    _set_wakeup_fd(_pipe[1], warn_on_full_buffer=False)
    return previous


def raises_keyboard_interrupt():
    """Whether SIGINT's handler is Python's default one, which raises KeyboardInterrupt."""
    return signal.getsignal(signal.SIGINT) is signal.default_int_handler


def _after_fork_in_child():
    global _pipe
    read, write = _pipe
    _pipe = None
    signal.set_wakeup_fd = _set_wakeup_fd
    _set_wakeup_fd(_program[0], warn_on_full_buffer=bool(_program[1]))
    os.close(read)
    os.close(write)
