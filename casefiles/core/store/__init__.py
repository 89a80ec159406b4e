"""The encrypted store: SQLCipher connection, key slots, schema, and repository functions.

Repository functions are plain functions that take a `Database` (sqlite-utils over a SQLCipher
connection), in the manner of SecureDrop's client storage layer; `Store` owns the files.
"""
