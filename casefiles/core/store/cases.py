"""Repository functions for cases: add, edit, read, list, delete.

Each function takes a `Database` and does its work in one transaction with its audit entry, so
a crash leaves either the whole change, recorded, or none of it. Identity is loaded only when a
caller asks for it by name (`with_identity=True`), and showing it to a person goes through
`reveal_identity`, which is audited.
"""

import secrets
import uuid as uuidlib
from typing import Any

from casefiles.core.errors import Conflict, InvalidInput, NotFound
from casefiles.core.i18n import _
from casefiles.core.model import serial
from casefiles.core.model.case import (
    Case,
    Consent,
    Identity,
    Incident,
    Person,
    Photo,
    Relative,
    RiskAssessment,
    RiskFactor,
    ServiceRecord,
)
from casefiles.core.model.textnorm import excerpt
from casefiles.core.security import audit
from casefiles.core.store import search
from casefiles.core.store.driver import Database, IntegrityError

# Crockford base32 without look-alikes; a code is random and says nothing about the person.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# Child lists: case attribute, table, record class.
_CHILD_LISTS: tuple[tuple[str, str, type], ...] = (
    ("service", "service_records", ServiceRecord),
    ("incidents", "incidents", Incident),
    ("relatives", "relatives", Relative),
)


def new_code(db: Database) -> str:
    """A fresh case code like "CF-7K3M-Q9XD" that no case in this store has."""
    while True:
        symbols = "".join(secrets.choice(_CODE_ALPHABET) for _i in range(8))
        code = f"CF-{symbols[:4]}-{symbols[4:]}"
        if not db.execute("SELECT 1 FROM cases WHERE code = ?", (code,)).fetchone():
            return code


def add_case(db: Database, case: Case, actor: str) -> Case:
    """Store a new case; returns it with its uuid, code and timestamps set."""
    with db.atomic():
        case.uuid = str(uuidlib.uuid4())
        case.code = new_code(db)
        case.created_at = case.updated_at = audit.utc_now()
        write_case(db, None, case)
        audit.record(db, actor, "case.create", case.uuid, code=case.code)
    return case


def update_case(db: Database, code: str, patch: dict[str, Any], actor: str) -> Case:
    """Apply a partial JSON edit (see `serial.merge_patch`) to a case; returns the new case.

    The audit entry lists the changed field paths; identity values never appear in it.
    """
    with db.atomic():
        case_id = case_id_for(db, code)
        old = load_case(db, case_id, with_identity=True)
        old_json = serial.to_json(old)
        new = serial.from_json(Case, serial.merge_patch(old_json, patch))
        new.uuid, new.code, new.created_at = old.uuid, old.code, old.created_at
        changed = changed_paths(old_json, serial.to_json(new))
        if not changed:
            return old
        new.updated_at = audit.utc_now()
        write_case(db, case_id, new)
        audit.record(db, actor, "case.edit", new.uuid, code=code, fields=changed)
    return new


# The lists of a case that are edited one item at a time, by name: where each lies in the case.
RECORD_LISTS: dict[str, tuple[str, ...]] = {
    "service": ("service",),
    "incidents": ("incidents",),
    "relatives": ("relatives",),
    "risk_factors": ("risk", "factors"),
}


def records(case: Case, list_name: str) -> list[Any]:
    """The items of one of a case's RECORD_LISTS (`case.risk.factors` for "risk_factors")."""
    if list_name not in RECORD_LISTS:
        raise InvalidInput(_("There is no list {name!r} in a case (known: {known}).").format(
            name=list_name, known=", ".join(RECORD_LISTS)))
    items: Any = case
    for attr in RECORD_LISTS[list_name]:
        items = getattr(items, attr)
    return items


def get_record(db: Database, code: str, list_name: str, uuid: str) -> Any:
    """One item of a case's list, by uuid (NotFound when it is not, or no longer, there)."""
    for item in records(get_case(db, code), list_name):
        if item.uuid == uuid:
            return item
    raise _no_record(code, uuid)


def _no_record(code: str, uuid: str) -> NotFound:
    return NotFound(_("Case {code} has no such item ({uuid}): it may have been removed.")
                    .format(code=code, uuid=uuid))


