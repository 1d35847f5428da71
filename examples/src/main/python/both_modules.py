"""Both example modules from Python threads at once: run it under python3 (with pyjava) or under
Java's Launcher. Prints one line per thread and the totals."""

import os
import sys
import tempfile
import threading

import gil
import word_count

ZEN = "Beautiful is better than ugly.\nExplicit is better than implicit.\n"


def main():
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as out:
        out.write(ZEN * 1000)
    counts = []
    doubled = [None, None]

    def count(function):
        counts.append(getattr(word_count, function)(out.name, "is"))

    threads = [threading.Thread(target=count, args=(name,)) for name in
               ("search", "search_sequential", "search_sequential_allow_threads")]
    threads += [threading.Thread(target=gil.double_list, args=([1, 2, 3], doubled, i, 0.0)) for i in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    os.unlink(out.name)
    print("counts", sorted(counts))
    print("doubled", doubled)
    print("executable", os.path.basename(sys.executable))


if __name__ == "__main__":
    main()
