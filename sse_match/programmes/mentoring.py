"""1:1 멘토링: suggest a leading enterprise for a new one, record the pair, and see whether it helped.

A mentor is suggested from the catalog's category taxonomy (data/categories.csv): the same category, or
one next to it, ranked by how established it is (years active, workers, public-purchase record) and how
near it is (same 행정동, same 구). Enterprises selling to the same institutions compete: they are left
out unless the department allows it. The department may pick someone else, giving a reason.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import polars as pl
from sqlalchemy import Engine, select

from sse_match.accounts.access import Actor
from sse_match.programmes import records as plan_records
from sse_match.programmes.records import COMPETITION_YEARS, shared_institutions  # noqa: F401 - part of the mentoring API
from sse_match.storage import schema
from sse_match.storage.db import read_frame
from sse_match.text import GROUP_OF_TYPE
from sse_match.workforce import Workforce

# Categories whose enterprises share customers, suppliers or skills (the department's judgement).
ADJACENT = (
    ("식품·도시락·케이터링", "농산물·가공식품"), ("식품·도시락·케이터링", "커피·음료"), ("식품·도시락·케이터링", "행사"),
    ("농산물·가공식품", "커피·음료"), ("청소·방역", "시설관리"), ("청소·방역", "세탁"), ("시설관리", "조경"),
    ("시설관리", "집수리·인테리어"), ("집수리·인테리어", "가구·목공"), ("인쇄·출판", "디자인·홍보"),
    ("디자인·홍보", "영상·사진"), ("디자인·홍보", "기념품·판촉물"), ("행사", "공연·문화예술"),
    ("공연·문화예술", "관광·체험"), ("관광·체험", "교육"), ("교육", "돌봄·사회서비스"), ("사무용품", "생활·위생용품"),
    ("의류·봉제", "기념품·판촉물"), ("IT·소프트웨어", "영상·사진"), ("재활용·자원순환", "청소·방역"),
)
LEADING_MIN_YEARS = 3  # a mentor has run for at least three years (past the usual start-up failures)
WEIGHTS = {"category": 0.30, "years": 0.15, "workers": 0.15, "purchases": 0.15, "near": 0.25}
WORKERS_FULL = 20  # workers at which the workforce score is full
YEARS_FULL = 10  # years active at which the seniority score is full


def _adjacent(category: str) -> set[str]:
    return {b for a, b in ADJACENT if a == category} | {a for a, b in ADJACENT if b == category}


@dataclass(frozen=True)
class MentorData:
    """Enterprises, their workforce and their public sales, loaded once for any number of suggestions."""

    enterprises: pl.DataFrame  # id, name, se_type, categories, gu, dong, founded_on, closed_on
    workforce: Workforce
    sales: pl.DataFrame  # enterprise_id, institution_id, purchased_on, amount

    @classmethod
    def load(cls, engine: Engine) -> MentorData:
        e, p = schema.enterprises.c, schema.purchases.c
        with engine.connect() as conn:
            ents = read_frame(conn, select(e.id, e.name, e.se_type, e.categories, e.gu, e.dong, e.founded_on,
                                      e.closed_on), {"id": pl.Int64, "founded_on": pl.Date, "closed_on": pl.Date})
            sales = read_frame(conn, select(p.enterprise_id, p.institution_id, p.purchased_on, p.amount),
                          {"enterprise_id": pl.Int64, "institution_id": pl.Int64, "purchased_on": pl.Date,
                           "amount": pl.Int64})
        return cls(ents, Workforce.load(engine), sales)


def suggest(engine: Engine, mentee_id: int, today: date, k: int = 5, allow_competition: bool = False,
            data: MentorData | None = None) -> pl.DataFrame:
    """Ranked mentors for one enterprise: id, name, category, score and the reasons, best first."""
    data = data or MentorData.load(engine)
    ents = data.enterprises
    since = today - timedelta(days=365 * COMPETITION_YEARS)
    sales = data.sales.filter(pl.col("purchased_on").is_between(since, today))
    mentee = ents.filter(pl.col("id") == mentee_id)
    if mentee.height == 0:
        raise plan_records.ValidationFailed([plan_records.FieldError(None, "멘티 기업", "등록되지 않은 기업입니다")])
    me = mentee.row(0, named=True)
    primary = (me["categories"] or "").split(",")[0]
    adjacent = _adjacent(primary)
    workers = data.workforce.on(today).select("id", "workers")
    buyers = set(sales.filter(pl.col("enterprise_id") == mentee_id)["institution_id"].to_list())
    record = sales.group_by("enterprise_id").agg(
        sold=pl.col("amount").sum(),
        competes=pl.col("institution_id").is_in(list(buyers)).any() if buyers else pl.lit(False))
    cand = (ents.filter((pl.col("id") != mentee_id) & pl.col("closed_on").is_null()
                        & (pl.col("founded_on") <= today - timedelta(days=365 * LEADING_MIN_YEARS)))
            .with_columns(primary=pl.col("categories").fill_null("").str.split(",").list.first())
            .filter(pl.col("primary").is_in([primary, *adjacent]))
            .join(workers, on="id", how="left").join(record, left_on="id", right_on="enterprise_id", how="left")
            .with_columns(pl.col("workers", "sold").fill_null(0), pl.col("competes").fill_null(False)))
    if not allow_competition:
        cand = cand.filter(~pl.col("competes"))
    if cand.height == 0:
        return cand.with_columns(score=pl.lit(None, pl.Float64), reason=pl.lit(None, pl.String))
    max_log_sold = max(math.log1p(int(cand["sold"].cast(pl.Int64).max() or 0)), 1.0)  # type: ignore[arg-type]
    years = ((pl.lit(today) - pl.col("founded_on")).dt.total_days() / 365.25)
    scored = cand.with_columns(
        s_category=pl.when(pl.col("primary") == primary).then(1.0).otherwise(0.5),
        s_years=(years / YEARS_FULL).clip(upper_bound=1.0),
        s_workers=(pl.col("workers") / WORKERS_FULL).clip(upper_bound=1.0),
        s_purchases=pl.col("sold").log1p() / max_log_sold,
        s_near=pl.when((pl.col("dong") == me["dong"]) & pl.col("dong").is_not_null()).then(1.0)
        .when((pl.col("gu") == me["gu"]) & pl.col("gu").is_not_null()).then(0.5).otherwise(0.0),
        years_active=years.floor().cast(pl.Int64),
    ).with_columns(score=sum(pl.col(f"s_{k}") * w for k, w in WEIGHTS.items()))
    scored = scored.with_columns(reason=pl.concat_str(
        pl.when(pl.col("primary") == primary).then(pl.lit("같은 분야")).otherwise(pl.lit("가까운 분야")),
        pl.lit(" · "), pl.col("years_active").cast(pl.String), pl.lit("년 운영 · 근로자 "),
        pl.col("workers").cast(pl.String), pl.lit("명 · "),
        pl.when(pl.col("s_near") == 1.0).then(pl.lit("같은 동")).when(pl.col("s_near") == 0.5).then(pl.lit("같은 구"))
        .otherwise(pl.lit("다른 구")),
        pl.when(pl.col("competes")).then(pl.lit(" · 같은 기관에 납품 (경쟁 허용)")).otherwise(pl.lit(""))))
    return (scored.sort(["score", "id"], descending=[True, False]).head(k)
            .select("id", "name", "se_type", "primary", "gu", "dong", "years_active", "workers", "sold", "competes",
                    "score", "reason"))


def record_pair(engine: Engine, actor: Actor, values: Mapping[str, Any], suggested_mentor_id: int | None, today: date,
                now: datetime | None = None, token: str | None = None) -> int:
    """Agree a pair. A mentor other than the suggested one needs `override_reason` in `values`."""
    return plan_records.create(engine, actor, "pairs", values, today, now, token,
                               extra={"suggested_mentor_id": suggested_mentor_id})


def outcomes(engine: Engine, today: date) -> pl.DataFrame:
    """Per pair whose following year is over: the mentee's public sales and workers in the start year and
    the next, and the average change of comparable non-mentored enterprises (same group, founded within
    the three years before the start year) over the same years."""
    pr, p = schema.plan_mentoring_pairs.c, schema.purchases.c
    with engine.connect() as conn:
        pairs = read_frame(conn, select(pr.id, pr.mentee_id, pr.mentor_id, pr.started_on),
                      {"id": pl.Int64, "mentee_id": pl.Int64, "mentor_id": pl.Int64, "started_on": pl.Date})
        sales = read_frame(conn, select(p.enterprise_id, p.purchased_on, p.amount),
                      {"enterprise_id": pl.Int64, "purchased_on": pl.Date, "amount": pl.Int64})
    sales = sales.group_by("enterprise_id", year=pl.col("purchased_on").dt.year().cast(pl.Int64)).agg(
        sold=pl.col("amount").sum())
    wf = Workforce.load(engine)
    ents = wf.enterprises
    in_pairs = set(pairs["mentee_id"].to_list()) | set(pairs["mentor_id"].to_list())
    rows = []
    for pair in pairs.iter_rows(named=True):
        y = pair["started_on"].year
        if date(y + 1, 12, 31) > today:
            continue
        w0 = wf.on(date(y, 12, 31)).select("id", w0="workers")
        w1 = wf.on(date(y + 1, 12, 31)).select("id", w1="workers")
        s0 = sales.filter(pl.col("year") == y).select("enterprise_id", s0="sold")
        s1 = sales.filter(pl.col("year") == y + 1).select("enterprise_id", s1="sold")
        me = ents.filter(pl.col("id") == pair["mentee_id"])
        if me.height == 0:
            continue
        group = me["group"][0]
        peers = ents.filter((pl.col("group") == group) & ~pl.col("id").is_in(list(in_pairs))
                            & (pl.col("founded_on") >= date(y - 3, 1, 1)) & (pl.col("founded_on") <= date(y, 12, 31))
                            & (pl.col("closed_on").is_null() | (pl.col("closed_on") > date(y + 1, 12, 31))))
        both = (pl.concat([me.select("id"), peers.select("id")])
                .join(w0, on="id", how="left").join(w1, on="id", how="left")
                .join(s0, left_on="id", right_on="enterprise_id", how="left")
                .join(s1, left_on="id", right_on="enterprise_id", how="left")
                .with_columns(pl.col("w0", "w1", "s0", "s1").fill_null(0))
                .with_columns(dw=pl.col("w1") - pl.col("w0"), ds=pl.col("s1") - pl.col("s0")))
        mine = both.filter(pl.col("id") == pair["mentee_id"]).row(0, named=True)
        others = both.filter(pl.col("id") != pair["mentee_id"])
        rows.append(dict(pair_id=pair["id"], mentee_id=pair["mentee_id"], year=y,
                         workers_before=mine["w0"], workers_after=mine["w1"], workers_change=mine["dw"],
                         sales_before=mine["s0"], sales_after=mine["s1"], sales_change=mine["ds"],
                         peers=others.height,
                         peers_workers_change=others["dw"].cast(pl.Float64).mean() if others.height else None,
                         peers_sales_change=others["ds"].cast(pl.Float64).mean() if others.height else None))
    schema_ = {"pair_id": pl.Int64, "mentee_id": pl.Int64, "year": pl.Int64, "workers_before": pl.Int64,
               "workers_after": pl.Int64, "workers_change": pl.Int64, "sales_before": pl.Int64,
               "sales_after": pl.Int64, "sales_change": pl.Int64, "peers": pl.Int64,
               "peers_workers_change": pl.Float64, "peers_sales_change": pl.Float64}
    return pl.DataFrame(rows, schema=schema_)


__all__ = ["ADJACENT", "GROUP_OF_TYPE", "outcomes", "record_pair", "shared_institutions", "suggest"]
