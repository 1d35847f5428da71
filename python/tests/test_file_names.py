"""While the JVM starts, only the starting thread's LC_CTYPE becomes UTF-8, and only for it."""

from support import child_environment, describe, run_python

SCRIPT = """
import locale, sys, threading
from pyjava._file_names import python_file_names

def codeset():
    return locale.nl_langinfo(locale.CODESET)

other = []
before = codeset()
with python_file_names():
    inside = codeset()
    thread = threading.Thread(target=lambda: other.append(codeset()))
    thread.start()
    thread.join()
print(before, inside, other[0], codeset())
"""


def test_c_locale_gets_utf8_on_the_starting_thread_only_and_back_after():
    for name in ("C", "POSIX"):
        result = run_python(SCRIPT, env=child_environment(LC_ALL=name))
        assert result.returncode == 0, describe(result)
        assert result.stdout.split() == ["ANSI_X3.4-1968", "UTF-8", "ANSI_X3.4-1968", "ANSI_X3.4-1968"]


def test_utf8_locale_and_python_without_utf8_names_are_left_alone():
    for env in (child_environment(LC_ALL="C.UTF-8"), child_environment(LC_ALL="C", PYTHONUTF8="0")):
        result = run_python(SCRIPT, env=env)
        assert result.returncode == 0, describe(result)
        before, inside, other, after = result.stdout.split()
        assert before == inside == other == after, describe(result)
