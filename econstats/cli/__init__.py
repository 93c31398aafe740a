"""The command line: one module per group of commands, each importing the engine only when a
command runs (`econstats --help` loads no engine). `main.main` is the console script.

Imports: any stage.
"""
