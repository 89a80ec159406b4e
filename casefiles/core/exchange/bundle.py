"""Exchange bundles: cases and sources handed to a partner as one encrypted, signed file.

One file in the age format (to the partners' X25519 keys, or to a passphrase), so it opens with
casefiles or with the standard `age` tool. Inside, an uncompressed tar: the redacted cases as
JSON following `resources/schema/case.schema.json`, the sources' metadata and originals, and a
manifest of every member's size and SHA-256 signed with the sender's Ed25519 key. The layout is
in `bundle_layout`, writing in `bundle_write`, reading and every check in `bundle_read`, the
encryption in `bundle_age`. Merging a read bundle into a store is the importer's work.
"""

from casefiles.core.exchange.bundle_layout import FORMAT_VERSION, Member
from casefiles.core.exchange.bundle_read import Bundle, BundleSource, read_bundle
from casefiles.core.exchange.bundle_schema import SCHEMA_VERSION
from casefiles.core.exchange.bundle_write import BundleSummary, write_bundle

__all__ = ["FORMAT_VERSION", "SCHEMA_VERSION", "Bundle", "BundleSource", "BundleSummary",
           "Member", "read_bundle", "write_bundle"]
