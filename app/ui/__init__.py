"""The PySide6 desktop interface.

The plain-Python modules that the start needs are imported here, before any module of this
package imports PySide6. Once PySide6 is loaded, its import hook looks at the source of every
module imported after it (for ``from __feature__ import …``), which would add tens of
milliseconds to a start that imports some sixty modules.
"""

from app import operations_dashboard  # noqa: F401
from app.storage import settings, start  # noqa: F401
