"""Translation hooks for user-visible strings in the core and the CLI.

Every message a user can read goes through `_()` from the first line written, so that Dari and
Pashto catalogues can be added without touching the call sites. Until catalogues ship, gettext's
NullTranslations returns the English source string.
"""

import gettext

_translations: gettext.NullTranslations = gettext.NullTranslations()


def _(message: str) -> str:
    """Return `message` translated into the active language."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Return the singular or plural form of a message for count `n`, translated."""
    return _translations.ngettext(singular, plural, n)
