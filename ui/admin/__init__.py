"""The vault administration dialogs of the "Tresor" menu (backup first; the rest follow)."""
