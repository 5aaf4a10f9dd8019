"""The Python API: the pipeline's stages as functions on `kb`."""

from __future__ import annotations

import pytest
from conftest import MINIMAL
from rdflib import Graph

import kb


def test_an_article_goes_through_the_api_from_folder_to_turtle() -> None:
    mapped = kb.map_document(kb.read_document(MINIMAL))
    assert kb.validate(mapped.graph) == []
    turtle = kb.serialize(mapped.graph, mapped.article, "ttl")
    assert len(Graph().parse(data=turtle, format="turtle")) == len(mapped.graph)


def test_an_article_text_can_be_read_by_the_extractor() -> None:
    document = kb.extract_document(MINIMAL / "article.txt")
    assert document.annotation.article.annotator == "machine"
    assert kb.validate(kb.map_document(document).graph) == []


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'load_everything'"):
        _ = kb.load_everything
