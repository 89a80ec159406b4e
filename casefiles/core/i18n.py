"""Translation of the user-visible strings of the core and the CLI, and the language in force.

Every message a user can read goes through `_()` (or `ngettext`), or is marked with `N_()` where
it must stay untranslated until used. The catalogues are the same Qt `.ts` files the desktop app
is translated with (resources/translations/casefiles_<locale>.ts, where the core's strings are
the context "" that `pyside6-lupdate -tr-function-alias tr+=_` extracts); the build compiles
their translations of that context into casefiles_<locale>.json, which is all this module
reads, so the core and the CLI stay free of Qt. The desktop app calls `set_language` with the
caseworker's choice before it shows anything; vocabulary labels and dates follow `language()`.
Until a language is set, everything is English, the source language.
"""

import json
from collections.abc import Callable

from casefiles.core.resources import resources_dir

# The interface languages: code -> (Qt locale of the catalogue, the language's own name).
LANGUAGES = {"en": ("en", "English"), "fa": ("fa_AF", "دری"), "ps": ("ps", "پښتو")}
RIGHT_TO_LEFT = frozenset({"fa", "ps"})

_language = "en"
_catalogue: dict[str, list[str]] = {}
_transform: Callable[[str], str] | None = None  # the app's layout test mode (stretched texts)


def catalogue_path(lang: str) -> str:
    """Where the compiled catalogue of `lang` is (scripts/build_translations.py writes it)."""
    return str(resources_dir() / "translations" / f"casefiles_{LANGUAGES[lang][0]}.json")


def set_language(lang: str) -> None:
    """Make `lang` ("en", "fa" or "ps") the language of messages and labels from now on.

    A language whose catalogue has not been compiled falls back to English messages (labels
    of the vocabularies, which ship in every language, still follow it).
    """
    global _language, _catalogue
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _language = lang
    _catalogue = {}
    if lang != "en":
        try:
            with open(catalogue_path(lang), encoding="utf-8") as f:
                _catalogue = json.load(f)
        except FileNotFoundError:
            pass


def set_transform(transform: Callable[[str], str] | None) -> None:
    """Pass every message through `transform` (the desktop app's test mode that stretches
    texts, to find layouts that break in a longer language); None ends it."""
    global _transform
    _transform = transform


def shown(text: str) -> str:
    """A text from data rather than code (a vocabulary label, a profile's description) as
    it is shown: itself, or stretched in the app's layout test mode."""
    return _transform(text) if _transform else text


def language() -> str:
    """The language in force: "en", "fa" or "ps"."""
    return _language


def lang_or_current(lang: str | None) -> str:
    """`lang` when a caller asks for one (a dossier in Dari whatever the interface), else the
    language in force."""
    return lang or _language


def _(message: str) -> str:
    """`message` translated into the language in force."""
    forms = _catalogue.get(message)
    text = forms[0] if forms and forms[0] else message
    return _transform(text) if _transform else text


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form of a message for count `n`, translated. Dari and Pashto
    have the same two forms as English (one, and every other number)."""
    forms = _catalogue.get(singular)
    if forms and all(forms):
        text = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    else:
        text = singular if n == 1 else plural
    return _transform(text) if _transform else text


def N_(message: str) -> str:
    """Mark `message` for extraction without translating it: for texts defined at import time
    (before the language is set) and translated with `_()` where they are shown."""
    return message
