"""The benchmark report says which targets a run met and which it missed."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "bench", "python"))

import report  # noqa: E402


def row(measure, implementation, function, seconds, text=None):
    info = {"measure": measure, "implementation": implementation, "function": function,
            "text": text, "text_label": text and f"text {text}", "bytes": 1_000_000}
    return {"extra_info": info, "stats": {"min": seconds, "rounds": 5}}


def results(*rows):
    return report.Results({
        "pyjava": {"implementations": ["pyjava", "peer"], "needle": "is"},
        "machine_info": {"python_version": "3", "cpu": {}},
        "benchmarks": list(rows),
    })


class Targets(unittest.TestCase):
    def verdicts(self, *rows):
        section = report.targets_section(results(*rows))
        lines = [line for line in section.splitlines() if line.startswith("| `") or line.startswith("| two")]
        return [(line.split(" | ")[0].lstrip("| "), line.rstrip(" |").split(" | ")[-1]) for line in lines]

    def test_speedups_are_met_at_their_floor_and_missed_below(self):
        verdicts = self.verdicts(
            row("throughput", "pyjava", "search", 1.0, "a"), row("throughput", "peer", "search", 2.0, "a"),
            row("throughput", "pyjava", "search_sequential", 1.0, "a"),
            row("throughput", "peer", "search_sequential", 1.4, "a"))
        self.assertEqual(verdicts, [("`search`, text a", "met"),
                                    ("`search_sequential`, text a", "**missed**")])

    def test_call_costs_are_met_at_their_ceiling_and_missed_above(self):
        verdicts = self.verdicts(
            row("per call", "pyjava", "noop", 1.5e-8), row("per call", "peer", "noop", 1e-8),
            row("per call", "pyjava", "count_line", 1.3e-7), row("per call", "peer", "count_line", 1e-7))
        self.assertEqual(verdicts, [("`noop` per call", "met"), ("`count_line` per call", "**missed**")])

    def test_two_threads_compare_with_one_call(self):
        function = "search_sequential_allow_threads"
        verdicts = self.verdicts(
            row("throughput", "pyjava", function, 1.0, "a"), row("two threads", "pyjava", function, 1.1, "a"),
            row("throughput", "pyjava", function, 1.0, "b"), row("two threads", "pyjava", function, 1.2, "b"))
        self.assertEqual([v for _, v in verdicts], ["met", "**missed**"])

    def test_no_peer_no_targets(self):
        lone = report.Results({"pyjava": {"implementations": ["pyjava"], "needle": "is"},
                               "machine_info": {}, "benchmarks": []})
        self.assertIsNone(report.targets_section(lone))


class TenNeedles(unittest.TestCase):
    def lines(self, data):
        section = report.needles_section(data)
        return [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]

    def test_corpus_and_searches_are_timed_against_the_peers_ten_searches(self):
        lines = self.lines(results(
            row("ten needles", "peer", "search ×10", 2.0, "t"),
            row("ten needles", "pyjava", "search ×10", 0.5, "t"),
            row("ten needles", "pyjava", "Corpus.count_many", 0.25, "t")))
        self.assertEqual(lines, [
            "| implementation | how | ms per 10 needles | ÷ peer's ten searches |",
            "| pyjava | one `Corpus`: open, `count_many`, close | 250.00 | 0.12 |",
            "| pyjava | ten `search` calls | 500.00 | 0.25 |",
            "| peer | ten `search` calls | 2,000.00 | 1.00 |",
        ])

    def test_without_the_peers_row_there_is_no_ratio(self):
        lines = self.lines(results(row("ten needles", "pyjava", "Corpus.count_many", 0.25, "t")))
        self.assertEqual(lines[1], "| pyjava | one `Corpus`: open, `count_many`, close | 250.00 | — |")

    def test_the_section_is_in_the_tables_and_the_summary_only_when_it_ran(self):
        ran = results(row("ten needles", "pyjava", "Corpus.count_many", 0.25, "t"))
        self.assertIn("**Ten needles, one file**", report.markdown(ran))
        self.assertIn("**Ten needles, one file**", report.summary(ran))
        self.assertIsNone(report.needles_section(results(row("per call", "pyjava", "noop", 1e-8))))



class Sums(unittest.TestCase):
    def test_each_way_is_timed_against_numpy_sum(self):
        section = report.sums_section(results(
            row("sum of 10⁷ float64", "pyjava", "double[]", 0.04),
            row("sum of 10⁷ float64", "pyjava", "DoubleBuffer", 0.01),
            row("sum of 10⁷ float64", "numpy", "numpy.sum", 0.005)))
        lines = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]
        self.assertEqual(lines, [
            "| how | ms | ÷ numpy.sum |",
            "| `vectors.sum`: copied into a `double[]` | 40.00 | 8.00 |",
            "| `vectors.sum_view`: a `DoubleBuffer` view, GIL released | 10.00 | 2.00 |",
            "| `numpy.sum` | 5.00 | 1.00 |",
        ])

    def test_without_numpy_there_is_no_ratio_and_without_rows_no_section(self):
        section = report.sums_section(results(row("sum of 10⁷ float64", "pyjava", "double[]", 0.04)))
        self.assertIn("| `vectors.sum`: copied into a `double[]` | 40.00 | — |", section)
        self.assertIsNone(report.sums_section(results(row("per call", "pyjava", "noop", 1e-8))))
        self.assertIn("**Sum of 10⁷ float64**", report.markdown(results(
            row("sum of 10⁷ float64", "pyjava", "double[]", 0.04))))


if __name__ == "__main__":
    unittest.main()


def cold_sample(first_search, later_search, process, added_mb, ident):
    """One fresh process's measures: ``later_search`` for each of calls 2 to 10."""
    searches = [first_search] + [later_search] * 9
    return {"import": 0.1, "search": searches, "search_sequential": [0.002] * 10, "process": process,
            "rss_before": 10_000_000, "rss_after_million": 10_000_000 + added_mb * 1_000_000,
            "per_call": {"noop": 2e-8, "ident": ident, "count_line": 1e-7}}


