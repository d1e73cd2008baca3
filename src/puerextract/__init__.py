"""puerextract: bilingual (Chinese/English) biomedical text mining for pharmacology literature."""

__version__ = "0.1.0"


def __getattr__(name: str):  # noqa: ANN202 - the lazily imported attribute
    """``puerextract.load`` without importing spaCy for every ``import puerextract``."""
    if name == "load":
        from .components import load

        return load
    raise AttributeError(f"module 'puerextract' has no attribute {name!r}")
