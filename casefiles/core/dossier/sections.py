"""The dossier's sections as reportlab flowables, from already redacted content.

Each claim (the summary, a risk factor, an incident) carries superscript note numbers; the notes
are listed at the end of the section they appear in, numbered through the whole dossier, each
naming its exhibit the way country-of-origin reports do: publisher, short title, date, pinpoint.
Empty parts say so in a sentence instead of leaving a bare heading.
"""

from collections.abc import Callable

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from casefiles.core.dossier import layout, text
from casefiles.core.dossier.content import CASE, DossierContent, Note
from casefiles.core.dossier.labels import label
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.model.vocab import vocabulary

SECTIONS = ("summary", "person", "risk", "timeline", "relatives", "identity", "exhibits")
_SHORT_TITLE = 70


class SectionBuilder:
    """Builds the sections of one dossier; note numbers run on from section to section."""

    def __init__(self, content: DossierContent, style: layout.Styles) -> None:
        self.c, self.s = content, style
        self.rtl = content.lang == "fa"
        self._numbered = 0
        self._pending: list[tuple[int, Note]] = []  # notes of the section being built
        self._end_styles: dict[str, ParagraphStyle] = {}

    # ---- small pieces ------------------------------------------------------------------------

    def word(self, key: str, **values: object) -> str:
        return label(key, self.c.lang, **values)

    def term(self, vocab_name: str, code: str | None) -> str:
        return vocabulary(vocab_name).label(code, self.c.lang) if code else ""

    def date(self, value: FuzzyDate | None) -> str:
        return value.display(self.c.calendar, self.c.lang) if value else ""

    def para(self, words: str, style: ParagraphStyle | None = None,
             claim: str | None = None) -> Flowable:
        """A paragraph in the dossier's direction (or its own), with the claim's note numbers."""
        numbers = []
        for note in self.c.notes_for(claim) if claim is not None else []:
            self._numbered += 1
            self._pending.append((self._numbered, note))
            numbers.append(str(self._numbered))
        style = style or self.s.body
        if self.rtl and not text.is_rtl(words):  # English in a Dari dossier: still on the right
            style = self._end_aligned(style)
        return text.paragraph(words, style, notes=numbers or None)

    def _end_aligned(self, style: ParagraphStyle) -> ParagraphStyle:
        if style.name not in self._end_styles:
            self._end_styles[style.name] = ParagraphStyle(f"{style.name}-end", parent=style,
                                                          alignment=TA_RIGHT)
        return self._end_styles[style.name]

    def facts(self, rows: list[tuple[str, str]]) -> Flowable | None:
        """Label and value pairs as a two-column table (values may be any language)."""
        rows = [(name, value) for name, value in rows if value]
        if not rows:
            return None
        label_width = 42 * mm
        cells = [[self.para(name, self.s.label), self.para(value)] for name, value in rows]
        widths = [label_width, layout.FRAME_WIDTH - label_width]
        if self.rtl:
            cells, widths = [row[::-1] for row in cells], widths[::-1]
        table = Table(cells, colWidths=widths, hAlign="RIGHT" if self.rtl else "LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, layout.RULE)]))
        return table

    def section(self, key: str, body: list[Flowable | None]) -> list[Flowable]:
        """A level-0 heading, the body, then the notes cited in it."""
        out = [layout.heading(self.word(key), self.s.h1, 0, key)]
        out += [flowable for flowable in body if flowable is not None]
        if self._pending:
            out.append(Spacer(1, 2 * mm))
            out.append(self.para(self.word("notes"), self.s.label))
            out += [self.para(f"{number}. {self.note_text(note)}", self.s.small)
                    for number, note in self._pending]
            self._pending = []
        return out

    def note_text(self, note: Note) -> str:
        """'E2 RASC News, Taliban Dismiss Five Former…, 14 June 2025, para. 3: "…"'"""
        source = note.exhibit.source
        title = source.title
        if len(title) > _SHORT_TITLE:
            title = title[:_SHORT_TITLE].rsplit(" ", 1)[0] + "…"
        parts = [source.publisher, title, self.date(source.published), note.pinpoint]
        cited = ", ".join(part for part in parts if part)
        quote = f": “{note.quote}”" if note.quote else ""
        translation = f" ({note.translation})" if note.translation else ""
        return f"{note.exhibit.label} {cited}{quote}{translation}"

    # ---- the sections ------------------------------------------------------------------------

    def build(self, chosen: tuple[str, ...] = SECTIONS) -> list[Flowable]:
        makers: dict[str, Callable[[], list[Flowable]]] = {
            "summary": self.summary, "person": self.person, "risk": self.risk,
            "timeline": self.timeline, "relatives": self.relatives,
            "identity": self.identity, "exhibits": self.exhibits}
        out: list[Flowable] = []
        for key in SECTIONS:
            if key in chosen and (key != "identity" or self.c.identity_included):
                out += makers[key]()
        return out

    def latest_service(self) -> str:
        if not self.c.case.service:
            return ""
        s = self.c.case.service[-1]
        return ", ".join(part for part in (self.term("ranks", s.rank), s.position,
                                           self.term("institutions", s.institution)) if part)

    def summary(self) -> list[Flowable]:
        case, p = self.c.case, self.c.case.person
        place = ", ".join(part for part in (p.current_place,
                                            self.term("countries", p.current_country)) if part)
        return self.section("summary", [
            self.para(case.summary, claim=CASE) if case.summary else None,
            Spacer(1, 2 * mm),
            self.facts([
                (self.word("pseudonym"), p.pseudonym),
                (self.word("former_role"), self.latest_service()),
                (self.word("origin"), ", ".join(x for x in (
                    p.origin_district, self.term("provinces", p.origin_province)) if x)),
                (self.word("situation"), self.term("situations", p.situation)),
                (self.word("since"), self.date(p.situation_since)),
                (self.word("now_in"), place),
                (self.word("incidents_count"), str(len(case.incidents)) if case.incidents
                 else ""),
                (self.word("conclusion"), case.risk.conclusion),
            ]),
        ])

    def person(self) -> list[Flowable]:
        p = self.c.case.person
        body: list[Flowable | None] = [self.facts([
            (self.word("pseudonym"), p.pseudonym), (self.word("sex"), self.term("sexes", p.sex)),
            (self.word("born"), self.date(p.birth))])]
        body.append(layout.heading(self.word("service"), self.s.h2, 1, "service"))
        if not self.c.case.service:
            body.append(self.para(self.word("no_service")))
        for s in self.c.case.service:
            period = " – ".join(x for x in (self.date(s.started), self.date(s.ended)) if x)
            body.append(KeepTogether([x for x in (
                self.para(self.term("institutions", s.institution) or "—", self.s.label),
                self.facts([
                    (self.word("rank"), self.term("ranks", s.rank)),
                    (self.word("unit"), s.unit), (self.word("position"), s.position),
                    (self.word("province_served"), self.term("provinces", s.province)),
                    (self.word("period"), period),
                    (self.word("international"), s.international_partner or (
                        "✓" if s.with_international_forces else "")),
                    (self.word("notes"), s.notes)]),
                Spacer(1, 2 * mm)) if x is not None]))
        return self.section("person", body)

    def risk(self) -> list[Flowable]:
        r = self.c.case.risk
        if not (r.guidance or r.conclusion or r.factors):
            return self.section("risk", [self.para(self.word("no_risk"))])
        body: list[Flowable | None] = [self.facts([
            (self.word("guidance"), r.guidance), (self.word("conclusion"), r.conclusion),
            (self.word("assessed"), ", ".join(x for x in (self.date(r.assessed_on),
                                                          r.assessed_by) if x))])]
        if r.factors:
            body.append(layout.heading(self.word("factors"), self.s.h2, 1, "factors"))
        for f in r.factors:
            state = self.word("applies" if f.present else "does_not_apply")
            body.append(self.para(f"{self.term('risk_factors', f.factor)}: {state}",
                                  self.s.label))
            if f.assessment or self.c.notes_for(f.uuid):
                body.append(self.para(f.assessment or "—", claim=f.uuid))
        return self.section("risk", body)

    def timeline(self) -> list[Flowable]:
        incidents = self.c.case.timeline()
        body: list[Flowable | None] = [] if incidents else [self.para(self.word("no_incidents"))]
        for number, i in enumerate(incidents, start=1):
            when = self.date(i.date) or self.word("undated")
            where = ", ".join(x for x in (i.district, self.term("provinces", i.province), i.city,
                                          self.term("countries", i.country)) if x)
            body.append(KeepTogether([x for x in (
                self.para(f"{number}. {when} — {self.term('incident_types', i.type)}",
                          self.s.h2),
                self.facts([(self.word("place"), where),
                            (self.word("perpetrator"), i.perpetrator),
                            (self.word("verification"),
                             self.term("verification_levels", i.verification)),
                            (self.word("status_after"), self.term("situations", i.status_after))]),
                ) if x is not None]))
            if i.description or self.c.notes_for(i.uuid):
                body.append(self.para(i.description or "—", claim=i.uuid))
        return self.section("timeline", body)

    def relatives(self) -> list[Flowable]:
        relatives = self.c.case.relatives
        body: list[Flowable | None] = [] if relatives else [self.para(self.word("no_relatives"))]
        for r in relatives:
            body.append(self.facts([
                (self.word("relation"), " ".join(x for x in (self.term("relations", r.relation),
                                                            r.pseudonym) if x)),
                (self.word("what_happened"), ", ".join(x for x in (
                    self.term("incident_types", r.incident_type), self.date(r.date),
                    r.what_happened) if x))]))
            body.append(Spacer(1, 2 * mm))
        return self.section("relatives", body)

    def identity(self) -> list[Flowable]:
        i = self.c.case.identity
        return self.section("identity", [
            self.para(self.word("identity_consent"), self.s.small),
            self.facts([(self.word("full_name"), i.full_name),
                        (self.word("father_name"), i.father_name),
                        (self.word("grandfather_name"), i.grandfather_name),
                        (self.word("tazkira"), i.tazkira_number),
                        (self.word("other_ids"), ", ".join(i.other_ids)),
                        (self.word("date_of_birth"), self.date(i.date_of_birth)),
                        (self.word("phones"), ", ".join(i.phone_numbers))])])

    def exhibits(self) -> list[Flowable]:
        if not self.c.exhibits:
            return self.section("exhibits", [self.para(self.word("no_exhibits"))])
        body: list[Flowable | None] = [self.para(self.word("exhibits_intro"), self.s.small)]
        for exhibit in self.c.exhibits:
            s = exhibit.source
            captured = ", ".join(x for x in (self.date(s.captured_on), s.capture_method) if x)
            body.append(KeepTogether([x for x in (
                self.para(f"{exhibit.label}  {s.title}", self.s.h2),
                self.facts([(self.word("type"), self.term("source_types", s.type)),
                            (self.word("publisher"), ", ".join(x for x in (s.publisher,
                                                                          s.author) if x)),
                            (self.word("published"), self.date(s.published)),
                            (self.word("address"), s.url),
                            (self.word("captured"), captured),
                            ("SHA-256", s.sha256)])) if x is not None]))
        return self.section("exhibits", body)
