"""Purchases against agreements, 경영평가 points, and jobs against the plan — computed in polars.

`PurchaseData.load` reads the rows once (pages cache it per purchases version); every view below is
a pure function of those frames, a year and `today`, so tests can check it against hand-computed
numbers and the benchmark can time it on a million rows.
"""

from __future__ import annotations

import calendar
import threading
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import cast

import polars as pl
from sqlalchemy import Engine, func, select

from sse_match.config import DATA_DIR
from sse_match.plan import BASELINE, GUS, JOB_TARGETS, agreement_target
from sse_match.storage import schema
from sse_match.storage.db import read_frame
from sse_match.text import GROUP_OF_TYPE
from sse_match.workforce import Workforce

INSIDE_GUS = GUS  # purchases from suppliers inside Jeonju


_PURCHASE_SCHEMA = {"id": pl.Int64, "institution_id": pl.Int64, "enterprise_id": pl.Int64, "purchased_on": pl.Date,
                    "amount": pl.Int64, "kind": pl.String, "contract_method": pl.String, "category": pl.String,
                    "description": pl.String}
MAX_CHUNKS = 64  # appended pieces kept apart (cheap appends) until one copy joins them (fast scans)
REWRITES_KEY = "purchases_rewrites"  # bumped by corrections and deletions: those need a full reload


def _max_id(ids: pl.Series) -> int | None:
    """The largest id of an Int64 column (None when empty): polars types `max()` as any Python literal."""
    return cast("int | None", ids.max())


def _purchases_frame(conn, after_id: int | None = None) -> pl.DataFrame:
    p = schema.purchases.c
    stmt = select(p.id, p.institution_id, p.enterprise_id, p.purchased_on, p.amount, p.kind, p.contract_method,
                  p.category, p.description).where(p.status != "draft")  # (issue 14) a draft counts nowhere
    if after_id is not None:
        stmt = stmt.where(p.id > after_id)
    df = read_frame(conn, stmt, _PURCHASE_SCHEMA)
    return df.with_columns(year=pl.col("purchased_on").dt.year().cast(pl.Int64),
                           month=pl.col("purchased_on").dt.month().cast(pl.Int64))


