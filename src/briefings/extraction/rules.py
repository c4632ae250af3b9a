"""The grammar of a report sentence: a subject (an indicator's name), a verb, a figure.

Within a sentence each figure belongs to the indicator named last before it, as long as the
clause that holds it continues that subject ("..., an increase of 77% over the same period"),
or to one named right after it ("$16.7 billion in exports"). Its province comes from
``attribution``, its period from ``timing``, its measure from ``readings``. Only the first
figure of a kind per province, subject and sentence is kept: later ones are components ("of
which ...") or comparison bases. In an article ranking provinces, a province's bare percent
("Quảng Ngãi (-1,07%)", "followed by Haiphong at 11.81 per cent") is the growth the article
ranks them by.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from briefings.domain.geography import NATION_SLUG
from briefings.domain.indicators import REGISTRY
from briefings.domain.periods import Period
from briefings.extraction import cues, figures
from briefings.extraction.attribution import (
    Discourse,
    Placed,
    Slot,
    opens_with,
    without_respectively,
)
from briefings.extraction.context import cites_national_source
from briefings.extraction.lexicon import Mention, find_mentions
from briefings.extraction.matching import caseless, lowered
from briefings.extraction.numbers import Quantity
from briefings.extraction.places import GROUP, Place
from briefings.extraction.ranks import (
    LAST,
    RANK_OPENS,
    Rank,
    growth_named_after,
    ranked_subject,
)
from briefings.extraction.readings import FORECAST, Figure, Reading, read_figure
from briefings.extraction.text import whole_sentence_start
from briefings.extraction.timing import Timeline, When

_MAX_GAP = 150
# A growth rate named as the economy's after a level per head: "..., tăng trưởng 9,04%",
# "..., economic growth of 7%" (per head, a rate is said "tăng 5,2%", "up 5.2%").
_ECONOMY_GROWTH = re.compile(
    r"[,;]\s*(?:tốc\s+độ\s+)?tăng\s+trưởng(?:\s+kinh\s+tế)?(?:\s+(?:đạt|ước\s+đạt|ước))?\s*$"
    r"|[,;]\s*(?:(?:and|with)\s+)?(?:an?\s+)?(?:economic\s+)?growth(?:\s+rate)?"
    r"(?:\s+(?:of|at|reached))?\s*$",
    re.IGNORECASE,
)
_PER_HEAD = re.compile(
    r"\s*(?:/\s*(?:người|person|capita|head|habitant)|(?:per\s+(?:capita|person|head)"
    r"|par\s+habitant|(?:bình\s+quân\s+)?(?:mỗi|một)\s+người|/\s*an\s+par\s+habitant))(?!\w)",
    re.IGNORECASE,
)
_NATION = re.compile(
    r"(?<!\w)(?:viet\s*nam|việt\s+nam|national|nationwide|country|pays|cả\s+nước|trong\s+nước"
    r"|toàn\s+quốc)",
    re.IGNORECASE,
)
# Words right beside a "GDP" that make it the nation's: "Vietnam's GDP", "le PIB du pays".
_NATION_BEFORE = re.compile(
    r"(?<!\w)(?:viet\s*nam['’]?s?|the\s+country['’]?s|national|nation['’]s)\s*$", re.IGNORECASE
)
# Any indicator the nation owns in so many words: "Vietnam's state budget revenue", "the
# country's exports", "kim ngạch xuất khẩu hàng hóa của Việt Nam", "les exportations du pays".
_NATION_OWNS_BEFORE = re.compile(
    r"(?<!\w)(?:viet\s*nam['’]s?|the\s+(?:country|nation)['’]s?)(?:\s+(?:total|state))*\s*$",
    re.IGNORECASE,
)
_NATION_OWNS_AFTER = re.compile(
    r"(?:(?:\s+[\w-]+){0,2}?\s+(?:of\s+(?:the\s+country|the\s+nation|viet\s*nam)|du\s+pays"
    r"|du\s+vi[eệ]t\s*nam|của\s+(?:cả\s+nước|việt\s+nam|nước\s+ta))|\s+cả\s+nước)(?!\w)",
    re.IGNORECASE,
)
_NATION_AFTER = re.compile(
    r"\s*(?:\([^()]{0,12}\)\s*)?(?:of\s+(?:the\s+country|the\s+nation|viet\s*nam)|du\s+pays"
    r"|national|nationale|du\s+vi[eệ]t\s*nam|(?:của\s+)?(?:cả\s+nước|việt\s+nam|nước\s+ta)"
    r"|toàn\s+quốc)"
    r"(?!\w)",
    re.IGNORECASE,
)
_NAME_IN_QUOTE = 100  # a quote reaches back this far to start with its province's name
_NAME_AFTER_IN_QUOTE = 40  # ... and on this far after its figure to end with it
_IMPLAUSIBLE = 1e12  # in canonical units: VND billion, USD million, arrivals, %
# Above these a level is no province's for any span up to a year: the largest provinces (the
# merged Ho Chi Minh City of 2025 included) stay well under them, while the nation's yearly
# figures and the stocks of FDI projects still in force are above. Growth rates have no bound.
_PROVINCE_CEILING = {
    ("budget_revenue", "VND billion"): 1_200_000,
    ("retail_sales", "VND billion"): 2_500_000,
    ("grdp", "VND billion"): 4_000_000,
    ("tourism_revenue", "VND billion"): 400_000,
    ("public_investment_disbursed", "VND billion"): 150_000,
    ("export", "USD million"): 150_000,
    ("import", "USD million"): 150_000,
    ("import_export", "USD million"): 250_000,
    ("fdi_registered", "USD million"): 12_000,
    ("tourist_arrivals", "arrivals"): 80_000_000,
}


@dataclass(frozen=True)
class Article:
    """What the rules need to know about the whole article."""

    text: str
    timeline: Timeline
    topic: str | None = None  # the indicator a ranking article ranks provinces by
    by_size: bool = False  # the article ranks economies by size: its GRDP ranks are no growth ranks
    national: bool = False  # about the nation or many provinces: "GDP" is the nation's
    uncertain: frozenset[str] = frozenset()  # "province", "span": the article's own is unsure
    # the indicators a ranking article's bare sums are, by currency: (("USD", "fdi_registered"),)
    amounts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Sentence:
    """One sentence and what was found in it."""

    bounds: tuple[int, int]
    mentions: list[Mention]
    quantities: list[Quantity]
    ranks: list[Rank]
    places: list[Place]
    previous: tuple[int, int] | None = None  # the sentence before, in its paragraph


@dataclass(frozen=True)
class RawFact:
    """A figure read as a fact, with the span of the words that say it."""

    province: str
    indicator: str
    measure: str
    value: float
    unit: str
    period: Period
    qualifier: str
    start: int
    end: int
    uncertain: tuple[str, ...] = ()
    # retail sales named as of "goods" alone, or as the "total" of goods and services ("")
    retail: str = ""


# A sentence about the province's industrial parks or economic zones gives their figures
# ("Enterprises in the industrial parks exported $11 billion"), a part of the province's.
_ZONE_SUBJECT = re.compile(
    r"(?<!\w)(?:industrial\s+(?:parks?|zones?|clusters?)|economic\s+zones?|export\s+processing"
    r"\s+zones?|khu\s+(?:công\s+nghiệp|kinh\s+tế|chế\s+xuất)|cụm\s+công\s+nghiệp|KCN|KKT"
    r"|zones?\s+(?:industrielles?|économiques?)|parcs?\s+industriels?)(?!\w)",
    re.IGNORECASE,
)
_ZONE_OPENING = 60  # how far into a sentence its subject may be named
# One of several scenarios a planner drew up: "With scenario one, growth for the whole year
# would be 5.8 percent". A hypothesis, neither a result nor the target.
_ONE_SCENARIO_OPENS = re.compile(
    r"\s*(?:with|under|in|according\s+to)\s+(?:the\s+)?(?:scenario\s+(?:one|two|three|[1-3])"
    r"|(?:first|second|third)\s+scenario)(?!\w)"
    r"|\s*(?:với|theo|ở)\s+kịch\s+bản\s+(?:[1-3]|thứ\s+(?:nhất|hai|ba)|một|hai|ba)(?!\w)"
    r"|\s*(?:selon|dans|avec)\s+(?:le\s+)?(?:scénario\s+(?:[1-3]|un|deux|trois)"
    r"|(?:premier|deuxième|second|troisième)\s+scénario)(?!\w)",
    re.IGNORECASE,
)


def sentence_facts(article: Article, sentence: Sentence, discourse: Discourse) -> list[RawFact]:
    """The facts one sentence states, each with its province; the discourse moves on."""
    start = sentence.bounds[0]
    if _ZONE_SUBJECT.search(
        article.text, start, min(sentence.bounds[1], start + _ZONE_OPENING)
    ) or _ONE_SCENARIO_OPENS.match(article.text, start):
        discourse.follow(article.text, start, sentence.places, ())
        return []
    quantities = list(sentence.quantities)  # plain numbers only where they count ("extract")
    slots = sorted(
        [Slot(q.start, q.end, q.kind) for q in quantities]
        + [Slot(r.start, r.end, "rank") for r in sentence.ranks],
        key=lambda s: s.start,
    )
    placed = dict(
        zip(
            (s.start for s in slots),
            discourse.place(article.text, sentence.bounds, sentence.places, slots),
            strict=True,
        )
    )
    facts: list[RawFact] = []
    taken: set[tuple[str, str, str, str]] = set()
    for fact in _quantity_facts(article, sentence, quantities, placed):
        _keep(fact, facts, taken)
    # A national rank outranks an unscoped one of the same province ("4th ..., 43rd of 63").
    for rank in sorted(sentence.ranks, key=lambda r: r.scope != "national"):
        ranked = _rank_fact(article, sentence, rank, placed[rank.start], facts)
        if ranked is not None:
            _keep(ranked, facts, taken)
    kept = [f for f in facts if discourse.allows(f.province)]
    given = [
        f.province
        for f in kept
        if placed_explicitly(f, placed) and not _compared(article.text, sentence.bounds[0], f)
    ]
    discourse.follow(article.text, sentence.bounds[0], sentence.places, given)
    # a forecaster's figure says whose economy the sentence is about, but is no fact
    kept = [f for f in kept if FORECAST not in f.qualifier.split("; ")]
    return sorted(kept, key=lambda f: f.start)


# "đứng thứ hai cả nước, chỉ sau Bắc Giang (13,85%)", "second only to Hai Phong (12.9%)":
# the province a rank is behind is a comparison, not the subject of what follows.
_BEHIND = re.compile(
    r"(?:(?:chỉ\s+)?(?:đứng\s+|xếp\s+)?sau|(?:second|next)\s+only\s+to|only\s+(?:behind|after)"
    r"|behind|trailing|(?:juste\s+)?derrière|juste\s+après)\s+(?:(?:tỉnh|thành\s+phố|the)\s+)?$",
    re.IGNORECASE,
)


def _compared(text: str, start: int, fact: RawFact) -> bool:
    """True for a fact given only to compare, which does not make its province the subject of
    what follows: said in brackets ("(after Bắc Giang, up 13.85%)"), or of the province a rank
    is behind ("chỉ sau Bắc Giang (13,85%)")."""
    before = text[start : fact.start]
    return before.count("(") > before.count(")") or bool(
        _BEHIND.search(text, max(start, fact.start - 30), fact.start)
    )


def placed_explicitly(fact: RawFact, placed: dict[int, Placed]) -> bool:
    """True when the sentence names the fact's province (not only the subject carried over)."""
    return any(p.explicit and p.slug == fact.province for p in placed.values())


