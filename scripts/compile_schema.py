"""Rewrite `kb/read/compiled_schema.py` from `schema/annotation.schema.json`.

Run after changing the schema: `python scripts/compile_schema.py`. The test suite
fails while the committed module and the schema disagree.
"""

from pathlib import Path

from kb.read.annotation import compiled_schema_code

TARGET = Path(__file__).resolve().parent.parent / "kb" / "read" / "compiled_schema.py"

if __name__ == "__main__":
    TARGET.write_text(compiled_schema_code(), encoding="utf-8")
    print(f"wrote {TARGET}")
