"""Errors of the Excel round trip, each with a Chinese message for the user (no openpyxl here,
so that callers can catch them without importing it)."""


class ExportError(Exception):
    """Writing a file failed; ``str(error)`` says why and what to do."""


class ImportRefused(Exception):
    """A file cannot be imported at all (not a workbook, damaged, from elsewhere); nothing changed."""
