"""The bundled program's entry point (PyInstaller analyses this script)."""

import sys

from app.main import main

if __name__ == "__main__":
    sys.exit(main())