def _keep(fact: RawFact, facts: list[RawFact], taken: set[tuple[str, str, str, str]]) -> None:
    """The first figure of each province, indicator, measure and period the sentence gives."""
    key = (fact.province, fact.indicator, fact.measure, fact.period.label)
    if key not in taken:
        taken.add(key)
        facts.append(fact)


def _quantity_facts(
    article: Article, sentence: Sentence, quantities: list[Quantity], placed: dict[int, Placed]
) -> list[RawFact]:
    text, mentions, (start, end) = article.text, sentence.mentions, sentence.bounds
    # "Foreign investment rose sharply. In six months, they reached ...": a pronoun carries
    # the subject of the sentence before.
    subject = figures.pronoun_subject(text, sentence, quantities[0].start) if quantities else None
    named: Mention | None = None  # the last indicator named, before any blocker
    anchor, chained, next_mention = subject.end if subject else start, False, 0
    facts: list[RawFact] = []
    pairs = figures.respective(text, mentions, quantities, end)
    ranged = figures.ranges(text, quantities)
    listed: cues.CueKind = "none"
    named_after_end = -1  # where the indicator named after the last figure read ends
    aside: tuple[Mention | None, int] | None = None  # the subject and anchor before a bracket
    intro = quantities[0].start if quantities else end  # the words before a sentence's figures
    last_read: tuple[Mention, str] | None = None  # the subject and measure of the figure before
    for index, quantity in enumerate(quantities):
        while next_mention < len(mentions) and mentions[next_mention].end <= quantity.start:
            mention = mentions[next_mention]
            next_mention += 1
            if (
                chained
                and subject is not None
                and mention.indicator == subject.indicator
                and mention.start >= anchor
                and not text[anchor : mention.start].strip()
            ):
                anchor = mention.end  # "3.1 million tourists": the figure's own noun
                continue
            if subject is None or mention.start >= anchor:
                subject, anchor, chained = mention, mention.end, False
                named = mention if not mention.blocks else named
        if (
            figures.equivalent(text, quantities, index)
            or index in ranged
            or figures.threshold(text, quantity)
            or figures.counts_change(text, quantity)
            or figures.base_in_brackets(text, quantity)
            or figures.in_product_aside(text, quantity)
            or figures.without_oil(text, quantity)
        ):
            continue  # a conversion ("VND 8.55 trillion (363.9 million USD)"), a range, a mark
        if figures.share_amount(text, quantities, index) or figures.part_of_total(text, quantity):
            subject = None  # a part's amount, and what is said of the part after it
            continue
        share = _SHARE_CLAUSE.match(text, anchor) if chained else None
        if share is not None and share.start() < quantity.start < share.end():
            anchor = share.end()
            continue  # the subject goes on after the share's base
        if aside is not None:
            closed = text.find(")", aside[1], quantity.start)
            if closed >= 0:  # after the aside, the subject before it goes on ("..., tăng 7,4%")
                if (subject is None or subject.start < closed) and _goes_on(
                    text[closed + 1 : quantity.start]
                ):
                    subject, anchor, chained = aside[0], closed + 1, True
                aside = None
        place = placed[quantity.start]
        # "increases of 4.8% in the IIP, 13.4% in retail sales": the change goes on
        carried = (
            listed
            if named_after_end >= 0 and figures.lists_on(text[named_after_end : quantity.start])
            else "none"
        )
        own = figures.postposed(text, quantity, start, carried)
        if index in pairs:  # "... exports and imports, up 7.5% and 3.1% respectively"
            subject, chained = pairs[index], True
        elif own is not None:
            subject, anchor, chained = own, min(own.start, quantity.start), False
        elif figures.names_arrivals(text, quantity) and (
            subject is None or subject.indicator != "tourist_arrivals" or chained
        ):
            # "welcomed 2.1 million visitors" names its own subject
            anchor = max(text.rfind(",", start, quantity.start), start)
            subject, chained = Mention(anchor, anchor, "tourist_arrivals"), False
        if (
            subject is not None
            and subject.lists
            and figures.named_after(sentence, subject, quantity)
        ):
            subject, anchor, chained = named, named.end if named else anchor, False
        if subject is not None and subject.lists and named is not None:
            verb = figures.aside_closed(text, subject, quantity.start)
            if verb is not None:  # "FDI, including new projects and share purchases, reached"
                subject, anchor, chained = named, verb, False
        item_of: Mention | None = None  # the subject a list of provinces' figures goes on with
        if subject is not None and not subject.blocks and own is None and index not in pairs:
            gap = text[anchor : quantity.start]
            if chained and cues.list_item(gap):
                item_of = subject
            if len(gap) > _MAX_GAP or (chained and not cues.opens_with_connector(gap)):
                if (
                    chained
                    and aside is None
                    # ("(đạt hơn 105% dự toán, Nghị quyết đặt ra cả năm là 85.500 tỷ đồng)": the
                    # bracket opened at an earlier figure of the subject)
                    and _OPEN_ASIDE.search(text, max(start, subject.end), quantity.start)
                ):
                    aside = (subject, anchor)  # "(kế hoạch năm 2024 là 9.521 tỷ đồng)"
                subject = None  # the clause holding the figure does not continue the subject
        if subject is None and last_read is not None and last_read[1] == "value":
            again = _SAME_AMOUNT.search(text, anchor, quantity.start)
            if again is not None:  # "... 2.2 million tourists, and this year, the number is ..."
                subject, anchor, chained = last_read[0], again.end(), False
        bare = (
            figures.bracketed(article.text, sentence, subject, quantity, place)
            # "... có chỉ số sản xuất công nghiệp cao là Quảng Ninh tăng 14%, Hải Dương tăng
            # 13,4%": the list's own indicator, not the article's ranked one
            or (
                None
                if item_of is not None
                else figures.bare(article.text, article.topic, sentence, subject, quantity, place)
            )
            or figures.designated(article.text, sentence, subject, quantity, place)
            or figures.national_growth(article.text, sentence, subject, quantity, place)
            or figures.ranked_growth(article.text, sentence, subject, quantity)
            or figures.ranked_amount(
                article.text, article.amounts, sentence, subject, quantity, place
            )
        )
        if bare is not None:
            subject, anchor, chained = bare, bare.end, False
        elif subject is None and item_of is not None:
            subject = item_of  # "..., Can Tho 8.8%": no other reading, one more of the list
        if (
            subject is None
            or subject.blocks
            or figures.joint(text, sentence, quantity, place)
            or figures.below_province(text, start, subject)
        ):
            continue  # no subject, or two provinces' sum
        if (
            subject.indicator == "grdp"
            and quantity.kind == "money"
            and _PER_HEAD.match(text, quantity.end)
        ):  # "GRDP đạt 94 triệu đồng/người": the level per head, and what follows is its own
            subject = replace(subject, indicator="grdp_per_capita", growth=False, national=False)
        gap = text[anchor : quantity.start]
        if (
            subject.indicator == "grdp_per_capita"
            and quantity.kind == "percent"
            and chained
            and _ECONOMY_GROWTH.search(gap)
        ):  # "GRDP bình quân 61,92 triệu đồng/người, tăng trưởng 9,04%": the economy's growth
            subject = replace(subject, indicator="grdp", growth=True)
        if index in pairs or place.paired:
            # "tăng lần lượt 10,5% và 9,9%": how the figures pair, nothing said of each
            gap = without_respectively(gap)
        after = cues.read_after(text, quantity.end)
        if after.in_total and own is None:  # "a rise of 10% in total investment in society"
            after = replace(after, in_total=False)
        planned = figures.lists_targets(text, quantity.start, start, intro)
        listed_item = chained and cues.list_item(gap)  # "..., Can Tho 8.8%": one more of a list
        in_list = (
            (chained and figures.lists_on(gap))
            or listed_item
            or (own is not None and carried != "none")
        )
        figure = Figure(
            quantity, gap, chained, after, planned, bare is not None, listed if in_list else "none"
        )
        if figure.listed == "none" and quantity.kind == "percent":
            elided = cues.elided_change(text, start, gap)
            figure = replace(figure, listed=elided) if elided != "none" else figure
        cue = cues.read_cue(gap).kind
        # ", de 8,8% à Can Tho et de 8,4% à Hanoï": a link in a list keeps the list's change
        listed = cue if cue not in ("none", "link") or not in_list else listed
        reading = read_figure(text, subject, figure)
        if (
            reading is None
            and quantity.kind == "percent"
            and (listed_item or cues.list_opening(gap))
        ):
            # "... trên 10% gồm Hải Phòng 11,2%, ... and Bac Ninh 10.5%": an item of a list of
            # rates, read as a bare rate after its province's name is; "rose ..., including Da
            # Nang with 9.4%, Can Tho 8.8%": each item with the change said before the list
            change = cues.list_change(text[start : quantity.start])
            opened = figure.listed if change == "none" else change
            figure = replace(figure, gap=" ", chained=True, listed=opened)
            reading = read_figure(text, subject, figure)
            listed = change if reading is not None and change != "none" else listed
        if (
            reading is None
            and last_read == (subject, "yoy_pct")
            and subject.growth
            and quantity.kind == "percent"
            and figures.lists_on(gap)
        ):
            # "tăng trưởng GRDP 10,5% và 9,9%": the next rate of the growth just read
            figure = replace(figure, gap=" ", chained=True)
            reading = read_figure(text, subject, figure)
        if reading is not None and _nominal_growth(text, subject, quantity, reading):
            reading = None
        if (
            reading is not None
            and reading.measure.endswith("yoy_pct")
            and _a_share(text, start, quantity.start)
        ):
            reading = None
        last_read = (subject, reading.measure) if subject is not None and reading else None
        if reading is not None and _regional_of_nation(text, subject, place):
            reading = None  # "le PIB régional ... 7,23 %" in a national release: some province's
        if reading is not None:
            where = _province(article, sentence, subject, place)
            fact = _fact(article, sentence, subject, figure, reading, where)
            if fact is not None:
                facts.append(fact)
                # "Khánh Hòa và Long An cùng tăng 9,1%": the rate of each province named
                facts += [
                    replace(fact, province=other.slug, start=min(fact.start, other.start))
                    for other in figures.shared_by(text, sentence, quantity, where, in_list)
                ]
        name = figures.postposed_name(text, quantity, True) if own is not None and reading else None
        named_after_end = name.end if name is not None else -1
        anchor, chained = max(after.end, quantity.end), True
        if reading is not None and place.explicit and place.name_start >= quantity.end:
            anchor = max(anchor, place.name_end)  # "9.4% in Da Nang, 8.8% in Can Tho": on after it
    return facts


