"""The renewal wizard, step by step."""
