"""Attachments of an incident: the list with thumbnails and intake (panel) and an in-app viewer
that decrypts into memory only (viewer)."""

from ui.attachments.panel import AttachmentsPanel
from ui.attachments.viewer import AttachmentViewer

__all__ = ["AttachmentViewer", "AttachmentsPanel"]