_OPEN_ASIDE = re.compile(r"\([^()]*$")  # a bracket opened and not closed
# A share named, and no change since: "tỉnh Vĩnh Phúc chiếm tỷ trọng cao nhất với 45,1%, tiếp
# đến là tỉnh Phú Thọ cũ với 33,2%": each percent is a part of the whole, no growth.
_SHARE_WORD = re.compile(
    # (not "tỷ trọng" alone: "Hậu Giang với tỷ trọng GRDP 12,5%" is said of growth)
    r"(?<!\w)(?:chiếm|cơ\s+cấu|accounting\s+for|accounts?\s+for|making\s+up"
    r"|share\s+of|représent\w*|part\s+de)(?!\w)",
    re.IGNORECASE,
)


def _a_share(text: str, start: int, figure: int) -> bool:
    """True when the sentence named a share before the figure and no change after it."""
    shares = list(_SHARE_WORD.finditer(text, start, figure))
    return bool(shares) and cues.CHANGE_WORD.search(text, shares[-1].end(), figure) is None


# A province's product by its name: never the nation's, whatever the article's setting.
_REGIONAL_NAME = re.compile(
    r"GRDP|PIBR|PIB\s+régional|produit\s+intérieur\s+brut\s+régional|(?:regional|provincial)\s+GDP"
    r"|gross\s+regional|tổng\s+sản\s+phẩm\s+trên\s+địa\s+bàn",
    re.IGNORECASE,
)


