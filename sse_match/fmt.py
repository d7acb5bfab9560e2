"""원 amounts written the way Korean readers read them (억, 만원), and other display helpers."""

from __future__ import annotations

MAN = 10_000
EOK = 100_000_000
JO = 1_000_000_000_000


def won(amount: int) -> str:
    """Exact amount with thousands separators: 1234567 → '1,234,567원'."""
    return f"{int(amount):,}원"


def korean_won(amount: int) -> str:
    """Rounded to 만원 and split at 조/억: 123_456_789 → '1억 2,346만원', 9_800 → '9,800원'.

    Officers read budgets in 억 and 만원; exact figures stay available through `won`.
    """
    amount = int(amount)
    sign = "-" if amount < 0 else ""
    a = abs(amount)
    if a < MAN:
        return f"{sign}{a:,}원"
    man_total = (a + MAN // 2) // MAN  # round half up to 만원
    jo, rest = divmod(man_total, JO // MAN)
    eok, man = divmod(rest, EOK // MAN)
    parts = []
    if jo:
        parts.append(f"{jo:,}조")
    if eok:
        parts.append(f"{eok:,}억")
    if man:
        parts.append(f"{man:,}만")
    return sign + " ".join(parts) + "원"


def eok(amount: int, digits: int = 1) -> str:
    """In 억원 with fixed decimals, as budget tables write them: 4_200_000_000 → '42.0억원'."""
    return f"{amount / EOK:,.{digits}f}억원"


def count(n: int, unit: str = "") -> str:
    return f"{int(n):,}{unit}"


def percent(ratio: float | None, digits: int = 1) -> str:
    if ratio is None:
        return "-"
    return f"{ratio * 100:.{digits}f}%"
