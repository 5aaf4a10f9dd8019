"""Headless Chromium for looking at kb's pages: the page tests and scripts/screenshot.py.

Uses the system's Chromium (Debian's `chromium` package; scripts/test.sh installs
it) through Playwright, never a browser build of Playwright's own, with every
background service that would reach the network switched off. Playwright is a
test dependency, not one of kb's: import this module only from tests and tools.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

CHROMIUM = Path(os.environ.get("KB_CHROMIUM", "/usr/bin/chromium"))
"""The browser binary; KB_CHROMIUM overrides it where Chromium lives elsewhere."""

ARGUMENTS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)

LAUNCH_TIMEOUT_MS = 30_000


def launch(playwright: Playwright) -> Browser:
    """A headless Chromium; close it when done."""
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=list(ARGUMENTS), timeout=LAUNCH_TIMEOUT_MS
    )