def _regional_of_nation(text: str, subject: Mention, place: Placed) -> bool:
    """True for a regional product ("GRDP", "PIB régional") that only the article's national
    setting would give to the nation: it is a province's, and no province is named for it."""
    return (
        place.slug == NATION_SLUG
        and not place.explicit
        and subject.indicator in ("grdp", "grdp_per_capita")
        and _REGIONAL_NAME.search(text, subject.start, subject.end) is not None
    )


# "the number" after a figure of the same sentence: what that figure counted, said again
_SAME_AMOUNT = re.compile(
    r"(?<!\w)(?:the|this|that)\s+(?:number|figure)(?!\s+of)(?!\w)", re.IGNORECASE
)
_GOES_ON_WORDS = 4


def _goes_on(words: str) -> bool:
    """True for a few words that only say how a figure changed (", tăng trưởng ", ", up "):
    after an aside they continue the subject before it; ", and investment increased " does not."""
    return len(words.split()) <= _GOES_ON_WORDS and cues.read_cue(words).kind != "none"


# "GRDP theo giá hiện hành đạt 6.961,99 tỷ đồng, tăng 13,02%": the growth of a level at current
# prices is nominal, no growth rate of the economy (which is at comparable prices).
_CURRENT_PRICES = caseless(
    r"(?:theo\s+)?giá\s+hiện\s+hành|(?:at\s+)?current\s+prices|(?:aux\s+)?prix\s+courants"
)
_PRICES_AFTER = 30  # "6.2% at comparative prices"
_COMPARABLE_PRICES = caseless(
    r"giá\s+so\s+sánh|(?:comparative|comparable|constant)\s+prices|prix\s+constants"
)


