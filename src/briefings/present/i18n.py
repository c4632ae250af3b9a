"""The language an edition is written in: gettext catalogs for words, Babel for numbers and
dates, and one active language at a time.

Messages are English in the code and templates (``_("Sources")``) and translated through the
catalogs in ``locales/<language>/LC_MESSAGES/briefings.po``, which are committed and compiled
in memory when first used (``nox -s translations`` extracts and updates them). The active
language lives in a context variable set by ``use_language``, so the formatting functions,
the charts and the templates all speak the edition's language without passing it around.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from briefings.domain.indicators import Indicator
from briefings.domain.languages import MAIN

DEFAULT = MAIN
DOMAIN = "briefings"

_language: ContextVar[str] = ContextVar("briefings_language", default=DEFAULT)


@cache
def translations(language: str) -> NullTranslations:
    """The compiled catalog of ``language`` (English needs none: it is the source text)."""
    if language == DEFAULT:
        return NullTranslations()
    po = resources.files("briefings.present").joinpath(
        f"locales/{language}/LC_MESSAGES/{DOMAIN}.po"
    )
    catalog = read_po(io.StringIO(po.read_text(encoding="utf-8")), locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """Speak ``language`` inside the block: words, numbers and dates."""
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


def language() -> str:
    """The active language code (``en`` or ``vi``), also the Babel locale."""
    return _language.get()


def _(message: str) -> str:
    """``message`` in the active language."""
    return translations(_language.get()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form of a message, in the active language."""
    return translations(_language.get()).ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker
    """Mark a message for extraction, to be translated later with ``_``."""
    return message


# The registry's indicator names, marked so that extraction finds them.
INDICATOR_NAMES = {
    "grdp": N_("GRDP"),
    "grdp_per_capita": N_("GRDP per capita"),
    "budget_revenue": N_("State budget revenue"),
    "import_export": N_("Import-export turnover"),
    "export": N_("Export turnover"),
    "import": N_("Import turnover"),
    "fdi_registered": N_("Registered FDI"),
    "retail_sales": N_("Retail sales of goods and services"),
    "iip": N_("Index of industrial production"),
    "tourist_arrivals": N_("Tourist arrivals"),
    "tourism_revenue": N_("Tourism revenue"),
    "public_investment_disbursed": N_("Public investment disbursed"),
    "pci": N_("Provincial Competitiveness Index"),
}


def indicator_name(indicator: Indicator | str) -> str:
    """An indicator's name in the active language."""
    key = indicator if isinstance(indicator, str) else indicator.id
    return _(INDICATOR_NAMES[key])


def indicator_in_sentence(indicator: Indicator | str) -> str:
    """An indicator's name inside a sentence: lower case, but acronyms kept ("registered FDI",
    "vốn FDI đăng ký", never "registered fdi")."""
    words = indicator_name(indicator).split(" ")
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in words)
