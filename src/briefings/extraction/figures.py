"""What each figure of a sentence is, before it is read: a list item, a range, a mark.

"VND 8.55 trillion (363.9 million USD)" says one figure twice; "ranging from 5.84 to 6.4 per
cent" is a range; "the $10 billion mark" a threshold; "$16.7 billion in exports" names its
subject after it; "exports and imports rose 7.5% and 3.1% respectively" pairs them in order;
"Quảng Ngãi (-1,07%)" is a province's growth with its subject left out; a list introduced by
"tasks" or "targets" holds targets; "une hausse de 13,5% des ventes au détail" names its
subject after the change; "they" and "ils" carry the subject of the sentence before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.domain.geography import NATION_SLUG
from briefings.extraction import cues
from briefings.extraction.attribution import Placed, opens_with, respectively
from briefings.extraction.lexicon import Mention, find_mentions, mention_at
from briefings.extraction.numbers import Quantity
from briefings.extraction.places import GROUP, Place, find_places
from briefings.extraction.text import whole_sentence_start

if TYPE_CHECKING:
    from briefings.extraction.rules import Sentence

_MAX_BARE = 60  # from a province's name to its bare percent
_MAX_BARE_GROWTH = 100  # ... when "growth of" comes right before it
_ARRIVAL_NOUNS = re.compile(r"arrival|visitor|tourist|khách|visiteur|touriste|arrivée")
_POSTPOSED = re.compile(
    r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:(?:has|have|had)\s+been\s+|was\s+|were\s+)?"
    r"(?:collected|poured|disbursed|spent|earned|invested)?\s*(?:worth\s+of|in|on|for|into|of|from"
    r"|en|de|d['’]|des|grâce\s+aux?|pour)\s*(?:the\s+|l['’]|les\s+|la\s+)?",
    re.IGNORECASE,
)
# "thu hút 2 tỷ USD vốn đầu tư nước ngoài": the capital named right after its amount
_CAPITAL_NAMED_AFTER = re.compile(r"\s+(?=vốn\s)", re.IGNORECASE)
# "(VND 68.5 trillion)", "(around VNĐ68.5 trillion)", "(khoảng 1,5 tỷ USD)"
_EQUIVALENT = re.compile(
    rf"\s*\(\s*(?:{cues.QUALIFIERS}\s+|(?:equivalent\s+to|tương\s+đương|soit)\s+)?$",
    re.IGNORECASE,
)
# (after the month its figure is of: "up 4% in May and 3% over five months")
_LIST_GAP = re.compile(
    r"(?:\s+(?:in|en|trong|riêng)\s+(?:tháng\s+(?:1[0-2]|[1-9])|(?:january|february|march|april|may"
    r"|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre)(?:\s+alone)?))?"
    r"\s*(?:,|;)?\s*(?:and|và|et)?\s*(?:(?:by|de)\s+)?",
    re.IGNORECASE,
)
_RANGE_BEFORE = re.compile(
    r"(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|variant|compris|between|entre|từ)"
    r"(?:\s+(?:from|de|entre))?\s*$",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"\s*(?:to|and|à|et|đến|tới|-|–)\s*", re.IGNORECASE)
_OTHER_GROWTH = re.compile(
    r"(?<!\w)(?:industr\w*|agricultur\w*|agricole|services?|manufactur\w*|construction|tourism"
    r"|export\w*|import\w*|retail|investment|investissement|công\s+nghiệp|nông|dịch\s+vụ"
    r"|xây\s+dựng|du\s+lịch|xuất|nhập|bán\s+lẻ|đầu\s+tư)(?!\w)",
    re.IGNORECASE,
)
_GROWTH_WORD = re.compile(
    r"(?<!\w)(?:growth|grew|grow|expand(?:ed|s)?|croissance|progress\w*|tăng\s+trưởng"
    r"|mức\s+tăng)(?!\w)",
    re.IGNORECASE,
)
# "affichant une croissance de 8,3%", "posting growth of 7%": the growth named right before.
_GROWTH_RIGHT_BEFORE = re.compile(
    rf"(?<!\w)(?:croissance|growth|tăng\s+trưởng)\s+(?:de\s+|of\s+|ở\s+mức\s+)?"
    rf"(?:{cues.QUALIFIERS}\s+)?$",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")
_POSSESSED = re.compile(r"(?:của|of|de|du|d'|des)\s*$", re.IGNORECASE)
# "la province de Lai Chau", "the city of Hai Phong": a name, not something the province owns.
_DESIGNATION = re.compile(
    r"(?:province|city|municipality|ville|tỉnh|thành\s+phố|growth|croissance|tăng\s+trưởng)\s*$",
    re.IGNORECASE,
)


def lists_targets(text: str, position: int, sentence: int, first_figure: int) -> bool:
    """True inside a list introduced by targets: "Tasks for Q2: budget revenue of ...; ...",
    "For 2024, the province targets ..., at least VNĐ55.6 trillion ... and $3 billion ..."."""
    before = re.split(r"[.!?\n]", text[max(0, position - 300) : position])[-1]
    before = _BRACKETED.sub(" ", before)  # "(target: 8.1%)": no list opens inside brackets
    intro, colon, _ = before.partition(":")
    if not colon:
        intro = text[max(sentence, first_figure - 300) : min(first_figure, position)]
    if _RESULTS.search(intro) or _ESTIMATED.search(text, max(sentence, position - 60), position):
        return False  # "... is estimated to increase by 10%": a result, whatever list it is in
    return cues.names_target(intro) or bool(_PLANS.search(intro))


_BRACKETED = re.compile(r"\([^()]*\)")
_RESULTS = re.compile(
    r"(?<!\w)(?:results?|achieved|completed|reached|met|exceeded|surpassed|kết\s+quả|đạt|vượt"
    r"|résultats?|atteint|dépassé"
    # a meeting that reviews a year: the tasks it also sets are its agenda, not a list of targets
    r"|tổng\s+kết|sơ\s+kết|reviewing|bilan)(?!\w)",
    re.IGNORECASE,
)
_ESTIMATED = re.compile(
    r"(?<!\w)(?:(?:is|was|are|were)\s+estimated|ước\s+(?:đạt|tính|tăng|giảm)|est\s+estimée?s?"
    r"|estimée?s?\s+à)(?!\w)[^.;:()]{0,40}$",
    re.IGNORECASE,
)
_PLANS = re.compile(
    r"(?<!\w)(?:tasks?|orientations?|plans?\s+for|nhiệm\s+vụ|phương\s+hướng|tâches?)(?!\w)",
    re.IGNORECASE,
)


_MARK = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:mark|threshold|milestone|club|barrier|seuil|barre)(?!\w)",
    re.IGNORECASE,
)


def lists_on(gap: str) -> bool:
    """True when only a comma or "and" separates a figure from the one before it."""
    return bool(_LIST_GAP.fullmatch(gap))


# "27 items with export turnover of over $1 billion", "5 thị trường đạt trên 1 tỷ USD": a
# class that counted things fall in, not a figure of the province or the nation.
_COUNTED_CLASS = re.compile(
    r"(?<![\w.,])\d+\s+(?:[\w-]+\s+){0,2}?(?:items?|products?|commodities|goods|enterprises"
    r"|firms|companies|markets|mặt\s+hàng|nhóm\s+hàng|doanh\s+nghiệp|thị\s+trường|produits"
    r"|entreprises|marchés)(?!\w)[^.;:\n]{0,60}?(?:over|above|more\s+than|exceeding|at\s+least"
    r"|trên|hơn|plus\s+de)\s*(?:US\$|\$|USD|VN[DĐ])?\s*$",
    re.IGNORECASE,
)


# "des taux de croissance supérieurs à 10 %", "16 des 34 localités ... d'au moins 8 %", "growth
# rates above 10%": the bar a group of provinces clears, not any one's figure.
_GROUP_BAR = re.compile(
    r"(?:supérieur(?:e)?s\s+à|rates\s+(?:of\s+)?(?:above|over|exceeding|higher\s+than|at\s+least)"
    r"|(?<!\w)\d+\s+(?:des\s+\d+\s+|of\s+(?:the\s+)?\d+\s+|trên\s+\d+\s+)?(?:provinces"
    r"|localities|localités|địa\s+phương|tỉnh)[^.;]{0,80}?(?:at\s+least|above|over|more\s+than"
    r"|d'au\s+moins|supérieure?s?\s+à|plus\s+de|trên|từ)"
    # "A, B và C có mức tăng cao nhất, đều trên 8%" (all above 8%): a bar several provinces
    # clear, no one's figure
    r"|(?<!\w)(?:đều|cùng|all|both|tous|toutes)\s+(?:(?:tăng|đạt|grew|rose|at)\s+)?(?:trên|hơn|từ"
    r"|above|over|more\s+than|at\s+least|au-dessus\s+de|plus\s+de|supérieure?s?\s+à))\s*$",
    re.IGNORECASE,
)


# "increased by VND 20,340 billion compared to 2021 (VND 155,400 billion)": the base's level
_BASE_IN_BRACKETS = re.compile(
    r"(?:compared\s+(?:to|with)|so\s+với|par\s+rapport\s+(?:à|au))\s+(?:năm\s+)?20\d\d\s*\(\s*"
    r"(?:VND|VNĐ|US\$|USD|\$)?\s*$",
    re.IGNORECASE,
)


def base_in_brackets(text: str, quantity: Quantity) -> bool:
    """True for a level in brackets after the year it is compared with: that year's level."""
    return bool(_BASE_IN_BRACKETS.search(text, max(0, quantity.start - 40), quantity.start))


