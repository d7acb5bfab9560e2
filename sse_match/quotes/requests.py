"""견적 요청: from a found supplier to a recorded purchase.

An officer sends a request to 1–5 enterprises; each answers (amount, VAT stated, delivery, memo, a file)
or declines until the 마감일 or until the officer closes or cancels it. The officer compares the answers
and chooses one: that creates a DRAFT purchase linked to the request, which counts toward the agreement
only once the officer confirms it after delivery with the actual date and amount.

Who may see what is decided here, not on the pages: an officer sees its own institution's requests, an
enterprise only the requests sent to it (and only its own answer), the admin everything. Every write is
audited in its transaction and optimistic-locked on the row's version. A form's submission token makes
a double click on 보내기 send one request. Files live in the database and come out only through
`attachment`, after the same permission check.
"""

from __future__ import annotations

import io
import secrets
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import polars as pl
from sqlalchemy import Connection, Engine, case, func, insert, select
from sqlalchemy.exc import IntegrityError

from sse_match.accounts.access import Actor, Conflict, PermissionDenied
from sse_match.catalog import supplier, validation
from sse_match.catalog.products import NotFound, locked_update
from sse_match.catalog.validation import FieldError, ValidationFailed
from sse_match.purchases import records as purchases
from sse_match.quotes import notify
from sse_match.storage import audit, schema
from sse_match.storage.db import read_frame

MAX_RECIPIENTS = 5  # a request goes to a handful of suppliers, as a 1인/2인 견적 does
MAX_FILE_BYTES = 10 * 1024 * 1024  # 10 MB per file keeps the database small
MAX_FILES = 5
VAT_RATE = 0.1  # 부가가치세 10%: answers without VAT are compared with it added
TEXT_LIMIT = 2000
LABELS = {"item_name": "품명", "quantity": "수량", "unit": "단위", "deliver_by": "납기", "delivery_place": "납품 장소",
          "estimated_price": "추정가격", "answer_by": "답변 마감일", "memo": "메모", "recipients": "받는 기업",
          "amount": "견적 금액", "delivery_on": "납기", "decline_reason": "사양 사유", "file": "첨부 파일",
          "purchased_on": "납품일", "status": "상태", "version": "버전"}
MIME = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "hwp": "application/x-hwp", "hwpx": "application/hwp+zip"}
OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")  # HWP 5.0 is an OLE2 compound file
HWP_SIGNATURE = "HWP Document File".encode("utf-16-le")  # the FileHeader stream starts "HWP Document File"


@dataclass(frozen=True)
class Upload:
    filename: str
    content: bytes


@dataclass(frozen=True)
class Attachment:
    id: int
    filename: str
    mime: str
    content: bytes


def new_token() -> str:
    """One per request form: the page keeps it until the send succeeds."""
    return secrets.token_hex(16)


def _err(field: str, reason: str) -> FieldError:
    return FieldError(None, LABELS.get(field, field), reason)


# ---- files -------------------------------------------------------------------------------------
def _zip_names(content: bytes) -> tuple[set[str], bytes | None]:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype") if "mimetype" in names else None
            return names, mimetype
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError):
        return set(), None


def file_kind(upload: Upload) -> str:
    """'pdf', 'xlsx', 'hwp' or 'hwpx' from the bytes, matching the name's extension; else ValidationFailed."""
    name = upload.filename or ""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    data = upload.content
    if not data:
        raise ValidationFailed([_err("file", f"{name}: 빈 파일입니다")])
    if len(data) > MAX_FILE_BYTES:
        raise ValidationFailed([_err("file", f"{name}: 10MB 이하만 올릴 수 있습니다 ({len(data) / 1_048_576:.1f}MB)")])
    kind = None
    if data.startswith(b"%PDF-"):
        kind = "pdf"
    elif data.startswith(OLE2) and HWP_SIGNATURE in data[:65536]:
        kind = "hwp"
    elif data.startswith(b"PK\x03\x04"):
        names, mimetype = _zip_names(data)
        if mimetype is not None and mimetype.strip() == b"application/hwp+zip":
            kind = "hwpx"
        elif "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
            kind = "xlsx"
    if kind is None:
        raise ValidationFailed([_err("file", f"{name}: PDF, XLSX, HWP, HWPX 파일만 올릴 수 있습니다 (내용 확인)")])
    if ext != kind:
        raise ValidationFailed([_err("file", f"{name}: 확장자(.{ext or '없음'})와 실제 파일 형식({kind.upper()})이 "
                                             "다릅니다")])
    return kind