def cold_row(pyjava, peer):
    info = {"measure": "cold start", "implementation": "pyjava", "function": "process", "text": "zen",
            "text_label": "Zen", "bytes": 1000, "aot_cache": True, "first_process": pyjava[0],
            "samples": {"pyjava": pyjava, "peer": peer}}
    return {"extra_info": info, "stats": {"min": 1.0, "rounds": 1}}


class ColdStart(unittest.TestCase):
    def verdicts(self, pyjava, peer):
        section = report.targets_section(results(cold_row(pyjava, peer)))
        cells = [line.strip("| ").split(" | ") for line in section.splitlines()[4:]]
        return {measure: (measured, verdict) for measure, _, measured, verdict in cells}

    def test_figures_are_medians_over_processes_and_targets_ratios_to_the_peer(self):
        peer = [cold_sample(0.002, 0.001, 0.1, 1, 2e-8)] * 3
        pyjava = [cold_sample(0.005, 0.001, 0.3, 30, 2e-8), cold_sample(0.007, 0.001, 0.3, 50, 2e-8),
                  cold_sample(0.100, 0.001, 0.9, 90, 2e-8)]
        verdicts = self.verdicts(pyjava, peer)
        self.assertEqual(verdicts["first `search` call in a fresh process"], ("3.50×", "**missed**"))
        self.assertEqual(verdicts["`search` calls 2–10, median"], ("1.00×", "met"))
        self.assertEqual(verdicts["whole process: import and the first calls"], ("0.30 s, 3.00×", "met"))
        self.assertEqual(verdicts["memory the JVM adds (import, then 10⁶ calls)"], ("50 MB", "**missed**"))

    def test_the_spread_is_the_slowest_process_over_the_fastest(self):
        peer = [cold_sample(0.002, 0.001, 0.1, 1, 2e-8)]
        pyjava = [cold_sample(0.002, 0.001, 0.1, 1, ident) for ident in (2e-8, 2.5e-8, 2.6e-8)]
        verdicts = self.verdicts(pyjava, peer)
        self.assertEqual(verdicts["`ident` per call, slowest ÷ fastest of 3 processes"], ("1.30", "met"))
        self.assertEqual(verdicts["`ident` per call in fresh processes, loop cost subtracted"], ("1.25×", "met"))

    def test_the_tables_and_the_chart_show_the_first_process_apart(self):
        data = results(cold_row([cold_sample(0.05, 0.001, 0.3, 30, 2e-8)], [cold_sample(0.002, 0.001, 0.1, 1, 2e-8)]))
        text = report.markdown(data)
        self.assertIn("| pyjava, first process (trains the AOT cache) | 1 | 100.0 | 50.0 | 1.0 / 1.0 |", text)
        self.assertIn("| peer | 1 | 100.0 | 2.0 | 1.0 / 1.0 |", text)
        bars = [(panel.split(":")[1].strip(), bar, round(value, 3)) for panel, _, bar, value, _ in report.chart_rows(data)]
        self.assertIn(("import and whole process, ms (lower is better)", "pyjava whole process", 300.0), bars)
        self.assertIn(("first calls, ms (lower is better)", "peer parallel call 1", 2.0), bars)

    def test_without_the_benchmark_there_is_no_section(self):
        self.assertNotIn("First calls in a fresh process", report.markdown(results()))
