"""Source documents: ingest, preservation, text extraction, mentions, search and citation.

Originals are kept byte for byte inside the encrypted database (`blobs`), with their SHA-256;
what the app reads from them (the working text, proposed metadata, mentions) is derived and can
always be made again from the original.
"""
