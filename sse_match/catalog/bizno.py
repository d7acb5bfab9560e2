"""사업자등록번호 (business registration number) validation.

Ten digits; the last is a check digit over the first nine with weights 1,3,7,1,3,7,1,3,5
plus the tens of (9th digit × 5), as the National Tax Service defines it.
"""

from __future__ import annotations

import re

_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def normalise(text: str) -> str:
    """Keep digits only: '418-82-00015' → '4188200015'."""
    return re.sub(r"\D", "", text or "")


def check_digit(first9: str) -> int:
    digits = [int(c) for c in first9]
    total = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True))
    total += digits[8] * 5 // 10
    return (10 - total % 10) % 10


def is_valid(text: str) -> bool:
    n = normalise(text)
    return len(n) == 10 and check_digit(n[:9]) == int(n[9])


def formatted(text: str) -> str:
    """'4188200015' → '418-82-00015'."""
    n = normalise(text)
    return f"{n[:3]}-{n[3:5]}-{n[5:]}" if len(n) == 10 else text
