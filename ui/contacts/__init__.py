"""The contact directory: list pane, table model and editor window."""
