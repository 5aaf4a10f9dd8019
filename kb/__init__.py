"""kb: turn a news article into a validated linked-data knowledge base."""

__version__ = "0.1.0"
