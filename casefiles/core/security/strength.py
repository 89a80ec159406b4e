"""How hard a passphrase is to guess, said in words a caseworker can act on.

zxcvbn estimates the guesses needed against common words, names, keyboard patterns and dates.
The desktop app asks for "strong" (score 3 of 4) before it creates a store; the core itself only
refuses what is plainly too short (see `check_new_passphrase`).
"""

from dataclasses import dataclass

from zxcvbn import zxcvbn

from casefiles.core.i18n import N_, _

ACCEPTABLE_SCORE = 3
_VERDICTS = (N_("very weak"), N_("weak"), N_("fair"), N_("strong"), N_("very strong"))
# zxcvbn's own advice, in English: listed here so that the translators see it, and translated
# where it is shown.
_ZXCVBN_ADVICE = (
    N_('A word by itself is easy to guess.'),
    N_('Add another word or two. Uncommon words are better.'),
    N_('All-uppercase is almost as easy to guess as all-lowercase.'),
    N_('Avoid dates and years that are associated with you.'),
    N_('Avoid recent years.'),
    N_('Avoid repeated words and characters.'),
    N_('Avoid sequences.'),
    N_('Avoid years that are associated with you.'),
    N_("Capitalization doesn't help very much."),
    N_('Common names and surnames are easy to guess.'),
    N_('Dates are often easy to guess.'),
    N_('Names and surnames by themselves are easy to guess.'),
    N_('No need for symbols, digits, or uppercase letters.'),
    N_("Predictable substitutions like '@' instead of 'a' don't help very much."),
    N_('Recent years are easy to guess.'),
    N_('Repeats like "aaa" are easy to guess.'),
    N_('Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    N_("Reversed words aren't much harder to guess."),
    N_('Sequences like "abc" or "6543" are easy to guess.'),
    N_('Short keyboard patterns are easy to guess.'),
    N_('Straight rows of keys are easy to guess.'),
    N_('This is a top-10 common password.'),
    N_('This is a top-100 common password.'),
    N_('This is a very common password.'),
    N_('This is similar to a commonly used password.'),
    N_('Use a few words, avoid common phrases.'),
    N_('Use a longer keyboard pattern with more turns.'),
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (guessed at once) to 4 (beyond reach)
    verdict: str
    advice: list[str]

    @property
    def acceptable(self) -> bool:
        return self.score >= ACCEPTABLE_SCORE


def assess(passphrase: str, context: tuple[str, ...] = ("casefiles",)) -> Strength:
    """Score a passphrase; `context` holds words it must not lean on (the app's name...)."""
    if not passphrase:
        return Strength(0, _(_VERDICTS[0]), [_("Type a passphrase: four or five unrelated words "
                                            "are easy to remember and hard to guess.")])
    result = zxcvbn(passphrase[:100], user_inputs=list(context))
    feedback = result["feedback"]
    advice = [_(text) for text in [feedback.get("warning"), *feedback.get("suggestions", [])]
              if text]
    if result["score"] < ACCEPTABLE_SCORE and not advice:
        advice = [_("Add another word or two; uncommon words are better.")]
    return Strength(result["score"], _(_VERDICTS[result["score"]]), advice)
