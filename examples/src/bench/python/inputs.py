"""The texts the benchmarks search, written once into a data folder and reused while they are
whole.

Every text is made of whole blocks, so its count of "is" is known without searching it: the Zen
of Python has 10 per copy, and a mixed block's count is what pure Python finds in one block.
"""

import functools
import math
import os
from dataclasses import dataclass

from paths import ZEN
from search_py import count_line, lines

NEEDLE = "is"
# Needles the mixed text is also checked with (not timed).
NON_ASCII_NEEDLES = ("été", "это", "σοφία")
MB = 1_000_000

# Lines of accented Latin, Greek, Cyrillic and CJK text, each with a few words that match "is"
# ("Is,", "(is)", "«is»", "IS") and many that do not ("islands", "this").
FOREIGN_LINES = (
    "Café crème et déjà-vu: is the naïve façade still là? Is, été, ÉTÉ, ça va.",
    "Η ζωή είναι ωραία, is it not? (is) καλημέρα κόσμε, ΑΒΓ αβγ.",
    "Съешь же ещё этих мягких французских булок: это is так, ЭТО правда.",
    "日本語のテキスト is 混在 する 行 です。 漢字 IS かな カタカナ",
    "Ünïcödé wörds: islands, this, Is; straße, ÅNGSTRÖM, øre, Łódź.",
    "Español: ¿Qué es esto? «is» — mañana, pingüino, corazón.",
    "中文 文本 is 也 在 这里，这 是 一 行 字。",
    "Ελληνικά και Кириллица: σοφία, мудрость, this is wisdom.",
)


@functools.cache
def zen():
    """The Zen of Python, as bytes."""
    with open(ZEN, "rb") as file:
        return file.read()


@dataclass(frozen=True)
class Text:
    """One benchmark input: names for files and tables, and how it is made: ``copies_wanted`` blocks, or
    as many as make ``min_bytes``."""

    name: str
    label: str
    mixed: bool = False
    min_bytes: int = 0
    copies_wanted: int = 0

    def block(self):
        """The bytes the text repeats."""
        if not self.mixed:
            return zen()
        lines = zen().decode("utf-8").splitlines(keepends=True)
        mixed = []
        for index, line in enumerate(lines):
            mixed.append(line)
            mixed.append(FOREIGN_LINES[index % len(FOREIGN_LINES)] + "\n")
        return "".join(mixed).encode("utf-8")

    def copies(self):
        """How many blocks make the text."""
        return self.copies_wanted or max(1, math.ceil(self.min_bytes / len(self.block())))

    def size(self):
        """The text's size in bytes."""
        return len(self.block()) * self.copies()

    def expected(self, needle=NEEDLE):
        """How often ``needle`` occurs: pure Python's count in one block, times the copies."""
        block = self.block().decode("utf-8")
        return sum(count_line(line, needle) for line in lines(block)) * self.copies()


SEED = Text("zen-x1000", "Zen ×1000", copies_wanted=1000)
ASCII_1MB = Text("ascii-1MB", "ASCII 1 MB", min_bytes=1 * MB)
ASCII_10MB = Text("ascii-10MB", "ASCII 10 MB", min_bytes=10 * MB)
ASCII_100MB = Text("ascii-100MB", "ASCII 100 MB", min_bytes=100 * MB)
MIXED_10MB = Text("mixed-10MB", "mixed non-ASCII 10 MB", mixed=True, min_bytes=10 * MB)

THROUGHPUT = (ASCII_1MB, ASCII_10MB, ASCII_100MB, MIXED_10MB)


def write(text, folder):
    """The path of ``text`` in ``folder``, written first unless a whole copy is there already."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{text.name}.txt")
    block = text.block()
    if os.path.exists(path) and os.path.getsize(path) == text.size():
        with open(path, "rb") as file:
            if file.read(len(block)) == block:
                return path
    partial = path + ".partial"
    with open(partial, "wb") as file:
        copies = text.copies()
        chunk = max(1, (4 * MB) // len(block))
        for start in range(0, copies, chunk):
            file.write(block * min(chunk, copies - start))
    os.replace(partial, path)
    return path