def _list_patch(list_name: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """The patch that makes a case's list exactly `items`, e.g. {"risk": {"factors": [...]}}."""
    patch: Any = items
    for attr in reversed(RECORD_LISTS[list_name]):
        patch = {attr: patch}
    return patch


def put_record(db: Database, code: str, list_name: str, values: dict[str, Any],
               actor: str) -> str:
    """Add one item to a case's list (no "uuid" in `values`) or edit the one with that uuid.

    The other items are kept as they are now in the store (not as they were when a form was
    opened), so edits made meanwhile survive. Audited as a case edit. Returns the item's uuid.
    """
    with db.atomic():
        uuids = [item.uuid for item in records(get_case(db, code), list_name)]
        uuid = values.get("uuid")
        if uuid:
            if uuid not in uuids:
                raise _no_record(code, uuid)
            items = [values if u == uuid else {"uuid": u} for u in uuids]
        else:
            items = [*({"uuid": u} for u in uuids), values]
        new = update_case(db, code, _list_patch(list_name, items), actor)
    return uuid or records(new, list_name)[-1].uuid


def remove_record(db: Database, code: str, list_name: str, uuid: str, actor: str) -> None:
    """Remove one item from a case's list, keeping the others; audited as a case edit.

    Refused (Conflict) while a citation points at the item, so no citation is left dangling.
    """
    with db.atomic():
        uuids = [item.uuid for item in records(get_case(db, code), list_name)]
        if uuid not in uuids:
            raise _no_record(code, uuid)
        kept = [{"uuid": u} for u in uuids if u != uuid]
        update_case(db, code, _list_patch(list_name, kept), actor)


def delete_case(db: Database, code: str, actor: str) -> None:
    """Delete a case and everything recorded under it (the audit log keeps that it existed)."""
    with db.atomic():
        case_id = case_id_for(db, code)
        uuid = db.execute("SELECT uuid FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        search.unindex_case(db, case_id)
        # Citations first: they point at the incidents with ON DELETE RESTRICT.
        db.execute("DELETE FROM citations WHERE case_id = ?", (case_id,))
        db.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        audit.record(db, actor, "case.delete", uuid, code=code)


def case_id_for(db: Database, code: str) -> int:
    row = db.execute("SELECT id FROM cases WHERE code = ?", (code.strip().upper(),)).fetchone()
    if row is None:
        raise NotFound(_("There is no case {code} in this store.").format(code=code))
    return row[0]


def get_case(db: Database, code: str) -> Case:
    """A case with its identity withheld (an empty Identity)."""
    return load_case(db, case_id_for(db, code), with_identity=False)


def reveal_identity(db: Database, code: str, actor: str) -> Identity:
    """A case's identity record, for showing to the caseworker; the viewing is audited."""
    with db.atomic():
        case_id = case_id_for(db, code)
        identity = _load_identity(db, case_id)
        uuid = db.execute("SELECT uuid FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        audit.record(db, actor, "identity.view", uuid, code=code.strip().upper())
    return identity


def load_header(db: Database, case_id: int) -> Case:
    """The case's own row (code, uuid, stage, consent...) without its person, records or
    identity: enough to check consent and name it, for callers that go through many cases and
    load each whole only when its turn comes."""
    row = _row(db, "SELECT * FROM cases WHERE id = ?", case_id)
    return serial.from_row(Case, row, consent=serial.from_row(Consent, row, prefix="consent_"))


def load_case(db: Database, case_id: int, with_identity: bool) -> Case:
    row = _row(db, "SELECT * FROM cases WHERE id = ?", case_id)
    person = _row(db, "SELECT * FROM persons WHERE case_id = ?", case_id)
    risk = _row(db, "SELECT * FROM risk_assessments WHERE case_id = ?", case_id)
    tags = [r[0] for r in db.execute(
        "SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag", (case_id,))]
    children = {attr: [serial.from_row(cls, r) for r in _rows(db, table, case_id)]
                for attr, table, cls in _CHILD_LISTS}
    factors = [serial.from_row(RiskFactor, r) for r in _rows(db, "risk_factors", case_id)]
    return serial.from_row(
        Case, row,
        tags=tags,
        consent=serial.from_row(Consent, row, prefix="consent_"),
        person=serial.from_row(Person, person or {}),
        identity=_load_identity(db, case_id) if with_identity else Identity(),
        risk=serial.from_row(RiskAssessment, risk or {}, factors=factors),
        **children,
    )


def _load_identity(db: Database, case_id: int) -> Identity:
    row = _row(db, "SELECT * FROM identities WHERE case_id = ?", case_id) or {}
    photos = [serial.from_row(Photo, r) for r in _rows(db, "identity_photos", case_id)]
    return serial.from_row(Identity, row, photos=photos)


def _row(db: Database, sql: str, case_id: int) -> dict[str, Any] | None:
    cursor = db.execute(sql, (case_id,))
    values = cursor.fetchone()
    if values is None:
        return None
    return dict(zip([d[0] for d in cursor.description], values, strict=True))


def _rows(db: Database, table: str, case_id: int) -> list[dict[str, Any]]:
    cursor = db.execute(f"SELECT * FROM {table} WHERE case_id = ? ORDER BY sort_order",
                        (case_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor]


# ---- writing ----------------------------------------------------------------------------------

def write_case(db: Database, case_id: int | None, case: Case) -> int:
    """Write every part of `case` as it is, uuids included; `case_id` None inserts. Returns
    the case's row id. add_case and update_case go through it; so does an import, which must
    keep the sender's uuids. Call inside a transaction, and audit."""
    row = {**serial.to_row(case), **serial.to_row(case.consent, prefix="consent_")}
    del row["tags"]
    new = case_id is None
    if case_id is None:
        case_id = _insert(db, "cases", row)
    else:
        _update(db, "cases", row, "id", case_id)
        db.execute("DELETE FROM case_tags WHERE case_id = ?", (case_id,))
    for tag in sorted({t.strip() for t in case.tags if t.strip()}):
        db.execute("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", (case_id, tag))
    _put_single(db, "persons", case_id, serial.to_row(case.person))
    _put_single(db, "identities", case_id, serial.to_row(case.identity))
    _put_single(db, "risk_assessments", case_id, serial.to_row(case.risk))
    _put_list(db, "identity_photos", case_id, case.identity.photos, new)
    for attr, table, _cls in _CHILD_LISTS:
        _put_list(db, table, case_id, getattr(case, attr), new)
    _put_list(db, "risk_factors", case_id, case.risk.factors, new)
    search.index_case(db, case_id, case)
    return case_id


def _insert(db: Database, table: str, row: dict[str, Any]) -> int:
    names = ", ".join(row)
    marks = ", ".join("?" for _i in row)
    cursor = db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
    return cursor.lastrowid


def _update(db: Database, table: str, row: dict[str, Any], key: str, value: Any) -> None:
    assignments = ", ".join(f"{name} = ?" for name in row)
    db.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?", [*row.values(), value])


def _put_single(db: Database, table: str, case_id: int, row: dict[str, Any]) -> None:
    names = ", ".join(["case_id", *row])
    marks = ", ".join("?" for _i in range(len(row) + 1))
    db.execute(f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})",
               [case_id, *row.values()])


def _put_list(db: Database, table: str, case_id: int, items: list[Any], new: bool) -> None:
    """Make the table's rows for this case exactly `items`, matched by uuid (`new`: the case
    was just inserted, so it has none yet).

    Kept items are updated in place (their row ids, which citations point at, survive); items
    without a uuid get one; rows no longer listed are deleted, unless something cites them.
    """
    existing = {} if new else {uuid: row_id for row_id, uuid in db.execute(
        f"SELECT id, uuid FROM {table} WHERE case_id = ?", (case_id,))}
    keep = set()
    for order, item in enumerate(items):
        if not item.uuid:
            item.uuid = str(uuidlib.uuid4())
        row = {**serial.to_row(item), "sort_order": order}
        if item.uuid in existing:
            _update(db, table, row, "id", existing[item.uuid])
        else:
            _insert_item(db, table, {**row, "case_id": case_id})
        keep.add(item.uuid)
    for uuid, row_id in existing.items():
        if uuid not in keep:
            try:
                db.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
            except IntegrityError:
                raise Conflict(_("{table}: {uuid} is cited by a source; remove the citation "
                                 "before removing it").format(table=table, uuid=uuid)) from None


def _insert_item(db: Database, table: str, row: dict[str, Any]) -> None:
    """Insert a record; a uuid already taken is refused by the UNIQUE constraint and said as
    such: given twice in this case, or belonging to another case here."""
    try:
        _insert(db, table, row)
    except IntegrityError:
        owner = db.execute(f"SELECT c.code, c.id FROM {table} t JOIN cases c ON c.id = t.case_id "
                           "WHERE t.uuid = ?", (row["uuid"],)).fetchone()
        if owner is None:
            raise
        if owner[1] == row["case_id"]:
            raise InvalidInput(_("{table}: uuid {uuid} is given twice").format(
                table=table, uuid=excerpt(str(row["uuid"])))) from None
        raise InvalidInput(_("{table}: uuid {uuid} belongs to another case ({code})").format(
            table=table, uuid=excerpt(str(row["uuid"])), code=owner[0])) from None


def changed_paths(old: Any, new: Any, path: str = "") -> list[str]:
    """Paths of the fields that differ between two JSON values (list items by uuid)."""
    if isinstance(old, dict) and isinstance(new, dict):
        out = []
        for key in sorted(set(old) | set(new)):
            if key in ("updated_at", "created_at"):
                continue
            out += changed_paths(old.get(key), new.get(key), f"{path}.{key}" if path else key)
        return out
    if (isinstance(old, list) and isinstance(new, list)
            and all(isinstance(i, dict) and i.get("uuid") for i in old + new)):
        before = {i["uuid"]: i for i in old}
        after = {i["uuid"]: i for i in new}
        out = []
        for uuid in list(before) + [u for u in after if u not in before]:
            out += changed_paths(before.get(uuid), after.get(uuid), f"{path}[{uuid}]")
        if [i["uuid"] for i in old if i["uuid"] in after] != \
                [i["uuid"] for i in new if i["uuid"] in before]:
            out.append(f"{path}(order)")
        return out
    return [] if old == new else [path]