@dataclass(frozen=True)
class PurchaseData:
    purchases: pl.DataFrame  # id, institution_id, enterprise_id, purchased_on, amount, kind, contract_method, category
    enterprises: pl.DataFrame  # enterprise_id, enterprise_name, se_type, group, gu, dong, categories, biz_no
    institutions: pl.DataFrame  # institution_id, institution_name, kind, city_affiliated
    agreements: pl.DataFrame  # institution_id, year, target_amount, target_ratio, total_goods_services
    watermark: int = 0  # the largest purchase id loaded
    rewrites: int = 0  # the rewrites counter when loaded

    @staticmethod
    def _small(conn) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
        e, i, a = schema.enterprises.c, schema.institutions.c, schema.agreements.c
        ents = read_frame(conn, select(e.id.label("enterprise_id"), e.name.label("enterprise_name"), e.se_type, e.gu,
                                  e.dong, e.categories, e.biz_no),
                     {"enterprise_id": pl.Int64, "enterprise_name": pl.String, "se_type": pl.String,
                      "gu": pl.String, "dong": pl.String, "categories": pl.String, "biz_no": pl.String})
        insts = read_frame(conn, select(i.id.label("institution_id"), i.name.label("institution_name"), i.kind,
                                   i.city_affiliated),
                      {"institution_id": pl.Int64, "institution_name": pl.String, "kind": pl.String,
                       "city_affiliated": pl.Boolean})
        agrs = read_frame(conn, select(a.institution_id, a.year, a.target_amount, a.target_ratio, a.total_goods_services),
                     {"institution_id": pl.Int64, "year": pl.Int64, "target_amount": pl.Int64,
                      "target_ratio": pl.Float64, "total_goods_services": pl.Int64})
        ents = ents.with_columns(group=pl.col("se_type").replace_strict(GROUP_OF_TYPE, default=None))
        return ents, insts, agrs

    @staticmethod
    def _rewrites(conn) -> int:
        v = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == REWRITES_KEY)).scalar()
        return int(v or 0)

    @classmethod
    def load(cls, engine: Engine) -> PurchaseData:
        with engine.connect() as conn:
            rewrites = cls._rewrites(conn)
            purchases = _purchases_frame(conn)
            ents, insts, agrs = cls._small(conn)
        return cls(purchases, ents, insts, agrs, int(_max_id(purchases["id"]) or 0), rewrites)

    def refreshed(self, engine: Engine) -> PurchaseData:
        """Append the purchases recorded since the watermark (and reload the small tables) instead of
        reading a million rows again. Falls back to a full load after a correction or deletion, or when
        the row count shows a purchase committed out of id order (PostgreSQL sequences)."""
        p = schema.purchases.c
        with engine.connect() as conn:
            if self._rewrites(conn) != self.rewrites:
                return PurchaseData.load(engine)
            new = _purchases_frame(conn, self.watermark)
            # SQLite has one writer at a time and assigns ids inside its write lock, so ids commit in order;
            # PostgreSQL sequences do not, so there the row count must confirm nothing below the watermark
            # was committed late.
            if engine.dialect.name != "sqlite":
                top = int(cast(int, _max_id(new["id"]))) if new.height else self.watermark
                total = conn.execute(select(func.count()).select_from(schema.purchases).where(p.id <= top)).scalar_one()
                if total != self.purchases.height + new.height:
                    return PurchaseData.load(engine)
            ents, insts, agrs = self._small(conn)
        purchases = pl.concat([self.purchases, new], rechunk=False) if new.height else self.purchases
        if purchases.n_chunks() > MAX_CHUNKS:
            purchases = purchases.rechunk()
        return PurchaseData(purchases, ents, insts, agrs, max(self.watermark, int(_max_id(new["id"]) or 0)),
                            self.rewrites)


