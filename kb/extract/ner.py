"""Optional statistical NER: a spaCy model trained on NYTK-NerKor, and how its names
are combined with the rule-based entities of `kb extract`.

The rules (kb.extract) know a gazetteer, adjectives, roles and metonymy but miss
names they have never seen; a statistical tagger generalises to unseen names but
knows only four coarse labels (PER, LOC, ORG, MISC). So the tagger may only *add*
what the rules missed (`merge`), never change what they found.

Everything here is optional: spaCy is imported lazily, the corpus (CC-BY-SA 4.0)
and the trained model stay outside the repository, and `kb extract` works without
either. See docs/ner.md for how to obtain the corpus and what the model measured.

NerKor is CoNLL-U Plus: one token per line, tab-separated columns named by the
`# global.columns` header (the NE tag is `CONLL:NER`, IOB2), a blank line between
sentences. The corpus has no SpaceAfter information, so a sentence is trained on as
space-separated tokens; NerKor splits punctuation off as spaCy's Hungarian
tokenizer does, so inference on raw text sees the same units.
"""

from __future__ import annotations

import dataclasses
import json
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb import iris
from kb.errors import InputError, KbError
from kb.extract.evaluate import Score
from kb.extract.morphology import name_nominative
from kb.model import Annotation, Article, Entity, EntityType, Mention, Name, Provenance, Span

if TYPE_CHECKING:
    from spacy.language import Language

LABELS = ("PER", "LOC", "ORG", "MISC")
GENRES = ("fiction", "legal", "news", "web", "wikipedia")
DEFAULT_GENRES = GENRES  # all: measured better than news+wikipedia, even on news
# NerKor label → entity type of a new entity. MISC (events, works, nationalities...)
# has no entity type in the ontology, so it is never added.
ENTITY_TYPES: dict[str, EntityType] = {"PER": "Person", "LOC": "Place", "ORG": "Organization"}
# Below the rules' own guesses (0.5 for an unknown capitalised name, 0.9 gazetteer).
NER_CONFIDENCE = 0.4
INSTALL_HINT = "pip install 'kb[ner]' (or: pip install 'spacy>=3.7,<4')"

NerMention = tuple[Span, str]
Progress = Callable[[str], None]


