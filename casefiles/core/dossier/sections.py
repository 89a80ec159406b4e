"""The dossier's sections as reportlab flowables, from already redacted content.

Each claim (the summary, a risk factor, an incident) carries superscript note numbers; the notes
are listed at the end of the section they appear in, numbered through the whole dossier, each
naming its exhibit the way country-of-origin reports do: publisher, short title, date, pinpoint.
Empty parts say so in a sentence instead of leaving a bare heading.
"""

import unicodedata
from collections.abc import Callable, Iterable

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from casefiles.core.dossier import layout, text
from casefiles.core.dossier.content import CASE, DossierContent, Note
from casefiles.core.dossier.labels import label
from casefiles.core.exchange.redaction import WITHHOLD
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.model.vocab import vocabulary

SECTIONS = ("summary", "person", "risk", "timeline", "relatives", "identity", "exhibits")
_SHORT_TITLE = 70
_COMMA = {"en": ", ", "fa": "، "}  # the Arabic comma between the parts of a Dari value


def _has_strong(words: str, rtl: bool) -> bool:
    """Whether `words` holds a letter of that direction (Arabic script for rtl, else Latin)."""
    wanted = ("R", "AL") if rtl else ("L",)
    return any(unicodedata.bidirectional(char) in wanted for char in words)


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

    def join(self, parts: Iterable[str | None]) -> str:
        """The non-empty `parts` as one value, separated by the dossier language's comma."""
        return _COMMA.get(self.c.lang, ", ").join(part for part in parts if part)

    def withheld(self, path: str) -> bool:
        """Whether the profile withholds the case field `path` (so its absence is no news)."""
        return self.c.profile.rule(path) == WITHHOLD

    def direction(self, words: str, composed: bool) -> str:
        """The reading direction of a paragraph.

        Free text the caseworker typed (a summary, a description) reads as their editor showed
        it: by its first strong letter. A value the dossier puts together from parts (a place,
        a date range, a note) that mixes scripts takes the dossier's direction, so that its
        parts come in the dossier's reading order ("district، province" read from the right in
        Dari); a value in the other script only keeps its own direction.
        """
        if composed and _has_strong(words, self.rtl):
            return "rtl" if self.rtl else "ltr"
        return "rtl" if text.is_rtl(words) else "ltr"

    def para(self, words: str, style: ParagraphStyle | None = None,
             claim: str | None = None, composed: bool = False,
             own_alignment: bool = False) -> Flowable:
        """A paragraph in its direction (see `direction`), with the claim's note numbers.

        It is aligned to the dossier's reading start (English on the right in a Dari
        dossier), unless `own_alignment` (a source's own text, set as it reads)."""
        numbers = []
        for note in self.c.notes_for(claim) if claim is not None else []:
            self._numbered += 1
            self._pending.append((self._numbered, note))
            numbers.append(str(self._numbered))
        style = style or self.s.body
        direction = self.direction(words, composed)
        if self.rtl and direction == "ltr" and not own_alignment:
            style = self._end_aligned(style)
        return text.paragraph(words, style, direction=direction, notes=numbers or None)

    def _end_aligned(self, style: ParagraphStyle) -> ParagraphStyle:
        if style.name not in self._end_styles:
            self._end_styles[style.name] = ParagraphStyle(f"{style.name}-end", parent=style,
                                                          alignment=TA_RIGHT)
        return self._end_styles[style.name]

    def facts(self, rows: list[tuple[str, str]],
              styles: dict[str, ParagraphStyle] | None = None) -> Flowable | None:
        """Label and value pairs as a two-column table (values may be any language); a label
        named in `styles` sets its value in that style (the small one keeps a hash on one
        line)."""
        rows = [(name, value) for name, value in rows if value]
        if not rows:
            return None
        label_width = 42 * mm
        cells = [[self.para(name, self.s.label),
                  self.para(value, (styles or {}).get(name), composed=True)]
                 for name, value in rows]
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
            out += [self.para(f"{number}. {self.note_text(note)}", self.s.small, composed=True)
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
        cited = self.join(parts)
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
        return self.join((self.term("ranks", s.rank), s.position,
                          self.term("institutions", s.institution)))

    def summary(self) -> list[Flowable]:
        case, p = self.c.case, self.c.case.person
        place = self.join((p.current_place, self.term("countries", p.current_country)))
        return self.section("summary", [
            self.para(case.summary, claim=CASE) if case.summary else None,
            Spacer(1, 2 * mm),
            self.facts([
                (self.word("pseudonym"), p.pseudonym),
                (self.word("former_role"), self.latest_service()),
                (self.word("origin"), self.join((p.origin_district,
                                                 self.term("provinces", p.origin_province)))),
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
            none = "not_in_profile" if self.withheld("risk.conclusion") else "no_risk"
            return self.section("risk", [self.para(self.word(none))])
        body: list[Flowable | None] = [self.facts([
            (self.word("guidance"), r.guidance), (self.word("conclusion"), r.conclusion),
            (self.word("assessed"), self.join((self.date(r.assessed_on), r.assessed_by)))])]
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
        undated = self.word("date_withheld" if self.withheld("incidents.date") else "undated")
        for number, i in enumerate(incidents, start=1):
            when = self.date(i.date) or undated
            where = self.join((i.district, self.term("provinces", i.province), i.city,
                               self.term("countries", i.country)))
            what = self.term("incident_types", i.type)
            body.append(KeepTogether([x for x in (
                self.para(f"{number}. {when}" + (f" — {what}" if what else ""), self.s.h2,
                          composed=True),
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
                (self.word("what_happened"), self.join((
                    self.term("incident_types", r.incident_type), self.date(r.date),
                    r.what_happened)))]))
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
                        (self.word("other_ids"), self.join(i.other_ids)),
                        (self.word("date_of_birth"), self.date(i.date_of_birth)),
                        (self.word("phones"), self.join(i.phone_numbers))]),
            *self.photos()])

    def photos(self) -> list[Flowable]:
        """The identity photos, each scaled to a third of the width, with its caption."""
        out: list[Flowable] = []
        for photo in self.c.case.identity.photos:
            picture = layout.scaled_image(photo.data, layout.FRAME_WIDTH / 3, 70 * mm)
            if picture is not None:
                picture.hAlign = "RIGHT" if self.rtl else "LEFT"
            parts = [Spacer(1, 2 * mm),
                     picture or self.para(self.word("photo_unreadable"), self.s.small)]
            if photo.caption:
                parts.append(self.para(photo.caption, self.s.small))
            out.append(KeepTogether(parts))
        return out

    def exhibits(self) -> list[Flowable]:
        if not self.c.exhibits:
            none = "no_exhibits" if self.c.profile.includes_sources else "sources_not_in_profile"
            return self.section("exhibits", [self.para(self.word(none))])
        body: list[Flowable | None] = [self.para(self.word("exhibits_intro"), self.s.small)]
        for exhibit in self.c.exhibits:
            s = exhibit.source
            captured = self.join((self.date(s.captured_on), s.capture_method))
            body.append(KeepTogether([x for x in (
                self.para(f"{exhibit.label}  {s.title}", self.s.h2, composed=True),
                self.facts([(self.word("type"), self.term("source_types", s.type)),
                            (self.word("publisher"), self.join((s.publisher, s.author))),
                            (self.word("published"), self.date(s.published)),
                            (self.word("address"), s.url),
                            (self.word("captured"), captured),
                            ("SHA-256", s.sha256)], styles={"SHA-256": self.s.small}),
            ) if x is not None]))
        return self.section("exhibits", body)
