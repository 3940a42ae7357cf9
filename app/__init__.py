"""License Keeper (许可证管家): a desktop app for holders of a call-center (B24) license."""

__version__ = "0.1.0"
