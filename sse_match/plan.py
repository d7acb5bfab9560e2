"""The city plan's facts: "지속가능한 사회적경제 일자리 1,000개 육성" (2018–2022), from ../shared/seed.

Only facts live here (the 2018-06 baseline, targets, the budget, the legal types and the city's two 구);
the demo generator, the statistics and the plan page all read them from this one place.
"""

from __future__ import annotations

from datetime import date

import polars as pl

BASELINE = date(2018, 6, 30)

# The plan's 2018-06 table, by group: (organisations, workers). Facts from the seed document.
BASELINE_TABLE = {
    "사회적기업": (68, 894),
    "마을기업": (5, 33),
    "자활기업": (14, 116),
    "협동조합": (316, 210),
}
# Plan budget by year and source, in 억원 (seed table "연도별 자원투자"; 2022 = 2022.6).
PLAN_BUDGET_EOK: dict[int, dict[str, float]] = {
    2018: {"국비": 30, "도비": 4, "시비": 8},
    2019: {"국비": 31.5, "도비": 4.2, "시비": 8.4},
    2020: {"국비": 33, "도비": 4.4, "시비": 8.8},
    2021: {"국비": 34.6, "도비": 4.6, "시비": 9.2},
    2022: {"국비": 36.3, "도비": 4.8, "시비": 9.6},
}
# Plan job targets by year (2018 = July–December, 2022 = January–June). Facts from the seed.
JOB_TARGETS = {2018: 220, 2019: 220, 2020: 200, 2021: 200, 2022: 160}
JOBS_TARGET_TOTAL = sum(JOB_TARGETS.values())  # 1,000 new jobs, 2018-07 … 2022-06
PLAN_START = date(2018, 7, 1)  # the plan counts jobs from the month after the baseline table
PLAN_END = date(2022, 6, 30)  # the plan's last half-year

# The legal types of social-economy organisation the app records (the plan's table merges them into 4 groups).
SE_TYPES = ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합", "사회적협동조합")
# Types that hold a designation with a validity date (협동조합 are registered, not certified).
CERTIFIED_TYPES = ("사회적기업", "예비사회적기업", "마을기업", "자활기업")
GUS = ("완산구", "덕진구")  # Jeonju's two 구


def agreement_target() -> pl.Expr:
    """An 우선구매 실천협약 target in 원: the amount agreed, or the agreed ratio × the year's 물품·용역 total.

    Reads the columns target_amount, target_ratio and total_goods_services.
    """
    return pl.coalesce(pl.col("target_amount"),
                       (pl.col("target_ratio") * pl.col("total_goods_services")).round(0).cast(pl.Int64))
