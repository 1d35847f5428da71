"""The seed's counting rule in pure Python: the baseline the benchmarks compare against.

Python's ``str.isalpha`` stands in for Unicode's Alphabetic property; the two differ only on
rarer characters (some combining marks, letter-like numbers such as U+216B).
"""


def is_match(word, needle):
    """True when ``word``, after its leading non-alphabetic characters, spells ``needle`` (each
    character lower-cased, the needle as given) and then ends or goes on with a non-letter."""
    start = 0
    while start < len(word) and not word[start].isalpha():
        start += 1
    end = start + len(needle)
    if end > len(word):
        return False
    if any(have.lower()[:1] != want for have, want in zip(word[start:end], needle)):
        return False
    return end == len(word) or not word[end].isalpha()


def count_line(line, needle):
    """Counts the matching words of one line (words split on single spaces)."""
    return sum(1 for word in line.split(" ") if is_match(word, needle))


def lines(text):
    """Rust's ``str::lines``: split on ``\\n``, a ``\\r`` before it dropped, and no empty line
    after a final ``\\n``."""
    pieces = text.split("\n")
    last = pieces.pop()
    result = [piece[:-1] if piece.endswith("\r") else piece for piece in pieces]
    if last:
        result.append(last)
    return result


def search_py(path, needle):
    """Counts ``needle`` in the UTF-8 file at ``path``."""
    with open(path, encoding="utf-8", newline="") as file:
        text = file.read()
    return sum(count_line(line, needle) for line in lines(text))
