"""Where documents come from: local folders and fsspec URLs, file names, catalog.csv, decoding
bytes into text, saved web pages; every file becomes a Document or a Skipped with a reason.

Imports: econstats.core.
"""
