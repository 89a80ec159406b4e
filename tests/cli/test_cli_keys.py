"""`keys show` and `partner add/list/verify/remove`, run for real: each test starts
`casefiles-cli` as a subprocess (see tests/cli/test_cli.py), on stores with cheap Argon2id.

Every refusal is checked for its exit status, its one line on stderr and the store's files
left byte for byte as they were.
"""
# The fixtures `cli`, `env` and `st` are imported from test_cli.py so that pytest sees them here;
# test functions taking them as arguments "redefine" the imported names.
# ruff: noqa: F811

import io
import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from casefiles.core.exchange import keys
from casefiles.core.store.store import Store
from tests.cli.test_cli import (  # noqa: F401  (cli, env and st are pytest fixtures)
    PASSPHRASE,
    Cli,
    Result,
    StoreInfo,
    assert_user_error,
    audit_entries,
    cli,
    env,
    lines,
    make_store,
    st,
    unchanged,
)

FINGERPRINT_LINE = re.compile(r"^Fingerprint: (\d{4}( \d{4}){5})$")
KEYS_JSON = {"card", "fingerprint", "age_recipient", "signing_public", "created_at", "qr"}
PARTNER_JSON = {"id", "name", "fingerprint", "verified", "verified_at", "age_recipient",
                "signing_public", "card", "note", "added_at"}


def run(cli: Cli, st: StoreInfo, *args: Any) -> Result:
    return cli(*args, store=st.path, stdin=lines(PASSPHRASE))


def ok(result: Result) -> list[str]:
    assert result.rc == 0, result
    assert result.err == ""
    return result.out.splitlines()


@pytest.fixture
def partner(tmp_path: Path) -> StoreInfo:
    """A second store: the partner organisation."""
    return make_store(tmp_path / "partner")


def card_of(cli: Cli, st: StoreInfo, *extra: str) -> str:
    return run(cli, st, "keys", "show", "--json", *extra).json()["card"]


def core_keys(st: StoreInfo) -> keys.OwnKeys:
    with Store.open(st.path, PASSPHRASE) as store:
        return keys.own_keys(store.db)


# ---- keys show --------------------------------------------------------------------------------

def test_keys_show_prints_the_card_and_fingerprint(cli: Cli, st: StoreInfo) -> None:
    card_line, fingerprint_line = ok(run(cli, st, "keys", "show"))
    own = core_keys(st)
    parsed = keys.parse_card(card_line)
    assert (parsed.age_recipient, parsed.signing_public, parsed.name) == \
        (own.age_recipient, own.signing_public, "")
    match = FINGERPRINT_LINE.match(fingerprint_line)
    assert match
    assert match.group(1) == keys.fingerprint(own)
    # The same every time.
    assert ok(run(cli, st, "keys", "show")) == [card_line, fingerprint_line]


def test_keys_show_json_and_name(cli: Cli, st: StoreInfo) -> None:
    data = run(cli, st, "keys", "show", "--json", "--name", "کمک حقوقی (fictional)").json()
    assert set(data) == KEYS_JSON
    own = core_keys(st)
    assert data["age_recipient"] == own.age_recipient
    assert keys.decode_signing_key(data["signing_public"]) == own.signing_public
    assert data["fingerprint"] == keys.fingerprint(own)
    assert keys.parse_card(data["card"]).name == "کمک حقوقی (fictional)"
    assert data["qr"] is None
    assert "SECRET" not in str(data)


def test_keys_name_is_kept_for_the_card_and_refused_on_a_second_line(
        cli: Cli, st: StoreInfo) -> None:
    assert "no name set" in run(cli, st, "keys", "name").out
    assert run(cli, st, "keys", "name", " Legal Aid Kabul (fictional) ").rc == 0
    assert run(cli, st, "keys", "name").out.strip() == "Legal Aid Kabul (fictional)"
    card = run(cli, st, "keys", "show", "--json").json()["card"]
    assert keys.parse_card(card).name == "Legal Aid Kabul (fictional)"
    with unchanged(st.path):
        refused = run(cli, st, "keys", "name", "two\nlines")
    assert_user_error(refused, 1, "one line")
    assert "is cleared" in run(cli, st, "keys", "name", "").out
    assert keys.parse_card(run(cli, st, "keys", "show", "--json").json()["card"]).name == ""


