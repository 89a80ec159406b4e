"""casefiles-cli commands for spreadsheets: `import-sheet` (CSV/XLSX in) and `export-sheet`
(plain CSV/JSON out, not encrypted)."""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from casefiles.cli.common import add_command, open_store, print_json, writable_output
from casefiles.cli.secrets_input import SecretSource
from casefiles.core.errors import InvalidInput
from casefiles.core.exchange import sheets
from casefiles.core.exchange.redaction import PROFILES
from casefiles.core.fsutil import atomic_write
from casefiles.core.i18n import _
from casefiles.core.model import serial

# ---- import-sheet -----------------------------------------------------------------------------

def _preview_json(result: sheets.SheetPreview, imported: list[str], dry_run: bool,
                  earlier: list[str]) -> dict[str, Any]:
    """The preview for scripts; identity values are left out, as in `case show --json`."""
    info = result.info
    accepted = []
    for row in result.accepted:
        data = serial.to_json(row.case)
        identity = data.pop("identity")
        accepted.append({"line": row.line, "case": data,
                         "identity_fields": sorted(k for k, v in identity.items() if v)})
    return {
        "file": info.file_name, "sha256": info.sha256, "kind": info.kind,
        "encoding": info.encoding, "delimiter": info.delimiter, "sheet": info.sheet_name,
        "mapping": result.mapping.to_json(),
        "columns": [{"heading": h, "field": path, "identity": h in result.identity_columns}
                    for h, path in result.columns],
        "accepted": accepted,
        "rejected": [{"line": r.line, "reasons": list(r.reasons), "message": r.message()}
                     for r in result.rejected],
        "warnings": [{"line": w.line, "message": w.message()} for w in result.warnings],
        "blank_rows": result.blank_rows, "dry_run": dry_run, "imported": imported,
        "earlier_imports": earlier,
    }


def _preview_text(result: sheets.SheetPreview, earlier: list[str]) -> list[str]:
    """The preview for a person: how the file was read, where each column goes, the counts,
    then every rejected row and every warning."""
    lines = [_("Read {what} (SHA-256 {sha})").format(what=result.info.describe(),
                                                     sha=result.info.sha256), _("Columns:")]
    width = max((len(h) for h, _path in result.columns), default=0)
    identity = set(result.identity_columns)
    for heading, path in result.columns:
        target = path or _("(not imported)")
        note = _("  (identity: withheld from lists, search and exports)") \
            if heading in identity else ""
        lines.append(f"  {heading.ljust(width)}  -> {target}{note}")
    lines.append(result.summary())
    if result.rejected:
        lines += [_("Rejected:"), *(f"  {r.message()}" for r in result.rejected)]
    warnings = [w.message() for w in result.warnings]
    warnings += [_("This file was imported before ({at}); importing it again adds every case "
                   "a second time.").format(at=", ".join(earlier))] if earlier else []
    if warnings:
        lines += [_("Warnings:"), *(f"  {w}" for w in warnings)]
    return lines


def cmd_import_sheet(args: argparse.Namespace, secrets: SecretSource) -> int:
    sheet = sheets.read_sheet(Path(args.file), args.sheet)
    mapping = (sheets.load_mapping(Path(args.mapping)) if args.mapping
               else sheets.propose_mapping(sheet.header))
    result = sheets.preview(sheet, mapping)
    if args.save_mapping:
        out = writable_output(args.save_mapping, force=True)
        template = mapping.template(sheet.header).to_json()
        atomic_write(out, json.dumps(template, ensure_ascii=False, indent=2)
                     .encode("utf-8") + b"\n")
    with open_store(args, secrets) as store:
        earlier = sheets.earlier_imports(store.db, sheet.info.sha256)
        imported = ([] if args.dry_run else
                    sheets.import_rows(store.db, result, store.actor))
    if args.json:
        print_json(_preview_json(result, imported, args.dry_run, earlier))
    else:
        print("\n".join(_preview_text(result, earlier)))
        if args.dry_run:
            print(_("Dry run: nothing was written."))
        elif imported:
            print(_("Imported {n} case(s):").format(n=len(imported)))
            print("\n".join(imported))
    if not result.accepted:
        print("casefiles-cli: " + _("Nothing to import: no row of {name} can become a case.")
              .format(name=sheet.info.file_name), file=sys.stderr)
        return 1
    return 0


# ---- export-sheet -----------------------------------------------------------------------------

def cmd_export_sheet(args: argparse.Namespace, secrets: SecretSource) -> int:
    kind = sheets.format_for(Path(args.out))
    warning = sheets.not_encrypted_warning(Path(args.out))
    if not args.yes:
        raise InvalidInput(warning + " " + _("Add --yes to write it anyway."))
    out = writable_output(args.out, args.force)
    export = sheets.export_csv if kind == "csv" else sheets.export_json
    with open_store(args, secrets) as store:
        try:
            result = export(store.db, args.case, args.profile, out, store.actor)
        except OSError as err:
            raise InvalidInput(_("Cannot write {path}: {reason}").format(
                path=out, reason=err.strerror or err)) from None
    print(_("casefiles-cli: warning: {warning}").format(warning=warning), file=sys.stderr)
    for leak in result.leaks:
        print(_("casefiles-cli: warning: {leak}").format(leak=leak), file=sys.stderr)
    if args.json:
        print_json({"path": str(out), "format": kind, "profile": result.profile,
                    "cases": result.codes, "with_identity": result.with_identity,
                    "sha256": result.sha256, "warnings": result.leaks})
    else:
        print(_("Wrote {n} case(s) to {path} ({format}, profile {profile}, NOT encrypted; "
                "SHA-256 {sha}).").format(n=len(result.codes), path=out, format=kind.upper(),
                                          profile=result.profile, sha=result.sha256))
    return 0


def register(commands: Any) -> None:
    """Add `import-sheet` and `export-sheet` to the CLI's parser."""
    imp = add_command(commands, "import-sheet", cmd_import_sheet,
                      _("import cases from a CSV file or an Excel workbook (preview first)"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--mapping", metavar="M.json",
                     help=_("the column mapping (default: proposed from the headings)"))
    imp.add_argument("--sheet", metavar="NAME", help=_("the workbook's sheet (default: first)"))
    imp.add_argument("--dry-run", action="store_true",
                     help=_("show what would be imported; write nothing"))
    imp.add_argument("--save-mapping", metavar="PATH",
                     help=_("write the mapping used to PATH (unmapped headings as null), to "
                            "correct and pass as --mapping"))
    imp.add_argument("--json", action="store_true")

    exp = add_command(commands, "export-sheet", cmd_export_sheet,
                      _("write cases to a plain CSV or JSON file (NOT encrypted) under a "
                        "redaction profile"))
    exp.add_argument("--profile", required=True, choices=PROFILES,
                     help=_("who it is for: decides every field written"))
    exp.add_argument("--out", required=True, metavar="FILE.csv|FILE.json")
    exp.add_argument("--case", action="extend", nargs="+", default=[], metavar="CODE",
                     help=_("only these cases (default: every case)"))
    exp.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    exp.add_argument("--yes", action="store_true",
                     help=_("confirm that an unencrypted file may be written"))
    exp.add_argument("--json", action="store_true")
