"""The searchable catalog: approved products of active, certified enterprises, as one polars frame.

Also reads catalogs and needs from files (CSV in UTF-8, UTF-8 with BOM or CP949; XLSX), with
Korean errors that name what is wrong, for the CLI and the 수요 매칭 page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
from sqlalchemy import Engine, and_, func, or_, select

from sse_match.files import tables
from sse_match.plan import CERTIFIED_TYPES, GUS
from sse_match.storage import db, schema
from sse_match.storage.db import read_frame

CATALOG_HEADER = ("제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소")
CATALOG_COLUMNS = {"제품코드": "code", "기업명": "enterprise_name", "기업유형": "se_type", "사업자등록번호": "biz_no",
                   "제품명": "name", "분류": "category", "규격": "spec", "단가": "unit_price", "단위": "unit",
                   "설명": "description", "주소": "address"}
NEEDS_HEADER = ("수요번호", "수요내용", "수량", "예산")
# Column names institutions really use for a need list, mapped to ours.
NEEDS_ALIASES = {
    "need_id": ("수요번호", "번호", "연번", "순번", "no", "id", "요청번호"),
    "text": ("수요내용", "내용", "품명", "구매내용", "요청내용", "수요", "품목", "구매품목", "need", "item"),
    "quantity": ("수량", "구매수량", "qty", "quantity"),
    "budget": ("예산", "예산액", "추정가격", "금액", "예정금액", "budget"),
}


FileProblem = tables.FileProblem  # a file that cannot be used; the message is Korean and says what to fix


def catalog_version(engine: Engine) -> int:
    return db.counter(engine, "catalog_version")


def bump_catalog_version(conn) -> None:
    """Call inside every transaction that changes what search can see."""
    db.bump_counter(conn, "catalog_version")


def approved(engine: Engine, today: date) -> pl.DataFrame:
    """Approved products of enterprises that are active, not closed and not past certification expiry."""
    p, e, w = schema.products.c, schema.enterprises.c, schema.workforce.c
    latest = (select(w.enterprise_id, func.max(w.as_of).label("as_of"))
              .where(w.as_of <= today).group_by(w.enterprise_id).subquery())
    snap = (select(w.enterprise_id, w.workers, w.vulnerable)
            .join(latest, and_(latest.c.enterprise_id == w.enterprise_id, latest.c.as_of == w.as_of)).subquery())
    stmt = (
        select(p.id.label("product_id"), p.code, p.name, p.category, p.spec, p.unit_price, p.unit, p.description,
               e.id.label("enterprise_id"), e.name.label("enterprise_name"), e.se_type, e.biz_no, e.gu, e.dong,
               e.address, e.cert_expiry, snap.c.workers, snap.c.vulnerable)
        .select_from(schema.products.join(schema.enterprises, p.enterprise_id == e.id)
                     .outerjoin(snap, snap.c.enterprise_id == e.id))
        .where(p.status == "approved", e.status == "active",
               or_(e.closed_on.is_(None), e.closed_on > today),
               or_(e.cert_expiry.is_(None), e.cert_expiry >= today))
        .order_by(p.id)
    )
    with engine.connect() as conn:
        df = read_frame(conn, stmt, {"product_id": pl.Int64, "unit_price": pl.Int64, "enterprise_id": pl.Int64,
                                "cert_expiry": pl.Date, "workers": pl.Int64, "vulnerable": pl.Int64})
    return df.with_columns(
        cert_valid=pl.col("se_type").is_in(CERTIFIED_TYPES),
        vulnerable_share=pl.when(pl.col("workers") > 0).then(pl.col("vulnerable") / pl.col("workers")),
    )


# ---- files ----------------------------------------------------------------------------------------
# Reading lives in tables.py (size limits, zip-bomb checks, Korean parser errors); these names stay for callers.
decode = tables.decode


def read_table(raw: bytes, filename: str = "", kind: str = tables.DEFAULT_KIND) -> pl.DataFrame:
    return tables.read_table(raw, filename, kind)


def read_catalog(path: Path) -> pl.DataFrame:
    df = read_table(Path(path).read_bytes(), str(path), "catalog_file")
    missing = [c for c in CATALOG_HEADER if c not in df.columns]
    if missing:
        raise FileProblem(f"카탈로그에 필요한 열이 없습니다: {', '.join(missing)} "
                          f"(필요한 열: {','.join(CATALOG_HEADER)})")
    df = df.select(CATALOG_HEADER).rename(CATALOG_COLUMNS)
    prices = df["unit_price"].str.replace_all(",", "").str.strip_chars().cast(pl.Int64, strict=False)
    bad = df.with_row_index("row").filter(prices.is_null() & df["unit_price"].is_not_null())
    if bad.height:
        rows = ", ".join(str(r + 2) for r in bad["row"].head(5))
        raise FileProblem(f"단가가 숫자가 아닌 행이 있습니다 (행 {rows}).")
    empty = df.with_row_index("row").filter(pl.col("name").is_null() | (pl.col("name").str.strip_chars() == ""))
    if empty.height:
        raise FileProblem(f"제품명이 비어 있는 행이 있습니다 (행 {', '.join(str(r + 2) for r in empty['row'].head(5))}).")

    return df.with_columns(
        unit_price=prices,
        gu=pl.coalesce([pl.when(pl.col("address").str.contains(g)).then(pl.lit(g)) for g in GUS]),
        dong=pl.lit(None, pl.String),
        cert_valid=pl.col("se_type").is_in(CERTIFIED_TYPES),
        vulnerable_share=pl.lit(None, pl.Float64),
    )


def read_needs(raw: bytes, filename: str = "") -> pl.DataFrame:
    """need_id, text, quantity, budget from a needs file with flexible column names."""
    df = read_table(raw, filename, "needs")
    cols = tables.match_columns(df.columns, NEEDS_ALIASES)
    if cols["text"] is None:
        raise FileProblem(f"수요내용 열을 찾을 수 없습니다. 열 이름 예: {', '.join(NEEDS_HEADER)} "
                          f"(지금 파일의 열: {', '.join(df.columns)})")
    out = pl.DataFrame({
        "need_id": df[cols["need_id"]] if cols["need_id"] else pl.Series([str(i + 1) for i in range(df.height)]),
        "text": df[cols["text"]].fill_null(""),
        "quantity": df[cols["quantity"]] if cols["quantity"] else pl.Series([None] * df.height, dtype=pl.String),
        "budget": df[cols["budget"]] if cols["budget"] else pl.Series([None] * df.height, dtype=pl.String),
    })
    budget = out["budget"].str.replace_all(r"[,\s원]", "").cast(pl.Int64, strict=False)
    bad = out.with_row_index("row").filter(budget.is_null() & out["budget"].is_not_null()
                                           & (out["budget"].str.strip_chars() != ""))
    if bad.height:
        raise FileProblem(f"예산이 숫자가 아닌 행이 있습니다 (행 {', '.join(str(r + 2) for r in bad['row'].head(5))}).")
    out = out.with_columns(budget=budget, need_id=pl.col("need_id").cast(pl.String))
    return out.filter(pl.col("text").str.strip_chars() != "")


def needs_from_lines(text: str) -> pl.DataFrame:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return pl.DataFrame({"need_id": [str(i + 1) for i in range(len(lines))], "text": lines,
                         "quantity": [None] * len(lines), "budget": [None] * len(lines)},
                        schema={"need_id": pl.String, "text": pl.String, "quantity": pl.String, "budget": pl.Int64})
