"""Free text that would give away what a profile withholds is found and named."""

from casefiles.core.exchange.leaks import free_text_leaks
from casefiles.core.exchange.redaction import load_profile
from casefiles.core.model import serial
from casefiles.core.model.case import Case


def _case(**extra: object) -> Case:
    data = {"summary": "Former commando from Daman district; his tazkira 1398-0101-22873 was "
                       "taken at the checkpoint.",
            "consent": {"scope": ["record", "share_partners", "public_advocacy"]},
            "person": {"pseudonym": "Cedar", "origin_province": "AF-KAN",
                       "origin_district": "Daman", "current_place": "Mashhad"},
            "service": [{"institution": "ana_sf", "unit": "6th Commando Kandak"}],
            "incidents": [{"type": "threat", "city": "Quetta",
                           "description": "Yasin Rahimi was named in a letter; now in Mashhad."}],
            "identity": {"full_name": "Mohammad Yasin Rahimi",
                         "tazkira_number": "1398-0101-22873"}}
    data.update(extra)
    return serial.from_json(Case, data)


def test_withheld_values_in_free_text_are_reported_for_a_partner() -> None:
    leaks = {(leak.where, leak.field): leak.value
             for leak in free_text_leaks(_case(), load_profile("partner_organisation"))}
    assert leaks[("summary", "person.origin_district")] == "Daman"
    assert leaks[("summary", "identity.tazkira_number")] == "1398-0101-22873"
    assert leaks[("incidents.description", "person.current_place")] == "Mashhad"
    assert leaks[("incidents.description", "identity.full_name")] in {"Yasin", "Rahimi"}
    messages = [leak.message() for leak in
                free_text_leaks(_case(), load_profile("partner_organisation"))]
    assert any("\u201cDaman\u201d" in m and "reword it" in m for m in messages)
    assert not any("Yasin" in m or "Rahimi" in m or "22873" in m for m in messages)


def test_public_advocacy_lets_no_free_text_out_so_nothing_leaks() -> None:
    assert free_text_leaks(_case(), load_profile("public_advocacy")) == []


def test_what_a_profile_shows_is_not_a_leak() -> None:
    """The asylum authority sees districts and places; without the consent it does not see
    the identity, so a name in the text is still reported."""
    leaks = {(leak.where, leak.field) for leak in
             free_text_leaks(_case(), load_profile("asylum_authority"))}
    assert ("summary", "person.origin_district") not in leaks
    assert ("summary", "identity.tazkira_number") in leaks
    consented = _case(consent={"scope": ["record", "identity_to_authorities"]})
    assert free_text_leaks(consented, load_profile("asylum_authority")) == []


def test_whole_words_only() -> None:
    case = _case(summary="He served in Damanabad, not the district itself.")
    fields = {leak.field for leak in free_text_leaks(case, load_profile("partner_organisation"))
              if leak.where == "summary"}
    assert "person.origin_district" not in fields
