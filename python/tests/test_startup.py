"""Starting the JVM, in child processes: when it starts, what it is given, how failures read."""

import os

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


def test_unknown_jvm_option_is_an_import_error(jdk, marker_classpath):
    result = run_python("""
        import pyjava
        try:
            import fake_mod
        except pyjava.JavaImportError as error:
            print(error)
        print(pyjava.jvm_started())
    """, env=child_environment(PYJAVA_CLASSPATH=marker_classpath, PYJAVA_JVM_OPTIONS="-XX:+NoSuchOptionAnywhere"))
    assert result.returncode == 0, describe(result)
    message, started = result.stdout.splitlines()
    assert "the JVM of" in message and "did not start: JNI_CreateJavaVM returned -6 (invalid arguments)" in message
    assert "-XX:+NoSuchOptionAnywhere" in message
    assert "NoSuchOptionAnywhere" in result.stderr  # the JVM's own words
    assert started == "False"


def test_jvm_gets_classpath_and_options(jdk, empty_classpath, tmp_path):
    """The JVM sees the classpath and the user's options (read back through a system property)."""
    jar_folder = tmp_path / "jars"
    jar_folder.mkdir()
    (jar_folder / "lib.jar").write_bytes(b"")
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
