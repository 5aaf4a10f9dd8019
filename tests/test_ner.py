"""kb.extract.ner: the NerKor reader, offsets of model names, the merge policy, a tiny training.

The corpus here is tests/data/ner/: a few invented sentences in NerKor's layout, not
NerKor itself (which must never be committed).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from kb.cli.ner import train_ner_command
from kb.errors import InputError
from kb.extract.morphology import name_nominative as nominative
from kb.extract.ner import (
    NerUnavailable,
    Sentence,
    load_ner,
    merge,
    ner_mentions,
    parse_conllup,
    read_corpus,
    spans_from_tags,
)
from kb.model import Annotation, Article, ArticleMeta, Entity, Mention, Name, Span
from kb.read.article import read_article
from kb.read.check import check_annotation
from kb.read.dump import dump_annotation

CORPUS = Path(__file__).resolve().parent / "data" / "ner"
TEXT = (
    "Varga Mihály Brüsszelben tárgyalt\n"
    "2025. március 12. – 10:00\n"
    "Varga Mihály pénzügyminiszter szerint a Richter Gedeon nyeresége nőtt. "
    "A Richter Gedeonnal Brüsszelben a Világbank is tárgyalt – írja az MTI."
)


@pytest.fixture
def article(tmp_path: Path) -> Article:
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    return read_article(tmp_path)


def at(text: str, occurrence: int = 0) -> Span:
    """The span of the `occurrence`-th `text` in TEXT."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Span(text, start, start + len(text))


def rules() -> Annotation:
    """What the rules might have found: Varga in the body, the MTI."""
    return Annotation(
        article=ArticleMeta(slug="ner-test", annotator="machine"),
        entities=(
            Entity("mihaly-varga", "Person", Name("Varga Mihály", "Mihály Varga"),
                   (Mention(at("Varga Mihály", 1)),)),
            Entity("mti", "NewsAgency", Name("MTI", "MTI"), (Mention(at("MTI")),),
                   wikidata="Q1416473"),
        ),
    )  # fmt: skip


# --- the corpus reader -------------------------------------------------------------------


def test_conllup_sentences_have_tokens_and_token_spans() -> None:
    sentences = read_corpus(CORPUS, "train", ["news"])
    assert sentences[0] == Sentence(
        ("Kovács", "Anna", "Budapesten", "dolgozik", "."), ((0, 2, "PER"), (2, 3, "LOC"))
    )
    assert sentences[1].spans == ((1, 4, "ORG"),)  # "Magyar Nemzeti Bank"
    # a comment line is skipped; a token that starts with "#" is a token
    assert sentences[-1] == Sentence(("#kamat", "a", "Mol"), ((2, 3, "ORG"),))


def test_columns_come_from_the_header_and_the_last_sentence_needs_no_blank_line() -> None:
    lines = ["# global.columns = CONLL:NER FORM\n", "B-LOC\tGenfben\n", "O\tvolt\n"]
    assert list(parse_conllup(lines)) == [Sentence(("Genfben", "volt"), ((0, 1, "LOC"),))]
    with pytest.raises(InputError, match=r"global\.columns"):
        list(parse_conllup(["Genf\tB-LOC\n"]))


def test_tags_iob2_bioes_and_strays() -> None:
    assert spans_from_tags(["B-PER", "I-PER", "O", "B-ORG", "B-ORG", "I-ORG"]) == [
        (0, 2, "PER"), (3, 4, "ORG"), (4, 6, "ORG"),
    ]  # fmt: skip
    assert spans_from_tags(["S-LOC", "B-ORG", "I-ORG", "E-ORG", "O"]) == [
        (0, 1, "LOC"), (1, 4, "ORG"),
    ]  # fmt: skip
    # an I- that continues nothing starts a name; NerKor's one stray "V" is O
    assert spans_from_tags(["O", "I-MISC", "I-LOC", "V", "B-PER"]) == [
        (1, 2, "MISC"), (2, 3, "LOC"), (4, 5, "PER"),
    ]  # fmt: skip


def test_a_missing_corpus_or_genre_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(NerUnavailable, match="NYTK-NerKor"):
        read_corpus(tmp_path, "train", ["news"])
    with pytest.raises(InputError, match="not a NerKor genre"):
        read_corpus(CORPUS, "train", ["sport"])


