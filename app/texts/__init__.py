"""German texts the core shares with both the GUI and the dossier: the labels of the domain's
vocabularies and the wording of intake's notices. German is the source language: the dossier
prints these as they are, the GUI shows them through Qt's translate() (English via Qt
Linguist). Each is marked with QT_TRANSLATE_NOOP, which does nothing at run time and tells
pyside6-lupdate (./run i18n scans this package) which context it belongs to."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` (the name is the one lupdate looks for);
    returns it unchanged."""
    del context
    return text
