"""The cold-start benchmark's tables, chart bars and targets (see bench_coldstart.py).

A figure of an implementation is the median over its processes of that process's figure: its
first call, the median or the worst of its calls 2 to 10, its per-call cost, the resident memory
it added. The spread of a per-call cost is its slowest process's over its fastest's.
"""

from statistics import median

from coldstart import CALL_LOOP, CALL_LOOPS, FIRST_CALLS, SEARCHES
from implementations import PYJAVA_NAME, STYLE

MEASURE = "cold start"
PER_CALL = ("noop", "ident", "count_line")
LATER = f"calls 2–{FIRST_CALLS}"

# pyjava's figure over the first peer's, at most (or an absolute bound), for each target.
FIRST_CALL_RATIOS = (("search", 3.0), ("search_sequential", 2.0))
LATER_RATIOS = (("search", 1.0, 1.5), ("search_sequential", 1.0, None))  # median, worst
PROCESS_SECONDS, PROCESS_RATIO = 0.35, 3.0
PER_CALL_RATIOS = (("noop", 1.25), ("ident", 1.3), ("count_line", 1.2))
SPREAD = ("ident", 1.3)
ADDED_MB = 40


class ColdStart:
    """The samples of one cold-start run, by implementation, in the run's order."""

    def __init__(self, row):
        self.samples = row["samples"]
        self.first_process = row["first_process"]
        self.aot_cache = row["aot_cache"]
        self.label = row["text_label"]

    def names(self):
        return list(self.samples)

    def processes(self, name):
        return len(self.samples[name])

    def figure(self, name, of):
        """The median over ``name``'s processes of ``of(sample)``."""
        return median(of(sample) for sample in self.samples[name])

    def spread(self, name, function):
        costs = [sample["per_call"][function] for sample in self.samples[name]]
        return max(costs) / min(costs) if min(costs) > 0 else float("inf")


def first_call(function):
    return lambda sample: sample[function][0]


def later_median(function):
    return lambda sample: median(sample[function][1:])


def later_worst(function):
    return lambda sample: max(sample[function][1:])


def added_mb(sample):
    return (sample["rss_after_million"] - sample["rss_before"]) / 1e6


def per_call(function):
    return lambda sample: sample["per_call"][function]


def find(results):
    """The run's cold-start samples, or None when the benchmark did not run."""
    row = next((row for row in results.rows if row["measure"] == MEASURE), None)
    return ColdStart(row) if row else None


def _ms(seconds):
    return f"{seconds * 1e3:,.1f}"


def _calls_cells(of_sample, function):
    return [_ms(of_sample(first_call(function))),
            f"{_ms(of_sample(later_median(function)))} / {_ms(of_sample(later_worst(function)))}"]


def sections(results, table):
    """The Markdown of the cold-start tables, or None."""
    cold = find(results)
    if cold is None:
        return None
    header = ["implementation", "processes", "import ms", "`search` call 1 ms",
              f"`search` {LATER}: median / worst ms", "`search_sequential` call 1 ms",
              f"`search_sequential` {LATER}: median / worst ms", "process s", "memory added MB"]
    rows = []
    first = cold.first_process

    def of_first(of):
        return of(first)

    rows.append([f"{PYJAVA_NAME}, first process (trains the AOT cache)", 1, _ms(first["import"]),
                 *_calls_cells(of_first, "search"), *_calls_cells(of_first, "search_sequential"),
                 f"{first['process']:.2f}", f"{added_mb(first):.0f}"])
    for name in cold.names():
        def of_sample(of, name=name):
            return cold.figure(name, of)

        rows.append([name, cold.processes(name), _ms(of_sample(lambda s: s["import"])),
                     *_calls_cells(of_sample, "search"), *_calls_cells(of_sample, "search_sequential"),
                     f"{of_sample(lambda s: s['process']):.2f}", f"{of_sample(added_mb):.0f}"])
    cache = "with its AOT cache" if cold.aot_cache else "without an AOT cache (none was made)"
    first_table = (
        f"**First calls in a fresh process**, {cold.label}: each process imports the module, then "
        f"calls `search` {FIRST_CALLS} times and `search_sequential` {FIRST_CALLS} times; the "
        f"implementations take turns, process by process. Medians over the processes; pyjava's "
        f"processes after its first start {cache}. Process: from starting python to the last "
        "of those calls. Memory: resident memory added by the import and over 10⁶ calls.\n\n"
        + table(header, rows)
    )
    call_rows = []
    for function in PER_CALL:
        for name in cold.names():
            call_rows.append([f"`{function}`", name, f"{cold.figure(name, per_call(function)) * 1e9:,.0f}",
                              f"{cold.spread(name, function):.2f}"])
    calls_table = (
        f"**Per call in fresh processes**: the fastest of {CALL_LOOPS} loops of {CALL_LOOP:,} calls, minus an empty "
        "loop's time, in each process; the median, and the slowest process over the fastest.\n\n"
        + table(["call", "implementation", "ns/call", "slowest ÷ fastest process"], call_rows)
    )
    return first_table + "\n\n" + calls_table


