"""Fuzzing JSON case input: casefiles.core.model.serial, the store's add and edit path
(casefiles.core.store.cases) and the command line's `case add` / `case edit --from-json`.

Input is drawn from the published case schema (tests/fuzz/case_json.py), with wrong values
mixed in, and from any JSON at all. Accepted input must read back as it was given; refused
input raises InvalidInput (or another CasefilesError) in one line and leaves the store exactly
as it was; the command line never shows a traceback.
"""

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefiles import cli
from casefiles.core.errors import CasefilesError, InvalidInput
from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.store import cases
from casefiles.core.store.store import Store
from tests.conftest import PASSPHRASE
from tests.fuzz.case_json import UUID_POOL, case_inputs, record_json
from tests.fuzz.conftest import fuzz_settings
from tests.fuzz.helpers import attempt, check_message, fingerprint, mutate


def _stored_form(case: Case) -> dict[str, Any]:
    """What the store is expected to give back for a case it was given: tags trimmed,
    de-duplicated and sorted, everything else as it was."""
    data = serial.to_json(case)
    data["tags"] = sorted({tag.strip() for tag in case.tags if tag.strip()})
    return data


@fuzz_settings(1500)
@given(case_inputs())
def test_case_json_is_read_or_refused_clearly(data: Any) -> None:
    case = attempt(lambda: serial.from_json(Case, data), allowed=(InvalidInput,))
    if case is not None:
        assert serial.from_json(Case, serial.to_json(case)) == case
        for part in (case, case.consent, case.person, case.identity, case.risk, *case.service,
                     *case.incidents, *case.relatives, *case.identity.photos):
            serial.to_row(part)  # every part can become a database row


@fuzz_settings(800)
@given(case_inputs())
def test_the_store_adds_a_case_or_refuses_it_leaving_no_trace(fuzz_store: Store,
                                                              data: Any) -> None:
    db = fuzz_store.db

    def add() -> Case:
        return cases.add_case(db, serial.from_json(Case, data), fuzz_store.actor)

    case = attempt(add, db)
    if case is None:
        return
    stored = cases.load_case(db, cases.case_id_for(db, case.code), with_identity=True)
    assert serial.to_json(stored) == _stored_form(case)
    cases.delete_case(db, case.code, fuzz_store.actor)  # keep the store small


def _seeded_code(store: Store) -> str:
    """The code of the module store's first case (whose first incident a source cites)."""
    return store.db.execute("SELECT code FROM cases ORDER BY id LIMIT 1").fetchone()[0]


def _cited_incident(store: Store) -> str:
    """The uuid of the seeded case's cited incident: no edit can remove it, so it stays."""
    return store.db.execute("SELECT i.uuid FROM citations c JOIN incidents i "
                            "ON i.id = c.incident_id ORDER BY c.id LIMIT 1").fetchone()[0]


@st.composite
def edits(draw: st.DrawFn, cited: str) -> Any:
    """A partial case as an edit; its incidents now and then name the cited incident (leaving
    it out is refused) or one of the pool's uuids (the seeded case may have it, or not)."""
    patch = draw(case_inputs())
    if isinstance(patch, dict) and draw(st.booleans()):
        named = draw(st.lists(st.sampled_from([cited, *UUID_POOL]), max_size=3))
        items = draw(st.lists(record_json("case", "Incident", wrong=True),
                              min_size=len(named), max_size=len(named)))
        patch["incidents"] = [{**item, "uuid": uuid} if isinstance(item, dict) else item
                              for uuid, item in zip(named, items, strict=True)]
    return patch


@fuzz_settings(600)
@given(data=st.data())
def test_the_store_applies_an_edit_or_refuses_it_leaving_no_trace(fuzz_store: Store,
                                                                  data: st.DataObject) -> None:
    db, code = fuzz_store.db, _seeded_code(fuzz_store)
    patch = data.draw(edits(_cited_incident(fuzz_store)))
    edited = attempt(lambda: cases.update_case(db, code, patch, fuzz_store.actor), db)
    if edited is not None:
        stored = cases.load_case(db, cases.case_id_for(db, code), with_identity=True)
        assert serial.to_json(stored) == _stored_form(edited)


# ---- the command line -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cli_args(fuzz_store: Store, work_dir: Path) -> Iterator[list[str]]:
    """The options that point casefiles-cli at the module store. The process hardening of
    `main` (umask, no core dumps) is left out: it would stay on for the rest of the test run."""
    secret = work_dir / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli, "harden_process", lambda: None)
        yield ["--store", str(fuzz_store.path), "--passphrase-file", str(secret)]


