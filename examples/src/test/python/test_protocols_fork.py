"""In a forked child, no protocol slot of a @PyClass type enters Java: repr, hash, comparisons,
len, items, in, calls, truth, operators, iteration (also over a Java iterator made before the
fork) and with all raise the fork error, also through slot wrappers fetched before the fork."""

import os
import subprocess
import sys
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
FORKED = "pyjava: this process was forked from one running a JVM, and a JVM does not survive fork"

CHILD = textwrap.dedent(
    """
    import os, sys, warnings
    from javamodules import pyjava_probes
    import pyjava_protocols as p
    warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork() of a multi-threaded process

    v, w, rank, plain = p.Version(1, 2), p.Version(1, 3), p.Rank(1), p.Plain()
    bag, vec, countdown, resource = p.Bag(), p.Vec(1, 2), p.Countdown(3), p.Resource()
    bag("a")
    shelf = p.Shelf()
    shelf.put(v)
    items = iter(shelf)
    length, less, init = p.Bag.__len__, p.Version.__lt__, p.Vec.__init__
    print(repr(v), len(bag), next(countdown), flush=True)

    pid = os.fork()
    if pid == 0:
        calls = {
            "repr": lambda: repr(v), "str": lambda: str(vec), "hash": lambda: hash(v),
            "eq": lambda: v == w, "ne": lambda: v != w, "lt": lambda: v < w, "ge": lambda: v >= w,
            "comparable hash": lambda: hash(rank), "len": lambda: len(bag),
            "getitem": lambda: bag["a"], "setitem": lambda: bag.__setitem__("b", 1),
            "delitem": lambda: bag.__delitem__("a"), "contains": lambda: "a" in bag,
            "call": lambda: bag("c"), "bool": lambda: bool(bag), "add": lambda: vec + vec,
            "sub": lambda: vec - vec, "mul": lambda: vec * 2, "truediv": lambda: vec / 2,
            "neg": lambda: -vec, "iter": lambda: iter(bag), "next": lambda: next(countdown),
            "java iterator": lambda: next(items), "enter": lambda: resource.__enter__(),
            "exit": lambda: resource.__exit__(None, None, None),
            "held len wrapper": lambda: length(bag), "held lt wrapper": lambda: less(v, w),
            "held init wrapper": lambda: init(vec, 1, 2),
        }
        for name, call in calls.items():
            try:
                print(name, "returned", call(), flush=True)
            except BaseException as error:
                print(name, type(error).__name__, str(error).startswith(MESSAGE), flush=True)
        print("plain", repr(plain).startswith("<pyjava_protocols.Plain object"), flush=True)
        sys.exit(0)
    _, status = os.waitpid(pid, 0)
    print("child exit", os.waitstatus_to_exitcode(status), "parent", repr(v), len(bag), flush=True)
    """
).replace("MESSAGE", repr(FORKED))

NAMES = ["repr", "str", "hash", "eq", "ne", "lt", "ge", "comparable hash", "len", "getitem",
         "setitem", "delitem", "contains", "call", "bool", "add", "sub", "mul", "truediv", "neg",
         "iter", "next", "java iterator", "enter", "exit", "held len wrapper", "held lt wrapper",
         "held init wrapper"]


class ForkedChild(unittest.TestCase):
    def test_a_forked_child_never_enters_java_through_a_slot(self):
        result = subprocess.run(
            [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300, cwd=HERE,
            env=dict(os.environ, PYTHONPATH=HERE),
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0], "Version(1, 2) 1 3", result.stderr)
        self.assertEqual(lines[1:-2], [f"{name} RuntimeError True" for name in NAMES], result.stderr)
        self.assertEqual(lines[-2:], ["plain True", "child exit 0 parent Version(1, 2) 1"],
                         result.stderr)


if __name__ == "__main__":
    unittest.main()
