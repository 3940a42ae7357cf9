"""Files in and out: Excel checklists and calendar (.ics) files."""
