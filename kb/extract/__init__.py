"""`kb extract`: an offline, rule-based Hungarian reader that drafts annotation.yaml."""

from kb.extract.pipeline import extract

__all__ = ["extract"]
