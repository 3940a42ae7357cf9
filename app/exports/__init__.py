"""Files in and out: Excel checklists, the dashboard workbook and calendar (.ics) files."""