@pytest.mark.parametrize("name", ["card.png", "card.svg", "CARD.PNG"])
def test_keys_show_writes_the_qr_code(cli: Cli, st: StoreInfo, tmp_path: Path,
                                      name: str) -> None:
    out = tmp_path / name
    card_line, _fingerprint, wrote = ok(run(cli, st, "keys", "show", "--qr", out))
    assert wrote == f"Wrote the card's QR code to {out}."
    data = out.read_bytes()
    if out.suffix.lower() == ".svg":
        assert data.startswith(b"<?xml")
        assert b"<svg" in data
        return
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.size[0] == image.size[1]
    zxingcpp = pytest.importorskip("zxingcpp")
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [card_line]


def test_keys_show_refuses_to_overwrite_the_qr_file(cli: Cli, st: StoreInfo,
                                                    tmp_path: Path) -> None:
    out = tmp_path / "card.png"
    out.write_bytes(b"keep me")
    with unchanged(st.path):
        result = run(cli, st, "keys", "show", "--qr", out)
    assert_user_error(result, 1, str(out), "already exists", "--force")
    assert out.read_bytes() == b"keep me"
    ok(run(cli, st, "keys", "show", "--qr", out, "--force"))
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(("target", "fragment"), [
    ("card.jpg", ".png or .svg"),
    ("card", ".png or .svg"),
    ("missing-folder/card.png", "does not exist"),
    (".", "is a folder"),
])
def test_keys_show_refuses_a_bad_qr_path(cli: Cli, st: StoreInfo, tmp_path: Path,
                                         target: str, fragment: str) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    with unchanged(st.path):
        result = run(cli, st, "keys", "show", "--qr", tmp_path / target)
    assert_user_error(result, 1, fragment)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_keys_show_wrong_passphrase(cli: Cli, st: StoreInfo) -> None:
    with unchanged(st.path):
        result = cli("keys", "show", store=st.path, stdin=lines("not the right passphrase"))
    assert_user_error(result, 3, "Wrong passphrase")


def test_keys_needs_an_action(cli: Cli, st: StoreInfo) -> None:
    assert run(cli, st, "keys").rc == 2
    assert run(cli, st, "partner").rc == 2
    assert run(cli, st, "partner", "add", "OnlyAName").rc == 2


# ---- partner add / list / verify / remove ------------------------------------------------------

def test_partner_life_cycle(cli: Cli, st: StoreInfo, partner: StoreInfo) -> None:
    card = card_of(cli, partner, "--name", "Fictional Legal Aid")
    expected = keys.fingerprint(core_keys(partner))

    added = ok(run(cli, st, "partner", "add", "Legal Aid Herat", card, "--note", "via USB"))
    assert added == ["Added Legal Aid Herat (NOT verified).", f"Fingerprint: {expected}",
                     "Compare the fingerprint with Legal Aid Herat by phone or in person, "
                     "then run `partner verify`."]

    listed = run(cli, st, "partner", "list", "--json").json()
    assert len(listed) == 1
    assert set(listed[0]) == PARTNER_JSON
    assert listed[0]["name"] == "Legal Aid Herat"
    assert listed[0]["fingerprint"] == expected
    assert listed[0]["verified"] is False
    assert listed[0]["note"] == "via USB"
    sent, shown = keys.parse_card(card), keys.parse_card(listed[0]["card"])
    assert (shown.age_recipient, shown.signing_public, shown.name) == \
        (sent.age_recipient, sent.signing_public, "Legal Aid Herat")
    text = ok(run(cli, st, "partner", "list"))
    assert text[-1] == "1 partner(s)"
    assert "NOT verified" in text[0]
    assert expected in text[0]
    assert text[0].endswith("Legal Aid Herat")

    verified = ok(run(cli, st, "partner", "verify", "legal aid herat"))
    assert verified[:2] == ["Legal Aid Herat is marked verified.", f"Fingerprint: {expected}"]
    assert run(cli, st, "partner", "list", "--json").json()[0]["verified"] is True

    assert ok(run(cli, st, "partner", "remove", "Legal Aid Herat", "--yes")) == \
        ["Removed Legal Aid Herat."]
    assert run(cli, st, "partner", "list", "--json").json() == []
    assert [e["action"] for e in audit_entries(cli, st.path)
            if e["action"].startswith("partner.")] == \
        ["partner.add", "partner.verify", "partner.remove"]


