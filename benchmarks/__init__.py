"""Speed and memory benchmarks of econstats (issue 7), kept out of the test run.

``python -m benchmarks`` generates a deterministic synthetic corpus (benchmarks.corpus), measures
the extraction stage and the whole ``econstats build`` against baselines measured in the same
run (a single compiled number regex, quantulum3 on a 1 MB slice), and writes
benchmarks/RESULTS.md.
"""
