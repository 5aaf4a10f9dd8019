"""The `kb` command line: every click command, and nothing else.

Commands only read options, call the pipeline and print; `main` is the group that the
console script runs.
"""

from kb.cli.main import main

__all__ = ["main"]
