"""Which province each figure of a sentence is about.

A figure belongs to the province named nearest before it in its sentence ("Thai Nguyen's
exports reached ... while Binh Duong earned ..."). Names listed together and followed by as
many figures of one kind go in order ("Ha Noi and Can Tho ... 5.8 and 4.02 per cent,
respectively"; "followed by Y and Z with 13.5% and 12.9%"). A sentence that names no province
is about the province the text is talking about: the article's, until a sentence opens with
another province or gives one a figure ("Hải Phòng ranked second ... The city's budget
revenue ..."). When front matter declares the provinces, the text never changes the subject
and figures of other provinces are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefings.domain.geography import CITIES, NATION_SLUG
from briefings.extraction.places import GROUP, Place
from briefings.extraction.text import whole_sentence_start

# A sentence opens with a province when at most a short phrase and a comma come before it; the
# phrase may hold a number with a decimal comma ("Với mức giảm 1,42%, Bà Rịa - Vũng Tàu là").
# A preposition may come first: "Với Thái Nguyên, ...", "As for Hai Duong, ...", "À Hanoï".
_OPENING = re.compile(
    r"\s*[\"'“‘(]?(?:(?:[^,.;:\n]|(?<=\d)[.,](?=\d)){0,40},\s*)?"
    r"(?i:(?:as\s+for|for|in|regarding|pour|quant\s+à|à|với|đối\s+với|riêng|tại)\s+)?$"
)
_AFTER_COMMA = re.compile(r"[^.;:]*(?:,|\s(?:là|is|was|est))\s*$")
# A sentence that opens with its figure names its province later ("Over 4 million tourists
# visited Lai Chau", "Gần 2 triệu lượt khách đã đến Hà Giang"), unless it compares.
_FIGURE_OPENS = re.compile(
    r"\s*[\"'“‘]?(?:(?:over|more\s+than|nearly|almost|about|around|some|hơn|gần|khoảng|trên"
    r"|plus\s+de|près\s+de|environ|quelque)\s+)?$",
    re.IGNORECASE,
)
_WITH_OPENS = re.compile(r"\s*(?:với|with|avec)\s", re.IGNORECASE)
# "grew 9.4% in Da Nang, 8.8% in Can Tho": the province named right after its figure
_IN_PLACE_AFTER = re.compile(
    # ("mức 7,38% là của Lào Cai", "mức tăng 8% của Hải Phòng": Lào Cai's, Hải Phòng's)
    r"\s+(?:in|at|tại|ở|à|(?:là\s+)?của)\s+(?:the\s+(?:province|city)\s+of\s+"
    r"|(?:la\s+)?(?:province|ville)\s+de\s+|tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?$",
    re.IGNORECASE,
)
_COMPARED = re.compile(r"\d|than|compar|so\s+với|\bque\b|par\s+rapport", re.IGNORECASE)
# A sentence opening with "This locality" speaks of the province the sentence before named
# last ("... namely Bac Giang province. This locality exported ...").
_ANAPHOR = re.compile(
    # after at most two short lead phrases ("En effet, l'année dernière, cette localité ...")
    r"(?:\s*[^,.;:]{1,30},){0,2}"
    r"(?:\s*(?:this|that)\s+(?:locality|province|city)(?!\w)|\s*(?:cette|la\s+même)\s+"
    r"(?:localité|province|ville)(?!\w)|\s*(?:địa\s+phương|tỉnh|thành\s+phố)\s+(?:này|đó)(?!\w))",
    re.IGNORECASE,
)
# A sentence opening with "The city" speaks of a city: the one named last before, else the
# article's ("... after Bac Giang (13.6%). The city also set ..." in a report on Hai Phong).
_CITY_OPENS = re.compile(
    r"\s*(?:the|this)\s+city(?!\w)(?!\s+of\s)|\s*(?:la|cette)\s+ville(?!\w)(?!\s+de\s)"
    r"|\s*thành\s+phố\s+(?:cũng|đã|đang|sẽ|này|đặt|có)(?!\w)",
    re.IGNORECASE,
)
# The nation as a sentence's subject or destination: "Viet Nam welcomed", "đến Việt Nam", "le
# Vietnam a enregistré", "cả nước". Not an agency's or a paper's name ("Vietnam News Agency").
_NATION_SUBJECT = re.compile(
    r"(?<![\w(])(?:viet\s*nam|việt\s+nam|le\s+vietnam|cả\s+nước|toàn\s+quốc|the\s+country"
    r"|le\s+pays|nationwide)(?![\w)])(?!['’]s\s+(?:news|airlines|national)|\s+(?:news|airlines"
    r"|national\s+(?:authority|administration)|plus|pictorial|law|investment\s+review|net|express"
    r"|economic\s+times)|\s*(?:\(|–|-)\s*(?:vna|vns))",
    re.IGNORECASE,
)
# Words before the nation that make it no subject: the province's ("the city's imports through
# border gates nationwide"), a rank ("đứng thứ 5 cả nước", "the highest in the country").
_NOT_NATION_BEFORE = re.compile(
    r"(?<!\w)(?:thành\s+phố|tỉnh|the\s+(?:city|province)|la\s+(?:ville|province)|thứ|xếp|đứng"
    r"|rank\w*|among|parmi|highest|lowest|fastest|first|top|plus|cao|thấp|nhất|dẫn)(?!\w)",
    re.IGNORECASE,
)
_NOT_A_YEAR = re.compile(r"(?<!\d)(?!20\d\d(?!\d))\d")


_OPENING_MAX = 120  # an opening of 80 characters, then the nation's name


def _opens_with_nation(lead: str) -> bool:
    """True when the words before the nation's name leave it the sentence's subject: a short
    opening ("Theo Cục Du lịch, năm 2024 "), no number but a year, no rank, no province."""
    return len(lead) <= 80 and not _NOT_A_YEAR.search(lead) and not _NOT_NATION_BEFORE.search(lead)


# The nation as what the indicator is measured in, before the sentence's first figure: "FDI
# capital in Vietnam as of September 30 reached", "vốn đăng ký vào Việt Nam đạt", "les
# exportations du Vietnam"; or a national office's release the sentence opens by citing
# ("According to the Ministry of Finance, the state budget revenue for 2024 increased").
_NATION_SCOPE = re.compile(
    r"(?<!\w)(?:in|into|to|of|vào|tại|của|au|du|en)\s+(?:viet\s*nam|việt\s+nam)(?![\w'’])"
    r"(?!\s+(?:news|airlines|national|plus|pictorial|net|express))"
    # "số liệu ... của Cục Đầu tư nước ngoài": the data of the agency that counts the nation's
    r"|(?<!\w)(?:của|from|by)\s+(?:the\s+)?(?:cục\s+đầu\s+tư\s+nước\s+ngoài"
    r"|foreign\s+investment\s+agency)(?!\w)"
    r"|(?<!\w)(?:(?:according\s+to|theo|selon)\s+(?:(?:a\s+|the\s+)?(?:report|data|figures)\s+"
    r"(?:from|of|by)\s+|(?:báo\s+cáo|số\s+liệu)\s+(?:của\s+)?|(?:le\s+)?rapport\s+du\s+|les"
    r"\s+données\s+du\s+)?(?:the\s+)?(?:ministry\s+of\s+finance|general\s+statistics\s+office"
    r"|national\s+statistics\s+office|gso|foreign\s+investment\s+agency|bộ\s+tài\s+chính"
    r"|tổng\s+cục\s+thống\s+kê|cục\s+thống\s+kê\s+quốc\s+gia|cục\s+đầu\s+tư\s+nước\s+ngoài"
    r"|ministère\s+des\s+finances|office\s+général\s+des\s+statistiques))(?!\w)(?!\s+(?:of|de|tỉnh)\s)",
    re.IGNORECASE,
)
# Words that tie a figure to a province the sentence does not name: "the province's", "của
# tỉnh", "its", "trên địa bàn".
PROVINCE_WORDS = re.compile(
    r"(?<!\w)(?:tỉnh|thành\s+phố|địa\s+bàn|địa\s+phương|province|city|locality|its|ville"
    r"|localité|son|sa|ses)(?!\w)",
    re.IGNORECASE,
)


def _national_scope(text: str, start: int, first_figure: int) -> bool:
    """True when the sentence measures its indicator for the nation before its first figure,
    ties it to no province, and names no rank before the nation."""
    scope = _NATION_SCOPE.search(text, start, first_figure)
    if scope is None or PROVINCE_WORDS.search(text, start, first_figure):
        return False
    return not _NOT_NATION_BEFORE.search(text, max(start, scope.start() - 20), scope.start())


_FIELD_BEFORE = re.compile(r"/\s*(?:\d{1,2}\s*)?$")  # "thứ 4/13 tỉnh", "5th/14 provinces"
_FIELD_AT = re.compile(r"\d{1,2}\s*/\s*\d{1,2}(?!\d)")


# "An Giang ... vượt qua Quảng Ninh để lên top 3, với 24,1 triệu lượt khách": the province
# overtaken is the comparison's object; a figure in brackets right after it is its own
# ("Phú Thọ vượt qua Đồng Nai (35,01 tỷ USD)").
_OVERTAKES = re.compile(
    r"(?<!\w)(?:vượt\s+qua|overtak(?:ing|es)|overtook|surpass(?:ing|ed|es)|dépassant|a\s+dépassé"
    r"|devançant|(?:đứng|xếp)\s+(?:ngay\s+)?sau|behind|derrière)\s+(?:(?:tỉnh|thành\s+phố|the|la"
    r"|le)\s+)?$",
    re.IGNORECASE,
)
_OWN_BRACKET = re.compile(r"\s*\(\s*$")


def _overtaken(text: str, place: Place, figure: int) -> bool:
    """True for a province named as the one another overtook, unless the figure is its own."""
    if not _OVERTAKES.search(text, max(0, place.start - 30), place.start):
        return False
    return not _OWN_BRACKET.fullmatch(text, place.end, figure)


# "compared to other provinces in the region, ranking 6th": provinces named as a base
_BASE_BEFORE = re.compile(
    r"(?:compared\s+(?:to|with)|than|so\s+với|par\s+rapport\s+aux?)\s+(?:the\s+|các\s+)?$",
    re.IGNORECASE,
)


# "the enlarged city, made up of the old city plus two provinces A and B, grew ...": the
# provinces listed as what a merged one is made of
_MEMBERS_BEFORE = re.compile(
    r"(?:comprising|made\s+up\s+of|consisting\s+of|merged\s+from|(?:formed|created)\s+(?:from|by)"
    r"\s+(?:the\s+)?merg(?:er|ing)(?:\s+of)?|comprenant|regroupant|issue?\s+de\s+la\s+fusion\s+d"
    r"|(?:hợp\s+nhất|sáp\s+nhập)\s+từ|trên\s+cơ\s+sở\s+(?:hợp\s+nhất|sáp\s+nhập))[^\d.;:!?()]{0,80}$",
    re.IGNORECASE,
)


def _member(text: str, place: Place) -> bool:
    """True for a province named among those a merged province was made of."""
    return bool(_MEMBERS_BEFORE.search(text, max(0, place.start - 120), place.start))


def _in_aside(text: str, sentence: int, place: Place, figure: int) -> bool:
    """True for a province named in brackets closed before the figure: "dẫn đầu vùng (TPHCM đạt
    7,07%; Đồng Nai đạt 8,86%) và xếp thứ 8/34" compares, the rank is the subject's."""
    start = min(sentence, whole_sentence_start(text, place.start, _ASIDE_REACH))
    opened = text.rfind("(", start, place.start)
    return opened > text.rfind(")", start, place.start) and text.find(")", place.end, figure) >= 0


