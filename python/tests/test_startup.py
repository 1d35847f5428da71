"""Starting the JVM, in child processes: when it starts, what it is given, how failures read."""

import os
import zipfile

import pytest

from support import child_environment, describe, run_python


def test_unrelated_imports_do_not_start_the_jvm(jdk, marker_classpath):
    result = run_python("""
        import importlib.util, pyjava
        import json, xml.dom.minidom
        try:
            import not_there_at_all
        except ImportError:
            pass
        assert importlib.util.find_spec("fake_mod") is not None
        print(pyjava.jvm_started())
    """, env=child_environment(PYJAVA_CLASSPATH=marker_classpath))
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["False"]


_IMPORT_AND_SURVIVE = """
    import pyjava
    try:
        import fake_mod
    except pyjava.JavaImportError as error:
        print("JavaImportError:", error)
    print("alive, JVM started:", pyjava.jvm_started())
"""


def test_unknown_jvm_option_is_an_import_error_with_the_jvms_reason(jdk, marker_classpath):
    result = run_python(_IMPORT_AND_SURVIVE, env=child_environment(
        PYJAVA_CLASSPATH=marker_classpath, PYJAVA_JVM_OPTIONS="-XX:+NoSuchOptionAnywhere"))
    assert result.returncode == 0, describe(result)
    message, alive = result.stdout.splitlines()
    assert "Unrecognized VM option 'NoSuchOptionAnywhere'" in message
    assert "JNI_CreateJavaVM returned -6 (invalid arguments)" in message
    assert alive == "alive, JVM started: False"


@pytest.mark.parametrize("options, reason", [
    ("-Xms2g -Xmx1g", "Initial heap size set to a larger value than the maximum heap size"),
    ("-Xmx1k", "Too small maximum heap"),
    ("-javaagent:{missing}", "Error opening zip file or JAR manifest missing : {missing}"),
    ("--add-opens=java.base", "Unable to parse --add-opens"),
    ("-XX:+UseSerialGC -XX:+UseG1GC", "Multiple garbage collectors selected"),
])
def test_options_the_jvm_refuses_are_an_import_error_not_an_exit(jdk, marker_classpath, tmp_path, options, reason):
    """The JVM would call exit(1) inside JNI_CreateJavaVM; the process survives with the JVM's words."""
    missing = str(tmp_path / "nope.jar")
    result = run_python(_IMPORT_AND_SURVIVE, env=child_environment(
        PYJAVA_CLASSPATH=marker_classpath, PYJAVA_JVM_OPTIONS=options.format(missing=missing)))
    assert result.returncode == 0, describe(result)
    message, alive = result.stdout.splitlines()  # nothing else on stdout
    assert message.startswith("JavaImportError: pyjava: the JVM of"), message
    assert reason.format(missing=missing) in message
    assert "exit status 1" in message
    assert alive == "alive, JVM started: False"


@pytest.mark.parametrize("collector, reported", [
    ("G1", "Using G1"), ("Parallel", "Using Parallel"), ("Z", "Using The Z Garbage Collector"),
    ("Shenandoah", "Using Shenandoah")])
@pytest.mark.parametrize("variable", ["PYJAVA_JVM_OPTIONS", "JAVA_TOOL_OPTIONS"])
def test_a_chosen_collector_replaces_the_default(jdk, empty_classpath, collector, reported, variable):
    result = run_python(f"""
        import pyjava, jvm_workload
        from pyjava import _jvm
        pyjava.configure(classpath=[{empty_classpath!r}], jvm_options=["-Xlog:gc:stderr"])
        print([option for option in _jvm.runtime().jvm_options if "GC" in option or "NewSize" in option])
        print(jvm_workload.system_property("java.vm.name"))
    """, env=child_environment(**{variable: f"-XX:+Use{collector}GC"}))
    assert result.returncode == 0, describe(result)
    chosen, _ = result.stdout.splitlines()
    assert chosen == ("[]" if variable == "JAVA_TOOL_OPTIONS" else repr([f"-XX:+Use{collector}GC"]))
    assert reported in result.stderr, describe(result)


