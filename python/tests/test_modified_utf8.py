"""Java hands strings to JNI callers in "modified UTF-8"."""

from pyjava._jni import decode_modified_utf8


def test_plain_text():
    assert decode_modified_utf8("Grüße, 世界".encode()) == "Grüße, 世界"


def test_nul_is_two_bytes():
    assert decode_modified_utf8(b"a\xc0\x80b") == "a\x00b"


def test_supplementary_character_is_a_surrogate_pair():
    # U+1F600 as Java writes it: D83D and DE00, each as three bytes
    assert decode_modified_utf8(b"\xed\xa0\xbd\xed\xb8\x80!") == "\U0001F600!"


def test_invalid_bytes_are_replaced_not_raised():
    assert decode_modified_utf8(b"ok\xff") == "ok\ufffd"
