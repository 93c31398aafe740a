"""What every stage shares: errors, the records that flow through the pipeline (model), the
indicator codelist, the unit registry (the only pint user), checksums and chunking.

Imports: nothing of econstats but econstats/__init__'s constants and the data packages
econstats.schema and econstats.vocab.
"""
