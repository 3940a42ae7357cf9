"""The rules of the call-center license, in plain Python (no Qt, no sqlite)."""