# --- names and offsets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Brüsszelben", "Brüsszel"),
        ("Moszkvának", "Moszkva"),
        ("Richter Gedeonnal", "Richter Gedeon"),
        ("Varga Mihállyal", "Varga Mihály"),
        ("MNB-nek", "MNB"),
        ("Budapest", "Budapest"),  # "-t" is never taken off: it may be the stem
        ("Zoltán", "Zoltán"),
        ("Tibet", "Tibet"),  # too short a stem for "-et"
    ],
)
def test_nominative_takes_off_unambiguous_case_endings(surface: str, name: str) -> None:
    assert nominative(surface) == name


def test_model_names_get_offsets_into_the_article(article: Article) -> None:
    def model(text: str) -> SimpleNamespace:
        """Marks "Richter Gedeon", "MTI." at the end, and a span across a line break."""
        ents = []
        if "Richter Gedeon" in text:
            start = text.index("Richter Gedeon")
            ents.append(SimpleNamespace(start_char=start, end_char=start + 14, label_="ORG"))
        if "\n" in text:
            ents.append(SimpleNamespace(start_char=0, end_char=len(text), label_="MISC"))
        if text.endswith("MTI."):
            ents.append(SimpleNamespace(start_char=len(text) - 4, end_char=len(text), label_="ORG"))
        return SimpleNamespace(ents=ents)

    found = ner_mentions(model, article)  # type: ignore[arg-type]
    assert found == [
        (at("Richter Gedeon"), "ORG"),
        (at("Richter Gedeon", 1), "ORG"),
        (at("MTI"), "ORG"),  # without the sentence's full stop
    ]


# --- the merge policy ----------------------------------------------------------------------


def test_merge_adds_only_what_the_rules_missed(article: Article) -> None:
    mentions = [
        (at("Varga Mihály"), "PER"),  # headline: the rules' name, missed form
        (at("Varga Mihály", 1), "PER"),  # the rules have it
        (at("Brüsszelben"), "LOC"),
        (at("Richter Gedeon"), "ORG"),
        (at("Richter Gedeonnal"), "ORG"),
        (at("Brüsszelben", 1), "LOC"),
        (at("Világbank"), "MISC"),  # no entity type for MISC
        (at("MTI"), "PER"),  # overlaps a rule mention: the gazetteer wins
    ]
    merged = merge(rules(), article, mentions)
    by_id = {e.id: e for e in merged.entities}
    assert list(by_id) == ["mihaly-varga", "mti", "brusszel", "richter-gedeon"]
    assert [m.span for m in by_id["mihaly-varga"].mentions] == [
        at("Varga Mihály"), at("Varga Mihály", 1),
    ]  # fmt: skip
    assert by_id["mti"] == rules().entities[1]
    company = by_id["richter-gedeon"]
    assert (company.type, company.name.hu, company.wikidata) == (
        "Organization", "Richter Gedeon", None,
    )  # fmt: skip
    assert [m.span.text for m in company.mentions] == ["Richter Gedeon", "Richter Gedeonnal"]
    assert (company.prov.origin, company.prov.confidence) == ("machine", 0.4)
    assert by_id["brusszel"].type == "Place"
    assert len(by_id["brusszel"].mentions) == 2
    check_annotation(merged, article, "merged")
    assert "richter-gedeon" in dump_annotation(merged)


def test_merge_without_model_names_changes_nothing(article: Article) -> None:
    assert merge(rules(), article, []) == rules()


def test_merge_refuses_spans_of_another_text(article: Article) -> None:
    with pytest.raises(ValueError, match="not in the article"):
        merge(rules(), article, [(Span("Genf", 0, 4), "LOC")])


def test_a_missing_model_says_how_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(NerUnavailable, match=r"spaCy|kb train-ner"):
        load_ner(tmp_path / "no-model")


# --- training (needs spaCy) ------------------------------------------------------------------


def test_train_ner_trains_a_loadable_model(tmp_path: Path, article: Article) -> None:
    pytest.importorskip("spacy")
    out = tmp_path / "model"
    result = CliRunner().invoke(
        train_ner_command,
        [str(CORPUS), "--out", str(out), "--genres", "news", "--epochs", "2"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert "| all |" in result.stdout
    assert "epoch 2/2" in result.stderr
    assert (out / "metrics.json").exists()
    for span, label in ner_mentions(load_ner(out), article):
        assert TEXT[span.start : span.end] == span.text
        assert label in ("PER", "LOC", "ORG", "MISC")