def _store_files(conn: Connection, actor: Actor, request_id: int, recipient_id: int | None, files: list[Upload],
                 now: datetime) -> None:
    for f in files:
        kind = file_kind(f)
        aid = conn.execute(insert(schema.quote_attachments).returning(schema.quote_attachments.c.id), dict[str, Any](
            request_id=request_id, recipient_id=recipient_id, filename=f.filename[:200], kind=kind,
            size=len(f.content), content=f.content, uploaded_by=actor.user_id, created_at=now)).scalar_one()
        audit.record(conn, actor, "attach", "quote_attachments", aid, None,
                     {"request_id": request_id, "recipient_id": recipient_id, "filename": f.filename,
                      "size": len(f.content)}, now)


# ---- permission --------------------------------------------------------------------------------
def _request(conn: Connection, request_id: int) -> dict[str, Any]:
    row = conn.execute(select(schema.quote_requests).where(schema.quote_requests.c.id == request_id)).mappings().first()
    if row is None:
        raise NotFound("견적 요청을 찾을 수 없습니다.")
    return dict(row)


def _own_recipient(conn: Connection, actor: Actor, request_id: int) -> dict[str, Any] | None:
    r = schema.quote_recipients.c
    if actor.role != "enterprise" or actor.enterprise_id is None:
        return None
    row = conn.execute(select(schema.quote_recipients).where(r.request_id == request_id,
                                                             r.enterprise_id == actor.enterprise_id)).mappings().first()
    return dict(row) if row else None


def _require_read(conn: Connection, actor: Actor, req: dict[str, Any]) -> None:
    if actor.role == "admin":
        return
    if actor.role == "officer" and actor.institution_id == req["institution_id"]:
        return
    if actor.role == "enterprise" and _own_recipient(conn, actor, req["id"]) is not None:
        return
    raise PermissionDenied("이 견적 요청을 볼 권한이 없습니다.")


def _require_owner(actor: Actor, req: dict[str, Any]) -> None:
    """The requesting institution's officers, or the department."""
    if actor.role == "admin" or (actor.role == "officer" and actor.institution_id == req["institution_id"]):
        return
    raise PermissionDenied("다른 기관의 견적 요청은 다룰 수 없습니다.")


def _touch(conn: Connection, actor: Actor, req: dict[str, Any], expected_version: int, values: Mapping[str, Any], action: str,
           now: datetime) -> dict[str, Any]:
    after = locked_update(conn, schema.quote_requests, req["id"], expected_version, {**values, "updated_at": now},
                          LABELS)
    audit.record(conn, actor, action, "quote_requests", req["id"], req, after, now)
    return after


# ---- send --------------------------------------------------------------------------------------
def _clean_request(values: Mapping[str, Any], today: date) -> tuple[dict[str, Any], list[FieldError]]:
    errors: list[FieldError] = []
    out: dict[str, Any] = {}
    for field, limit, required in (("item_name", 200, True), ("unit", 20, True), ("delivery_place", 300, True),
                                   ("memo", TEXT_LIMIT, False), ("category", 40, False)):
        v = (values.get(field) or "").strip() or None
        if required and v is None:
            errors.append(_err(field, "비어 있습니다"))
        elif v is not None and (p := validation.text_problem(v, "description")):
            errors.append(_err(field, p))
        elif v is not None and len(v) > limit:
            errors.append(_err(field, f"{limit}자 이하로 적어 주세요"))
        out[field] = v
    q = values.get("quantity")
    if not isinstance(q, int) or isinstance(q, bool) or q <= 0:
        errors.append(_err("quantity", "1 이상의 정수로 적어 주세요"))
    out["quantity"] = q
    price = values.get("estimated_price")
    if price in (None, "", 0):
        price = None
    elif not isinstance(price, int) or price < 0:
        errors.append(_err("estimated_price", "원 단위 정수로 적어 주세요"))
    out["estimated_price"] = price
    for field in ("deliver_by", "answer_by"):
        d = values.get(field)
        if not isinstance(d, date):
            errors.append(_err(field, "날짜를 골라 주세요"))
        elif d < today:
            errors.append(_err(field, "오늘 이후 날짜여야 합니다"))
        out[field] = d
    if isinstance(out["deliver_by"], date) and isinstance(out["answer_by"], date) and out["answer_by"] > out["deliver_by"]:
        errors.append(_err("answer_by", "납기보다 늦을 수 없습니다"))
    return out, errors


