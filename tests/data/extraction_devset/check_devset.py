"""Sanity checks for the extraction development set (run: python check_devset.py).

Checks the two tracked tables against each other and, when the git-ignored ``texts/`` folder
is present, against the article texts: every article has a text whose front matter agrees with
``articles.csv``, and every gold quote occurs in its article. Prints the counts quoted in
README.md. Exits 1 on any error. Standard library only.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE_COLUMNS = [
    "article_id",
    "url",
    "language",
    "publisher",
    "publisher_kind",
    "scope",
    "periods",
    "published",
    "split",
    "title",
]
GOLD_COLUMNS = [
    "article_id",
    "province",
    "period",
    "indicator",
    "measure",
    "value",
    "unit",
    "required",
    "quote",
]
LANGUAGES = {"en", "vi", "fr"}
KINDS = {"provincial", "national", "statistics", "government"}
SCOPES = {"single", "multi"}
SPLITS = {"dev", "spent"}
INDICATORS = {
    "grdp",
    "grdp_per_capita",
    "budget_revenue",
    "import_export",
    "export",
    "import",
    "fdi_registered",
    "retail_sales",
    "iip",
    "tourist_arrivals",
    "tourism_revenue",
    "public_investment_disbursed",
}
MEASURES = {"value", "yoy_pct", "target_yoy_pct", "target_value", "rank"}
LEVEL_UNITS = {
    "grdp": {"VND billion"},
    "grdp_per_capita": {"USD", "VND million"},
    "budget_revenue": {"VND billion"},
    "import_export": {"USD million"},
    "export": {"USD million"},
    "import": {"USD million"},
    "fdi_registered": {"USD million"},
    "retail_sales": {"VND billion"},
    "iip": {"index"},
    "tourist_arrivals": {"arrivals"},
    "tourism_revenue": {"VND billion"},
    "public_investment_disbursed": {"VND billion"},
}
PERIOD = re.compile(r"^(20\d\d)-(Q1|Q2|Q3|Q4|H1|9M|FY)$")
DATE = re.compile(r"^20\d\d-\d\d(-\d\d)?$")
SLUG = re.compile(r"^[a-z]+(-[a-z]+)*$")
MAX_QUOTE_WORDS = 16


def _read(path: Path, columns: list[str], errors: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != columns:
            errors.append(f"{path.name}: columns {reader.fieldnames} != {columns}")
        return list(reader)


def _known_slugs() -> set[str] | None:
    """Province slugs (63 former + 34 merged units) from the repository's mapping table."""
    root = HERE.parents[2]
    for path in sorted(root.glob("src/**/provinces_63_to_34_codes.csv")):
        slugs = {"vietnam"}
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for key in ("old_name_en", "new_name_en"):
                    slugs.add(re.sub(r"[^a-z]+", "-", row[key].lower()).strip("-"))
        return slugs
    return None