# Whose figure a subject is, when it is no province's: "Dong Anh's budget revenue" (a name that
# is no province), "Hoan Kiem is the second district in terms of budget revenue", "huyện Đông Anh"
_OWNER = re.compile(r"((?:[A-ZĐ][\w-]*\s+){0,3}[A-ZĐ][\w-]*)['’]s\s+(?:[a-z]+\s+){0,2}$")
_NOT_AN_OWNER = re.compile(
    r"(?:the|this|that|its|their|last|next|each|every|in|on|viet\s*nam|việt\s+nam|vn|asean)(?!\w)",
    re.IGNORECASE,
)
_DISTRICT = re.compile(
    r"(?<!\w)(?<!each\s)(?<!every\s)(?<!all\s)(?:district|commune|ward)(?![\w-])"
    r"|(?<!\w)(?:huyện|quận|thị\s+xã|phường)\s+[A-ZĐ]"
)


def below_province(text: str, sentence: int, subject: Mention) -> bool:
    """True for a subject that a district, town or firm owns: its figures are no province's."""
    clause = max(text.rfind(c, sentence, subject.start) for c in ",.;:") + 1
    clause = max(clause, sentence)
    if _DISTRICT.search(text, clause, subject.start):
        return True
    owner = _OWNER.search(text, max(clause, subject.start - 60), subject.start)
    if owner is None or _NOT_AN_OWNER.match(owner.group(1)):
        return False
    return not find_places(owner.group(1))


# "cây cà phê (sản lượng khoảng 450.000 tấn/năm, kim ngạch xuất khẩu đạt khoảng 1 tỷ USD)": an
# aside on a crop or product, its output in tonnes, whose export is the product's
_PRODUCT_ASIDE = re.compile(
    r"\((?:[^()]*?\d\s*(?:tấn|tonnes?|tons?|t)(?!\w))[^()]*$", re.IGNORECASE
)


def in_product_aside(text: str, quantity: Quantity) -> bool:
    """True for a figure in brackets that first give a product's output in tonnes."""
    return bool(_PRODUCT_ASIDE.search(text, max(0, quantity.start - 120), quantity.start))


def part_of_total(text: str, quantity: Quantity) -> bool:
    """True for a level said to be a share of a total the text gave before ("Retail sales
    reached VNĐ1.3 trillion, accounting for 76.8 per cent of the total, and up 8.8 per cent"):
    a part's, as is any change said of it after; a named total ("of the country's total
    investment") leaves the level its own."""
    return quantity.kind in ("money", "count") and bool(_SHARE_OF_TOTAL.match(text, quantity.end))


_SHARE_OF_TOTAL = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s*,\s*(?:accounting\s+for|accounts\s+for|making\s+up|representing"
    r"|chiếm(?:\s+tỷ\s+(?:trọng|lệ))?|soit|représentant)\s+(?:(?:khoảng|gần|hơn|about|nearly|over"
    r"|près\s+de|plus\s+de)\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)\s+(?:of\s+the\s+total|du\s+total"
    r"|tổng\s+(?:mức|số|vốn|thu))(?=\s*(?:[,.;)]|and\b|et\b|và\b|$))",
    re.IGNORECASE,
)


def threshold(text: str, quantity: Quantity) -> bool:
    """True for a mark, not a figure: "surpassing the $10 billion mark", "vượt ngưỡng 10%",
    "5 items of over $10 billion", "growth rates above 10%"."""
    return (
        bool(_MARK.match(text, quantity.end))
        or bool(_GROUP_BAR.search(text, max(0, quantity.start - 130), quantity.start))
        or bool(_MARK_BEFORE.search(text, max(0, quantity.start - 60), quantity.start))
        or bool(_COUNTED_CLASS.search(text, max(0, quantity.start - 110), quantity.start))
        or _first_time_over(text, max(0, quantity.start - 110), quantity.start)
    )


def _first_time_over(text: str, start: int, end: int) -> bool:
    """``_FIRST_TIME_OVER`` in ``text[start:end]``, searched only where one of its openers is."""
    window = text[start:end].lower()
    if not any(word in window for word in _FIRST_TIME_WORDS):
        return False
    return _FIRST_TIME_OVER.search(text, start, end) is not None