def chart_rows(results):
    """(panel, series, bar, value, text) rows of the two "fresh process" panels: the import and
    the whole process, then the first calls."""
    cold = find(results)
    if cold is None:
        return []
    panels = (
        (f"Fresh process, {cold.label}: import and whole process, ms (lower is better)",
         [("import", lambda s: s["import"]), ("whole process", lambda s: s["process"])]),
        (f"Fresh process, {cold.label}: first calls, ms (lower is better)",
         [(f"{STYLE[function]} {which}", of(function)) for function in SEARCHES
          for which, of in (("call 1", first_call), (f"{LATER} (median)", later_median))]),
    )
    rows = []
    for panel, bars in panels:
        for name in cold.names():
            for bar, of in bars:
                value = cold.figure(name, of) * 1e3
                rows.append((panel, name, f"{name} {bar}", value, f"{value:,.1f} ms"))
    return rows


def target_rows(results, verdict):
    """The cold-start targets against the first peer: [measure, target, measured, verdict]."""
    cold = find(results)
    peer = results.first_peer
    if cold is None or peer not in cold.samples or PYJAVA_NAME not in cold.samples:
        return []

    def ratio(of):
        return cold.figure(PYJAVA_NAME, of) / cold.figure(peer, of)

    rows = []
    for function, most in FIRST_CALL_RATIOS:
        found = ratio(first_call(function))
        rows.append([f"first `{function}` call in a fresh process", f"≤ {most}× the time",
                     f"{found:.2f}×", verdict(found <= most)])
    for function, most_median, most_worst in LATER_RATIOS:
        found = ratio(later_median(function))
        rows.append([f"`{function}` {LATER}, median", f"≤ {most_median}× the time", f"{found:.2f}×",
                     verdict(found <= most_median)])
        if most_worst is not None:
            found = ratio(later_worst(function))
            rows.append([f"`{function}` {LATER}, worst", f"≤ {most_worst}× the time", f"{found:.2f}×",
                         verdict(found <= most_worst)])
    seconds = cold.figure(PYJAVA_NAME, lambda s: s["process"])
    found = ratio(lambda s: s["process"])
    rows.append(["whole process: import and the first calls", f"≤ {PROCESS_SECONDS} s and ≤ {PROCESS_RATIO}×",
                 f"{seconds:.2f} s, {found:.2f}×", verdict(seconds <= PROCESS_SECONDS and found <= PROCESS_RATIO)])
    for function, most in PER_CALL_RATIOS:
        found = ratio(per_call(function))
        rows.append([f"`{function}` per call in fresh processes, loop cost subtracted", f"≤ {most}× the time",
                     f"{found:.2f}×", verdict(found <= most)])
    function, most = SPREAD
    found = cold.spread(PYJAVA_NAME, function)
    rows.append([f"`{function}` per call, slowest ÷ fastest of {cold.processes(PYJAVA_NAME)} processes",
                 f"≤ {most}", f"{found:.2f}", verdict(found <= most)])
    found = cold.figure(PYJAVA_NAME, added_mb)
    rows.append(["memory the JVM adds (import, then 10⁶ calls)", f"≤ {ADDED_MB} MB", f"{found:.0f} MB",
                 verdict(found <= ADDED_MB)])
    return rows
