"""Writes to the catalog: products, moderation, bulk upload, the enterprise profile.

Every function takes the acting user and checks role and ownership, validates before writing,
refuses to save over a newer version (optimistic locking), writes an audit row in the same
transaction, and bumps the catalog version so search sees the change at its next rerun.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import polars as pl
from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sse_match.accounts.access import Actor, PermissionDenied, require_admin, require_enterprise_write
from sse_match.catalog import listing as catalog
from sse_match.catalog import validation
from sse_match.catalog.enterprises import placed
from sse_match.catalog.validation import FieldError, ProductValues, ProfileValues, ValidationFailed
from sse_match.errors import Conflict, NotFound
from sse_match.matching import analysis_store
from sse_match.storage import audit, schema
from sse_match.storage.db import read_frame
from sse_match.storage.locking import conflict, current_row, locked_update

PRODUCT_FIELDS = ("name", "category", "spec", "unit_price", "unit", "description")
PROFILE_FIELDS = ("name", "representative", "address", "phone", "email", "homepage", "main_business", "categories",
                  "cert_no", "cert_date", "cert_expiry", "biz_no")
# Bulk upload headers (Korean, as enterprises write them) → fields.
BULK_COLUMNS = {"제품명": "name", "분류": "category", "규격": "spec", "단가": "unit_price", "단위": "unit", "설명": "description"}
BULK_REQUIRED = ("제품명", "분류", "단가", "단위")
BULK_MAX_ROWS = 2_000


def _next_code(conn: Connection) -> str:
    n = conn.execute(select(func.coalesce(func.max(schema.products.c.id), 0))).scalar_one() + 1
    return f"P{n:07d}"


def _insert_product(conn: Connection, enterprise_id: int, clean: dict[str, Any], now: datetime) -> int:
    for attempt in range(5):  # another replica may take the same code: try the next one
        code = _next_code(conn)
        if attempt:
            code = f"{code}-{attempt}"
        try:
            with conn.begin_nested():
                pid = conn.execute(insert(schema.products).returning(schema.products.c.id), dict[str, Any](
                    enterprise_id=enterprise_id, code=code, status="pending", version=1, created_at=now,
                    updated_at=now, **clean)).scalar_one()
                analysis_store.store(conn, pid, clean, now)  # matching reads it on the next index build
                return pid
        except IntegrityError:
            continue
    raise Conflict("제품코드를 만들지 못했습니다 (동시에 여러 제품이 등록되었습니다). 다시 시도해 주세요.")


def _enterprise_exists(conn: Connection, enterprise_id: int) -> None:
    if not conn.execute(select(schema.enterprises.c.id).where(schema.enterprises.c.id == enterprise_id)).first():
        raise NotFound("기업을 찾을 수 없습니다.")


def add_product(engine: Engine, actor: Actor, enterprise_id: int, values: ProductValues,
                now: datetime | None = None) -> int:
    require_enterprise_write(actor, enterprise_id)
    clean, errors = validation.product(values)
    if errors:
        raise ValidationFailed(errors)
    now = now or datetime.now()
    with engine.begin() as conn:
        _enterprise_exists(conn, enterprise_id)
        pid = _insert_product(conn, enterprise_id, clean, now)
        audit.record(conn, actor, "create", "products", pid, None, {**clean, "status": "pending"}, now)
        catalog.bump_catalog_version(conn)
    return pid


def update_product(engine: Engine, actor: Actor, product_id: int, values: ProductValues, expected_version: int,
                   now: datetime | None = None) -> int:
    """Save changes; the product goes back to moderation. Returns the new version."""
    clean, errors = validation.product(values)
    now = now or datetime.now()
    with engine.begin() as conn:
        before = current_row(conn, schema.products, product_id)
        require_enterprise_write(actor, before["enterprise_id"])
        if errors:
            raise ValidationFailed(errors)
        if before["status"] == "retired":
            raise PermissionDenied("판매 중지한 제품은 고칠 수 없습니다. 새 제품으로 등록해 주세요.")
        after = locked_update(conn, schema.products, product_id, expected_version,
                              {**clean, "status": "pending", "review_reason": None, "updated_at": now})
        audit.record(conn, actor, "update", "products", product_id, before, after, now)
        analysis_store.store(conn, product_id, after, now)
        catalog.bump_catalog_version(conn)
    return expected_version + 1


def retire_product(engine: Engine, actor: Actor, product_id: int, expected_version: int,
                   now: datetime | None = None) -> None:
    now = now or datetime.now()
    with engine.begin() as conn:
        before = current_row(conn, schema.products, product_id)
        require_enterprise_write(actor, before["enterprise_id"])
        after = locked_update(conn, schema.products, product_id, expected_version,
                              {"status": "retired", "updated_at": now})
        audit.record(conn, actor, "retire", "products", product_id, before, after, now)
        catalog.bump_catalog_version(conn)


def moderate(engine: Engine, actor: Actor, decisions: dict[int, int], approve: bool, reason: str | None = None,
             now: datetime | None = None) -> int:
    """Approve or reject products {id: version seen}; a rejection needs a reason. All or nothing."""
    require_admin(actor)
    reason = (reason or "").strip() or None
    if not approve and not reason:
        raise ValidationFailed([FieldError(None, "review_reason", "반려 사유를 적어 주세요")])
    if reason and (problem := validation.text_problem(reason, "description")):
        raise ValidationFailed([FieldError(None, "review_reason", problem)])
    now = now or datetime.now()
    status = "approved" if approve else "rejected"
    p = schema.products.c
    with engine.begin() as conn:
        for pid, version in decisions.items():
            before = current_row(conn, schema.products, pid)
            if before["status"] != "pending":
                raise Conflict(f"{before['name']}: 이미 처리된 제품입니다 (상태: {before['status']}).", before,
                               audit.last_change(conn, "products", pid))
            after = {"status": status, "review_reason": reason, "updated_at": now, "version": version + 1}
            done = conn.execute(update(schema.products).where(p.id == pid, p.version == version).values(**after))
            if done.rowcount != 1:
                raise conflict(conn, schema.products, pid, validation.LABELS)
            audit.record(conn, actor, "approve" if approve else "reject", "products", pid, before, after, now)
        catalog.bump_catalog_version(conn)
    return len(decisions)


# ---- bulk upload -------------------------------------------------------------------------------
def parse_bulk(raw: bytes, filename: str) -> tuple[list[dict[str, Any]], list[FieldError]]:
    """Every row checked; the file is usable only when the error list is empty."""
    try:
        df = catalog.read_table(raw, filename, "catalog")
    except catalog.FileProblem as exc:
        return [], [FieldError(None, "파일", str(exc))]
    missing = [c for c in BULK_REQUIRED if c not in df.columns]
    if missing:
        return [], [FieldError(1, "머리글", f"필요한 열이 없습니다: {', '.join(missing)} "
                                          f"(열: {', '.join(BULK_COLUMNS)})")]
    if df.height > BULK_MAX_ROWS:
        return [], [FieldError(None, "파일", f"한 번에 {BULK_MAX_ROWS:,}행까지 올릴 수 있습니다")]
    rows, errors = [], []
    for k, rec in enumerate(df.iter_rows(named=True)):
        values = {field: rec.get(col) for col, field in BULK_COLUMNS.items()}
        clean, errs = validation.product(values, row=k + 2)
        errors += errs
        rows.append(clean)
    return rows, errors


def bulk_add(engine: Engine, actor: Actor, enterprise_id: int, raw: bytes, filename: str,
             now: datetime | None = None) -> list[int]:
    """Add every row of the file as pending products, or nothing at all."""
    require_enterprise_write(actor, enterprise_id)
    rows, errors = parse_bulk(raw, filename)
    if errors:
        raise ValidationFailed(errors)
    now = now or datetime.now()
    ids = []
    with engine.begin() as conn:
        _enterprise_exists(conn, enterprise_id)
        for clean in rows:
            pid = _insert_product(conn, enterprise_id, clean, now)
            audit.record(conn, actor, "create", "products", pid, None, {**clean, "status": "pending", "via": filename},
                         now)
            ids.append(pid)
        catalog.bump_catalog_version(conn)
    return ids


# ---- profile -----------------------------------------------------------------------------------
def update_profile(engine: Engine, actor: Actor, enterprise_id: int, values: ProfileValues, expected_version: int,
                   today: date, now: datetime | None = None) -> int:
    """Save the profile, and today's workforce snapshot when worker numbers are given."""
    require_enterprise_write(actor, enterprise_id)
    clean, errors = validation.profile(values)
    if errors:
        raise ValidationFailed(errors)
    now = now or datetime.now()
    e = schema.enterprises.c
    with engine.begin() as conn:
        before = current_row(conn, schema.enterprises, enterprise_id)
        if actor.role != "admin":  # certification facts and the business number are the department's to change
            for k in ("biz_no", "cert_no", "cert_date", "cert_expiry"):
                clean.pop(k, None)
        if "biz_no" in clean and clean["biz_no"] != before["biz_no"] and conn.execute(
                select(e.id).where(e.biz_no == clean["biz_no"], e.id != enterprise_id)).first():
            raise ValidationFailed([FieldError(None, "biz_no", "다른 기업에 이미 등록된 번호입니다")])
        changes = {**clean, "updated_at": now}
        if clean.get("address") and clean["address"] != before["address"] and before["placement"] != "exact":

            changes.update(placed(clean["address"]))
        after = locked_update(conn, schema.enterprises, enterprise_id, expected_version, changes)
        audit.record(conn, actor, "update", "enterprises", enterprise_id, before, after, now)
        workers, vulnerable, youth = values.get("workers"), values.get("vulnerable"), values.get("youth")
        if workers is not None:
            assert vulnerable is not None and youth is not None  # validation.profile rejects a partial set
            snap = dict(workers=int(workers), vulnerable=int(vulnerable), youth=int(youth))
            w = schema.workforce.c
            existing = conn.execute(select(w.id).where(w.enterprise_id == enterprise_id, w.as_of == today)).first()
            if existing:
                conn.execute(update(schema.workforce).where(w.id == existing[0]).values(**snap))
            else:
                conn.execute(insert(schema.workforce).values(enterprise_id=enterprise_id, as_of=today, **snap))
            audit.record(conn, actor, "snapshot", "workforce_snapshots", enterprise_id, None,
                         {"as_of": today, **snap}, now)
        catalog.bump_catalog_version(conn)
    return expected_version + 1