def _nominal_growth(text: str, subject: Mention, quantity: Quantity, reading: Reading) -> bool:
    """True for a GRDP growth rate said of a level at current prices, after its name and
    with no comparable prices named between or right after it ("grew by 6.2% at comparative
    prices")."""
    if subject.indicator != "grdp" or reading.measure != "yoy_pct":
        return False
    low = lowered(text)
    between = low[subject.end : quantity.start]
    said = [match.end() for match in _CURRENT_PRICES.finditer(between)]
    return not (
        not said
        or _COMPARABLE_PRICES.search(between, said[-1])
        or _COMPARABLE_PRICES.search(low, quantity.end, quantity.end + _PRICES_AFTER)
    )


# A share said between a level and its change ("1,42 tỷ USD, chiếm 12,9% tổng vốn đầu tư cả
# nước, tăng 23,6%"): the change goes on with the level's subject.
_SHARE_CLAUSE = re.compile(
    # ("... 3.1 million tourists in the first quarter of 2025, achieving ...")
    r"(?:\s+(?:in|during)\s+[^,;.\d]{0,30}(?:20\d\d)?)?"
    r"(?:\s*,\s*(?:chiếm(?:\s+tỷ\s+(?:trọng|lệ))?|accounting\s+for|accounts\s+for|making\s+up"
    r"|représentant)\s+(?:(?:khoảng|gần|hơn|about|nearly|over|près\s+de|plus\s+de)\s+)?"
    r"[\d.,]+\s*%[^,;\d]{0,60}(?=,)"
    # ", achieving 117.6% of the annual target, a 25% increase": a share of the plan
    r"|\s*,\s*(?:achieving|reaching|fulfilling|equal\s+to|equivalent\s+to)\s+[\d.,]+\s*%\s+of\s+"
    r"(?:the\s+|this\s+)?(?:annual\s+|yearly\s+|year['’]s\s+)?(?:target|plan|estimate)s?"
    r"(?=,|\s+and\s))",  # "..., achieving 93.3% of the plan and a 27% increase"
    re.IGNORECASE,
)


def _province(article: Article, sentence: Sentence, subject: Mention, place: Placed) -> Placed:
    """The figure's province, or the nation's for a national subject ("GDP grew ...").

    "GDP" is the nation's in an article about the nation or about many provinces, or in a
    sentence that says so ("Viet Nam's GDP"); in a province's own report, or in a sentence whose
    subject is a province and whose "GDP" no nation owns ("Da Nang ranks fourth in GDP
    growth"), it is the province's.
    """
    if not subject.national:
        # "Dẫn đầu tốc độ tăng ... của cả nước là Quảng Ninh": a province named between the
        # name and its figure is ranked within the nation, and owns the figure.
        named_after = place.explicit and place.name_start >= subject.end
        nation = not named_after and _nation_owns(article.text, subject)
        # "Figures from the General Statistics Office put the IIP up 5%"
        nation = nation or (
            not place.explicit
            and cites_national_source(
                article.text,
                (whole_sentence_start(article.text, subject.start), sentence.bounds[1]),
                subject.start,
            )
        )
        return Placed(NATION_SLUG, True) if nation else place
    bounds, text = sentence.bounds, article.text
    if not (article.national or _nation_said(text, bounds)):
        return place
    if _REGION_AFTER.match(text, subject.end):
        return place  # "le produit intérieur brut (PIB) de la région": the province's
    owner = _NATION_BEFORE.search(text[max(bounds[0], subject.start - 25) : subject.start])
    owner = owner or _NATION_AFTER.match(text, subject.end)
    if place.explicit and not owner and opens_with(text, bounds[0], place.name_start):
        return place
    owned = any(
        subject.start <= p.start or 0 <= subject.start - p.end <= 3
        for p in sentence.places
        if p.slug != GROUP and p.start < subject.end + 150
    )
    return place if owned and place.explicit else Placed(NATION_SLUG, True)


# The nation as the average a province is compared with, which owns nothing the sentence says:
# "soit au-dessus de la moyenne nationale", "higher than the national average".
_NATIONAL_AVERAGE = re.compile(
    r"(?:moyenne|average|mức\s+(?:trung\s+bình|bình\s+quân)|(?:trung\s+bình|bình\s+quân))\s*$",
    re.IGNORECASE,
)
_AVERAGE_AFTER = re.compile(r"(?:['’]s)?\s*(?:average|moyenne)(?!\w)", re.IGNORECASE)
_REGION_AFTER = re.compile(
    r"\s*(?:\([^()]{0,12}\)\s*)?(?:de\s+la\s+(?:région|province|ville|localité)"
    r"|of\s+the\s+(?:region|province|city|locality))(?!\w)",
    re.IGNORECASE,
)


