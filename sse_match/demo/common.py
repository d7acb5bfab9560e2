"""What every demo generator shares: the seed and a way to split a total."""

from __future__ import annotations

import math
import random

SEED = 20180630  # the baseline date: the same demo on every machine


def split_total(total: int, n: int, rng: random.Random, minimum: int = 0, zero_share: float = 0.0) -> list[int]:
    """Split `total` into `n` non-negative integers with a skewed spread, summing exactly to total."""
    zeros = set(rng.sample(range(n), int(n * zero_share))) if zero_share else set()
    live = [i for i in range(n) if i not in zeros]
    base = {i: minimum for i in live}
    rest = total - minimum * len(live)
    if rest < 0:
        raise ValueError("minimum too large for total")
    weights = {i: rng.lognormvariate(0, 0.9) for i in live}
    wsum = sum(weights.values())
    shares = {i: rest * w / wsum for i, w in weights.items()}
    alloc = {i: math.floor(s) for i, s in shares.items()}
    left = rest - sum(alloc.values())
    for i in sorted(live, key=lambda i: shares[i] - alloc[i], reverse=True)[:left]:
        alloc[i] += 1
    return [base.get(i, 0) + alloc.get(i, 0) for i in range(n)]
