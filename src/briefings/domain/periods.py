"""The ``Period`` value type: a year and a span of months.

Vietnamese statistics are cumulative from January (Q1, 6 months, 9 months, the year) and are
compared with the same period of the previous year, so a period is a (year, first month, last
month) triple. Q2, Q3 and Q4 are discrete quarters, not cumulative spans; Q1 is both a quarter
and the first cumulative period.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from briefings.errors import PeriodError

_SPANS: dict[str, tuple[int, int]] = {
    "Q1": (1, 3),
    "Q2": (4, 6),
    "Q3": (7, 9),
    "Q4": (10, 12),
    "H1": (1, 6),
    "9M": (1, 9),
    "FY": (1, 12),
}
_LABELS = {span: label for label, span in _SPANS.items()}
_ALIASES = {"6M": "H1"}  # the half-year is also written "6 months"
_PATTERN = re.compile(r"^\s*(\d{4})\s*-?\s*(Q[1-4]|H1|6M|9M|FY)\s*$", re.IGNORECASE)
PERIOD_HELP = "use e.g. 2025-Q3, 2025-H1 (or 2025-6M), 2025-9M, 2025-FY"
CUMULATIVE_ENDS = (3, 6, 9, 12)  # the months Vietnamese year-to-date figures end on
MERGER_DATE = date(2025, 7, 1)


@dataclass(frozen=True)
class Period:
    """A span of months within one calendar year."""

    year: int
    first_month: int
    last_month: int

    @classmethod
    def parse(cls, text: str) -> Period:
        """Parse ``2025-Q1``, ``2025-H1``, ``2025-9M`` or ``2025-FY`` (the dash is optional)."""
        match = _PATTERN.match(str(text))
        if not match:
            raise PeriodError(f"{text!r} is not a period", fix=PERIOD_HELP)
        year, label = int(match.group(1)), match.group(2).upper()
        first, last = _SPANS[_ALIASES.get(label, label)]
        return cls(year, first, last)

    @property
    def label(self) -> str:
        """The canonical label, e.g. ``2025-9M``."""
        return f"{self.year}-{_LABELS[(self.first_month, self.last_month)]}"

    @property
    def span(self) -> str:
        """The span code without the year: ``Q1``, ``H1``, ``9M``, ``FY``..."""
        return _LABELS[(self.first_month, self.last_month)]

    @property
    def is_cumulative(self) -> bool:
        """True for year-to-date periods (Q1, H1, 9M, FY), the way Vietnam reports."""
        return self.first_month == 1

    @property
    def is_quarter(self) -> bool:
        """True for the four quarters, Q1 included (Q1 is also the first cumulative period)."""
        return self.last_month - self.first_month == 2

    def cumulative_parts(self) -> tuple[Period, Period] | None:
        """For Q2–Q4, the two year-to-date periods whose difference it is (Q3 = 9M − H1).

        None for a period that is itself cumulative.
        """
        if self.is_cumulative:
            return None
        return Period(self.year, 1, self.last_month), Period(self.year, 1, self.first_month - 1)

    def quarters(self) -> tuple[Period, ...]:
        """The quarters within this period, in order (Q1–Q3 for 9M)."""
        return tuple(
            Period(self.year, start, start + 2)
            for start in range(self.first_month, self.last_month, 3)
        )

    @property
    def end(self) -> date:
        """The last day of the period."""
        return date(self.year, self.last_month, monthrange(self.year, self.last_month)[1])

    @property
    def after_merger(self) -> bool:
        """True when the period ends on or after 1 July 2025, i.e. under the 34 new units."""
        return self.end >= MERGER_DATE

    def previous_year(self) -> Period:
        """The same period of the previous year, the comparison Vietnamese releases use."""
        return Period(self.year - 1, self.first_month, self.last_month)

    def sort_key(self) -> tuple[int, int, int]:
        """Order by year and last month; for the same end, the longer span first."""
        return (self.year, self.last_month, self.first_month)

    def __lt__(self, other: Period) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: Period) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: Period) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: Period) -> bool:
        return self.sort_key() >= other.sort_key()

    def __str__(self) -> str:
        return self.label
