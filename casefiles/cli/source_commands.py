"""casefiles-cli commands for sources: add, list, show, export, and cite."""

import argparse
from pathlib import Path
from typing import Any

from casefiles.cli.common import add_command, open_store, print_json, writable_output
from casefiles.cli.secrets_input import SecretSource
from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import _
from casefiles.core.model import serial
from casefiles.core.model.case import Citation, Source
from casefiles.core.model.vocab import vocabulary
from casefiles.core.sources import blobs
from casefiles.core.sources.ingest import IngestReport, human_size, ingest_file
from casefiles.core.sources.mentions import CATEGORIES, Mention, summary
from casefiles.core.store import cases, citations, sources

_METADATA_OPTIONS = ("title", "publisher", "author", "url", "published", "language", "type",
                     "reliability", "notes")


def _mention_lines(found: list[Mention]) -> list[str]:
    names = {"province": _("Provinces"), "institution": _("Institutions"), "role": _("Roles"),
             "incident": _("Incidents"), "country": _("Countries"), "date": _("Dates")}
    lines = []
    for category, codes in summary(found).items():
        vocab = CATEGORIES.get(category)
        labels = [vocabulary(vocab).label(code) if vocab else code for code in codes]
        lines.append(f"  {names[category]}: {', '.join(labels)}")
    return lines


def _describe(source: Source) -> list[str]:
    extraction = {"ok": _("extracted"), "none": _("none (kept as the original only)"),
                  "failed": _("FAILED: the original is kept, but its text could not be read")}
    return [
        _("Title:      {v}").format(v=source.title),
        _("Type:       {v}").format(v=vocabulary("source_types").label(source.type)),
        _("File:       {name} ({kind}, {media}, {size})").format(
            name=source.original_name, kind=source.kind, media=source.media_type,
            size=human_size(source.size)),
        _("SHA-256:    {v}").format(v=source.sha256),
        _("Text:       {v}").format(v=extraction.get(source.extraction, source.extraction)),
    ]


def _report_text(report: IngestReport) -> str:
    lines = [str(report.source.id)]
    if report.duplicate:
        return "\n".join([*lines, *report.notes])
    lines += _describe(report.source)
    if report.proposed:
        lines.append(_("Proposed by the document (check them):"))
        lines += [f"  {key}: {value}" for key, value in sorted(report.proposed.items())]
    if report.mentions:
        lines.append(_("Mentions:"))
        lines += _mention_lines(report.mentions)
    lines += [_("Note: {note}").format(note=note) for note in report.notes]
    return "\n".join(lines)


def cmd_source_add(args: argparse.Namespace, secrets: SecretSource) -> int:
    given = {name: getattr(args, name) for name in _METADATA_OPTIONS
             if getattr(args, name) is not None}
    with open_store(args, secrets) as store:
        report = ingest_file(store.db, Path(args.file), store.actor, given)
    if args.json:
        print_json({"source": serial.to_json(report.source), "duplicate": report.duplicate,
                    "notes": report.notes, "proposed": report.proposed,
                    "mentions": [m.__dict__ for m in report.mentions]})
    else:
        print(_report_text(report))
    return 0