def create_request(engine: Engine, actor: Actor, values: Mapping[str, Any], enterprise_ids: list[int], token: str, today: date,
                   now: datetime, files: Sequence[Upload] = (), product_ids: dict[int, int] | None = None,
                   institution_id: int | None = None, max_recipients: int = MAX_RECIPIENTS) -> int:
    """Send a request; the same `token` again returns the first request's id without sending twice."""
    if actor.role == "officer":
        if institution_id not in (None, actor.institution_id):
            raise PermissionDenied("다른 기관 이름으로 견적을 요청할 수 없습니다.")
        institution_id = actor.institution_id
    elif actor.role != "admin" or institution_id is None:
        raise PermissionDenied("견적 요청은 구매담당자가 보냅니다.")
    if not token or len(token) > 64:
        raise ValueError("submission token")
    q = schema.quote_requests.c
    with engine.connect() as conn:  # a repeated click: the first send already stands
        done = conn.execute(select(q.id, q.institution_id).where(q.submission_token == token)).first()
    if done is not None:
        if done.institution_id != institution_id:
            raise PermissionDenied("이 견적 요청을 볼 권한이 없습니다.")
        return done.id
    clean, errors = _clean_request(values, today)
    ids = list(dict.fromkeys(int(i) for i in enterprise_ids))
    if not ids:
        errors.append(_err("recipients", "견적을 받을 기업을 1곳 이상 골라 주세요"))
    elif len(ids) > max_recipients:
        errors.append(_err("recipients", f"한 번에 {max_recipients}곳까지 보낼 수 있습니다"))
    files = list(files or [])
    if len(files) > MAX_FILES:
        errors.append(_err("file", f"파일은 {MAX_FILES}개까지 올릴 수 있습니다"))
    for f in files:
        try:
            file_kind(f)
        except ValidationFailed as exc:
            errors += exc.errors
    if errors:
        raise ValidationFailed(errors)
    e = schema.enterprises.c
    product_ids = product_ids or {}
    try:
        with engine.begin() as conn:
            found = dict(conn.execute(select(e.id, e.name).where(e.id.in_(ids), e.status == "active")).all())
            missing = [i for i in ids if i not in found]
            if missing:
                raise ValidationFailed([_err("recipients", "받을 수 없는 기업이 있습니다 (폐업·정지 또는 없는 기업)")])
            rid = conn.execute(insert(schema.quote_requests).returning(q.id), dict[str, Any](
                institution_id=institution_id, created_by=actor.user_id, status="open", submission_token=token,
                version=1, created_at=now, updated_at=now, **clean)).scalar_one()
            audit.record(conn, actor, "create", "quote_requests", rid, None, {**clean, "recipients": ids}, now)
            conn.execute(insert(schema.quote_recipients), [
                dict(request_id=rid, enterprise_id=i, product_id=product_ids.get(i), status="sent", version=1)
                for i in ids])
            _store_files(conn, actor, rid, None, files, now)
            notes = [notify.Notice("request", f"[견적 요청] {clean['item_name']}",
                                   f"새 견적 요청이 왔습니다: {clean['item_name']} {clean['quantity']:,}{clean['unit']}, "
                                   f"답변 마감 {clean['answer_by'].isoformat()}.\n내 기업 → 받은 견적 요청에서 답변해 주세요.",
                                   enterprise_id=i, request_id=rid) for i in ids]
            for n in notes:
                notify.add(conn, n, now)
    except IntegrityError:  # the other click won the race on the token: its request stands
        with engine.connect() as conn:
            done = conn.execute(select(q.id).where(q.submission_token == token)).first()
        if done is None:
            raise
        return done.id
    notify.send(engine, notes)
    return rid


# ---- answers -----------------------------------------------------------------------------------
def accepts_answers(req: dict[str, Any], today: date) -> bool:
    return req["status"] == "open" and today <= req["answer_by"]


