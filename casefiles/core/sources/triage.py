"""Triage: the cases a source may support, from what it mentions.

A new report names provinces, institutions, incident types and countries (`mentions`). The
cases whose subject comes from, served in or suffered something in those places, served in
those institutions or went through those incidents are the ones a caseworker should look at
first. Each candidate says which of the source's mentions matched which part of the case, so
the ranking can be judged rather than trusted.

One SQL statement over the case tables does the work (one pass over persons, incidents and
service records each; no case is loaded into Python) and returns at most `limit` cases. Its cost
grows with the cases that match anything: on a synthetic store of 100,000 cases (this machine,
encrypted), a report naming two provinces, three institutions and five incident types took
0.8 s, most of it aggregating 150,000 matches; at 1,000 cases it takes milliseconds. The app
runs it off the GUI thread. Nothing of a case's identity is read: a candidate carries the code,
the pseudonym and the stage, as the case list does.
"""

from dataclasses import dataclass

from casefiles.core.i18n import _
from casefiles.core.store.driver import Database

# What in a case a mention can match, and how much that says about the case: the place where
# something happened to the person and the institution they served in say most; the province
# of origin or service nearly as much; an incident type or a country of refuge alone, little.
WEIGHTS = {
    "origin_province": 3,
    "incident_province": 3,
    "service_province": 2,
    "service_institution": 3,
    "incident_type": 2,
    "current_country": 1,
    "incident_country": 1,
}
# A name the source repeats is more likely to be what it is about; counted up to this many
# sentences, so one repeated word does not outweigh everything else.
MENTION_CAP = 3
DEFAULT_LIMIT = 25
# Roles that name the institution they belong to: a report on "intelligence officers" is about
# the NDS even where it never names it. ("Soldiers" is left out: reporting says it of every
# branch; so is "commander".)
ROLE_INSTITUTIONS = {"intelligence_officer": "nds", "police_chief": "anp",
                     "police_officer": "anp", "commando": "ana_sf", "pilot": "aaf"}


def field_label(field: str) -> str:
    """What a matched case field is, for people ("province of origin")."""
    return {
        "origin_province": _("province of origin"),
        "incident_province": _("province of an incident"),
        "service_province": _("province served in"),
        "service_institution": _("institution served in"),
        "incident_type": _("type of an incident"),
        "current_country": _("country the person is in"),
        "incident_country": _("country of an incident"),
    }.get(field, field)


@dataclass(frozen=True)
class MatchedMention:
    """One of the source's mentions that matches a part of the case."""

    category: str  # province, institution, incident, country (as in `Mention.category`)
    code: str      # the vocabulary code both share
    field: str     # the part of the case it matched: a key of WEIGHTS
    matched: str   # the words as they first stand in the source ("intelligence officers"
    #                for the NDS: see ROLE_INSTITUTIONS)
    sentences: int  # how many of the source's sentences mention it


@dataclass(frozen=True)
class CandidateCase:
    """A case the source may support; `score` is the sum of its matches' weights."""

    code: str
    pseudonym: str
    stage: str
    score: int
    cited: bool  # the case already cites this source
    matches: tuple[MatchedMention, ...]


