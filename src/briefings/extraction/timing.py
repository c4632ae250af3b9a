"""Which period a figure belongs to: the period phrase nearest it, else the article's.

English puts the period after the figure ("5.91 per cent in Q2"), Vietnamese before it ("quý II
tăng 9,06%"), so a phrase right after a figure wins, then the nearest one before it in its
sentence, then one later in the sentence unless it dates a figure ours is compared with, then
the last one earlier in its paragraph (but a quarter inside the article's span, named in an
earlier sentence, dates that sentence only), then the article's period. A phrase naming a span
no briefing period holds, a plan or a future year gives no fact; "the reviewed period" means the
span named before it; a vague span keeps the article's period and flags it. A figure in brackets
right after "the same period last year" ("cùng kỳ năm trước (6,13%)") is the year before's, and
one right after "the same period of 2023" is 2023's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefings.domain.periods import Period
from briefings.extraction.cues import CHANGE_WORD, year_on_year_end
from briefings.extraction.lexicon import Mention
from briefings.extraction.periods import PeriodPhrase

_RIGHT_AFTER = re.compile(
    r"\s*,?\s*(?:in|during|for|of|over|au|en|pour|trong|vào)?(?:\s+(?:the|le|la|les))?\s*$",
    re.IGNORECASE,
)
# "GDP quý 2 đạt khoảng 7,7%, 6 tháng tăng 7,3%": a period after a bare comma that a figure
# of its own follows opens the next clause; it does not date the figure before the comma.
_COMMA_ONLY = re.compile(r"\s*,\s*")
_OWN_FIGURE_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?[-+−]?\d")
_DIGIT = re.compile(r"\d")
# a span's own change right after it: "6 tháng cuối năm tăng 11%", "the second half grew 5%"
_OWN_CHANGE_AFTER = re.compile(
    rf"\s*(?:(?:sơ\s+bộ|ước\s+tính|ước)\s+)?(?:{CHANGE_WORD.pattern}|đạt)"
    r"\s+(?:[^\W\d]+\s+){0,2}?[-+−]?\d",
    re.IGNORECASE,
)
# "cao hơn mức tăng cùng kỳ năm trước (6,13%)": the figure in brackets is the year before's.
_PREVIOUS_IN_PARENS = re.compile(
    r"(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?|same\s+period\s+(?:of\s+)?last\s+year"
    r"|même\s+période\s+de\s+l'année\s+(?:dernière|précédente))\s*\(\s*$",
    re.IGNORECASE,
)
# "mức tăng GDP cùng kỳ 2023 là 4,4%", "the same period of 2023 was 6.6%": the figure right
# after it is that year's, for the same span as the one it is set beside.
_SAME_PERIOD_OF_YEAR = re.compile(
    r"(?:cùng\s+kỳ(?:\s+năm)?\s+|same\s+period\s+(?:of\s+|in\s+)?"
    r"|même\s+période\s+(?:de\s+|en\s+)?(?:l'année\s+)?)(?P<year>20\d\d)"
    r"(?:\s+(?:tăng|giảm|grew|rose|fell|increased|decreased|augmenté|progressé|reculé))?"
    r"(?:\s*,?\s*(?:which\s+was|when\s+it\s+was|qui\s+était\s+de|là|was|by|of|at"
    r"|stood\s+at|de|était\s+de|a\s+été\s+de))?\s*:?\s*\(?\s*$",  # "... en 2023 (4 %)"
    re.IGNORECASE,
)
# A figure compared with a second one, and a period phrase after that one: the phrase dates the
# base ("đạt 7,16%, vượt qua con số 6,14% của năm 2023", "cao hơn mức tăng 4,84% của quý I/2024").
_COMPARED_FIGURE = re.compile(
    r"(?<!\w)(?:vượt(?:\s+qua)?|cao\s+hơn|thấp\s+hơn|so\s+với|than|compared\s+(?:with|to)|against"
    r"|contre|par\s+rapport)(?!\w)[^\d]{0,40}?(?<![\d/])\d+(?:[.,]\d+)*\s*(?:%|per\s*cent"
    r"|pour\s*cent|tỷ|triệu|nghìn|ngàn|billion|million|milliard)",
    re.IGNORECASE,
)
# "..., cao hơn mức tăng 6 tháng đầu năm (6,4%). Trong đó, ... tăng 6,8%": a span named as a
# figure's base dates that figure only, not the sentences after it.
_NAMED_AS_BASE = re.compile(
    r"(?<!\w)(?:cao\s+hơn|thấp\s+hơn|so\s+với|(?:higher|lower|faster|slower)\s+than"
    r"|compared\s+(?:with|to)|par\s+rapport\s+(?:à|au)|supérieure?\s+à|inférieure?\s+à)"
    r"(?:\s+(?:mức\s+(?:tăng|giảm)(?:\s+trưởng)?|that\s+of|the\s+(?:growth\s+)?(?:rate\s+)?of"
    r"|celle\s+d[ue]|la\s+croissance\s+d[ue]))?(?:\s+(?:của|in|of|the|du|de\s+la|au))*\s*$",
    re.IGNORECASE,
)
_FULL_STOP = re.compile(r"[.!?]\s")
_DEADLINE_REACH = 12  # "... de dollars d'ici 2025": the words between a target and its year
_YEAR_AFTER = re.compile(r"\s*(?:of\s+|in\s+|năm\s+)?(20\d\d)(?!\d)")


@dataclass(frozen=True)
class When:
    """A figure's period, and whether its span is uncertain."""

    period: Period
    vague: bool = False


