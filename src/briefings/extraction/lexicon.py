"""How reports name the registry's indicators, in English, French and Vietnamese.

A *growth* name ("economic growth rate", "tăng trưởng kinh tế") already says the figure after
it is a change, so "economic growth is estimated at 7.94%" is a year-on-year percent while
"budget revenue reached 45%" is not. *Blockers* name other subjects (a sector, the nation,
"of which ...") and stop a figure being credited to an indicator named earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (indicator id, growth?, pattern). Longer names come first: the first alternative that matches
# at a position wins, so "import-export turnover" is never read as "export".
_NAMES: tuple[tuple[str, bool, str], ...] = (
    (
        "grdp_per_capita",
        False,
        r"(?:GRDP|GDP|gross\s+regional\s+domestic\s+product)\s+per\s+capita"
        r"|per[-\s]capita\s+(?:GRDP|GDP)|(?:GRDP|GDP)\s+(?:bình\s+quân|bq)\s+(?:đầu\s+người|người)"
        r"|(?:PIBR?|GRDP)\s+par\s+habitant",
    ),
    (
        "grdp",
        True,
        r"(?:economic|GRDP|GDP|economy)\s+growth(?:\s+rates?)?(?:\s+targets?)?"
        r"|(?:province's|provincial)\s+growth\s+rate|objectifs?\s+de\s+croissance"
        r"|mục\s+tiêu\s+tăng\s+trưởng"
        r"|growth\s+rates?\s+of\s+(?:the\s+)?(?:GRDP|gross\s+regional\s+domestic\s+product"
        r"|(?:the\s+)?(?:provincial\s+)?economy)|growth\s+targets?"
        r"|(?:tốc\s+độ\s+)?tăng\s+trưởng\s+(?:kinh\s+tế|GRDP)|tốc\s+độ\s+tăng\s+trưởng"
        r"|croissance\s+(?:économique|du\s+(?:PIBR|GRDP))|taux\s+de\s+croissance(?:\s+économique)?"
        r"|(?:the\s+)?(?:province's\s+|provincial\s+)?economy(?=\s+(?:grew|expanded|increased))",
    ),
    (
        "grdp",
        False,
        r"\bGRDP\b|gross\s+regional\s+domestic\s+product|total\s+product\s+(?:in|of)\s+the\s+province"
        r"|(?:size|scale)\s+of\s+the\s+(?:provincial\s+)?economy|economic\s+(?:size|scale)"
        r"|tổng\s+sản\s+phẩm\s+(?:trên\s+địa\s+bàn|trong\s+tỉnh)|quy\s+mô\s+(?:nền\s+)?kinh\s+tế"
        r"|\bPIBR\b|produit\s+intérieur\s+brut\s+régional",
    ),
    (
        "budget_revenue",
        False,
        r"(?:total\s+)?(?:state\s+)?budget\s+(?:revenues?|collections?)"
        r"|revenues?\s+(?:for|to|of)\s+the\s+(?:state\s+)?budget|state\s+revenues?"
        r"|(?:tổng\s+)?thu\s+ngân\s+sách(?:\s+nhà\s+nước)?"
        r"|recettes?\s+budgétaires?|recettes?\s+(?:du|au)\s+budget(?:\s+de\s+l'État)?",
    ),
    (
        "import_export",
        False,
        r"(?:total\s+)?(?:import[-\s]export|export[-\s]import|imports?\s+and\s+exports?"
        r"|exports?\s+and\s+imports?)(?:\s+(?:turnover|value|of\s+goods))?"
        r"|(?:tổng\s+)?(?:kim\s+ngạch\s+)?xuất,?\s+nhập\s+khẩu|import-exportations?"
        r"|(?:commerce|échanges)\s+extérieurs?"
        r"|(?:exportations|importations)\s+et\s+(?:des\s+|les\s+)?(?:importations|exportations)",
    ),
    (
        "export",
        False,
        r"(?:total\s+)?exports?(?:\s+(?:turnover|value|of\s+goods))?(?!\w)"
        r"|(?:kim\s+ngạch\s+)?xuất\s+khẩu|exportations?",
    ),
    (
        "import",
        False,
        r"(?:total\s+)?imports?(?:\s+(?:turnover|value|of\s+goods))?(?!\w)"
        r"|(?:kim\s+ngạch\s+)?nhập\s+khẩu|importations?",
    ),
    (
        "fdi_registered",
        False,
        r"\bFDI\b(?:\s+(?:capital|attraction|inflows?))?|foreign\s+direct\s+investment"
        r"|foreign\s+investment(?:\s+capital)?|vốn\s+(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?nước\s+ngoài"
        r"|đầu\s+tư\s+trực\s+tiếp\s+nước\s+ngoài|\bIDE\b|investissements?\s+directs?\s+étrangers?",
    ),
    (
        "retail_sales",
        False,
        r"(?:total\s+)?retail\s+sales(?:\s+of\s+(?:consumer\s+)?goods(?:\s+and\s+(?:consumer\s+)?"
        r"services?)?)?(?:\s+revenue)?|(?:total\s+)?retail\s+(?:revenue|turnover)"
        r"|tổng\s+mức\s+bán\s+lẻ(?:\s+hàng\s+hóa)?(?:\s+và\s+doanh\s+thu\s+dịch\s+vụ(?:\s+tiêu\s+dùng)?)?"
        r"|ventes\s+au\s+détail|chiffre\s+d'affaires\s+(?:du\s+commerce\s+)?de\s+détail",
    ),
    (
        "iip",
        False,
        r"index\s+of\s+industrial\s+production|industrial\s+production\s+index|\bIIP\b"
        r"|chỉ\s+số\s+sản\s+xuất\s+công\s+nghiệp|indice\s+de\s+(?:la\s+)?production\s+industrielle",
    ),
    (
        "tourism_revenue",
        False,
        r"(?:total\s+)?(?:tourism|tourist)\s+(?:revenues?|receipts|income)"
        r"|(?:total\s+)?revenues?\s+from\s+(?:tourism|tourists|tourist\s+activities)"
        r"|(?:tổng\s+)?(?:doanh\s+)?thu\s+(?:từ\s+)?(?:hoạt\s+động\s+)?(?:khách\s+)?du\s+lịch"
        r"|recettes?\s+(?:touristiques|du\s+tourisme)|revenus?\s+(?:touristiques|du\s+tourisme)",
    ),
    (
        "tourist_arrivals",
        False,
        r"(?:total\s+)?(?:number\s+of\s+)?(?:tourist|visitor)\s+arrivals"
        r"|(?:total\s+)?(?:number\s+of\s+)?(?:tourists|visitors)(?!\w)"
        r"|(?:tổng\s+)?lượt\s+khách(?:\s+du\s+lịch)?|khách\s+du\s+lịch|du\s+khách"
        r"|(?:nombre\s+de\s+)?(?:touristes|visiteurs)|arrivées\s+touristiques",
    ),
    (
        "public_investment_disbursed",
        False,
        r"disburse(?:ment|d)?(?:\s+rate)?\s+of\s+(?:the\s+)?public\s+investment(?:\s+capital)?"
        r"|public\s+investment(?:\s+capital)?\s+disburse(?:ment|d)"
        r"|giải\s+ngân\s+(?:vốn\s+)?đầu\s+tư\s+công"
        r"|décaissement\s+des\s+(?:capitaux\s+d'|fonds\s+d')?investissements?\s+publics?",
    ),
    (
        "pci",
        False,
        r"\bPCI\b|provincial\s+competitiveness\s+index"
        r"|chỉ\s+số\s+năng\s+lực\s+cạnh\s+tranh(?:\s+cấp\s+tỉnh)?"
        r"|indice\s+de\s+compétitivité\s+provinciale",
    ),
)

# Other subjects: a figure after one of these belongs to it, not to an indicator named before.
_BLOCKERS = (
    r"of\s+which|in\s+which|among\s+which|including|trong\s+đó|bao\s+gồm|\bdont\b|y\s+compris"
    r"|(?:the\s+)?(?:country's|national|nationwide|vietnam's)\s+(?:average|GDP|GRDP|growth)"
    r"|(?:national|country)\s+average|cả\s+nước|bình\s+quân\s+chung|moyenne\s+nationale"
    r"|(?:industr(?:y|ial)(?:\s*(?:and|-)\s*construction)?|agricultur(?:e|al)|forestry|fishery"
    r"|services?|construction|trade)\s+(?:sector|area|industry)"
    r"|(?:agriculture|industry|services)(?=\s*(?:,|and|grew|increased|rose|reached|up))"
    r"|khu\s+vực\s+(?:công\s+nghiệp|nông|dịch\s+vụ)|ngành\s+\w+|secteur"
    r"|(?:average\s+)?(?:per\s+capita\s+)?income(?:\s+per\s+capita)?|thu\s+nhập"
    r"|domestic\s+revenue|thu\s+nội\s+địa|revenue\s+from\s+(?:land|import|export)"
    r"|(?:newly\s+)?(?:established|registered)\s+(?:enterprises|businesses|capital)"
    r"|number\s+of\s+(?:enterprises|businesses|projects|households)|poverty\s+rate"
)


@dataclass(frozen=True)
class Mention:
    """An indicator's name (or, when ``indicator`` is empty, a blocker) at ``start:end``."""

    start: int
    end: int
    indicator: str
    growth: bool = False

    @property
    def blocks(self) -> bool:
        """True for a blocker: a subject that is no registry indicator."""
        return not self.indicator


