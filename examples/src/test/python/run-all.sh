#!/usr/bin/env bash
# Runs every Python test against the built classes, with each Python 3 this machine has: the
# python3 on PATH, and Debian's /usr/bin/python3 when that is another interpreter. Maven runs it
# in the integration-test phase, with PYJAVA_CLASSPATH naming the built classes.
set -euo pipefail
examples=$(cd "$(dirname "$0")/../../.." && pwd)
repository=$(dirname "$examples")
# Each suite runs in a python of its own: python/tests needs a process whose JVM has not started,
# while the examples' suite starts it as it imports the modules.
suites=("$repository/python/tests" "$examples/src/test/python")

interpreters=()
seen=""
for candidate in python3 /usr/bin/python3; do
  command -v "$candidate" >/dev/null 2>&1 || continue
  real=$("$candidate" -c 'import os, sys; print(os.path.realpath(sys.executable))')
  case " $seen " in *" $real "*) continue ;; esac
  seen="$seen $real"
  interpreters+=("$candidate")
done
if [ ${#interpreters[@]} -eq 0 ]; then
  echo "no python3 found: install Python 3.11+ to run the Python tests" >&2
  exit 1
fi

for python in "${interpreters[@]}"; do
  echo "=== Python tests with $python ($("$python" --version 2>&1))"
  if "$python" -c 'import pytest' 2>/dev/null; then
    for suite in "${suites[@]}"; do
      (cd "$suite" && "$python" -m pytest -q -p no:cacheprovider .)
    done
  else
    # Without pytest (Debian's python3 has none unless python3-pytest is installed), the
    # examples' suite still runs: it is plain unittest. python/tests needs pytest.
    echo "pytest is missing for $python: running only the unittest suite (apt-get install python3-pytest for all)"
    (cd "$examples/src/test/python" && "$python" -m unittest discover -s . -t .)
  fi
  # The benchmark suite as a correctness test: every benchmark runs once, untimed, and checks its
  # counts. Only where pytest-benchmark is installed.
  if "$python" -c 'import pytest_benchmark' 2>/dev/null; then
    (cd "$examples/src/bench/python" &&
      "$python" -m pytest -q --benchmark-disable --bench-data="$examples/target/benchmark/data" .)
  else
    echo "pytest-benchmark is missing for $python: not checking the benchmark suite"
  fi
done
