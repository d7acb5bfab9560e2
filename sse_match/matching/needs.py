"""수요 매칭: many needs at once against one index, with per-need explanations and hints."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl

from sse_match import fmt
from sse_match.config import DATA_DIR
from sse_match.matching import index as search
from sse_match.text import MATCH, RESULT_COLUMNS

SINGLE_SOURCE_FILE = DATA_DIR / "single_source.toml"


@dataclass(frozen=True)
class SingleSourceHint:
    possible: bool | None  # None: no budget given
    message: str
    basis: str = ""


@dataclass(frozen=True)
class SingleSourceRule:
    """One rule of data/single_source.toml (a hint for officers, not legal advice)."""

    name: str
    types: tuple[str, ...]  # empty: every enterprise type
    max_budget: int  # 추정가격 limit in 원
    min_vulnerable_share: float
    basis: str


def load_rules(path: Path = SINGLE_SOURCE_FILE) -> list[SingleSourceRule]:
    with path.open("rb") as fh:
        raw = tomllib.load(fh)["rules"]
    return [SingleSourceRule(str(r["name"]), tuple(r.get("types", ())), int(r["max_budget"]),
                             float(r.get("min_vulnerable_share", 0.0)), str(r.get("basis", ""))) for r in raw]


def single_source_hint(budget: int | None, se_type: str, vulnerable_share: float | None,
                       rules: list[SingleSourceRule]) -> SingleSourceHint:
    """Whether a 1인 견적 수의계약 looks possible, with the rule and its legal basis (a hint, not advice)."""
    if budget is None:
        return SingleSourceHint(None, "")
    for rule in rules:
        if rule.types and se_type not in rule.types:
            continue
        if (vulnerable_share or 0.0) < rule.min_vulnerable_share:
            continue
        limit = rule.max_budget
        if budget <= limit:
            return SingleSourceHint(True, f"{rule.name} 가능 (한도 {fmt.korean_won(limit)})", rule.basis)
        return SingleSourceHint(False, f"예산 {fmt.korean_won(budget)}이 {rule.name} 한도 "
                                       f"{fmt.korean_won(limit)}를 넘습니다", rule.basis)
    return SingleSourceHint(False, "해당하는 1인 견적 수의계약 규칙이 없습니다")


def strong(result: search.SearchResult, share: float = 0.5) -> tuple[search.Match, ...]:
    """Matches worth showing: none when the need was rejected, else those at least `share` of their item's best."""
    if not result.matches or result.no_match:
        return ()
    best: dict[str, float] = {}
    for m in result.matches:
        best[m.item] = max(best.get(m.item, 0.0), m.score)
    return tuple(m for m in result.matches if m.score >= best[m.item] * share)


RESULT_SCHEMA = {
    "need_id": pl.String, "need": pl.String, "rank": pl.Int64, "code": pl.String, "enterprise_name": pl.String,
    "name": pl.String, "category": pl.String, "unit_price": pl.Int64, "unit": pl.String, "se_type": pl.String,
    "gu": pl.String, "dong": pl.String, "score": pl.Float64, "reason": pl.String, "no_match": pl.Boolean,
    "nearest": pl.String, "hint": pl.String, "place_boost": pl.Boolean, "item": pl.String, "problem": pl.String,
    "unanswered": pl.String,  # items of the need nothing fits (식혜 of 답례떡이랑 식혜), on every row of the need
}


def match_needs(queries: pl.DataFrame, index: search.SearchIndex, *, limit: int = 5,
                score_cutoff: float | None = None, progress: Callable[[float], None] | None = None) -> pl.DataFrame:
    """One row per suggested supplier per need (`queries`: need_id, text[, budget]); a need with no match gets
    one row with no code. A need of several items answers each, and `item` says which."""
    rules = load_rules()
    cat = index.catalog
    cols = {c: cat[c].to_list() if c in cat.columns else [None] * cat.height
            for c in ("code", "enterprise_name", "name", "category", "unit_price", "unit", "se_type", "gu", "dong",
                      "vulnerable_share")}
    rows = []
    n = queries.height
    for k, need in enumerate(queries.iter_rows(named=True)):
        budget = need.get("budget")
        result = search.search(need["text"] or "", index, limit=limit, score_cutoff=score_cutoff, budget=budget,
                               per_enterprise=1)
        base = {"need_id": need["need_id"], "need": need["text"], "problem": result.query.problem,
                "unanswered": ", ".join(result.unanswered)}
        if result.no_match:
            rows.append({**base, "no_match": True, "nearest": ", ".join(result.nearest_categories)})
        else:
            for rank, m in enumerate(strong(result), start=1):
                i = m.row
                hint = single_source_hint(result.query.budget, cols["se_type"][i] or "", cols["vulnerable_share"][i],
                                          rules)
                rows.append({**base, "rank": rank, **{c: cols[c][i] for c in RESULT_SCHEMA if c in cols},
                             "score": round(m.confidence, 4), "reason": search.explain_text(m.reasons),
                             "no_match": False, "hint": hint.message, "place_boost": m.place_boost,
                             "item": m.item if result.query.multi_item else ""})
        if progress and (k % 10 == 0 or k == n - 1):
            progress((k + 1) / n)
    return pl.DataFrame(rows, schema=RESULT_SCHEMA)