_ASIDE_REACH = 300


def _field(text: str, start: int) -> bool:
    """True for provinces named after a ranking's size ("thứ 4/13 tỉnh"): its field."""
    return bool(
        _FIELD_AT.match(text, start) or _FIELD_BEFORE.search(text, max(0, start - 8), start)
    )


_RESPECTIVELY = re.compile(r"respectively|respectivement|lần\s+lượt|tương\s+ứng", re.IGNORECASE)


@dataclass(frozen=True)
class Placed:
    """A figure's province, and whether the sentence names it (else it is the subject's)."""

    slug: str
    explicit: bool
    name_end: int = -1  # where the name that gave it ends
    name_start: int = -1
    paired: bool = False  # one of names listed before figures, in order ("A and B, 7% and 8%")


def _named_after(text: str, places: Sequence[Place], slot: Slot) -> Placed | None:
    """The province named right after a figure ("9.4% in Da Nang"), if one is."""
    after = next((p for p in places if p.start >= slot.end), None)
    if after is None or after.slug == GROUP or after.start - slot.end > _NAMED_AFTER_REACH:
        return None
    if not _IN_PLACE_AFTER.fullmatch(text, slot.end, after.start):
        return None
    return Placed(after.slug, True, after.end, after.start)


_NAMED_AFTER_REACH = 30


