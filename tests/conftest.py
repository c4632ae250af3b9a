"""Shared fixtures and helpers: paths, synthetic tables, small configurations, images and PDFs,
and copies of the real project (its templates and sources) to build in."""

from __future__ import annotations

import itertools
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image, ImageDraw

from briefings.domain.geography import load_geography
from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.facts.model import FactSheet, Figure, IndicatorLine
from briefings.facts.trends import TREND_COLUMNS, series_id

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throwaway project folder: the real templates plus synthetic tables."""
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(DATA / "tables", tmp_path / "sources" / "tables")
    return tmp_path


@pytest.fixture
def write_config(project: Path) -> Callable[..., Path]:
    """Write a briefings.toml into the throwaway project and return its path."""

    def write(text: str | None = None, **briefing: str) -> Path:
        if text is None:
            lines = ["[briefing]", 'title = "Synthetic test briefing"']
            lines += [f"{key} = {value}" for key, value in briefing.items()]
            lines += ["[sources]", 'tables = ["sources/tables/*.csv"]']
            text = "\n".join(lines) + "\n"
        path = project / "briefings.toml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


def make_png(
    path: Path,
    *,
    size: tuple[int, int] = (100, 80),
    block: tuple[int, int, int, int] | None = None,
    mode: str = "RGB",
    background: str = "white",
) -> Path:
    """A synthetic figure: a diagonal line on ``background`` and, optionally, a red block."""
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    draw.line((0, 0, size[0] - 1, size[1] - 1), fill="navy", width=3)
    if block is not None:
        draw.rectangle(block, fill="red")
    path.parent.mkdir(parents=True, exist_ok=True)
    image.convert(mode).save(path)
    return path


def make_pdf(path: Path, *pages: str) -> Path:
    """A tiny PDF with one page per text."""
    from weasyprint import HTML

    body = "<p style='break-before: page'>".join(f"{text}</p>" for text in pages)
    path.parent.mkdir(parents=True, exist_ok=True)
    HTML(string=f"<h1>Briefing</h1><p>{body}").write_pdf(path)
    return path


def real_project(folder: Path, config: str) -> Path:
    """A copy of the real project's templates and sources in ``folder``, with ``config`` as
    its briefings.toml; returns the configuration's path."""
    for name in ("templates", "sources"):
        shutil.copytree(ROOT / name, folder / name)
    path = folder / "briefings.toml"
    path.write_text(config, encoding="utf-8")
    return path


def synthetic_sheet(
    slug: str,
    growth: float | None,
    points: dict[str, float],
    *,
    period: str = "2024-FY",
    measure: str = "yoy_pct",
    kind: str = "cumulative",
    basis: str = "reported",
) -> FactSheet:
    """A fact sheet with synthetic values: one GRDP line (growth for ``period``) and trend
    ``points`` {period label: value} of one measure and kind."""
    at = Period.parse(period)
    province = load_geography().resolve(slug, at)
    unit = "%" if measure == "yoy_pct" else "VND billion"
    trends = pd.DataFrame(
        {
            "indicator": "grdp",
            "measure": measure,
            "kind": kind,
            "series": series_id(province),
            "role": "province",
            "period": list(points),
            "value": list(points.values()),
            "unit": unit,
            "sources": [(f"synthetic://t/{label}",) for label in points],
            "basis": basis,
        },
        columns=TREND_COLUMNS,
    )
    line = IndicatorLine(
        REGISTRY["grdp"],
        yoy_pct=None if growth is None else Figure(growth, "%", at, ("synthetic://g",)),
    )
    return FactSheet(province, at, (line,), trends)


FY = Period.parse("2025-FY")
_SOURCES = itertools.count(1)


def _lead_figure(value: float, unit: str = "%", period: Period = FY) -> Figure:
    """A synthetic figure with a source of its own, as every published figure has."""
    return Figure(value, unit, period, (f"synthetic://figure/{next(_SOURCES)}",))


def lead_sheet(
    slug: str,
    growth: float | None = None,
    *,
    national: float | None = None,
    rank: int | None = None,
    target: float | None = None,
    target_period: Period = FY,
    met: bool | None = None,
    others: dict[str, float] | None = None,
) -> FactSheet:
    """A sheet with a GRDP line (synthetic values) and the growth of ``others``."""
    lines = []
    if any(x is not None for x in (growth, national, rank, target)):
        lines.append(
            IndicatorLine(
                REGISTRY["grdp"],
                yoy_pct=None if growth is None else _lead_figure(growth),
                national_yoy_pct=None if national is None else _lead_figure(national),
                national_rank=None if rank is None else _lead_figure(rank, "rank/34"),
                target=None if target is None else _lead_figure(target, "%", target_period),
                target_measure="target_yoy_pct" if target is not None else "",
                target_met=met,
            )
        )
    lines += [
        IndicatorLine(REGISTRY[indicator], yoy_pct=_lead_figure(value))
        for indicator, value in (others or {}).items()
    ]
    province = load_geography().resolve(slug, FY)
    return FactSheet(province, FY, tuple(lines), pd.DataFrame())


_CP1258_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 has the letters ă â ê ô ơ ư đ but no toned vowels: a tone mark follows its
    letter as a combining character (ệ is ê and a combining dot below)."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tones = "".join(mark for mark in decomposed if mark in _CP1258_TONES)
            base = unicodedata.normalize(
                "NFC", "".join(c for c in decomposed if c not in _CP1258_TONES)
            )
            out += (base + tones).encode("cp1258")
    return out


ArticleFact = tuple[str, str, str, str, float]


def article_facts(
    text: str, *, province: str | None = None, period: str | None = None, **meta: str
) -> list[ArticleFact]:
    """(province, period, indicator, measure, value) of every candidate extracted from ``text``,
    in order; the article's address, publication date, language and title default to those of
    a synthetic English report of July 2024."""
    from briefings.extraction import ArticleMeta, extract_facts

    article = ArticleMeta(
        "test.txt",
        url=meta.get("url", "https://example.org/news/economy-report"),
        published=meta.get("published", "2024-07-10"),
        province=province,
        period=Period.parse(period) if period else None,
        language=meta.get("language", "en"),  # type: ignore[arg-type]
        title=meta.get("title", ""),
    )
    found = extract_facts(text, article).candidates
    return [(c.province, c.period, c.indicator, c.measure, c.value) for c in found]
