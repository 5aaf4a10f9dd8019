"""What kb publishes survives a round trip through the store it ships.

Oxigraph keeps only primitive XSD datatypes (an xsd:nonNegativeInteger comes back as
xsd:integer), so kb writes xsd:integer with sh:minInclusive in the shapes: a graph
dumped from kb's embedded store must validate as the export did.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph

from tests.conftest import SEED_SLUG, run_kb


def test_a_dump_of_the_embedded_store_validates(seed_export: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    loaded = run_kb("load", seed_export / f"{SEED_SLUG}.trig", "--store", store)
    assert loaded.exit_code == 0, loaded.stderr
    dump = tmp_path / "dump.nq"
    pyoxigraph.Store(str(store)).dump(str(dump), pyoxigraph.RdfFormat.N_QUADS)
    result = run_kb("validate", dump)
    assert result.exit_code == 0, result.stderr
    assert "conforms" in result.stderr
