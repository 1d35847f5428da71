"""Turns pytest-benchmark's JSON into the Markdown tables and the bar chart's TSV.

    python3 report.py RESULTS.json OUT_DIR [--docs DIR] [--readme README.md]

writes OUT_DIR/benchmark.md (every table) and OUT_DIR/chart.tsv (what BarChart draws); with
--docs, benchmark.md there too; with --readme, replaces the README's text between the markers
below with the summary tables.
Times are each benchmark's minimum over its rounds.
"""

import argparse
import json
import os
import sys

import coldstart_report
from implementations import PURE_PYTHON, PYJAVA_NAME, SEARCHES, STYLE

# The speed targets pyjava holds itself to against the first peer (see the README).
SPEEDUPS = (("search", 2.0), ("search_sequential", 1.5))  # the peer's time over pyjava's, at least
CALL_COSTS = (  # pyjava's time over the peer's, at most
    ("noop", 1.5), ("ident", 1.5), ("count_line", 1.25), ("noop_allow_threads", 1.25))
TWO_THREADS = ("search_sequential_allow_threads", 1.15)  # two threads' wall time over one call's

# The ten-needles benchmark (bench_corpus.py): its measure, and how each of its rows counts.
TEN_NEEDLES = "ten needles"
NEEDLE_WAYS = (("Corpus.count_many", "one `Corpus`: open, `count_many`, close"),
               ("search ×10", "ten `search` calls"))
PEER_WAY = "search ×10"

# The sums benchmark (bench_sums.py): its measure, and each way of summing, numpy's last.
SUMS = "sum of 10⁷ float64"
SUM_WAYS = (("pyjava", "double[]", "`vectors.sum`: copied into a `double[]`"),
            ("pyjava", "DoubleBuffer", "`vectors.sum_view`: a `DoubleBuffer` view, GIL released"),
            ("numpy", "numpy.sum", "`numpy.sum`"))

README_START = "<!-- benchmark-summary:start (written by -Pcompare) -->"
README_END = "<!-- benchmark-summary:end -->"
CHART_HEADER = ("panel", "series", "bar", "value", "text")


class Results:
    """The benchmarks of one run, looked up by what they measured."""

    def __init__(self, data):
        self.implementations = data["pyjava"]["implementations"]
        self.needle = data["pyjava"]["needle"]
        self.machine = data["machine_info"]
        self.rows = [dict(b["extra_info"], seconds=b["stats"]["min"], rounds=b["stats"]["rounds"])
                     for b in data["benchmarks"]]

    @property
    def first_peer(self):
        return self.implementations[1] if len(self.implementations) > 1 else None

    def find(self, measure, implementation, function, text=None):
        for row in self.rows:
            if (row["measure"], row["implementation"], row["function"]) == (
                measure, implementation, function
            ) and row.get("text") == text:
                return row
        return None

    def texts(self, measure):
        seen = []
        for row in self.rows:
            if row["measure"] == measure and row["text"] not in [t for t, _, _ in seen]:
                seen.append((row["text"], row["text_label"], row["bytes"]))
        return seen

    def peer_ratio(self, row):
        """This row's time over the first peer's for the same thing, as text."""
        if self.first_peer is None:
            return None
        peer = self.find(row["measure"], self.first_peer, row["function"], row.get("text"))
        return "—" if peer is None else f"{row['seconds'] / peer['seconds']:.2f}"


def mb_per_s(row):
    return row["bytes"] / row["seconds"] / 1e6


def ms(seconds):
    return f"{seconds * 1e3:,.2f}" if seconds < 10 else f"{seconds * 1e3:,.0f}"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def with_ratio(results, header, rows_and_results):
    """Adds the "÷ first peer" column when there is a peer."""
    if results.first_peer is None:
        return header, [cells for cells, _ in rows_and_results]
    return header + [f"÷ {results.first_peer}"], [
        cells + [results.peer_ratio(row)] for cells, row in rows_and_results
    ]


def search_rows(results, measure, text):
    """Pure Python first (when it ran), then each implementation's three searches."""
    found = []
    pure = results.find(measure, PURE_PYTHON, "search_py", text)
    if pure:
        found.append((PURE_PYTHON, "search_py", pure))
    for implementation in results.implementations:
        for function in SEARCHES:
            row = results.find(measure, implementation, function, text)
            if row:
                found.append((implementation, function, row))
    return found


def search_table(results, measure, text):
    rows = [
        ([name, f"`{function}`", ms(row["seconds"]), f"{mb_per_s(row):,.0f}"], row)
        for name, function, row in search_rows(results, measure, text)
    ]
    header, body = with_ratio(results, ["implementation", "function", "ms", "MB/s"], rows)
    return table(header, body)


