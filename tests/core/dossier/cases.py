"""Fictional cases and source files for the dossier tests and `scripts/dossier_pages.py`.

Nobody here exists: names, codes, places within districts and outlets are invented, and the
identity fields hold marker strings (`MARKERS`) that a test looks for in every corner of a
PDF. `add_case` stores a case as JSON; `attach` ingests source files and cites them.
"""

import base64
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation
from casefiles.core.sources.ingest import ingest_file
from casefiles.core.store import cases, citations
from casefiles.core.store.driver import Database

ACTOR = "tester"
CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus"
ARTICLE = CORPUS / "rasc-balkh-nds-dismissals-2025.txt"
ALL_CONSENT = ["record", "share_partners", "identity_to_authorities", "public_advocacy"]

# One distinct marker per field that a partner or the public must never see: the identity,
# and what those profiles withhold besides (districts, unit, current place, city abroad,
# notes, tags, caseworkers' names). Letters only, so no layout breaks them apart.
MARKERS = {
    "full_name": "Qxfullnamezq", "father_name": "Qxfathernamezq",
    "grandfather_name": "Qxgrandfatherzq", "tazkira_number": "Qxtazkirazq",
    "other_id": "Qxotheridzq", "phone": "Qxphonezq", "photo_caption": "Qxphotocaptionzq",
    "origin_district": "Qxorigindistrictzq", "incident_district": "Qxincidentdistrictzq",
    "incident_city": "Qxincidentcityzq", "unit": "Qxunitzq", "current_place": "Qxplacezq",
    "notes": "Qxcasenoteszq", "tag": "Qxtagzq", "assigned_to": "Qxcaseworkerzq",
    "consent_recorded_by": "Qxrecorderzq", "assessed_by": "Qxassessorzq",
}
IDENTITY_MARKERS = ("full_name", "father_name", "grandfather_name", "tazkira_number",
                    "other_id", "phone", "photo_caption")

# Page texts of the two PDF originals the marked case cites (one sentence a page, so a test
# can find each page's own sentence on the page it was appended to).
REPORT_PAGES = [
    "The monitoring group recorded a house search at the family home in the first week.",
    "A written threat was left at the door of a relative two weeks after the search.",
    "The group rated the risk to the officer and his family as high and urged relocation.",
]
LETTER_PAGES = [
    "The summons orders the former officer to report to the district office in person.",
    "A second page of the summons lists the documents he must bring with him.",
]


def _png(size: tuple[int, int] = (60, 80)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (120, 140, 170)).save(out, "PNG")
    return out.getvalue()


def marked_case() -> dict[str, Any]:
    """A case with every field filled, markers in every field a partner must not see."""
    m = MARKERS
    return {
        "assigned_to": m["assigned_to"], "notes": m["notes"], "tags": [m["tag"]],
        "summary": "A former police captain was threatened and his house searched after "
                   "August 2021; he now lives in hiding abroad.",
        "consent": {"given_on": "2023-02-11", "scope": ALL_CONSENT,
                    "recorded_by": m["consent_recorded_by"]},
        "person": {"pseudonym": "Falcon", "sex": "male", "birth": "1984",
                   "origin_province": "AF-KAN", "origin_district": m["origin_district"],
                   "current_country": "PK", "current_place": m["current_place"],
                   "situation": "in_pakistan", "situation_since": "SH 1401-02"},
        "identity": {"full_name": m["full_name"], "father_name": m["father_name"],
                     "grandfather_name": m["grandfather_name"],
                     "tazkira_number": m["tazkira_number"], "other_ids": [m["other_id"]],
                     "date_of_birth": "1984-03-02", "phone_numbers": [m["phone"]],
                     "photos": [{"caption": m["photo_caption"], "mime": "image/png",
                                 "data": base64.b64encode(_png()).decode()}]},
        "service": [{"institution": "anp", "rank": "captain", "unit": m["unit"],
                     "position": "deputy district police chief", "province": "AF-KAN",
                     "started": "2009", "ended": "2021-08", "with_international_forces": True,
                     "international_partner": "ISAF police mentoring team"}],
        "incidents": [
            {"type": "house_search", "date": "12 Mizan 1400", "province": "AF-KAN",
             "district": m["incident_district"], "perpetrator": "local armed group",
             "description": "Armed men searched the family house at night.",
             "status_after": "in_hiding_afghanistan", "verification": "likely"},
            {"type": "threat", "date": "2022-03-01", "country": "PK",
             "city": m["incident_city"], "perpetrator": "unknown callers",
             "description": "A written threat reached him abroad.",
             "status_after": "in_pakistan", "verification": "possible"}],
        "relatives": [{"relation": "brother", "pseudonym": "Rowan", "incident_type": "threat",
                       "date": "2022-06", "what_happened": "Told to leave the house."}],
        "risk": {"guidance": "EUAA Country Guidance: Afghanistan (May 2024), 3.1",
                 "conclusion": "Highly likely to qualify.", "assessed_on": "2023-03-02",
                 "assessed_by": m["assessed_by"],
                 "factors": [{"factor": "role_visibility", "present": True,
                              "assessment": "Known by name across the district."}]},
    }


