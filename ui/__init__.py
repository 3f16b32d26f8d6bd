"""The Qt front end (later issues)."""
