"""Faults found by the attack pass (issue 12): each test failed before its fix."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from sse_match import purchase_stats, purchases, schema, stats
from sse_match.access import SYSTEM
from sse_match.validation import ValidationFailed

from .test_purchases import NOW, biz, fx  # noqa: F401

pytestmark = pytest.mark.pg


def _count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


# ---- purchase amounts ---------------------------------------------------------------------------
@pytest.mark.parametrize("value", [2**62, 10**20, "1,000,000,000,001", "99999999999999999999999999999"])
def test_amount_above_one_jo_is_refused(value):
    amount, problem = purchases.parse_amount(value)
    assert amount is None and "너무 큽니다" in problem


def test_amount_cap_is_a_setting(monkeypatch):
    assert purchases.parse_amount(10**12) == (10**12, None)
    monkeypatch.setenv("SSE_MAX_PURCHASE_AMOUNT", "5000000")
    assert purchases.parse_amount(5_000_000) == (5_000_000, None)
    assert purchases.parse_amount(5_000_001)[0] is None


def test_huge_amounts_refused_by_form_import_and_sums_stay_right(fx):
    engine, officer = fx["engine"], fx["officer"]
    before = _count(engine, schema.purchases)
    with pytest.raises(ValidationFailed) as info:
        purchases.record(engine, officer, dict(enterprise_id=fx["e1"], purchased_on=date(2025, 5, 1), amount=2**62,
                                               kind="물품"), date(2025, 12, 31), NOW)
    assert "구매금액" in str(info.value)
    raw = ("구매일자,사업자등록번호,구매금액,구분\n" + "".join(
        f"2025-05-0{k},{biz(1)},{2**62},물품\n" for k in (1, 2, 3))).encode()
    preview = purchases.preview_import(engine, officer, raw, "p.csv", date(2025, 12, 31))
    assert [e.row for e in preview.errors] == [2, 3, 4]
    assert all("너무 큽니다" in e.reason for e in preview.errors)
    assert _count(engine, schema.purchases) == before
    # the largest allowed amounts, three times: every sum stays exact and positive
    for k in (1, 2, 3):
        purchases.record(engine, officer, dict(enterprise_id=fx["e1"], purchased_on=date(2025, 5, k),
                                               amount=purchases.max_amount(), kind="물품"), date(2025, 12, 31), NOW)
    view = purchase_stats.department_view(purchase_stats.PurchaseData.load(engine), 2025)
    assert view.total == 3 * 10**12 + 12_000_000
    progress = stats.agreement_progress(engine, 2025)
    assert int(progress["purchased"].sum()) == 3 * 10**12 + 12_000_000


def test_huge_agreement_target_refused(fx):
    with pytest.raises(ValidationFailed):
        purchases.set_agreement(fx["engine"], SYSTEM, fx["i1"], 2026, target_amount=2**62)
