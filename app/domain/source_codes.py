"""The short ids of sources written inside a rule's source text ("S0 §三、S1"), told in words:
each id's title from resources/catalogue/sources.toml, for a tooltip beside the text."""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.domain.catalogue import Source, default_catalogue

# An id stands alone among Latin letters and digits; Chinese text may touch it ("起S0" is rare
# but "（S0" is common), so word boundaries (which count Chinese as letters) would miss it.
_ID = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,3})(?![A-Za-z0-9])")


def source_ids(text: str, sources: Mapping[str, Source]) -> list[str]:
    """The ids of ``sources`` named in ``text``, first mention first, each once."""
    found: list[str] = []
    for match in _ID.finditer(text):
        if match.group(1) in sources and match.group(1) not in found:
            found.append(match.group(1))
    return found


def source_legend(text: str, sources: Mapping[str, Source] | None = None) -> str:
    """One line per source id named in ``text``: "S0: its title" (empty when none is named)."""
    sources = default_catalogue().sources if sources is None else sources
    return "\n".join(f"{key}: {sources[key].title}" for key in source_ids(text, sources))   # Latin ids, any language