class PurchaseCache:
    """The process's purchase frames, refreshed incrementally when the shared purchases version moves
    (the version lives in the database, so a write on one replica shows on every replica)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._data: PurchaseData | None = None
        self._version: int | None = None

    def get(self, engine: Engine, version: int) -> PurchaseData:
        with self._lock:
            if self._data is None or version < (self._version or 0):  # first use, or a restored database
                self._data = PurchaseData.load(engine)
            elif version != self._version:
                self._data = self._data.refreshed(engine)
            self._version = version
            return self._data


@dataclass(frozen=True)
class PointsTier:
    min_ratio: float  # achievement ratio from which the tier applies
    points: float


@dataclass(frozen=True)
class EvaluationRule:
    """The 경영평가 가점 rule of data/evaluation_rule.toml, which the department edits every year."""

    max_points: float
    basis: str
    tiers: tuple[PointsTier, ...]


def evaluation_rule(path: Path = DATA_DIR / "evaluation_rule.toml") -> EvaluationRule:
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    return EvaluationRule(float(raw["max_points"]), str(raw.get("basis", "")),
                          tuple(PointsTier(float(t["min_ratio"]), float(t["points"])) for t in raw["tiers"]))


def points_expr(ratio: pl.Expr, rule: EvaluationRule) -> pl.Expr:
    """경영평가 points for an achievement ratio by the tiered rule (first tier reached wins)."""
    expr = pl.lit(0.0)
    for tier in sorted(rule.tiers, key=lambda t: t.min_ratio):
        expr = pl.when(ratio >= tier.min_ratio).then(pl.lit(tier.points)).otherwise(expr)
    return pl.when(ratio.is_null()).then(None).otherwise(expr)


def targets(data: PurchaseData, year: int) -> pl.DataFrame:
    """institution_id, target (원) for the year: an amount, or ratio × recorded 물품·용역 total."""
    return data.agreements.filter(pl.col("year") == year).select(
        "institution_id", "target_amount", "target_ratio", "total_goods_services",
        target=agreement_target(),
    )


def _share(df: pl.DataFrame, by: str) -> pl.DataFrame:
    total = df["amount"].sum() or 1
    return df.group_by(by).agg(amount=pl.col("amount").sum(), count=pl.len()).with_columns(
        share=pl.col("amount") / total).sort("amount", descending=True)


@dataclass(frozen=True)
class DepartmentView:
    year: int
    total: int
    count: int
    by_year: pl.DataFrame
    by_type: pl.DataFrame
    by_kind: pl.DataFrame
    by_category: pl.DataFrame
    institutions: pl.DataFrame  # ranked by achievement, with points for city-affiliated ones
    by_enterprise: pl.DataFrame
    monthly: pl.DataFrame
    inside_share: float | None
    top10_share: float | None
    hhi: float | None  # Σ (share × 100)², 0 … 10,000
    first_time: pl.DataFrame  # year, suppliers, amount
    sole_source_share: float | None  # 수의계약 share of the amount


def department_view(data: PurchaseData, year: int, rule: EvaluationRule | None = None) -> DepartmentView:
    rule = rule or evaluation_rule()
    p = data.purchases.lazy()
    ents = data.enterprises.lazy()
    yr = p.filter(pl.col("year") == year).join(ents, on="enterprise_id", how="left")
    by_year = p.group_by("year").agg(amount=pl.col("amount").sum(), count=pl.len()).sort("year")
    first_year = p.group_by("enterprise_id").agg(first=pl.col("year").min())
    first_time = (p.join(first_year, on="enterprise_id").filter(pl.col("year") == pl.col("first"))
                  .group_by("year").agg(suppliers=pl.col("enterprise_id").n_unique(), amount=pl.col("amount").sum())
                  .sort("year"))
    by_ent = (yr.group_by("enterprise_id", "enterprise_name", "se_type", "gu")
              .agg(amount=pl.col("amount").sum(), count=pl.len())
              .sort("amount", descending=True))
    by_inst = yr.group_by("institution_id").agg(purchased=pl.col("amount").sum(), count=pl.len())
    monthly = yr.group_by("month").agg(amount=pl.col("amount").sum()).sort("month")
    by_year_df, first_time_df, by_ent_df, by_inst_df, monthly_df, yr_df = pl.collect_all(
        [by_year, first_time, by_ent, by_inst, monthly, yr])
    total = int(yr_df["amount"].sum() or 0)
    shares = by_ent_df["amount"] / total if total else None
    inst = (targets(data, year).join(data.institutions, on="institution_id", how="left")
            .join(by_inst_df, on="institution_id", how="left")
            .with_columns(pl.col("purchased").fill_null(0), pl.col("count").fill_null(0))
            .with_columns(achievement=pl.when(pl.col("target") > 0).then(pl.col("purchased") / pl.col("target")))
            .with_columns(points=pl.when(pl.col("city_affiliated")).then(points_expr(pl.col("achievement"), rule)),
                          remaining=(pl.col("target") - pl.col("purchased")).clip(lower_bound=0))
            .sort("achievement", descending=True, nulls_last=True))
    return DepartmentView(
        year=year, total=total, count=yr_df.height, by_year=by_year_df,
        by_type=_share(yr_df.with_columns(pl.col("se_type").fill_null("미상")), "se_type"),
        by_kind=_share(yr_df, "kind"), by_category=_share(yr_df.with_columns(pl.col("category").fill_null("미분류")),
                                                           "category"),
        institutions=inst, by_enterprise=by_ent_df, monthly=monthly_df,
        inside_share=(float(yr_df.filter(pl.col("gu").is_in(INSIDE_GUS))["amount"].sum()) / total) if total else None,
        top10_share=float(shares.head(10).sum()) if shares is not None else None,
        hhi=float(((shares * 100) ** 2).sum()) if shares is not None else None,
        first_time=first_time_df,
        sole_source_share=(float(yr_df.filter(pl.col("contract_method") == "수의계약")["amount"].sum()) / total)
        if total else None,
    )


@dataclass(frozen=True)
class InstitutionView:
    institution_id: int
    year: int
    target: int | None
    purchased: int
    achievement: float | None
    remaining: int | None
    forecast: int  # year-end estimate
    forecast_achievement: float | None
    monthly: pl.DataFrame  # month, amount, cumulative, pro_rata
    points: float | None  # 경영평가 points when city-affiliated


def institution_view(data: PurchaseData, institution_id: int, year: int, today: date,
                     rule: EvaluationRule | None = None) -> InstitutionView:
    """Actual vs target, monthly cumulative against the pro-rata line, and a year-end forecast from the run
    rate shaped by last year's seasonality (how much of last year's total had been bought by this day)."""
    rule = rule or evaluation_rule()
    mine = data.purchases.lazy().filter(pl.col("institution_id") == institution_id)
    this, last = pl.collect_all([mine.filter(pl.col("year") == year), mine.filter(pl.col("year") == year - 1)])
    tgt = targets(data, year).filter(pl.col("institution_id") == institution_id)
    target = int(tgt["target"][0]) if tgt.height and tgt["target"][0] is not None else None
    cut = min(today, date(year, 12, 31))
    purchased = int(this.filter(pl.col("purchased_on") <= cut)["amount"].sum() or 0)
    days = 366 if calendar.isleap(year) else 365
    elapsed = (cut - date(year, 1, 1)).days + 1
    months = pl.DataFrame({"month": list(range(1, 13))}, schema={"month": pl.Int64})
    month_end_days = [(date(year, m, calendar.monthrange(year, m)[1]) - date(year, 1, 1)).days + 1 for m in range(1, 13)]
    monthly = (months.join(this.group_by("month").agg(amount=pl.col("amount").sum()), on="month", how="left")
               .with_columns(pl.col("amount").fill_null(0))
               .with_columns(cumulative=pl.col("amount").cum_sum(),
                             pro_rata=(pl.Series(month_end_days) / days * (target or 0)).round(0).cast(pl.Int64)))
    if last.height and cast(int, last["amount"].sum()) > 0:  # amount is Int64: its sum is an int
        same_day = date(year - 1, cut.month, min(cut.day, calendar.monthrange(year - 1, cut.month)[1]))
        seen_share = (cast(int, last.filter(pl.col("purchased_on") <= same_day)["amount"].sum())
                      / cast(int, last["amount"].sum()))
    else:
        seen_share = elapsed / days
    forecast = purchased if cut == date(year, 12, 31) else int(round(purchased / max(seen_share, elapsed / days / 4,
                                                                                        1e-9)))
    points = None
    city = data.institutions.filter(pl.col("institution_id") == institution_id)["city_affiliated"]
    ach = purchased / target if target else None
    if city.len() and city[0] and ach is not None:
        points = pl.select(points_expr(pl.lit(ach), rule)).item()
    return InstitutionView(institution_id, year, target, purchased, ach,
                           max(target - purchased, 0) if target is not None else None, forecast,
                           forecast / target if target else None, monthly, points)


def agency_suspects(data: PurchaseData, year: int) -> pl.DataFrame:
    """구매대행 check: purchases whose category lies outside the enterprise's registered categories."""
    yr = data.purchases.filter(pl.col("year") == year).join(data.enterprises, on="enterprise_id", how="left")
    return (yr.filter(pl.col("category").is_not_null() & pl.col("categories").is_not_null())
            .filter(~pl.col("categories").str.contains(pl.col("category"), literal=True))
            .select("purchased_on", "institution_id", "enterprise_name", "categories", "category", "description",
                    "amount")
            .join(data.institutions.select("institution_id", "institution_name"), on="institution_id", how="left")
            .sort("amount", descending=True))


