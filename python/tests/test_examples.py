"""The repository's example modules, once Maven built them (skipped until then)."""

from support import child_environment, describe, run_python


def test_word_count_search(built_classpath, tmp_path):
    text = tmp_path / "text.txt"
    text.write_text("the cat saw the dog\nthen the end\n")
    result = run_python(f"""
        import pyjava, word_count
        print(word_count.search({str(text)!r}, "the"))
    """, env=child_environment(PYJAVA_CLASSPATH=built_classpath))
    assert result.returncode == 0, describe(result)
    assert result.stdout.split() == ["3"]


def test_markers_match_what_java_provides(built_classpath):
    """Each marker the processor wrote names a module the Java side can create, and back."""
    result = run_python("""
        import pyjava
        from pyjava import _jvm, _markers
        print(sorted(_markers.module_names(_jvm.classpath())))
        print(sorted(pyjava.java_modules()))
    """, env=child_environment(PYJAVA_CLASSPATH=built_classpath))
    assert result.returncode == 0, describe(result)
    markers, provided = result.stdout.splitlines()
    assert markers == provided
    assert "'word_count'" in markers and "'gil'" in markers
