"""Stage 5, formats: a validated graph into bytes, and RDF files back into graphs.

`serialize` is the registry of output formats (RDF syntaxes, JSON-LD, the web page and
its schema.org markup); `parse` reads every syntax kb writes; `writers` puts files on
disk all or nothing.
"""
