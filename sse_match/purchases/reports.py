"""The department's monthly report: one multi-sheet XLSX (요약, 기관별, 기업별, 월별, 일자리)."""

from __future__ import annotations

from datetime import date

import polars as pl

from sse_match import fmt
from sse_match.files import export
from sse_match.purchases.stats import DepartmentView, jobs_by_plan_year
from sse_match.workforce import Workforce

SHEETS = ("요약", "기관별", "기업별", "월별", "일자리")


def summary_rows(view: DepartmentView) -> pl.DataFrame:
    """항목, 값 (a number Excel can add up), 비고 (the readable form)."""
    first = view.first_time.filter(pl.col("year") == view.year)

    def pct(x: float | None) -> float | None:
        return None if x is None else round(x * 100, 1)

    first_n = int(first["suppliers"][0]) if first.height else 0
    first_amount = int(first["amount"][0]) if first.height else 0
    target = int(view.institutions["target"].sum() or 0)
    bought = int(view.institutions["purchased"].sum() or 0)
    rows = [
        ("연도", float(view.year), ""),
        ("사회적경제기업 구매액(원)", float(view.total), fmt.korean_won(view.total)),
        ("구매 건수", float(view.count), ""),
        ("전주 안 기업 비중(%)", pct(view.inside_share), fmt.percent(view.inside_share)),
        ("상위 10개 기업 비중(%)", pct(view.top10_share), fmt.percent(view.top10_share)),
        ("집중도(HHI, 0~10,000)", None if view.hhi is None else round(view.hhi), ""),
        ("수의계약 비중(금액, %)", pct(view.sole_source_share), fmt.percent(view.sole_source_share)),
        ("처음 거래한 기업 수", float(first_n), ""),
        ("처음 거래한 기업 구매액(원)", float(first_amount), fmt.korean_won(first_amount)),
        ("협약 목표 합계(원)", float(target), fmt.korean_won(target)),
        ("협약 기관 구매액 합계(원)", float(bought), fmt.korean_won(bought)),
    ]
    return pl.DataFrame(rows, schema={"항목": pl.String, "값": pl.Float64, "비고": pl.String}, orient="row")


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
    as_of = min(today, date(view.year, 12, 31))
    return export.xlsx_bytes({**report_frames(view, wf, today), **(extra or {})}, title=f"{view.year}년 사회적경제기업 공공구매 보고서",
                             made_on=today, as_of=as_of)


def purchases_for_people(data, rows: pl.DataFrame) -> pl.DataFrame:
    """Purchase rows as a download people read: Korean headers, institution and enterprise names, exact 원."""
    return (rows.join(data.institutions.select("institution_id", "institution_name"), on="institution_id", how="left")
            .join(data.enterprises.select("enterprise_id", "enterprise_name", "biz_no"), on="enterprise_id",
                  how="left")
            .sort("purchased_on", "id")
            .select(pl.col("purchased_on").alias("구매일자"), pl.col("institution_name").alias("기관명"),
                    pl.col("enterprise_name").alias("기업명"),
                    pl.col("biz_no").str.replace(r"^(\d{3})(\d{2})(\d{5})$", "$1-$2-$3").alias("사업자등록번호"),
                    pl.col("kind").alias("구분"), pl.col("category").alias("분류"),
                    pl.col("contract_method").alias("계약방법"), pl.col("description").alias("품명·내용"),
                    pl.col("amount").alias("구매금액(원)")))
