"""The dossier's own words (headings and field labels) in the dossier's language.

They live as data in `resources/dossier/labels.json` (English and Dari), like the
vocabularies: a dossier in Dari needs Dari headings whatever the app's interface language.
"""

import json
from functools import cache
from typing import Any

from casefiles.core.resources import resources_dir

LANGUAGES = ("en", "fa")


@cache
def _labels() -> dict[str, dict[str, str]]:
    data = json.loads((resources_dir() / "dossier" / "labels.json").read_text("utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}


def label(key: str, lang: str, **values: Any) -> str:
    """The label `key` in `lang` (English if it has none), with {placeholders} filled."""
    entry = _labels()[key]
    return (entry.get(lang) or entry["en"]).format(**values)