_SQL = """
WITH
r(role, institution) AS (VALUES {roles}),
m AS MATERIALIZED (
    -- The source's mentions of things a case records, one row per code, with the number of
    -- sentences naming it. `matched` is a bare column beside min(id): SQLite takes it from
    -- that row, the first mention.
    SELECT category, code, min(count(DISTINCT pinpoint || char(31) || sentence), :cap) AS n,
           min(id), matched
    FROM (SELECT id, category, code, matched, pinpoint, sentence FROM source_mentions
          WHERE source_id = :source
            AND category IN ('province', 'institution', 'incident', 'country')
          UNION ALL
          SELECT sm.id, 'institution', r.institution, sm.matched, sm.pinpoint, sm.sentence
          FROM source_mentions sm JOIN r ON r.role = sm.code
          WHERE sm.source_id = :source AND sm.category = 'role')
    GROUP BY category, code
),
-- One pass over each case table, keeping the rows that match anything.
p AS MATERIALIZED (
    SELECT case_id, origin_province, current_country FROM persons
    WHERE origin_province IN (SELECT code FROM m WHERE category = 'province')
       OR current_country IN (SELECT code FROM m WHERE category = 'country')
),
i AS MATERIALIZED (
    SELECT case_id, province, type, country FROM incidents
    WHERE type IN (SELECT code FROM m WHERE category = 'incident')
       OR province IN (SELECT code FROM m WHERE category = 'province')
       OR country IN (SELECT code FROM m WHERE category = 'country')
),
s AS MATERIALIZED (
    SELECT case_id, province, institution FROM service_records
    WHERE institution IN (SELECT code FROM m WHERE category = 'institution')
       OR province IN (SELECT code FROM m WHERE category = 'province')
),
-- Each (case, part of the case, code) once: two incidents in Balkh are one match of Balkh.
hit(case_id, field, category, code) AS MATERIALIZED (
    SELECT case_id, 'origin_province', 'province', origin_province FROM p
    UNION ALL SELECT case_id, 'current_country', 'country', current_country FROM p
    UNION ALL SELECT DISTINCT case_id, 'incident_province', 'province', province FROM i
    UNION ALL SELECT DISTINCT case_id, 'incident_type', 'incident', type FROM i
    UNION ALL SELECT DISTINCT case_id, 'incident_country', 'country', country FROM i
    UNION ALL SELECT DISTINCT case_id, 'service_province', 'province', province FROM s
    UNION ALL SELECT DISTINCT case_id, 'service_institution', 'institution', institution FROM s
),
w(field, weight) AS (VALUES {weights}),
scored AS MATERIALIZED (
    SELECT hit.case_id, hit.field, m.category, m.code, m.matched, m.n, w.weight * m.n AS points
    FROM hit JOIN m USING (category, code) JOIN w USING (field)
),
top AS MATERIALIZED (
    SELECT case_id, sum(points) AS score FROM scored
    GROUP BY case_id ORDER BY score DESC, case_id LIMIT :limit
)
SELECT c.code, coalesce(pe.pseudonym, ''), c.stage, top.score,
       EXISTS (SELECT 1 FROM citations ci WHERE ci.source_id = :source AND ci.case_id = c.id),
       scored.category, scored.code, scored.field, scored.matched, scored.n
FROM top
JOIN cases c ON c.id = top.case_id
LEFT JOIN persons pe ON pe.case_id = c.id
JOIN scored ON scored.case_id = top.case_id
ORDER BY top.score DESC, top.case_id, scored.points DESC, scored.field, scored.code
"""


def candidate_cases(db: Database, source_id: int, limit: int = DEFAULT_LIMIT
                    ) -> list[CandidateCase]:
    """The cases that `source_id`'s mentions match, best first (at most `limit`).

    A source without mentions (or an unknown source) has no candidates.
    """
    weights = ", ".join(f"('{field}', {weight})" for field, weight in WEIGHTS.items())
    roles = ", ".join(f"('{role}', '{code}')" for role, code in ROLE_INSTITUTIONS.items())
    rows = db.execute(_SQL.format(weights=weights, roles=roles),
                      {"source": source_id, "cap": MENTION_CAP, "limit": limit})
    found: dict[str, tuple[tuple, list[MatchedMention]]] = {}
    for code, pseudonym, stage, score, cited, *match in rows:
        category, term, field, matched, sentences = match
        _head, matches = found.setdefault(code, ((code, pseudonym, stage, score, bool(cited)),
                                                 []))
        matches.append(MatchedMention(category, term, field, matched, sentences))
    return [CandidateCase(*head, matches=tuple(matches)) for head, matches in found.values()]
