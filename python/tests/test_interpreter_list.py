"""tools/pythons.sh --list: the test runner's list of interpreters names every missing one, with why."""

import os
import subprocess

from support import REPOSITORY, child_environment, describe

SCRIPT = os.path.join(REPOSITORY, "tools", "pythons.sh")


def listed(cache):
    result = subprocess.run([SCRIPT, "--list"], env=child_environment(PYJAVA_PYTHONS=str(cache)),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, describe(result)
    return {name: (path, why) for name, path, why in (line.split("\t") for line in result.stdout.splitlines())}


def test_every_interpreter_the_cache_lacks_is_listed_with_the_reason(tmp_path):
    (tmp_path / "3.15.status").write_text("failed: no verified source served: 3.15.2-1(not served)\n")
    half_built = tmp_path / "3.14" / "bin"
    half_built.mkdir(parents=True)
    (half_built / "python3").write_text("")
    (half_built / "python3").chmod(0o755)  # installed, but the build never said it completed
    interpreters = listed(tmp_path)
    assert {"3.13", "3.14", "3.15", "3.13t", "3.14t"} <= interpreters.keys()
    assert interpreters["3.15"] == (str(tmp_path / "3.15" / "bin" / "python3"),
                                    "failed: no verified source served: 3.15.2-1(not served)")
    assert interpreters["3.14"][1] == "not built: run tools/pythons.sh"
    assert interpreters["3.13t"][1] == "not built: run tools/pythons.sh"


def test_a_completed_build_is_listed_as_there(tmp_path):
    (tmp_path / "3.13" / "bin").mkdir(parents=True)
    (tmp_path / "3.13" / "bin" / "python3").write_text("")
    (tmp_path / "3.13" / "bin" / "python3").chmod(0o755)
    (tmp_path / "3.13.status").write_text("built Python 3.13.15 from python3.13 3.13.15-1 in 951s, 323 MB\n")
    assert listed(tmp_path)["3.13"] == (str(tmp_path / "3.13" / "bin" / "python3"), "")
