"""Quarterly briefings on Vietnam's provinces, built reproducibly from cited sources."""

__version__ = "0.1.0"