@dataclass(frozen=True)
class Slot:
    """A figure to place: where it is, and its kind (figures listed together share one)."""

    start: int
    end: int
    kind: str


# The nation's GDP, not a province's GRDP: "GDP rose 5.1% in the third quarter", said in a
# report of a government meeting that names its one province only further on.
_NATIONAL_GDP = re.compile(r"(?<![\w-])GDP(?![\w-])")


class Discourse:
    """The province the text is talking about, sentence after sentence."""

    def __init__(self, province: str, declared: frozenset[str], *, inferred: bool = False) -> None:
        self.province = province
        self.home = province  # the article's own province
        self.declared = declared
        # the article's province was only inferred from the provinces its text names (no
        # title, address or front matter gives one), and none has been named yet
        self.unnamed = inferred and province != NATION_SLUG

    def place(
        self, text: str, bounds: tuple[int, int], places: Sequence[Place], slots: Sequence[Slot]
    ) -> list[Placed]:
        """The province of each figure of the sentence ``bounds``, in the order given."""
        first = min((slot.start for slot in slots), default=bounds[1])
        scope = not places and (
            _national_scope(text, bounds[0], first) or self._national_gdp(text, bounds)
        )
        placed = [
            _named_after(text, places, slot) or self._nearest(text, bounds, places, slot, scope)
            for slot in slots
        ]
        for run in _runs(places, slots):
            names = _listed([p for p in places if run.after <= p.start < slots[run.first].start])
            for first, figures in _kinds(slots[run.first : run.last + 1]):
                if _pairs(names, figures):
                    for i, name in enumerate(names):
                        placed[run.first + first + i] = Placed(
                            name.slug, True, name.end, name.start, paired=True
                        )
        return placed

    def _nearest(
        self,
        text: str,
        bounds: tuple[int, int],
        places: Sequence[Place],
        slot: Slot,
        national_scope: bool,
    ) -> Placed:
        # "xếp thứ 4/13 tỉnh, thành phố vùng ... và 26/63": the provinces a rank is among are
        # the ranking's field, not its subject
        before = [
            p
            for p in places
            if p.end <= slot.start
            and not (slot.kind == "rank" and p.slug == GROUP and _field(text, p.start))
            and not (p.slug == GROUP and _BASE_BEFORE.search(text, max(0, p.start - 25), p.start))
            and not _in_aside(text, bounds[0], p, slot.start)
            and not _overtaken(text, p, slot.start)
            and not _member(text, p)
        ]
        if before:
            return Placed(before[-1].slug, True, before[-1].end, before[-1].start)
        later = [p for p in places if p.start >= slot.end and p.slug != GROUP]
        sole = len({p.slug for p in later}) == 1
        # "Với tổng vốn ... 1,39 tỷ USD, ..., TP Hồ Chí Minh đã vượt qua Bắc Giang": the clause
        # after the opening "with ..." names its subject first, whoever it names after
        opened = bool(later) and bool(_WITH_OPENS.match(text, bounds[0], slot.start))
        between = text[slot.end : later[0].start] if sole or opened else ""
        if (sole or opened) and (
            _AFTER_COMMA.match(between)
            or (
                _FIGURE_OPENS.fullmatch(text, bounds[0], slot.start)
                and not _COMPARED.search(between)
            )
        ):
            # "Với tăng trưởng đạt 11,5%, Thanh Hóa là ...": the province follows its figure
            return Placed(later[0].slug, True, later[0].end, later[0].start)
        # the nation opens the sentence or is no subject: look no further than an opening
        nation = _NATION_SUBJECT.search(text, bounds[0], min(slot.start, bounds[0] + _OPENING_MAX))
        if (
            nation
            and self.province != NATION_SLUG
            and not self.declared
            and _opens_with_nation(text[bounds[0] : nation.start()])
        ):
            # "In 2024 Viet Nam welcomed ... and earned ...": the sentence's subject is the nation
            return Placed(NATION_SLUG, True, nation.end(), nation.start())
        if national_scope and self.province != NATION_SLUG and not self.declared:
            return Placed(NATION_SLUG, True)
        return Placed(self.province, False)

    def _national_gdp(self, text: str, bounds: tuple[int, int]) -> bool:
        """True for a sentence on GDP, naming no province and no province word, before the text
        has named the province it is inferred to be about."""
        return (
            self.unnamed
            and _NATIONAL_GDP.search(text, *bounds) is not None
            and PROVINCE_WORDS.search(text, *bounds) is None
        )

    def follow(self, text: str, start: int, places: Sequence[Place], given: Sequence[str]) -> None:
        """Move the subject to the province a sentence opens with, or last gave a figure to."""
        if self.unnamed and any(p.slug != GROUP for p in places):
            self.unnamed = False
        if self.declared:
            return
        provinces = [slug for slug in given if slug != GROUP]
        if len(set(provinces)) > 1:
            return  # a list of provinces ("A (15.6%), B (14.5%)"): none of them is the subject
        if provinces:
            self.province = provinces[-1]
            return
        if self.home == NATION_SLUG:
            return  # "Ce lundi, à Hanoï, le gouvernement a ...": a venue, no subject
        opening = [p for p in places if p.slug != GROUP and _OPENING.match(text[start : p.start])]
        if opening:
            self.province = opening[0].slug

    def refer(self, text: str, start: int, previous: Sequence[Place]) -> None:
        """Move the subject to the province the sentence before named last, when the sentence
        at ``start`` opens by pointing back at it ("This locality ...", "Tỉnh này ...")."""
        named = [p for p in previous if p.slug != GROUP]
        if self.declared:
            return
        if named and _ANAPHOR.match(text, start):
            self.province = named[-1].slug
        elif self.province not in CITIES and _CITY_OPENS.match(text, start):
            cities = [p.slug for p in named if p.slug in CITIES]
            home = [self.home] if self.home in CITIES else []
            self.province = next(iter(cities[-1:] or home), self.province)

    def allows(self, slug: str) -> bool:
        """False for a group of provinces, and for provinces front matter does not declare."""
        return slug != GROUP and (not self.declared or slug in self.declared)