def cmd_source_list(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        found = sources.list_sources(store.db)
    if args.json:
        print_json(serial.to_json(found))
        return 0
    for s in found:
        published = s.published.to_text() if s.published else "-"
        print(f"{s.id:>5}  {s.kind or '-':6} {published:12} {s.publisher[:24]:24}  {s.title}")
    print(_("{n} source(s)").format(n=len(found)))
    return 0


def cmd_source_show(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        source = sources.get_source(store.db, args.id)
        text = sources.working_text(store.db, args.id)
        found = sources.mentions(store.db, args.id)
        proposed = sources.proposed_metadata(store.db, args.id)
        cited = citations.citations_of_source(store.db, args.id)
    if args.json:
        data: dict[str, Any] = {"source": serial.to_json(source), "proposed": proposed,
                                "mentions": [m.__dict__ for m in found],
                                "citations": serial.to_json(cited)}
        if args.text:
            data["text"] = [{"pinpoint": p, "text": t} for p, t in text]
        print_json(data)
        return 0
    if args.text:
        for pinpoint, segment in text:
            print(f"[{pinpoint}] {segment}\n")
        return 0
    lines = [f"{source.id}", *_describe(source)]
    for name in ("publisher", "author", "url", "language"):
        if getattr(source, name):
            lines.append(f"{name.capitalize() + ':':12}{getattr(source, name)}")
    if source.published:
        lines.append(_("Published:  {v}").format(v=source.published.display()))
    if source.extraction_note:
        lines.append(_("Note:       {v}").format(v=source.extraction_note))
    if found:
        lines += [_("Mentions:"), *_mention_lines(found)]
    if cited:
        lines.append(_("Cited by:"))
        flag = _("(quote not found in the text)")
        lines += [f"  {c.case_code}  {c.pinpoint}"
                  + (f"  {flag}" if c.quote_check == citations.NOT_FOUND else "") for c in cited]
    print("\n".join(lines))
    return 0


def cmd_source_export(args: argparse.Namespace, secrets: SecretSource) -> int:
    out = writable_output(args.out, args.force)
    with open_store(args, secrets) as store:
        blob_id = sources.blob_of(store.db, args.id)
        if blob_id is None:
            raise InvalidInput(_("Source {id} has no stored original (metadata only).")
                               .format(id=args.id))
        try:
            blobs.export_blob(store.db, blob_id, out)
        except OSError as err:
            raise InvalidInput(_("Cannot write {path}: {reason}").format(
                path=out, reason=err.strerror)) from None
    print(_("Wrote the original of source {id} to {path}.").format(id=args.id, path=out))
    return 0


def _incident_uuid(store_db: Any, code: str, incident: str | None) -> str:
    """An incident by its number in `case show` (timeline order) or by its uuid."""
    if not incident:
        return ""
    timeline = cases.get_case(store_db, code).timeline()
    if incident.isdigit():
        number = int(incident)
        if not 1 <= number <= len(timeline):
            raise InvalidInput(_("Case {code} has {n} incident(s); there is no incident {i}.")
                               .format(code=code, n=len(timeline), i=number))
        return timeline[number - 1].uuid
    return incident


def cmd_cite(args: argparse.Namespace, secrets: SecretSource) -> int:
    with open_store(args, secrets) as store:
        citation = citations.add_citation(store.db, Citation(
            source_id=args.id, case_code=args.case,
            incident_uuid=_incident_uuid(store.db, args.case, args.incident),
            pinpoint=args.pinpoint, quote=args.quote or "",
            translation=args.translation or ""), store.actor)
    print(citation.id)
    if citation.quote_check == citations.NOT_FOUND:
        print(_("Warning: the quote was not found in the source's text; check it against "
                "the original."))
    elif citation.quote_check == citations.FOUND:
        print(_("The quote was found in the source's text."))
    return 0


def register(commands: Any) -> None:
    """Add `source ...` and `cite` to the CLI's parser."""
    source = commands.add_parser("source", help=_("add, list, show and export sources"))
    actions = source.add_subparsers(dest="source_command", required=True, metavar="ACTION")
    add = add_command(actions, "add", cmd_source_add,
                      _("ingest a file (PDF, web page, text, DOCX, image, audio, video); "
                        "prints the source id"))
    add.add_argument("file")
    for name in _METADATA_OPTIONS:
        add.add_argument(f"--{name}")
    add.add_argument("--json", action="store_true")
    add_command(actions, "list", cmd_source_list, _("list sources")
                ).add_argument("--json", action="store_true")
    show = add_command(actions, "show", cmd_source_show, _("show a source"))
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.add_argument("--text", action="store_true", help=_("print the working text"))
    export = add_command(actions, "export", cmd_source_export,
                         _("write the untouched original to a file"))
    export.add_argument("id", type=int)
    export.add_argument("--out", required=True, metavar="PATH")
    export.add_argument("--force", action="store_true", help=_("replace PATH if it exists"))

    cite = add_command(commands, "cite", cmd_cite,
                       _("cite a source for a case (or one of its incidents)"))
    cite.add_argument("id", type=int, help=_("source id"))
    cite.add_argument("--case", required=True, metavar="CODE")
    cite.add_argument("--incident", metavar="N",
                      help=_("incident number as in `case show`, or its uuid"))
    cite.add_argument("--pinpoint", required=True, metavar="P", help=_('e.g. "p. 4"'))
    cite.add_argument("--quote", metavar="TEXT")
    cite.add_argument("--translation", metavar="TEXT")