def _recipient_for_write(conn: Connection, actor: Actor, recipient_id: int, today: date) -> tuple[dict[str, Any], dict[str, Any]]:
    found = conn.execute(select(schema.quote_recipients).where(schema.quote_recipients.c.id == recipient_id)
                         ).mappings().first()
    if found is None:
        raise NotFound("견적 요청을 찾을 수 없습니다.")
    rec = dict(found)
    if actor.role != "enterprise" or actor.enterprise_id != rec["enterprise_id"]:
        raise PermissionDenied("우리 기업에 온 견적 요청에만 답할 수 있습니다.")
    req = _request(conn, rec["request_id"])
    if req["status"] != "open":
        raise PermissionDenied("마감되었거나 취소된 견적 요청에는 답할 수 없습니다.")
    if today > req["answer_by"]:
        raise PermissionDenied(f"답변 마감일({req['answer_by'].isoformat()})이 지나 답할 수 없습니다.")
    return rec, req


def answer(engine: Engine, actor: Actor, recipient_id: int, values: Mapping[str, Any], expected_version: int, today: date,
           now: datetime, file: Upload | None = None) -> int:
    """견적 금액 (원), VAT 포함 여부, 납기, 메모, optional file. Returns the new version."""
    errors: list[FieldError] = []
    amount = values.get("amount")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        errors.append(_err("amount", "1원 이상의 정수로 적어 주세요"))
    elif amount > validation.MAX_PRICE:
        errors.append(_err("amount", "금액이 너무 큽니다"))
    vat = values.get("vat_included")
    if not isinstance(vat, bool):
        errors.append(_err("amount", "부가가치세 포함 여부를 골라 주세요"))
    on = values.get("delivery_on")
    if not isinstance(on, date):
        errors.append(_err("delivery_on", "날짜를 골라 주세요"))
    elif on < today:
        errors.append(_err("delivery_on", "오늘 이후 날짜여야 합니다"))
    memo = (values.get("memo") or "").strip() or None
    if memo and (p := validation.text_problem(memo, "description") or (len(memo) > TEXT_LIMIT and "너무 깁니다")):
        errors.append(_err("memo", p))
    if file is not None:
        try:
            file_kind(file)
        except ValidationFailed as exc:
            errors += exc.errors
    with engine.begin() as conn:
        rec, req = _recipient_for_write(conn, actor, recipient_id, today)
        if errors:
            raise ValidationFailed(errors)
        after = locked_update(conn, schema.quote_recipients, recipient_id, expected_version, dict[str, Any](
            status="answered", amount=amount, vat_included=vat, delivery_on=on, memo=memo, decline_reason=None,
            answered_at=now), LABELS)
        audit.record(conn, actor, "answer", "quote_recipients", recipient_id, rec, after, now)
        if file is not None:
            _store_files(conn, actor, req["id"], recipient_id, [file], now)
        assert isinstance(on, date)  # checked above: a missing or non-date delivery_on raised ValidationFailed
        name = _enterprise_name(conn, rec["enterprise_id"])
        note = notify.Notice("answer", f"[견적 도착] {req['item_name']}",
                             f"{name}에서 견적을 보냈습니다: {req['item_name']}, {amount:,}원 "
                             f"({'부가세 포함' if vat else '부가세 별도'}), 납기 {on.isoformat()}.",
                             institution_id=req["institution_id"], request_id=req["id"])
        notify.add(conn, note, now)
    notify.send(engine, [note])
    return expected_version + 1


def decline(engine: Engine, actor: Actor, recipient_id: int, reason: str, expected_version: int, today: date,
            now: datetime) -> int:
    reason = (reason or "").strip()
    with engine.begin() as conn:
        rec, req = _recipient_for_write(conn, actor, recipient_id, today)
        if not reason:
            raise ValidationFailed([_err("decline_reason", "사양하는 이유를 적어 주세요")])
        if (p := validation.text_problem(reason, "description")) or len(reason) > 500:
            raise ValidationFailed([_err("decline_reason", p or "500자 이하로 적어 주세요")])
        after = locked_update(conn, schema.quote_recipients, recipient_id, expected_version, dict[str, Any](
            status="declined", amount=None, vat_included=None, delivery_on=None, decline_reason=reason,
            answered_at=now), LABELS)
        audit.record(conn, actor, "decline", "quote_recipients", recipient_id, rec, after, now)
        name = _enterprise_name(conn, rec["enterprise_id"])
        note = notify.Notice("decline", f"[견적 사양] {req['item_name']}",
                             f"{name}에서 견적을 사양했습니다: {req['item_name']}. 사유: {reason}",
                             institution_id=req["institution_id"], request_id=req["id"])
        notify.add(conn, note, now)
    notify.send(engine, [note])
    return expected_version + 1


