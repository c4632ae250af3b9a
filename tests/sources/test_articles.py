"""The article loader: formats, front matter, inference, and bad files that never crash it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from briefings.sources.articles import CANDIDATE_COLUMNS, MAX_BYTES, ArticleLoad, load_articles
from briefings.sources.schema import FACT_COLUMNS

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"
ENGLISH = "The first quarter of 2025 in Bac Kan province: GRDP increased by 6.52%.\n"


def lines(load: ArticleLoad) -> tuple[str, ...]:
    """The problems of a load as the CLI prints them (after the severity)."""
    return tuple(problem.one_line() for problem in load.problems)


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def to_cp1258(text: str) -> bytes:
    """Windows-1258 the way Vietnamese Windows wrote it: letters precomposed, tones combining."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += (base + "".join(c for c in decomposed if c in tones)).encode("cp1258")
    return out


def test_candidates_have_the_fact_columns_and_the_review_columns() -> None:
    load = load_articles([DATA], root=DATA)
    assert tuple(load.candidates.columns) == CANDIDATE_COLUMNS
    assert set(FACT_COLUMNS) <= set(load.candidates.columns)
    assert set(load.candidates["kind"]) == {"article-unreviewed"}
    assert lines(load) == ()


def test_front_matter_gives_url_date_province_and_period() -> None:
    load = load_articles([DATA / "synthetic-front-matter.md"], root=DATA)
    facts = load.candidates
    assert set(facts["province"]) == {"quang-tri"}
    assert set(facts["source"]) == {"https://example.org/synthetic/quang-tri-2025-h1"}
    assert set(facts["published"]) == {"2025-07-12"}
    assert "2025-H1" in set(facts["period"])
    assert set(facts["origin"].str.split(":").str[0]) == {"synthetic-front-matter.md"}


def test_without_front_matter_language_source_province_and_period_are_inferred() -> None:
    load = load_articles([DATA / "synthetic-vi.txt", DATA / "synthetic-fr.txt"], root=DATA)
    facts = load.candidates
    by_file = facts.groupby(facts["origin"].str.split(":").str[0])
    vi, fr = by_file.get_group("synthetic-vi.txt"), by_file.get_group("synthetic-fr.txt")
    assert (set(vi["language"]), set(vi["province"]), set(vi["period"])) == (
        {"vi"},
        {"nghe-an"},
        {"2025-H1"},
    )
    assert set(vi["source"]) == {"https://baonghean.example/bai-viet-gia-lap-2025.html"}
    assert (set(fr["language"]), set(fr["province"])) == ({"fr"}, {"lai-chau"})


def test_offsets_point_into_the_file_as_written() -> None:
    for name in ("synthetic-front-matter.md", "synthetic-page.html", "synthetic-vi.txt"):
        text = (DATA / name).read_text(encoding="utf-8")
        facts = load_articles([DATA / name], root=DATA).candidates
        assert not facts.empty
        for _, fact in facts.iterrows():
            written = " ".join(text[fact["start"] : fact["end"]].split())
            if name.endswith(".html"):
                assert fact["quote"].split()[-1] in written
            else:
                assert "".join(written.replace("*", "").split()) == "".join(fact["quote"].split())


def test_html_tags_scripts_and_entities_are_stripped() -> None:
    facts = load_articles([DATA / "synthetic-page.html"], root=DATA).candidates
    assert set(facts["province"]) == {"ha-giang"}
    assert ("import_export", "value", 350.0) in set(
        zip(facts["indicator"], facts["measure"], facts["value"], strict=True)
    )
    assert 999.0 not in set(facts["value"])  # the figure in <script> is no article text


def test_empty_file_is_reported_and_others_still_load(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ENGLISH)
    empty = write(tmp_path, "empty.txt", "  \n")
    load = load_articles([empty, good], root=tmp_path)
    assert lines(load) == ("empty.txt: empty file; paste the article's text into it or remove it",)
    assert list(load.candidates["value"]) == [6.52]


def test_binary_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.txt", b"%PDF-1.7\x00\x01\x02binary")
    [problem] = lines(load_articles([path], root=tmp_path))
    assert problem.startswith("scan.txt: binary file")


