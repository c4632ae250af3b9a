"""Fact extraction from news articles: numbers, periods, indicator names and their grammar."""

from briefings.extraction.extract import ArticleMeta, Candidate, Extraction, extract_facts
from briefings.extraction.output import format_candidates, select_candidates

__all__ = [
    "ArticleMeta",
    "Candidate",
    "Extraction",
    "extract_facts",
    "format_candidates",
    "select_candidates",
]
