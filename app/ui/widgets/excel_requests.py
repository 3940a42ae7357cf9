"""Whether anyone answers a window's requests to export or import its checklist: the main window
connects ``export_requested`` and ``import_requested`` (int: the case id); a window opened
without it (a test, a screenshot) shows its Excel buttons disabled."""

from __future__ import annotations


class ExcelRequests:
    """Mixed into a QObject that declares ``export_requested`` and ``import_requested``."""

    def export_connected(self) -> bool:
        return _connected(self, "export_requested(int)")

    def import_connected(self) -> bool:
        return _connected(self, "import_requested(int)")


def _connected(sender, signature: str) -> bool:
    meta = sender.metaObject()
    return sender.isSignalConnected(meta.method(meta.indexOfSignal(signature)))