def _enterprise_name(conn: Connection, enterprise_id: int) -> str:
    return conn.execute(select(schema.enterprises.c.name).where(schema.enterprises.c.id == enterprise_id)).scalar_one()


# ---- the officer's decisions -------------------------------------------------------------------
def close(engine: Engine, actor: Actor, request_id: int, expected_version: int, now: datetime) -> int:
    """No more answers; the officer can still choose among those received."""
    with engine.begin() as conn:
        req = _request(conn, request_id)
        _require_owner(actor, req)
        if req["status"] != "open":
            raise PermissionDenied("진행 중인 견적 요청만 마감할 수 있습니다.")
        _touch(conn, actor, req, expected_version, {"status": "closed"}, "close", now)
    return expected_version + 1


def cancel(engine: Engine, actor: Actor, request_id: int, expected_version: int, now: datetime) -> int:
    with engine.begin() as conn:
        req = _request(conn, request_id)
        _require_owner(actor, req)
        if req["status"] not in ("open", "closed"):
            raise PermissionDenied("업체를 선정한 뒤에는 취소할 수 없습니다.")
        _touch(conn, actor, req, expected_version, {"status": "cancelled"}, "cancel", now)
        r = schema.quote_recipients.c
        notes = [notify.Notice("cancel", f"[견적 요청 취소] {req['item_name']}",
                               f"견적 요청이 취소되었습니다: {req['item_name']}.", enterprise_id=eid,
                               request_id=request_id)
                 for eid in conn.execute(select(r.enterprise_id).where(r.request_id == request_id)).scalars()]
        for n in notes:
            notify.add(conn, n, now)
    notify.send(engine, notes)
    return expected_version + 1


def with_vat(amount: int, vat_included: bool) -> int:
    return amount if vat_included else amount + round(amount * VAT_RATE)


def choose(engine: Engine, actor: Actor, request_id: int, recipient_id: int, expected_version: int, now: datetime,
           kind: str = "물품", contract_method: str = "수의계약") -> int:
    """Choose an answer: a DRAFT purchase (quoted amount with VAT) linked to the request. Returns its id."""
    if kind not in schema.PURCHASE_KINDS or contract_method not in purchases.CONTRACT_METHODS:
        raise ValidationFailed([_err("status", "구분 또는 계약방법이 올바르지 않습니다")])
    r = schema.quote_recipients.c
    with engine.begin() as conn:
        req = _request(conn, request_id)
        _require_owner(actor, req)
        if req["status"] not in ("open", "closed"):
            raise PermissionDenied("이미 업체를 선정했거나 취소된 견적 요청입니다.")
        rec = conn.execute(select(schema.quote_recipients).where(r.id == recipient_id, r.request_id == request_id)
                           ).mappings().first()
        if rec is None or rec["status"] != "answered":
            raise ValidationFailed([_err("status", "견적을 보낸 기업만 고를 수 있습니다")])
        _touch(conn, actor, req, expected_version, {"status": "chosen", "chosen_recipient_id": recipient_id},
               "choose", now)
        row = dict(institution_id=req["institution_id"], enterprise_id=rec["enterprise_id"],
                   product_id=rec["product_id"], purchased_on=rec["delivery_on"],
                   amount=with_vat(rec["amount"], rec["vat_included"]), kind=kind, contract_method=contract_method,
                   category=req["category"], description=req["item_name"][:500], created_by=actor.user_id, version=1,
                   created_at=now, quote_request_id=request_id, status="draft")
        pid = conn.execute(insert(schema.purchases).returning(schema.purchases.c.id), row).scalar_one()
        audit.record(conn, actor, "create", "purchases", pid, None, row, now)
        notes = []
        for other in conn.execute(select(r.id, r.enterprise_id, r.status).where(r.request_id == request_id)).all():
            if other.id == recipient_id:
                notes.append(notify.Notice("chosen", f"[선정] {req['item_name']}",
                                           f"보내신 견적이 선정되었습니다: {req['item_name']}. 납품 뒤 기관이 실적을 확정합니다.",
                                           enterprise_id=other.enterprise_id, request_id=request_id))
            else:
                notes.append(notify.Notice("not_chosen", f"[선정되지 않음] {req['item_name']}",
                                           f"이번 견적 요청에서는 선정되지 않았습니다: {req['item_name']}. 참여해 주셔서 "
                                           "감사합니다.", enterprise_id=other.enterprise_id, request_id=request_id))
        for n in notes:
            notify.add(conn, n, now)
    notify.send(engine, notes)
    return pid


