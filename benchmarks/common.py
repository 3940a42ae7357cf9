"""What every benchmark returns: a measured figure beside its baseline from the same run."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    name: str
    measured: float          # seconds (or bytes, per ``unit``)
    baseline: float | None   # the same-run baseline, when the target is a ratio
    target: str              # e.g. "≥ 100× faster", "≤ 1.6×", "≤ 50 ms"
    passed: bool
    unit: str = "s"
    note: str = ""
    judged_ratio: float | None = None   # the ratio the target is judged on, when it is not
                                        # measured / baseline (the median of paired rounds)

    @property
    def ratio(self) -> float | None:
        if self.judged_ratio is not None:
            return self.judged_ratio
        return None if not self.baseline else self.measured / self.baseline


def best_of(repeats: int, func: Callable[[], object]) -> tuple[float, object]:
    """The fastest of ``repeats`` timed calls, and the last call's value."""
    best, value = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        value = func()
        best = min(best, time.perf_counter() - start)
    return best, value
