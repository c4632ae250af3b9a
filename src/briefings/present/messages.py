"""The sentences that lead a briefing: a headline per province, a summary on the cover.

Each number carries its citation, the number of its source in the document's list.
"""

from __future__ import annotations

from briefings.facts.messages import EditionSummary, Headline, Ranked
from briefings.facts.model import Figure
from briefings.present.citations import SourceList
from briefings.present.formatting import (
    fmt_percent,
    fmt_period,
    fmt_points,
    fmt_rank,
    fmt_value,
)


def _cite(figure: Figure, sources: SourceList) -> str:
    return "".join(f"[{n}]" for n in sources.cite(figure))


def _growth(figure: Figure, sources: SourceList) -> str:
    return f"{fmt_percent(figure.value)} {_cite(figure, sources)}"


def _moved(value: float) -> str:
    return "grew" if value > 0 else "shrank" if value < 0 else "was flat"


def headline_text(headline: Headline, sources: SourceList) -> str:
    """One to three sentences on how the province did."""
    sentences = [_growth_sentence(headline, sources), *_target_sentence(headline, sources)]
    if headline.mover is not None:
        mover = headline.mover
        sentences.append(
            f"Of the other indicators, {mover.indicator.name.lower()} moved most: "
            f"{_growth(mover.growth, sources)}."
        )
    return " ".join(sentences)


def _growth_sentence(headline: Headline, sources: SourceList) -> str:
    growth, name = headline.growth, headline.indicator.name
    if growth is None:
        return f"No {name} growth is published for this period."
    parts = [
        f"{name} {_moved(growth.value)} {_growth(growth, sources)} in {fmt_period(growth.period)}"
    ]
    if headline.rank is not None:
        rank = fmt_rank(headline.rank.value, headline.rank.unit)
        parts.append(f"{rank} nationally {_cite(headline.rank, sources)}")
    gap = headline.gap
    if gap is not None and headline.national is not None:
        national = _growth(headline.national, sources)
        if round(gap, 2) == 0:
            parts.append(f"level with the national {national}")
        else:
            side = "above" if gap > 0 else "below"
            parts.append(f"{fmt_points(gap)} {side} the national {national}")
    return ", ".join(parts) + "."


def _target_sentence(headline: Headline, sources: SourceList) -> list[str]:
    target = headline.target
    if target is None:
        return []
    shown = (
        fmt_percent(target.value, signed=False)
        if target.unit == "%"
        else fmt_value(target.value, target.unit)
    )
    text = f"{shown} {_cite(target, sources)}"
    if headline.target_met is True:
        return [f"It met its target of {text}."]
    if headline.target_met is False:
        return [f"It missed its target of {text}."]
    if not headline.target_is_for_period:
        year = target.period.year
        return [f"Its target for {year} is {text}; the year's outcome is not yet published."]
    return [f"Its target for the period is {text}; no outcome is published yet."]


def _names(ranked: tuple[Ranked, ...], sources: SourceList) -> str:
    names = [r.province.name_vi for r in ranked]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    cited = "".join(_cite(r.growth, sources) for r in ranked)
    return f"{joined}, {fmt_percent(ranked[0].growth.value)} {cited}"


def summary_text(summary: EditionSummary, sources: SourceList) -> str:
    """The cover's paragraph: who grew fastest and slowest, targets met, the nation."""
    name, period = summary.indicator.name, fmt_period(summary.period)
    if summary.with_growth == 1:
        only = summary.fastest[0]
        first = f"{name} growth in {period}: only {_names((only,), sources)} is published."
    else:
        first = (
            f"{name} growth in {period}: fastest {_names(summary.fastest, sources)}; "
            f"slowest {_names(summary.slowest, sources)}."
        )
    sentences = [first]
    if summary.national is not None:
        sentences.append(f"Việt Nam: {_growth(summary.national, sources)}.")
    if summary.judged:
        sentences.append(
            f"{summary.met} of {len(summary.judged)} provinces with a target for the period met it."
        )
    if summary.with_growth > 1:
        sentences.append(
            f"{summary.with_growth} of {summary.provinces} provinces have a published growth "
            "figure."
        )
    return " ".join(sentences)
