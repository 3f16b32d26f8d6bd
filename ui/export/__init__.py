"""The dossier export in the desktop app: the export dialog, its progress and the preview."""
