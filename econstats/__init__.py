"""econstats: economic figures in news text -> a clean, versioned, citable dataset."""

from __future__ import annotations

__version__ = "2.7.0"
CONTRACT_VERSION = "2.0.0"

__all__ = ["__version__", "CONTRACT_VERSION"]
