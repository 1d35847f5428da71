#!/usr/bin/env bash
# Runs every Python suite against the built classes on every test interpreter this machine has
# (tools/pythons.sh --list names them: the system's python3 and /usr/bin/python3, pyenv's 3.12
# and 3.13, and the ones tools/pythons.sh built into its cache), never stopping at a failing
# suite, then prints one line per interpreter and exits 1 if any suite failed. Maven runs it in
# the integration-test phase, with PYJAVA_CLASSPATH naming the built classes.
#
# PYJAVA_TEST_PYTHONS="python3 3.14" runs only the named interpreters (names as --list gives
# them); free-threaded builds run every suite like the others. With CI set, an interpreter the
# matrix lacks is reported loudly.
set -uo pipefail
examples=$(cd "$(dirname "$0")/../../.." && pwd)
repository=$(dirname "$examples")
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# One summary line per interpreter, and whether anything failed.
summary=()
failed=0

# The counts pytest or unittest printed last, e.g. "12 passed, 1 skipped" or "29 passed".
counts() {
  local log=$1 line
  line=$(grep -E '^=*[ ]*[0-9]+ (passed|failed|errors?|skipped|deselected)' "$log" | tail -n 1 |
    sed -E 's/^=+ //; s/ in [0-9.]+s.*$//')
  if [ -z "$line" ] && grep -qE '^Ran [0-9]+ tests?' "$log"; then
    line="$(grep -E '^Ran [0-9]+ tests?' "$log" | tail -n 1 | awk '{ print $2 }') run, $(tail -n 1 "$log")"
  fi
  echo "${line:-no test count (crashed?)}"
}

# Runs one suite: the name it has in the summary, its folder, the command; records the outcome.
run_suite() {
  local label=$1 folder=$2 log=$logs/suite.log
  shift 2
  (cd "$folder" && "$@") 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  if [ "$status" -ne 0 ]; then
    failed=1
    line="$line; $label FAILED ($(counts "$log"))"
  else
    line="$line; $label: $(counts "$log")"
  fi
}

# Runs every suite on one interpreter.
run_interpreter() {
  local name=$1 python=$2 version build
  read -r version build < <("$python" -c 'import platform, sysconfig
print(platform.python_version(), "free-threaded" if sysconfig.get_config_var("Py_GIL_DISABLED") else "default")')
  line="$name: CPython $version $build"
  echo "=== Python tests with $name ($python, $version $build)"
  if ! "$python" -c 'import pytest' 2>/dev/null; then
    # The examples' suite is plain unittest; python/tests needs pytest.
    echo "pytest is missing for $python (tools/pythons.sh gives it to the test interpreters; apt-get install python3-pytest for Debian's)"
    line="$line; python/tests not run: no pytest"
    run_suite examples "$examples/src/test/python" "$python" -m unittest discover -s . -t .
    return
  fi
  # Each suite runs in a python of its own: python/tests needs a process whose JVM has not
  # started, while the examples' suite starts it as it imports the modules.
  run_suite python/tests "$repository/python/tests" "$python" -m pytest -q -p no:cacheprovider .
  run_suite examples "$examples/src/test/python" "$python" -m pytest -q -p no:cacheprovider .
  # The numpy buffer tests, where numpy is installed (pyenv's python3, and Debian's once CI has
  # installed python3-numpy); the builds from source have no numpy to install.
  if "$python" -c 'import numpy' 2>/dev/null; then
    run_suite numpy "$examples/src/test/python" "$python" -m pytest -q -p no:cacheprovider \
      numpy_buffers.py
  else
    line="$line; numpy not run: no numpy"
  fi
  # The processor's .pyi stubs against the modules (mypy.stubtest) and a client (mypy), where
  # mypy is installed (Debian's python3 once CI has installed python3-mypy).
  if "$python" -c 'import mypy.stubtest' 2>/dev/null; then
    run_suite stubtest "$examples/src/test/python" "$python" -m pytest -q -p no:cacheprovider \
      stubs_check.py
  else
    line="$line; stubtest not run: no mypy"
  fi
  # The benchmark suite as a correctness test: every benchmark runs once, untimed, and checks
  # its counts. Only where pytest-benchmark is installed.
  if "$python" -c 'import pytest_benchmark' 2>/dev/null; then
    run_suite benchmarks "$examples/src/bench/python" "$python" -m pytest -q -p no:cacheprovider \
      --benchmark-disable --cold-samples=2 --bench-data="$examples/target/benchmark/data" .
  else
    line="$line; benchmarks not run: no pytest-benchmark"
  fi
}

seen=""
first_python=""
while IFS=$'\t' read -r name python why; do
  if [ -n "${PYJAVA_TEST_PYTHONS:-}" ]; then
    case " $PYJAVA_TEST_PYTHONS " in *" $name "* | *" ${name#pyenv } "*) ;; *) continue ;; esac
  fi
  if [ -n "$why" ]; then
    summary+=("$name: MISSING ($why)")
    if [ -n "${CI:-}" ]; then
      echo "MISSING test interpreter $name: its suites do not run ($why)" >&2
    fi
    continue
  fi
  real=$("$python" -c 'import os, sys; print(os.path.realpath(sys.executable))' 2>/dev/null) || real=$python
  case " $seen " in *" $real "*) continue ;; esac  # python3 on PATH may be one of the others
  seen="$seen $real"
  first_python=${first_python:-$python}
  run_interpreter "$name" "$python"
  summary+=("$line")
done < <("$repository/tools/pythons.sh" --list)

if [ -z "$seen" ]; then
  echo "no test interpreter found: install Python 3.11+ (or run tools/pythons.sh) to run the Python tests" >&2
  exit 1
fi
# The README's Maven snippets, built once with the machine's plain mvn (examples/src/test/snippet).
line="maven snippet"
run_suite "with $first_python" "$repository" bash "$examples/src/test/snippet/check.sh" "$first_python"
summary+=("$line")
echo "=== Python tests, per interpreter"
printf '%s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
  echo "=== some Python suites FAILED (see above)"
fi
exit "$failed"
