"""Web output of an article graph: schema.org markup and a readable HTML page.

Both are read from the same validated rdflib graph as the Turtle (through
`kb.formats.web.view`), never from annotation.yaml, so the page, its markup and the
knowledge base always name the same things with the same IRIs.
"""
