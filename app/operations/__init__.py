"""What the GUI and the CLI both do, one module per concern; each operation validates, then
writes once. The screens reach storage only through these modules (the ``Store`` handle and
the storage error types pass through as they are).

This package's own module imports nothing beyond the database handle: the start imports
``app.operations.dashboard`` before its first paint and should not pay for the others.
"""

from app.storage.database import Store, open_store

__all__ = ["Store", "open_store"]
