"""The README's SPARQL example prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import os
import re

from tests.conftest import ROOT


def test_the_competency_question_example_prints_the_shown_answer() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```python\n(.*?)```\n\n```\n(.*?)```", readme, re.S)
    assert example, "the README has no python example followed by its output"
    code, shown = example.groups()
    printed = io.StringIO()
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)  # the example reads out/, as a user in the repository would
        with contextlib.redirect_stdout(printed):
            exec(code, {})
    finally:
        os.chdir(cwd)
    assert printed.getvalue() == shown
