"""The build: a corpus -> one Parquet file per topic and report.json, in this process, in worker
processes or on a Dask cluster; streaming Parquet, the report, progress, the output folder's
safety and the data folder's lock. `run.build` is the entry.

Imports: the stages before it (core, corpus, reader, extractors, dataset).
"""
