"""The published schemas: generated from the model, committed, and what a bundle must follow."""

import json

import pytest

from casefiles.core.errors import BundleRefused
from casefiles.core.exchange.bundle_schema import (
    SCHEMA_NAMES,
    generate,
    render,
    schema_path,
    validate,
)
from casefiles.core.model.vocab import vocabulary
from tests.core.exchange.helpers import case_json, source_json


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_committed_schema_is_what_the_model_generates(name: str) -> None:
    """Run `.venv/bin/python scripts/make_schema.py` when this fails after a model change."""
    assert schema_path(name).read_text(encoding="utf-8") == render(name)


def test_vocabulary_codes_are_the_enums() -> None:
    incident = generate("case")["$defs"]["Incident"]["properties"]
    assert incident["province"]["enum"] == [*vocabulary("provinces").codes(), None]
    assert incident["type"]["enum"] == [*vocabulary("incident_types").codes(), None]


@pytest.mark.parametrize("profile", ["partner_organisation", "asylum_authority"])
def test_redacted_cases_follow_the_schema(profile: str) -> None:
    case = case_json(profile=profile)
    validate("case", case, "case")
    validate("case", {k: v for k, v in case.items() if k != "identity"}, "case")
    validate("source", source_json(case["uuid"]), "source")


def test_schema_refusal_names_the_place() -> None:
    case = case_json()
    case["incidents"][0]["date"] = "15/08/2021"
    with pytest.raises(BundleRefused, match="at incidents/0/date"):
        validate("case", case, "cases/x.json")
    assert json.loads(schema_path("case").read_text())["required"] == ["uuid"]
