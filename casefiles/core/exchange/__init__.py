"""What leaves the store, and in which form: redaction profiles, bundles, imports and exports.

Every output made for someone else (the dossier PDF, an exchange bundle, a plain export) first
passes the case through `redaction.redact` under a profile chosen by the caseworker. The
profiles are data (`resources/profiles/*.json`), applied by that one function, so what each
recipient sees is decided in one place and can be read and reviewed without reading code.
"""
