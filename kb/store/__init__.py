"""Stage 6, store: article graphs into a SPARQL store, and queries out of it.

`graphfiles` reads exported files into one named graph per article; `layout` splits
each into what the article says and what its entities are (the shared entity graph);
`corpus` checks a load against the store and plans its batches; `batches` writes them
into the on-disk Oxigraph store (`embedded`), `endpoint` into any SPARQL 1.1 server;
`server` runs Oxigraph's own HTTP server; `results` renders answers.
"""
