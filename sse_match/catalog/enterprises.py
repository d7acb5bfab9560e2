"""The enterprise registry (admin): create and edit enterprises, import official lists, reminders.

Official lists (행정안전부 마을기업 현황, 한국자활복지개발원 자활기업현황) are matched to existing
enterprises by their source record id, then 사업자등록번호, then normalised name + address, and shown
as new / updated / unchanged before anything is written. Importing the same file twice changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import polars as pl
from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sse_match.accounts.access import Actor, require_admin
from sse_match.catalog import listing as catalog
from sse_match.catalog import validation
from sse_match.catalog.validation import EnterpriseValues, FieldError, ValidationFailed
from sse_match.files import tables
from sse_match.places import geo, placement
from sse_match.storage import audit, schema
from sse_match.storage.db import read_frame
from sse_match.storage.locking import locked_update

# Target fields an import can fill, and the default column for each in the official open-data extracts.
IMPORT_FIELDS = {
    "source_record_id": ("source_record_id", "레코드ID", "연번"),
    "name": ("name", "기업명", "사업체명", "업체명", "상호"),
    "se_type": ("se_type", "기업유형", "유형", "구분"),
    "address": ("address", "주소", "소재지", "사업장주소", "도로명주소"),
    "main_business": ("business", "주요사업", "업종", "사업내용", "주요업종"),
    "biz_no": ("biz_no", "사업자등록번호", "사업자번호"),
    "representative": ("representative", "대표자", "대표자명"),
    "phone": ("phone", "전화번호", "연락처"),
}
IMPORT_REQUIRED = ("name", "se_type", "address")
COMPARED = ("name", "se_type", "address", "main_business", "biz_no", "representative", "phone")


def default_mapping(columns: list[str]) -> dict[str, str | None]:
    return tables.match_columns(columns, IMPORT_FIELDS)


def norm_name(name: str | None) -> str:
    """'(유)이크린월드' / '유한회사 이크린월드' / '이크린 월드' → '이크린월드'."""
    n = (name or "").strip()
    n = re.sub(r"\((주|유|사|재|협)\)|주\)|유\)|㈜|주식회사|유한회사|사단법인|재단법인|협동조합|사회적협동조합", "", n)
    return re.sub(r"[\s\W_]+", "", n)


def norm_address(address: str | None) -> str:
    """Drop the province prefix, brackets and spaces so old and new ways of writing agree."""
    a = (address or "").strip()
    a = re.sub(r"^(전북특별자치도|전라북도)\s*", "", a)
    a = re.sub(r"\(.*?\)", "", a)
    a = re.split(r"\s\d+층|\s\d+호|,", a)[0]
    return re.sub(r"\s+", "", a)


@dataclass
class ImportPreview:
    new: pl.DataFrame
    updated: pl.DataFrame  # with the existing id and the fields that change
    unchanged: pl.DataFrame
    errors: list[FieldError] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {"new": self.new.height, "updated": self.updated.height, "unchanged": self.unchanged.height}


def placed(address: str | None, lat: float | None = None, lon: float | None = None) -> dict[str, Any]:
    """Enterprise columns from the address (or typed coordinates): gu, dong, adm_code, lat, lon, placement."""
    p = placement.place(address, lat, lon)
    return dict(gu=p.gu, dong=p.dong, adm_code=p.adm_code, lat=p.lat, lon=p.lon, placement=p.precision)


def preview_import(engine: Engine, raw: bytes, filename: str, mapping: dict[str, str | None] | None = None
                   ) -> ImportPreview:
    try:
        df = catalog.read_table(raw, filename, "registry")
    except catalog.FileProblem as exc:
        empty = pl.DataFrame()
        return ImportPreview(empty, empty, empty, [FieldError(None, "파일", str(exc))])
    mapping = mapping or default_mapping(df.columns)
    errors = [FieldError(1, f, "어느 열에서 읽을지 정해 주세요") for f in IMPORT_REQUIRED if not mapping.get(f)]
    if errors:
        empty = pl.DataFrame()
        return ImportPreview(empty, empty, empty, errors)
    rows = []
    first_seen: dict[tuple, int] = {}
    for k, rec in enumerate(df.iter_rows(named=True)):
        r = {f: (str(rec[c]).strip() if c and rec.get(c) is not None else None) for f, c in mapping.items()}
        row_no = k + 2
        if r["se_type"] not in schema.SE_TYPES:
            errors.append(FieldError(row_no, "se_type", f"기업 유형이 아닙니다: {r['se_type']}"))
        # the profile form's own checks: lengths, markup, formulas, control characters, phone, 사업자등록번호
        fields = {f: r.get(f) for f in ("name", "representative", "address", "phone", "main_business", "biz_no")
                  if mapping.get(f)}
        clean, errs = validation.profile_fields(fields, row=row_no)
        errors += errs
        if problem := validation.text_problem(r["address"], "address", True):
            if not any(e.row == row_no and e.column == "address" for e in errs):
                errors.append(FieldError(row_no, "address", problem))
        if r.get("source_record_id") and (p := validation.text_problem(r["source_record_id"], "source_record_id")):
            errors.append(FieldError(row_no, "source_record_id", p))
        if (source_id := r.get("source_record_id")) and len(source_id) > 100:
            errors.append(FieldError(row_no, "source_record_id", "100자 이하여야 합니다"))
        if clean.get("biz_no"):
            r["biz_no"] = clean["biz_no"]
        for label, key in (("원본 레코드 번호", ("src", r.get("source_record_id"))), ("사업자등록번호", ("biz", r.get("biz_no"))),
                           ("기업명과 주소", ("key", norm_name(r["name"]), norm_address(r["address"])))):
            if not all(key[1:]):
                continue
            if key in first_seen:
                errors.append(FieldError(row_no, "파일", f"{label}이(가) {first_seen[key]}행과 같습니다 "
                                                          "(한 파일에 같은 기업이 두 번 있습니다)"))
            else:
                first_seen[key] = row_no
        rows.append(r)
    e = schema.enterprises.c
    with engine.connect() as conn:
        existing = read_frame(conn, select(e.id, e.source_record_id, e.biz_no, e.name, e.se_type, e.address,
                                      e.main_business, e.representative, e.phone, e.version),
                         {"id": pl.Int64, "version": pl.Int64})
    by_src = {s: r for s, r in zip(existing["source_record_id"], existing.iter_rows(named=True), strict=True) if s}
    by_biz = {b: r for b, r in zip(existing["biz_no"], existing.iter_rows(named=True), strict=True) if b}
    by_key = {(norm_name(r["name"]), norm_address(r["address"])): r for r in existing.iter_rows(named=True)}
    new, updated, unchanged = [], [], []
    for row_no, r in enumerate(rows, start=2):
        match = (by_src.get(r.get("source_record_id")) or by_biz.get(r.get("biz_no"))
                 or by_key.get((norm_name(r["name"]), norm_address(r["address"]))))
        owner = by_biz.get(r.get("biz_no"))
        if r.get("biz_no") and owner is not None and (match is None or owner["id"] != match["id"]):
            errors.append(FieldError(row_no, "biz_no", f"다른 기업({owner['name']})에 이미 등록된 사업자등록번호입니다"))
            continue
        if match is None:
            new.append(r)
            continue
        changes = {f: r[f] for f in COMPARED if r.get(f) is not None and r.get(f) != match.get(f)}
        if r.get("source_record_id") and not match.get("source_record_id"):
            changes["source_record_id"] = r["source_record_id"]
        if changes:
            updated.append({"id": match["id"], "version": match["version"], "name": r["name"],
                            "changes": ", ".join(f"{validation.LABELS.get(k, k)}: {match.get(k)} → {v}"
                                                 for k, v in changes.items()), "_changes": changes})
        else:
            unchanged.append({"id": match["id"], "name": r["name"]})
    return ImportPreview(pl.DataFrame(new, infer_schema_length=None), pl.DataFrame(updated, infer_schema_length=None),
                         pl.DataFrame(unchanged, infer_schema_length=None), errors)


def apply_import(engine: Engine, actor: Actor, preview: ImportPreview, today: date,
                 now: datetime | None = None) -> dict[str, int]:
    """Write the previewed import in one transaction; refused whole when any row is bad."""
    require_admin(actor)
    if preview.errors:
        raise ValidationFailed(preview.errors)
    now = now or datetime.now()
    e = schema.enterprises.c
    try:
        return _apply(engine, actor, preview, today, now, e)
    except IntegrityError as exc:  # a row that clashes with one saved after the preview: nothing is written
        raise ValidationFailed([FieldError(None, "파일", "미리보기 뒤에 다른 사용자가 같은 기업을 등록했습니다. "
                                                        "다시 미리보기 해 주세요")]) from exc


def _apply(engine: Engine, actor: Actor, preview: ImportPreview, today: date, now: datetime, e) -> dict[str, int]:
    with engine.begin() as conn:
        for r in preview.new.iter_rows(named=True):
            values = {k: r.get(k) for k in ("source_record_id", "name", "se_type", "address", "main_business",
                                            "biz_no", "representative", "phone")}
            eid = conn.execute(insert(schema.enterprises).returning(e.id), dict[str, Any](
                **values, **placed(values["address"]), founded_on=today, status="active",
                is_demo=False, version=1, created_at=now, updated_at=now)).scalar_one()
            audit.record(conn, actor, "import", "enterprises", eid, None, values, now)
        for r in preview.updated.iter_rows(named=True):
            before = dict(conn.execute(select(schema.enterprises).where(e.id == r["id"])).mappings().one())
            after = {**r["_changes"], "updated_at": now, "version": r["version"] + 1}
            if "address" in r["_changes"] and before["placement"] != "exact":
                after.update(placed(r["_changes"]["address"]))
            done = conn.execute(update(schema.enterprises).where(e.id == r["id"], e.version == r["version"])
                                .values(**after))
            if done.rowcount != 1:
                raise ValidationFailed([FieldError(None, "name", f"{r['name']}: 미리보기 뒤에 다른 사용자가 고쳤습니다. "
                                                                 "다시 미리보기 해 주세요")])
            audit.record(conn, actor, "import", "enterprises", r["id"], before, after, now)
        catalog.bump_catalog_version(conn)
    return preview.counts


def create_enterprise(engine: Engine, actor: Actor, values: EnterpriseValues, today: date, now: datetime | None = None) -> int:
    require_admin(actor)
    clean, errors = validation.profile(values)
    if values.get("se_type") not in schema.SE_TYPES:
        errors.append(FieldError(None, "se_type", "기업 유형을 골라 주세요"))
    if errors:
        raise ValidationFailed(errors)
    now = now or datetime.now()
    e = schema.enterprises.c
    with engine.begin() as conn:
        if clean.get("biz_no") and conn.execute(select(e.id).where(e.biz_no == clean["biz_no"])).first():
            raise ValidationFailed([FieldError(None, "biz_no", "이미 등록된 사업자등록번호입니다")])
        row = dict(clean, se_type=values["se_type"], **placed(clean.get("address"), values.get("lat"), values.get("lon")),
                   founded_on=values.get("founded_on") or today, status="active", is_demo=False, version=1,
                   created_at=now, updated_at=now)
        eid = conn.execute(insert(schema.enterprises).returning(e.id), row).scalar_one()
        audit.record(conn, actor, "create", "enterprises", eid, None, row, now)
        catalog.bump_catalog_version(conn)
    return eid


def reminders(engine: Engine, today: date, expiring_days: int = 60, untouched_days: int = 365) -> pl.DataFrame:
    """Certifications expiring soon (or expired), and catalogs nobody touched for a year."""
    e, p = schema.enterprises.c, schema.products.c
    last = (select(p.enterprise_id, func.max(p.updated_at).label("last_update"))
            .group_by(p.enterprise_id).subquery())
    stmt = (select(e.id, e.name, e.se_type, e.cert_no, e.cert_expiry, last.c.last_update)
            .select_from(schema.enterprises.outerjoin(last, last.c.enterprise_id == e.id))
            .where(e.status == "active"))
    with engine.connect() as conn:
        df = read_frame(conn, stmt, {"id": pl.Int64, "cert_expiry": pl.Date, "last_update": pl.Datetime})
    soon = today + timedelta(days=expiring_days)
    stale = datetime.combine(today - timedelta(days=untouched_days), datetime.min.time())
    return (
        df.with_columns(
            reason=pl.when(pl.col("cert_expiry") < today).then(pl.lit("인증 만료 (검색에서 빠짐)"))
            .when(pl.col("cert_expiry") <= soon).then(pl.lit(f"인증 만료 {expiring_days}일 이내"))
            .when(pl.col("last_update").is_null() | (pl.col("last_update") < stale))
            .then(pl.lit("카탈로그 12개월 넘게 변경 없음")),
            days_left=(pl.col("cert_expiry") - pl.lit(today)).dt.total_days(),
        )
        .filter(pl.col("reason").is_not_null())
        .sort(["days_left", "name"], nulls_last=True)
    )


def set_coordinates(engine: Engine, actor: Actor, enterprise_id: int, lat: float | None, lon: float | None,
                    expected_version: int, now: datetime | None = None) -> int:
    """The admin fixes an approximate placement by typing coordinates (they win); None re-places from the address."""
    require_admin(actor)
    if (lat is None) != (lon is None) or (lat is not None and lon is not None and not geo.in_jeonju(lat, lon)):
        raise ValidationFailed([FieldError(None, "lat", "전주 안의 위도·경도를 함께 넣어 주세요 (예: 35.82, 127.14)")])
    now = now or datetime.now()
    e = schema.enterprises.c
    with engine.begin() as conn:
        before = dict(conn.execute(select(schema.enterprises).where(e.id == enterprise_id)).mappings().one())

        after = locked_update(conn, schema.enterprises, enterprise_id, expected_version,
                              {**placed(before["address"], lat, lon), "updated_at": now})
        audit.record(conn, actor, "place", "enterprises", enterprise_id, before, after, now)
        catalog.bump_catalog_version(conn)
    return expected_version + 1


def approximate(engine: Engine) -> pl.DataFrame:
    """Enterprises placed less precisely than their 행정동, for the admin to fix."""
    e = schema.enterprises.c
    with engine.connect() as conn:
        return read_frame(conn, select(e.id, e.name, e.address, e.gu, e.dong, e.placement, e.lat, e.lon, e.version)
                     .where(e.placement.in_(("법정동", "구", "none")), e.status == "active").order_by(e.placement, e.id),
                     {"id": pl.Int64, "lat": pl.Float64, "lon": pl.Float64, "version": pl.Int64})


_REGISTRY_SCHEMA = {"id": pl.Int64, "name": pl.String, "se_type": pl.String, "biz_no": pl.String, "gu": pl.String,
                    "dong": pl.String, "placement": pl.String, "cert_expiry": pl.Date, "status": pl.String,
                    "updated_at": pl.Datetime}


def registry_frame(engine: Engine) -> pl.DataFrame:
    """Every enterprise of the registry, newest first, for the department's 기업 등록부."""
    e = schema.enterprises.c
    with engine.connect() as conn:
        return read_frame(conn, select(e.id, e.name, e.se_type, e.biz_no, e.gu, e.dong, e.placement, e.cert_expiry,
                                       e.status, e.updated_at).order_by(e.id.desc()), _REGISTRY_SCHEMA)


def names(engine: Engine, which: str) -> dict[int, str]:
    """Every institution (`which="institutions"`) or enterprise by id, sorted by name, for pickers."""
    t = schema.institutions if which == "institutions" else schema.enterprises
    with engine.connect() as conn:
        rows = conn.execute(select(t.c.id, t.c.name).order_by(t.c.name)).all()
    return {int(i): str(n) for i, n in rows}
