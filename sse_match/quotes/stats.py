"""The department's 견적 요청 funnel: requests → answered → chosen → purchased, and who never answers.

`QuoteData.load` reads the rows once; the figures are pure functions of those frames, so a test checks
them against a hand-computed fixture. A request counts as answered when at least one enterprise sent a
price, chosen when the officer chose one, purchased when the draft purchase was confirmed. By enterprise
type, a request counts under every type it was sent to (answered/chosen/purchased by that type).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

import polars as pl
from sqlalchemy import Engine, select

from sse_match.storage import schema
from sse_match.storage.db import read_frame

DIMENSIONS = {"institution_name": "기관", "category": "분야", "se_type": "기업 유형", "month": "월"}
STEPS = ("requests", "answered", "chosen", "purchased")
STEP_LABELS = {"requests": "요청", "answered": "답변 받음", "chosen": "선정", "purchased": "구매 확정"}


@dataclass(frozen=True)
class QuoteData:
    requests: pl.DataFrame  # id, institution_name, category, status, answer_by, created_at, chosen_recipient_id
    recipients: pl.DataFrame  # recipient_id, request_id, enterprise_id, enterprise_name, se_type, status, answered_at
    purchases: pl.DataFrame  # confirmed: id, quote_request_id, amount, purchased_on

    @classmethod
    def load(cls, engine: Engine) -> QuoteData:
        q, i, r, e, p = (schema.quote_requests.c, schema.institutions.c, schema.quote_recipients.c,
                         schema.enterprises.c, schema.purchases.c)
        with engine.connect() as conn:
            reqs = read_frame(conn, select(q.id, i.name.label("institution_name"), q.category, q.status, q.answer_by,
                                      q.created_at, q.chosen_recipient_id)
                         .select_from(schema.quote_requests.join(schema.institutions, q.institution_id == i.id)),
                         {"id": pl.Int64, "institution_name": pl.String, "category": pl.String, "status": pl.String,
                          "answer_by": pl.Date, "created_at": pl.Datetime, "chosen_recipient_id": pl.Int64})
            recs = read_frame(conn, select(r.id.label("recipient_id"), r.request_id, r.enterprise_id,
                                      e.name.label("enterprise_name"), e.se_type, r.status, r.answered_at)
                         .select_from(schema.quote_recipients.join(schema.enterprises, r.enterprise_id == e.id)),
                         {"recipient_id": pl.Int64, "request_id": pl.Int64, "enterprise_id": pl.Int64,
                          "enterprise_name": pl.String, "se_type": pl.String, "status": pl.String,
                          "answered_at": pl.Datetime})
            buys = read_frame(conn, select(p.id, p.quote_request_id, p.amount, p.purchased_on).where(p.status != "draft"),
                         {"id": pl.Int64, "quote_request_id": pl.Int64, "amount": pl.Int64, "purchased_on": pl.Date})
        return cls(reqs, recs, buys)


def _pairs(data: QuoteData, year: int | None) -> pl.DataFrame:
    """One row per request × recipient with the step flags."""
    reqs = data.requests if year is None else data.requests.filter(pl.col("created_at").dt.year() == year)
    return (reqs.join(data.recipients, left_on="id", right_on="request_id", how="inner")
            .with_columns(month=pl.col("created_at").dt.strftime("%Y-%m"),
                          category=pl.col("category").fill_null("미분류"),
                          answered=pl.col("status_right") == "answered",
                          chosen=pl.col("recipient_id") == pl.col("chosen_recipient_id"))
            .with_columns(chosen=pl.col("chosen").fill_null(False))
            .with_columns(purchased=pl.col("chosen") & (pl.col("status") == "purchased")))


def funnel(data: QuoteData, by: str, year: int | None = None) -> pl.DataFrame:
    """by (institution_name, category, se_type or month), requests, answered, chosen, purchased."""
    if by not in DIMENSIONS:
        raise ValueError(by)
    pairs = _pairs(data, year)
    out = pairs.group_by(by).agg(
        requests=pl.col("id").n_unique(),
        answered=pl.col("id").filter(pl.col("answered")).n_unique(),
        chosen=pl.col("id").filter(pl.col("chosen")).n_unique(),
        purchased=pl.col("id").filter(pl.col("purchased")).n_unique(),
    ).with_columns(pl.col(*STEPS).cast(pl.Int64))
    return out.sort(by) if by == "month" else out.sort(["requests", by], descending=[True, False])


def totals(data: QuoteData, year: int | None = None) -> dict[str, int]:
    pairs = _pairs(data, year)
    return {"requests": pairs["id"].n_unique(), "answered": pairs.filter("answered")["id"].n_unique(),
            "chosen": pairs.filter("chosen")["id"].n_unique(), "purchased": pairs.filter("purchased")["id"].n_unique()}


def median_days_to_first_answer(data: QuoteData, year: int | None = None) -> float | None:
    """Days from sending to the first reply (a price or a decline), median over requests that got one."""
    pairs = _pairs(data, year).filter(pl.col("answered_at").is_not_null())
    if pairs.is_empty():
        return None
    first = pairs.group_by("id").agg(days=((pl.col("answered_at") - pl.col("created_at")).dt.total_seconds() / 86_400)
                                     .min())
    return float(cast(float, first["days"].median()))  # a Float64 column of non-null values: a float


def silent_enterprises(data: QuoteData, today: date) -> pl.DataFrame:
    """Enterprises that received requests whose 마감일 passed (or that were closed) and never replied: for coaching.

    enterprise_id, enterprise_name, se_type, received, last_received."""
    done = data.requests.filter((pl.col("answer_by") < today) | (pl.col("status") != "open"))
    pairs = done.join(data.recipients, left_on="id", right_on="request_id", how="inner")
    return (pairs.group_by("enterprise_id", "enterprise_name", "se_type")
            .agg(received=pl.len().cast(pl.Int64), replied=pl.col("answered_at").is_not_null().sum(),
                 last_received=pl.col("created_at").max().dt.date())
            .filter(pl.col("replied") == 0).drop("replied")
            .sort(["received", "enterprise_name"], descending=[True, False]))


@dataclass(frozen=True)
class ThroughRequests:
    purchases: int
    via_request: int
    amount: int
    via_amount: int

    @property
    def share(self) -> float | None:
        return self.via_request / self.purchases if self.purchases else None

    @property
    def amount_share(self) -> float | None:
        return self.via_amount / self.amount if self.amount else None


def through_requests(data: QuoteData, year: int) -> ThroughRequests:
    """Confirmed purchases of the year, and those that came through a 견적 요청."""
    yr = data.purchases.filter(pl.col("purchased_on").dt.year() == year)
    via = yr.filter(pl.col("quote_request_id").is_not_null())
    return ThroughRequests(yr.height, via.height, int(yr["amount"].sum() or 0), int(via["amount"].sum() or 0))


def report_sheet(data: QuoteData, year: int, today: date) -> pl.DataFrame:
    """The report XLSX's 견적 요청 sheet: summary, the funnel by each dimension, the silent enterprises."""
    cols = {"구분": pl.String, "항목": pl.String, **{STEP_LABELS[s]: pl.Int64 for s in STEPS}, "값": pl.Float64}
    t = totals(data, year)
    via = through_requests(data, year)
    median = median_days_to_first_answer(data, year)
    rows = [("요약", f"{year}년 전체", *(t[s] for s in STEPS), None),
            ("요약", "첫 답변까지 걸린 날 (중앙값, 일)", None, None, None, None, round(median, 2) if median is not None else None),
            ("요약", "요청을 거친 구매 비중 (건수, %)", None, None, None, None,
             round(via.share * 100, 1) if via.share is not None else None),
            ("요약", "요청을 거친 구매 비중 (금액, %)", None, None, None, None,
             round(via.amount_share * 100, 1) if via.amount_share is not None else None)]
    for by, label in DIMENSIONS.items():
        for row in funnel(data, by, year).iter_rows(named=True):
            rows.append((label, str(row[by]), *(row[s] for s in STEPS), None))
    for row in silent_enterprises(data, today).iter_rows(named=True):
        rows.append(("답변 없는 기업", row["enterprise_name"], row["received"], 0, None, None, None))
    return pl.DataFrame(rows, schema=cols, orient="row")
