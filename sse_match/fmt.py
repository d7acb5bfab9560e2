"""원 amounts written the way Korean readers read them (억, 만원), and other display helpers."""

from __future__ import annotations

from typing import Any

from sse_match.text import BOOL_LABELS, FIELD_NAMES, VALUE_LABELS

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


def short_won(amount: int) -> str:
    """For key-figure boxes that must fit at 1280 px: 2_275_348_0000 → '227.5억원', 83_000_000 → '8,300만원'."""
    amount = int(amount)
    if abs(amount) >= EOK:
        return f"{amount / EOK:,.1f}억원"
    if abs(amount) >= MAN:
        return f"{round(amount / MAN):,}만원"
    return f"{amount:,}원"


def biz_no(value: str | None) -> str:
    """사업자등록번호 as printed on certificates: '4188135067' → '418-81-35067'; anything else unchanged."""
    digits = "".join(ch for ch in str(value or "") if ch.isdigit())
    if len(digits) != 10:
        return str(value or "")
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def day(value) -> str:
    """A date (or the date of a datetime) as 2026-12-01; empty for none."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d")


def moment(value) -> str:
    """A timestamp to the minute: 2026-12-01 09:30; empty for none."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M")


_MONEY_FIELDS = frozenset({"unit_price", "amount", "target_amount", "total_goods_services"})


def _value(field: str, v) -> str:

    if v is None or v == "":
        return "(없음)"
    if isinstance(v, bool):
        return BOOL_LABELS[v]
    if field in _MONEY_FIELDS and isinstance(v, (int, float)):
        return won(int(v))
    if field == "biz_no":
        return biz_no(v)
    if field == "target_ratio" and isinstance(v, (int, float)):
        return percent(v)
    if isinstance(v, str) and field in VALUE_LABELS:
        return VALUE_LABELS[field].get(v, v)
    if isinstance(v, (int, float)):
        return f"{v:,}"
    raw = str(v)
    if len(raw) >= 16 and raw[4] == "-" and raw[10] == "T":  # an ISO timestamp from the JSON log
        return raw[:16].replace("T", " ").removesuffix(" 00:00")
    return raw


def changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """A change-log entry in words: '단가 12,000원 → 13,500원 · 상태 심사 중 → 승인'."""

    before, after = before or {}, after or {}
    parts = []
    for field in [*after, *(k for k in before if k not in after)]:
        if field in ("version", "created_at", "updated_at", "id"):
            continue
        name = FIELD_NAMES.get(field, field)
        if field in before and field in after:
            parts.append(f"{name} {_value(field, before[field])} → {_value(field, after[field])}")
        elif field in after:
            if after[field] is not None and after[field] != "":  # a new record: only what was filled in
                parts.append(f"{name} {_value(field, after[field])}")
        else:
            parts.append(f"{name} {_value(field, before[field])} (지움)")
    return " · ".join(parts)
