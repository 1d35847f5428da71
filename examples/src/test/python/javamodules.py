"""Imports the example modules into this python through pyjava (PYJAVA_CLASSPATH names the
built classes; Maven sets it)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
REPOSITORY = os.path.dirname(EXAMPLES)
ZEN = os.path.join(EXAMPLES, "src", "main", "resources", "dev", "pyjava", "examples", "zen.txt")
SCRIPTS = os.path.join(EXAMPLES, "src", "main", "python")

sys.path[:0] = [os.path.join(REPOSITORY, "python"), SCRIPTS]

import pyjava  # noqa: E402,F401  (installs the import hook)
import gil  # noqa: E402
import pyjava_probes  # noqa: E402
import word_count  # noqa: E402
import counters  # noqa: E402
import shapes  # noqa: E402
