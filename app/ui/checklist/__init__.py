"""The materials checklist shared by the wizard and the procedures: table, item editor."""
