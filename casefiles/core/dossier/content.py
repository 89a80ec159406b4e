"""What a dossier says, gathered from the store before anything is laid out.

The case is redacted by the profile first, so nothing below ever sees a field the profile
withholds, and a case without the consent the profile needs does not go out at all. Every
cited source the profile lets out (a witness statement may name the person) becomes an
exhibit (E1, E2, ... in the order the dossier first cites them); every citation becomes a note
attached to the claim it supports: the case as a whole (its summary), one incident, or one risk
factor. Notes are numbered in reading order when laid out, each pointing at its exhibit.
"""

from dataclasses import dataclass, field

from casefiles.core.exchange.redaction import (
    Profile,
    check_sharing_consent,
    identity_included,
    redact,
    redact_citation,
    redact_source,
)
from casefiles.core.model.case import Case, Citation, Source
from casefiles.core.model.dates import Calendar
from casefiles.core.security import audit
from casefiles.core.store import cases, citations, sources
from casefiles.core.store.driver import Database

CASE = ""  # the claim key of citations that support the case as a whole


@dataclass(frozen=True)
class Exhibit:
    """A cited source, as the exhibit list and the notes name it."""

    number: int  # E1 is 1
    source: Source  # as the profile lets it out
    source_id: int  # the stored source, whose original an annex shows

    @property
    def label(self) -> str:
        return f"E{self.number}"


@dataclass(frozen=True)
class Note:
    """One citation of one claim: which exhibit, where in it, what it says."""

    exhibit: Exhibit
    pinpoint: str
    quote: str
    translation: str


@dataclass
class DossierContent:
    """Everything the layout needs, already redacted."""

    case: Case
    profile: Profile
    lang: str
    calendar: Calendar
    prepared_by: str
    generated_at: str
    identity_included: bool
    exhibits: list[Exhibit] = field(default_factory=list)
    notes: dict[str, list[Note]] = field(default_factory=dict)  # claim key -> its notes

    def notes_for(self, claim: str) -> list[Note]:
        """The notes of a claim: CASE, an incident's uuid or a risk factor's uuid."""
        return self.notes.get(claim, [])


def claim_of(citation: Citation) -> str:
    """The claim a citation supports: the most specific thing it names."""
    return citation.incident_uuid or citation.risk_factor_uuid or CASE


def _claim_order(case: Case, sections: tuple[str, ...]) -> list[str]:
    """The claims of the chosen sections, in the order the dossier shows them: the summary,
    the risk factors, then the timeline. A source cited only in a left-out section is no
    exhibit."""
    return [*([CASE] if "summary" in sections else []),
            *(f.uuid for f in case.risk.factors if "risk" in sections),
            *(i.uuid for i in case.timeline() if "timeline" in sections)]


def gather(db: Database, code: str, profile: Profile, lang: str, calendar: Calendar,
           prepared_by: str, sections: tuple[str, ...] = ("summary", "risk", "timeline")
           ) -> DossierContent:
    """Read the case (identity too: the profile decides) and its citations, redacted."""
    full = cases.load_case(db, cases.case_id_for(db, code), with_identity=True)
    check_sharing_consent(full, profile)
    content = DossierContent(case=redact(full, profile), profile=profile, lang=lang,
                             calendar=calendar, prepared_by=prepared_by,
                             generated_at=audit.utc_now(),
                             identity_included=identity_included(full, profile))
    if not profile.includes_sources:
        return content
    by_claim: dict[str, list[Citation]] = {}
    for citation in citations.citations_for_case(db, code):
        by_claim.setdefault(claim_of(citation), []).append(citation)
    exhibits: dict[int, Exhibit] = {}
    refused: set[int] = set()
    for claim in _claim_order(content.case, sections):
        for citation in by_claim.get(claim, []):
            if citation.source_id in refused:
                continue
            if citation.source_id not in exhibits:
                source = redact_source(sources.get_source(db, citation.source_id), profile, full)
                if source is None:  # not for this reader: its notes go too
                    refused.add(citation.source_id)
                    continue
                exhibits[citation.source_id] = Exhibit(len(exhibits) + 1, source,
                                                       citation.source_id)
            shown = redact_citation(citation, profile)
            content.notes.setdefault(claim, []).append(Note(
                exhibits[citation.source_id], shown.pinpoint, shown.quote, shown.translation))
    content.exhibits = list(exhibits.values())
    return content
