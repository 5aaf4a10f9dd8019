"""Stage 6, store: article graphs into a SPARQL store, and queries out of it.

`graphfiles` reads exported files into one named graph per article; `embedded` is the
on-disk Oxigraph store; `endpoint` any SPARQL 1.1 server; `server` runs Oxigraph's own
HTTP server; `results` renders answers.
"""
