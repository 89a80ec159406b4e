"""Fictional cases and hand-built bundles for the bundle tests (no real personal data)."""

import base64
import hashlib
import io
import json
import tarfile
import uuid
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from casefiles.core.exchange.redaction import load_profile, redact
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Consent, Identity, Incident, Person
from casefiles.core.model.dates import FuzzyDate

IDENTITY = pyrage.x25519.Identity.generate()
RECIPIENT = str(IDENTITY.to_public())
SIGNING_KEY = Ed25519PrivateKey.generate()
ORIGINAL = b"%PDF-1.4 fictional report of a house search in Kandahar\n" * 500
ORIGINAL_SHA = hashlib.sha256(ORIGINAL).hexdigest()


def raw_public_key(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def case_json(pseudonym: str = "Falcon", profile: str = "partner_organisation") -> dict:
    """A fictional case as an export hands it over: redacted under `profile`, then to JSON."""
    case = Case(uuid=str(uuid.uuid4()), code="K7Q2", stage="documenting",
                summary="Former NDS officer, threatened after August 2021. دری متن",
                consent=Consent(scope=["record", "share_partners"]),
                person=Person(pseudonym=pseudonym, sex="male", origin_province="AF-KAN",
                              situation="in_iran", birth=FuzzyDate.parse("1988")),
                identity=Identity(full_name="MARKER-FULL-NAME", tazkira_number="MARKER-TAZKIRA"),
                incidents=[Incident(uuid=str(uuid.uuid4()), type="house_search",
                                    date=FuzzyDate.parse("24 Asad 1400"), province="AF-KAN",
                                    verification="likely")])
    return serial.to_json(redact(case, load_profile(profile)))


def source_json(case_uuid: str, original: bytes = ORIGINAL) -> dict:
    return {"sha256": hashlib.sha256(original).hexdigest(), "size": len(original),
            "type": "news_article", "title": "Fictional report", "published": "2022-03",
            "citations": [{"case_uuid": case_uuid, "pinpoint": "p. 2", "quote": "searched"}]}


def member_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def manifest_for(members: dict[str, bytes], key: Ed25519PrivateKey = SIGNING_KEY,
                 **changes: Any) -> dict:
    """A manifest listing `members` truthfully, with `changes` applied on top."""
    manifest = {"format": "casefiles-bundle", "format_version": 1, "schema_version": 1,
                "created_at": "2025-01-02T03:04:05Z",
                "sender": {"name": "Test partner",
                           "ed25519_public_key": base64.b64encode(raw_public_key(key)).decode()},
                "profile": "partner_organisation",
                "members": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                            for n, d in members.items()]}
    manifest.update(changes)
    return manifest


def build_tar(members: dict[str, bytes], manifest: dict | None = None,
              signer: Ed25519PrivateKey = SIGNING_KEY, extra: list[tarfile.TarInfo] = (),
              sizes: dict[str, int] | None = None) -> bytes:
    """A bundle's plaintext tar built by hand: `members`, the manifest (truthful unless given),
    its signature by `signer`, then any `extra` entries (links, devices, ...)."""
    manifest_data = member_bytes(manifest if manifest is not None else manifest_for(members))
    files = {**members, "manifest.json": manifest_data,
             "manifest.sig": signer.sign(manifest_data)}
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for info in extra:
            tar.addfile(info)
    return out.getvalue()


def simple_members() -> tuple[dict, dict[str, bytes]]:
    """One case and one source with its original, as member bytes."""
    case = case_json()
    members = {f"cases/{case['uuid']}.json": member_bytes(case),
               f"sources/{ORIGINAL_SHA}.json": member_bytes(source_json(case["uuid"])),
               f"sources/{ORIGINAL_SHA}": ORIGINAL}
    return case, members


def encrypt(tar: bytes) -> io.BytesIO:
    return io.BytesIO(pyrage.encrypt(tar, [IDENTITY.to_public()]))