@pytest.mark.parametrize(
    ("encoding", "text", "named"),
    [
        ("cp1258", "Quý I năm 2025, tỉnh Bắc Kạn: tăng trưởng kinh tế tăng 6,52%.", "Windows-1258"),
        (
            "latin-1",
            "Au premier trimestre 2025, à Bac Kan, la croissance économique a augmenté de 6,52 %.",
            "Windows-1252",
        ),
    ],
)
def test_non_utf8_text_is_read_with_a_fallback_and_reported(
    tmp_path: Path, encoding: str, text: str, named: str
) -> None:
    data = to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    path = write(tmp_path, "old.txt", data)
    load = load_articles([path], root=tmp_path)
    assert lines(load) == (
        f"old.txt: not UTF-8 text (looks like {named}); read as {named}; save it as UTF-8",
    )
    assert list(load.candidates["value"]) == [6.52]
    assert list(load.candidates["province"]) == ["bac-kan"]


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 10**6)  # sparse: 50 MB on paper, nothing on disk
    [problem] = lines(load_articles([path], root=tmp_path))
    assert problem.startswith("dump.txt: 50.0 MB is too large for an article")
    assert MAX_BYTES < 50 * 10**6


def test_article_without_province_or_period_is_reported(tmp_path: Path) -> None:
    nowhere = write(tmp_path, "nowhere.txt", "GRDP increased by 6.52% in the first quarter.\n")
    never = write(tmp_path, "never.txt", "Bac Kan province: GRDP increased by 6.52%.\n")
    good = write(tmp_path, "good.txt", ENGLISH)
    load = load_articles([nowhere, never, good], root=tmp_path)
    assert lines(load) == (
        "nowhere.txt: no recognisable province; add front matter `province: <the province's name>`",
        "never.txt: no recognisable period; add front matter `period: 2025-H1`",
    )
    assert len(load.candidates) == 1


@pytest.mark.parametrize(
    ("name", "text", "advice"),
    [
        (
            "quang-tri-q1.txt",
            "GRDP increased by 6.52% in the first quarter of 2025.\n",
            "Quảng Trị",
        ),
        (
            "report.txt",
            "In the first quarter of 2025, GRDP of lang son increased by 6.52%.\n",
            "Lạng Sơn",
        ),
    ],
)
def test_the_advice_for_a_missing_province_names_a_plausible_one(
    tmp_path: Path, name: str, text: str, advice: str
) -> None:
    [problem] = lines(load_articles([write(tmp_path, name, text)], root=tmp_path))
    assert problem == f"{name}: no recognisable province; add front matter `province: {advice}`"


def test_a_period_advice_follows_the_publication_date(tmp_path: Path) -> None:
    text = "---\npublished: 2024-10-03\n---\nBac Kan province: GRDP increased by 6.52%.\n"
    [problem] = lines(load_articles([write(tmp_path, "x.md", text)], root=tmp_path))
    assert problem == "x.md: no recognisable period; add front matter `period: 2024-9M`"


def test_wrong_front_matter_names_the_file_and_the_fix(tmp_path: Path) -> None:
    path = write(tmp_path, "x.md", "---\nprovince: Atlantis\n---\n" + ENGLISH)
    [problem] = lines(load_articles([path], root=tmp_path))
    assert problem.startswith("x.md: front matter province 'Atlantis' is no known province;")


def test_missing_file_is_reported(tmp_path: Path) -> None:
    [problem] = lines(load_articles([tmp_path / "gone.txt"], root=tmp_path))
    assert problem.startswith("gone.txt: cannot be read")


def test_no_files_give_an_empty_valid_table(tmp_path: Path) -> None:
    load = load_articles([], root=tmp_path)
    assert load.candidates.empty
    assert tuple(load.candidates.columns) == CANDIDATE_COLUMNS


def test_many_files_read_in_two_processes_give_the_same_candidates_in_the_same_order(
    tmp_path: Path,
) -> None:
    """``briefings extract -j 2``: each file is read on its own, so a pool changes nothing but
    the time; a bad file still gives its problem, in its place. Synthetic figures."""
    provinces = ("Bac Kan", "Cao Bang", "Lang Son", "Son La", "Lai Chau")
    for number in range(20):
        province = provinces[number % len(provinces)]
        text = (
            f"In the first 6 months of 2025, {province} province's GRDP grew by {5 + number / 10}%,"
            f" and its budget revenue reached VND {100 + number} billion.\n"
            f"Source: https://example.org/synthetic/{number}.html\n"
        )
        write(tmp_path, f"a{number:02d}.txt", text)
    write(tmp_path, "a07b.txt", b"\x89PNG not an article")
    one = load_articles([tmp_path], root=tmp_path, jobs=1)
    two = load_articles([tmp_path], root=tmp_path, jobs=2)
    assert len(one.candidates) == 40
    assert two.candidates.equals(one.candidates)
    assert (
        lines(two)
        == lines(one)
        == ("a07b.txt: binary file, not text; save the article as .txt, .md or .html",)
    )
