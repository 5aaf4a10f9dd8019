"""Click command `kb train-ner`, and the `--ner MODEL` option for `kb extract`.

Both are optional: they need spaCy (`pip install 'kb[ner]'`) and, for training, a
checkout of NYTK-NerKor (docs/ner.md). Nothing here imports spaCy until it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from kb.extract.ner import DEFAULT_GENRES, GENRES, TrainReport, train_ner

DEFAULT_MODEL = Path("models/ner-hu")

F = TypeVar("F", bound=Callable[..., object])


def ner_option(command: F) -> F:
    """`--ner MODEL`: add the names a trained model finds and the rules missed
    (kb.extract.ner.merge). Off by default: see docs/ner.md for what it measured."""
    return click.option(
        "--ner",
        "ner_model",
        type=click.Path(path_type=Path),
        default=None,
        metavar="MODEL",
        help="Also add the names a NerKor-trained model (kb train-ner) finds; off by default.",
    )(command)


@click.command("train-ner")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=DEFAULT_MODEL,
    show_default=True,
    help="Folder for the trained model (keep it out of git).",
)
@click.option(
    "--genres",
    default=",".join(DEFAULT_GENRES),
    show_default=True,
    help=f"Comma-separated NerKor genres to train on: {', '.join(GENRES)}.",
)
@click.option("--epochs", type=click.IntRange(min=1), default=10, show_default=True)
@click.option(
    "--max-minutes",
    type=click.FloatRange(min=0),
    default=None,
    help="Stop after the first epoch that ends past this many minutes.",
)
def train_ner_command(
    corpus: Path, out: Path, genres: str, epochs: int, max_minutes: float | None
) -> None:
    """Train a Hungarian NER model on NYTK-NerKor (CORPUS: its checkout, with data/).

    Keeps the epoch with the best devel F1, prints precision, recall and F1 per
    label on the test split. The corpus is CC-BY-SA 4.0: never commit it or the model.
    """
    chosen = tuple(g.strip() for g in genres.split(",") if g.strip())
    report = train_ner(
        corpus,
        out,
        genres=chosen,
        max_epochs=epochs,
        max_minutes=max_minutes,
        progress=lambda line: click.echo(line, err=True),
    )
    click.echo(_table(report))


def _table(report: TrainReport) -> str:
    """The test scores as a Markdown table, one row per label."""
    lines = [
        f"NerKor test ({'+'.join(report.genres)}), epoch {report.best_epoch} of "
        f"{report.epochs}, {report.seconds / 60:.1f} min:",
        "| label | P | R | F1 | gold |",
        "|---|---|---|---|---|",
    ]
    for label, score in report.test.items():
        lines.append(
            f"| {label} | {score.precision:.3f} | {score.recall:.3f} | **{score.f1:.3f}** "
            f"| {score.tp + score.fn} |"
        )
    return "\n".join(lines)
