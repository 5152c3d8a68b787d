"""Synoptic: a desktop consolidation editor for ITU conference drafting."""

__version__ = "0.1.0"
