"""How the benchmarks time and label what they run."""

import threading

from inputs import NEEDLE

# Round counts: enough bytes per benchmark to take a stable minimum, at least a few rounds.
BYTES_PER_BENCHMARK = 400_000_000
MIN_ROUNDS = 3
MAX_ROUNDS = 30
PURE_PYTHON_ROUNDS = 5

# The longest any thread waits for the other at a barrier before the benchmark fails.
BARRIER_SECONDS = 120


def rounds_for(text):
    """How many timed rounds a search of ``text`` gets."""
    return max(MIN_ROUNDS, min(MAX_ROUNDS, BYTES_PER_BENCHMARK // text.size()))


def label(benchmark, measure, implementation, function, text=None, group=None):
    """Names what ``benchmark`` measures, for the report (``extra_info``) and the console."""
    benchmark.group = group or measure
    benchmark.extra_info.update(
        measure=measure, implementation=implementation, function=function,
    )
    if text is not None:
        benchmark.extra_info.update(text=text.name, text_label=text.label, bytes=text.size())


def search_timed(benchmark, function, path, text, rounds=None):
    """Times ``function(path, NEEDLE)`` and returns its count."""
    return benchmark.pedantic(
        function, args=(path, NEEDLE), rounds=rounds or rounds_for(text), warmup_rounds=1
    )


class TwoAtOnce:
    """Two threads, started once, that each call ``function(*args)`` every time :meth:`run` is
    called, released together by a barrier; :meth:`run` returns when both calls have returned.
    """

    def __init__(self, function, *args):
        self._function = function
        self._args = args
        self._start = threading.Barrier(3, timeout=BARRIER_SECONDS)
        self._done = threading.Barrier(3, timeout=BARRIER_SECONDS)
        self._results = [None, None]
        self._errors = [None, None]
        self._closing = False
        self._threads = [
            threading.Thread(target=self._work, args=(index,), daemon=True) for index in (0, 1)
        ]
        for thread in self._threads:
            thread.start()

    def _work(self, index):
        while True:
            self._start.wait()
            if self._closing:
                return
            try:
                self._results[index] = self._function(*self._args)
            except BaseException as error:  # handed to run(), which raises it
                self._errors[index] = error
            self._done.wait()

    def run(self):
        """Both calls at once; returns their two results."""
        self._start.wait()
        self._done.wait()
        for error in self._errors:
            if error is not None:
                raise error
        return tuple(self._results)

    def close(self):
        """Ends the two threads."""
        self._closing = True
        self._start.wait()
        for thread in self._threads:
            thread.join(BARRIER_SECONDS)
