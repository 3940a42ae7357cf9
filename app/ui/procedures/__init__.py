"""The other procedures (annual report, change, cancellation ...) and their steps."""
