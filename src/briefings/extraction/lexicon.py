"""How reports name the registry's indicators, in English, French and Vietnamese.

A *growth* name ("economic growth rate", "tăng trưởng kinh tế") already says the figure after
it is a change, so "economic growth is estimated at 7.94%" is a year-on-year percent while
"budget revenue reached 45%" is not. A *national* name ("GDP", "tổng sản phẩm trong nước",
"le PIB") is the nation's unless a province owns it ("Hanoi's GDP"). *Blockers* name other
subjects (a sector, a national average, "of which ...") and stop a figure being credited to
an indicator named earlier. A name is no subject either when an exclusion reaches it
("excluding oil and gas, GRDP ..."), when it is the base of a share ("accounting for 55% of
GRDP") or what something contributes to, or when it names a part of its indicator (``parts``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.extraction import cues
from briefings.extraction.matching import caseless, lowered, start_guard
from briefings.extraction.parts import names_part

# Imports of inputs are a part of the imports: "les importations de matériaux de production ont
# progressé de 12,5%", "imports of raw materials", "nhập khẩu nguyên liệu".
_NOT_INPUTS = (
    r"(?!\s+(?:de\s+|d['’]|of\s+)(?:raw\s+)?(?:matériaux|matières|machines|équipements|intrants"
    r"|materials|machinery|equipment|inputs)(?!\w))"
)
# (indicator id, growth?, pattern). Longer names come first: the first alternative that matches
# at a position wins, so "import-export turnover" is never read as "export". The national
# names are listed apart, in _NATIONAL, after the provincial ones they must not shadow.
_NAMES: tuple[tuple[str, bool, str], ...] = (
    (
        "grdp_per_capita",
        False,
        r"(?:(?:regional|local|provincial)\s+)?(?:GRDP|GDP|gross\s+regional\s+domestic\s+product)"
        r"\s+(?:value\s+)?per\s+capita"
        r"|per[-\s]capita\s+(?:GRDP|GDP)|(?:GRDP|GDP)\s+(?:bình\s+quân|bq)\s+(?:đầu\s+người|người)"
        r"|(?:PIBR?|GRDP|PIB\s+régional)\s+par\s+habitant",
    ),
    (
        "grdp",
        True,
        r"(?:(?:regional|local|provincial)\s+GDP|economic|GRDP|economy)\s+growth(?:\s+rates?)?"
        r"(?:\s+targets?)?|croissance\s+du\s+(?:PIB\s+régional|PIBR|produit\s+intérieur\s+brut"
        r"\s+régional)"
        r"|(?:province's|provincial)\s+growth\s+rate|objectifs?\s+de\s+croissance"
        r"|mục\s+tiêu\s+tăng\s+trưởng"
        r"|growth\s+rates?\s+of\s+(?:the\s+)?(?:GRDP|gross\s+regional\s+domestic\s+product"
        r"|(?:the\s+)?(?:provincial\s+)?economy)|growth\s+targets?"
        r"|(?:tốc\s+độ\s+)?tăng\s+trưởng\s+(?:kinh\s+tế|GRDP)|tốc\s+độ\s+tăng\s+trưởng"
        r"|tốc\s+độ\s+tăng\s+(?:GRDP|tổng\s+sản\s+phẩm(?:\s+trên\s+địa\s+bàn)?)"
        r"|l'économie(?:\s+(?:provinciale|locale|municipale|de\s+la\s+(?:province|ville)))?"
        r"(?=\s+(?:a|devrait|va)\s+(?:progress|cr|augment|connaître|enregistr|affich))"
        r"|croissance\s+(?:économique|du\s+(?:PIBR|GRDP))|taux\s+de\s+croissance(?:\s+économique)?"
        r"|croissance\s+(?:économique\s+)?(?:de|du)\s+(?=(?-i:[A-ZĐ]))"  # "croissance de Bac Ninh"
        r"|(?:the\s+)?(?:province's\s+|provincial\s+|city's\s+)?economy(?=\s+(?:grew|expanded"
        r"|increased|rose|contracted|shrank|declined|fell))|(?:its|the\s+city's|the\s+municipality's)\s+growth\s+rate"
        r"|(?:nền\s+)?kinh\s+tế(?:\s+(?:của\s+)?(?:tỉnh|thành\s+phố))?(?=\s+tăng\s+trưởng)"
        # growth alone, of the province or of a span: "Tăng trưởng quý I ước đạt 8,35%",
        # "Tăng trưởng của tỉnh cao thứ 9/63"
        r"|tăng\s+trưởng(?=\s+(?:của\s+(?:tỉnh|thành\s+phố)|quý\s+(?:I{1,3}|IV|[1-4])(?![\wI])"
        r"|(?:\d|sáu|chín)\s+tháng|năm\s+20\d\d|cả\s+năm)(?!\w))",
    ),
    (
        "grdp",
        False,
        # "GDRP": a common slip of the pen for GRDP
        r"\bG(?:RD|DR)P\b|gross\s+regional\s+domestic\s+product"
        r"|total\s+product\s+(?:in|of)\s+the\s+province|(?:regional|local|provincial)\s+GDP"
        r"|PIB\s+(?:régional|local)|produit\s+régional\s+brut"
        r"|(?:size|scale)\s+of\s+the\s+(?:provincial\s+)?economy|economic\s+(?:size|scale)"
        r"|échelle\s+économique|taille\s+(?:de\s+l['’])?économi(?:e|que)"
        # "tổng sản phẩm (theo giá so sánh) ước đạt", "tổng giá trị sản phẩm trên địa bàn": the
        # province's, unless it is the country's ("tổng sản phẩm trong nước")
        r"|tổng\s+(?:giá\s+trị\s+)?sản\s+phẩm(?:\s+(?:trên\s+địa\s+bàn|trong\s+tỉnh|của\s+tỉnh))?"
        r"(?!\s+(?:trong\s+nước|quốc\s+nội))|quy\s+mô\s+(?:nền\s+)?kinh\s+tế"
        r"|\bPIBR\b|produit\s+intérieur\s+brut\s+régional",
    ),
    (
        "budget_revenue",
        False,
        r"(?:total\s+)?(?:state\s+)?budget\s+(?:revenues?|collections?|receipts?)"
        r"|revenues?\s+(?:for|to|of)\s+the\s+(?:state\s+)?budget|state\s+revenues?"
        r"|(?:tổng\s+)?thu\s+(?:cân\s+đối\s+)?ngân\s+sách(?:\s+nhà\s+nước)?(?!\s+(?:địa\s+phương|nội\s+địa))"
        r"|recettes?\s+budg[ée]taires?(?!\w)(?!\s+locales?)"
        r"|recettes?\s+(?:totales\s+)?(?:du|au)\s+budget(?:\s+de\s+l'[ÉE]tat)?"
        r"|recettes?\s+fiscales|recettes?\s+(?:de\s+l'[ÉE]tat|publiques)|(?:tổng\s+)?thu\s+NSNN"
        r"|tổng\s+thu\s+ngân\s+nhà\s+nước"  # ("Tổng thu ngân Nhà nước": a word dropped)
        r"|(?:state\s+)?revenue\s+collection",
    ),
    (
        "import_export",
        False,
        r"(?:total\s+)?(?:import[-–\s]export|export[-–\s]import|imports?\s+and\s+exports?"
        r"|exports?\s+and\s+imports?)(?:\s+(?:turnover|value|of\s+goods))?"
        r"|(?:tổng\s+)?(?:kim\s+ngạch\s+)?xuất,?\s+nhập\s+khẩu|import-exportations?"
        r"|(?:commerce|échanges)\s+extérieurs?|(?:total\s+)?foreign\s+trade(?:\s+turnover)?"
        r"|échanges\s+commerciaux|two[-\s]way\s+trade(?:\s+turnover)?|(?:total\s+)?trade\s+turnover"
        r"|(?:exportations|importations)\s+et\s+(?:des\s+|les\s+)?(?:importations|exportations)",
    ),
    (
        "export",
        False,
        r"(?:total\s+)?(?:export(?:s|ed)?|export\s+(?:revenue|turnover|value))"
        r"(?:\s+(?:turnover|value|of\s+goods))?(?!\w)(?!\s+of\s+goods\s+and\s+services)"
        r"|(?:kim\s+ngạch\s+)?xuất\s+khẩu(?!\s+hàng\s+hóa\s+và\s+dịch\s+vụ)|exportations?"
        r"|outbound\s+shipments",
    ),
    (
        "import",
        False,
        r"(?:total\s+)?(?:import(?:s|ed)?)(?:\s+(?:turnover|value|of\s+goods))?(?!\w)"
        rf"(?!\s+of\s+goods\s+and\s+services){_NOT_INPUTS}"
        r"|(?:kim\s+ngạch\s+)?nhập\s+khẩu(?!\s+hàng\s+hóa\s+và\s+dịch\s+vụ)"
        rf"(?!\s+(?:nguyên|máy\s+móc|tư\s+liệu))|importations?(?!\w){_NOT_INPUTS}"
        r"|inbound\s+shipments",
    ),
    (
        "fdi_registered",
        False,
        r"\bFDI\b(?:\s+(?:capital|attraction|inflows?))?|foreign\s+direct\s+investment"
        r"|foreign\s+investment(?:\s+capital)?|vốn\s+(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?nước\s+ngoài"
        r"|foreign\s+investors?(?=\s+(?:poured|pumped|injected|registered|committed))"
        r"|(?:thu\s+hút\s+)?đầu\s+tư\s+nước\s+ngoài"
        # "the city attracted US$2 billion in nine months": the dollars a province attracts
        r"|attracted(?:(?<=city\sattracted)|(?<=province\sattracted))(?=\s+(?:over\s+|nearly\s+|more\s+than\s+|about\s+)?"
        r"(?:US\$|\$|USD\s?)[\d.,]+\s*(?:billion|million|bn)(?!\s+(?:worth|of)\s))"
        r"|đầu\s+tư\s+trực\s+tiếp\s+nước\s+ngoài|\bIDE\b|investissements?\s+directs?\s+étrangers?"
        # registered capital in dollars is foreign capital ("led the country with a total
        # registered investment of US$4.8 billion"); new firms' capital is in đồng
        r"|(?:(?:the\s+)?total\s+)?registered\s+(?:investment|capital)(?:\s+capital)?"
        r"(?=[^.;\d]{0,25}(?:(?:US\$|USD|\$)\s*\d|[\d.,]+\s*(?:billion|million|bn)?\s*(?:US\$|USD"
        r"|dollars)))"
        # (not "vốn đăng ký cấp mới": the new projects' part of it)
        r"|(?:tổng\s+)?vốn\s+(?:đầu\s+tư\s+)?đăng\s+ký(?!\s+cấp\s+mới)"  # ("trong 3 tháng đầu năm")
        r"(?=(?:[^.;\d]|\d{1,2}\s+tháng|20\d\d){0,45}?[\d.,]+\s*(?:tỷ|triệu)\s+USD)"
        # "le total de nouveaux capitaux et investissements additionnels ... 1,6 milliard d'USD"
        r"|(?:le\s+)?(?:total\s+(?:de\s+|des\s+)?)?(?:nouveaux\s+)?capitaux(?:\s+(?:nouveaux"
        r"|enregistrés|et\s+investissements\s+additionnels))?(?=[^.;\d]{0,40}[\d.,]+\s*"
        r"(?:milliards?|millions?)\s+(?:d['’]\s*)?(?:USD|dollars))",
    ),
    (
        "retail_sales",
        False,
        # ("retail sale of goods and service revenue of VND 50,000 billion")
        r"(?:total\s+)?retail\s+sales?(?:\s+of\s+(?:consumer\s+)?goods(?:\s+and\s+(?:consumer\s+)?"
        r"services?)?)?(?:\s+revenues?)?|(?:total\s+)?retail\s+(?:revenue|turnover)"
        # (not with wholesale: "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ … và doanh thu bán
        # buôn" is a larger sum)
        r"|tổng\s+mức\s+bán\s+lẻ(?![^.;:\d]{0,80}?bán\s+buôn)(?:\s+hàng\s+hóa)?(?:\s+và\s+doanh\s+thu\s+dịch\s+vụ(?:\s+tiêu\s+dùng)?)?"
        r"|(?:tổng\s+)?doanh\s+thu\s+bán\s+lẻ(?:\s+hàng\s+hóa)?"
        r"|ventes?\s+(?:au|de)\s+détail(?:\s+et\s+(?:les\s+)?revenus\s+des\s+services)?"
        r"|(?:chiffre\s+d['’]affaires|revenus)\s+(?:total\s+)?(?:du\s+commerce\s+de\s+détail"
        r"(?:\s+et\s+des\s+services(?:\s+de\s+consommation)?)?|de\s+détail|des\s+ventes\s+au\s+détail)",
    ),
    (
        "iip",
        False,
        r"index\s+of\s+industrial\s+(?:production|output)|industrial\s+(?:production|output)"
        # "chỉ số IIP toàn ngành công nghiệp": the whole industry's index, no branch
        r"\s+index|\bIIP\b(?:\s+toàn\s+ngành(?:\s+công\s+nghiệp)?)?|\bIPI\b"
        r"|chỉ\s+số\s+(?:phát\s+triển\s+)?(?:sản\s+xuất\s+)?(?:toàn\s+)?(?:ngành\s+)?công\s+nghiệp"
        # "với chỉ số sản xuất tăng 5%": bare, the industrial index (not farming's or a branch's)
        r"|chỉ\s+số\s+sản\s+xuất(?=\s+(?:tăng|giảm|ước|đạt))"
        r"|indice\s+de\s+(?:la\s+)?production(?:\s+industrielle)?(?!\s+(?:agricole|de\s+l'agri))",
    ),
    (
        "tourism_revenue",
        False,
        r"(?:total\s+)?(?:tourism|tourist)\s+(?:revenues?|receipts|income|earnings|turnover)"
        r"|chiffre\s+d['’]affaires\s+(?:total\s+)?(?:touristique|du\s+(?:secteur\s+du\s+)?tourisme)"
        r"|(?:total\s+)?revenues?\s+from\s+(?:tourism|tourists|tourist\s+activities)"
        # "earned VND1.46 trillion ($61 million) from tourism services"
        r"|(?<=from\s)tourism\s+(?:services|activities)"
        # "doanh thu du lịch lữ hành": travel agencies' revenue, a part of retail sales
        r"|(?:tổng\s+)?(?:doanh\s+)?thu\s+(?:từ\s+)?(?:hoạt\s+động\s+|ngành\s+)?(?:khách\s+)?du\s+lịch"
        r"(?!\s+lữ\s+hành)"
        r"|(?:recettes?|revenus?)\s+(?:totaux\s+|totales\s+)?(?:touristiques|du\s+tourisme"
        r"|des\s+touristes)"
        r"|(?:the\s+)?tourism(?:\s+(?:sector|industry))?(?=\s+(?:has\s+|had\s+)?(?:earned|generated"
        r"|grossed|brought\s+in|raked\s+in))|(?:le\s+)?(?:secteur\s+du\s+)?tourisme(?=\s+a\s+"
        r"(?:généré|rapporté|engrangé))|(?:ngành\s+)?du\s+lịch(?=\s+(?:thu\s+về|mang\s+về))",
    ),
    (
        "tourist_arrivals",
        False,
        r"(?:total\s+)?(?:number\s+of\s+)?(?:tourist|visitor)\s+arrivals"
        r"|(?:total\s+)?(?:number\s+of\s+)?(?:tourists|visitors|holidaymakers)(?!\w)"
        # "guests served by accommodation establishments": the statistics office's count
        r"|(?:total\s+)?(?:number\s+of\s+)?guests\s+served(?:\s+by\s+accommodation"
        r"\s+(?:establishments|facilities))?"
        r"|(?:(?:tổng\s+)?(?:lượt|lượng|số\s+lượt)\s+khách(?:\s+du\s+lịch)?|khách\s+du\s+lịch|du\s+khách"
        r")(?!\s+(?:du\s+lịch\s+)?(?:quốc\s+tế|nội\s+địa|trong\s+nước|nước\s+ngoài)(?!\s+và))"
        r"|(?:nombre\s+de\s+)?(?:touristes|visiteurs)(?!\s+(?:internationaux|étrangers|nationaux"
        r"|domestiques|intérieurs)(?!\s+et))|arrivées\s+touristiques",
    ),
    (
        "public_investment_disbursed",
        False,
        r"disburse(?:ment|d)?(?:\s+rate)?\s+of\s+(?:the\s+)?public\s+investment(?:\s+capital)?"
        r"|public\s+investment(?:\s+capital)?\s+disburse(?:ment|d)"
        r"|disbursed\s+public\s+investment(?:\s+capital)?"
        # "Long An disbursed over 6,727 billion VND of public investment capital"
        r"|disbursed(?=[^.;]{1,50}?\s(?:of|in)\s+(?:the\s+)?public\s+investment)"
        # "the province had disbursed 3,000 billion VND": a government spends public money
        r"|(?<=(?:province|the\scity)\s(?:has|had)\s)disbursed(?=\s[^.;a-z]{0,12}\d[\d.,]*\s+"
        r"(?:billion|trillion)\s+(?:VND|dong))"
        r"|public\s+investment(?:\s+capital)?(?=\s+(?:was|were|has\s+been|had\s+been)\s+disbursed)"
        r"|giải\s+ngân\s+(?:vốn\s+)?đầu\s+tư\s+công"
        r"|décaissements?\s+de(?:s|\s+la)?\s+(?:capitaux\s+d['’]|fonds\s+d['’])?investissements?"
        r"\s+publics?",
    ),
    (
        "pci",
        False,
        r"\bPCI\b|provincial\s+competitiveness\s+index"
        r"|chỉ\s+số\s+năng\s+lực\s+cạnh\s+tranh(?:\s+cấp\s+tỉnh)?"
        r"|indice\s+de\s+compétitivité\s+provinciale",
    ),
)

# The nation's own product: growth names first, then levels.
_NATIONAL: tuple[tuple[str, bool, str], ...] = (
    (
        "grdp",
        True,
        r"(?:GDP|PIB)\s+growth(?:\s+rates?)?|croissance\s+du\s+PIB|tăng\s+trưởng\s+GDP",
    ),
    (
        "grdp",
        False,
        r"\bGDP\b|tổng\s+sản\s+phẩm\s+trong\s+nước|\bPIB\b|produit\s+intérieur\s+brut"
        # ("The province's gross domestic product in 2024 ...": the province's, as "GDP" is)
        r"|gross\s+domestic\s+product(?!\s*\(\s*G(?:RD|DR)P)",
    ),
)

# The economies that invest in or trade with Vietnam: a figure after one is theirs ("Singapore
# led with US$3 billion", "xuất khẩu sang Hoa Kỳ"), a part of the nation's or a province's.
_FOREIGN_ECONOMIES = (
    r"singapore|singapour|japan|japon|nhật\s+bản|(?:south\s+)?korea|corée(?:\s+du\s+sud)?"
    r"|hàn\s+quốc|(?:mainland\s+)?china|chine|trung\s+quốc|hong\s+kong|hồng\s+kông|taiwan|taïwan"
    r"|đài\s+loan|the\s+(?:united\s+states|us|netherlands)|états-unis|hoa\s+kỳ|pays-bas|hà\s+lan"
    r"|thailand|thaïlande|thái\s+lan|malaysia|malaisie|the\s+british\s+virgin\s+islands"
)

# Other subjects: a figure after one of these belongs to it, not to an indicator named before.
_BLOCKERS = (
    r"(?P<lists>of\s+which|in\s+which|among\s+which|including|namely|trong\s+đó|bao\s+gồm"
    r"|\bdont\b|y\s+compris|such\s+as|tels?\s+que|notamment)"
    r"|(?:the\s+)?(?:country's|national|nationwide|vietnam's)\s+average"
    r"|(?:national|country)\s+average|bình\s+quân\s+(?:chung|cả\s+nước)|moyenne\s+nationale"
    r"|(?:industr(?:y|ial)(?:\s*(?:and|-)\s*construction)?|agricultur(?:e|al)|forestry|fishery"
    r"|services?|construction|trade)\s+(?:sector|area|industry)"
    r"|(?:agriculture|industry|services)(?=\s*(?:,|and|grew|increased|rose|reached|up))"
    # a balance of trade is no turnover: "the estimated trade surplus ... was 3.2 billion USD"
    r"|trade\s+(?:surplus|deficit)|xuất\s+siêu|nhập\s+siêu|(?:excédent|déficit)\s+commercial"
    r"|(?:importations?|imports?)\s+(?:de\s+|d['’]|of\s+)(?:raw\s+)?(?:matériaux|matières|machines"
    r"|équipements|intrants|materials|machinery|equipment|inputs)(?!\w)"
    r"|nhập\s+khẩu\s+(?:nguyên(?:\s+vật)?\s+liệu|máy\s+móc|tư\s+liệu\s+sản\s+xuất)"
    r"|khu\s+vực\s+(?:công\s+nghiệp|nông|dịch\s+vụ)|ngành\s+\w+"
    r"|secteur(?!\s+(?:de\s+l['’]|d['’])(?:IDE|investissement\s+direct))"
    r"|công\s+nghiệp\s*(?:[–-]|và)\s*xây\s+dựng"  # a sector of GRDP, "khu vực" or not
    # "Thương mại dịch vụ có nhiều chuyển biến tích cực, tốc độ tăng trưởng đạt trên 12,8%"
    r"|thương\s+mại\s*(?:[–-]|và|,)?\s*dịch\s+vụ(?!\s+tiêu\s+dùng)"
    r"|(?:average\s+)?(?:per\s+capita\s+)?income(?:\s+per\s+capita)?|thu\s+nhập"
    r"|domestic\s+revenue|thu\s+nội\s+địa|(?:total\s+)?local\s+budget\s+(?:revenues?|collections?)"
    # (the budget's revenue from trade; "earned 2 billion USD from exports" is the exports)
    r"|(?:revenue\s+)?(?<!usd\s)(?<!dollars\s)from\s+(?:land|import[-\s]export"
    r"|imports?\s+and\s+exports?|exports?\s+and\s+imports?"
    r"|imports?|exports?|foreign\s+trade|domestic\s+sources)"
    r"|(?:newly\s+)?(?:established|registered)\s+(?:enterprises|businesses|capital)"
    r"|number\s+of\s+(?:enterprises|businesses|projects|households)|poverty\s+rate"
    # ("Le nombre d'entreprises engagées dans des activités d'importation et d'exportation
    # s'élève à 515": the words up to its verb name no indicator)
    r"|(?:le\s+)?nombre\s+d['’](?:entreprises|ménages)(?:[^\d.;]{0,80}?(?=\s+(?:s['’]élève|a\s+atteint"
    r"|atteint|est\s+de|était)(?!\w)))?"
    # the budget's takings from trade: "la collecte du budget de l'État provenant des activités
    # d'import-export ... a atteint 381,4 milliards de dôngs"
    r"|provenant\s+(?:des\s+|de\s+l['’]\s*)?(?:activités\s+d['’]\s*)?(?:import[-\s]export"
    r"|importations?|exportations?)"
    r"|(?:total\s+)?value\s+added|giá\s+trị\s+tăng\s+thêm|valeur\s+ajoutée"
    r"|thuế\s+(?:xuất,?\s+nhập\s+khẩu|nhập\s+khẩu|xuất\s+khẩu|sản\s+phẩm)|import\s+(?:taxes|duties)"
    r"|droits\s+d'importation|thu\s+(?:từ\s+)?dầu\s+(?:thô|khí)|thu\s+ngân\s+sách\s+nội\s+địa"
    # the budget's takings from trade: "Thu xuất nhập khẩu đạt 1.000 tỷ đồng, tăng 2%"
    r"|thu\s+(?:từ\s+)?(?:hoạt\s+động\s+)?(?:xuất\s*,?\s*nhập\s+khẩu|xuất\s+khẩu|nhập\s+khẩu)"
    r"|(?:thu\s+(?:cân\s+đối\s+)?)?ngân\s+sách\s+địa\s+phương"
    # visitors of one kind only ("international arrivals", "khách quốc tế"): no total
    r"|(?<!and\s)(?<!&\s)(?:(?:number\s+of\s+)?(?:international|foreign|domestic|overseas|inbound)"
    r"\s+(?:tourists?|visitors?|arrivals|holidaymakers|travell?ers))"
    r"|(?:(?:le\s+)?nombre\s+de\s+)?(?:touristes|visiteurs)\s+(?:internationaux|étrangers"
    r"|nationaux|domestiques|intérieurs)(?!\s+et)|arrivées\s+internationales"
    r"|(?:(?:tổng\s+)?(?:lượt|lượng|số\s+lượt)\s+)?khách\s+(?:du\s+lịch\s+)?(?:quốc\s+tế|nội\s+địa"
    r"|trong\s+nước|nước\s+ngoài)(?!\s+và)|parmi\s+(?:eux|elles|ceux-ci|celles-ci)"
    # passengers carried are no visitors: "khối lượng khách vận chuyển đạt 7,1 triệu lượt"
    r"|(?:(?:khối\s+)?(?:lượt|lượng|số\s+lượt)\s+)?(?:hành\s+)?khách\s+(?:được\s+)?vận\s+chuyển"
    r"|vận\s+(?:chuyển|tải)\s+hành\s+khách|passengers?\s+(?:carried|transported)"
    r"|(?P<parts>(?:this|the|that)\s+(?:total|figure|number)\s+(?:includes|included|comprises)"
    r"|(?:they|these|those)\s+(?:include[sd]?|comprised?)(?!\w)"
    r"|(?:ce\s+(?:total|chiffre)|ce\s+nombre)\s+(?:comprend|inclut))"
    rf"|(?P<foreign>(?:{_FOREIGN_ECONOMIES})(?![\w$]))"
    r"|(?P<excl>excluding|not\s+counting|(?:nếu\s+)?không\s+(?:tính|kể)|loại\s+trừ"
    r"|trừ\s+dầu\s+(?:khí|thô)|hors|à\s+l'exclusion\s+d[eu]|sans\s+compter)|lĩnh\s+vực"
    r"|manufacturing|processing|chế\s+biến|industrie\s+manufacturière"
    r"|produits\s+(?:industriels\s+)?(?:transformés|manufacturés)"
    r"|compris(?:es|ing)|consists?\s+of|made\s+up\s+of|se\s+compose"
    # the uses of GDP in the national accounts, not trade or output: "tiêu dùng cuối cùng tăng
    # 7,79%", "xuất khẩu hàng hóa và dịch vụ tăng 18,30%", "final consumption rose"
    r"|tiêu\s+dùng\s+cuối\s+cùng|tích\s+lũy\s+tài\s+sản|final\s+consumption"
    r"|(?:gross\s+)?(?:capital\s+formation|asset\s+accumulation)|consommation\s+finale"
    r"|(?:xuất|nhập)\s+khẩu\s+hàng\s+hóa\s+và\s+dịch\s+vụ"
    r"|(?:exports?|imports?)\s+of\s+goods\s+and\s+services"
    # the visitors travel agencies served ("khách du lịch do cơ sở lữ hành phục vụ"): a part of
    # those the accommodation establishments served, which is the count of arrivals
    r"|(?:do\s+)?(?:các\s+)?cơ\s+sở\s+lữ\s+hành|served\s+by\s+(?:travel|tour)\s+(?:agencies|companies|operators)"
    # the exporters with foreign capital ("các doanh nghiệp (DN) có vốn đầu tư nước ngoài đạt
    # 1.240 triệu USD", "the FDI sector's exports"): a part of the trade, no investment
    r"|(?:các\s+)?(?:doanh\s+nghiệp|dn|khu\s+vực)(?:\s*\(dn\))?\s+(?:có\s+)?vốn\s+(?:đầu\s+tư\s+)?"
    r"(?:trực\s+tiếp\s+)?nước\s+ngoài|(?:the\s+)?(?:fdi|foreign[-\s]invested)\s+(?:sector|enterprises"
    r"|firms|companies|businesses)|(?:entreprises|secteur)\s+(?:à|aux|des)\s+(?:capitaux"
    r"|investissements?)\s+étrangers|(?:khu\s+vực|khối)\s+FDI"
    r"|secteur\s+(?:de\s+l['’]|d['’])(?:IDE|investissement\s+direct\s+étranger)"
    r"|(?:động\s+lực|đòn\s+bẩy|trụ\s+cột|drivers?|engines?|moteurs?|piliers?)(?:\s+\w+){0,3}?"
    r"\s+(?:tăng\s+trưởng|growth|croissance)(?:\s+kinh\s+tế|\s+économique)?"
)


@dataclass(frozen=True)
class Mention:
    """An indicator's name (or, when ``indicator`` is empty, a blocker) at ``start:end``."""

    start: int
    end: int
    indicator: str
    growth: bool = False
    national: bool = False  # "GDP", "le PIB": the nation's, unless a province owns it

    lists: bool = False  # "of which", "including": what follows may be provinces, not parts
    foreign: bool = False  # "Singapore", "Hàn Quốc": an investor or market, not Vietnam

    @property
    def blocks(self) -> bool:
        """True for a blocker: a subject that is no registry indicator."""
        return not self.indicator


