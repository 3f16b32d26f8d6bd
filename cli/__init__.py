"""The command line, a front end beside ui/: parses, calls app/'s services, words the
results and errors in English."""
