"""A ranking article completes a province table: one accepted fact per province, each cited.

The article is synthetic (tests/data/articles/synthetic-ranking.md, invented figures); the
README's worked example walks through the same steps.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from briefings.cli import main
from briefings.config import load_config
from briefings.pipeline import load_sources
from briefings.sources.articles import load_articles

DATA = Path(__file__).resolve().parents[1] / "data"
ARTICLE = DATA / "articles" / "synthetic-ranking.md"
URL = "https://example.org/synthetic/northern-mountain-grdp-2025-h1"


def test_accepted_facts_of_a_ranking_article_enter_the_fact_table(tmp_path: Path) -> None:
    shutil.copytree(DATA / "tables", tmp_path / "sources" / "tables")
    (tmp_path / "sources" / "articles").mkdir()
    shutil.copy(ARTICLE, tmp_path / "sources" / "articles")
    config = tmp_path / "briefings.toml"
    config.write_text(
        '[briefing]\ntitle = "Ranking"\n[sources]\ntables = ["sources/tables/*.csv"]\n'
        'articles = ["sources/articles/*.md"]\nreviewed = "sources/reviewed.csv"\n',
        encoding="utf-8",
    )
    candidates = load_articles([tmp_path / "sources" / "articles"], root=tmp_path).candidates
    growth = candidates[(candidates["indicator"] == "grdp") & (candidates["measure"] == "yoy_pct")]
    assert main(["review", "--config", str(config), "--accept", *growth["fact_id"]]) == 0

    facts = load_sources(load_config(config)).facts
    table = facts[facts["kind"] == "article"].set_index("province")
    assert table["value"].to_dict() == {
        "lao-cai": 9.4,
        "tuyen-quang": 8.7,
        "lang-son": 8.1,
        "cao-bang": 6.9,
        "ha-giang": 5.2,
        "dien-bien": -0.4,
    }
    assert set(table["period"]) == {"2025-H1"} and set(table["source"]) == {URL}
    assert all(isinstance(quote, str) and quote for quote in table["quote"])


def test_each_province_of_the_ranking_quotes_its_own_words() -> None:
    facts = load_articles([ARTICLE], root=ARTICLE.parent).candidates
    text = ARTICLE.read_text(encoding="utf-8")
    for row in facts.to_dict(orient="records"):
        assert " ".join(text[row["start"] : row["end"]].split()) == row["quote"]
    growth = facts[(facts["indicator"] == "grdp") & (facts["measure"] == "yoy_pct")]
    assert pd.Series(growth["province"]).is_unique
