"""The incidents part of the GUI: the list (pane), the editor window and the history dialog."""