def draft_purchase(engine: Engine, actor: Actor, request_id: int) -> dict[str, Any] | None:
    p = schema.purchases.c
    with engine.connect() as conn:
        req = _request(conn, request_id)
        _require_owner(actor, req)
        row = conn.execute(select(schema.purchases).where(p.quote_request_id == request_id)
                           .order_by(p.id.desc())).mappings().first()
    return dict(row) if row else None


def confirm_purchase(engine: Engine, actor: Actor, request_id: int, purchased_on: date, amount: int,
                     expected_version: int, today: date, now: datetime) -> int:
    """After delivery: the actual date and amount; the purchase then counts. Returns the purchase id."""
    errors = []
    if not isinstance(purchased_on, date):
        errors.append(_err("purchased_on", "날짜를 골라 주세요"))
    elif purchased_on > today:
        errors.append(_err("purchased_on", "납품이 끝난 뒤에 확정해 주세요 (앞으로의 날짜)"))
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        errors.append(_err("amount", "1원 이상의 정수로 적어 주세요"))
    p = schema.purchases.c
    with engine.begin() as conn:
        req = _request(conn, request_id)
        _require_owner(actor, req)
        if errors:
            raise ValidationFailed(errors)
        if req["status"] != "chosen":
            raise PermissionDenied("업체를 선정한 견적 요청만 구매 실적으로 확정할 수 있습니다.")
        found = conn.execute(select(schema.purchases).where(p.quote_request_id == request_id, p.status == "draft")
                             ).mappings().first()
        if found is None:
            raise NotFound("확정할 구매 초안이 없습니다.")
        draft = dict(found)
        _touch(conn, actor, req, expected_version, {"status": "purchased"}, "confirm", now)
        after = locked_update(conn, schema.purchases, draft["id"], draft["version"],
                              {"status": "confirmed", "purchased_on": purchased_on, "amount": amount})
        audit.record(conn, actor, "confirm", "purchases", draft["id"], draft, after, now)
        purchases.bump_purchases_version(conn, rewrite=True)  # a draft below the watermark now counts
        note = notify.Notice("confirmed", f"[납품 확정] {req['item_name']}",
                             f"납품이 확정되어 구매 실적으로 기록되었습니다: {req['item_name']}, {amount:,}원.",
                             enterprise_id=draft["enterprise_id"], request_id=request_id)
        notify.add(conn, note, now)
    notify.send(engine, [note])
    return draft["id"]


# ---- reads -------------------------------------------------------------------------------------
_REQ_COLS = {"id": pl.Int64, "institution_id": pl.Int64, "institution_name": pl.String, "item_name": pl.String,
             "category": pl.String, "quantity": pl.Int64, "unit": pl.String, "deliver_by": pl.Date,
             "delivery_place": pl.String, "estimated_price": pl.Int64, "answer_by": pl.Date, "memo": pl.String,
             "status": pl.String, "chosen_recipient_id": pl.Int64, "version": pl.Int64, "created_at": pl.Datetime}


def _req_select():
    q, i = schema.quote_requests.c, schema.institutions.c
    return (select(q.id, q.institution_id, i.name.label("institution_name"), q.item_name, q.category, q.quantity,
                   q.unit, q.deliver_by, q.delivery_place, q.estimated_price, q.answer_by, q.memo, q.status,
                   q.chosen_recipient_id, q.version, q.created_at)
            .select_from(schema.quote_requests.join(schema.institutions, q.institution_id == i.id)))


