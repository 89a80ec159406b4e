"""A seized store folder gives away none of the text entered into it.

Unique marker strings go into every kind of field (identity included, in Latin and Arabic
script); then every file in the store folder, the write-ahead log included, is scanned for them
in UTF-8 and UTF-16 (and the other forms tests/markers.py looks for), both while the store is
open and after it is closed.
"""

import base64
from pathlib import Path

from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation, ShareEntry, Source
from casefiles.core.store import cases, citations, sharelog, sources
from casefiles.core.store.store import Store
from tests.markers import marker, scan


def _case_json(markers: list[str]) -> dict:
    def m(prefix: str = "Zq") -> str:
        value = marker(prefix)
        markers.append(value)
        return value

    return {
        "assigned_to": m(), "summary": m() + " " + m("fa"), "notes": m(), "tags": [m()],
        "consent": {"recorded_by": m(), "scope": ["record"]},
        "person": {"pseudonym": m(), "origin_district": m("fa"), "current_place": m()},
        "identity": {"full_name": m(), "father_name": m("fa"), "grandfather_name": m(),
                     "tazkira_number": m(), "other_ids": [m()], "phone_numbers": [m()],
                     "photos": [{"caption": m(), "mime": "image/png",
                                 "data": base64.b64encode(
                                     m().encode()).decode()}]},
        "service": [{"unit": m(), "position": m("fa"), "international_partner": m(),
                     "notes": m()}],
        "incidents": [{"type": "threat", "district": m(), "city": m(), "perpetrator": m(),
                       "description": m() + " " + m("fa")}],
        "relatives": [{"relation": "brother", "pseudonym": m(), "what_happened": m("fa")}],
        "risk": {"guidance": m(), "conclusion": m(), "assessed_by": m(),
                 "factors": [{"factor": "role_visibility", "assessment": m()}]},
    }


def test_no_entered_text_reaches_the_store_files(store: Store, store_path: Path) -> None:
    markers: list[str] = []
    code = cases.add_case(store.db, serial.from_json(Case, _case_json(markers)), "tester").code
    edit = _case_json(markers)
    cases.update_case(store.db, code, edit, "tester")
    source_markers = [marker() for _i in range(6)]
    markers += source_markers
    title, publisher, author, url, notes, method = source_markers
    source = sources.add_source(store.db, Source(
        title=title, publisher=publisher, author=author, url=f"https://example.org/{url}",
        notes=notes, capture_method=method), "tester")
    quote, translation, pinpoint, recipient = (marker() for _i in range(4))
    markers += [quote, translation, pinpoint, recipient]
    citations.add_citation(store.db, Citation(source_id=source.id, case_code=code,
                                            pinpoint=pinpoint, quote=quote,
                                            translation=translation), "tester")
    sharelog.record_share(store.db, ShareEntry(case_code=code, recipient=recipient,
                                              profile="partner", method="bundle"), "tester")
    # Sanity: the markers really are in the store (so the scan could find them if exposed).
    assert cases.get_case(store.db, code).summary == edit["summary"]
    assert (store_path / "casefiles.db-wal").stat().st_size > 0

    assert scan(store_path, markers) == []
    store.close()
    assert scan(store_path, markers) == []


def test_scan_would_find_plaintext(tmp_path: Path) -> None:
    """The scanner itself works: it finds markers written in the clear in either encoding."""
    markers = [marker(), marker("fa")]
    (tmp_path / "a").write_bytes(markers[0].encode("utf-16-le"))
    (tmp_path / "b").write_bytes(markers[1].encode("utf-8"))
    assert sorted(scan(tmp_path, markers)) == [("a", markers[0]), ("b", markers[1])]
