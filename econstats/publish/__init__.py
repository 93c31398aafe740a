"""Publishing: releases (staged, renamed into place, versioned by the version rule), their
manifest, datapackage, changes and data card; verify, diff, the review page.

Imports: the stages before it (core .. build).
"""
