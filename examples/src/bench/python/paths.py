"""Where the repository's pieces are, seen from this folder. Importing it puts the seed's
Python scripts (``search_py``) on ``sys.path``."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
REPOSITORY = os.path.dirname(EXAMPLES)
ZEN = os.path.join(EXAMPLES, "src", "main", "resources", "dev", "pyjava", "examples", "zen.txt")
SCRIPTS = os.path.join(EXAMPLES, "src", "main", "python")
PYJAVA = os.path.join(REPOSITORY, "python")
BUILT_CLASSES = (
    os.path.join(EXAMPLES, "target", "classes"),
    os.path.join(REPOSITORY, "runtime", "target", "classes"),
)

if SCRIPTS not in sys.path:
    sys.path.insert(0, SCRIPTS)
