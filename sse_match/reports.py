"""The department's monthly report: one multi-sheet XLSX (요약, 기관별, 기업별, 월별, 일자리)."""

from __future__ import annotations

from datetime import date

import polars as pl

from . import export, fmt
from .purchase_stats import DepartmentView, jobs_by_plan_year
from .stats import Workforce

SHEETS = ("요약", "기관별", "기업별", "월별", "일자리")


def summary_rows(view: DepartmentView) -> pl.DataFrame:
    first = view.first_time.filter(pl.col("year") == view.year)
    rows = [
        ("연도", str(view.year)),
        ("사회적경제기업 구매액(원)", f"{view.total:,}"),
        ("구매액 (읽기 쉬운 표기)", fmt.korean_won(view.total)),
        ("구매 건수", f"{view.count:,}"),
        ("전주 안 기업 비중", fmt.percent(view.inside_share)),
        ("상위 10개 기업 비중", fmt.percent(view.top10_share)),
        ("집중도(HHI, 0~10,000)", f"{view.hhi:,.0f}" if view.hhi is not None else "-"),
        ("수의계약 비중(금액)", fmt.percent(view.sole_source_share)),
        ("처음 거래한 기업 수", f"{int(first['suppliers'][0]) if first.height else 0:,}"),
        ("처음 거래한 기업 구매액(원)", f"{int(first['amount'][0]) if first.height else 0:,}"),
        ("협약 목표 합계(원)", f"{int(view.institutions['target'].sum() or 0):,}"),
        ("협약 기관 구매액 합계(원)", f"{int(view.institutions['purchased'].sum() or 0):,}"),
    ]
    return pl.DataFrame(rows, schema=["항목", "값"], orient="row")


def report_frames(view: DepartmentView, wf: Workforce, today: date) -> dict[str, pl.DataFrame]:
    inst = view.institutions.select(
        pl.col("institution_name").alias("기관명"), pl.col("kind").alias("기관 유형"),
        pl.when(pl.col("city_affiliated")).then(pl.lit("예")).otherwise(pl.lit("아니오")).alias("시 산하"),
        pl.col("target").alias("협약 목표액(원)"), pl.col("purchased").alias("구매액(원)"),
        (pl.col("achievement") * 100).round(1).alias("달성률(%)"), pl.col("remaining").alias("남은 금액(원)"),
        pl.col("points").alias("경영평가 가점"))
    ents = view.by_enterprise.select(
        pl.col("enterprise_name").alias("기업명"), pl.col("se_type").alias("기업 유형"), pl.col("gu").alias("구"),
        pl.col("amount").alias("구매액(원)"), pl.col("count").alias("건수"))
    monthly = view.monthly.select(pl.col("month").alias("월"), pl.col("amount").alias("구매액(원)"))
    jobs = jobs_by_plan_year(wf, today).select(
        pl.col("period").alias("기간"), pl.col("new_jobs").alias("늘어난 일자리"), pl.col("target").alias("목표"),
        pl.col("cumulative").alias("누적"), pl.col("workers").alias("근로자"), pl.col("vulnerable").alias("취약계층"),
        pl.col("youth").alias("청년"))
    return dict(zip(SHEETS, (summary_rows(view), inst, ents, monthly, jobs), strict=True))


def report_xlsx(view: DepartmentView, wf: Workforce, today: date, extra: dict[str, pl.DataFrame] | None = None) -> bytes:
    """`extra`: more sheets after the five, e.g. the 견적 요청 funnel (issue 14)."""
    return export.xlsx_bytes({**report_frames(view, wf, today), **(extra or {})})