# The mark named before its figure, or passed "for the first time" after the verb: "vượt ngưỡng
# 10%", "franchi le seuil des 700 milliards", "dépasse pour la première fois les 700 milliards",
# "vượt mức 15.000 tỷ đồng" (then the sum itself, in brackets).
_MARK_BEFORE = re.compile(
    r"(?<!\w)(?:ngưỡng|mốc|(?:le\s+)?seuil\s+(?:des?|du|d['’])|(?:la\s+)?barre\s+(?:des?|du|d['’])"
    r"|(?:le\s+)?cap\s+(?:des?|du|d['’])|(?:the\s+)?(?:threshold|mark)\s+of|vượt\s+mức"
    r"|(?:dépass\w*|franchi\w*|exceed\w*|surpass\w*|topp?\w*|vượt|passed|crossed)\s+"
    r"(?:pour\s+la\s+première\s+fois|for\s+the\s+first\s+time|lần\s+đầu(?:\s+tiên)?))"
    r"(?:\s+(?:les?|la|the))?\s*(?:US\$|\$|USD|VN[DĐ])?\s*$",
    re.IGNORECASE,
)
_FIRST_TIME_WORDS = (
    "lần đầu",
    "đầu tiên",
    "liên tiếp",
    "first time",
    "consecutive",
    "première fois",
)
# A mark passed for the first time, or again: "lần đầu tiên thu ngân sách vượt 30.000 tỷ
# đồng", "năm thứ 3 liên tiếp thu hơn 100.000 tỷ đồng", "for the first time topped".
_FIRST_TIME_OVER = re.compile(
    r"(?:lần\s+đầu(?:\s+tiên)?|năm\s+đầu\s+tiên|năm\s+thứ\s+\d+\s+liên\s+tiếp"
    r"|\d+\s+năm\s+liên\s+tiếp|(?:for\s+)?the\s+first\s+time|consecutive\s+years?"
    r"|pour\s+la\s+première\s+fois|années\s+consécutives)"
    r"(?:[^.;:\n\d]|\.(?=\S)){0,60}?(?:vượt(?:\s+mốc)?|hơn|trên|đạt\s+trên|over|above|more\s+than"
    r"|exceed\w*|surpass\w*|topp?\w*|plus\s+de|dépass\w*)\s*(?:US\$|\$|USD|VN[DĐ])?\s*$",
    re.IGNORECASE,
)


# Growth without the oil a province pumps is a second reading of it, beside the headline rate:
# "if crude oil is excluded, growth reaches 8%", "GRDP không kể dầu thô tăng 8%", "hors pétrole".
_WITHOUT_OIL = re.compile(
    r"(?<!\w)(?:(?:if|when)\s+(?:the\s+)?(?:crude\s+oil|oil(?:\s+and\s+gas)?)(?:\s+\w+){0,2}?\s+"
    r"(?:is|are)\s+(?:excluded|not\s+(?:included|counted))|excluding\s+(?:crude\s+)?oil"
    r"|(?:without|ex)\s+crude\s+oil|(?:nếu\s+)?không\s+(?:kể|tính|bao\s+gồm)\s+(?:yếu\s+tố\s+)?dầu"
    r"(?:\s+thô|\s+khí)?|trừ\s+dầu\s+(?:thô|khí)|hors\s+pétrole|(?:sans|en\s+excluant)\s+(?:le\s+)?"
    r"pétrole|pétrole\s+(?:brut\s+)?exclu)(?!\w)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.;!?]\s|\n")


def without_oil(text: str, quantity: Quantity) -> bool:
    """True for a growth rate said without the oil sector, in its clause before it or right
    after it ("GRDP grows 6.9% if crude oil is not counted")."""
    if quantity.kind != "percent":
        return False
    if _WITHOUT_OIL.search(text, whole_sentence_start(text, quantity.start, 90), quantity.start):
        return True
    after = _CLAUSE_BREAK.search(text, quantity.end, quantity.end + 45)
    return bool(
        _WITHOUT_OIL.search(text, quantity.end, after.start() if after else quantity.end + 45)
    )


# "up 23% in the number of projects", "tăng 11,5% về số lượng dự án": a change in how many.
_IN_NUMBER = re.compile(
    r"\s*(?:(?:year[-\s]on[-\s]year|so\s+với\s+cùng\s+kỳ)\s+)?(?:in\s+(?:terms\s+of\s+)?(?:the\s+)?"
    r"(?:number|count)\s+of|về\s+số(?:\s+lượng)?(?!\w)|en\s+nombre(?:\s+de)?(?!\w))",
    re.IGNORECASE,
)


def counts_change(text: str, quantity: Quantity) -> bool:
    """True for a percent change in a count of things, said after it: no change of the amount
    the sentence is about ("600 projects worth $4 billion, up 20% in the number of projects")."""
    return quantity.kind == "percent" and bool(_IN_NUMBER.match(text, quantity.end))


def names_arrivals(text: str, quantity: Quantity) -> bool:
    """True for a count of visitors: "welcomed 2.1 million visitors" names its own subject;
    "10 triệu lượt khách quốc tế" counts a part of them."""
    if quantity.kind != "count" or not _ARRIVAL_NOUNS.search(quantity.noun):
        return False
    if _ONE_ORIGIN_BEFORE.search(text, max(0, quantity.start - 90), quantity.start):
        return False  # "les touristes internationaux ont atteint 5,54 millions d'arrivées"
    if _PASSENGERS_BEFORE.search(text, max(0, quantity.start - 60), quantity.start):
        return False  # "khối lượng khách vận chuyển đạt 7,1 triệu lượt": passengers carried
    if _EVENT_BEFORE.search(text, max(0, quantity.start - _EVENT_REACH), quantity.start):
        return False  # "Tuần du lịch ... thu hút trên 172.000 lượt du khách": one event's
    return not _ONE_ORIGIN_AFTER.match(text, quantity.end)


_PASSENGERS_BEFORE = re.compile(
    r"(?:(?:hành\s+)?khách\s+(?:được\s+)?vận\s+chuyển|vận\s+(?:chuyển|tải)\s+(?:hành\s+)?khách"
    r"|hành\s+khách|passengers?|passagers?"
    r")[^,;.]{0,30}$"
    # "23 paquebots(,) transportant plus de 45.000 visiteurs": cruise passengers, a part
    r"|(?:paquebots?|croisières?|cruise\s+ships?|tàu\s+(?:du\s+lịch\s+)?biển|du\s+thuyền)"
    r"(?:[^,;.]{0,15},)?[^,;.]{0,30}$",
    re.IGNORECASE,
)
# A festival, a tourism week or a holiday, and the rest of its clause.
_EVENT_BEFORE = re.compile(
    r"(?<!\w)(?:tuần\s+(?:lễ\s+)?du\s+lịch|lễ\s+hội|festivals?|fêtes?|(?:dịp|kỳ)\s+(?:nghỉ\s+)?(?:lễ|tết)"
    r"|kỳ\s+nghỉ|(?:the\s+)?(?:\w+-day\s+)?(?:holidays?|tet)\b|hội\s+chợ|tourism\s+week)"
    r"[^.;!?\n]*$",
    re.IGNORECASE,
)
_EVENT_REACH = 140
# Visitors from one side only (the convention counts them all, or none).
_ORIGIN = r"(?:quốc\s+tế|nội\s+địa|trong\s+nước|nước\s+ngoài|internationaux|étrangers|nationaux)"
_ONE_ORIGIN_BEFORE = re.compile(
    rf"(?:(?<!and\s)(?:international|foreign|domestic|overseas)\s+(?:tourists?|visitors?|arrivals)"
    rf"|(?:touristes|visiteurs)\s+{_ORIGIN}(?!\s+et)|khách\s+(?:du\s+lịch\s+)?{_ORIGIN}(?!\s+và))"
    r"[^,;.]{0,40}$",
    re.IGNORECASE,
)
_ONE_ORIGIN_AFTER = re.compile(
    rf"\s*(?:khách\s+)?(?:du\s+lịch\s+)?{_ORIGIN}(?!\w)(?!\s*(?:và|et|,)\s*(?:khách\s+)?{_ORIGIN})",
    re.IGNORECASE,
)


