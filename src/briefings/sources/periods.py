"""Periods as tables and the configuration write them: a bare year means the whole year, and
only plausible years are periods.

``Period.parse`` reads any four digits (and other scripts' digits): ``0000-FY`` has no last
day and ``0999-Q1`` labels as ``999-Q1``, which does not read back. A year outside ``YEARS``
is a typo, refused here with the fix, before anything computes with it.
"""

from __future__ import annotations

import re

from briefings.domain.periods import PERIOD_HELP, Period
from briefings.errors import BriefingError, PeriodError

YEARS = range(1900, 2101)
_BARE_YEAR = re.compile(r"\s*([0-9]{4})\s*")


def checked_period(text: str, *, bare_year: bool = False) -> Period:
    """The period ``text`` names, or a PeriodError saying how to write one.

    With ``bare_year``, ``2024`` reads as the whole year (tables write years so).
    """
    bare = _BARE_YEAR.fullmatch(text) if bare_year else None
    try:
        period = Period.parse(f"{bare.group(1)}-FY" if bare else text)
    except BriefingError:
        raise PeriodError(f"{text!r} is not a period", fix=PERIOD_HELP) from None
    if period.year not in YEARS:
        raise PeriodError(
            f"{text!r} is not a period: year {period.year} is out of range",
            fix=f"use a year from {YEARS.start} to {YEARS.stop - 1}, e.g. 2025-9M",
        )
    return period
