"""The .pyi stubs the processor writes match the modules pyjava imports (mypy.stubtest), and mypy
checks a client against them. mypy is not on every interpreter this project tests, so run-all.sh
runs this file as a suite of its own wherever mypy.stubtest imports."""

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import javamodules
import mypy.api  # noqa: F401  (the suite needs mypy)

STUBS = os.path.join(javamodules.EXAMPLES, "target", "classes", "META-INF", "pyjava", "stubs")
MODULES = sorted(os.path.basename(p)[: -len(".pyi")] for p in glob.glob(os.path.join(STUBS, "*.pyi")))
# The runtime gives a constructor of no parameters the signature (self, /, *args, **kwargs).
ALLOWLIST = ["shapes.Drawing.__init__"]
RUN_STUBTEST = (
    "import sys, pyjava; from mypy.stubtest import main; sys.argv[0] = 'stubtest'; sys.exit(main())"
)


def stubtest(folder, modules):
    allow = os.path.join(folder, "allowlist.txt")
    with open(allow, "w") as f:
        f.write("\n".join(ALLOWLIST) + "\n")
    env = dict(os.environ, MYPYPATH=folder, PYTHONPATH=os.path.join(javamodules.REPOSITORY, "python"))
    return subprocess.run(
        [sys.executable, "-c", RUN_STUBTEST, "--allowlist", allow, *modules],
        env=env, capture_output=True, text=True, cwd=folder, timeout=600)


def mypy_check(folder, source):
    client = os.path.join(folder, "client.py")
    with open(client, "w") as f:
        f.write(source)
    env = dict(os.environ, MYPYPATH=folder)
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--strict", client],
        env=env, capture_output=True, text=True, cwd=folder, timeout=600)


class Stubs(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.folder)
        for name in MODULES:
            shutil.copy(os.path.join(STUBS, name + ".pyi"), self.folder)

    def test_every_example_module_has_a_stub(self):
        for name in ("counters", "gil", "shapes", "vectors", "word_count"):
            self.assertIn(name, MODULES)

    def test_stubtest_passes_for_every_example_module(self):
        run = stubtest(self.folder, MODULES)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)

    def test_stubtest_fails_on_a_wrong_stub(self):
        path = os.path.join(self.folder, "counters.pyi")
        with open(path) as f:
            text = f.read()
        wrong = text.replace("def add(self, step: int)", "def add(self, steps: int)")
        self.assertNotEqual(wrong, text)
        with open(path, "w") as f:
            f.write(wrong)
        run = stubtest(self.folder, ["counters"])
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("counters.Counter.add", run.stdout)

    def test_mypy_accepts_a_right_client(self):
        run = mypy_check(self.folder, (
            "import counters, shapes\n"
            "c = counters.Counter(3)\n"
            "n: int = c.add(2)\n"
            "area: float = shapes.Circle(1.0).area()\n"
            "with shapes.Drawing() as d:\n"
            "    d.add(shapes.Circle(2.0))\n"
            "    k: int = len(d)\n"))
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)

    def test_mypy_refuses_a_wrong_call(self):
        run = mypy_check(self.folder, "import counters\ncounters.Counter(3).add('two')\n")
        self.assertNotEqual(run.returncode, 0)
        self.assertIn('Argument 1 to "add" of "Counter" has incompatible type "str"; expected "int"',
                      run.stdout)


if __name__ == "__main__":
    unittest.main()