# Revenue named bare ("doanh thu ước 920 tỷ đồng", "with estimated revenue reaching ...", "Les
# recettes totales ont atteint ..."): tourism's, right after visitors are counted; else nothing,
# but a bare "tổng thu" (total collected) is the budget's ("đứng đầu với tổng thu đạt ...").
_BARE_REVENUE = (
    r"(?:tổng\s+)?doanh\s+thu(?=\s*(?:ước|đạt|tăng|giảm|khoảng|hơn|gần|trên|\d))"
    r"|(?P<total>tổng\s+thu)(?=\s+(?:ước|đạt|là|khoảng|hơn|gần|trên|\d))"
    r"|(?:(?:estimated|total)\s+)?revenues?(?=\s+(?:reaching|reached|was|were|is|estimated"
    r"|totall?(?:ing|ed)|hit|amounted|surpassed|exceeded|topped|rose|grew|increased"
    r"|of\s+(?:VN[DĐ]|US|\$|\d|over|about|nearly|more|some)))"
    r"|recettes?\s+totales?(?!\s+(?:du|au|de\s+l'État))"
    r"|recettes(?=\s+(?:ont|se\s+sont|s'élèvent|atteignent))"
    # "… 1,2 million de visiteurs, pour un chiffre d'affaires de 1.300 milliards de dôngs"
    r"|chiffre\s+d['’]affaires(?:\s+total)?(?!\s+(?:total\s+)?(?:du\s+commerce|de\s+détail"
    r"|des\s+ventes|du\s+tourisme))"
)
_VISITORS_BEFORE = re.compile(
    r"(?<!\w)(?:visitors|tourists|(?:tourist\s+)?arrivals|khách(?!\s+hàng)|visiteurs|touristes"
    r"|arrivées|tourism|tourisme|du\s+lịch(?!\s+lữ\s+hành))(?!\w)",
    re.IGNORECASE,
)
_VISITORS_REACH = 200  # from the visitors counted to the revenue they brought

