"""Take a full-page screenshot of a page `kb export` wrote, for reviewers.

    .venv/bin/python scripts/screenshot.py out/<slug>.html [--out out/<slug>.png] [--width 1280]

Opens the page from its file:// URL in headless Chromium (tests/browser.py) with
JavaScript off, as the content must read without it, and writes a PNG next to
the page unless --out says otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser import launch

_TIMEOUT_MS = 30_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path, help="an HTML page written by kb export")
    parser.add_argument("--out", type=Path, help="the PNG to write (default: next to the page)")
    parser.add_argument("--width", type=int, default=1280, help="viewport width in pixels")
    args = parser.parse_args()
    out = args.out or args.page.with_suffix(".png")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            context = browser.new_context(
                viewport={"width": args.width, "height": 900}, java_script_enabled=False
            )
            page = context.new_page()
            page.goto(args.page.resolve().as_uri(), timeout=_TIMEOUT_MS)
            page.screenshot(path=str(out), full_page=True, timeout=_TIMEOUT_MS)
        finally:
            browser.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
