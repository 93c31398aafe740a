"""Parser vocabulary as data files (package data)."""
