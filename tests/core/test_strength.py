"""Passphrase strength in words."""

from casefiles.core.security.strength import assess


def test_common_password_is_weak_with_advice() -> None:
    result = assess("password1")
    assert (result.score, result.acceptable) == (0, False)
    assert result.advice


def test_several_unrelated_words_are_strong() -> None:
    result = assess("ochre lantern mizan orchard")
    assert result.acceptable
    assert result.verdict in ("strong", "very strong")


def test_empty_passphrase_gets_guidance() -> None:
    assert "unrelated words" in assess("").advice[0]


def test_the_apps_own_name_does_not_count() -> None:
    assert assess("casefiles2024").score < assess("ochre lantern mizan orchard").score
