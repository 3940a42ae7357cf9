"""Building the double-click bundle and installers (see installer/build.py)."""
