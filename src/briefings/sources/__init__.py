"""Reading sources: each kind of source (tables, articles) becomes the same tidy fact table,
with the problems its loader worked around; analysts' decisions on article facts live here too.

The loaders (``briefings.sources.loading``) are imported when first used, so that importing a
small module of this package (``formats``, read by the configuration) does not import pandas:
a build with nothing to do decides so before pandas, matplotlib or WeasyPrint are imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefings.sources.loading import (
        TABLE_LOADERS,
        load_table_files,
        load_tables,
        unread_files,
    )
    from briefings.sources.patterns import expand_patterns

__all__ = ["TABLE_LOADERS", "expand_patterns", "load_table_files", "load_tables", "unread_files"]


def __getattr__(name: str) -> Any:
    if name == "expand_patterns":
        return importlib.import_module("briefings.sources.patterns").expand_patterns
    if name in __all__:
        return getattr(importlib.import_module("briefings.sources.loading"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
