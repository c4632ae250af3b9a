"""Names said of a part of their indicator: one good, one market, visitors from abroad only.

"Rice exports", "exports to the US", "khách quốc tế", "les exportations de riz", trade "qua
cửa khẩu" (through a border gate) and "FDI disbursement" name part of exports, arrivals or
registered FDI, or goods only passing through; a figure after them is no figure of the
indicator (while "domestic and international visitors" are all of them).
"""

from __future__ import annotations

import re

_GOODS = (
    r"rice|coffee|seafood|fishery|aquatic|agricultural|agro|farm|forestry|wood|timber|textiles?"
    r"|garments?|apparel|footwear|electronics?|phones?|computers?|steel|iron|cement|fruits?"
    r"|vegetables?|cashews?|pepper|rubber|coal|oil|crude|petroleum|gas|minerals?|fertili[sz]ers?"
    r"|chemicals?|machinery|equipment|cars?|auto(?:mobile)?s?|vehicles?|motorbikes?|furniture"
    r"|handicrafts?|fish|shrimps?|pangasius|tea|cassava|sugar|dairy|meat|pork|livestock|labou?r"
    r"|services?|software|digital|key|main|foreign|international|domestic|inbound|outbound"
    r"|overseas|FDI[-\s]sector|FDI"
)
_PART_BEFORE = re.compile(rf"(?<![\w-])(?:{_GOODS})(?:\s+(?:and|&|or)\s+\w+)?\s+$", re.IGNORECASE)
_PART_AFTER = re.compile(
    rf"\s+(?:of\s+(?:{_GOODS})\b|(?:to|into)\s+(?:the\s+)?[A-Z]|(?:sang|tới)\s|vào\s+thị\s+trường"
    r"|(?:via|through|qua|par)\s+(?:les\s+|the\s+|các\s+)?(?:postes?-frontières|border|cửa\s+khẩu"
    r"|địa\s+bàn)"  # trade through a border gate is no province's own
    r"|vers\s|à\s+destination|de\s+(?:riz|café|produits|textiles?|fruits|légumes|bois|poissons?"
    r"|crevettes|charbon|pétrole|téléphones|machines)\b"
    r"|(?:du\s+lịch\s+)?(?:quốc\s+tế|nội\s+địa|trong\s+nước)"
    r"(?!\s*(?:và|,)\s*(?:khách\s+)?(?:quốc\s+tế|nội\s+địa|trong\s+nước))"
    r"|(?:gạo|cà\s+phê|thủy\s+sản|thuỷ\s+sản|điện\s+tử|dệt\s+may|nông\s+sản|lao\s+động|rau\s+quả"
    r"|hạt\s+điều|gỗ|than|dầu\s+thô|điện\s+thoại|máy\s+tính|linh\s+kiện|giày\s+dép|sắt\s+thép"
    r"|phân\s+bón|hải\s+sản|tôm|cá(?:\s+(?:tra|ngừ))?(?!\s+nhân)|trái\s+cây|hoa\s+quả"
    r"|nông(?:,)?\s+lâm|lâm\s+sản|hồ\s+tiêu|cao\s+su|sắn|chè|may\s+mặc|đồ\s+gỗ|khoáng\s+sản"
    r"|xi\s+măng|thép|ô\s+tô|xe\s+máy)(?!\w)"
    r"|(?:étrangers|internationaux|nationaux|domestiques)(?!\s*(?:et|,)))"
)
# "domestic and international visitors" are all of them
_ALL_ORIGINS = re.compile(
    r"(?:domestic|international|foreign)\s+(?:and|&)\s+(?:domestic|international|foreign)\s+$",
    re.IGNORECASE,
)
_FDI_NOT_REGISTERED = re.compile(
    r"\s+(?:capital\s+)?(?:disburse\w*|reali[sz]\w*|implemented|giải\s+ngân|thực\s+hiện"
    r"|décaiss\w*|réalisés?)",
    re.IGNORECASE,
)
_PARTS = frozenset({"export", "import", "import_export", "tourist_arrivals"})


def names_part(text: str, start: int, end: int, indicator: str) -> bool:
    """True when the name at ``start:end`` is said of a part of its indicator: "rice exports",
    "exports to the US", "khách quốc tế", "FDI disbursement"."""
    if indicator == "fdi_registered":
        before = text[max(0, start - 25) : start]
        return bool(_FDI_NOT_REGISTERED.match(text, end) or _DISBURSED_BEFORE.search(before))
    if indicator not in _PARTS:
        return False
    before = text[max(0, start - 30) : start]
    if _ALL_ORIGINS.search(before):
        return False
    after = _PART_AFTER.match(text, end)
    if after and indicator == "tourist_arrivals" and _TO_A_PLACE.match(after.group(0)):
        after = None  # "tourists to Long An": the province's visitors, not one market's
    return bool(_PART_BEFORE.search(before) or after)


_TO_A_PLACE = re.compile(r"\s+(?:to|into)\s")


_DISBURSED_BEFORE = re.compile(
    r"(?:disbursed|reali[sz]ed|implemented|giải\s+ngân|thực\s+hiện|décaissement\s+des)\s+"
    r"(?:(?:vốn|capital)\s+)?$",
    re.IGNORECASE,
)
