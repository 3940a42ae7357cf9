"""The 回收站: what was deleted, to restore or to remove for good."""
