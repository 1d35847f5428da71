"""Which interpreters pyjava runs on, and how it refuses the others, in child processes."""

from support import describe, run_python


def test_every_module_of_pyjava_imports_first_in_a_fresh_interpreter():
    # 3.12's platform probes _wmi at its top level: the probe reached the import hook while
    # pyjava._config was half loaded, and the hook's own use of it was an AttributeError.
    result = run_python("""
        import importlib, pkgutil, pyjava
        for module in pkgutil.iter_modules(pyjava.__path__):
            importlib.import_module("pyjava." + module.name)
        print("imported")
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["imported"]


def test_an_optional_module_probed_while_pyjava_loads_is_simply_absent():
    # The same trap on any version: a finder ahead of pyjava's probes a missing module as soon
    # as pyjava._config, half loaded, imports its first module (as 3.12's platform does).
    result = run_python("""
        import sys
        import pyjava

        class ProbingFinder:
            probed = []

            @classmethod
            def find_spec(cls, name, path=None, target=None):
                if "pyjava._config" in sys.modules and not cls.probed:
                    cls.probed.append(name)
                    try:
                        import _pyjava_test_no_such_optional_module
                    except ImportError:
                        pass
                return None

        sys.meta_path.insert(0, ProbingFinder)
        from pyjava import _config
        print(len(ProbingFinder.probed), _config.Arguments())
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["1", "Arguments(classpath=(),", "jvm_options=(),", "java_home=None)"]
