"""Key derivation, process hardening and the audit chain."""
