"""A Python user's script: start python, import, call a few times, exit. Each sample is a new
process (coldstart.py), pyjava's and each peer's in turn, so that the machine's drift is shared.

pyjava's first process trains its AOT cache (in the data folder, as a user's first run trains
one in their cache folder); the samples after it start with the cache, as every later run does.
"""

import os
import time

import inputs
from coldstart import FIRST_CALLS, PYJAVA_MODULE, SEARCHES, sample
from implementations import PYJAVA_NAME
from measure import label
from paths import PYJAVA

# The longest the first process's AOT cache training may take on a busy machine.
TRAINING_WAIT = 300


def _environment(pytestconfig, cache_folder):
    env = dict(os.environ)
    classpath = pytestconfig.getoption("cold_classpath")
    if classpath:
        env["PYJAVA_CLASSPATH"] = classpath
    env["PYJAVA_AOT_CACHE"] = cache_folder
    # Compiled bytecode, as an installed wheel has, kept in the data folder.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(os.path.dirname(cache_folder), "pycache")
    paths = [PYJAVA, *filter(None, pytestconfig.getoption("peer_path").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(os.path.abspath(p) for p in paths + [env.get("PYTHONPATH", "")] if p)
    return env


def _wait_for_training(folder):
    """True once the training the first process started has installed a cache; False when it
    failed, or when the set-up gets no cache (class folders on the classpath)."""
    deadline = time.monotonic() + TRAINING_WAIT
    while time.monotonic() < deadline:
        names = os.listdir(folder) if os.path.isdir(folder) else []
        if not any(name.endswith(".lock") for name in names):
            return any(name.endswith(".aot") for name in names)
        time.sleep(0.2)
    return False


def _module_name(implementation):
    return PYJAVA_MODULE if implementation.name == PYJAVA_NAME else implementation.module.__name__


def test_cold_start(benchmark, pytestconfig, all_implementations, text_files):
    text = inputs.SEED
    path = text_files(text)
    cache_folder = os.path.join(pytestconfig.getoption("bench_data"), "aot-cache")
    for name in os.listdir(cache_folder) if os.path.isdir(cache_folder) else ():
        os.remove(os.path.join(cache_folder, name))  # every run's first process trains anew
    env = _environment(pytestconfig, cache_folder)
    rounds = pytestconfig.getoption("cold_samples")

    def run():
        first = sample(PYJAVA_MODULE, path, env)
        trained = _wait_for_training(cache_folder)
        samples = {implementation.name: [] for implementation in all_implementations}
        for _ in range(rounds):
            for implementation in all_implementations:
                samples[implementation.name].append(sample(_module_name(implementation), path, env))
        return first, trained, samples

    label(benchmark, "cold start", PYJAVA_NAME, "process", text)
    first, trained, samples = benchmark.pedantic(run, rounds=1, iterations=1)
    benchmark.extra_info.update(first_process=first, aot_cache=trained, samples=samples)
    for found in [first, *(s for runs in samples.values() for s in runs)]:
        for name in SEARCHES:
            assert len(found[name]) == FIRST_CALLS
            assert found[name + "_counts"] == [text.expected()], name
