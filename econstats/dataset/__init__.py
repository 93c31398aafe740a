"""The dataset's rules: claims -> contract rows (ids, repeats), validation against the Table
Schema, currencies and USD, consistency checks, the schema's Arrow form, the Parquet files
byte for byte, the citation; `document.extract_document` reads one document into rows.

Imports: econstats.core, econstats.corpus, econstats.reader, econstats.extractors.
"""