def _front_matter(text: str) -> dict[str, str] | None:
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not match:
        return None
    pairs = (line.split(": ", 1) for line in match.group(1).splitlines() if ": " in line)
    return {key: value for key, value in pairs}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    articles = _read(HERE / "articles.csv", ARTICLE_COLUMNS, errors)
    gold = _read(HERE / "gold.csv", GOLD_COLUMNS, errors)
    by_id = {a["article_id"]: a for a in articles}
    if len(by_id) != len(articles):
        errors.append("articles.csv: duplicate article_id")

    for a in articles:
        aid = a["article_id"]
        if a["language"] not in LANGUAGES or not aid.startswith(a["language"] + "-"):
            errors.append(f"{aid}: language {a['language']!r}")
        if a["publisher_kind"] not in KINDS:
            errors.append(f"{aid}: publisher_kind {a['publisher_kind']!r}")
        if a["scope"] not in SCOPES:
            errors.append(f"{aid}: scope {a['scope']!r}")
        if a["split"] not in SPLITS:
            errors.append(f"{aid}: split {a['split']!r}")
        if not DATE.match(a["published"]):
            errors.append(f"{aid}: published {a['published']!r}")
        if not a["url"].startswith("http"):
            errors.append(f"{aid}: url {a['url']!r}")
        for p in a["periods"].split(";"):
            if not PERIOD.match(p):
                errors.append(f"{aid}: periods {a['periods']!r}")

    slugs = _known_slugs()
    if slugs is None:
        warnings.append("province mapping table not found: slugs not checked")
    required_keys: Counter[tuple[str, ...]] = Counter()
    for n, g in enumerate(gold, start=2):
        where = f"gold.csv line {n} ({g['article_id']})"
        if g["article_id"] not in by_id:
            errors.append(f"{where}: article_id not in articles.csv")
        if slugs is not None and g["province"] not in slugs:
            errors.append(f"{where}: unknown province slug {g['province']!r}")
        if not SLUG.match(g["province"]):
            errors.append(f"{where}: province {g['province']!r} is not a slug")
        if not PERIOD.match(g["period"]):
            errors.append(f"{where}: period {g['period']!r}")
        if g["indicator"] not in INDICATORS:
            errors.append(f"{where}: indicator {g['indicator']!r}")
        if g["measure"] not in MEASURES:
            errors.append(f"{where}: measure {g['measure']!r}")
        if g["required"] not in {"0", "1"}:
            errors.append(f"{where}: required {g['required']!r}")
        try:
            value = float(g["value"])
        except ValueError:
            errors.append(f"{where}: value {g['value']!r}")
            continue
        measure, unit = g["measure"], g["unit"]
        if measure in {"yoy_pct", "target_yoy_pct"}:
            ok = unit == "%"
        elif measure == "rank":
            ok = unit in {"rank/63", "rank/34"} and value.is_integer()
            ok = ok and 1 <= value <= int(unit[5:])
            year = int(g["period"][:4])
            if unit == "rank/34" and year < 2025:
                ok = False
        else:
            ok = unit in LEVEL_UNITS.get(g["indicator"], set())
        if not ok:
            errors.append(f"{where}: unit {unit!r} does not fit {g['indicator']}/{measure}")
        if not g["quote"].strip():
            errors.append(f"{where}: empty quote")
        elif len(g["quote"].split()) > MAX_QUOTE_WORDS:
            warnings.append(f"{where}: quote has {len(g['quote'].split())} words")
        if g["required"] == "1":
            key = (g["article_id"], g["province"], g["period"], g["indicator"], g["measure"])
            required_keys[key] += 1
    for key, count in required_keys.items():
        if count > 1:
            errors.append(f"gold.csv: {count} required rows share the key {key}")
    zero = sorted(set(by_id) - {g["article_id"] for g in gold})
    if len(zero) > 3:
        errors.append(f"more than 3 articles without gold rows: {zero}")

    texts = HERE / "texts"
    if texts.is_dir():
        bodies: dict[str, str] = {}
        for a in articles:
            path = texts / f"{a['article_id']}.txt"
            if not path.is_file():
                # A text that could not be had again (the stored page is gone) is skipped by
                # the evaluation as well: its quotes cannot be checked, the rest can.
                warnings.append(f"{a['article_id']}: no text file; its quotes not checked")
                continue
            text = path.read_text(encoding="utf-8")
            fm = _front_matter(text)
            if fm is None:
                errors.append(f"{path.name}: no front matter")
                continue
            for key in ("url", "title", "published", "language"):
                if fm.get(key) != a[key]:
                    errors.append(f"{path.name}: front matter {key} {fm.get(key)!r} != {a[key]!r}")
            bodies[a["article_id"]] = _norm(text)
        for n, g in enumerate(gold, start=2):
            body = bodies.get(g["article_id"])
            if body is not None and _norm(g["quote"]) not in body:
                errors.append(f"gold.csv line {n} ({g['article_id']}): quote not found in text")
    else:
        warnings.append("texts/ absent (git-ignored): text files and quotes not checked")

    _report(articles, gold, zero)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def _report(articles: list[dict[str, str]], gold: list[dict[str, str]], zero: list[str]) -> None:
    def show(title: str, counter: Counter) -> None:
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(counter.items())))

    print(f"{len(articles)} articles, {len(gold)} gold rows")
    show("language", Counter(a["language"] for a in articles))
    show("publisher_kind", Counter(a["publisher_kind"] for a in articles))
    show("scope", Counter(a["scope"] for a in articles))
    show("split", Counter(a["split"] for a in articles))
    show("split x language", Counter(f"{a['split']}/{a['language']}" for a in articles))
    show("year published", Counter(a["published"][:4] for a in articles))
    show("article periods", Counter(p for a in articles for p in a["periods"].split(";")))
    split_of = {a["article_id"]: a["split"] for a in articles}
    show(
        "gold split x required",
        Counter(f"{split_of.get(g['article_id'])}/req{g['required']}" for g in gold),
    )
    show("gold indicator", Counter(g["indicator"] for g in gold))
    show("gold measure", Counter(g["measure"] for g in gold))
    show("gold year", Counter(g["period"][:4] for g in gold))
    print("articles without gold rows:", ", ".join(zero) or "none")


if __name__ == "__main__":
    sys.exit(check())