def equivalent(text: str, quantities: list[Quantity], index: int) -> bool:
    """True for money in brackets right after money: a conversion, not another figure."""
    if index == 0 or quantities[index].kind != "money":
        return False
    previous = quantities[index - 1]
    between = text[previous.end : quantities[index].start]
    return previous.kind == "money" and bool(_EQUIVALENT.fullmatch(between))


def share_amount(text: str, quantities: list[Quantity], index: int) -> bool:
    """True for the amount of a share ("châu Á chiếm tỷ trọng 49%, tương đương 860 triệu
    USD"): a part's, as is any change said of it after."""
    if index == 0 or quantities[index].kind != "money" or quantities[index - 1].kind != "percent":
        return False
    previous = quantities[index - 1]
    return bool(_SHARE_EQUIVALENT.fullmatch(text, previous.end, quantities[index].start)) and bool(
        _SHARE_BEFORE.search(text, max(0, previous.start - _SHARE_REACH), previous.start)
    )


_SHARE_EQUIVALENT = re.compile(
    r"\s*[,(]?\s*(?:tương\s+đương(?:\s+với)?|equivalent\s+to|soit|équivalant\s+à)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|about|nearly|over|environ|près\s+de|plus\s+de))?\s*",
    re.IGNORECASE,
)
_SHARE_BEFORE = re.compile(
    r"(?<!\w)(?:chiếm|tỷ\s+trọng|accounting\s+for|accounts?\s+for|making\s+up|share\s+of"
    r"|représentant|part\s+de)(?!\w)",
    re.IGNORECASE,
)
_SHARE_REACH = 40


def postposed(
    text: str, quantity: Quantity, sentence: int, carried: cues.CueKind = "none"
) -> Mention | None:
    """The indicator named right after a level ("$16.7 billion in exports") or after a change
    ("une hausse de 13,5% des ventes au détail", "a 9% rise in exports"); for a change the
    mention starts where its clause does, so that the words before the figure are read.
    ``carried`` is the change a list of such figures carries on ("increases of 4.8% in X,
    13.4% in Y and 7.1% in Z")."""
    if quantity.kind == "percent":
        return _postposed_change(text, quantity, sentence, carried)
    if quantity.kind not in ("money", "count"):
        return None
    lead = _POSTPOSED.match(text, quantity.end)
    if lead is None or lead.end() == quantity.end:
        lead = _CAPITAL_NAMED_AFTER.match(text, quantity.end)
        if lead is None:
            return None
    found = mention_at(text, lead.end())
    if found is not None:
        return Mention(quantity.start, quantity.start, found.indicator, found.growth)
    return None


_CHANGE_OF = re.compile(
    r"\s*(?:(?:rise|increase|growth|jump|gain|drop|decline|fall|decrease|contraction)\s+)?"
    r"(?:(?:year[-\s]on[-\s]year|on[-\s]year|annually|en\s+glissement\s+annuel)\s+)?"
    r"(?:in|of|des|du|de\s+la|de\s+l['’]|d['’])\s*(?:the\s+|l['’]|les\s+|la\s+)?",
    re.IGNORECASE,
)


def postposed_name(text: str, quantity: Quantity, changed: bool = False) -> Mention | None:
    """The indicator named right after a percent ("4.8% in the index of industrial
    production"), with its own span; ``changed``: the percent is known to be a change."""
    lead = _CHANGE_OF.match(text, quantity.end)
    if quantity.kind != "percent" or lead is None or lead.end() == quantity.end:
        return None
    return mention_at(text, lead.end(), changed=changed)


def _postposed_change(
    text: str, quantity: Quantity, sentence: int, carried: cues.CueKind
) -> Mention | None:
    found = postposed_name(text, quantity, carried != "none")
    if found is None:
        return None
    clause = max(text.rfind(",", sentence, quantity.start) + 1, sentence)
    cue = cues.read_cue(text[clause : quantity.start]).kind
    changed = carried != "none" or cue in ("up", "down")
    if not changed and cues.read_after(text, quantity.end).change == "none":
        return None  # "45% of exports": a share, not a change
    return Mention(clause, clause, found.indicator, found.growth)


def respective(
    text: str, mentions: list[Mention], quantities: list[Quantity], end: int
) -> dict[int, Mention]:
    """Figures paired with the indicators named before them, when "respectively" says so."""
    percents = [i for i, q in enumerate(quantities) if q.kind == "percent"]
    if len(percents) < 2 or not respectively(text, quantities[percents[0]].start - 80, end):
        return {}
    first = quantities[percents[0]].start
    named: list[Mention] = []
    for mention in mentions:
        if mention.end <= first and not mention.blocks:
            named = [m for m in named if m.indicator != mention.indicator] + [mention]
    if len(named) < len(percents):
        # "2.6 million visitors, including 152,000 foreigners, up 14% and 17% respectively":
        # the first rate is the total's, the others its parts'.
        parts = named and any(m.lists and named[-1].end <= m.start < first for m in mentions)
        if not parts:
            return {}
        rest = {i: Mention(first, first, "") for i in percents[1:]}  # the parts': no subject
        return {percents[0]: named[-1], **rest}
    return dict(zip(percents, named[-len(percents) :], strict=True))


def ranges(text: str, quantities: list[Quantity]) -> set[int]:
    """Both ends of a range: "ranging from 5.84 per cent to 6.4 per cent", "từ 7% đến 8%"."""
    found: set[int] = set()
    for i in range(len(quantities) - 1):
        first, second = quantities[i], quantities[i + 1]
        if _RANGE_JOIN.fullmatch(text, first.end, second.start) and _RANGE_BEFORE.search(
            text, max(0, first.start - 30), first.start
        ):
            found |= {i, i + 1}
    return found


def named_after(sentence: Sentence, subject: Mention, quantity: Quantity) -> bool:
    """True when a province is named between a blocker and the figure: "dont : Quang Ninh"."""
    return any(subject.end <= p.start < quantity.start and p.slug != GROUP for p in sentence.places)


# An aside listing what a total includes, closed by a comma and the total's verb: "FDI,
# including new projects and added capital, reached USD 20 billion".
_INCLUDING = re.compile(r"including|bao\s+gồm|y\s+compris|incluant", re.IGNORECASE)
_ASIDE_CLOSED = re.compile(
    r"[^\d.;()]{1,160},\s*(?:(?:has|have|had|đã)\s+)?(?P<verb>reached|hit|totall?ed|amounted\s+to"
    r"|stood\s+at|rose\s+to|increased\s+to|đạt|a\s+atteint|atteint|s['’]élève\s+à)"
    r"\s+(?:about|around|nearly|over|more\s+than|gần|hơn|khoảng|près\s+de|plus\s+de)?\s*",
    re.IGNORECASE,
)


def aside_closed(text: str, blocker: Mention, figure: int) -> int | None:
    """Where the total's verb starts, when ``blocker`` opens an aside that lists what the total
    includes and a comma closes it right before the verb and the figure; else None."""
    if not _INCLUDING.fullmatch(text, blocker.start, blocker.end):
        return None
    closed = _ASIDE_CLOSED.fullmatch(text, blocker.end, figure)
    return closed.start("verb") if closed else None


_JOINT = re.compile(r"(?:\s+(?:et|and|và)\s+|\s*&\s*)$", re.IGNORECASE)
_JOINT_VERB = re.compile(
    r"\s+(?:ont|have|had|together|ensemble|cùng|đã|combined|attracted|thu\s+hút)", re.IGNORECASE
)