# ---- jobs against the plan ---------------------------------------------------------------------
PLAN_PERIODS = {  # plan year → (start exclusive, end inclusive): 2018 = July–December, 2022 = January–June
    2018: (BASELINE, date(2018, 12, 31)), 2019: (date(2018, 12, 31), date(2019, 12, 31)),
    2020: (date(2019, 12, 31), date(2020, 12, 31)), 2021: (date(2020, 12, 31), date(2021, 12, 31)),
    2022: (date(2021, 12, 31), date(2022, 6, 30)),
}


def jobs_by_plan_year(wf: Workforce, today: date) -> pl.DataFrame:
    """New jobs per plan period against its target, cumulative against 1,000, then the years after."""
    periods: dict[int | str, tuple[date, date]] = {year: span for year, span in PLAN_PERIODS.items()}
    y, start = 2022, date(2022, 6, 30)
    while start < today:  # after the plan: 2022 H2, then calendar years up to today
        end = min(date(y, 12, 31), today)
        periods[f"{y}" if start.month == 12 else f"{y} 하반기"] = (start, end)
        start, y = end, y + 1
    rows = []
    cumulative = 0
    for label, (a, b) in periods.items():
        if a >= today:
            break
        b = min(b, today)
        wa, wb = wf.by_group(a), wf.by_group(b)
        gained = int(cast(int, wb["workers"].sum()) - cast(int, wa["workers"].sum()))
        cumulative += gained
        rows.append({"period": str(label), "start": a, "end": b, "new_jobs": gained,
                     "target": JOB_TARGETS.get(label) if isinstance(label, int) else None,
                     "cumulative": cumulative,
                     "vulnerable": int(wb["vulnerable"].sum()), "youth": int(wb["youth"].sum()),
                     "workers": int(wb["workers"].sum())})
    return pl.DataFrame(rows).with_columns(
        met=pl.when(pl.col("target").is_not_null()).then(pl.col("new_jobs") >= pl.col("target")))


