"""Exports: PDF dossiers and bundles (no Qt; later issues)."""