@dataclass(frozen=True)
class _Run:
    first: int  # index of its first figure
    last: int
    after: int  # where the names it may pair with begin (the previous figure's end)


def _runs(places: Sequence[Place], slots: Sequence[Slot]) -> list[_Run]:
    """Figures that follow each other with no province named between them."""
    runs: list[_Run] = []
    previous_end = -1
    for i, slot in enumerate(slots):
        if runs and not any(slots[i - 1].end <= p.start < slot.start for p in places):
            runs[-1] = _Run(runs[-1].first, i, runs[-1].after)
        else:
            runs.append(_Run(i, i, previous_end))
        previous_end = slot.end
    return runs


def _kinds(figures: Sequence[Slot]) -> list[tuple[int, Sequence[Slot]]]:
    """A run's figures cut where their kind changes, each part with its offset: "A và B đứng
    thứ 7 và 8 với tỷ trọng tương ứng 10,48% và 9,72%" pairs the names with each part."""
    parts: list[tuple[int, Sequence[Slot]]] = []
    first = 0
    for i in range(1, len(figures) + 1):
        if i == len(figures) or figures[i].kind != figures[first].kind:
            parts.append((first, figures[first:i]))
            first = i
    return parts


def _listed(names: list[Place]) -> list[Place]:
    """The names a list gives, without the group that introduces it ("several localities,
    including A, B and C")."""
    while names and names[0].slug == GROUP:
        names = names[1:]
    return names


def _pairs(names: Sequence[Place], figures: Sequence[Slot]) -> bool:
    """True when the names listed before a run of figures match them one by one."""
    slugs = [p.slug for p in names]
    return (
        len(names) >= 2
        and len(figures) == len(names)
        and GROUP not in slugs
        and len(set(slugs)) == len(slugs)
        and len({f.kind for f in figures}) == 1
    )


def opens_with(text: str, start: int, name_start: int) -> bool:
    """True when the sentence starting at ``start`` opens with the name at ``name_start``
    (perhaps after a short phrase and a comma): the province is the sentence's subject."""
    return name_start >= start and bool(_OPENING.match(text[start:name_start]))


def without_respectively(words: str) -> str:
    """``words`` with "respectively" blanked out (same length): "une hausse respectivement de
    15%" reads as "une hausse de 15%"."""
    return _RESPECTIVELY.sub(lambda found: " " * len(found.group()), words)


def respectively(text: str, start: int, end: int) -> bool:
    """True when "respectively" (or its French or Vietnamese) is said in ``text[start:end]``."""
    return bool(_RESPECTIVELY.search(text, start, end))
