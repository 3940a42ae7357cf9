"""Files in and out: Excel checklists and the dashboard workbook."""
