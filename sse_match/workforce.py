"""Figures counted from the stored rows: organisations and workers on a date, and the home page.

An organisation counts on a date when it was founded on or before it and not closed before it;
its workers are those of its latest workforce snapshot on or before that date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import polars as pl
from sqlalchemy import Engine, extract, func, select

from sse_match.plan import BASELINE, JOBS_TARGET_TOTAL, agreement_target
from sse_match.storage import schema
from sse_match.storage.db import read_frame
from sse_match.text import GROUP_OF_TYPE, GROUPS


@dataclass(frozen=True)
class Workforce:
    """Enterprises and their snapshots, loaded once and counted on any number of dates."""

    enterprises: pl.DataFrame  # id, se_type, group, founded_on, closed_on
    snapshots: pl.DataFrame  # enterprise_id, as_of, workers, vulnerable, youth

    @classmethod
    def load(cls, engine: Engine) -> Workforce:
        e, w = schema.enterprises.c, schema.workforce.c
        with engine.connect() as conn:
            ents = read_frame(conn, select(e.id, e.se_type, e.founded_on, e.closed_on, e.gu, e.dong),
                         {"id": pl.Int64, "se_type": pl.String, "founded_on": pl.Date, "closed_on": pl.Date,
                          "gu": pl.String, "dong": pl.String})
            snaps = read_frame(conn, select(w.enterprise_id, w.as_of, w.workers, w.vulnerable, w.youth),
                          {"enterprise_id": pl.Int64, "as_of": pl.Date, "workers": pl.Int64,
                           "vulnerable": pl.Int64, "youth": pl.Int64})
        ents = ents.with_columns(group=pl.col("se_type").replace_strict(GROUP_OF_TYPE, return_dtype=pl.String))
        return cls(ents, snaps)

    def on(self, day: date) -> pl.DataFrame:
        """One row per organisation alive on `day`, with its latest snapshot's figures (0 if none)."""
        alive = self.enterprises.filter(
            (pl.col("founded_on") <= day) & (pl.col("closed_on").is_null() | (pl.col("closed_on") >= day))
        )
        latest = (
            self.snapshots.filter(pl.col("as_of") <= day)
            .sort("as_of")
            .group_by("enterprise_id")
            .last()
        )
        return alive.join(latest, left_on="id", right_on="enterprise_id", how="left").with_columns(
            pl.col("workers", "vulnerable", "youth").fill_null(0)
        )

    def by_group(self, day: date) -> pl.DataFrame:
        """group, orgs, workers, vulnerable, youth — all four groups, zeros included."""
        agg = self.on(day).group_by("group").agg(
            orgs=pl.len().cast(pl.Int64), workers=pl.col("workers").sum(),
            vulnerable=pl.col("vulnerable").sum(), youth=pl.col("youth").sum(),
        )
        return (
            pl.DataFrame({"group": list(GROUPS)})
            .join(agg, on="group", how="left")
            .with_columns(pl.col("orgs", "workers", "vulnerable", "youth").fill_null(0))
        )

    def series(self, days: list[date]) -> pl.DataFrame:
        """date, group, orgs, workers for each day: the workers-over-time chart."""
        return pl.concat([self.by_group(d).with_columns(date=pl.lit(d)) for d in days])


def summary(engine: Engine, as_of: date) -> dict[str, Any]:
    """The `summary` command's figures: organisations and workers by group on a date."""
    table = Workforce.load(engine).by_group(as_of)
    return {
        "as_of": as_of.isoformat(),
        "enterprises": dict[str, Any](zip(table["group"], table["orgs"], strict=True)),
        "workers": dict[str, Any](zip(table["group"], table["workers"], strict=True)),
    }


def agreement_progress(engine: Engine, year: int) -> pl.DataFrame:
    """Per institution with an agreement for `year`: target (원), purchased (원), achievement ratio.

    A ratio target is the ratio times the institution's recorded 물품·용역 total for the year.
    """
    a, p, i = schema.agreements.c, schema.purchases.c, schema.institutions.c
    bought = (
        select(p.institution_id, func.sum(p.amount).label("purchased"))
        .where(extract("year", p.purchased_on) == year, p.status != "draft")  # (issue 14) drafts do not count
        .group_by(p.institution_id)
        .subquery()
    )
    stmt = (
        select(i.id, i.name, i.city_affiliated, a.target_amount, a.target_ratio, a.total_goods_services,
               func.coalesce(bought.c.purchased, 0).label("purchased"))
        .select_from(schema.agreements.join(schema.institutions, a.institution_id == i.id)
                     .outerjoin(bought, bought.c.institution_id == i.id))
        .where(a.year == year)
    )
    with engine.connect() as conn:
        df = read_frame(conn, stmt, {"id": pl.Int64, "name": pl.String, "city_affiliated": pl.Boolean,
                                "target_amount": pl.Int64, "target_ratio": pl.Float64,
                                "total_goods_services": pl.Int64, "purchased": pl.Int64})
    return df.with_columns(target=agreement_target()).with_columns(
        achievement=pl.when(pl.col("target") > 0).then(pl.col("purchased") / pl.col("target"))
    )


@dataclass(frozen=True)
class HomeFigures:
    today: date
    by_group: pl.DataFrame  # group, orgs, workers, vulnerable, youth
    orgs: int
    workers: int
    new_jobs: int  # workers today − workers on the 2018-06-30 baseline
    jobs_target: int
    year: int
    purchased: int  # this year's purchases by institutions with an agreement (원)
    target: int  # the sum of their targets (원)
    series: pl.DataFrame  # date, group, orgs, workers

    @property
    def achievement(self) -> float | None:
        return self.purchased / self.target if self.target else None


def series_days(start: date, today: date) -> list[date]:
    """Half-year ends from the baseline up to today, plus today itself."""
    days, y = [start], start.year
    while True:
        for d in (date(y, 6, 30), date(y, 12, 31)):
            if start < d < today:
                days.append(d)
        if date(y, 12, 31) >= today:
            break
        y += 1
    return days + [today]


def home_figures(engine: Engine, today: date) -> HomeFigures:
    wf = Workforce.load(engine)
    now = wf.by_group(today)
    base_workers = int(wf.by_group(BASELINE)["workers"].sum())
    progress = agreement_progress(engine, today.year)
    return HomeFigures(
        today=today,
        by_group=now,
        orgs=int(now["orgs"].sum()),
        workers=int(now["workers"].sum()),
        new_jobs=int(now["workers"].sum()) - base_workers,
        jobs_target=JOBS_TARGET_TOTAL,
        year=today.year,
        purchased=int(progress["purchased"].sum()),
        target=int(progress["target"].sum()),
        series=wf.series(series_days(BASELINE, today)),
    )
