<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF">
<context>
    <name></name>
    <message>
        <source>Demo store with {n} fictional cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store created at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (shown once; write it down and keep it apart from the laptop):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase set. The recovery code stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify found {n} problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a case cannot be undone; add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} matching case(s), {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} matching passage(s) in sources, {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first; add words to narrow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ID to look for: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} case(s); this search is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted case files for former Afghan security-force members at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases are read from the terminal, from standard input (one per line) or from --passphrase-file, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store folder (default: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase from the first line of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar to show dates in first (the other is shown beside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a store and print its recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill it with the fictional demo cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --demo: use the published demo passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open with the recovery code and set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the passphrase (reads the old, then the new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check encryption, structure, audit chain and index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change the store&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new value (sizes take units: 500MB, 2GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries about this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit, list and show cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a case from JSON; prints its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a case with partial JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include the identity record (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search over cases and source text (never identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look a person up by name or ID number (prompts for it; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casefiles-cli: warning: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path} and verified ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: {sha256}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it on another disk, away from this computer. It opens with this store&apos;s passphrase or its recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {at} to {path}; verify found the problems below (the store had them when it was backed up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {at} to {path}; it verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens with the passphrase the store had then; if that is forgotten, set a new one with `casefiles-cli --store {path} recover`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write one encrypted, verified backup file of the whole store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file to write (e.g. on a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn a backup file into a store in a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new store folder (absent or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock the backup with the recovery code instead of the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {col}: {msg}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; name the file to write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or add --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sections names no section; the sections are: {all}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a dossier of {pages} pages to {path} (SHA-256 {sha}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a case&apos;s PDF dossier under a redaction profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who it is for: decides every field shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dossier&apos;s language (fa: Dari, right to left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these sections: {all}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out the exhibits&apos; originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation or caseworker named on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --to PARTNER... or --bundle-passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}: {cases} case(s), {sources} source(s) ({originals} with the original) under {profile}, for {to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cited source(s) were kept back by the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--choose {item!r}: write CODE:PATH=ours or CODE:PATH=theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flag} {item!r}: write THEIR-CODE=OUR-CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN key (not in the address book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: {signer} ({status}); sender says {sender}; profile {profile}; made {created}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely the same person as {code} ({pseudonym}): {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} new citation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the store already holds everything in this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {added} new case(s), {updated} updated, {unchanged} unchanged; {sources} new source(s), {citations} new citation(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose {side} for {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked {code} with {other}: {relation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} may be the same person as {others}: check, and link them if so (casefiles-cli case link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cases into an encrypted bundle for partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners (name or id in the address book) to encrypt to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt to the passphrase on this file&apos;s first line instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redaction profile: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation&apos;s name, for the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the cited sources out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also export to partners whose fingerprint was not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a bundle from a partner (preview with --dry-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what would be imported and write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a bundle made to a passphrase (this file&apos;s first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle one conflict (PATH * for all of a case&apos;s conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a likely duplicate is the same person: link the two cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a likely duplicate is another person: do not offer it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import even though the signing key is not in the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the QR code is written as a .png or .svg file; name the file with one of those extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation&apos;s name is now {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation&apos;s name is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name set: `keys name ORG` sets it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the card&apos;s QR code to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with {name} by phone or in person, then run `partner verify`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} partner(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is marked verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must be the fingerprint {name} reads out to you from their own casefiles (`keys show`); if it is not, remove the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a partner cannot be undone; add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this store&apos;s organisation card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the organisation card and its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the card as a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the QR file if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put this name in the card instead of the one set with `keys name`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or set this organisation&apos;s name (for its card and bundles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new name (&quot;&quot; clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address book of partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a partner organisation from its card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint was already compared with the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a partner verified (its fingerprint was compared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint the partner read out; it must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a partner from the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} and {other}: {relation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision about {code} and {other} is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates of {code} wait for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that two cases are the same person (or, with --not-same, that they are not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they are different people: do not offer the pair again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (kept with the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the decision about two cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the cases that may be the same person as this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSEUDONYM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTITUTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SITUATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity withheld (show it with --reveal-identity; that is audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity (revealed; this viewing is recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (quote not found in the source&apos;s text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {what} on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is not {encoding} text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {what} (SHA-256 {sha})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (identity: withheld from lists, search and exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was imported before ({at}); importing it again adds every case a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} case(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: no row of {name} can become a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --yes to write it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casefiles-cli: warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casefiles-cli: warning: {leak}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {n} case(s) to {path} ({format}, profile {profile}, NOT encrypted; SHA-256 {sha}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cases from a CSV file or an Excel workbook (preview first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column mapping (default: proposed from the headings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what would be imported; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the mapping used to PATH (unmapped headings as null), to correct and pass as --mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write cases to a plain CSV or JSON file (NOT encrypted) under a redaction profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who it is for: decides every field written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these cases (default: every case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm that an unencrypted file may be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (kept as the original only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: the original is kept, but its text could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:      {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:       {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:       {name} ({kind}, {media}, {size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:    {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:       {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by the document (check them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} source(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:  {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:       {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(quote not found in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {id} has no stored original (metadata only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the original of source {id} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {code} has {n} incident(s); there is no incident {i}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the quote was not found in the source&apos;s text; check it against the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote was found in the source&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, show and export sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingest a file (PDF, web page, text, DOCX, image, audio, video); prints the source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the working text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the untouched original to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cite a source for a case (or one of its incidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident number as in `case show`, or its uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;p. 4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a wipe cannot reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMERGENCY WIPE of the store at {path}: its key slots and database are destroyed for good. There is no undo, and the recovery code will not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {word} (or the folder&apos;s name, {name}) to destroy it now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was wiped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store can no longer be opened, but not everything could be removed (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slots could NOT be destroyed: the store may still be opened (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMERGENCY: destroy the store for good (no passphrase needed; asks for the word {word})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store folder to destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask: for scripts (nothing is confirmed interactively)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier can be written in {langs}, not {lang!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dossier section(s): {names}. The sections are: {all}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appending the annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: the store was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery code: the store was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: it is not the one the store had when this backup was made. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery code: it is not the recovery code of the store this backup was made from. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an encrypted casefiles bundle (not in the age format, or its beginning is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged or incomplete: its encrypted content fails the integrity check after {size} bytes (altered or truncated). Ask the sender for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key!r} is not an age public key (they begin with &quot;age1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle needs at least one recipient or a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s header was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is encrypted to organisation keys, not to a passphrase: open it with your organisation&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase protection uses parameters casefiles does not accept (scrypt work factor 2^{n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: the bundle was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase, not addressed to a key: open it with the passphrase the sender gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s age identity is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is not addressed to this organisation&apos;s key (or its header was altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a member with an absolute path ({name!r}); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a member whose path leaves its folder ({name!r}); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds an unexpected member {name!r}: only manifest.json, manifest.sig, cases/&lt;uuid&gt;.json and sources/&lt;sha256&gt;[.json] belong in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is signed by {sender}&apos;s key, which is not in your address book: add and verify the partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle either with the organisation&apos;s key or with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds data after the end of its archive; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not a complete tar archive (damaged, or not made by casefiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle member {name!r} is {kind}, not a file; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds {name} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle member {name} is {size} bytes, more than such a member can be ({limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s cases are too large to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of source {sha}... changed since the bundle was checked; nothing of it may be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no {name}: it is not a complete casefiles bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of a casefiles bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is in format version {found}; this casefiles reads version {known}. Update casefiles to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s cases follow schema version {found}; this casefiles reads version {known}. Update casefiles to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json does not name a valid sender key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not match the sender key it names: the bundle was altered, or signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists a member twice, or lists itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle member {name} is not listed in the manifest; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists {name}, which is missing from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle member {name} is {size} bytes; the manifest says {declared}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle member {name} does not match its SHA-256 in the manifest: it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds the case {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} describes another source ({sha}...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cites case {uuid}, which is not in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of source {sha}... does not match its SHA-256 or size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds the original {name} without its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} does not follow the {schema} schema at {where}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt a bundle either to recipients&apos; keys or to a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {code} has no UUID (the profile withholds it), so it cannot go into an exchange bundle: choose a profile that includes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case UUID {uuid!r} is malformed or given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {sha}... is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source {sha}... cites case {uuid}, which is not in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of source {sha}... does not match its recorded size and SHA-256; run verify on the store. No bundle was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; withholds the cases&apos; UUIDs, which a partner&apos;s import needs to merge them: it cannot be used for a bundle. Choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export either to partners (their keys) or to a passphrase, not both and not neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one partner to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: {names}. Compare their fingerprint by phone or in person and mark them verified first (or allow unverified partners explicitly); nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one case to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} conflict(s) need a choice of ours or theirs before anything is imported: {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This preview is of another bundle; preview the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store changed since the preview; preview the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}={code}: a link is {same} or {not_same}, not {relation!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}={code}: {code} is not a likely duplicate of a new case {key} in this import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}:{path}: choose &quot;ours&quot; or &quot;theirs&quot;, not {side!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}:{path} is not a conflict of this import (the conflicts: {paths}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of source {sha}... does not match its SHA-256; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original was not sent with the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A citation of source {sha}... names an item {uuid} that case {code} does not have; it was linked to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not valid: it must be 32 bytes written in base64url (43 characters) or in hex (64 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key is not a valid age recipient (it starts with age1 and has 62 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fingerprint is {n} digits (six groups of four); {text!r} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation card is damaged (its check does not match what it holds): copy the whole card again, or scan its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation card is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a casefiles organisation card (a card starts with {prefix}:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation card is of version {v}, which this casefiles does not know (it reads version {known}); update casefiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation card is incomplete or has extra parts ({n} parts separated by &apos;:&apos; instead of {expected}): copy the whole card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in the organisation card is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code can be written as {kinds}, not {kind!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no organisation keys; its database is damaged. Restore the store from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation&apos;s name has at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation&apos;s name must be one line of text, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner {ref!r} in the address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is this store&apos;s own organisation card; add the card of the partner organisation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is already in the address book, as {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a partner named {name!r}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint read out does not match the one of {name}&apos;s card: this card may not be theirs. It stays unverified; get their card again by another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} contains part of the person&apos;s identity ({field}), which this profile withholds; reword it before handing the file over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} contains “{value}”, which this profile withholds ({field}); reword it before handing the file over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} is not a redaction profile (use one of: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction profile {name} cannot be read: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction profile {name} is not valid: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly the keys {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format must be {format} and name {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharing_consent {scope!r} is not a consent scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} needs a text in each of: {langs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules need exactly the records {records}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule for {record} field(s) {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} has no field(s) {paths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record}.{path}: {rule!r} is not one of {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record}.{path}: only dates can be coarsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity fields are included, so identity_consent must name a consent scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity_consent {scope!r} is not a consent scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources needs exactly: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources name unknown source types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without sources, no source type is listed and every Source and Citation field is withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file_name has an unmatched brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file_name may hold only A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file_name placeholders are {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file_name shows {field}, which the profile withholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file_name must not start with &apos;.&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {code} does not record the person&apos;s consent to &quot;{consent}&quot;, which the profile &quot;{profile}&quot; needs. Record the consent in the case first (Edit consent), or choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a plain export is a .csv or a .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} will NOT be encrypted: anyone who gets the file, or the disk or stick it is on, can read every case in it. Prefer an encrypted bundle; delete the file when it has served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>plain export of {n} case</source>
        <comment>plain export of {n} cases</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no cases in this store to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cases do not record the person&apos;s consent that the profile &quot;{profile}&quot; needs: {codes}. Record it in each case, leave them out, or choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} row(s): {accepted} to import, {rejected} rejected, {blank} blank skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as windows-1256 (Arabic script, older Windows). Check the Dari and Pashto text in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Column “{heading}” is not mapped to any field: its value in {n} row is not imported.</source>
        <comment>Column “{heading}” is not mapped to any field: its values in {n} rows are not imported.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping names a column “{heading}” that this sheet does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column fills person.pseudonym: the cases will be listed by their codes only until each is given a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has {n} value(s) beyond the {width} columns of the header (in a CSV file: a value holding the delimiter without quotes?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the mapped columns has a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading} is yes or no, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value} (column “{heading}”) is not one casefiles knows (did you mean {suggestion}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value} (column “{heading}”) is not one casefiles knows (for example: {sample}, ...); correct it in the sheet or give its meaning in the mapping&apos;s &quot;values&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “{heading}” (part of the identity; its value is not repeated here) does not hold a date casefiles understands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date {value} (column “{heading}”): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date {value!r} (column “{heading}”) was read as Solar Hijri from its year: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date {value!r} (column “{heading}”) was read day first: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a field a column can fill (for example: {sample}, ...; docs/cli.md lists them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: at most {n} items of a list come from one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns “{a}” and “{b}” both fill {path}, which takes one value; map one of them to another field or to null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column mapping is a JSON object with &quot;columns&quot; (and optionally &quot;values&quot;), e.g. {&quot;columns&quot;: {&quot;Province&quot;: &quot;person.origin_province&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;columns&quot; maps each heading to a field path or to null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;values&quot; maps a field path to {&quot;spelling&quot;: &quot;term&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;values&quot; of {path}: only fields with a vocabulary take extra spellings, as {{&quot;spelling&quot;: &quot;term&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a JSON column mapping: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a JSON column mapping: it is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: Excel workbook, sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: CSV, {encoding}, delimiter “{delimiter}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a CSV file: it has no sheets to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no rows at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in the old Excel format (.xls). Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is neither a CSV text file nor an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, line {line}: the file cannot be read as CSV ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid {codec} text ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): {reason}. An OpenDocument (.ods) file can be saved as .xlsx or CSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheet “{sheet}” (its sheets: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a date casefiles understands (examples: 2021-08-15, 24 Asad 1400, Aug 2021, c. 2019, unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date&apos;s year, month and day are whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown date cannot have a year, month or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date needs a year between {low} and {high} in its calendar (was the year left out?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of precision {p} needs exactly: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month {m} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {d} does not exist in month {m} of {y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown field {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected base64 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the text holds a broken character (half of a UTF-16 pair), as a damaged file or a faulty program writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected a date such as &quot;2021-08-15&quot; or &quot;24 Asad 1400&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not a known {vocab} (use one of: {sample})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: {institution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With international forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident {n}: {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative: {relation} {pseudonym}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk factor: {factor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tazkira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related case: {code}  {pseudonym}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casefiles recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens the store if the passphrase is forgotten: in the app, choose “Forgot the passphrase?”; on the command line, run casefiles-cli recover. You then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has this sheet and the laptop can read every case. Keep it apart from the laptop, somewhere safe, and never photograph it or send it by message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entries {a} to {b} are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry {seq} does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry {seq} ({action}) was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored original no longer matches its SHA-256 ({sha}...); nothing was written. Run verify, and restore the store from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source {ids}: the stored original no longer matches its SHA-256 ({sha}...); it was altered or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} line(s) of this file are not UTF-8; they were read as windows-1256. Check the text against the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word document cannot be read ({err}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web page is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article text was found on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MHTML file holds no web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read ({err}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be read ({err}); it may be damaged, cut short or protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan?); nothing could be searched or quoted. The original is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe, device or socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): there is nothing to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {size}, over the size limit of {limit} for one source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already in the store as source {id} (same SHA-256); it was not stored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed while it was being read; try again once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to read its text ({size}); the original is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is kept unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be extracted ({err}); the original is kept unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {dup} already in the store, {refused} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is named as {claimed} but its content is {actual}; it is read as {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province of an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province served in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution served in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type of an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country the person is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country of an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; name the backup file to write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot go inside the store&apos;s own folder ({path}); choose another disk or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content differs from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not read back intact ({problem}); it was not kept. Check the disk it was written to, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s key-slot file belongs to another store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is complete, but the store could not note it ({error}); the reminder does not know of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either the passphrase or the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer casefiles; update casefiles to restore it. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; restore into a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup changed while it was being restored; nothing was restored. Try again once nothing else writes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in this backup cannot be opened; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log in this backup does not end where its manifest says; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a casefiles backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a backup in format {version}, which this casefiles cannot read (it is newer, or the file is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a damaged or incomplete casefiles backup (truncated, or changed after it was written); nothing was restored. Use another copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or was altered after it was written (it fails its authentication); nothing was restored. Use another copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup ended early while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or was altered after it was written (its key slots do not check); nothing was restored. Use another copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space in {folder}: {needed} needed, {free} free. Nothing was written. Free some space or choose another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk filled up while writing {path}: nothing was written and {what}. Free some space or choose another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy (a large import?); try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written ({error}); {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log ends before entry {seq}, which the backup of {at} holds: later entries were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry {seq} is not the one the backup of {at} holds: the history was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link is {same} or {not_same}, not {relation!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} and {other} are not linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be linked with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list {name!r} in a case (known: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {code} has no such item ({uuid}): it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case {code} in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: {uuid} is cited by a source; remove the citation before removing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: uuid {uuid} belongs to another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no {what} {uuid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same institution, province and incident dates, similar pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same tazkira number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same full name and father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s key-slot file is missing: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s key-slot file is damaged ({path}); restore it from a backup of the store folder. The database alone cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was made by a newer casefiles (key-slot version {v}); update casefiles to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a size (examples: 500MB, 2GB, 4GiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest file accepted as one source, in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remind to back up when the last backup is this many days old (0: never remind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting {name!r} (known: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source {id} in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source edit must be an object of fields and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: set by the store, it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title: a source needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a casefiles store (it holds no {db} or {slots}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} belongs to another store than this key-slot file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was made by a newer casefiles; update casefiles to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is in use by another program; close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} is damaged or is not this store&apos;s database: it cannot be decrypted with this store&apos;s key. Restore the store from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s database file is missing: {db}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s database file cannot be read (permissions): {db}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s database file is empty: {db}. Restore the store from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db} is an unencrypted SQLite database, not a casefiles store&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s database file is truncated ({size} bytes): {db}. Restore the store from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index is inconsistent ({err}); it can be rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroyed: {name} (overwritten, then removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwritten but NOT removed: {name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed but NOT overwritten: {name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT destroyed: {name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left in place, not a casefiles file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the folder {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {path} could NOT be removed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s key slots are destroyed: it cannot be opened again, with or without the passphrase or the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slots could NOT all be destroyed: whoever has the passphrase or the recovery code may still open the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSDs, USB sticks and memory cards move data around internally (wear levelling): old copies of the overwritten bytes may survive inside the device, out of reach of any program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaling and copy-on-write file systems (ext4 with data journaling, btrfs, ZFS, APFS) and file-system snapshots may keep earlier copies of the files, including key-slot files from before a passphrase change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, exported bundles, dossiers and spreadsheets saved or printed elsewhere, and copies of the store folder, are not touched: destroy them separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the operating system made are not reached: swap, hibernation files, crash reports, and the shell&apos;s history of commands typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of casefiles that has this store open keeps what it shows until it is closed: quit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a casefiles store (it holds no {db} or {slots}); nothing was wiped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link; the file it points to was not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds files that are not casefiles&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUOTE NOT FOUND in the text: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They read these digits to me over the phone and they match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the backup goes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One encrypted file with every case, identity, source and the audit log. It opens only with this store&apos;s passphrase or its recovery code. Keep it on another disk, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has not been backed up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 and verified (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>This store has never been backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateCasesModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2 sentence(s)): %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the person was and what has happened to them, in a few sentences (any language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working notes: not part of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in (country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in (place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (comma between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the person&apos;s name and ID numbers. Each viewing is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the identity for editing; this too is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with another case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a relative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a risk factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person: link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is withheld. Reveal it only when you need it; the viewing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity is recorded for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is cited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has not been shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CiteDialog</name>
    <message>
        <source>Cite a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where in the source: a page, section or paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote was found in the source&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote was NOT found in the source&apos;s text: check it against the original.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <source>Create a casefiles store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store keeps every case encrypted on this laptop. Choose a passphrase of four or five unrelated words: without it nobody can read the store, and nobody can reset it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the store… (tuning the key derivation to this laptop takes a second or two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the store&apos;s recovery code. It opens the store if the passphrase is ever forgotten. It is shown only now: print it or write it down, and keep it apart from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and will keep it apart from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using casefiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 24 Asad 1400, 2021-08-15, Aug 2021, c. 2019</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solar Hijri, Gregorian beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian, Solar Hijri beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the exhibits (PDF pages, images, texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation, as the cover names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier includes the person&apos;s identity: the case records their consent to disclose it to these authorities. Hand it over only to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Save or print exactly this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 and noted in the share log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer and noted in the share log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Discard the changes you made?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot make a bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;partners (their keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (NOT verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the cited &amp;sources the profile lets out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cases (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one case to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile withholds the cases&apos; UUIDs, which a partner&apos;s import needs: it cannot make a bundle. Choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one partner to encrypt to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book is empty: add a partner (Store &gt; Organisation keys and partners) or export to a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one chosen partner is NOT verified: their key was not compared with them by phone or in person, so the bundle may be read by someone else. Export to them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting and writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n with the original)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>For: %1; profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the share log of each case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cited source(s) kept back by the profile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search cases (any language)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is shown because you asked for it; the viewing and any change are recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tazkira number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ID numbers (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), kept as they are</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer is unknown: import &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates: new cases that may be people already documented here. Each comes in as a case of its own; linking records that they are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: both sides changed these fields; choose which value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting and checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN key: not in the address book (the bundle says it is from “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>likely duplicate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(identity field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both values (the viewing is recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) in the bundle</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person: link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the store already holds everything in this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 new case(s), %2 updated, %3 unchanged; %4 new source(s), %5 new citation(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 with %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be the same person as %2: decide in the case&apos;s Related cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or abroad: country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this incident from the case?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add a posting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a posting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a posting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add incident to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an incident of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an incident of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a relative to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a relative of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a relative of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a risk factor to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a risk factor of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a risk factor of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the risk assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the consent of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L): close the store until the passphrase is entered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;keys and partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our card to send to partners, and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport cases to a partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted bundle of the case shown, for partners or a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all listed cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted bundle of every case the list shows (with its filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and import a partner&apos;s bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases from a CSV file or an Excel workbook: map the columns, preview, import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy this store for good, without the passphrase (asks you to type WIPE first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One encrypted, verified file of the whole store, to keep on another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a backup file into a store in a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the case&apos;s main facts and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record something done to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take reports, letters, photos into the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, publisher, date and the rest of the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the case&apos;s code, to refer to it elsewhere (concealed from clipboard histories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF dossier of this case for an asylum authority, a partner or advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in the &amp;Gregorian calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in the &amp;Solar Hijri calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of the case that is the same person as %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision about %1 and %2 is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is listed to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1; the clipboard is cleared after %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart casefiles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casefiles will be in %1 from its next start. Restart now? The store is closed and its passphrase asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case to cite it for first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Organisation keys and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our organisation&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name partners will see (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (send it to partners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (read it out over the phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the card now names %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the card names no organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the partners? Bundles can no longer be sent to them or checked as theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store locks itself after this long without a key press or a mouse movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solar Hijri (the other shown beside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian (the other shown beside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dates in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code from the store&apos;s recovery sheet, then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>New relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this relative from the case?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty folder for the restored store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored store opens with the passphrase (and the recovery code) the store had when the backup was made. What was entered after that is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup made on %1 (UTC), %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to %1; verify found the problems below (the store had them when it was backed up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to %1; it verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it from the unlock window with the passphrase the store had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskAssessmentDialog</name>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskFactorDialog</name>
    <message>
        <source>New risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit risk factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this risk factor from the assessment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked with international forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom (e.g. ISAF, a PRT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this service record from the case?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 read as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping changed: preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity columns (kept withheld, never searchable): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read (original kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceMetadataDialog</name>
    <message>
        <source>Source details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en (English), fa (Dari), ps (Pashto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use everything the document proposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put what the document proposes into this field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Cite the selected passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the source mentions (double-click a sentence to see it in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases it may support (double-click to open one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for cases this source may support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match what the source mentions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches what the source mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source has no text to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of the source were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock casefiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPartnerDialog</name>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 on a number you already know, and ask them to read out their fingerprint (casefiles shows it with their keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits they read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This destroys the store for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case, identity, source and key in %1 is destroyed. There is no undo, and the recovery code will not bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a wipe cannot reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 or the store&apos;s folder name (%2) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could NOT be fully destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casefiles closes when you close this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Running</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still working; this dialog closes once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <source>%1… %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Something went wrong inside casefiles ({error}). What was already saved is safe; what you were doing may not have been completed, so check it. If it happens again, tell your technical contact what you were doing when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>This could not be done ({error}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
