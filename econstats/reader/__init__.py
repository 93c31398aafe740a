"""The reader: a document's text -> figures with their subject, period, place, status and
change; the claims a topic's terms make on them (claims) and the steps that refine the claims
after parsing. `parse.parse_document` is the entry.

Imports: econstats.core, econstats.corpus.
"""
