"""The sentences that lead a briefing: a headline per province, a summary on the cover.

Each number carries its citation, the number of its source in the document's list.
"""

from __future__ import annotations

from briefings.facts.messages import EditionSummary, Headline, NoLeadGrowth, Ranked
from briefings.facts.model import Figure
from briefings.present.citations import SourceList
from briefings.present.formatting import (
    fmt_names,
    fmt_percent,
    fmt_period,
    fmt_points,
    fmt_rank,
    fmt_value,
)
from briefings.present.i18n import _, indicator_in_sentence, indicator_name


def _cite(figure: Figure, sources: SourceList) -> str:
    return "".join(f"[{n}]" for n in sources.cite(figure))


def _growth(figure: Figure, sources: SourceList) -> str:
    return f"{fmt_percent(figure.value)} {_cite(figure, sources)}"


def _growth_clause(name: str, figure: Figure, sources: SourceList) -> str:
    values = {
        "indicator": name,
        "growth": _growth(figure, sources),
        "period": fmt_period(figure.period),
    }
    if figure.value > 0:
        return _("{indicator} grew {growth} in {period}").format(**values)
    if figure.value < 0:
        return _("{indicator} shrank {growth} in {period}").format(**values)
    return _("{indicator} was flat, {growth}, in {period}").format(**values)


def headline_text(headline: Headline, sources: SourceList) -> str:
    """One to three sentences on how the province did."""
    sentences = [_growth_sentence(headline, sources), *_target_sentence(headline, sources)]
    if headline.mover is not None:
        mover = headline.mover
        sentences.append(
            _("Of the other indicators, {indicator} moved most: {growth}.").format(
                indicator=indicator_in_sentence(mover.indicator),
                growth=_growth(mover.growth, sources),
            )
        )
    return " ".join(sentences)


def _growth_sentence(headline: Headline, sources: SourceList) -> str:
    growth, name = headline.growth, indicator_name(headline.indicator)
    if growth is None:
        return _("No {indicator} growth is published for this period.").format(indicator=name)
    parts = [_growth_clause(name, growth, sources)]
    if headline.rank is not None:
        rank = fmt_rank(headline.rank.value, headline.rank.unit)
        parts.append(
            _("{rank} nationally {source}").format(rank=rank, source=_cite(headline.rank, sources))
        )
    gap = headline.gap
    if gap is not None and headline.national is not None:
        national = _growth(headline.national, sources)
        if round(gap, 2) == 0:
            parts.append(_("level with the national {growth}").format(growth=national))
        elif gap > 0:
            parts.append(
                _("{points} above the national {growth}").format(
                    points=fmt_points(gap), growth=national
                )
            )
        else:
            parts.append(
                _("{points} below the national {growth}").format(
                    points=fmt_points(gap), growth=national
                )
            )
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
        return [_("It met its target of {target}.").format(target=text)]
    if headline.target_met is False:
        return [_("It missed its target of {target}.").format(target=text)]
    if not headline.target_is_for_period:
        return [
            _("Its target for {year} is {target}; the year's outcome is not yet published.").format(
                year=target.period.year, target=text
            )
        ]
    return [
        _("Its target for the period is {target}; no outcome is published yet.").format(target=text)
    ]


def _names(ranked: tuple[Ranked, ...], sources: SourceList) -> str:
    joined = fmt_names([r.province.name_vi for r in ranked])
    cited = "".join(_cite(r.growth, sources) for r in ranked)
    return f"{joined}, {fmt_percent(ranked[0].growth.value)} {cited}"


def summary_text(summary: EditionSummary, sources: SourceList) -> str:
    """The cover's paragraph: who grew fastest and slowest, targets met, the nation."""
    name, period = indicator_name(summary.indicator), fmt_period(summary.period)
    if summary.with_growth == 1:
        first = _("{indicator} growth in {period}: only {province} is published.").format(
            indicator=name, period=period, province=_names((summary.fastest[0],), sources)
        )
    else:
        first = _("{indicator} growth in {period}: fastest {fastest}; slowest {slowest}.").format(
            indicator=name,
            period=period,
            fastest=_names(summary.fastest, sources),
            slowest=_names(summary.slowest, sources),
        )
    sentences = [first]
    if summary.national is not None:
        sentences.append(_("Việt Nam: {growth}.").format(growth=_growth(summary.national, sources)))
    if summary.judged:
        sentences.append(
            _("{met} of {judged} provinces with a target for the period met it.").format(
                met=summary.met, judged=len(summary.judged)
            )
        )
    if summary.with_growth > 1:
        sentences.append(
            _("{count} of {total} provinces have a published growth figure.").format(
                count=summary.with_growth, total=summary.provinces
            )
        )
    return " ".join(sentences)


def no_growth_text(missing: NoLeadGrowth) -> str:
    """The cover's paragraph when no province has lead growth for the period: say so, and
    name the nearest period that has it, so that the reader knows where the figures are."""
    name, period = indicator_name(missing.indicator), fmt_period(missing.period)
    first = _("No {indicator} growth is published for {period} for any of the {total} provinces.")
    sentences = [first.format(indicator=name, period=period, total=missing.provinces)]
    if missing.nearest is not None:
        sentences.append(
            _(
                "The nearest period with it is {nearest}, for {count} of {total} provinces: build"
                " that edition to compare them."
            ).format(
                nearest=fmt_period(missing.nearest),
                count=missing.with_growth,
                total=missing.provinces,
            )
        )
    return " ".join(sentences)
