"""Rate control: find the quantiser step that makes the container hit a byte target.

Container size falls monotonically (in practice) with the step, roughly as a power
law, so bisection on log(step) converges in a few real encodes; we stop as soon as
the size is within the tolerance (aiming a little under the target).
"""

from __future__ import annotations

import math
from typing import Callable

TOLERANCE = 0.05
_AIM = 0.985  # aim slightly under: the server promised at most about the ratio


def find_step(size_of: Callable[[float], int], target: int, *, lo: float, hi: float,
              guess: float | None = None, max_iter: int = 30, tol: float = TOLERANCE * 0.3) -> float:
    """Return a step whose encoded size is within ``tol`` (default 1.5 %) of ``target``
    (or the closest found when the target is out of reach). ``lo`` gives more bytes than ``hi``;
    a ``guess`` inside the range is bracketed outwards first, which avoids coding at
    the (slow, huge) smallest step."""
    aim = target * max(_AIM, 1 - tol)  # (a tight tolerance aims inside it)
    best_step, best_err = hi, math.inf
    s_lo, s_hi = lo, hi
    n_lo = n_hi = None
    if guess is not None and lo < guess < hi:
        s = guess
        n = size_of(s)
        while True:
            if abs(n / target - 1) <= tol:
                return s
            if n > aim:
                s_lo, n_lo = s, n
                if n_hi is not None or s * 4 >= hi:
                    break
                s *= 4
            else:
                s_hi, n_hi = s, n
                if n_lo is not None or s / 4 <= lo:
                    break
                s /= 4
            n = size_of(s)
    n_lo = size_of(s_lo) if n_lo is None else n_lo
    n_hi = size_of(s_hi) if n_hi is None else n_hi
    for step, n in ((lo, n_lo), (hi, n_hi)):
        err = abs(n / target - 1)
        if err < best_err:
            best_step, best_err = step, err
    if n_hi >= aim or n_lo <= aim:  # target out of the reachable range
        return best_step
    for _ in range(max_iter):
        # interpolate in log-log space (size ~ step**-k), safeguarded to bisection
        k = math.log(n_lo / n_hi) / math.log(s_hi / s_lo) if n_lo > n_hi else 1.0
        if k > 0:
            step = s_lo * (n_lo / aim) ** (1.0 / k)
            margin = (s_hi / s_lo) ** 0.05
            step = min(max(step, s_lo * margin), s_hi / margin)
        else:
            step = math.sqrt(s_lo * s_hi)
        n = size_of(step)
        err = abs(n / target - 1)
        if err < best_err:
            best_step, best_err = step, err
        if err <= tol:
            return step
        if n > aim:
            s_lo, n_lo = step, n
        else:
            s_hi, n_hi = step, n
        if s_hi / s_lo < 1.0001:
            break
    return best_step