def _nation_said(text: str, bounds: tuple[int, int]) -> bool:
    """True when the sentence names the nation other than as an average it is compared with."""
    for found in _NATION.finditer(text, *bounds):
        before = text[max(bounds[0], found.start() - 25) : found.start()]
        if not (_NATIONAL_AVERAGE.search(before) or _AVERAGE_AFTER.match(text, found.end())):
            return True
    return False


def _nation_owns(text: str, subject: Mention) -> bool:
    """True when the words around an indicator's name make it the nation's (a subject implied
    by a province's figure, "Cao Bằng dẫn đầu cả nước với mức tăng 11%", has no name; and in
    "dẫn đầu về kim ngạch xuất khẩu của cả nước" the nation is the field a province leads)."""
    if subject.end == subject.start:
        return False
    before = text[max(0, subject.start - 30) : subject.start]
    if _LEADS_IN.search(before):
        return False
    return bool(_NATION_OWNS_BEFORE.search(before) or _NATION_OWNS_AFTER.match(text, subject.end))


# A ranking verb right before the indicator: "dẫn đầu về", "đứng thứ hai về", "leads in"
_LEADS_IN = re.compile(
    r"(?<!\w)(?:dẫn\s+đầu|đứng\s+đầu|đứng\s+thứ\s+\w+|xếp\s+thứ\s+\w+|leads?|led|ranks?"
    r"|ranked\s+\w+|en\s+tête)(?:\s+(?:về|in|pour|du\s+pays\s+pour))?(?:\s+(?:the|les?|la))?\s*$",
    re.IGNORECASE,
)


def _fact(
    article: Article,
    sentence: Sentence,
    subject: Mention,
    figure: Figure,
    reading: Reading,
    place: Placed,
) -> RawFact | None:
    if reading.measure not in REGISTRY[subject.indicator].measures:
        return None
    quantity = figure.quantity
    if reading.measure == "value" and cues.names_stock(
        article.text, _stock_reach(article.text, sentence.bounds[0]), quantity.start
    ):
        return None
    when = _when(article, sentence, subject, quantity.start, quantity.end, reading.measure)
    if when is None:
        return None
    period = when.period
    if (
        period.span == "FY"
        and _TO_DATE.search(figure.gap)
        and any(p.span == "FY" for p in article.timeline.in_range(quantity.end, sentence.bounds[1]))
    ):
        return None  # "đến nay đạt 10.000 tỷ đồng, ước cả năm 11.000": so far
    if reading.measure == "yoy_pct" and figure.after.compared_year not in (None, period.year - 1):
        return None  # compared with another year than the previous one
    value = round(float(reading.value), 6)
    if not math.isfinite(value) or abs(value) > _IMPLAUSIBLE:
        return None  # a misread: more than any province's, or the nation's, figure
    if place.slug != NATION_SLUG and abs(value) > _PROVINCE_CEILING.get(
        (subject.indicator, reading.unit), math.inf
    ):
        return None  # the nation's figure, a stock or a long-run sum: no province's level
    quals = reading.qualifiers
    cutoff = cues.cutoff_date(figure.gap)
    if cutoff:
        quals += (cutoff,)
    gap_start = quantity.start - len(figure.gap)
    first = (
        _clause_start(article.text, gap_start, quantity.start)
        if figure.chained or subject.start >= quantity.start
        else subject.start
    )
    named = place.explicit and place.name_start >= 0  # the nation's "GDP" has no name here
    if named and 0 <= first - place.name_start <= _NAME_IN_QUOTE:
        first = place.name_start  # "Hà Nam (10,39%)", "Lạng Sơn ... and 8.1%": name the province
    # "8.8% in Can Tho": the name right after the figure is quoted with it
    named_after = named and 0 <= place.name_start - quantity.end <= _NAME_AFTER_IN_QUOTE
    return RawFact(
        place.slug,
        subject.indicator,
        reading.measure,
        value,
        reading.unit,
        period,
        "; ".join(dict.fromkeys(quals)),
        min(first, quantity.start),
        max(figure.after.end, quantity.end, place.name_end if named_after else -1),
        _uncertain(article, place, when),
        _retail_kind(article.text, subject),
    )


# "doanh thu bán lẻ hàng hóa", "retail sales of goods", "ventes au détail de biens": goods
# without the services the total retail sales include.
_GOODS = caseless(r"hàng\s+hóa|goods|\s+de\s+biens")
_SERVICES = caseless(r"dịch\s+vụ|services?")
_GOODS_AFTER = caseless(
    r"\s+(?:de\s+biens|of\s+goods)(?P<and>\s+(?:and|et)\s+(?:des\s+)?services?)?"
)


# A sum so far in the year, which the sentence then estimates for the whole year.
_TO_DATE = caseless(
    r"(?<!\w)(?:(?:tính\s+)?đến\s+nay|từ\s+đầu\s+năm\s+đến\s+nay|to\s+date|so\s+far"
    r"|jusqu['’]à\s+présent|à\s+ce\s+jour)(?!\w)"
)


def _stock_reach(text: str, start: int) -> int:
    """Where to look for words of a stock before a figure: its clause, or the whole sentence
    when the clause gives a part of the one before ("Hiện có 300 dự án đang hoạt động ...;
    trong đó, 5 dự án FDI với tổng vốn 100 triệu USD")."""
    return whole_sentence_start(text, start) if _BREAKDOWN.match(lowered(text), start) else start


def _retail_kind(text: str, subject: Mention) -> str:
    """ "goods" for retail sales named as of goods alone, "total" for those of goods and
    services, "" for any other name ("retail sales")."""
    if subject.indicator != "retail_sales" or subject.start == subject.end:
        return ""
    low = lowered(text)
    name = low[subject.start : subject.end]
    after = _GOODS_AFTER.match(low, subject.end)
    if _SERVICES.search(name) or (after and after.group("and")):
        return "total"
    return "goods" if _GOODS.search(name) or after else ""