def joint(text: str, sentence: Sentence, quantity: Quantity, place: Placed) -> bool:
    """True for two provinces as one subject of an amount ("Hai Phong et Quang Ninh ont attiré
    7,82 milliards"): the amount is their sum, neither's. A rate said of both ("X và Y đều tăng
    10%") is each one's."""
    if quantity.kind == "percent" or not place.explicit or place.name_start < 0:
        return False
    joined = _JOINT.search(text, max(0, place.name_start - 8), place.name_start)
    if joined is None or not any(p.end == joined.start() for p in sentence.places):
        return False
    return _JOINT_VERB.match(text, place.name_end) is not None


# The index of one industry, whose list of provinces is no list of their IIP.
_SUB_INDEX = re.compile(
    r"chỉ\s+số\s+(?:sản\s+xuất\s+)?(?:của\s+)?ngành|index\s+(?:of|for)\s+(?:the\s+)?[\w\s,]{0,40}?"
    r"(?:sector|industry)|indice\s+d[eu]\s+(?:la\s+)?(?:secteur|branche)",
    re.IGNORECASE,
)


# "Về địa phương, ...", "By province, ...": the figures after it give, province by province,
# the indicator named just before
_BY_LOCALITY = re.compile(
    r"(?<!\w)(?:(?:về|theo|xét\s+(?:theo|về)|phân\s+theo|tại)\s+(?:các\s+)?địa\s+phương"
    r"|by\s+(?:localit(?:y|ies)|provinces?)|par\s+(?:province|localité)s?)\s*[,:]",
    re.IGNORECASE,
)
_BREAKDOWN_REACH = 400  # from "by province" to the figures it announces, and back to the name


def breakdown_topic(text: str, at: int) -> str | None:
    """The indicator a breakdown by province gives the figures of ("Doanh thu bán lẻ ... tăng
    8,4%. Về địa phương, Hải Phòng tăng 11,9%"): the one named last before the words "by
    province", in their paragraph; None when no such words come shortly before ``at``."""
    paragraph = text.rfind("\n", 0, at) + 1
    cues_before = list(_BY_LOCALITY.finditer(text, max(paragraph, at - _BREAKDOWN_REACH), at))
    if not cues_before:
        return None
    cue = cues_before[-1]
    start = whole_sentence_start(text, max(0, cue.start() - _BREAKDOWN_REACH))
    named = [m for m in find_mentions(text, start, cue.start()) if m.indicator and not m.blocks]
    return named[-1].indicator if named else None


# A sector named as a subject: its figures are a part of the economy's or of the IIP's.
_SECTOR = re.compile(
    r"manufactur\w*|processing|chế\s+biến|industrie\s+manufacturière|ngành|lĩnh\s+vực|secteur"
    r"|khu\s+vực\s+(?:công|nông|dịch)|(?:\w+\s+)?(?:sector|industry)|agriculture|services?",
    re.IGNORECASE,
)


def names_a_part(text: str, start: int, end: int) -> bool:
    """True when the last indicator words between ``start`` and ``end`` (list words aside) name
    a sector, so that the figures after them are the sector's, not the province's."""
    named = [m for m in find_mentions(text, start, end) if not m.lists]
    return (
        bool(named)
        and named[-1].blocks
        and bool(_SECTOR.fullmatch(text, named[-1].start, named[-1].end))
    )


def bare(
    text: str,
    topic: str | None,
    sentence: Sentence,
    subject: Mention | None,
    quantity: Quantity,
    place: Placed,
) -> Mention | None:
    """GRDP, for a percent right after a province's name and no subject: the ranked indicator
    in a ranking article ("Quảng Ngãi (-1,07%)"), economic growth elsewhere ("Quang Ninh a
    connu une croissance de 10,28%")."""
    if quantity.kind != "percent" or not place.explicit or place.slug in (GROUP, NATION_SLUG):
        return None
    if subject is not None and not subject.blocks:
        return None
    growth_before = _GROWTH_RIGHT_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
    reach = _MAX_BARE_GROWTH if growth_before else _MAX_BARE
    if not 0 <= quantity.start - place.name_end <= reach:
        return None
    between = _without_ranks(text, place.name_end, quantity.start, sentence)
    if growth_before:
        between = _A_YEAR.sub(" ", between)  # "... économique en 2024, affichant une croissance de"
    if any(ch.isdigit() for ch in between) or any(
        place.name_end <= m.start < quantity.start for m in sentence.mentions
    ):
        return None
    name_start = next(p.start for p in sentence.places if p.end == place.name_end)
    owner = _POSSESSED.search(text, max(0, name_start - 8), name_start)
    if owner and not _DESIGNATION.search(text, max(0, owner.start() - 25), owner.start()):
        return None  # "chỉ số này của Hải Phòng": something of the province, not its growth
    topic = breakdown_topic(text, name_start) or topic
    if topic is None and not _GROWTH_WORD.search(between):
        return None
    opens = whole_sentence_start(text, name_start)
    if topic == "iip" and _SUB_INDEX.search(text, opens, name_start):
        return None  # "chỉ số của ngành sản xuất và phân phối điện ...: Hậu Giang tăng 165,2%"
    if names_a_part(text, opens, name_start):
        return None  # "IIP of the processing industry ...: A led with 30%; B rose by 20%"
    if _OTHER_GROWTH.search(between):
        return None  # "Quang Ninh's industrial growth of 12%": the growth of something else
    if _about_other_measure(text, name_start, quantity.start):
        return None
    return Mention(place.name_end, place.name_end, topic or "grdp", growth=True)


# The nation opening a sentence, then what it recorded: "Le Vietnam a enregistré une croissance
# de 6,8%", "Vietnam posted growth of 6.8%", "Việt Nam đạt mức tăng trưởng 6,8%".
_NATION_GREW = re.compile(
    r"\s*(?:\(?[\w\s.]{1,25}\)?\s*[-–—]\s*)?"  # a dateline: "(VOVWORLD) - ", "HÀ NỘI — "
    r"(?:(?:en|in|năm)\s+20\d\d\s*,?\s*)?(?:le\s+)?(?:viet\s*nam|việt\s+nam)(?:['’]s\s+economy)?"
    r"\s+(?:a\s+(?:enregistré|connu|affiché|atteint)|(?:has\s+)?(?:recorded|posted|achieved"
    r"|reached|saw|registered)|(?:đã\s+)?(?:đạt|ghi\s+nhận))\s+(?:une|a|an|mức)?\s*$",
    re.IGNORECASE,
)


def national_growth(
    text: str, sentence: Sentence, subject: Mention | None, quantity: Quantity, place: Placed
) -> Mention | None:
    """GDP growth, for a percent the sentence opens by saying the nation recorded as growth:
    "Le Vietnam a enregistré une croissance de 6,8%"."""
    if quantity.kind != "percent" or place.slug != NATION_SLUG:
        return None
    if subject is not None and not subject.blocks:
        return None
    growth = _GROWTH_RIGHT_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
    if growth is None:
        return None
    head = text[sentence.bounds[0] : growth.start()]
    if _NATION_GREW.fullmatch(head) is None:
        return None
    return Mention(growth.start(), growth.start(), "grdp", growth=True)