def workers_by_place(wf: Workforce, today: date) -> pl.DataFrame:
    now = wf.on(today).group_by("gu", "dong").agg(workers=pl.col("workers").sum(), orgs=pl.len())
    then = wf.on(BASELINE).group_by("gu", "dong").agg(baseline=pl.col("workers").sum())
    return (now.join(then, on=["gu", "dong"], how="full", coalesce=True)
            .with_columns(pl.col("workers", "baseline", "orgs").fill_null(0))
            .with_columns(change=pl.col("workers") - pl.col("baseline")).sort("workers", descending=True))


def growers(wf: Workforce, today: date, since: date | None = None, k: int = 10) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The enterprises that grew and shrank most in workers since `since` (default: a year ago)."""
    since = since or today - timedelta(days=365)
    a = wf.on(since).select("id", before="workers")
    b = wf.on(today).select("id", "se_type", after="workers")
    both = b.join(a, on="id", how="left").with_columns(pl.col("before").fill_null(0)).with_columns(
        change=pl.col("after") - pl.col("before"))
    return both.sort("change", descending=True).head(k), both.sort("change").head(k)


def plan_budget(engine: Engine) -> pl.DataFrame:
    b = schema.plan_budget.c
    with engine.connect() as conn:
        df = read_frame(conn, select(b.year, b.period_label, b.source, b.amount, b.spent),
                   {"year": pl.Int64, "period_label": pl.String, "source": pl.String, "amount": pl.Int64,
                    "spent": pl.Int64})
    spent = df.group_by("year").agg(spent=pl.col("spent").sum() if df["spent"].is_not_null().any()
                                     else pl.lit(None, pl.Int64))
    return (df.pivot(on="source", index=["year", "period_label"], values="amount")
            .with_columns(total=pl.sum_horizontal("국비", "도비", "시비"))
            .join(spent, on="year", how="left").sort("year"))
