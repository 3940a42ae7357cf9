"""A database that cannot be opened at start: what is wrong, and the ways forward.

Loaded only when a start meets a problem (see app.operations.startup).
"""

from app.storage.recovery import (
    Choice,
    Outcome,
    ProblemKind,
    StartProblem,
    carry_out,
    probe_folder,
    read_only_problem,
)

__all__ = ["Choice", "Outcome", "ProblemKind", "StartProblem", "carry_out", "probe_folder",
           "read_only_problem"]