def cli_output(results: pl.DataFrame) -> pl.DataFrame:
    """The CLI's OUT.csv columns: 수요번호,순위,제품코드,기업명,제품명,점수 (the department's contract; which
    item a row answers is in `match_needs`'s `item` column and on the pages)."""
    return results.select(
        pl.col("need_id").alias("수요번호"),
        pl.col("rank").alias("순위"),
        pl.col("code").fill_null("").alias("제품코드"),
        pl.col("enterprise_name").fill_null("").alias("기업명"),
        pl.col("name").fill_null("").alias("제품명"),
        pl.col("score").alias("점수"),
    )


# ---- 제품 검색 page helpers ---------------------------------------------------------------------
SORTS = ("relevance", "price_asc", "price_desc")


def filter_mask(catalog: pl.DataFrame, *, types: list[str] | None = None, cert_only: bool = False,
                categories: list[str] | None = None, places: list[str] | None = None,
                price_min: int | None = None, price_max: int | None = None) -> np.ndarray | None:
    """The page's filters as one boolean per catalog row (None: no filter)."""
    conds = []
    if types:
        conds.append(pl.col("se_type").is_in(types))
    if cert_only and "cert_valid" in catalog.columns:
        conds.append(pl.col("cert_valid"))
    if categories:
        conds.append(pl.col("category").is_in(categories))
    if places:
        conds.append(pl.col("gu").is_in(places) | pl.col("dong").is_in(places))
    if price_min is not None:
        conds.append(pl.col("unit_price") >= price_min)
    if price_max is not None:
        conds.append(pl.col("unit_price") <= price_max)
    if not conds:
        return None
    return catalog.select(pl.all_horizontal(conds).fill_null(False))[:, 0].to_numpy()


def search_frame(index: search.SearchIndex, result: search.SearchResult, sort: str = "relevance",
                 budget: int | None = None) -> pl.DataFrame:
    """Result rows for display and download, with badges, the reason and the single-source hint."""
    if not result.matches:
        return pl.DataFrame(schema={"rank": pl.Int64, "code": pl.String, "name": pl.String})
    rules = load_rules()
    rows = [m.row for m in result.matches]
    cat = index.catalog[rows]
    share = cat["vulnerable_share"].to_list() if "vulnerable_share" in cat.columns else [None] * len(rows)
    hints = [single_source_hint(budget if budget is not None else result.query.budget, t or "", v, rules).message
             for t, v in zip(cat["se_type"].to_list(), share, strict=True)]
    badges = []
    for m, cert in zip(result.matches, cat["cert_valid"].to_list() if "cert_valid" in cat.columns
                       else [False] * len(rows), strict=True):
        b = (["인증"] if cert else []) + (["지역"] if m.place_boost else [])
        badges.append(" · ".join(b))
    df = cat.select(
        "code", "name", "enterprise_name", "unit_price", "unit", "se_type", "category",
        pl.col("spec").fill_null(""),
        place=pl.concat_str([pl.col("gu").fill_null(""), pl.col("dong").fill_null("")], separator=" ").str.strip_chars(),
    ).with_columns(
        score=pl.Series([round(m.confidence, 3) for m in result.matches]),
        reason=pl.Series([search.explain_text(m.reasons) for m in result.matches], dtype=pl.String),
        item=pl.Series([m.item if result.query.multi_item else "" for m in result.matches], dtype=pl.String),
        badges=pl.Series(badges, dtype=pl.String),
        hint=pl.Series(hints, dtype=pl.String),
    )
    if sort == "price_asc":
        df = df.sort("unit_price")
    elif sort == "price_desc":
        df = df.sort("unit_price", descending=True)
    return df.with_row_index("rank", offset=1).with_columns(pl.col("rank").cast(pl.Int64))


MAX_NEEDS = 2_000  # one page run; the CLI takes any number


def results_for_people(results: pl.DataFrame) -> pl.DataFrame:
    """The 수요 매칭 table as officers read it: Korean headers, no-match rows spelled out."""

    df = results.with_columns(
        name=pl.when(pl.col("no_match")).then(pl.lit(MATCH["no_match"])).otherwise(pl.col("name")),
        reason=pl.when(pl.col("no_match")).then(
            pl.lit("가까운 분류: ") + pl.col("nearest").fill_null("")).otherwise(pl.col("reason")),
        place=pl.concat_str([pl.col("gu").fill_null(""), pl.col("dong").fill_null("")], separator=" ")
        .str.strip_chars(),
    ).select("need_id", "need", "item", "rank", "code", "name", "enterprise_name", "unit_price", "unit", "se_type",
             "place", "reason", "hint", "score", "unanswered")
    if not (df["unanswered"].fill_null("").str.len_chars() > 0).any():
        df = df.drop("unanswered")  # no need left an item unanswered: no empty column
    return df.rename({c: RESULT_COLUMNS[c] for c in df.columns})