def requests_for(engine: Engine, actor: Actor) -> pl.DataFrame:
    """The officer's institution's requests (admin: all) with answer counts, newest first."""
    q, r = schema.quote_requests.c, schema.quote_recipients.c
    stmt = _req_select()
    if actor.role == "officer":
        stmt = stmt.where(q.institution_id == actor.institution_id)
    elif actor.role != "admin":
        raise PermissionDenied("기관의 견적 요청 목록은 구매담당자와 사회적경제지원과만 볼 수 있습니다.")
    counts = (select(r.request_id, func.count().label("sent"),
                     func.sum(case((r.status == "answered", 1), else_=0)).label("answered"),
                     func.sum(case((r.status == "declined", 1), else_=0)).label("declined"))
              .group_by(r.request_id))
    with engine.connect() as conn:
        reqs = read_frame(conn, stmt.order_by(q.id.desc()), _REQ_COLS)
        cnt = read_frame(conn, counts, {"request_id": pl.Int64, "sent": pl.Int64, "answered": pl.Int64,
                                   "declined": pl.Int64})
    return (reqs.join(cnt, left_on="id", right_on="request_id", how="left")
            .with_columns(pl.col("sent", "answered", "declined").fill_null(0)))


def inbox(engine: Engine, actor: Actor, today: date) -> pl.DataFrame:
    """The requests sent to the actor's enterprise, with its own answer and the outcome; nothing of others'."""
    if actor.role != "enterprise" or actor.enterprise_id is None:
        raise PermissionDenied("기업 사용자만 받은 견적 요청을 볼 수 있습니다.")
    q, r = schema.quote_requests.c, schema.quote_recipients.c
    stmt = (_req_select().add_columns(r.id.label("recipient_id"), r.status.label("my_status"), r.amount, r.vat_included,
                                      r.delivery_on, r.memo.label("my_memo"), r.decline_reason,
                                      r.version.label("my_version"))
            .join(schema.quote_recipients, r.request_id == q.id)
            .where(r.enterprise_id == actor.enterprise_id).order_by(q.id.desc()))
    with engine.connect() as conn:
        df = read_frame(conn, stmt, {**_REQ_COLS, "recipient_id": pl.Int64, "my_status": pl.String, "amount": pl.Int64,
                                "vat_included": pl.Boolean, "delivery_on": pl.Date, "my_memo": pl.String,
                                "decline_reason": pl.String, "my_version": pl.Int64})
    return df.with_columns(
        outcome=pl.when(pl.col("chosen_recipient_id") == pl.col("recipient_id")).then(pl.lit("chosen"))
        .when(pl.col("chosen_recipient_id").is_not_null()).then(pl.lit("not_chosen"))
        .when(pl.col("status") == "cancelled").then(pl.lit("cancelled"))
        .when((pl.col("status") != "open") | (pl.col("answer_by") < today)).then(pl.lit("closed"))
        .otherwise(pl.lit("open")),
        can_answer=(pl.col("status") == "open") & (pl.col("answer_by") >= today),
    ).drop("chosen_recipient_id")


def pending_count(engine: Engine, actor: Actor, today: date) -> int:
    """Requests waiting for the enterprise's answer: the count on its home page."""
    if actor.role != "enterprise" or actor.enterprise_id is None:
        return 0
    q, r = schema.quote_requests.c, schema.quote_recipients.c
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.quote_recipients.join(
            schema.quote_requests, r.request_id == q.id)).where(
            r.enterprise_id == actor.enterprise_id, r.status == "sent", q.status == "open", q.answer_by >= today)
        ).scalar_one())


@dataclass(frozen=True)
class RequestView:
    request: dict[str, Any]
    answers: pl.DataFrame  # one row per recipient the actor may see; the comparison columns for the officer
    attachments: pl.DataFrame  # id, recipient_id, filename, kind, size
    accepts_answers: bool