def test_partner_add_verified(cli: Cli, st: StoreInfo, partner: StoreInfo) -> None:
    out = ok(run(cli, st, "partner", "add", "P", card_of(cli, partner), "--verified"))
    assert out[0] == "Added P (verified)."
    assert len(out) == 2
    assert run(cli, st, "partner", "list", "--json").json()[0]["verified"] is True


def test_partner_verify_with_the_fingerprint_read_out(cli: Cli, st: StoreInfo,
                                                      partner: StoreInfo) -> None:
    ok(run(cli, st, "partner", "add", "P", card_of(cli, partner)))
    wrong = "1111 2222 3333 4444 5555 6666"
    with unchanged(st.path):
        result = run(cli, st, "partner", "verify", "P", "--fingerprint", wrong)
    assert_user_error(result, 1, "does not match", "stays unverified")
    with unchanged(st.path):
        result = run(cli, st, "partner", "verify", "P", "--fingerprint", "12 34")
    assert_user_error(result, 1, "24 digits")
    digits = keys.fingerprint(core_keys(partner)).replace(" ", "")
    out = ok(run(cli, st, "partner", "verify", "P", "--fingerprint", digits))
    assert out[0] == "P is marked verified."
    assert len(out) == 2


def test_partner_refusals_leave_the_store_unchanged(cli: Cli, st: StoreInfo,
                                                    partner: StoreInfo) -> None:
    card = card_of(cli, partner)
    ok(run(cli, st, "partner", "add", "Existing", card))
    own = card_of(cli, st)
    prefix, _version, name, recipient, signing, check = card.split(":")
    refusals: list[tuple[tuple[Any, ...], str]] = [
        (("add", "Us", own), "own organisation card"),
        (("add", "Again", card), "already in the address book, as 'Existing'"),
        (("add", " ", card), "needs a name"),
        (("add", "New", "not a card"), "not a casefiles organisation card"),
        (("add", "New", card[:40]), "incomplete"),
        (("add", "New", card.replace(recipient, recipient[:-1] + "x")), "damaged"),
        (("add", "New", f"{prefix}:7:{name}:{recipient}:{signing}:{check}"), "version 7"),
        (("verify", "Nobody"), "no partner 'Nobody'"),
        (("remove", "Existing"), "--yes"),
        (("remove", "Nobody", "--yes"), "no partner 'Nobody'"),
    ]
    for args, fragment in refusals:
        with unchanged(st.path):
            result = run(cli, st, "partner", *args)
        assert_user_error(result, 1, fragment)
    assert [p["name"] for p in run(cli, st, "partner", "list", "--json").json()] == ["Existing"]


def test_partner_add_wrong_passphrase(cli: Cli, st: StoreInfo, partner: StoreInfo) -> None:
    card = card_of(cli, partner)
    with unchanged(st.path):
        result = cli("partner", "add", "P", card, store=st.path,
                     stdin=lines("not the right passphrase"))
    assert_user_error(result, 3, "Wrong passphrase")