def seed_section(results):
    if not results.texts("seed"):
        return None
    (text, label, size), = results.texts("seed")
    return (
        f"**The seed's benchmark**: count `{results.needle}` in the {label} "
        f"({size / 1e3:,.0f} kB), one call at a time.\n\n" + search_table(results, "seed", text)
    )


def throughput_section(results):
    parts = []
    for text, label, size in results.texts("throughput"):
        parts.append(f"**{label}** ({size / 1e6:,.1f} MB)\n\n" + search_table(results, "throughput", text))
    return "\n\n".join(parts)


def calls_section(results):
    rows = []
    for function in ("noop", "ident", "count_line", "noop_allow_threads"):
        for implementation in [PURE_PYTHON] + results.implementations:
            row = results.find("per call", implementation, function)
            if row:
                rows.append(([f"`{function}`", implementation, f"{row['seconds'] * 1e9:,.0f}"], row))
    if not rows:
        return None
    header, body = with_ratio(results, ["call", "implementation", "ns/call"], rows)
    return "**Per call** (`count_line` on a 30-character line).\n\n" + table(header, body)


def threads_rows(results, text):
    found = []
    for implementation in results.implementations:
        for function in ("search_sequential_allow_threads", "search_sequential"):
            two = results.find("two threads", implementation, function, text)
            one = results.find("seed", implementation, function, text) or results.find(
                "throughput", implementation, function, text
            )
            if two and one:
                found.append((implementation, function, one, two))
    return found


def threads_section(results):
    parts = []
    for text, label, _ in results.texts("two threads"):
        rows = [
            ([name, f"`{function}`", ms(one["seconds"]), ms(two["seconds"]),
              f"{two['seconds'] / one['seconds']:.2f}"], two)
            for name, function, one, two in threads_rows(results, text)
        ]
        if not rows:
            continue
        header, body = with_ratio(
            results, ["implementation", "function", "one call ms", "two threads ms", "two ÷ one"], rows
        )
        parts.append(f"**Two Python threads at once**, {label}.\n\n" + table(header, body))
    return "\n\n".join(parts) or None


def needles_section(results):
    """Ten needles on one text: pyjava's Corpus and ten searches, then each peer's ten searches;
    every time over the first peer's ten searches."""
    texts = results.texts(TEN_NEEDLES)
    if not texts:
        return None
    (text, label, size), = texts
    peer = results.first_peer and results.find(TEN_NEEDLES, results.first_peer, PEER_WAY, text)
    rows = []
    for implementation in results.implementations:
        for function, how in NEEDLE_WAYS:
            row = results.find(TEN_NEEDLES, implementation, function, text)
            if row:
                cells = [implementation, how, ms(row["seconds"])]
                if results.first_peer:
                    cells.append(f"{row['seconds'] / peer['seconds']:.2f}" if peer else "—")
                rows.append(cells)
    header = ["implementation", "how", "ms per 10 needles"]
    if results.first_peer:
        header.append(f"÷ {results.first_peer}'s ten searches")
    return (f"**Ten needles, one file**: count ten words in the {label} ({size / 1e6:,.1f} MB), "
            "each count checked.\n\n" + table(header, rows))


def sums_section(results):
    """Summing 10⁷ float64 numbers three ways, each time over numpy.sum's."""
    numpy_row = results.find(SUMS, "numpy", "numpy.sum")
    rows = []
    for implementation, function, how in SUM_WAYS:
        row = results.find(SUMS, implementation, function)
        if row:
            ratio = f"{row['seconds'] / numpy_row['seconds']:.2f}" if numpy_row else "—"
            rows.append([how, ms(row["seconds"]), ratio])
    if not rows:
        return None
    return ("**Sum of 10⁷ float64**: one array of 80 MB, each sum checked.\n\n"
            + table(["how", "ms", "÷ numpy.sum"], rows))


def targets_section(results):
    """Each target against the first peer, with the measured ratio and whether it was met."""
    peer = results.first_peer
    if peer is None:
        return None
    rows = []
    for text, label, _ in results.texts("throughput"):
        for function, least in SPEEDUPS:
            ours = results.find("throughput", PYJAVA_NAME, function, text)
            theirs = results.find("throughput", peer, function, text)
            if ours and theirs:
                speedup = theirs["seconds"] / ours["seconds"]
                rows.append([f"`{function}`, {label}", f"≥ {least}× the speed", f"{speedup:.2f}×",
                             _verdict(speedup >= least)])
    for function, most in CALL_COSTS:
        ours = results.find("per call", PYJAVA_NAME, function)
        theirs = results.find("per call", peer, function)
        if ours and theirs:
            ratio = ours["seconds"] / theirs["seconds"]
            rows.append([f"`{function}` per call", f"≤ {most}× the time", f"{ratio:.2f}×",
                         _verdict(ratio <= most)])
    function, most = TWO_THREADS
    for text, label, _ in results.texts("two threads"):
        for name, found, one, two in threads_rows(results, text):
            if (name, found) == (PYJAVA_NAME, function):
                ratio = two["seconds"] / one["seconds"]
                rows.append([f"two threads in `{function}`, {label}", f"≤ {most}× one call",
                             f"{ratio:.2f}×", _verdict(ratio <= most)])
    rows += coldstart_report.target_rows(results, _verdict)
    if not rows:
        return None
    return (f"**Targets**, pyjava against {peer} in this run.\n\n"
            + table(["measure", "target", "measured", "verdict"], rows))