# ---- reads for the pages -----------------------------------------------------------------------
_PRODUCT_SCHEMA = {"id": pl.Int64, "code": pl.String, "name": pl.String, "category": pl.String, "spec": pl.String,
                   "unit_price": pl.Int64, "unit": pl.String, "description": pl.String, "status": pl.String,
                   "review_reason": pl.String, "version": pl.Int64, "updated_at": pl.Datetime}


def enterprise_products(engine: Engine, enterprise_id: int) -> pl.DataFrame:
    p = schema.products.c
    stmt = (select(p.id, p.code, p.name, p.category, p.spec, p.unit_price, p.unit, p.description, p.status,
                   p.review_reason, p.version, p.updated_at)
            .where(p.enterprise_id == enterprise_id).order_by(p.status != "pending", p.id.desc()))
    with engine.connect() as conn:
        return read_frame(conn, stmt, _PRODUCT_SCHEMA)


def moderation_queue(engine: Engine) -> pl.DataFrame:
    p, e = schema.products.c, schema.enterprises.c
    stmt = (select(p.id, p.code, p.name, p.category, p.spec, p.unit_price, p.unit, p.description, p.status,
                   p.review_reason, p.version, p.updated_at, e.name.label("enterprise_name"), e.se_type)
            .select_from(schema.products.join(schema.enterprises, p.enterprise_id == e.id))
            .where(p.status == "pending").order_by(p.updated_at))
    with engine.connect() as conn:
        return read_frame(conn, stmt, {**_PRODUCT_SCHEMA, "enterprise_name": pl.String, "se_type": pl.String})


def enterprise(engine: Engine, enterprise_id: int) -> dict[str, Any]:
    with engine.connect() as conn:
        row = current_row(conn, schema.enterprises, enterprise_id)
        w = schema.workforce.c
        snap = conn.execute(select(w.as_of, w.workers, w.vulnerable, w.youth).where(w.enterprise_id == enterprise_id)
                            .order_by(w.as_of.desc()).limit(1)).mappings().first()
    row["snapshot"] = dict(snap) if snap else None
    return row
