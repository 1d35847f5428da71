"""The detached program that makes an AOT cache: ``python -m pyjava._aot_training``.

:func:`pyjava._aot.train_in_background` starts ``supervise <cache> <module>``, which runs
``train <partial file> <module>`` in a child with a time limit and then installs the finished
file (:func:`pyjava._aot.install`). ``train`` imports the module in a JVM started with
``-XX:AOTCacheOutput`` and ends that JVM with ``System.exit``: a JVM inside python3 otherwise
never exits, and the cache is written at exit.
"""

from __future__ import annotations

import os
import subprocess
import sys

from . import _aot


def supervise(output: str, module: str) -> int:
    """Runs the training JVM, then moves its cache into place and prunes old caches."""
    key = output[: -len(".aot")]
    partial = f"{output}.{os.getpid()}.part"
    try:
        status = subprocess.run(
            [sys.executable, "-m", __spec__.name, "train", partial, module],
            stdin=subprocess.DEVNULL,
            timeout=_aot.TRAINING_TIMEOUT,
        ).returncode
        if status == 0 and os.path.isfile(partial):
            _aot.install(partial, output)
            _aot.remove_quietly(key + ".log")
            return 0
        print(f"pyjava: the AOT cache training ended with status {status} and no cache", flush=True)
        return 1
    except subprocess.TimeoutExpired:
        print(f"pyjava: the AOT cache training took more than {_aot.TRAINING_TIMEOUT} s", flush=True)
        return 1
    finally:
        _aot.remove_quietly(partial)
        _aot.remove_quietly(partial + ".config")  # the JVM's own temporary file, left when it failed
        _aot.remove_quietly(key + ".lock")


def train(output: str, module: str) -> None:
    """Imports ``module`` in a JVM that records an AOT cache, then ends it with System.exit."""
    import importlib

    import pyjava
    from pyjava import _jvm

    pyjava.configure(jvm_options=[f"-XX:AOTCacheOutput={output}"])
    importlib.import_module(module)
    _jvm.runtime().exit_jvm(0)  # the JVM writes the cache, then ends this process


if __name__ == "__main__":
    command, output_path, module_name = sys.argv[1:4]
    if command == "supervise":
        sys.exit(supervise(output_path, module_name))
    train(output_path, module_name)
    sys.exit("pyjava: the training JVM did not exit")