DARI_SUMMARY = ("این شخص افسر پیشین پولیس ملی در ولایت هرات بود. پس از اسد ۱۴۰۰ چندین بار "
                "تهدید شد و اکنون با خانواده‌اش در ایران پنهان زندگی می‌کند.")
DARI_DESCRIPTION = "افراد مسلح شبانه خانه را تلاشی کردند و کارت خدمت او را با خود بردند."
DARI_RELATIVE = "برادرش دو هفته در بازداشت ماند و پس از پرداخت ضمانت رها شد."
MIXED_SUMMARY = ("The applicant served in the commando corps of the ANA (کندک دوم) until "
                 "August 2021; his mother says «هغه له خپل کوره وتښتېد» after the raid.")
PASHTO_DESCRIPTION = "د شپې وسله والو کسانو کور ولټاوه او د هغه ورور یې ونیو، ټول کلی ووېرېد."
MIXED_RELATIVE = "His cousin was held for 12 days at the district office (ولسوالی)."


def dari_case() -> dict[str, Any]:
    """A case written in Dari: summary, incident description, relative's story."""
    return {
        "summary": DARI_SUMMARY,
        "consent": {"given_on": "1401-11-22", "scope": ["record", "share_partners"]},
        "person": {"pseudonym": "سیمرغ", "sex": "male", "birth": "1365",
                   "origin_province": "AF-HER", "current_country": "IR",
                   "situation": "in_iran", "situation_since": "24 Asad 1400"},
        "service": [{"institution": "anp", "rank": "first_lieutenant",
                     "position": "آمر حوزه", "province": "AF-HER", "started": "1390",
                     "ended": "SH 1400-05"}],
        "incidents": [
            {"type": "house_search", "date": "12 Mizan 1400", "province": "AF-HER",
             "perpetrator": "افراد مسلح محلی", "description": DARI_DESCRIPTION,
             "verification": "likely"},
            {"type": "threat", "date": "3 Hut 1400", "province": "AF-HER",
             "description": "نامه تهدیدآمیز به دروازه خانه چسپانده شد.",
             "verification": "possible"}],
        "relatives": [{"relation": "brother", "pseudonym": "شاهین",
                       "incident_type": "arrest_detention", "date": "SH 1401-02",
                       "what_happened": DARI_RELATIVE}],
        "risk": {"guidance": "رهنمود کشوری EUAA برای افغانستان (۲۰۲۴)",
                 "conclusion": "خطر جدی و فوری وجود دارد.", "assessed_on": "1402-01-15",
                 "factors": [{"factor": "prior_detention", "present": False,
                              "assessment": "خودش هرگز بازداشت نشده است."}]},
    }


