"""Click commands `kb extract` and `kb evaluate` (registered by kb.cli.main).

`kb evaluate` takes PRED GOLD pairs (annotation files or article folders), or with
`--extract GOLD_DIR...` extracts each gold folder's article afresh and scores it, so
the README table is one command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from kb.cli.ner import ner_option
from kb.errors import InputError
from kb.read.annotation import ANNOTATION_FILE
from kb.read.article import read_article

if TYPE_CHECKING:  # the extractor and the scorer are imported by the commands
    from kb.extract.evaluate import Score
    from kb.model import Annotation, Article


@click.command("extract")
@click.argument("article", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here, not stdout.")
@ner_option
def extract(article: Path, output: Path | None, ner_model: Path | None) -> None:
    """Draft annotation.yaml for ARTICLE (article.txt or its folder), offline, by rules.

    \b
    Every item is marked `origin: machine` with a confidence: review the draft,
    then `kb export` the folder.

    \b
    Examples:
      kb extract articles/new/article.txt -o articles/new/annotation.yaml
      kb extract articles/new --ner models/ner-hu     # with a trained NER model
    """
    from kb.formats.writers import write_files
    from kb.pipeline import article_slug
    from kb.read.dump import dump_annotation

    read = read_article(article)
    text = dump_annotation(_draft(read, article_slug(article), ner_model))
    if output is None:
        click.echo(text, nl=False)
    else:
        write_files({output: text.encode("utf-8")})


@click.command("evaluate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--extract/--pairs",
    "fresh",
    default=False,
    help="PATHS are gold folders (or folders of them) to extract and score, not PRED GOLD pairs.",
)
@ner_option
def evaluate_command(paths: tuple[Path, ...], fresh: bool, ner_model: Path | None) -> None:
    """Precision, recall and F1 per layer: PRED GOLD [PRED GOLD ...], or --extract GOLD_DIR...

    \b
    Examples:
      kb evaluate draft.yaml articles/2024-11-30-eszak-korea-oroszorszag
      kb evaluate --extract articles/2025-10-08-vihar-budapest articles/2025-12-03-gyar-leepites
    """
    from kb.extract.evaluate import WRONG, evaluate, total, wrong_facts

    rows = []
    for name, pred, gold, article in _cases(paths, fresh, ner_model):
        published = article.published.date()
        scores = evaluate(pred, gold, published, article.sentences)
        rows.append((name, scores, wrong_facts(pred, gold, published)))
    if len(rows) > 1:
        wrong = {kind: sum(row[2][kind] for row in rows) for kind in WRONG}
        rows.append(("all (micro)", total(row[1] for row in rows), wrong))
    click.echo(_table(rows))


def _draft(article: Article, slug: str, ner_model: Path | None) -> Annotation:
    """The rules' draft, with a trained model's extra names when one is given."""
    from kb.extract.ner import apply_ner
    from kb.extract.pipeline import extract as extract_annotation

    annotation = extract_annotation(article, slug=slug)
    return annotation if ner_model is None else apply_ner(annotation, article, ner_model)


def _cases(
    paths: tuple[Path, ...], fresh: bool, ner_model: Path | None
) -> list[tuple[str, Annotation, Annotation, Article]]:
    if fresh:
        folders = [f for p in paths for f in _gold_folders(p)]
        cases = []
        for folder in folders:
            article = read_article(folder)
            gold = _load(folder, article)
            cases.append((folder.name, _draft(article, folder.name, ner_model), gold, article))
        return cases
    if len(paths) % 2:
        raise click.UsageError("give PRED GOLD pairs (an even number of paths), or --extract")
    cases = []
    for pred_path, gold_path in zip(paths[::2], paths[1::2], strict=True):
        article = _read(gold_path)
        pred = _load(pred_path, article)
        gold = _load(gold_path, article)
        cases.append((_folder(gold_path).name, pred, gold, article))
    return cases


def _load(path: Path, article: Article) -> Annotation:
    """An annotation file (or the one in a folder), checked against its article."""
    from kb.read.annotation import load_annotation
    from kb.read.check import check_annotation

    file = path / ANNOTATION_FILE if path.is_dir() else path
    annotation = load_annotation(file)
    check_annotation(annotation, article, str(file))
    return annotation


def _gold_folders(path: Path) -> list[Path]:
    """An annotated article folder, or the annotated folders inside `path`."""
    if (path / ANNOTATION_FILE).exists():
        return [path]
    if not path.is_dir():
        raise InputError(str(path), "not an article folder", "give a folder with annotation.yaml")
    return sorted(p for p in path.iterdir() if (p / ANNOTATION_FILE).exists())


def _folder(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def _read(path: Path) -> Article:
    """The article an annotation file (or folder) belongs to: its folder's article.txt."""
    return read_article(_folder(path))


def _table(rows: list[tuple[str, dict[str, Score], dict[str, int]]]) -> str:
    """A Markdown table: one row per article, P/R/F1 per layer, then the wrong facts."""
    from kb.extract.evaluate import LAYERS, WRONG

    header = "| article | " + " | ".join(f"{layer} P/R/F1" for layer in LAYERS)
    lines = [header + " | " + " | ".join(WRONG) + " |", "|" + "---|" * (len(LAYERS) + 3)]
    for name, scores, wrong in rows:
        cells = [
            f"{s.precision:.2f}/{s.recall:.2f}/**{s.f1:.2f}**"
            for s in (scores[layer] for layer in LAYERS)
        ]
        cells += [str(wrong[kind]) for kind in WRONG]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
