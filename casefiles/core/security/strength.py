"""How hard a passphrase is to guess, said in words a caseworker can act on.

zxcvbn estimates the guesses needed against common words, names, keyboard patterns and dates.
The desktop app asks for "strong" (score 3 of 4) before it creates a store; the core itself only
refuses what is plainly too short (see `check_new_passphrase`).
"""

from dataclasses import dataclass

from zxcvbn import zxcvbn

from casefiles.core.i18n import _

ACCEPTABLE_SCORE = 3
_VERDICTS = (_("very weak"), _("weak"), _("fair"), _("strong"), _("very strong"))


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
        return Strength(0, _VERDICTS[0], [_("Type a passphrase: four or five unrelated words "
                                            "are easy to remember and hard to guess.")])
    result = zxcvbn(passphrase[:100], user_inputs=list(context))
    feedback = result["feedback"]
    advice = [text for text in [feedback.get("warning"), *feedback.get("suggestions", [])]
              if text]
    if result["score"] < ACCEPTABLE_SCORE and not advice:
        advice = [_("Add another word or two; uncommon words are better.")]
    return Strength(result["score"], _VERDICTS[result["score"]], advice)
