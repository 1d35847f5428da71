"""pyjava gives the JVM -XX:+UseSystemMemoryBarrier only where the kernel offers membarrier."""

from pyjava import _config, _membarrier


def test_unknown_architecture_gets_no_option(monkeypatch):
    monkeypatch.setattr(_membarrier.platform, "machine", lambda: "sparc64")
    assert _membarrier.jvm_options() == ()


def test_kernel_without_private_expedited_membarrier_gets_no_option(monkeypatch):
    class Libc:
        @staticmethod
        def syscall(*args):
            return 1  # MEMBARRIER_CMD_GLOBAL only

    monkeypatch.setattr(_membarrier.platform, "machine", lambda: "x86_64")
    monkeypatch.setattr(_membarrier.sys, "platform", "linux")
    monkeypatch.setattr(_membarrier.ctypes, "CDLL", lambda *a, **k: Libc())
    assert _membarrier.jvm_options() == ()


def test_kernel_with_it_gets_the_option_before_the_users(monkeypatch):
    class Libc:
        @staticmethod
        def syscall(*args):
            return (1 << 3) | (1 << 4) | 1

    monkeypatch.setattr(_membarrier.platform, "machine", lambda: "aarch64")
    monkeypatch.setattr(_membarrier.sys, "platform", "linux")
    monkeypatch.setattr(_membarrier.ctypes, "CDLL", lambda *a, **k: Libc())
    settings = _config.Settings((), ("-XX:-UseSystemMemoryBarrier",), None, None)
    arguments = settings.jvm_arguments()
    assert arguments.index(_membarrier.OPTION) < arguments.index("-XX:-UseSystemMemoryBarrier")