# "Kim ngạch" bare ("Hải Phòng ở vị trí thứ ba với kim ngạch đạt 46,55 tỷ USD"): the turnover
# of the trade flow the text named last, within a few paragraphs; else nothing.
_BARE_TURNOVER = r"kim\s+ngạch(?!\s+(?:xuất|nhập|thương\s+mại|hàng\s+hóa\s+(?:xuất|nhập)))"
_TRADE_REACH = 1500
_TRADE = frozenset({"import_export", "export", "import"})

_ALL_NAMES = (*_NAMES, *_NATIONAL)
_KEYS: list[tuple[str, bool, bool]] = [
    (indicator, growth, i >= len(_NAMES)) for i, (indicator, growth, _) in enumerate(_ALL_NAMES)
]
# Every name starts a word; testing that first lets the scan skip most positions quickly.
_PATTERN = caseless(
    r"(?<!\w)(?=\w)(?:"
    + "|".join(f"{start_guard(body)}(?P<n{i}>{body})" for i, (_, _, body) in enumerate(_ALL_NAMES))
    + f"|(?P<block>{_BLOCKERS})|{start_guard(_BARE_REVENUE)}(?P<revenue>{_BARE_REVENUE})"
    + f"|{start_guard(_BARE_TURNOVER)}(?P<turnover>{_BARE_TURNOVER}))"
)
_TRADE_NAMES = caseless(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<t{i}>{body})" for i, (key, _, body) in enumerate(_NAMES) if key in _TRADE)
    + ")"
)
# A growth named without its indicator ("tốc độ tăng trưởng", "taux de croissance") right after
# a sector ("Ngành nông, lâm nghiệp và thủy sản duy trì tốc độ tăng trưởng ổn định") is the
# sector's growth, not the province's.
_GENERIC_GROWTH = re.compile(
    r"(?:tốc\s+độ\s+)?tăng\s+trưởng|taux\s+de\s+croissance|(?:the\s+)?growth(?:\s+rates?)?",
    re.IGNORECASE,
)
_SECTOR_REACH = 80
# The whole a share is of, said without "of" ("chiếm 4,1% tổng thu cân đối ngân sách"): no
# subject, and no blocker either; the clause goes on with what it was about.
_SHARE_BASE = re.compile(
    r"chiếm\s+(?:tỷ\s+(?:trọng|lệ)\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?[\d.,]+\s*%\s+"
    r"(?!trong\s|của\s)(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "the province's GDP", "PIB local": a national name owned by the province.
_OWNED = re.compile(
    r"(?:province's|city's|provincial|local|regional|municipal|tỉnh|thành\s+phố)\s*$",
    re.IGNORECASE,
)
# A name that is the base of a share ("accounting for 55.2% of GRDP", "chiếm 54% trong cơ cấu
# GRDP") or what something contributes to ("contributing to economic growth") is no subject.
# A change ("une hausse de 13,5% des ventes au détail") names its subject after it, no share.
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:(?P<source>(?:thu|revenues?|recettes?)\s+(?:ngân\s+sách\s+)?(?:từ|from|provenant\s+d[eu']"
    r"|tirées?\s+d[eu'])\s*(?:hoạt\s+động\s+|les\s+|l')?)"  # revenue from trade: a budget part
    r"|(?P<share>\d%|\d\s%)\s*(?:of|in|trong|của|du|de\s+l[a'’]?|des)\s+(?:[\w'’-]+\s+){0,3}"
    r"|(?:contribut\w*|đóng\s+góp|góp\s+phần)(?:\s+[\w.,%]+){0,4}?\s+(?:to|into|vào|à|au)\s+"
    r"(?:the\s+|la\s+|l['’]|mức\s+(?:tăng(?:\s+trưởng)?\s+)?|tăng\s+trưởng\s+)?)$",
    re.IGNORECASE,
)
_NUMBER_BEFORE = re.compile(r"[\d.,]*$")
_REVENUES = frozenset({"retail_sales", "tourism_revenue"})  # revenues in their own right
_EXCLUDES = 80  # "Excluding oil and gas, GRDP grew ...": the name after it is no subject
_MAX_JOIN = 40  # "(GRDP)" or " in the province (GRDP)"; longer gaps join nothing (and stay linear)
_JOIN = re.compile(r"[\s()\[\],'’:-]*(?:in\s+the\s+province|of\s+the\s+province|'s)?[\s()\[\]-]*$")


# A count's unit ("1,4 triệu lượt khách", "2.1 million visitors") right after its number.
_COUNTED = re.compile(r"\d[\d.,]*\s*(?:triệu|nghìn|ngàn|millions?|thousand|mille)?\s*(?:de\s+)?$")


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Indicator names and blockers in ``text``, in order; one name repeated is merged.

    "The total product in the province (GRDP)" or "tăng trưởng kinh tế (GRDP)" name one
    indicator twice; merging them keeps a growth name's meaning for the figure that follows.
    """
    mentions: list[Mention] = []
    low = lowered(text)  # the pattern is caseless; offsets are the same
    excluded = -1  # an exclusion reaches the names up to here
    parted = -1  # "This total includes ...": the names after here, in its sentence, are parts
    for match in _PATTERN.finditer(low, start, len(text) if end is None else end):
        if match.lastgroup == "revenue":
            reach = max(0, match.start() - _VISITORS_REACH)
            if not _VISITORS_BEFORE.search(low, reach, match.start()):
                if match.group("total"):  # "với tổng thu đạt ...": the budget's
                    mentions.append(Mention(match.start(), match.end(), "budget_revenue"))
                continue  # else revenue of something else: no subject
        if match.lastgroup == "turnover":
            trade = _trade_before(low, match.start())
            if trade is None:
                continue
            flow, named_at = trade
            owned = bool(mentions) and mentions[-1].blocks and mentions[-1].start <= named_at
            # ("... ont dominé les exportations, générant un chiffre d'affaires de ...": the
            # turnover of the part that led them)
            mention = Mention(match.start(), match.end(), "" if owned else flow)
        elif _SHARE_BASE.search(low, max(0, match.start() - 40), match.start()):
            continue  # the base of a share: the clause's subject goes on
        else:
            mention = _mention(text, match, excluded)
        if match.group("excl"):
            excluded = match.end() + _EXCLUDES
        if match.group("parts"):
            parted = match.end()
        elif parted >= 0:  # each stretch is scanned once: the sentence stays linear
            parted = match.start() if _in_sentence(low, parted, match.start()) else -1
            if parted >= 0 and not mention.blocks:
                mention = Mention(mention.start, mention.end, "")
        previous = mentions[-1] if mentions else None
        if (
            previous is not None
            and previous.blocks
            and mention.indicator == "tourist_arrivals"
            and _COUNTED.search(low, max(0, match.start() - 25), match.start())
        ):
            continue  # "khách quốc tế đạt 1,4 triệu lượt khách, tăng 40%": the unit of a count
        if previous and (
            _sector_growth(previous, mention, low) or _owned_by_part(previous, mention, low)
        ):
            mention = Mention(mention.start, mention.end, "")
        if _new_firms_capital(mention, low):
            mention = Mention(mention.start, mention.end, "")  # new firms' capital, in dollars
        if previous and _capital_of(previous, mention, low):
            continue  # "50 FDI projects with registered capital of ...": the FDI's own capital
        if (
            previous is not None
            and previous.blocks
            and not previous.lists
            and low[previous.end : mention.start].strip() == "("
            and low[mention.end : mention.end + 3].lstrip().startswith(")")
        ):
            # "khu vực có vốn đầu tư trực tiếp nước ngoài (FDI) là 1.050 tỷ đồng": the
            # abbreviation of the blocker's words, which stay the subject
            continue
        if previous and previous.foreign and _same_clause(low, previous.end, mention.start):
            mention = Mention(mention.start, mention.end, "", foreign=True)  # Singapore's capital
        if (
            previous is not None
            and not previous.blocks
            and previous.indicator == mention.indicator
            and mention.start - previous.end <= _MAX_JOIN
            and _JOIN.match(text[previous.end : mention.start])
        ):
            # "tổng sản phẩm trong nước (GRDP)": the words name the nation, whatever the
            # bracketed abbreviation after them says
            spelled = previous.national and text[previous.end : mention.start].strip() == "("
            mention = Mention(
                previous.start,
                mention.end,
                mention.indicator,
                previous.growth or mention.growth,
                spelled or (previous.national and mention.national),
            )
            mentions[-1] = mention
        else:
            mentions.append(mention)
    return mentions


_FOREIGN_REACH = 100  # "Singapore was the biggest investor with total registered capital of"


def _in_sentence(low: str, start: int, end: int) -> bool:
    return not any(ch in ".!?\n" for ch in low[start:end])


def _same_clause(low: str, start: int, end: int) -> bool:
    """True when no more than a clause's words lie between ``start`` and ``end``."""
    return end - start <= _FOREIGN_REACH and not any(ch in ".;:" for ch in low[start:end])


def _trade_before(low: str, position: int) -> tuple[str, int] | None:
    """The trade flow named last before ``position``, within ``_TRADE_REACH``, and where."""
    found = list(_TRADE_NAMES.finditer(low, max(0, position - _TRADE_REACH), position))
    if not found:
        return None
    index = int((found[-1].lastgroup or "t0")[1:])
    return _NAMES[index][0], found[-1].start()


def _sector_growth(previous: Mention, mention: Mention, low: str) -> bool:
    """True for a growth named bare right after a sector, in its clause."""
    return (
        previous.blocks
        and not (previous.lists or previous.foreign)
        and mention.growth
        and mention.start - previous.end <= _SECTOR_REACH
        and not any(ch in ".;:\n" for ch in low[previous.end : mention.start])
        and bool(_GENERIC_GROWTH.fullmatch(low, mention.start, mention.end))
    )


def _owned_by_part(previous: Mention, mention: Mention, low: str) -> bool:
    """True for an indicator named as what a part just named has or adds to ("Le secteur
    étatique a vu ses exportations croître de 20,6%", "khu vực công nghiệp đóng vai trò dẫn
    dắt trong GRDP của tỉnh với mức tăng 11,61%"): the figures are the part's."""
    return (
        previous.blocks
        and not (previous.lists or previous.foreign)
        and mention.start - previous.end <= _PART_REACH
        and not any(ch in ".;:\n" for ch in low[previous.end : mention.start])
        and _PART_LINK.search(low, previous.end, mention.start) is not None
    )


# Between a part and the whole it has ("its exports"), adds to or leads ("contributed ... to
# the turnover of imports", "dominated exports", "vai trò dẫn dắt trong GRDP").
_PART_LINK = re.compile(
    r"(?:(?<!\w)(?:ses|son|sa|leurs?|its|their)"
    r"|(?<!\w)(?:contribu\w*|đóng\s+góp)(?:[^;\n]{0,60}?(?<!\w)(?:au|à\s+la|aux|to|vào)"
    r"(?:\s+(?:chiffre\s+d['’]affaires|total|value|kim\s+ngạch))?(?:\s+(?:des|du|de|of))?)?"
    r"|(?<!\w)(?:domin\w*|vai\s+trò[^,]{0,30}?(?<!\w)trong|role\s+in)(?:\s+(?:les|la|le|l['’]|the))?"
    r")\s*$"
)
_PART_REACH = 120


_REGISTERED_CAPITAL = re.compile(r"(?:newly\s+)?registered\s+capital")


# "3,000 new enterprises were set up, their registered capital totalling $1 billion"
_NEW_FIRMS_BEFORE = re.compile(
    r"(?:new(?:ly\s+(?:established|registered))?\s+(?:businesses|enterprises|firms|companies)"
    r"|nouvelles\s+entreprises)[^.;:\d]{0,40}$"
)


def _new_firms_capital(mention: Mention, low: str) -> bool:
    """True for "registered capital" said of the firms newly set up, named just before."""
    return (
        mention.indicator == "fdi_registered"
        and _REGISTERED_CAPITAL.search(low, mention.start, mention.end) is not None
        and _NEW_FIRMS_BEFORE.search(low, max(0, mention.start - 80), mention.start) is not None
    )


def _capital_of(previous: Mention, mention: Mention, low: str) -> bool:
    """True for "registered capital" said of the FDI named just before, not of new firms."""
    return (
        previous.indicator == "fdi_registered"
        and mention.blocks
        and mention.start - previous.end <= 80
        and bool(_REGISTERED_CAPITAL.fullmatch(low, mention.start, mention.end))
    )


def mention_at(text: str, position: int, *, changed: bool = False) -> Mention | None:
    """The indicator named right at ``position`` ("$16.7 billion in |exports"), if any;
    ``changed``: the percent before it is known to be a change, so it names what changed."""
    match = _PATTERN.match(lowered(text), position)
    if match is None or match.lastgroup in ("revenue", "turnover"):
        return None
    mention = _mention(text, match, -1, changed)
    return None if mention.blocks else mention


def _mention(text: str, match: re.Match[str], excluded: int, changed: bool = False) -> Mention:
    """The name or blocker ``match`` found; a name an exclusion reaches, or that is a share's
    base or a part of its indicator, blocks instead."""
    start, end = match.span()
    group = match.lastgroup or "block"
    if group == "revenue":
        return Mention(start, end, "tourism_revenue")
    if group in ("block", "lists", "excl", "parts", "foreign"):
        return Mention(
            start,
            end,
            "",
            lists=match.group("lists") is not None,
            foreign=match.group("foreign") is not None,
        )
    indicator, growth, national = _KEYS[int(group[1:])]
    if start <= excluded or _no_subject(text[max(0, start - 60) : start], indicator, changed):
        return Mention(start, end, "")
    if indicator == "fdi_registered" and _disbursed(text, start, end):
        return Mention(start, end, "")
    if indicator in ("export", "import") and _IN_TONNES.match(text, end):
        return Mention(start, end, "")  # "xuất khẩu 10.000 tấn gạo": a product's, by weight
    if national and _OWNED.search(text, max(0, start - 20), start):
        national = False
    part = names_part(text, start, end, indicator)
    return Mention(start, end, "" if part else indicator, growth, national)


# A trade said in tonnes: a product's volume, whose change is no turnover's.
_IN_TONNES = re.compile(
    r"\s+(?:được\s+)?(?:(?:khoảng|hơn|gần|trên|about|over|nearly|some)\s+)?\d[\d.,]*\s*"
    r"(?:(?:nghìn|ngàn|triệu|thousand|million)\s+)?(?:tấn|tonnes?|tons?)(?!\w)",
    re.IGNORECASE,
)
# Foreign investment disbursed (realised) is no registered capital: "vốn thực hiện của dự án đầu
# tư nước ngoài", "FDI disbursement", "realised FDI", "IDE décaissés".
_DISBURSED_BEFORE = re.compile(
    r"(?:vốn\s+(?:thực\s+hiện|giải\s+ngân)(?:\s+(?:của\s+)?(?:các\s+)?(?:dự\s+án\s+)?)?"
    r"|(?:disbursed|realised|realized|implemented|executed|actual)\s+|décaissement\s+(?:des\s+|d[eu]\s+)?)$",
    re.IGNORECASE,
)
_DISBURSED_AFTER = re.compile(
    r"\)?(?:\s+(?:capital|vốn|inflows?))?\s*(?:\(FDI\)\s*)?(?:disburse\w*|realis\w*|realiz\w*"
    r"|implemented|giải\s+ngân|thực\s+hiện|décaiss\w*)",
    re.IGNORECASE,
)


def _disbursed(text: str, start: int, end: int) -> bool:
    return bool(
        _DISBURSED_BEFORE.search(text, max(0, start - 40), start)
        or _DISBURSED_AFTER.match(text, end)
    )


def _no_subject(before: str, indicator: str, changed: bool = False) -> bool:
    """True when the words before a name make it a share's base, a part of the budget ("revenue
    from exports") or what something contributes to; a percent after a change ("en hausse de
    13,5% des ...") is the named indicator's own, and "revenue from retail sales" is sales."""
    found = _NOT_SUBJECT_BEFORE.search(before)
    if found is None:
        return False
    if found.group("source") is not None and indicator in _REVENUES:
        return False
    if found.group("share") is None:
        return True
    if changed:
        return False
    number = _NUMBER_BEFORE.search(before, 0, found.start("share") + 1)
    head = before[: number.start() if number else found.start()]
    return cues.read_cue(head).kind not in ("up", "down")