def test_the_jvms_own_messages_go_to_stderr_not_stdout(jdk, empty_classpath, tmp_path):
    result = run_python(f"""
        import pyjava
        from pyjava import _jvm
        pyjava.configure(classpath=[{empty_classpath!r}], jvm_options=["-XX:AOTCache={tmp_path / 'none.aot'}"])
        _jvm.runtime()
        print("started")
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout == "started\n"
    assert "[error][aot]" in result.stderr  # the JVM's complaint about the missing cache


def test_jvm_gets_classpath_and_options(jdk, empty_classpath, tmp_path):
    """The JVM sees the classpath and the user's options (read back through a system property)."""
    jar_folder = tmp_path / "jars"
    jar_folder.mkdir()
    zipfile.ZipFile(jar_folder / "lib.jar", "w").close()  # an empty jar
    result = run_python(f"""
        import pyjava, jvm_workload
        from pyjava import _jvm
        pyjava.configure(classpath=[{empty_classpath!r}, {str(jar_folder / "*")!r}], jvm_options=["-Dpyjava.test=from-configure"])
        runtime = _jvm.runtime()
        print(runtime.settings.jvm_arguments())
        print(jvm_workload.system_property("java.class.path"))
        print(jvm_workload.system_property("pyjava.test"))
        print(jvm_workload.system_property("sun.java.launcher"))
    """)
    assert result.returncode == 0, describe(result)
    arguments, classpath, property_value, launcher = result.stdout.splitlines()
    assert classpath == os.pathsep.join([empty_classpath, str(jar_folder / "lib.jar")])
    assert property_value == "from-configure"
    assert "-Xrs" in arguments
    assert launcher == "None"  # started through the invocation API, not the java launcher


def test_configure_after_start_is_refused(jdk, empty_classpath):
    result = run_python(f"""
        import pyjava
        from pyjava import _jvm
        pyjava.configure(classpath=[{empty_classpath!r}])
        _jvm.runtime()
        try:
            pyjava.configure(classpath=[{empty_classpath!r}])
        except pyjava.JavaImportError as error:
            print(error)
    """)
    assert result.returncode == 0, describe(result)
    assert "the JVM already started" in result.stdout, describe(result)


def test_jvm_started_in_a_thread_serves_other_threads(jdk, empty_classpath):
    """The thread that starts the JVM may end; later JNI use attaches the calling thread."""
    result = run_python(f"""
        import threading
        import pyjava, jvm_workload
        pyjava.configure(classpath=[{empty_classpath!r}])
        results = []
        starter = threading.Thread(target=lambda: results.append(len(jvm_workload.stack_overflows(1))))
        starter.start(); starter.join()
        workers = [threading.Thread(target=lambda: results.append(len(jvm_workload.stack_overflows(1)))) for _ in range(3)]
        for worker in workers: worker.start()
        for worker in workers: worker.join()
        results.append(len(jvm_workload.stack_overflows(1)))
        print(results)
    """)
    assert result.returncode == 0, describe(result)
    assert result.stdout.strip() == "[1, 1, 1, 1, 1]"


def test_jvm_started_by_someone_else(jdk, marker_classpath):
    result = run_python(f"""
        import ctypes
        import pyjava
        from pyjava import _jni
        status, vm = _jni.create_java_vm(ctypes.CDLL({jdk.libjvm!r}), ["-Xrs"])
        assert vm is not None, status
        try:
            import fake_mod
        except pyjava.JavaImportError as error:
            print(error)
    """, env=child_environment(PYJAVA_CLASSPATH=marker_classpath, PYJAVA_JAVA_HOME=jdk.home))
    assert result.returncode == 0, describe(result)
    assert "another JVM already runs in this process" in result.stdout, describe(result)


def test_missing_runtime_reports_the_java_exception_chain(jdk, marker_classpath):
    result = run_python("""
        import pyjava
        try:
            import fake_mod
        except pyjava.JavaImportError as error:
            print(error)
        print(pyjava.jvm_started())
    """, env=child_environment(PYJAVA_CLASSPATH=marker_classpath))
    assert result.returncode == 0, describe(result)
    message, started = result.stdout.splitlines()
    assert (
        "(java.lang.NoClassDefFoundError: dev/pyjava/runtime/cpython/PythonHost; caused by: "
        "java.lang.ClassNotFoundException: dev.pyjava.runtime.cpython.PythonHost)" in message
    )
    assert "Put the pyjava runtime (its jar or runtime/target/classes) on the classpath" in message
    assert started == "True"


def test_a_text_file_named_jar_is_reported_as_not_a_jar(jdk, marker_classpath, tmp_path):
    text = tmp_path / "x.jar"
    text.write_text("not a zip archive\n")
    result = run_python(_IMPORT_AND_SURVIVE, env=child_environment(
        PYJAVA_CLASSPATH=os.pathsep.join([marker_classpath, str(text)])))
    assert result.returncode == 0, describe(result)
    message, alive = result.stdout.splitlines()
    assert f"classpath entries are not jars (not zip archives, or damaged): {text} (from PYJAVA_CLASSPATH)" in message
    assert alive == "alive, JVM started: False"
    assert result.stderr == ""
