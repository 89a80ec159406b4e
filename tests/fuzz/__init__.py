"""Fuzzing of every parser that reads outside input (hypothesis; profiles in conftest.py).

Each target feeds a parser mutated real files and generated structured input and checks two
properties: nothing but the project's own errors escapes, each with a one-line message; and an
input that is refused leaves the store exactly as it was (tests/fuzz/helpers.fingerprint).
"""
