"""The case and everything recorded about its subject, as plain dataclasses.

Grounded in the HURIDOCS "who did what to whom" model and the EUAA Country Guidance on
Afghanistan. Field metadata drives the generic JSON and database mapping in `serial.py`:
`vocab` names the controlled vocabulary a code field draws from; `sensitivity="identity"` marks
what is withheld from every output unless the caseworker deliberately includes it.
"""

from dataclasses import dataclass, field
from typing import Any

from casefiles.core.model.dates import FuzzyDate

IDENTITY = "identity"


def vocab(name: str, default: Any = None) -> Any:
    """A field holding a code from vocabulary `name`."""
    return field(default=default, metadata={"vocab": name})


def vocab_list(name: str) -> Any:
    """A field holding a list of codes from vocabulary `name`."""
    return field(default_factory=list, metadata={"vocab": name})


def output_only(default: Any = "") -> Any:
    """A field the store sets (ids, timestamps); ignored when read from input."""
    return field(default=default, metadata={"output_only": True})


@dataclass
class Consent:
    """What the person agreed to, when, and who recorded it."""

    given_on: FuzzyDate | None = None
    scope: list[str] = vocab_list("consent_scopes")
    recorded_by: str = ""


@dataclass
class Person:
    """The subject of the case, as shown everywhere: a pseudonym, never a name."""

    pseudonym: str = ""
    sex: str | None = vocab("sexes")
    birth: FuzzyDate | None = None
    origin_province: str | None = vocab("provinces")
    origin_district: str = ""
    current_country: str | None = vocab("countries")
    current_place: str = ""
    situation: str | None = vocab("situations")
    situation_since: FuzzyDate | None = None


@dataclass
class Photo:
    """An identity photo, kept as bytes inside the encrypted store."""

    uuid: str = ""
    caption: str = ""
    mime: str = "image/jpeg"
    data: bytes = b""


@dataclass
class Identity:
    """Who the person really is. Withheld by default in every list, search, export and PDF."""

    full_name: str = ""
    father_name: str = ""
    grandfather_name: str = ""
    tazkira_number: str = ""
    other_ids: list[str] = field(default_factory=list)
    date_of_birth: FuzzyDate | None = None
    phone_numbers: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not any((self.full_name, self.father_name, self.grandfather_name,
                        self.tazkira_number, self.other_ids, self.date_of_birth,
                        self.phone_numbers, self.photos))


@dataclass
class ServiceRecord:
    """One posting in the former security institutions."""

    uuid: str = ""
    institution: str | None = vocab("institutions")
    rank: str | None = vocab("ranks")
    unit: str = ""
    position: str = ""
    province: str | None = vocab("provinces")
    started: FuzzyDate | None = None
    ended: FuzzyDate | None = None
    with_international_forces: bool = False
    international_partner: str = ""
    notes: str = ""


@dataclass
class Incident:
    """Something done to the person: what, when, where, by whom, and how sure we are."""

    uuid: str = ""
    type: str | None = vocab("incident_types")
    date: FuzzyDate | None = None
    province: str | None = vocab("provinces")
    district: str = ""
    country: str | None = vocab("countries")
    city: str = ""
    perpetrator: str = ""
    description: str = ""
    status_after: str | None = vocab("situations")
    verification: str = vocab("verification_levels", "unverified")


@dataclass
class Relative:
    """A relative, by pseudonym, and what happened to them."""

    uuid: str = ""
    relation: str | None = vocab("relations")
    pseudonym: str = ""
    incident_type: str | None = vocab("incident_types")
    date: FuzzyDate | None = None
    what_happened: str = ""


@dataclass
class RiskFactor:
    """One factor of the country guidance, as it applies to this person."""

    uuid: str = ""
    factor: str | None = vocab("risk_factors")
    present: bool = True
    assessment: str = ""


@dataclass
class RiskAssessment:
    """The case set against the country guidance it cites."""

    guidance: str = ""
    conclusion: str = ""
    assessed_on: FuzzyDate | None = None
    assessed_by: str = ""
    factors: list[RiskFactor] = field(default_factory=list)


@dataclass
class Case:
    """One person's case. `code` is pseudonymous: it encodes no province, role or date."""

    uuid: str = output_only()
    code: str = output_only()
    stage: str = vocab("case_stages", "intake")
    assigned_to: str = ""
    summary: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    consent: Consent = field(default_factory=Consent)
    person: Person = field(default_factory=Person)
    identity: Identity = field(default_factory=Identity, metadata={"sensitivity": IDENTITY})
    service: list[ServiceRecord] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    relatives: list[Relative] = field(default_factory=list)
    risk: RiskAssessment = field(default_factory=RiskAssessment)
    created_at: str = output_only()
    updated_at: str = output_only()

    def timeline(self) -> list[Incident]:
        """Incidents in date order (undated last): the order they are numbered in for people."""
        return sorted(self.incidents, key=lambda i: i.date.sort_key() if i.date else "9999")


@dataclass
class Source:
    """A document that supports cases: metadata here, the original bytes arrive with ingest."""

    id: int = output_only(0)
    uuid: str = output_only()
    type: str | None = vocab("source_types")
    title: str = ""
    publisher: str = ""
    author: str = ""
    published: FuzzyDate | None = None
    url: str = ""
    captured_on: FuzzyDate | None = None
    capture_method: str = ""
    language: str = ""
    reliability: str = vocab("source_reliability", "cannot_be_judged")
    notes: str = ""
    sha256: str = output_only()
    original_name: str = output_only()
    media_type: str = output_only()
    kind: str = output_only()  # pdf, html, mhtml, text, docx, image, audio, video, other
    size: int = output_only(0)
    extraction: str = output_only()  # "ok", "none" (no text to extract) or "failed"
    extraction_note: str = output_only()


@dataclass
class Citation:
    """A source linked to a case (and optionally one incident or risk factor of it)."""

    id: int = output_only(0)
    uuid: str = output_only()
    source_id: int = 0
    case_code: str = ""
    incident_uuid: str = ""
    risk_factor_uuid: str = ""
    pinpoint: str = ""
    quote: str = ""
    translation: str = ""
    # "found" in the source's working text, "not_found" (flagged), or "unchecked" (no text)
    quote_check: str = output_only("unchecked")


@dataclass
class ShareEntry:
    """A record that a case left the store: to whom, when, how, under which redaction profile."""

    id: int = output_only(0)
    case_code: str = ""
    recipient: str = ""
    shared_at: str = ""
    profile: str = ""
    method: str = ""
    file_sha256: str = ""
    note: str = ""
