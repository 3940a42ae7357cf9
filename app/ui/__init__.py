"""The PySide6 desktop interface.

The plain-Python modules that the start needs are imported here, before any module of this
package imports PySide6. Once PySide6 is loaded, its import hook looks at the source of every
module imported after it (for ``from __feature__ import …``), which would add tens of
milliseconds to a start that imports some sixty modules. In a bundle PySide6 is loaded before
the app's first line and the modules have no source to look at: there they are imported where
they are used, and a first start never imports what only reads kept dashboard lines.
"""

import sys

if "shiboken6" not in sys.modules:
    from app.domain import deadline_item, status  # noqa: F401 - read kept lines (imported lazily)
    from app.operations import dashboard as dashboard_ops  # noqa: F401
    from app.operations import settings, startup  # noqa: F401
