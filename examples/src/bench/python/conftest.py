"""Options and shared fixtures of the benchmark suite.

    --peer NAME        another module with word_count's API, compared side by side (repeatable,
                       or comma-separated); the first peer is what ratios are taken to
    --peer-path DIRS   folders (os.pathsep-separated) to import peers from
    --bench-data DIR   where the generated texts go (made once, reused while whole)
    --bench-json PATH  pytest-benchmark's --benchmark-json, its folder made first
    --cold-classpath CP  pyjava's classpath in the cold-start processes (default: PYJAVA_CLASSPATH);
                       jars, as an installed wheel has, get an AOT cache
    --cold-samples N   fresh processes per implementation in the cold-start benchmark (10)
"""

import os
import sys
import tempfile

import pytest

import implementations
import inputs


def pytest_addoption(parser):
    group = parser.getgroup("pyjava benchmarks")
    group.addoption("--peer", action="append", default=[], help="module to compare with")
    group.addoption("--peer-path", default="", help="folders to import peers from")
    group.addoption(
        "--bench-data",
        default=os.path.join(tempfile.gettempdir(), "pyjava-bench-data"),
        help="folder for the generated texts",
    )
    group.addoption("--bench-json", help="write the results here (folders made as needed)")
    group.addoption("--cold-classpath", default="", help="pyjava's classpath in fresh processes")
    group.addoption("--cold-samples", type=int, default=10, help="fresh processes per implementation")


def pytest_configure(config):
    # Runs before pytest-benchmark's own pytest_configure (trylast), which takes the file.
    json_path = config.getoption("bench_json")
    if json_path:
        os.makedirs(os.path.dirname(os.path.abspath(json_path)), exist_ok=True)
        config.option.benchmark_json = open(json_path, "wb")  # noqa: SIM115 (closed by the plugin)
    for folder in reversed([f for f in config.getoption("peer_path").split(os.pathsep) if f]):
        sys.path.insert(0, os.path.abspath(folder))
    names = [n.strip() for value in config.getoption("peer") for n in value.split(",")]
    try:
        peers = [implementations.peer(name) for name in names if name]
    except ValueError as error:
        raise pytest.UsageError(str(error)) from None
    config.pyjava_implementations = [implementations.pyjava_word_count()] + peers


def pytest_generate_tests(metafunc):
    if "implementation" in metafunc.fixturenames:
        found = metafunc.config.pyjava_implementations
        metafunc.parametrize("implementation", found, ids=[i.name for i in found])


@pytest.fixture(scope="session")
def all_implementations(pytestconfig):
    """pyjava's word_count first, then the peers in the order given."""
    return pytestconfig.pyjava_implementations


@pytest.fixture(scope="session")
def first_peer(all_implementations):
    """What ratios are taken to: the first peer, else pyjava itself."""
    return all_implementations[1] if len(all_implementations) > 1 else all_implementations[0]


@pytest.fixture(scope="session")
def text_files(pytestconfig):
    """``text_files(text)``: the path of a generated text, written at most once per session."""
    folder = pytestconfig.getoption("bench_data")
    written = {}

    def path(text):
        if text not in written:
            written[text] = inputs.write(text, folder)
        return written[text]

    return path



def pytest_benchmark_update_json(config, benchmarks, output_json):
    """Tells the report which implementations ran, in order (the first peer is second)."""
    output_json["pyjava"] = {
        "implementations": [i.name for i in config.pyjava_implementations],
        "needle": inputs.NEEDLE,
    }