class NerUnavailable(KbError):
    """spaCy, the corpus or the trained model is missing: the line says how to get it."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One corpus sentence: its tokens and its names as token ranges (end exclusive)."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class TrainReport:
    """What a training run did and how well its best epoch scores on NerKor."""

    genres: tuple[str, ...]
    train_sentences: int
    train_tokens: int
    epochs: int
    best_epoch: int
    seconds: float
    devel: dict[str, Score]
    test: dict[str, Score]

    def as_dict(self) -> dict[str, Any]:
        def scores(table: dict[str, Score]) -> dict[str, dict[str, float]]:
            return {
                label: {"p": s.precision, "r": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp,
                        "fn": s.fn}
                for label, s in table.items()
            }  # fmt: skip

        return {
            "genres": list(self.genres),
            "train_sentences": self.train_sentences,
            "train_tokens": self.train_tokens,
            "epochs": self.epochs,
            "best_epoch": self.best_epoch,
            "seconds": round(self.seconds, 1),
            "devel": scores(self.devel),
            "test": scores(self.test),
        }


def read_corpus(root: Path, split: str, genres: Iterable[str] = GENRES) -> list[Sentence]:
    """The sentences of one split (`train`, `devel`, `test`) of the NerKor checkout at
    `root`, genre by genre and file by file in name order (so runs are repeatable)."""
    sentences: list[Sentence] = []
    for genre in genres:
        if genre not in GENRES:
            raise InputError(f"genre {genre!r}", "not a NerKor genre", f"use {', '.join(GENRES)}")
        folder = root / "data" / split / genre
        files = sorted(folder.glob("*.conllup"))
        if not files:
            raise NerUnavailable(
                f"{folder}: no NerKor .conllup files; clone "
                "https://github.com/nytud/NYTK-NerKor and give its folder (see docs/ner.md)"
            )
        for file in files:
            with file.open(encoding="utf-8") as lines:
                sentences.extend(parse_conllup(lines))
    return sentences


def parse_conllup(lines: Iterable[str]) -> Iterator[Sentence]:
    """Sentences from CoNLL-U Plus lines. Columns come from `# global.columns`
    (FORM and CONLL:NER are needed); other comment lines are skipped."""
    columns: list[str] = []
    words: list[str] = []
    tags: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("# global.columns"):
            columns = line.split("=", 1)[1].split()
        elif not line.strip():
            if words:
                yield Sentence(tuple(words), tuple(spans_from_tags(tags)))
            words, tags = [], []
        elif "\t" not in line and line.startswith("#"):
            continue  # a comment ("#FreeRazan" as a token has tab-separated columns)
        else:
            if not columns:
                raise InputError("CoNLL-U Plus", "no '# global.columns' line before the tokens")
            fields = line.split("\t")
            words.append(fields[columns.index("FORM")])
            tags.append(fields[columns.index("CONLL:NER")])
    if words:
        yield Sentence(tuple(words), tuple(spans_from_tags(tags)))


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token ranges of IOB2 or BIOES tags. An I- that does not continue a name of the
    same label starts one (the lenient IOB1 reading); an unknown tag (NerKor has one
    stray "V") counts as O."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""

    def close(end: int) -> None:
        nonlocal start
        if start >= 0:
            spans.append((start, end, label))
        start = -1

    for i, tag in enumerate(tags):
        prefix, _, name = tag.partition("-")
        if prefix not in ("B", "I", "E", "S", "L", "U") or not name:
            close(i)
            continue
        if prefix in ("B", "S", "U") or start < 0 or name != label:
            close(i)
            start, label = i, name
        if prefix in ("E", "S", "L", "U"):
            close(i + 1)
    close(len(tags))
    return spans


def train_ner(
    corpus: Path,
    out: Path,
    genres: Sequence[str] = DEFAULT_GENRES,
    max_epochs: int = 10,
    max_minutes: float | None = None,
    progress: Progress | None = None,
    seed: int = 0,
) -> TrainReport:
    """Train a blank Hungarian tok2vec+NER pipeline on NerKor's train split of `genres`,
    keep the epoch with the best devel F1 in `out`, and score it on the test split.

    Training stops after `max_epochs`, or after the first epoch that ends past
    `max_minutes`. `out/metrics.json` records the report next to the model."""
    spacy = _spacy()
    from spacy.training import Example
    from spacy.util import compounding, fix_random_seed, minibatch

    say = progress or (lambda _: None)
    fix_random_seed(seed)
    train = [s for s in read_corpus(corpus, "train", genres) if s.words]
    devel = read_corpus(corpus, "devel", genres)
    test = read_corpus(corpus, "test", genres)
    tokens = sum(len(s.words) for s in train)
    say(f"NerKor {'+'.join(genres)}: {len(train)} train sentences ({tokens} tokens), "
        f"{len(devel)} devel, {len(test)} test")  # fmt: skip

    nlp = spacy.blank("hu")
    nlp.add_pipe("ner", config={"model": _NER_MODEL})
    examples = [Example(_doc(nlp, s.words), _gold_doc(nlp, s)) for s in train]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    started = time.monotonic()
    best_f1, best_epoch, epoch = -1.0, 0, 0
    best_devel: dict[str, Score] = {}
    while epoch < max_epochs:
        epoch += 1
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        scores = evaluate_ner(nlp, devel)
        elapsed = time.monotonic() - started
        say(f"epoch {epoch}/{max_epochs}: loss {losses.get('ner', 0.0):.0f}, devel F1 "
            f"{scores['all'].f1:.3f} ({elapsed / 60:.1f} min)")  # fmt: skip
        if scores["all"].f1 > best_f1:
            best_f1, best_epoch, best_devel = scores["all"].f1, epoch, scores
            nlp.to_disk(out)
        if max_minutes is not None and elapsed > max_minutes * 60:
            say(f"stopping: past {max_minutes:g} minutes")
            break
    seconds = time.monotonic() - started
    best = spacy.load(out)
    report = TrainReport(
        genres=tuple(genres),
        train_sentences=len(train),
        train_tokens=tokens,
        epochs=epoch,
        best_epoch=best_epoch,
        seconds=seconds,
        devel=best_devel,
        test=evaluate_ner(best, test),
    )
    (out / "metrics.json").write_text(json.dumps(report.as_dict(), indent=2), encoding="utf-8")
    say(f"kept epoch {best_epoch} in {out}: test F1 {report.test['all'].f1:.3f}")
    return report


def evaluate_ner(nlp: Language, sentences: Sequence[Sentence]) -> dict[str, Score]:
    """Exact-match span counts per label and over all labels (`all`), the model
    reading the corpus tokens (so tokenisation errors do not count against it)."""
    counts = {label: Score() for label in (*LABELS, "all")}
    docs = (_doc(nlp, s.words) for s in sentences)
    for sentence, doc in zip(sentences, nlp.pipe(docs, batch_size=256), strict=True):
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        gold = set(sentence.spans)
        for label in {lab for *_, lab in pred | gold}:
            tp = len({x for x in pred & gold if x[2] == label})
            fp = len({x for x in pred if x[2] == label}) - tp
            fn = len({x for x in gold if x[2] == label}) - tp
            counts[label] = counts.get(label, Score()) + Score(tp, fp, fn)
            counts["all"] += Score(tp, fp, fn)
    return counts


def load_ner(path: Path) -> Language:
    """The trained model at `path` (loaded once per process)."""
    return _load(str(Path(path).resolve()))


def ner_mentions(model: Language, article: Article) -> list[NerMention]:
    """The model's names in `article`, sentence by sentence (as it was trained), with
    offsets into `article.text`. A sentence's final full stop is never part of a name:
    NerKor always splits it off, but spaCy keeps it on "MTI." at the end."""
    found: list[NerMention] = []
    for sentence in article.sentences:
        for ent in model(sentence.text).ents:
            start = sentence.start + ent.start_char
            end = sentence.start + ent.end_char
            if ent.end_char == len(sentence.text) and article.text[start:end].endswith("."):
                end -= 1
            if start < end and "\n" not in article.text[start:end]:
                found.append((Span(article.text[start:end], start, end), ent.label_))
    return found


def merge(
    annotation: Annotation,
    article: Article,
    mentions: Iterable[NerMention],
    confidence: float = NER_CONFIDENCE,
) -> Annotation:
    """The rule annotation plus the names only the model found.

    The policy, in order:

    1. MISC is dropped: no entity type fits it.
    2. A model span that overlaps any rule mention is dropped: the rules' reading
       (gazetteer, Wikidata id, fine type, metonymy) always wins.
    3. The nominative is guessed by taking an unambiguous case ending off the last
       word ("Varga Mihállyal" → "Varga Mihály", "Fidesz-t" → "Fidesz").
    4. A name equal to a rule entity's `name.hu` is a further mention of that entity
       (the rules knew the name but missed this form).
    5. Otherwise spans with the same label and nominative become one new machine
       entity: Person / Organization / Place, no Wikidata id, `confidence`.
    """
    taken = [m.span for e in annotation.entities for m in e.mentions]
    by_name = {e.name.hu.lower(): e.id for e in annotation.entities}
    added: dict[str, list[Span]] = {}
    new: dict[tuple[str, str], Entity] = {}
    ids = {e.id for e in annotation.entities}
    for span, label in sorted(mentions, key=lambda m: m[0].start):
        if article.text[span.start : span.end] != span.text:
            raise ValueError(f"NER span {span} is not in the article text")
        if label not in ENTITY_TYPES or any(_overlap(span, t) for t in taken):
            continue
        taken.append(span)
        hu = name_nominative(span.text)
        if hu.lower() in by_name:
            added.setdefault(by_name[hu.lower()], []).append(span)
            continue
        key = (label, hu.lower())
        if key not in new:
            entity_id = _new_id(hu, ids)
            ids.add(entity_id)
            new[key] = Entity(
                id=entity_id,
                type=ENTITY_TYPES[label],
                name=Name(hu, hu),
                mentions=(),
                prov=Provenance("machine", confidence),
            )
        entity = new[key]
        new[key] = dataclasses.replace(entity, mentions=(*entity.mentions, Mention(span)))
    entities = tuple(
        dataclasses.replace(e, mentions=_sorted((*e.mentions, *map(Mention, added[e.id]))))
        if e.id in added
        else e
        for e in annotation.entities
    )
    return dataclasses.replace(annotation, entities=(*entities, *new.values()))


def apply_ner(annotation: Annotation, article: Article, model_path: Path) -> Annotation:
    """`merge` with the model at `model_path`: what `kb extract --ner PATH` does."""
    return merge(annotation, article, ner_mentions(load_ner(model_path), article))


# --- helpers ---------------------------------------------------------------------------


# The ner component's own tok2vec (as `spacy init config --optimize efficiency`), with
# more hash rows for NORM and SUFFIX: Hungarian has many word forms, and a 3-letter
# suffix is mostly the case ending.
_NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 96,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [10000, 2000, 5000, 2500],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 96,
            "depth": 4,
            "window_size": 1,
            "maxout_pieces": 3,
        },
    },
}


def _spacy() -> Any:
    try:
        import spacy
    except ImportError:
        raise NerUnavailable(f"statistical NER needs spaCy: {INSTALL_HINT}") from None
    return spacy


@lru_cache(maxsize=4)
def _load(path: str) -> Language:
    spacy = _spacy()
    if not (Path(path) / "meta.json").exists():
        raise NerUnavailable(
            f"{path}: no trained NER model here; train one with "
            "`kb train-ner PATH/TO/NYTK-NerKor --out models/ner-hu` (see docs/ner.md)"
        )
    return spacy.load(path)


def _doc(nlp: Language, words: Sequence[str]) -> Any:
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=list(words))


def _gold_doc(nlp: Language, sentence: Sentence) -> Any:
    from spacy.tokens import Span as Entity

    doc = _doc(nlp, sentence.words)
    doc.ents = [Entity(doc, start, end, label=label) for start, end, label in sentence.spans]
    return doc


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _sorted(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    return tuple(sorted(mentions, key=lambda m: (m.span.start, m.span.end)))


def _new_id(name: str, taken: set[str]) -> str:
    entity_id = iris.slugify(name) or "entity"
    while entity_id in taken:
        entity_id += "-2"
    return entity_id
