"""Storage: SQLite via sqlmodel, sealing, keyslots, attachment store (no Qt)."""