_KEYS: list[tuple[str, bool]] = [(indicator, growth) for indicator, growth, _ in _NAMES]
# Every name starts a word; testing that first lets the scan skip most positions quickly.
_PATTERN = re.compile(
    r"(?<!\w)(?=\w)(?:"
    + "|".join(f"(?P<n{i}>{body})" for i, (_, _, body) in enumerate(_NAMES))
    + f"|(?P<block>{_BLOCKERS}))",
    re.IGNORECASE,
)
_MAX_JOIN = 40  # "(GRDP)" or " in the province (GRDP)"; longer gaps join nothing (and stay linear)
_JOIN = re.compile(r"[\s()\[\],'’:-]*(?:in\s+the\s+province|of\s+the\s+province|'s)?[\s()\[\]-]*$")


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Indicator names and blockers in ``text``, in order; one name repeated is merged.

    "The total product in the province (GRDP)" or "tăng trưởng kinh tế (GRDP)" name one
    indicator twice; merging them keeps a growth name's meaning for the figure that follows.
    """
    mentions: list[Mention] = []
    for match in _PATTERN.finditer(text, start, len(text) if end is None else end):
        group = match.lastgroup or "block"
        if group == "block":
            mention = Mention(match.start(), match.end(), "")
        else:
            indicator, growth = _KEYS[int(group[1:])]
            mention = Mention(match.start(), match.end(), indicator, growth)
        previous = mentions[-1] if mentions else None
        if (
            previous is not None
            and not previous.blocks
            and previous.indicator == mention.indicator
            and mention.start - previous.end <= _MAX_JOIN
            and _JOIN.match(text[previous.end : mention.start])
        ):
            mention = Mention(
                previous.start, mention.end, mention.indicator, previous.growth or mention.growth
            )
            mentions[-1] = mention
        else:
            mentions.append(mention)
    return mentions
