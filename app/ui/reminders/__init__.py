"""Reminders: the dialog, the tray notice and the calendar (.ics) export."""
