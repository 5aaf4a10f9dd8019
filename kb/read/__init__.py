"""Stage 1, read: an article folder into the model.

`article.txt` becomes an `Article` (headline, date line, sentences); `annotation.yaml`
is loaded against its JSON Schema and checked against the text. `dump` writes the
annotation format back (what `kb extract` drafts), so the format lives in one place.
"""
