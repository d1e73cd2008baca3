"""puerextract: bilingual (Chinese/English) biomedical text mining for pharmacology literature."""

__version__ = "0.1.0"