def mixed_case() -> dict[str, Any]:
    """A case mixing English, Dari and Pashto in the same fields."""
    return {
        "summary": MIXED_SUMMARY,
        "consent": {"given_on": "2023-05-02", "scope": ["record", "share_partners"]},
        "person": {"pseudonym": "Kestrel", "sex": "male", "birth": "c. 1990",
                   "origin_province": "AF-NAN", "current_country": "AF",
                   "situation": "in_hiding_afghanistan", "situation_since": "2022-01"},
        "service": [{"institution": "ana_sf", "rank": "second_sergeant",
                     "position": "team leader (د ټولي مشر)", "province": "AF-NAN",
                     "started": "2014", "ended": "2021-08-15"}],
        "incidents": [
            {"type": "house_search", "date": "2021-10-04", "province": "AF-NAN",
             "perpetrator": "طالبان", "description": PASHTO_DESCRIPTION,
             "verification": "confirmed"},
            {"type": "threat", "date": "SH 1401-03", "province": "AF-KAB",
             "description": "Calls from +93 700 000 000 warned him: «تسلیم شو».",
             "verification": "likely"}],
        "relatives": [{"relation": "cousin", "pseudonym": "Wren",
                       "incident_type": "arrest_detention", "date": "2022-02",
                       "what_happened": MIXED_RELATIVE}],
        "risk": {"guidance": "EUAA Country Guidance: Afghanistan (May 2024)",
                 "conclusion": "Likely to qualify (ممکن).", "assessed_on": "2023-06-01",
                 "factors": [{"factor": "role_visibility", "present": True,
                              "assessment": "Special forces are singled out."}]},
    }


def add_case(db: Database, data: dict[str, Any]) -> Case:
    """Store `data` as a new case; the case as loaded back (with the uuids of its records)."""
    code = cases.add_case(db, serial.from_json(Case, data), ACTOR).code
    return cases.get_case(db, code)


def text_pdf(path: Path, pages: list[str], landscape_last: bool = False) -> Path:
    """A PDF with one sentence a page (Helvetica); the last page landscape if asked."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned
    from reportlab.pdfgen import canvas as pdfcanvas

    out = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=True)
    for number, sentence in enumerate(pages, start=1):
        size = turned(A4) if landscape_last and number == len(pages) else A4
        out.setPageSize(size)
        out.setFont("Helvetica", 12)
        out.drawString(60, size[1] - 90, sentence)
        out.showPage()
    out.save()
    return path


def damaged_pdf(path: Path) -> Path:
    """A real PDF cut off at 60 % of its bytes: no cross-reference table, no trailer."""
    text_pdf(path, [*REPORT_PAGES[:1], "A page of a damaged report that cannot be shown."])
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])
    return path


@dataclass(frozen=True)
class Cite:
    """One citation to make: which file (its metadata), which claim, where, what it says."""

    file: Path
    source: dict[str, Any]
    claim: str = ""  # "" the case, "incident:N" or "factor:N" (0-based)
    pinpoint: str = ""
    quote: str = ""


def attach(db: Database, case: Case, cites: list[Cite]) -> dict[str, int]:
    """Ingest each file once and cite it as asked; source ids by file name."""
    ids: dict[str, int] = {}
    for cite in cites:
        if cite.file.name not in ids:
            report = ingest_file(db, cite.file, ACTOR, given=cite.source)
            ids[cite.file.name] = report.source.id
        kind, _, index = cite.claim.partition(":")
        incident = case.timeline()[int(index)].uuid if kind == "incident" else ""
        factor = case.risk.factors[int(index)].uuid if kind == "factor" else ""
        citations.add_citation(db, Citation(
            source_id=ids[cite.file.name], case_code=case.code, incident_uuid=incident,
            risk_factor_uuid=factor, pinpoint=cite.pinpoint, quote=cite.quote), ACTOR)
    return ids


def report_cites(folder: Path) -> list[Cite]:
    """The marked case's citations: a 3-page report (twice), a 2-page letter whose second
    page is landscape, and a real news article from the corpus (as text)."""
    report = text_pdf(folder / "report.pdf", REPORT_PAGES)
    letter = text_pdf(folder / "letter.pdf", LETTER_PAGES, landscape_last=True)
    report_meta = {"type": "ngo_un_report", "title": "Fictional monitoring report",
                   "publisher": "Fictional Monitoring Group", "published": "2024-03-05"}
    letter_meta = {"type": "news_article", "title": "Fictional summons story",
                   "publisher": "Fictional News", "published": "2022-04-01"}
    article_meta = {"type": "news_article", "publisher": "RASC News"}
    return [Cite(report, report_meta, "", "p. 1", "house search"),
            Cite(ARTICLE, article_meta, "factor:0", "para. 2"),
            Cite(letter, letter_meta, "incident:0", "p. 2"),
            Cite(report, report_meta, "incident:1", "p. 2", "written threat")]
