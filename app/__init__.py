"""Vorfallbuch: domain model and services (no Qt)."""
