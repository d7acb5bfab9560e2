"""구매 실적: recording, correcting and importing purchases, and setting agreements.

Officers write for their own institution only; the department (admin) for any. Imports are
all-or-nothing, report each bad row in Korean, and report likely duplicates (same institution,
enterprise, date and amount) before anything is written. Amounts are integer 원 end to end.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypedDict

import polars as pl
from sqlalchemy import Connection, Engine, and_, insert, select

from sse_match.accounts.access import Actor, PermissionDenied, require_admin
from sse_match.catalog import bizno, validation
from sse_match.catalog import listing as catalog
from sse_match.catalog.enterprises import norm_name
from sse_match.catalog.validation import FieldError, ValidationFailed
from sse_match.config import DATA_DIR, secret
from sse_match.errors import NotFound
from sse_match.files import tables
from sse_match.storage import audit, db, schema
from sse_match.storage.db import read_frame
from sse_match.storage.locking import locked_delete, locked_update


class PurchaseValues(TypedDict, total=False):
    """What the purchase form or an import row writes (before validation)."""

    institution_id: int | None
    enterprise_id: int | None
    product_id: int | None
    purchased_on: object
    amount: int | str | None
    kind: str
    contract_method: str | None
    category: str | None
    description: str | None

CONTRACT_METHODS = ("수의계약", "제한경쟁", "일반경쟁", "지명경쟁", "협상에 의한 계약", "기타")
KINDS = schema.PURCHASE_KINDS
FIELD_LABELS = {"institution": "기관명", "enterprise": "업체명", "biz_no": "사업자등록번호", "purchased_on": "구매일자",
                "amount": "구매금액", "kind": "구분", "contract_method": "계약방법", "description": "품명"}


# One purchase above 1조원 is a typo (the city's whole yearly budget is a few 조원). Kept under a hard
# ceiling so that a million purchases still sum inside a 64-bit integer on SQLite and in polars.
MAX_AMOUNT_DEFAULT = 1_000_000_000_000
MAX_AMOUNT_CEILING = 9_000_000_000_000  # 9조원 × 1M rows < 2^63
MAX_TARGET = 100_000_000_000_000  # 100조원: an agreement target or total above this is a typo


def max_amount() -> int:
    """The per-row cap: SSE_MAX_PURCHASE_AMOUNT, else `[purchases] max_amount` in secrets, else 1조원."""
    import os


    raw = os.environ.get("SSE_MAX_PURCHASE_AMOUNT") or secret("purchases", "max_amount", MAX_AMOUNT_DEFAULT)
    return max(1, min(int(raw), MAX_AMOUNT_CEILING))


def column_aliases() -> dict[str, tuple[str, ...]]:
    """The editable mapping in data/purchase_columns.csv: our field → the names institutions use."""
    with (DATA_DIR / "purchase_columns.csv").open(encoding="utf-8") as fh:
        return {r["field"]: tuple(a.strip() for a in r["aliases"].split("|")) for r in csv.DictReader(fh)}


def bump_purchases_version(conn: Connection, rewrite: bool = False) -> None:
    """Every purchase write; `rewrite` for corrections and deletions (the views then reload in full
    instead of appending what is new)."""
    db.bump_counter(conn, "purchases_version")
    if rewrite:
        db.bump_counter(conn, "purchases_rewrites")


def purchases_version(engine: Engine) -> int:
    return db.counter(engine, "purchases_version")


# ---- parsing single values ---------------------------------------------------------------------
# Year, month and day with a separator between each (so "2026-11" is never read as 2026-01-01); an
# optional time of day as spreadsheets write it.
_DATE_RE = re.compile(r"^([0-9]{4})\s*[-./년]\s*([0-9]{1,2})\s*[-./월]\s*([0-9]{1,2})\s*[일.]?"
                      r"(?:[ T]([01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?)?$")


def parse_date(value) -> tuple[date | None, str | None]:
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    text = str(value or "").strip()
    if not text:
        return None, "비어 있습니다"
    if re.fullmatch(r"[0-9]{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    m = _DATE_RE.match(text)
    if not m:
        return None, f"날짜 형식이 아닙니다: {text} (예: 2026-03-15)"
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None
    except ValueError:
        return None, f"없는 날짜입니다: {text}"


def parse_amount(value) -> tuple[int | None, str | None]:
    """'1,234,000' / '1234000원' / 1234000.0 → 1234000; fractions and negatives are refused."""
    if isinstance(value, bool) or value is None or str(value).strip() == "":
        return None, "비어 있습니다"
    text = str(value).strip().replace(",", "").removesuffix("원").strip()
    if re.fullmatch(r"-?[0-9]+\.0+", text):
        text = text.split(".")[0]
    if re.fullmatch(r"-[0-9]+", text):
        return None, "음수입니다"
    if re.fullmatch(r"-?[0-9]+\.[0-9]+", text):
        return None, "원 단위 정수가 아닙니다"
    if not re.fullmatch(r"[0-9]+", text):
        return None, f"숫자가 아닙니다: {value}"
    if len(text) > 20:
        return None, "너무 큽니다"
    amount = int(text)
    if amount == 0:
        return None, "0원입니다"
    if amount > (cap := max_amount()):
        return None, f"너무 큽니다 (한 건에 {cap:,}원 이하, 입력 {amount:,}원). 금액을 확인해 주세요"
    return amount, None


# ---- one purchase ------------------------------------------------------------------------------
def _check_institution(actor: Actor, institution_id: int | None) -> int:
    if actor.role == "officer":
        if institution_id not in (None, actor.institution_id):
            raise PermissionDenied("다른 기관의 구매 실적은 입력할 수 없습니다.")
        return actor.institution_id  # type: ignore[return-value]
    if actor.role == "admin":
        if institution_id is None:
            raise ValidationFailed([FieldError(None, "institution", "기관을 골라 주세요")])
        return institution_id
    raise PermissionDenied("구매 실적은 구매담당자와 사회적경제지원과만 입력할 수 있습니다.")


def _clean(values: Mapping[str, Any], today: date, row: int | None = None) -> tuple[dict[str, Any], list[FieldError]]:
    errors: list[FieldError] = []
    on, problem = parse_date(values.get("purchased_on"))
    if problem:
        errors.append(FieldError(row, "purchased_on", problem))
    elif on is not None and on > today:  # parse_date gives a date whenever it reports no problem
        errors.append(FieldError(row, "purchased_on", "앞으로의 날짜는 실적으로 넣을 수 없습니다"))
    amount, problem = parse_amount(values.get("amount"))
    if problem:
        errors.append(FieldError(row, "amount", problem))
    kind = (values.get("kind") or "").strip()
    if kind not in KINDS:
        errors.append(FieldError(row, "kind", f"물품·용역·공사 중 하나여야 합니다: {kind or '(빈칸)'}"))
    method = (values.get("contract_method") or "").strip() or "기타"
    if method not in CONTRACT_METHODS:
        errors.append(FieldError(row, "contract_method", f"계약방법은 {', '.join(CONTRACT_METHODS)} 중 하나입니다"))
    desc = (values.get("description") or "").strip() or None
    if desc and (p := validation.text_problem(desc, "description")):
        errors.append(FieldError(row, "description", p))
    if desc and len(desc) > 500:
        errors.append(FieldError(row, "description", "500자 이하로 적어 주세요"))
    return dict(purchased_on=on, amount=amount, kind=kind, contract_method=method, description=desc), errors


def record(engine: Engine, actor: Actor, values: PurchaseValues, today: date, now: datetime | None = None) -> int:
    """Record one purchase (form). `values`: institution_id, enterprise_id, product_id, purchased_on, amount,
    kind, contract_method, description."""
    institution_id = _check_institution(actor, values.get("institution_id"))
    clean, errors = _clean(values, today)
    if values.get("enterprise_id") is None:
        errors.append(FieldError(None, "enterprise", "기업을 골라 주세요"))
    if errors:
        raise ValidationFailed(errors)
    now = now or datetime.now()
    with engine.begin() as conn:
        ent = conn.execute(select(schema.enterprises.c.id).where(schema.enterprises.c.id == values["enterprise_id"])
                           ).first()
        if ent is None:
            raise ValidationFailed([FieldError(None, "enterprise", "등록되지 않은 기업입니다")])
        category = None
        if values.get("product_id"):
            prod = conn.execute(select(schema.products.c.enterprise_id, schema.products.c.category)
                                .where(schema.products.c.id == values["product_id"])).first()
            if prod is None or prod[0] != values["enterprise_id"]:
                raise ValidationFailed([FieldError(None, "product", "그 기업의 제품이 아닙니다")])
            category = prod[1]
        row = dict(clean, institution_id=institution_id, enterprise_id=values["enterprise_id"],
                   product_id=values.get("product_id"), category=category or values.get("category"),
                   created_by=actor.user_id, version=1, created_at=now)
        pid = conn.execute(insert(schema.purchases).returning(schema.purchases.c.id), row).scalar_one()
        audit.record(conn, actor, "create", "purchases", pid, None, row, now)
        bump_purchases_version(conn)
    return pid


def _own_purchase(conn: Connection, actor: Actor, purchase_id: int) -> dict[str, Any]:
    row = conn.execute(select(schema.purchases).where(schema.purchases.c.id == purchase_id)).mappings().first()
    if row is None:
        raise NotFound("찾을 수 없는 구매 실적입니다 (이미 지워졌을 수 있습니다).")
    if actor.role == "officer" and row["institution_id"] != actor.institution_id:
        raise PermissionDenied("다른 기관의 구매 실적은 고칠 수 없습니다.")
    if actor.role not in ("officer", "admin"):
        raise PermissionDenied("구매 실적을 고칠 권한이 없습니다.")
    return dict(row)


def correct(engine: Engine, actor: Actor, purchase_id: int, values: PurchaseValues, expected_version: int, today: date,
            now: datetime | None = None) -> int:
    clean, errors = _clean(values, today)
    if errors:
        raise ValidationFailed(errors)
    now = now or datetime.now()
    with engine.begin() as conn:
        before = _own_purchase(conn, actor, purchase_id)
        after = locked_update(conn, schema.purchases, purchase_id, expected_version, clean)
        audit.record(conn, actor, "update", "purchases", purchase_id, before, after, now)
        bump_purchases_version(conn, rewrite=True)
    return expected_version + 1


def remove(engine: Engine, actor: Actor, purchase_id: int, expected_version: int, now: datetime | None = None) -> None:
    now = now or datetime.now()
    with engine.begin() as conn:
        before = _own_purchase(conn, actor, purchase_id)
        locked_delete(conn, schema.purchases, purchase_id, expected_version)
        audit.record(conn, actor, "delete", "purchases", purchase_id, before, None, now)
        bump_purchases_version(conn, rewrite=True)


# ---- import ------------------------------------------------------------------------------------
@dataclass
class PurchaseImport:
    rows: pl.DataFrame  # ready to insert (institution_id, enterprise_id, purchased_on, amount, …)
    errors: list[FieldError] = field(default_factory=list)
    duplicates: pl.DataFrame = field(default_factory=pl.DataFrame)  # likely duplicates, with file row numbers
    mapping: dict[str, str | None] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def default_mapping(columns: list[str]) -> dict[str, str | None]:
    return tables.match_columns(columns, column_aliases())


def _lookups(conn: Connection) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    e, i = schema.enterprises.c, schema.institutions.c
    ents = conn.execute(select(e.id, e.name, e.biz_no)).all()
    by_biz = {b: eid for eid, _n, b in ents if b}

    by_name: dict[str, list[int]] = {}
    for eid, name, _b in ents:
        by_name.setdefault(norm_name(name), []).append(eid)
    insts = {n.replace(" ", ""): iid for iid, n in conn.execute(select(i.id, i.name)).all()}
    return by_biz, by_name, insts


def preview_import(engine: Engine, actor: Actor, raw: bytes, filename: str, today: date,
                   mapping: dict[str, str | None] | None = None) -> PurchaseImport:
    """Check every row; nothing is written here."""

    if actor.role not in ("officer", "admin"):
        raise PermissionDenied("구매 실적을 올릴 권한이 없습니다.")
    try:
        df = catalog.read_table(raw, filename, "purchases")
    except catalog.FileProblem as exc:
        return PurchaseImport(pl.DataFrame(), [FieldError(None, "파일", str(exc))])
    mapping = mapping or default_mapping(df.columns)
    need = ["purchased_on", "amount", "kind"] + (["institution"] if actor.role == "admin" else [])
    missing = [FIELD_LABELS[f] for f in need if not mapping.get(f)]
    if not (mapping.get("biz_no") or mapping.get("enterprise")):
        missing.append("사업자등록번호 또는 업체명")
    if missing:
        return PurchaseImport(pl.DataFrame(), [FieldError(1, "머리글", f"열을 찾을 수 없습니다: {', '.join(missing)}")],
                              mapping=mapping)
    with engine.connect() as conn:
        by_biz, by_name, insts = _lookups(conn)
    errors: list[FieldError] = []
    rows = []
    for k, rec in enumerate(df.iter_rows(named=True)):
        n = k + 2
        get = lambda f: rec.get(col) if (col := mapping.get(f)) else None  # noqa: B023, E731
        clean, errs = _clean({f: get(f) for f in ("purchased_on", "amount", "kind", "contract_method", "description")},
                             today, row=n)
        errors += errs
        if actor.role == "officer":
            inst_name = get("institution")
            inst = actor.institution_id
            found = insts.get(str(inst_name).replace(" ", "")) if inst_name else actor.institution_id
            if found is None:  # never silently booked to the officer's own institution
                errors.append(FieldError(n, "institution", f"등록되지 않은 기관입니다: {inst_name}"))
            elif found != actor.institution_id:
                errors.append(FieldError(n, "institution", f"다른 기관의 실적입니다: {inst_name}"))
        else:
            inst = insts.get(str(get("institution") or "").replace(" ", ""))
            if inst is None:
                errors.append(FieldError(n, "institution", f"등록되지 않은 기관입니다: {get('institution')}"))
        ent = None
        raw_biz = get("biz_no")
        if raw_biz:
            if not bizno.is_valid(str(raw_biz)):
                errors.append(FieldError(n, "biz_no", f"사업자등록번호가 올바르지 않습니다: {raw_biz}"))
            else:
                ent = by_biz.get(bizno.normalise(str(raw_biz)))
        if ent is None and get("enterprise"):
            found = by_name.get(norm_name(str(get("enterprise"))), [])
            if len(found) == 1:
                ent = found[0]
            elif len(found) > 1:
                errors.append(FieldError(n, "enterprise", f"이름이 같은 기업이 여럿입니다: {get('enterprise')} "
                                                          "(사업자등록번호를 넣어 주세요)"))
                ent = -1
        if ent is None:
            errors.append(FieldError(n, "enterprise", f"등록되지 않은 기업입니다: {get('enterprise') or raw_biz}"))
        rows.append(dict(clean, row=n, institution_id=inst, enterprise_id=ent))
    frame = pl.DataFrame(rows, infer_schema_length=None) if rows else pl.DataFrame()
    result = PurchaseImport(frame, errors, mapping=mapping)
    if not errors and rows:
        result.duplicates = find_duplicates(engine, frame)
    return result


def find_duplicates(engine: Engine, rows: pl.DataFrame) -> pl.DataFrame:
    """Rows that repeat one another in the file, or a purchase already recorded: same institution,
    enterprise, date and amount."""
    key = ["institution_id", "enterprise_id", "purchased_on", "amount"]
    in_file = rows.filter(pl.struct(key).is_duplicated()).with_columns(where=pl.lit("파일 안에서 겹침"))
    p = schema.purchases.c
    dates = rows["purchased_on"]
    with engine.connect() as conn:
        existing = pl.DataFrame(conn.execute(
            select(p.institution_id, p.enterprise_id, p.purchased_on, p.amount)
            .where(and_(p.purchased_on >= dates.min(), p.purchased_on <= dates.max(),
                        p.institution_id.in_(rows["institution_id"].unique().to_list())))).all(),
            schema={"institution_id": pl.Int64, "enterprise_id": pl.Int64, "purchased_on": pl.Date, "amount": pl.Int64},
            orient="row")
    in_db = rows.join(existing.unique(), on=key, how="semi").with_columns(where=pl.lit("이미 입력된 실적과 같음"))
    return pl.concat([in_file, in_db]).sort("row") if in_file.height + in_db.height else pl.DataFrame()


def apply_import(engine: Engine, actor: Actor, preview: PurchaseImport, allow_duplicates: bool = False,
                 now: datetime | None = None) -> int:
    """All rows in one transaction, or none. Duplicates must be confirmed explicitly."""
    if actor.role not in ("officer", "admin"):
        raise PermissionDenied("구매 실적을 올릴 권한이 없습니다.")
    if preview.errors:
        raise ValidationFailed(preview.errors)
    if preview.duplicates.height and not allow_duplicates:
        raise ValidationFailed([FieldError(int(r["row"]), "중복", r["where"]) for r in preview.duplicates.iter_rows(
            named=True)])
    if actor.role == "officer" and set(preview.rows["institution_id"].unique()) - {actor.institution_id}:
        raise PermissionDenied("다른 기관의 구매 실적은 올릴 수 없습니다.")
    now = now or datetime.now()
    records = preview.rows.drop("row").with_columns(created_by=pl.lit(actor.user_id), version=pl.lit(1),
                                                    created_at=pl.lit(now)).to_dicts()
    with engine.begin() as conn:
        conn.execute(insert(schema.purchases), records)
        audit.record(conn, actor, "import", "purchases", None, None,
                     {"rows": len(records), "amount": int(preview.rows["amount"].sum())}, now)
        bump_purchases_version(conn)
    return len(records)


# ---- agreements --------------------------------------------------------------------------------
def set_agreement(engine: Engine, actor: Actor, institution_id: int, year: int, *, target_amount: int | None = None,
                  target_ratio: float | None = None, total_goods_services: int | None = None,
                  expected_version: int | None = None, now: datetime | None = None) -> None:
    """Per institution and year one target: an amount in 원, or a ratio of its 물품·용역 purchases.

    `expected_version` is the agreement's version the form showed; a newer one raises Conflict. Without it
    (the CLI, a first agreement) the row read in this transaction is the base.
    """
    require_admin(actor)
    errors = []
    if (target_amount is None) == (target_ratio is None):
        errors.append(FieldError(None, "target", "목표는 금액이나 비율 중 하나만 정해 주세요"))
    if target_amount is not None and target_amount <= 0:
        errors.append(FieldError(None, "target", "목표 금액은 0보다 커야 합니다"))
    if target_ratio is not None and not (0 < target_ratio <= 1):
        errors.append(FieldError(None, "target", "목표 비율은 0보다 크고 100% 이하여야 합니다"))
    for name, value in (("target", target_amount), ("total", total_goods_services)):
        if value is not None and value > MAX_TARGET:
            errors.append(FieldError(None, name, f"너무 큽니다 ({MAX_TARGET:,}원 이하)"))
    if target_ratio is not None and not total_goods_services:
        errors.append(FieldError(None, "total", "비율 목표에는 그 해 물품·용역 총구매액이 필요합니다"))
    if errors:
        raise ValidationFailed(errors)
    now = now or datetime.now()
    a = schema.agreements.c
    values = dict(target_amount=target_amount, target_ratio=target_ratio, total_goods_services=total_goods_services)
    with engine.begin() as conn:
        before = conn.execute(select(schema.agreements).where(a.institution_id == institution_id, a.year == year)
                              ).mappings().first()
        if before is None:
            aid = conn.execute(insert(schema.agreements).returning(a.id),
                               dict(values, institution_id=institution_id, year=year, signed_on=now.date())).scalar_one()
            audit.record(conn, actor, "create", "agreements", aid, None, values, now)
        else:
            version = before["version"] if expected_version is None else expected_version
            locked_update(conn, schema.agreements, before["id"], version, values)
            audit.record(conn, actor, "update", "agreements", before["id"], dict[str, Any](before), values, now)
        bump_purchases_version(conn)


def version_of(engine: Engine, purchase_id: int) -> int:
    """The stored version of one purchase: the base of an edit form's optimistic lock."""
    with engine.connect() as conn:
        version = conn.execute(select(schema.purchases.c.version).where(schema.purchases.c.id == purchase_id)).scalar()
    if version is None:
        raise NotFound("찾을 수 없는 구매 실적입니다 (이미 지워졌을 수 있습니다).")
    return int(version)


def institutions_frame(engine: Engine) -> pl.DataFrame:
    """institution_id, institution_name, lat, lon of every public body."""
    i = schema.institutions.c
    with engine.connect() as conn:
        return read_frame(conn, select(i.id.label("institution_id"), i.name.label("institution_name"), i.lat, i.lon),
                          {"institution_id": pl.Int64, "institution_name": pl.String, "lat": pl.Float64,
                           "lon": pl.Float64})
