"""The domain: dataclasses for cases and sources, vocabularies, dates with precision, text."""
