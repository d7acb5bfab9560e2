"""The supplier detail an officer opens from a product row: contacts, certification, products, track record.

Contacts come from the profile the enterprise keeps; `SupplierDetail.contact_rows` leaves empty fields
out. Only confirmed purchases count (a draft from a 견적 요청 is not a purchase yet).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import polars as pl
from sqlalchemy import Connection, Engine, case, func, select

from sse_match.storage import schema
from sse_match.storage.db import read_frame

CERTIFIED_TYPES = ("사회적기업", "예비사회적기업", "마을기업", "자활기업")  # designated by a public body
EARTH_KM = 6371.0


@dataclass(frozen=True)
class SupplierDetail:
    enterprise_id: int
    name: str
    se_type: str
    representative: str | None
    phone: str | None
    email: str | None
    homepage: str | None
    gu: str | None
    dong: str | None
    cert_no: str | None
    cert_expiry: date | None
    cert_valid: bool
    products: pl.DataFrame  # product_id, name, category, spec, unit_price, unit
    purchase_count: int
    purchase_total: int
    institution_count: int
    last_purchase: date | None
    first_time: bool | None  # for the officer's institution; None when there is no institution
    own_count: int  # purchases by the officer's institution
    own_total: int

    @property
    def area(self) -> str:
        return " ".join(x for x in (self.gu, self.dong) if x)

    def contact_rows(self) -> list[tuple[str, str]]:
        """(label, value) for the filled contact fields only."""
        rows = [("대표자", self.representative), ("전화", self.phone), ("이메일", self.email),
                ("홈페이지", self.homepage), ("주소 (구·동)", self.area)]
        return [(k, str(v).strip()) for k, v in rows if v is not None and str(v).strip()]


def cert_is_valid(se_type: str, cert_expiry: date | None, today: date) -> bool:
    """Designated types are valid until their expiry (no expiry recorded: valid); co-operatives need none."""
    if se_type not in CERTIFIED_TYPES:
        return True
    return cert_expiry is None or cert_expiry >= today


def track_record(conn: Connection, enterprise_ids: list[int], institution_id: int | None) -> pl.DataFrame:
    """enterprise_id, count, total, institutions, last, own_count, own_total: confirmed purchases only."""
    p = schema.purchases.c
    own = p.institution_id == (institution_id if institution_id is not None else -1)
    stmt = (select(p.enterprise_id, func.count().label("count"), func.sum(p.amount).label("total"),
                   func.count(p.institution_id.distinct()).label("institutions"), func.max(p.purchased_on).label("last"),
                   func.sum(case((own, 1), else_=0)).label("own_count"),
                   func.sum(case((own, p.amount), else_=0)).label("own_total"))
            .where(p.enterprise_id.in_(enterprise_ids), p.status != "draft").group_by(p.enterprise_id))
    got = read_frame(conn, stmt, {"enterprise_id": pl.Int64, "count": pl.Int64, "total": pl.Int64, "institutions": pl.Int64,
                             "last": pl.Date, "own_count": pl.Int64, "own_total": pl.Int64})
    return (pl.DataFrame({"enterprise_id": enterprise_ids}, schema={"enterprise_id": pl.Int64})
            .join(got, on="enterprise_id", how="left")
            .with_columns(pl.col("count", "total", "institutions", "own_count", "own_total").fill_null(0)))


def detail(engine: Engine, enterprise_id: int, institution_id: int | None, today: date) -> SupplierDetail:
    e, p = schema.enterprises.c, schema.products.c
    with engine.connect() as conn:
        ent = conn.execute(select(schema.enterprises).where(e.id == enterprise_id)).mappings().first()
        if ent is None:
            raise LookupError("기업을 찾을 수 없습니다.")
        products = read_frame(conn, select(p.id.label("product_id"), p.name, p.category, p.spec, p.unit_price, p.unit)
                         .where(p.enterprise_id == enterprise_id, p.status == "approved").order_by(p.name),
                         {"product_id": pl.Int64, "name": pl.String, "category": pl.String, "spec": pl.String,
                          "unit_price": pl.Int64, "unit": pl.String})
        rec = track_record(conn, [enterprise_id], institution_id).row(0, named=True)
    return SupplierDetail(
        enterprise_id=enterprise_id, name=ent["name"], se_type=ent["se_type"], representative=ent["representative"],
        phone=ent["phone"], email=ent["email"], homepage=ent["homepage"], gu=ent["gu"], dong=ent["dong"],
        cert_no=ent["cert_no"], cert_expiry=ent["cert_expiry"],
        cert_valid=cert_is_valid(ent["se_type"], ent["cert_expiry"], today) and ent["status"] == "active",
        products=products, purchase_count=rec["count"], purchase_total=rec["total"],
        institution_count=rec["institutions"], last_purchase=rec["last"],
        first_time=(rec["own_count"] == 0) if institution_id is not None else None,
        own_count=rec["own_count"], own_total=rec["own_total"])


def km(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float | None:
    if None in (lat1, lon1, lat2, lon2):
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)  # type: ignore[arg-type]
    dp, dl = p2 - p1, math.radians(lon2 - lon1)  # type: ignore[operator]
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(a))


def place_note(gu: str | None, dong: str | None, institution_gu: str | None, distance_km: float | None) -> str:
    """'완산구 효자동 · 같은 구 · 약 3.2km': where the supplier is, seen from the institution."""
    parts = [" ".join(x for x in (gu, dong) if x) or "위치 미상"]
    if gu and institution_gu:
        parts.append("같은 구" if gu == institution_gu else "다른 구")
    if distance_km is not None:
        parts.append(f"약 {distance_km:.1f}km")
    return " · ".join(parts)
