"""How many articles a second `kb.extract.extract` reads on one core (run on demand).

    .venv/bin/python benchmarks/extract_speed.py [ARTICLE_DIR ...] [--rounds N]

Reads every article folder under articles/ (or those given) once, then extracts
them round after round and reports articles per second. The target is >= 20.
The first extraction (loading the gazetteer) is timed apart: it happens once a process.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kb.extract import extract
from kb.read.article import read_article

ARTICLES = Path(__file__).resolve().parent.parent / "articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=50)
    options = parser.parse_args()
    folders = options.folders or sorted(p.parent for p in ARTICLES.glob("*/article.txt"))
    articles = [read_article(folder) for folder in folders]
    start = time.perf_counter()
    extract(articles[0])
    warm_up = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(options.rounds):
        for article in articles:
            extract(article)
    elapsed = time.perf_counter() - start
    count = options.rounds * len(articles)
    print(f"first extraction (gazetteer load): {warm_up * 1000:.0f} ms")
    print(f"{count} extractions in {elapsed:.2f} s: {count / elapsed:.0f} articles/s")


if __name__ == "__main__":
    main()
