"""The demo store's content: fictional cases, citing real published reporting by its metadata.

The people are invented; the provinces, institutions and reports are real. The data lives in
`resources/demo/demo.json`:

    {"sources": [{"key": "...", <Source JSON>}],
     "cases": [{<Case JSON>, "citations": [{"source": "<key>", "incident": <index or null>,
                                            "pinpoint": "...", "quote": "..."}]}]}
"""

import json
from pathlib import Path

from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation, Source
from casefiles.core.resources import resources_dir
from casefiles.core.store import cases, citations, sources
from casefiles.core.store.driver import Database
from casefiles.core.store.store import Store, default_store_path

DEMO_PASSPHRASE = "demo store passphrase"  # noqa: S105 (published on purpose: fictional data)


def demo_data() -> dict:
    return json.loads((resources_dir() / "demo" / "demo.json").read_text(encoding="utf-8"))


def populate(db: Database, actor: str) -> list[str]:
    """Add every demo source, case and citation to `db`; returns the new case codes."""
    data = demo_data()
    source_ids = {}
    with db.atomic():
        for entry in data["sources"]:
            entry = dict(entry)
            key = entry.pop("key")
            source_ids[key] = sources.add_source(db, serial.from_json(Source, entry), actor).id
        codes = []
        for entry in data["cases"]:
            entry = dict(entry)
            cites = entry.pop("citations", [])
            case = cases.add_case(db, serial.from_json(Case, entry), actor)
            codes.append(case.code)
            for cite in cites:
                incident = cite.get("incident")
                citations.add_citation(db, Citation(
                    source_id=source_ids[cite["source"]], case_code=case.code,
                    incident_uuid=case.incidents[incident].uuid if incident is not None else "",
                    pinpoint=cite.get("pinpoint", ""), quote=cite.get("quote", "")), actor)
    return codes


def demo_store_path() -> Path:
    """Where `casefiles --demo` keeps its store: beside the real one, never inside it."""
    return default_store_path().with_name("demo-store")


def open_demo_store(path: Path | None = None) -> Store:
    """Open the demo store, creating and filling it first if it does not exist yet."""
    path = path or demo_store_path()
    if path.exists():
        return Store.open(path, DEMO_PASSPHRASE)
    store, _recovery_code = Store.create(path, DEMO_PASSPHRASE, actor="demo", fill=fill)
    return store


def fill(store: Store) -> None:
    """Fill a store being created with the demo data (for `Store.create(fill=...)`)."""
    populate(store.db, store.actor)
