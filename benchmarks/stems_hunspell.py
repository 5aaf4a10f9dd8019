"""Hand tables (kb.extract.morphology) against Debian's hunspell-hu for name stems
(run on demand; needs the `hunspell` and `hunspell-hu` Debian packages).

    .venv/bin/python benchmarks/stems_hunspell.py ARTICLE_DIR [ARTICLE_DIR ...]

For every gold mention whose last word is its entity's name's last word, maybe
inflected ("Moszkvának" of Moszkva), it asks for the base: does `stems` offer it, does
`nominative` give exactly it, does `hunspell -s` give it (first stem / any stem)? The
words are inflected names, what the extractor needs a stem for.
"""

from __future__ import annotations

import argparse
import subprocess
import time
from pathlib import Path

from kb.extract.morphology import nominative, stems
from kb.read.annotation import load_annotation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    options = parser.parse_args()
    pairs = sorted(
        {pair for folder in options.folders for pair in _pairs(folder)}, key=lambda p: p[0]
    )
    inflected = [(w, b) for w, b in pairs if w.lower() != b.lower()]
    start = time.perf_counter()
    hunspell = _hunspell([w for w, _ in pairs])
    hunspell_time = time.perf_counter() - start
    for label, items in (("all words", pairs), ("inflected only", inflected)):
        n = len(items)
        offered = sum(b.lower() in stems(w) for w, b in items)
        exact = sum(nominative(w).lower() == b.lower() for w, b in items)
        first = sum(hunspell.get(w, [w])[0].lower() == b.lower() for w, b in items)
        anywhere = sum(b.lower() in (s.lower() for s in hunspell.get(w, [])) for w, b in items)
        known = sum(bool(hunspell.get(w)) for w, _ in items)
        both = sum(
            (hunspell[w][0] if hunspell.get(w) else nominative(w)).lower() == b.lower()
            for w, b in items
        )
        print(f"{label}: {n} words")
        print(
            f"  tables: stems offers the base {offered / n:.2f}, nominative exact {exact / n:.2f}"
        )
        print(
            f"  hunspell: first stem {first / n:.2f}, any stem {anywhere / n:.2f},"
            f" word known {known / n:.2f}; its first stem, else nominative {both / n:.2f}"
        )
    print(f"hunspell: {len(pairs)} words in {hunspell_time:.2f} s (one process)")


def _pairs(folder: Path) -> set[tuple[str, str]]:
    """(mention's last word, name's last word) where the two share their start."""
    annotation = load_annotation(folder / "annotation.yaml")
    found = set()
    for entity in annotation.entities:
        base = entity.name.hu.split()[-1]
        for mention in entity.mentions:
            word = mention.span.text.split()[-1].strip(".,„”")
            if word[:1].isupper() and word.lower().startswith(base.lower()[:3]):
                found.add((word, base))
    return found


def _hunspell(words: list[str]) -> dict[str, list[str]]:
    """Each word's stems by `hunspell -d hu_HU -s`, in its order."""
    result = subprocess.run(
        ["hunspell", "-d", "hu_HU", "-s"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    )
    stems_of: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            stems_of.setdefault(parts[0], []).append(parts[1])
    return stems_of


if __name__ == "__main__":
    main()