class Timeline:
    """The period phrases of an article, to date each figure."""

    def __init__(
        self,
        text: str,
        phrases: tuple[PeriodPhrase, ...],
        period: Period | None,
        year: int | None,
        *,
        vague: bool = False,
        plan_year: int | None = None,
        published_year: int | None = None,
    ) -> None:
        self.text = text
        self.phrases = [p for p in phrases if not p.comparison]
        self.starts = [p.start for p in self.phrases]
        self.period = period
        self.year = year
        self.vague = vague  # the article's own span is uncertain
        self.plan_year = plan_year or year  # targets without a year: a year-end review plans ahead
        self.published_year = published_year

    def in_range(self, start: int, end: int) -> list[PeriodPhrase]:
        """The phrases starting in ``text[start:end]``."""
        return self.phrases[
            bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)
        ]

    def date(self, bounds: tuple[int, int], start: int, end: int, *, target: bool) -> When | None:
        """The period of a figure at ``start:end`` in the sentence ``bounds``; None for none."""
        sentence = self.in_range(*bounds)
        if target:
            return self._target(sentence, start, end)
        nearest = self._nearest(sentence, bounds[0], start, end)
        if nearest is None:
            when = When(self.period, self.vague) if self.period else None
        else:
            when = self._resolve(nearest)
        if when is None:
            return None
        if _PREVIOUS_IN_PARENS.search(self.text, max(0, start - 60), start):
            return When(when.period.previous_year(), when.vague)
        same = _SAME_PERIOD_OF_YEAR.search(self.text, max(0, start - 60), start)
        if same and int(same.group("year")) < when.period.year:
            return When(Period.parse(f"{same.group('year')}-{when.period.span}"), when.vague)
        return when

    def _nearest(
        self, sentence: list[PeriodPhrase], first: int, start: int, end: int
    ) -> PeriodPhrase | None:
        after = [p for p in sentence if p.start >= end]
        # a comparison with the year before between them leaves the period right after the
        # figure: "rising by 10% year on year in the first nine months"
        said = year_on_year_end(self.text, end) or end
        if (
            after
            and after[0].start - said <= 16
            and _RIGHT_AFTER.match(self.text[said : after[0].start])
            and not (
                _COMMA_ONLY.fullmatch(self.text, end, after[0].start)
                and _OWN_FIGURE_AFTER.match(self.text, after[0].end)
            )
        ):
            return after[0]
        before = [p for p in sentence if p.end <= start]
        if before:
            return before[-1]
        # a span followed by a figure of its own dates that figure, not the number before it:
        # "tăng 9% so với năm trước (6 tháng đầu năm tăng 7%, 6 tháng cuối năm tăng 11%)";
        # a rank said in words takes it ("dẫn đầu cả nước với tăng trưởng 6 tháng đạt 14%")
        if (
            after
            and not _COMPARED_FIGURE.search(self.text, end, after[0].start)
            and not (
                _DIGIT.search(self.text, start, end)
                and _OWN_CHANGE_AFTER.match(self.text, after[0].end)
            )
        ):
            return after[0]
        paragraph = self.text.rfind("\n", 0, first) + 1
        earlier = [
            p
            for p in self.in_range(paragraph, first)
            if p.end <= first
            and not _NAMED_AS_BASE.search(self.text, max(0, p.start - 40), p.start)
        ]
        if earlier and not self._inner_quarter(earlier[-1], first):
            return earlier[-1]
        # "In January-April, ..." holds over the paragraphs after it, until another period;
        # but not a span said in passing in an article on a period of its own ("Đáng chú ý
        # trong 11 tháng đầu năm, ..." in a review of the year): that dates its paragraph.
        last = self.in_range(0, first)
        if not last or not last[-1].sticky or last[-1].forward:
            return None
        in_passing = self.period is not None and "\n" in self.text[: last[-1].start].strip()
        return None if in_passing else last[-1]

    def _inner_quarter(self, phrase: PeriodPhrase, first: int) -> bool:
        """A later quarter inside the article's span ("a survey in Q2/2024 found ..." in a report
        on the first half) dates its own sentence only: the next sentences go on with the
        report's span, not with that quarter. The clauses after a semicolon are its sentence."""
        period = phrase.period(self.year)
        return (
            period is not None
            and _FULL_STOP.search(self.text, phrase.end, first) is not None
            and self.period is not None
            and not period.is_cumulative
            and period.year == self.period.year
            and self.period.is_cumulative
            and self.period.first_month <= period.first_month
            and period.last_month <= self.period.last_month
        )

    def _resolve(self, phrase: PeriodPhrase) -> When | None:
        if phrase.anaphor:
            index = bisect.bisect_left(self.starts, phrase.start)
            named = [p for p in self.phrases[:index] if not (p.anaphor or p.vague)]
            if named:
                return self._resolve(named[-1])
            # "Pendant cette période" with no span said before it in the text: the period the
            # article reports on (its title's or address's)
            return When(self.period, self.vague) if self.period else None
        if phrase.vague:
            return When(self.period, True) if self.period else None
        if phrase.previous and phrase.year and self.period:  # "cùng kỳ năm 2023, ..."
            if phrase.year >= self.period.year:
                return None
            return When(Period(phrase.year, self.period.first_month, self.period.last_month))
        if phrase.previous:
            return When(self.period.previous_year()) if self.period else None
        if phrase.deadline and self.period and self.period.label == f"{phrase.year}-FY":
            return When(self.period)  # "by 2025, it is estimated to reach": the year reported
        if (
            phrase.forward
            and self.period
            and self.period.span == "FY"
            and self.plan_year == self.year
        ):
            # "all targets for this year met, revenue at ..." in a review of that year written
            # before it closed (not one from the next January, whose "this year" plans ahead)
            period = phrase.period(self.year)
            if period is not None and period == self.period:
                return When(self.period)
        if phrase.forward or phrase.deadline:
            return None
        period = phrase.period(self.year)
        if period is None or self._ahead(period):
            return None
        return When(period)

    def _ahead(self, period: Period) -> bool:
        """True when ``period`` comes after the year the article reports on, a plan's; never a
        year that ended before the article was published ("en 2021" in a December 2022 article
        on the budget two years before)."""
        if self.year is None or period.year <= self.year:
            return False
        return self.published_year is None or period.year >= self.published_year

    def _target(self, sentence: list[PeriodPhrase], position: int, end: int) -> When | None:
        """A target is for a year: the year said right after it ("1,3 milliard d'ici 2025 et 1,7
        milliard d'ici 2030"), else the sentence's year, else the nearest phrase's."""
        right_after = [p for p in sentence if 0 <= p.start - end <= _DEADLINE_REACH]
        if right_after and right_after[0].span == "FY" and right_after[0].year:
            return When(Period.parse(f"{right_after[0].year}-FY"))
        before = [p for p in sentence if p.start < position]
        years = [p for p in sentence if p.span == "FY" and p.year]
        nearest = before[-1] if before else (None if years else (sentence[0] if sentence else None))
        if nearest is not None and nearest.span != "FY" and not nearest.vague:
            return None  # a target for a term ("2025-2030"), a quarter, a span no period holds
        year = nearest.year if nearest and nearest.year else (years[-1].year if years else None)
        year = year or self.plan_year
        return When(Period.parse(f"{year}-FY")) if year else None

    def pci(self, subject: Mention, sentence: list[PeriodPhrase]) -> When | None:
        """PCI is published for a past year, so a PCI figure needs its year said: "PCI 2024"."""
        named = _YEAR_AFTER.match(self.text, subject.end)
        if named:
            return When(Period.parse(f"{named.group(1)}-FY"))
        years = [p.year for p in sentence if p.span == "FY" and p.year and not p.deadline]
        return When(Period.parse(f"{years[0]}-FY")) if years else None