def view(engine: Engine, actor: Actor, request_id: int, today: date) -> RequestView:
    """One request as the actor may see it: the officer/admin compare every answer side by side; an
    enterprise sees the request and its own answer only."""
    r, e, a = schema.quote_recipients.c, schema.enterprises.c, schema.quote_attachments.c
    with engine.connect() as conn:
        req = _request(conn, request_id)
        _require_read(conn, actor, req)
        inst = conn.execute(select(schema.institutions).where(schema.institutions.c.id == req["institution_id"])
                            ).mappings().one()
        req["institution_name"] = inst["name"]
        stmt = (select(r.id.label("recipient_id"), r.enterprise_id, e.name.label("enterprise_name"), e.se_type,
                       e.cert_expiry, e.status.label("enterprise_status"), e.gu, e.dong, e.lat, e.lon, r.status,
                       r.amount, r.vat_included, r.delivery_on, r.memo, r.decline_reason, r.answered_at, r.version)
                .select_from(schema.quote_recipients.join(schema.enterprises, r.enterprise_id == e.id))
                .where(r.request_id == request_id).order_by(r.id))
        own = actor.role == "enterprise"
        if own:
            stmt = stmt.where(r.enterprise_id == actor.enterprise_id)
        answers = read_frame(conn, stmt, {"recipient_id": pl.Int64, "enterprise_id": pl.Int64, "cert_expiry": pl.Date,
                                     "lat": pl.Float64, "lon": pl.Float64, "amount": pl.Int64,
                                     "vat_included": pl.Boolean, "delivery_on": pl.Date, "answered_at": pl.Datetime,
                                     "version": pl.Int64, "memo": pl.String, "decline_reason": pl.String,
                                     "gu": pl.String, "dong": pl.String})
        att_stmt = select(a.id, a.recipient_id, a.filename, a.kind, a.size).where(a.request_id == request_id)
        if own:
            mine = answers["recipient_id"].to_list()
            att_stmt = att_stmt.where((a.recipient_id.is_(None)) | (a.recipient_id.in_(mine)))
        atts = read_frame(conn, att_stmt.order_by(a.id), {"id": pl.Int64, "recipient_id": pl.Int64, "filename": pl.String,
                                                     "kind": pl.String, "size": pl.Int64})
        record = supplier.track_record(conn, answers["enterprise_id"].to_list(), req["institution_id"]) \
            if not own and answers.height else None
    if record is not None:
        answers = answers.join(record.select("enterprise_id", "own_count", "own_total"), on="enterprise_id", how="left")
        answers = answers.with_columns(
            first_time=pl.col("own_count") == 0,
            amount_with_vat=pl.when(pl.col("amount").is_not_null()).then(
                pl.when(pl.col("vat_included")).then(pl.col("amount"))
                .otherwise(pl.col("amount") + (pl.col("amount") * VAT_RATE).round(0).cast(pl.Int64))),
            cert_valid=pl.Series([supplier.cert_is_valid(t, x, today) and st == "active" for t, x, st in
                                  answers.select("se_type", "cert_expiry", "enterprise_status").iter_rows()],
                                 dtype=pl.Boolean),
            place=pl.Series([supplier.place_note(g, d, inst["gu"], supplier.km(la, lo, inst["lat"], inst["lon"]))
                             for g, d, la, lo in answers.select("gu", "dong", "lat", "lon").iter_rows()],
                            dtype=pl.String),
            has_file=pl.col("recipient_id").is_in(atts["recipient_id"].drop_nulls().implode()),
            chosen=pl.col("recipient_id") == (req["chosen_recipient_id"] or -1),
        )
    return RequestView(req, answers.drop("lat", "lon"), atts, accepts_answers(req, today))


def attachment(engine: Engine, actor: Actor, attachment_id: int) -> Attachment:
    """A stored file, for someone allowed to see it: the request's parties; an answer's file only for the
    officer/admin and the enterprise that sent it."""
    a = schema.quote_attachments.c
    with engine.connect() as conn:
        row = conn.execute(select(schema.quote_attachments).where(a.id == attachment_id)).mappings().first()
        if row is None:
            raise NotFound("파일을 찾을 수 없습니다.")
        req = _request(conn, row["request_id"])
        _require_read(conn, actor, req)
        if actor.role == "enterprise" and row["recipient_id"] is not None:
            mine = _own_recipient(conn, actor, req["id"])
            if mine is None or mine["id"] != row["recipient_id"]:
                raise PermissionDenied("다른 기업의 견적 파일은 볼 수 없습니다.")
    return Attachment(row["id"], row["filename"], MIME[row["kind"]], bytes(row["content"]))


__all__ = ["Attachment", "Conflict", "MAX_RECIPIENTS", "RequestView", "Upload", "accepts_answers", "answer",
           "attachment", "cancel", "choose", "close", "confirm_purchase", "create_request", "decline",
           "draft_purchase", "file_kind", "inbox", "new_token", "pending_count", "requests_for", "view", "with_vat"]