def _when(
    article: Article, sentence: Sentence, subject: Mention, start: int, end: int, measure: str
) -> When | None:
    timeline = article.timeline
    if subject.indicator == "pci":
        return timeline.pci(subject, timeline.in_range(*sentence.bounds))
    return timeline.date(sentence.bounds, start, end, target=measure.startswith("target"))


def _uncertain(article: Article, place: Placed, when: When) -> tuple[str, ...]:
    flags = []
    if not place.explicit and "province" in article.uncertain:
        flags.append("province")
    if when.vague:
        flags.append("span")
    return tuple(flags)


def _clause_start(text: str, gap_start: int, figure: int) -> int:
    """Where a further figure's clause starts: after the last comma of the words before it."""
    comma = text.rfind(",", gap_start, figure)
    position = comma + 1 if comma >= 0 else gap_start
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _rank_fact(
    article: Article, sentence: Sentence, rank: Rank, place: Placed, facts: list[RawFact]
) -> RawFact | None:
    """The rank as a fact of its subject; the growth the sentence gives the same province
    stands in for an unnamed subject ("Bắc Ninh dẫn đầu cả nước với mức tăng 11%")."""
    if rank.scope in ("regional", "temporal") or not (rank.rank == LAST or 1 <= rank.rank <= 63):
        return None
    if place.slug == NATION_SLUG:
        return None  # the nation has no rank among provinces ("the second highest in 5 years")
    if cues.names_stock(article.text, sentence.bounds[0], rank.start):
        return None  # a rank by what was built up over the years
    subject = ranked_subject(article.text, sentence.bounds, sentence.mentions, rank)
    if (subject is None or subject.blocks) and figures.names_a_part(
        article.text, sentence.bounds[0], rank.start
    ):
        return None  # "the province's processing industry grew fastest": the sector's rank
    if (subject is None or subject.blocks) and article.topic and place.explicit:
        subject = Mention(rank.start, rank.start, article.topic, growth=True)
    grows = any(f.province == place.slug and f.indicator == "grdp" for f in facts)
    if (subject is None or subject.blocks) and grows:
        subject = Mention(rank.start, rank.start, "grdp", growth=True)
    if (subject is None or subject.blocks) and (
        _ranks_growth_before(article.text, sentence, rank)
        or (
            rank.scope == "national"
            and (
                _GROWTH_NOUN.search(article.text, sentence.bounds[0], rank.start)
                or _RANKED_IN_GROWTH.match(article.text, rank.end)
            )
        )
    ):
        subject = Mention(rank.start, rank.start, "grdp", growth=True)
    if subject is None or subject.blocks or "rank" not in REGISTRY[subject.indicator].measures:
        return None
    if subject.indicator == "grdp" and _ranks_size(article, sentence, rank):
        return None
    if subject.indicator not in _RANKED_BY_GROWTH and not _RANKED_IN_GROWTH.match(
        article.text, rank.end
    ):
        return None  # "first in exports", "fourth in budget revenue": a rank by size
    when = _when(article, sentence, subject, rank.start, rank.end, "rank")
    if when is None:
        return None
    out_of = rank.out_of
    if out_of is None and (rank.scope == "national" or subject.indicator == "pci" or article.topic):
        out_of = 34 if when.period.after_merger else 63
    if rank.rank == LAST and out_of is None:
        return None
    unit = f"rank/{out_of}" if out_of else "rank"
    start, end = min(subject.start, rank.start), max(subject.end, rank.end)
    if article.text[start:end].isdigit():
        # "...; thứ 2 khu vực và thứ 10 cả nước": a bare number is quoted with the
        # words before it in its clause
        back = max(sentence.bounds[0], start - _BARE_RANK_QUOTE)
        if back > sentence.bounds[0] and article.text[back - 1].isalnum():
            back = article.text.find(" ", back, start) + 1 or start  # from a whole word
        start = back + len(article.text[back:end]) - len(article.text[back:end].lstrip())
    return RawFact(
        place.slug,
        subject.indicator,
        "rank",
        float(out_of if rank.rank == LAST and out_of else rank.rank),
        unit,
        when.period,
        "",
        start,
        end,
        _uncertain(article, place, when),
    )


_BARE_RANK_QUOTE = 60  # how far back the quote of a rank given as a bare number reaches
# A sentence that opens by pointing back: "It ranks 14th out of 63", "Elle s'est classée 6e",
# "En effet, elle a occupé la 7e position".
_POINTS_BACK = re.compile(
    r"\s*(?:(?:en\s+effet|indeed|in\s+fact|thus|ainsi|moreover|en\s+outre|also)\s*,?\s*)?"
    r"(?:it|this|that|the\s+(?:province|city)|elle|il|la\s+(?:province|ville)|cela|ceci|c['’]est"
    r"|đây|điều\s+này"  # "Đây là ..., đưa tỉnh đứng thứ 10/63"
    r"|(?:tỉnh|thành\s+phố|địa\s+phương)\s+(?:này|đó)|kết\s+quả\s+này|với\s+kết\s+quả\s+(?:này|đó))"
    r"(?!\w)",
    re.IGNORECASE,
)


# ... or by naming its province before the rank: "So với các tỉnh vùng đồng bằng sông Hồng thì
# Hưng Yên xếp thứ 7/11 ... và xếp thứ 27/63", "Thai Binh ranks 14th".
_NAMED_RANK_OPENING = re.compile(
    r"\s*(?:(?i:so\s+với|compared\s+(?:to|with)|par\s+rapport\s+(?:à|aux?))\s+[^.;]{0,80}?"
    r"(?:\s+thì|,)\s+)?(?i:tỉnh\s+|thành\s+phố\s+|the\s+province\s+of\s+)?"
    r"[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,3}\s+(?:xếp\s+thứ|đứng\s+thứ|ranks?|ranked|se\s+classe)"
    r"(?!\w)"
)