def run_cli(args: list[str]) -> tuple[int, str, str]:
    """casefiles-cli's main in this process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(args)
    return status, out.getvalue(), err.getvalue()


@st.composite
def json_files(draw: st.DrawFn) -> bytes:
    """What a --from-json file may hold: case JSON in UTF-8 (escaped or not), damaged, in
    UTF-16, or any bytes."""
    text = json.dumps(draw(case_inputs()), ensure_ascii=draw(st.booleans()))
    form = draw(st.sampled_from(["utf-8", "damaged", "utf-16", "bytes"]))
    if form == "bytes":
        return draw(st.binary(max_size=200))
    data = text.encode("utf-16" if form == "utf-16" else "utf-8", "surrogatepass")
    return mutate(draw, data) if form == "damaged" else data


def _check_cli(store: Store, args: list[str]) -> str | None:
    """Run the command; on success its output, on failure None once the failure was one
    clean line with status 1 and the store was left as it was."""
    before = fingerprint(store.db)
    status, out, err = run_cli(args)
    if status == 0:
        return out.strip()
    assert status == 1, (status, err)
    assert err.startswith("casefiles-cli: "), err
    assert err.endswith("\n"), err
    check_message(CasefilesError(err.removeprefix("casefiles-cli: ").removesuffix("\n")))
    assert fingerprint(store.db) == before
    return None


@fuzz_settings(300)
@given(content=json_files())
def test_cli_case_add_from_json_adds_or_refuses_in_one_line(
        fuzz_store: Store, cli_args: list[str], work_dir: Path, content: bytes) -> None:
    source = work_dir / "case.json"
    source.write_bytes(content)
    code = _check_cli(fuzz_store, [*cli_args, "case", "add", "--from-json", str(source)])
    if code is not None:
        cases.delete_case(fuzz_store.db, code, fuzz_store.actor)


@fuzz_settings(200)
@given(content=json_files())
def test_cli_case_edit_from_json_edits_or_refuses_in_one_line(
        fuzz_store: Store, cli_args: list[str], work_dir: Path, content: bytes) -> None:
    source = work_dir / "edit.json"
    source.write_bytes(content)
    _check_cli(fuzz_store, [*cli_args, "case", "edit", _seeded_code(fuzz_store),
                            "--from-json", str(source)])


# ---- what fuzzing found -----------------------------------------------------------------------

def test_a_lone_surrogate_in_case_text_is_refused_before_the_store(fuzz_store: Store) -> None:
    """JSON may escape half of a UTF-16 pair ("\\ud800"); SQLite then failed to encode it, and
    UnicodeEncodeError came out of add_case (and a traceback out of the command line)."""
    data = json.loads('{"summary": "ok", "incidents": [{"description": "\\ud800"}]}')
    before = fingerprint(fuzz_store.db)
    with pytest.raises(InvalidInput, match=r"^incidents\[0\]\.description: the text holds a "
                                           "broken character"):
        cases.add_case(fuzz_store.db, serial.from_json(Case, data), fuzz_store.actor)
    assert fingerprint(fuzz_store.db) == before


def test_an_unknown_key_is_named_on_one_line() -> None:
    """An unknown key was put into the message as it is: a line break in it broke the line."""
    with pytest.raises(InvalidInput, match=r"^'\\r': unknown field '\\r'$"):
        serial.from_json(Case, {"\r": 1})
    with pytest.raises(InvalidInput, match=r"^person.provnce: unknown field 'provnce'$"):
        serial.from_json(Case, {"person": {"provnce": 1}})


def test_a_long_term_is_quoted_short() -> None:
    with pytest.raises(InvalidInput, match=r"^stage: 'x+…' is not a known") as refused:
        serial.from_json(Case, {"stage": "x" * 5000})
    assert len(str(refused.value)) < 300


def test_an_edit_naming_an_item_by_a_uuid_that_is_not_text_is_refused(fuzz_store: Store) -> None:
    """merge_patch looked a list item's uuid up in a dict: a list as uuid raised TypeError
    (unhashable type) out of update_case."""
    code = _seeded_code(fuzz_store)
    before = fingerprint(fuzz_store.db)
    with pytest.raises(InvalidInput, match=r"incidents\[0\]\.uuid: expected text"):
        cases.update_case(fuzz_store.db, code, {"incidents": [{"uuid": []}]}, fuzz_store.actor)
    assert fingerprint(fuzz_store.db) == before


@pytest.mark.parametrize("content", ["[" * 100_000 + "]" * 100_000,
                                     '{"summary": ' + "9" * 5000 + "}"],
                         ids=["nested too deeply", "number too long"])
def test_cli_json_that_json_loads_cannot_take_is_refused_in_one_line(
        fuzz_store: Store, cli_args: list[str], work_dir: Path, content: str) -> None:
    source = work_dir / "hostile.json"
    source.write_text(content, encoding="utf-8")
    assert _check_cli(fuzz_store, [*cli_args, "case", "add", "--from-json", str(source)]) is None