# What a list of provinces' percents may measure other than growth: the share of public
# investment disbursed, the change of a sum given in money.
_OTHER_MEASURE = re.compile(
    r"(?<!\w)(?:disburs\w*|giải\s+ngân|décaiss\w*)"
    r"|\d\s*(?:billion|million|tỷ|triệu|milliards?|millions?)\s*(?:USD|VND|US\$|dollars|đồng|dongs?)"
    r"|(?:USD|US\$|VND)\s*\d",
    re.IGNORECASE,
)
_OTHER_MEASURE_REACH = 600  # back from the province's name, within its paragraph


def _about_other_measure(text: str, name_start: int, figure: int) -> bool:
    """True when a province's bare percent (at ``figure``) measures something other than
    growth: its paragraph has spoken, since it last named growth, of disbursement ("... 40.2%
    of the plan ... this rate should reach 55.5% ... Thai Nguyen (75%), Phu Tho (70.1%)") or of
    sums in money ("Lang Son's turnover was 40.1 billion USD, ...; and Thai Nguyen with a 10.5%
    increase")."""
    lead = max(text.rfind("\n", 0, name_start) + 1, name_start - _OTHER_MEASURE_REACH)
    other = [m.end() for m in _OTHER_MEASURE.finditer(text, lead, name_start)]
    grown = [m.end() for m in _GROWTH_WORD.finditer(text, lead, figure)]
    grown += [m.end for m in find_mentions(text, lead, figure) if m.indicator == "grdp"]
    return bool(other) and (not grown or max(grown) < other[-1])


def ranked_amount(
    text: str,
    amounts: tuple[tuple[str, str], ...],
    sentence: Sentence,
    subject: Mention | None,
    quantity: Quantity,
    place: Placed,
) -> Mention | None:
    """The ranked indicator (FDI, exports, the budget), for a sum in its currency right after
    a province's name in an article ranking provinces by it ("Bac Ninh followed closely behind
    with over US$4.7 billion", "Đứng thứ hai là TP.HCM với gần 1,43 tỷ USD")."""
    ranked = dict(amounts).get(quantity.currency) if quantity.kind == "money" else None
    if ranked is None:
        return None
    opens = whole_sentence_start(text, quantity.start)
    if _SURPLUS.search(text, whole_sentence_start(text, max(0, opens - 2)), quantity.start):
        # "… xuất siêu trên 5 tỷ USD. Tiếp đến là Bình Dương (4,27 tỷ USD)": balances
        return None
    if any(0 <= place.name_start - p.end <= _LISTED_GAP for p in sentence.places):
        return None  # "Hanoi, HCMC, …, and Quang Ninh, generated more than …": their sum
    if place.name_start >= 0 and _LESS_OR_MORE_THAN.search(
        text, max(0, place.name_start - 12), place.name_start
    ):
        return None  # "chỉ kém Bắc Ninh 0,59 tỷ USD": a difference from the province
    if not place.explicit or place.slug in (GROUP, NATION_SLUG):
        return None
    if (subject is not None and not subject.blocks) or not (
        0 <= quantity.start - place.name_end <= _MAX_BARE
    ):
        return None
    between = _without_ranks(text, place.name_end, quantity.start, sentence)
    if any(ch.isdigit() for ch in between) or any(
        place.name_end <= m.start < quantity.start for m in sentence.mentions
    ):
        return None
    return Mention(place.name_end, place.name_end, ranked)


_SURPLUS = re.compile(
    r"(?<!\w)(?:xuất\s+siêu|nhập\s+siêu|trade\s+(?:surplus|deficit)|excédent|déficit)",
    re.IGNORECASE,
)
_LISTED_GAP = 6  # ", and ", " và ": a province listed right after another
_LESS_OR_MORE_THAN = re.compile(r"(?<!\w)(?:kém|hơn|than|que|behind)\s+$", re.IGNORECASE)
_RANK_REACH = 40  # "a growth rate of 10.54%, ranking 9th nationwide"


def ranked_growth(
    text: str, sentence: Sentence, subject: Mention | None, quantity: Quantity
) -> Mention | None:
    """GRDP, for a growth rate of no named indicator that is ranked nationwide right after it
    ("With a first-quarter growth rate of 10.54%, ranking 9th nationwide, Ha Nam ...")."""
    if quantity.kind != "percent" or (subject is not None and not subject.blocks):
        return None
    ranked = any(
        r.scope == "national" and 0 <= r.start - quantity.end <= _RANK_REACH for r in sentence.ranks
    )
    if not ranked:
        return None
    lead = max(sentence.bounds[0], quantity.start - _RANK_REACH)
    before = text[lead : quantity.start]
    growth = [found.end() for found in _GROWTH_WORD.finditer(before)]
    if not growth or _OTHER_GROWTH.search(before):
        return None
    if any(ch.isdigit() for ch in before[growth[-1] :]):
        return None  # another figure between the growth word and this one
    return Mention(quantity.start, quantity.start, "grdp", growth=True)


_BRACKET_OPEN = re.compile(
    r"\s*\(\s*(?:(?:plus\s+de|près\s+de|environ|hơn|gần|khoảng|trên|over|nearly|about|almost"
    r"|more\s+than)\s+)?(?:\+\s*)?",  # "Dong Nai (+ 5.2 percent, ...)"
    re.IGNORECASE,
)
# The bracket closes, or goes on with a comparison: "(+ 5.2 percent, higher than the + 2.9
# percent in the first quarter)", "(+ 6.1 percent, + 4.2 percent)".
_BRACKET_CLOSE = re.compile(
    r"\s*\)|,\s*(?:higher|lower|up|down|compared|against|\+|-|−)", re.IGNORECASE
)
_CHANGED = re.compile(
    r"(?<!\w)(?:ros[ei]|rising|increas\w*|grew|grow\w*|surg\w*|jump\w*|up|declin\w*|fell|fall\w*"
    r"|decreas\w*|down|tăng|giảm|hausse|baisse|progress\w*|augment\w*|recul\w*|croissance"
    r"|higher|faster|cao\s+hơn|nhanh\s+hơn)(?!\w)",
    re.IGNORECASE,
)


def bracketed(
    text: str, sentence: Sentence, subject: Mention | None, quantity: Quantity, place: Placed
) -> Mention | None:
    """The indicator of a figure in brackets after a province's name: a percent in a sentence
    that says the indicator changed ("sales rose in several provinces, led by A (15.6%) and
    B (14.5%)"), or an amount ("FDI went mostly to A (near USD 5 billion) and B (3.1 billion)").
    The indicator is the one the sentence names before its first province, else, when it names
    none ("provinces with the sharpest rise include A (74%)"), the last one the sentence before
    named in the same paragraph."""
    if quantity.kind not in ("percent", "money") or not place.explicit:
        return None
    if place.slug in (GROUP, NATION_SLUG):
        return None
    opened = _BRACKET_OPEN.match(text, place.name_end)
    if opened is None or opened.end() != quantity.start:
        return None
    if not _BRACKET_CLOSE.match(text, quantity.end):
        return None
    first_place = min(p.start for p in sentence.places if p.slug != GROUP)
    growth = quantity.kind == "percent"
    if growth and not _CHANGED.search(text, sentence.bounds[0], first_place):
        return None
    named = [m for m in sentence.mentions if m.end <= first_place and not m.blocks]
    if not named and subject is None and sentence.previous is not None:
        named = [m for m in find_mentions(text, *sentence.previous) if not m.blocks]
    if not named or (subject is not None and not subject.blocks and subject is not named[-1]):
        return None
    return Mention(place.name_end, place.name_end, named[-1].indicator, growth=growth)


