"""The dashboard: every license with its next deadline, and the first-run page."""