def _ranks_growth_before(text: str, sentence: Sentence, rank: Rank) -> bool:
    """True for a national rank (out of all provinces, said or not) in a sentence that points
    back at the one before, when that one gave economic growth ("GRDP grew 7.75%. It ranks
    14th out of 63", "... une croissance de 10,27%. Elle s'est classée 6e du pays")."""
    if sentence.previous is None or rank.scope != "national":
        return False
    # "...; thứ 2 khu vực và thứ 10 cả nước": a clause after a semicolon that opens
    # with the rank goes on with the subject of the clause before
    goes_on = text[sentence.previous[1] : sentence.bounds[0]].strip().startswith(";") and (
        RANK_OPENS.match(text, sentence.bounds[0]) is not None
    )
    if not (
        goes_on
        or _POINTS_BACK.match(text, sentence.bounds[0])
        or _NAMED_RANK_OPENING.match(text, sentence.bounds[0])
    ):
        return False
    before = sentence.previous
    if goes_on and any(m.indicator == "grdp" for m in find_mentions(text, *before)):
        return bool(_GROWTH_WORD.search(text, *before))
    # "Cụ thể, khu vực dịch vụ tăng 7,02%; …": the parts of the growth before it (the whole
    # sentence, when semicolons split it)
    opens = whole_sentence_start(text, before[0])
    if _BREAKDOWN.match(lowered(text), opens):
        before = (whole_sentence_start(text, opens - 1), opens)
    named = [m for m in find_mentions(text, *before) if not m.blocks]
    if not named:  # "Trà Vinh a enregistré une croissance de 10,27%": growth, said alone
        return bool(_GROWTH_RATE.search(text, *before))
    return named[-1].indicator == "grdp" and (
        named[-1].growth or bool(_GROWTH_WORD.search(text, *before))
    )


# A sentence giving the parts of the figure before it ("Cụ thể, khu vực I tăng 2,73%").
_BREAKDOWN = caseless(
    r"\s*(?:cụ\s+thể|trong\s+đó|specifically|in\s+particular|in\s+detail|en\s+détail)(?!\w)"
)
# Growth named, or a percent rise of GRDP ("GRDP của thành phố tăng 6,25%").
_GROWTH_WORD = re.compile(
    r"(?<!\w)(?:growth|tăng\s+trưởng|croissance)(?!\w)"
    r"|(?<!\w)(?:tăng|grew|rose|increased|expanded|progressé|augmenté|crû)\s+(?:by\s+|de\s+)?"
    r"\d[\d.,]*\s?(?:%|per\s*cent)",
    re.IGNORECASE,
)
# The growth rate a national rank in the same sentence is of: "Compared with the growth rate of
# the first 6 months in the country, Long An ranked 49th".
_GROWTH_NOUN = re.compile(
    r"(?<!\w)(?:growth\s+rate|economic\s+growth|tốc\s+độ\s+tăng\s+trưởng|taux\s+de\s+croissance"
    r"|croissance\s+économique)(?!\w)",
    re.IGNORECASE,
)
# Economic growth said with no indicator named: "une croissance de 10,27%", "growth of 7%".
_GROWTH_RATE = re.compile(
    r"(?<!\w)(?:(?:economic\s+)?growth|tăng\s+trưởng(?:\s+kinh\s+tế)?|croissance(?:\s+économique)?)"
    r"\s+(?:rate\s+)?(?:of\s+|de\s+|đạt\s+|reached\s+|atteint\s+)?(?:plus\s+de\s+|over\s+|hơn\s+)?"
    r"\d[\d.,]*\s?(?:%|per\s*cent)",
    re.IGNORECASE,
)


# Indicators whose ranks are read: growth (GRDP), an index (PCI), and the FDI tables the
# press ranks provinces by. A rank in any other level ("dẫn đầu cả nước về kim ngạch xuất
# khẩu") is a rank by size, which is no fact.
_RANKED_BY_GROWTH = frozenset({"grdp", "pci", "fdi_registered"})

_SIZE = re.compile(
    r"(?<!\w)(?:(?:economic|econom(?:y|ies))\s+(?:scale|size)|in\s+(?:economic\s+)?(?:scale|size)"
    r"|largest|biggest|quy\s+mô|taille|plus\s+grandes?|economic\s+(?:power|might|strength))(?!\w)",
    re.IGNORECASE,
)


def _ranks_size(article: Article, sentence: Sentence, rank: Rank) -> bool:
    """True for a rank by the size of the economy (no growth rank): said so around it, said so
    by the article, or ranking a level ("78.000 milliards ..., 44e rang national")."""
    text = article.text
    if _SIZE.search(
        text, max(sentence.bounds[0], rank.start - 40), min(sentence.bounds[1], rank.end + 40)
    ):
        return True
    before = [q for q in sentence.quantities if q.end <= rank.start]
    if before and before[-1].kind == "money":
        return True
    if before and before[-1].kind == "percent":
        return False  # "a growth rate of 9.08%, ranking ... 22nd nationwide": the rate's rank
    if _IN_TERMS_OF_LEVEL.match(text, rank.end):
        return True  # "12th nationwide in terms of GRDP", no rate before: the level's rank
    return (
        article.by_size
        and not _RANKED_IN_GROWTH.match(text, rank.end)
        and not growth_named_after(text, rank.end, sentence.bounds[1])
    )


_IN_TERMS_OF_LEVEL = re.compile(
    r"\s*(?:nationwide\s+|in\s+the\s+country\s+)?in\s+terms\s+of\s+(?:the\s+)?(?:GRDP"
    r"|gross\s+regional\s+domestic\s+product)(?:\s*\(GRDP\))?(?!\s*(?:growth|increase))",
    re.IGNORECASE,
)
_RANKED_IN_GROWTH = re.compile(
    r"\s*(?:(?:cả\s+nước|toàn\s+quốc|nationwide|in\s+the\s+country)\s+)?"  # "thứ 6 cả nước về ..."
    r"(?:in|for|by|về|en)\s+(?:terms\s+of\s+)?(?:\w+\s+)?(?:growth|tăng\s+trưởng|croissance)",
    re.IGNORECASE,
)