_DESIGNATOR = re.compile(
    r"(?<!\w)(?:the\s+(?:province|city|municipality|locality)|(?:la\s+|cette\s+)?(?:province"
    r"|ville|localité))(?!\w)(?!'s|\s+(?:de|of)\s)",
    re.IGNORECASE,
)


def designated(
    text: str, sentence: Sentence, subject: Mention | None, quantity: Quantity, place: Placed
) -> Mention | None:
    """GRDP, for a percent after "the province" or "la ville" and a growth word, in a sentence
    that names no indicator and no province ("The province posted growth of 9.1%")."""
    if quantity.kind != "percent" or place.explicit or (subject is not None and not subject.blocks):
        return None
    start = max(sentence.bounds[0], quantity.start - _MAX_BARE)
    found = list(_DESIGNATOR.finditer(text, start, quantity.start))
    if not found or not opens_with(text, sentence.bounds[0], found[-1].start()):
        return None  # "the number of firms in the province grew": the province is no subject
    between = text[found[-1].end() : quantity.start]
    if any(ch.isdigit() for ch in between) or any(
        found[-1].end() <= m.start < quantity.start for m in sentence.mentions
    ):
        return None
    if not _GROWTH_WORD.search(between) or _OTHER_GROWTH.search(between):
        return None
    of = _OF_WHAT.match(text, quantity.end)
    if of and (_OTHER_GROWTH.match(text, of.end()) or mention_at(text, of.end())):
        return None  # "une croissance de 9% de ses exportations": the growth of something else
    return Mention(found[-1].end(), found[-1].end(), "grdp", growth=True)


_OF_WHAT = re.compile(
    r"\s*(?:in|of|de|des|du|d')\s*(?:(?:its|their|ses|leurs?|the|la|les|l')\s*)?", re.IGNORECASE
)


def _without_ranks(text: str, start: int, end: int, sentence: Sentence) -> str:
    """``text[start:end]`` with its ranks blanked: "Hà Nội đứng thứ 16 với mức tăng 8,16%" says
    the province's rank and then its growth, and the rank's digits are no other figure."""
    piece = list(text[start:end])
    for rank in sentence.ranks:
        for i in range(max(rank.start, start), min(rank.end, end)):
            piece[i - start] = " "
    return "".join(piece)


_PRONOUN = re.compile(
    r"(?<![\w'])(?:it|they|il|elle|ils|elles|celles?-ci|ceux-ci|cela|this\s+figure|ce\s+chiffre"
    r"|con\s+số\s+này|(?:le|ce)\s+montant|th(?:e|is)\s+amount)(?!\w)",
    re.IGNORECASE,
)


# What may stand between the pronoun and its figure: being, being estimated, reaching, rising.
_CARRIES = re.compile(
    r"\s*(?:(?:is|was|are|were|have|has|had|sont|ont|se\s+sont|ont\s+été|devraient|should)\s+)?"
    r"(?:also\s+|aussi\s+|également\s+|still\s+)?(?:(?:been\s+)?(?:estimated|expected|estimée?s?"
    r"|attendue?s?)\s+(?:at|à|to\s+reach)|reach(?:ed|es)?|atteint|atteindre|total(?:l?ed)?"
    r"|s'élev\w+\s+à|s'est\s+chiffrée?\s+à|rose|grew|increased|fell|declined|dropped|augmenté"
    r"|advanced|climbed|gained|edged\s+(?:up|down)|slipped"
    r"|progressé|crû|représente\s+une\s+(?:augmentation|hausse|progression|baisse)"
    r"|represents\s+an?\s+(?:increase|rise|decrease|drop)"
    r"|baissé|reculé|diminué|(?:en\s+)?(?:hausse|baisse)\s+de|up|down)"
    r"(?:\s+(?:by|of|de|d'))?(?:\s+(?:about|nearly|over|environ|plus\s+de|près\s+de))?\s*",
    re.IGNORECASE,
)


# A sentence that goes on down a ranking ("Tiếp theo là Bắc Ninh 28 tỷ USD; ...", "Followed
# by ...", "Xếp thứ hai và thứ ba lần lượt là ...") ranks by what the sentence before named.
_RANKING_GOES_ON = re.compile(
    r"\s*(?:(?:các\s+|những\s+)?(?:địa\s+phương|tỉnh(?:,\s+thành(?:\s+phố)?)?)\s+)?"
    r"(?:tiếp\s+(?:theo|đến|sau)(?:\s+là)?"
    r"|(?:xếp|đứng)\s+(?:sau|thứ\s+\w+(?:\s+và\s+thứ\s+\w+)?)(?:\s+lần\s+lượt)?(?:\s+là)?"
    r"|(?:it\s+was\s+|they\s+were\s+)?followed\s+by|next\s+(?:came|come|is|was|were)"
    r"|(?:viennent|suivent|suivie?s?\s+de)(?:\s+ensuite)?)(?!\w)",
    re.IGNORECASE,
)


