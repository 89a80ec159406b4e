"""Controlled vocabularies (provinces, institutions, incident types, ...) loaded from resources.

The terms live as data in `resources/vocab/*.json`, each with a stable code (what the database
stores), English, Dari and Pashto labels, and the other spellings met in reporting. Code never
spells a term out; it asks the vocabulary.
"""

import json
from dataclasses import dataclass, field
from functools import cache

from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import _, lang_or_current, shown
from casefiles.core.model.textnorm import excerpt, normalise
from casefiles.core.resources import resources_dir

LANGUAGES = ("en", "fa", "ps")


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary."""

    code: str
    labels: dict[str, str]
    aliases: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    def label(self, lang: str | None = None) -> str:
        """The label in `lang` (default: the interface's language), falling back to English."""
        return shown(self.labels.get(lang_or_current(lang)) or self.labels["en"])


def _key(text: str) -> str:
    """Matching form of a label: normalised script, case-folded, separators ignored."""
    return "".join(ch for ch in normalise(text).casefold() if ch.isalnum())


@dataclass(frozen=True)
class Vocabulary:
    """A named, ordered list of terms with lookup by code, label or alias in any language."""

    name: str
    terms: tuple[Term, ...]

    def __post_init__(self) -> None:
        index: dict[str, Term] = {}
        for term in self.terms:
            for text in (term.code, *term.labels.values(), *term.aliases):
                index.setdefault(_key(text), term)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_by_code", {t.code: t for t in self.terms})

    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def get(self, code: str) -> Term:
        """The term with this exact code (KeyError if none)."""
        return self._by_code[code]  # type: ignore[attr-defined]

    def find(self, text: str) -> Term | None:
        """The term whose code, label or alias matches `text` (any language, any case). An
        exact code, as stored data and bundles carry, is found without normalising."""
        return (self._by_code.get(text)  # type: ignore[attr-defined]
                or self._index.get(_key(text)))  # type: ignore[attr-defined]

    def resolve(self, text: str, where: str = "") -> str:
        """Return the code `text` names, or raise InvalidInput saying what is accepted."""
        term = self.find(text) if text else None
        if term is None:
            sample = ", ".join(self.codes()[:8]) + (", ..." if len(self.terms) > 8 else "")
            raise InvalidInput(_("{where}: {value} is not a known {vocab} (use one of: {sample})")
                               .format(where=where or self.name, value=excerpt(text),
                                       vocab=self.name, sample=sample))
        return term.code

    def label(self, code: str | None, lang: str | None = None) -> str:
        """Label of `code` in `lang`; an unknown or empty code is shown as it is."""
        if not code:
            return ""
        term = self._by_code.get(code)  # type: ignore[attr-defined]
        return term.label(lang) if term else code


@cache
def vocabulary(name: str) -> Vocabulary:
    """Load `resources/vocab/<name>.json` once per process."""
    path = resources_dir() / "vocab" / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    terms = []
    for entry in data["terms"]:
        entry = dict(entry)
        code = entry.pop("code")
        labels = {lang: entry.pop(lang) for lang in LANGUAGES if lang in entry}
        aliases = tuple(entry.pop("aliases", ()))
        terms.append(Term(code=code, labels=labels, aliases=aliases, extra=entry))
    return Vocabulary(name=name, terms=tuple(terms))
