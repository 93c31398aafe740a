"""The Python API that econstats/__init__ exposes lazily: extract, extract_report, load,
indicators, cite.

Imports: any stage but cli.
"""
