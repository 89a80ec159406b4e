"""Case JSON input: anything a script sends is either a valid case or a clear InvalidInput."""

from hypothesis import given, settings
from hypothesis import strategies as st

from casefiles.core.errors import InvalidInput
from casefiles.core.model import serial
from casefiles.core.model.case import Case

_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.sampled_from(
    ["AF-KAN", "Kandahar", "nds", "2021-08-15", "24 Asad 1400", "threat", "in_iran", "yes"])
_json = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=12)
_field_names = st.sampled_from(["summary", "tags", "person", "identity", "incidents", "service",
                                "relatives", "risk", "consent", "stage", "origin_province",
                                "date", "type", "factors", "photos", "data", "present"])
_case_like = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_field_names, inner, max_size=4),
    max_leaves=20)


@settings(max_examples=300)
@given(st.one_of(_json, _case_like))
def test_from_json_accepts_or_explains(data: object) -> None:
    try:
        case = serial.from_json(Case, data)
    except InvalidInput as err:
        case, message = None, str(err)
    if case is None:
        assert message
    else:  # what was accepted serialises and reads back to the same case
        assert serial.from_json(Case, serial.to_json(case)) == case


def test_merge_patch_matches_list_items_by_uuid() -> None:
    base = {"incidents": [{"uuid": "a", "type": "threat", "description": "x"},
                          {"uuid": "b", "type": "killing"}], "summary": "s"}
    patch = {"incidents": [{"uuid": "b", "description": "y"}, {"type": "dismissal"}]}
    assert serial.merge_patch(base, patch) == {
        "incidents": [{"uuid": "b", "type": "killing", "description": "y"},
                      {"type": "dismissal"}], "summary": "s"}
