"""One cold-start sample: a fresh python that imports a word-count module, times its first calls,
then its per-call costs, and prints what it measured as one JSON line.

    python3 coldstart.py MODULE PATH

``MODULE`` is ``word_count`` (pyjava's: ``pyjava`` is imported first, inside the timed import)
or a peer's name. :func:`sample` runs it in a child and adds the whole process's wall time.
Only the standard library is imported before the timed import, so nothing warms the module.
"""

import json
import os
import subprocess
import sys
import time

# Timed calls of each search in a fresh process, and the searches in the order they are called.
FIRST_CALLS = 10
SEARCHES = ("search", "search_sequential")

# Per call: the calls timed (loop cost subtracted, as timeit/pyperf users compare), how many
# calls a loop makes and how many loops (the fastest counts, once the JIT has compiled the call:
# 7 loops were not enough for pyjava's). 3 × 20 × 100,000 calls: the RSS after them is "after
# 10⁶ calls".
CALLS = (("noop", "f()"), ("ident", "f(5)"), ("count_line", "f('Is this (is) the line? It is!!', 'is')"))
CALL_LOOP = 100_000
CALL_LOOPS = 20

PYJAVA_MODULE = "word_count"


def resident_bytes():
    """This process's resident set size (VmRSS), in bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise OSError("no VmRSS in /proc/self/status")


def per_call_seconds(function, statement):
    """The fastest loop's time per call of ``statement``, minus an empty loop's."""
    import timeit

    def fastest(code, names):
        return min(timeit.Timer(code, globals=names).repeat(CALL_LOOPS, CALL_LOOP)) / CALL_LOOP

    return max(0.0, fastest(statement, {"f": function}) - fastest("pass", {}))


def measure(module_name, path):
    """Everything one fresh process measures, as a dict (times in seconds)."""
    before = resident_bytes()
    started = time.perf_counter()
    if module_name == PYJAVA_MODULE:
        import pyjava  # noqa: F401  (the import hook; its cost belongs to the import)
    module = __import__(module_name)
    imported = time.perf_counter()
    found = {"import": imported - started, "rss_before": before}
    for name in SEARCHES:
        function, times, counts = getattr(module, name), [], set()
        for _ in range(FIRST_CALLS):
            call = time.perf_counter()
            counts.add(function(path, "is"))
            times.append(time.perf_counter() - call)
        found[name] = times
        found[name + "_counts"] = sorted(counts)
    found["calls_end"] = time.perf_counter()  # on CLOCK_MONOTONIC, which the parent shares
    found["rss_after_calls"] = resident_bytes()
    found["per_call"] = {name: per_call_seconds(getattr(module, name), code) for name, code in CALLS}
    found["rss_after_million"] = resident_bytes()
    return found


def sample(module_name, path, env, timeout=300):
    """Runs one fresh process of ``module_name`` and returns its measures, with ``process``: the
    wall time from starting python to the end of its first calls. Raises ``RuntimeError`` when
    the child fails."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, os.path.abspath(__file__), module_name, path],
        env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the cold-start child of {module_name} failed ({result.returncode}):\n{result.stderr}")
    found = json.loads(result.stdout.splitlines()[-1])
    found["process"] = found["calls_end"] - started
    return found


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], sys.argv[2])))