# "... retail sales in December were X. Accumulated for the whole year 2023 is estimated to
# reach Y": the year-to-date figure of the indicator just named, with no name of its own.
_ACCUMULATED = re.compile(
    r"\s*(?:(?:the\s+)?(?:accumulated|cumulative)(?=\s+(?:[\w-]+\s+)?(?:increase|growth|rise))"
    r"|accumulated|cumulatively|in\s+cumulative\s+terms|lũy\s+kế|luỹ\s+kế|cộng\s+dồn"
    # "The cumulative estimate for 2025 is ...", "The total for the whole year is estimated at"
    r"|the\s+(?:cumulative|accumulated)\s+(?:estimate|total)"
    r"|the\s+total\s+for\s+the\s+(?:whole|full|entire)\s+year"
    r"|en\s+cumul(?:é)?|au\s+cumul(?:é)?)(?!\w)",
    re.IGNORECASE,
)
# "Chỉ số IIP quý III tăng 6,62%; 09 tháng tăng 4,3% so cùng kỳ": a span, then its change.
# It matches no word (a look-ahead to the figure): the span and the verb are the figure's cue.
_SPAN_THEN_CHANGE = re.compile(
    r"\s*(?=(?:(?:lũy|luỹ)\s+kế\s+|tính\s+chung\s+|cộng\s+dồn\s+)?(?:(?:0?\d|sáu|chín)\s+tháng"
    r"(?:\s+đầu\s+năm)?|quý\s+(?:I{1,3}|IV|[1-4])|cả\s+năm)(?:\s+(?:năm\s+)?20\d\d)?,?\s+"
    r"(?:ước\s+(?:tính\s+)?)?(?:tăng|giảm|đạt)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$)",
    re.IGNORECASE,
)
_ACCUMULATED_REACH = 90  # the opener, a period and a verb: "Lũy kế 9 tháng năm 2024 ước đạt"
# "De même, Long An a enregistré une hausse de 8,1 %": the same indicator as the sentence
# before, said of another province.
_LIKEWISE = re.compile(r"\s*(?:de\s+même|likewise|similarly|tương\s+tự)\s*,", re.IGNORECASE)
# A former province's part of the merged one's figure: "Riêng tỉnh X cũ đạt hơn 30.000 tỉ
# đồng", "The former X province alone reached ...".
_FORMER_PART = re.compile(
    r"\s*(?:(?i:riêng)\s+(?:(?i:khu\s+vực|địa\s+bàn)\s+)?(?:(?i:tỉnh|thành\s+phố)\s+)?"
    r"[A-ZĐ][^\W\d]*(?:\s+[A-ZĐ][^\W\d]*){0,3}\s*\(?(?i:cũ)\)?"
    r"|(?i:the\s+former)\s+[A-Z]\w*(?:\s+[A-Z]\w*){0,3}(?:\s+(?i:province|city))?\s+(?i:alone))"
    r"(?:\s*\([^()]{0,40}\))?\s*,?\s*(?:(?i:ước\s+)?(?i:đạt|tăng|reached|grew|rose))?"
    r"\s*(?:(?i:hơn|gần|khoảng|over|nearly|about)\s*)?"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_PERCENT_AHEAD = re.compile(r"[-−]?[\d.,\s]{1,12}(?:%|per\s*cent|pour\s+cent)")


def _last_sentence_start(text: str, start: int) -> int:
    """Where the sentence before ``start`` begins, across a paragraph break."""
    head = text[max(0, start - 400) : start].rstrip()
    ends = list(_SENTENCE_END.finditer(head, 0, max(0, len(head) - 1)))
    return max(0, start - 400) + (ends[-1].end() if ends else 0)


# A change said of the names before it, right before its rate: "cùng tăng", "ont toutes connu
# une croissance de", "both grew"
_SHARED_CHANGE = re.compile(
    rf"\s*(?:(?:{cues.ALIKE}|(?:ont|sont)\s+(?:tous|toutes)(?:\s+(?:deux|les\s+deux))?)\s+)?"
    r"(?:tăng(?:\s+trưởng)?|giảm|grew|rose|increased|fell|decreased|(?:were\s+)?(?:up|down)"
    r"|(?:connu|enregistré|affiché)\s+une\s+(?:croissance|hausse|progression|baisse))"
    r"(?:\s+(?:by|of|de|d'))?\s*",
    re.IGNORECASE,
)
# Between the names of a list: "Khánh Hòa và Long An", "Bình Dương, Đồng Nai, Cần Thơ"
_NAME_LIST = re.compile(r"\s*,\s*(?:(?:và|and|et)\s+)?|\s+(?:và|and|et)\s+", re.IGNORECASE)


def shared_by(
    text: str, sentence: Sentence, quantity: Quantity, place: Placed, listed: bool = False
) -> list[Place]:
    """The other provinces a rate is said of when a list of names comes right before it
    ("Khánh Hòa và Long An cùng tăng 9,1%", "Bình Dương, Đồng Nai, Cần Thơ cùng tăng 7%"),
    or, in a list of rates (``listed``), the names of one item ("..., Hanoi 8.4%, Ho Chi Minh
    City and Hai Phong 8.3%"): each has that rate. An amount after two names is their sum
    (``joint``), no one's."""
    if quantity.kind != "percent" or not place.explicit or place.name_start < 0:
        return []
    verb = _SHARED_CHANGE.fullmatch(text, place.name_end, quantity.start)
    if not verb and not (listed and not text[place.name_end : quantity.start].strip()):
        return []  # "A và B đứng thứ 7 và 8 với tỷ trọng tương ứng 10,48%": not one rate of both
    before = [p for p in sentence.places if p.end <= place.name_start]
    shared: list[Place] = []
    edge = place.name_start
    for name in reversed(before):
        if name.slug == GROUP or not _NAME_LIST.fullmatch(text, name.end, edge):
            break
        shared.append(name)
        edge = name.start
    return shared[::-1]


def _list_item_subject(text: str, start: int, first: int) -> Mention | None:
    """The indicator of a list a semicolon goes on with ("Bắc Ninh 28 tỷ USD; Bình Dương 22 tỷ
    USD"; "Khánh Hòa tăng 37%; Bắc Giang tăng 23,9%"): a clause holding only a name before its
    level, or a name and a change before its percent, carries the one the list named. A bare
    percent is left to ``bare`` ("Sơn La 6,26%" in a growth ranking)."""
    clause = text[start:first].strip(" \t(")
    if _PERCENT_AHEAD.match(text, first):
        change = cues.ITEM_CHANGE.search(clause)
        if change is None:
            return None
        clause = clause[: change.start()]
    if ";" not in text[max(0, start - 2) : start + 1] or not all(
        cues.names_only(name) for name in _NAME_LIST.split(clause)
    ):
        return None
    # The list may open with its own sentence ("Tiếp theo là ..."): look back two sentences.
    ends = list(_SENTENCE_END.finditer(text, max(0, start - 400), start))
    back = ends[-2].end() if len(ends) >= 2 else max(0, start - 400)
    named = find_mentions(text, back, start)
    if not named or named[-1].blocks:
        return None
    return Mention(start, start, named[-1].indicator, named[-1].growth)


# "Over the first nine months, the index advanced 7.9 per cent": the index named last before,
# paragraphs back if need be.
_THE_INDEX = re.compile(r"(?<!\w)(?:th(?:e|is)\s+index|(?:l['’]|cet\s+)indice)(?!\w)", re.I)
_INDEX_REACH = 1500
_INDICES = ("iip", "pci")


def _index_named_before(text: str, index: re.Match[str]) -> Mention | None:
    """The index (IIP, PCI) named last before ``index``, standing for it; None when none is."""
    named = find_mentions(text, max(0, index.start() - _INDEX_REACH), index.start())
    found = [m for m in named if m.indicator in _INDICES]
    if not found:
        return None
    return Mention(index.start(), index.end(), found[-1].indicator, found[-1].growth)


def pronoun_subject(text: str, sentence: Sentence, first: int) -> Mention | None:
    """The indicator a pronoun before a sentence's first figure stands for: the one named last
    in the sentence before, in the same paragraph ("... les IDE ont augmenté. Au cours des six
    premiers mois, ils sont estimés à ..."); None when a name comes first or no pronoun. A
    ranking that goes on ("Followed by Y (3 billion USD)") carries it the same way."""
    start = sentence.bounds[0]
    if any(m.start < first for m in sentence.mentions):
        return None
    index = _THE_INDEX.search(text, start, first)
    if index is not None and _CARRIES.fullmatch(text, index.end(), first):
        return _index_named_before(text, index)
    pronoun = _PRONOUN.search(text, start, first) if sentence.previous else None
    if pronoun is None or not _CARRIES.fullmatch(text, pronoun.end(), first):
        pronoun = _RANKING_GOES_ON.match(text, start, first)
    if pronoun is None and sentence.previous and first - start <= _ACCUMULATED_REACH:
        pronoun = _ACCUMULATED.match(text, start, first)  # "Accumulated for the year, ..."
        pronoun = pronoun or _SPAN_THEN_CHANGE.match(text, start, first)  # "; 9 tháng tăng"
        pronoun = pronoun or _LIKEWISE.match(text, start, first)  # "De même, Long An a ..."
        pronoun = pronoun or _FORMER_PART.fullmatch(text, start, first)  # "Riêng ... X cũ đạt"
    if pronoun is None:
        return _list_item_subject(text, start, first) if sentence.previous else None
    # A ranking may go on in a paragraph of its own: then the sentence before is the last one.
    before = sentence.previous or (_last_sentence_start(text, start), start)
    named = find_mentions(text, *before)
    if not named or named[-1].blocks:
        return None  # nothing named, or last a subject no indicator is ("... enterprises")
    return Mention(pronoun.start(), pronoun.end(), named[-1].indicator, named[-1].growth)