def _verdict(met):
    return "met" if met else "**missed**"


def about(results):
    cpu = results.machine.get("cpu", {})
    return (
        f"Python {results.machine['python_version']}, {cpu.get('count', '?')} CPUs "
        f"({cpu.get('brand_raw', 'unknown')}); each time is the minimum over its rounds, except in "
        "fresh processes (medians)."
    )


def markdown(results):
    sections = ["# Benchmark results", about(results), targets_section(results),
                coldstart_report.sections(results, table), seed_section(results),
                calls_section(results), needles_section(results),
                sums_section(results), threads_section(results), throughput_section(results)]
    return "\n\n".join(filter(None, sections)) + "\n"


def summary(results):
    sections = [about(results), targets_section(results), coldstart_report.sections(results, table),
                seed_section(results),
                calls_section(results), needles_section(results), sums_section(results)]
    return "\n\n".join(filter(None, sections))


def chart_rows(results):
    """(panel, series, bar, value, text) rows: the two fresh-process panels, then four more."""
    rows = coldstart_report.chart_rows(results)
    for seed_text, seed_label, _ in results.texts("seed"):
        panel = f"{seed_label}: ms per search (lower is better)"
        for name, function, row in search_rows(results, "seed", seed_text):
            if function != "search_sequential_allow_threads":
                bar = name if name == PURE_PYTHON else f"{name} {STYLE[function]}"
                rows.append((panel, name, bar, row["seconds"] * 1e3, f"{ms(row['seconds'])} ms"))
    texts = results.texts("throughput")
    if texts:
        text, label, _ = max(texts, key=lambda t: (t[2], t[0].startswith("ascii")))
        panel = f"{label}: MB/s (higher is better)"
        for name, function, row in search_rows(results, "throughput", text):
            if function != "search_sequential_allow_threads":
                speed = mb_per_s(row)
                rows.append((panel, name, f"{name} {STYLE[function]}", speed, f"{speed:,.0f} MB/s"))
    panel = "Per call: ns (lower is better)"
    for implementation in results.implementations:
        for function in ("noop", "count_line", "noop_allow_threads"):
            row = results.find("per call", implementation, function)
            if row:
                ns = row["seconds"] * 1e9
                rows.append((panel, implementation, f"{implementation} {function}", ns, f"{ns:,.0f} ns"))
    texts = results.texts("two threads")
    if texts:
        text, label, _ = texts[-1]
        panel = f"Two threads at once ÷ one call, {label} (1 = parallel, 2 = serialised)"
        for name, function, one, two in threads_rows(results, text):
            ratio = two["seconds"] / one["seconds"]
            held = "GIL released" if function.endswith("allow_threads") else "GIL held"
            rows.append((panel, name, f"{name} {held}", ratio, f"{ratio:.2f}×"))
    return rows


def write_readme(path, text):
    with open(path, encoding="utf-8") as file:
        readme = file.read()
    start, end = readme.find(README_START), readme.find(README_END)
    if start < 0 or end < start:
        raise SystemExit(f"report.py: {path} lacks the markers {README_START} ... {README_END}")
    readme = readme[: start + len(README_START)] + "\n\n" + text + "\n\n" + readme[end:]
    with open(path, "w", encoding="utf-8") as file:
        file.write(readme)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", help="pytest-benchmark's --benchmark-json file")
    parser.add_argument("out", help="folder for benchmark.md and chart.tsv")
    parser.add_argument("--docs", help="another folder to write benchmark.md to")
    parser.add_argument("--readme", help="README whose summary section to rewrite")
    options = parser.parse_args(argv)
    with open(options.results, encoding="utf-8") as file:
        results = Results(json.load(file))
    for folder in filter(None, (options.out, options.docs)):
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "benchmark.md"), "w", encoding="utf-8") as file:
            file.write(markdown(results))
    with open(os.path.join(options.out, "chart.tsv"), "w", encoding="utf-8") as file:
        file.write("\t".join(CHART_HEADER) + "\n")
        for panel, series, bar, value, text in chart_rows(results):
            file.write(f"{panel}\t{series}\t{bar}\t{value:.6g}\t{text}\n")
    if options.readme:
        write_readme(options.readme, summary(results))


if __name__ == "__main__":
    main(sys.argv[1:])
