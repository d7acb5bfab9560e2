"""The city plan's records: one form, one import and one template per kind, in the style of purchases.

Every kind is described once (its table, its fields with Korean labels and an example): the form check,
the file import (all-or-nothing, each bad row named in Korean), the 양식 template and the permission
rule all follow from that description. The department (admin) writes; an enterprise reads its own
grants and mentoring. Every write is audited in its transaction; edits use optimistic locking; a form
submission token makes a double click write once.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import polars as pl
import xlsxwriter
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    Table,
    and_,
    delete,
    insert,
    or_,
    select,
)
from sqlalchemy.exc import IntegrityError

from sse_match.accounts.access import Actor, PermissionDenied, require_admin
from sse_match.catalog import bizno, validation
from sse_match.catalog import listing as catalog
from sse_match.catalog.enterprises import norm_name
from sse_match.catalog.validation import FieldError, ValidationFailed
from sse_match.purchases.records import parse_amount, parse_date
from sse_match.storage import audit, schema
from sse_match.storage.db import read_frame
from sse_match.storage.locking import conflict as _conflict
from sse_match.storage.locking import locked_update

COMPETITION_YEARS = 2  # shared buyers in the two years before the pair starts count as competition
_PL_TYPES = {Integer: pl.Int64, BigInteger: pl.Int64, Date: pl.Date, DateTime: pl.Datetime, Boolean: pl.Boolean,
             Float: pl.Float64}


def shared_institutions(conn: Connection, a: int, b: int, on: date | None = None) -> list[str]:
    """Institutions both enterprises sold to in the years before `on` (all years when None)."""
    p, i = schema.purchases.c, schema.institutions.c
    cond = [p.enterprise_id == a]
    if on is not None:
        cond.append(p.purchased_on >= on - timedelta(days=365 * COMPETITION_YEARS))
        cond.append(p.purchased_on <= on)
    mine = select(p.institution_id).where(and_(*cond))
    cond_b = [p.enterprise_id == b, p.institution_id.in_(mine)]
    if on is not None:
        cond_b += cond[1:]
    rows = conn.execute(select(i.name).where(i.id.in_(select(p.institution_id).where(and_(*cond_b))))
                        .order_by(i.name)).all()
    return [r[0] for r in rows]



GRANT_PROGRAMMES = ("사회적기업 일자리창출사업", "전문인력 지원사업", "사업개발비 지원사업", "마을기업 육성사업",
                    "협동조합 활성화 지원", "기타 재정지원")
# Programmes spending is recorded against (the plan's 사업내용 and its stage 1–2 programmes).
SPENDING_PROGRAMMES = ("사회적경제조직 발굴·육성", "재정지원 (일자리창출)", "지역주도형 청년일자리",
                       "지역산업맞춤형 일자리창출", "1:1 멘토링", "청년 창업 프로그램", "청소년 사회적경제학교",
                       "공공구매 활성화", "협동조합 활성화")
MAX_PEOPLE = 10_000  # a count above this in one row is a typo
MAX_ROWS = 5_000  # one import file


@dataclass(frozen=True)
class Field:
    name: str  # column in the table
    label: str  # Korean header in files and label in forms
    type: str  # text | long_text | int | money | date | choice | enterprise | bool | hours | year | pair
    required: bool = True
    example: object = None
    choices: tuple[str, ...] = ()
    help: str = ""
    future: bool = False  # a planned end date may lie ahead; recorded facts may not


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    table: Table
    fields: tuple[Field, ...]
    check: Callable[[Connection, dict[str, Any], int | None], list[FieldError]] | None = None
    # Columns naming the enterprise that may read a row (its own grants and mentoring); empty: admin only.
    owner_columns: tuple[str, ...] = ()


def _order(clean: dict[str, Any], row: int | None, pairs: list[tuple[str, str, str, str]]) -> list[FieldError]:
    """Later dates may not come before earlier ones: (early col, early label, late col, late label)."""
    return [FieldError(row, b_label, f"{a_label}보다 빠릅니다") for a, a_label, b, b_label in pairs
            if clean.get(a) and clean.get(b) and clean[b] < clean[a]]


def _check_candidate(conn: Connection, c: dict[str, Any], row: int | None) -> list[FieldError]:
    errors = []
    if not (c.get("ondure_on") or c.get("prelim_on") or c.get("converted_on")):
        errors.append(FieldError(row, "단계", "온두레 선정일·예비 단계일·전환일 중 하나는 있어야 합니다"))
    if bool(c.get("prelim_on")) != bool(c.get("prelim_kind")):
        errors.append(FieldError(row, "예비 단계 구분", "예비 단계 구분과 그 날짜는 함께 적어 주세요"))
    if bool(c.get("converted_on")) != bool(c.get("converted_type")):
        errors.append(FieldError(row, "전환 유형", "전환 유형과 전환일은 함께 적어 주세요"))
    return errors + _order(c, row, [("ondure_on", "온두레 선정일", "prelim_on", "예비 단계일"),
                                    ("ondure_on", "온두레 선정일", "converted_on", "전환일"),
                                    ("prelim_on", "예비 단계일", "converted_on", "전환일")])


def _check_period(start: str, start_label: str, end: str, end_label: str):
    def check(conn: Connection, c: dict[str, Any], row: int | None) -> list[FieldError]:
        return _order(c, row, [(start, start_label, end, end_label)])
    return check


def _check_youth(conn: Connection, c: dict[str, Any], row: int | None) -> list[FieldError]:
    errors = _order(c, row, [("start_on", "시작일", "end_on", "종료일")])
    if c.get("stayed_employed") is not None and not c.get("end_on"):
        errors.append(FieldError(row, "종료 후 계속 고용", "사업이 끝난 뒤에만 적을 수 있습니다 (종료일을 먼저 적어 주세요)"))
    return errors


def _check_spending(conn: Connection, c: dict[str, Any], row: int | None) -> list[FieldError]:
    if c.get("spent_on") and c.get("year") and c["spent_on"].year != c["year"]:
        return [FieldError(row, "집행일", f"{c['year']}년 집행이 아닙니다")]
    return []


def _check_pair(conn: Connection, c: dict[str, Any], row: int | None) -> list[FieldError]:

    errors = _order(c, row, [("started_on", "시작일", "ended_on", "종료일")])
    if c.get("mentee_id") and c.get("mentee_id") == c.get("mentor_id"):
        errors.append(FieldError(row, "멘토 기업", "멘티와 같은 기업입니다"))
    if (c.get("suggested_mentor_id") and c.get("mentor_id") and c["mentor_id"] != c["suggested_mentor_id"]
            and not (c.get("override_reason") or "").strip()):
        errors.append(FieldError(row, "조정 사유", "추천과 다른 멘토를 정할 때는 사유를 적어 주세요"))
    if c.get("mentee_id") and c.get("mentor_id") and not c.get("allow_competition"):
        shared = shared_institutions(conn, c["mentee_id"], c["mentor_id"], c.get("started_on"))
        if shared:
            errors.append(FieldError(row, "경쟁 허용", "같은 기관에 납품하는 경쟁 관계입니다 ("
                                     + ", ".join(shared[:3]) + "). 그래도 맺으려면 경쟁 허용을 표시해 주세요"))
    return errors


def _check_meeting(conn: Connection, c: dict[str, Any], row: int | None) -> list[FieldError]:
    if c.get("pair_id") is None:
        return []
    p = schema.plan_mentoring_pairs.c
    found = conn.execute(select(p.started_on).where(p.id == c["pair_id"])).first()
    if found is None:
        return [FieldError(row, "멘토링 짝 번호", f"없는 짝 번호입니다: {c['pair_id']}")]
    if c.get("met_on") and c["met_on"] < found[0]:
        return [FieldError(row, "만난 날", "멘토링 시작일보다 빠릅니다")]
    return []


F = Field
KINDS: dict[str, Kind] = {k.key: k for k in (
    Kind("candidates", "발굴 후보 (온두레 → 예비 → 전환)", schema.plan_candidates, (
        F("name", "조직명", "text", example="행복밥상 공동체"),
        F("people", "참여 인원", "int", example=6),
        F("gu", "구", "choice", False, "완산구", ("완산구", "덕진구")),
        F("ondure_on", "온두레 선정일", "date", False, "2019-03-15"),
        F("prelim_kind", "예비 단계 구분", "choice", False, "전주형 사회적기업", schema.PLAN_CANDIDATE_PRELIM),
        F("prelim_on", "예비 단계일", "date", False, "2019-11-01"),
        F("converted_type", "전환 유형", "choice", False, "협동조합", schema.PLAN_CANDIDATE_CONVERTED),
        F("converted_on", "전환일", "date", False, "2020-06-30"),
        F("enterprise_id", "연결 기업", "enterprise", False, None, help="전환한 뒤 등록부의 기업 (업체명 또는 사업자등록번호)"),
        F("note", "메모", "long_text", False, "마을 공동부엌에서 출발"),
    ), _check_candidate),
    Kind("grants", "재정지원", schema.plan_grants, (
        F("enterprise_id", "기업", "enterprise", example="(주)예시기업"),
        F("programme", "지원사업", "choice", example=GRANT_PROGRAMMES[0], choices=GRANT_PROGRAMMES),
        F("amount", "지원금액(원)", "money", example=65_000_000),
        F("start_on", "지원 시작일", "date", example="2020-01-01"),
        F("end_on", "지원 종료일", "date", example="2020-12-31", future=True),
        F("jobs_promised", "약정 일자리(명)", "int", example=5),
    ), _check_period("start_on", "지원 시작일", "end_on", "지원 종료일"), ("enterprise_id",)),
    Kind("youth", "지역주도형 청년일자리 참여자", schema.plan_youth_placements, (
        F("participant", "참여자 (이름 또는 번호)", "text", example="청년-001"),
        F("field", "분야", "choice", example="전주푸드", choices=schema.PLAN_YOUTH_FIELDS),
        F("host_name", "참여 기관", "text", example="재단법인 전주푸드"),
        F("host_enterprise_id", "참여 기업 (등록부)", "enterprise", False, None),
        F("start_on", "시작일", "date", example="2018-09-01"),
        F("end_on", "종료일", "date", False, "2020-07-31", future=True),
        F("stayed_employed", "종료 후 계속 고용", "bool", False, "예"),
    ), _check_youth),
    Kind("local_projects", "지역산업맞춤형 일자리창출 사업", schema.plan_local_projects, (
        F("name", "사업명", "text", example="전통문화 콘텐츠 일자리"),
        F("enterprise_id", "수행 기업", "enterprise", False, None),
        F("start_on", "시작일", "date", example="2019-03-01"),
        F("end_on", "종료일", "date", False, "2019-12-31", future=True),
        F("amount", "사업비(원)", "money", False, 120_000_000),
        F("jobs_created", "창출 일자리(명)", "int", example=8),
    ), _check_period("start_on", "시작일", "end_on", "종료일")),
    Kind("spending", "사업비 집행", schema.plan_spending, (
        F("year", "연도", "year", example=2020),
        F("programme", "사업", "choice", example=SPENDING_PROGRAMMES[1], choices=SPENDING_PROGRAMMES),
        F("source", "재원", "choice", example="국비", choices=("국비", "도비", "시비")),
        F("amount", "집행액(원)", "money", example=350_000_000),
        F("spent_on", "집행일", "date", example="2020-06-30"),
        F("note", "메모", "long_text", False, "상반기 정산"),
    ), _check_spending),
    Kind("pairs", "1:1 멘토링 짝", schema.plan_mentoring_pairs, (
        F("mentee_id", "멘티 기업 (신규)", "enterprise", example="행복도시락협동조합"),
        F("mentor_id", "멘토 기업 (선도)", "enterprise", example="(주)예시기업"),
        F("started_on", "시작일", "date", example="2020-03-01"),
        F("ended_on", "종료일", "date", False, "2020-12-31", future=True),
        F("allow_competition", "경쟁 허용", "bool", False, "아니오", help="같은 기관에 납품하는 사이라도 맺을 때 '예'"),
        F("override_reason", "조정 사유", "long_text", False, None, help="추천과 다른 멘토를 정한 까닭"),
        F("outcome", "성과", "long_text", False, "조달 등록 완료"),
    ), _check_pair, ("mentee_id", "mentor_id")),
    Kind("meetings", "멘토링 만남", schema.plan_mentoring_meetings, (
        F("pair_id", "멘토링 짝 번호", "pair", example=1),
        F("met_on", "만난 날", "date", example="2020-04-10"),
        F("topic", "주제", "text", example="공공기관 견적서 쓰기"),
        F("hours", "시간", "hours", example=2),
    ), _check_meeting, ("pair_id",)),
    Kind("cohorts", "청년 창업 프로그램 기수", schema.plan_startup_cohorts, (
        F("name", "기수", "text", example="2020년 1기"),
        F("space", "소통협력공간", "text", example="전주 소통협력공간"),
        F("started_on", "시작일", "date", example="2020-04-01"),
        F("participants", "참여 인원", "int", example=15),
        F("startups_founded", "창업 수", "int", example=3),
    )),
    Kind("school", "청소년 사회적경제학교", schema.plan_school_sessions, (
        F("held_on", "운영일", "date", example="2020-05-20"),
        F("school", "학교", "text", example="전주예시중학교"),
        F("topic", "주제", "text", example="사회적경제 개념과 진로탐색"),
        F("students", "학생 수", "int", example=28),
    )),
    Kind("followups", "향후 추진계획 사업", schema.plan_followups, (
        F("kind", "구분", "choice", example="고령자친화기업", choices=schema.PLAN_FOLLOWUP_KINDS),
        F("name", "이름", "text", example="은빛손맛협동조합"),
        F("started_on", "시작일 (공모는 신청일)", "date", example="2021-03-02"),
        F("people", "인원", "int", False, 10),
        F("enterprise_id", "기업", "enterprise", False, None),
        F("won", "공모 선정", "bool", False, None, help="정부 일자리사업 공모만: 예/아니오, 발표 전이면 비움"),
    )),
)}


def kind(key: str) -> Kind:
    try:
        return KINDS[key]
    except KeyError:
        raise ValueError(f"unknown plan record kind: {key}") from None


# ---- cleaning one row --------------------------------------------------------------------------
TRUE_WORDS = frozenset({"예", "y", "yes", "true", "o", "1", "네", "○"})
FALSE_WORDS = frozenset({"아니오", "아니요", "n", "no", "false", "x", "0", "×"})


def _blank(v) -> bool:
    return v is None or (isinstance(v, str) and v.strip() == "")


def parse_bool(v) -> tuple[bool | None, str | None]:
    if isinstance(v, bool):
        return v, None
    t = str(v).strip().lower()
    if t in TRUE_WORDS:
        return True, None
    if t in FALSE_WORDS:
        return False, None
    return None, f"예 또는 아니오로 적어 주세요: {v}"


def parse_int(v) -> tuple[int | None, str | None]:
    if isinstance(v, bool):
        return None, "숫자가 아닙니다"
    t = str(v).strip().replace(",", "").removesuffix("명").removesuffix("개")
    if re.fullmatch(r"\d+(\.0+)?", t):
        n = int(t.split(".")[0])
        return (n, None) if n <= MAX_PEOPLE else (None, f"너무 큽니다 ({MAX_PEOPLE:,} 이하)")
    if re.fullmatch(r"-\d+", t):
        return None, "음수입니다"
    return None, f"0 이상의 정수가 아닙니다: {v}"


@dataclass
class Lookups:
    """Enterprises by id, 사업자등록번호 and normalised name, for resolving names in files."""

    ids: set[int]
    by_biz: dict[str, int]
    by_name: dict[str, list[int]]

    @classmethod
    def load(cls, conn: Connection) -> Lookups:

        e = schema.enterprises.c
        rows = conn.execute(select(e.id, e.name, e.biz_no)).all()
        by_name: dict[str, list[int]] = {}
        for eid, name, _b in rows:
            by_name.setdefault(norm_name(name), []).append(eid)
        return cls({r[0] for r in rows}, {b: eid for eid, _n, b in rows if b}, by_name)

    def resolve(self, v) -> tuple[int | None, str | None]:

        if isinstance(v, int) and not isinstance(v, bool):
            return (v, None) if v in self.ids else (None, "등록되지 않은 기업입니다")
        t = str(v).strip()
        digits = re.sub(r"\D", "", t)
        if len(digits) == 10 and bizno.is_valid(digits) and digits in self.by_biz:
            return self.by_biz[digits], None
        found = self.by_name.get(norm_name(t), [])
        if len(found) == 1:
            return found[0], None
        if len(found) > 1:
            return None, f"이름이 같은 기업이 여럿입니다: {t} (사업자등록번호를 적어 주세요)"
        return None, f"등록되지 않은 기업입니다: {t}"


def clean_row(k: Kind, values: Mapping[str, Any], today: date, lookups: Lookups, row: int | None = None
              ) -> tuple[dict[str, Any], list[FieldError]]:
    """Typed values for the table, or the reasons (named by the Korean label and file row)."""
    out: dict[str, Any] = {}
    errors: list[FieldError] = []
    for f in k.fields:
        v = values.get(f.name)
        if _blank(v):
            out[f.name] = None
            if not k.table.c[f.name].nullable:  # an optional count or flag left blank is its default
                out[f.name] = False if f.type == "bool" else 0
            if f.required:
                errors.append(FieldError(row, f.label, "비어 있습니다"))
            continue
        problem = None
        if f.type in ("text", "long_text"):
            v = str(v).strip()
            limit = 500 if f.type == "long_text" else 200
            problem = validation.text_problem(v, "description" if f.type == "long_text" else "name")
            if not problem and len(v) > limit:
                problem = f"{limit}자 이하로 적어 주세요 (지금 {len(v)}자)"
        elif f.type == "int":
            v, problem = parse_int(v)
        elif f.type == "money":
            v, problem = parse_amount(v)
            if v is not None and v > validation.MAX_PRICE:
                problem = "너무 큽니다 (1,000억원 이하)"
        elif f.type == "date":
            v, problem = parse_date(v)
            if v is not None and v > today and not f.future:
                problem = "앞으로의 날짜는 실적으로 넣을 수 없습니다"
        elif f.type == "year":
            v, problem = parse_int(v)
            if v is not None and not (2018 <= v <= today.year):
                problem, v = f"2018년부터 {today.year}년 사이여야 합니다", None
        elif f.type == "choice":
            v = str(v).strip()
            if v not in f.choices:
                problem = f"{', '.join(f.choices)} 중 하나여야 합니다: {v}"
        elif f.type == "bool":
            v, problem = parse_bool(v)
        elif f.type == "enterprise":
            v, problem = lookups.resolve(v)
        elif f.type == "pair":
            v, problem = parse_int(v)
        elif f.type == "hours":
            try:
                v = float(str(v).strip().removesuffix("시간"))
                if not (0 < v <= 24):
                    problem = "0보다 크고 24 이하여야 합니다"
            except ValueError:
                problem = f"숫자가 아닙니다: {v}"
        if problem:
            errors.append(FieldError(row, f.label, problem))
            v = None
        out[f.name] = v
    return out, errors


# ---- permissions -------------------------------------------------------------------------------
def _require_writer(actor: Actor) -> None:
    if actor.role != "admin":
        raise PermissionDenied("계획 이행 기록은 사회적경제지원과만 입력·수정할 수 있습니다.")


def _owner_filter(k: Kind, enterprise_id: int):
    t = k.table.c
    if k.key == "meetings":
        p = schema.plan_mentoring_pairs.c
        mine = select(p.id).where(or_(p.mentee_id == enterprise_id, p.mentor_id == enterprise_id))
        return t.pair_id.in_(mine)
    return or_(*(t[c] == enterprise_id for c in k.owner_columns))


# ---- writes ------------------------------------------------------------------------------------
def _check_all(conn: Connection, k: Kind, clean: dict[str, Any], row: int | None) -> list[FieldError]:
    return k.check(conn, clean, row) if k.check else []


def create(engine: Engine, actor: Actor, key: str, values: Mapping[str, Any], today: date, now: datetime | None = None,
           token: str | None = None, extra: dict[str, Any] | None = None) -> int:
    """One record from a form. The same `token` twice (a double click) returns the first record's id."""
    _require_writer(actor)
    k = kind(key)
    now = now or datetime.now()
    try:
        with engine.begin() as conn:
            if token:
                done = conn.execute(select(schema.plan_submissions.c.record_id)
                                    .where(schema.plan_submissions.c.token == token)).first()
                if done is not None:
                    return done[0]
            clean, errors = clean_row(k, values, today, Lookups.load(conn))
            clean.update(extra or {})
            errors += _check_all(conn, k, clean, None) if not errors else []
            if errors:
                raise ValidationFailed(errors)
            row = dict(clean, created_by=actor.user_id, created_at=now, version=1)
            rid = conn.execute(insert(k.table).returning(k.table.c.id), row).scalar_one()
            audit.record(conn, actor, "create", k.table.name, rid, None, row, now)
            if token:
                conn.execute(insert(schema.plan_submissions), dict[str, Any](token=token, table_name=k.table.name,
                                                                   record_id=rid, at=now))
    except IntegrityError:
        if token:  # the same submission won a race with this one: report the record it wrote
            with engine.connect() as conn:
                done = conn.execute(select(schema.plan_submissions.c.record_id)
                                    .where(schema.plan_submissions.c.token == token)).first()
            if done is not None:
                return done[0]
        raise
    return rid


def _current(conn: Connection, k: Kind, record_id: int) -> dict[str, Any]:
    row = conn.execute(select(k.table).where(k.table.c.id == record_id)).mappings().first()
    if row is None:
        raise ValidationFailed([FieldError(None, k.label, "찾을 수 없는 기록입니다 (이미 지워졌을 수 있습니다)")])
    return dict(row)


def update(engine: Engine, actor: Actor, key: str, record_id: int, values: Mapping[str, Any], expected_version: int,
           today: date, now: datetime | None = None, extra: dict[str, Any] | None = None) -> int:
    """Save over the version the user started from; a newer version raises access.Conflict."""
    _require_writer(actor)
    k = kind(key)
    now = now or datetime.now()
    labels = {f.name: f.label for f in k.fields}
    with engine.begin() as conn:
        before = _current(conn, k, record_id)
        clean, errors = clean_row(k, values, today, Lookups.load(conn))
        clean.update(extra or {})
        if not errors:
            errors = _check_all(conn, k, {**before, **clean}, None)
        if errors:
            raise ValidationFailed(errors)
        after = locked_update(conn, k.table, record_id, expected_version, clean, labels)
        audit.record(conn, actor, "update", k.table.name, record_id, before, after, now)
    return expected_version + 1


def remove(engine: Engine, actor: Actor, key: str, record_id: int, expected_version: int,
           now: datetime | None = None) -> None:
    _require_writer(actor)
    k = kind(key)
    now = now or datetime.now()
    with engine.begin() as conn:
        before = _current(conn, k, record_id)
        done = conn.execute(delete(k.table).where(k.table.c.id == record_id, k.table.c.version == expected_version))
        if done.rowcount != 1:

            raise _conflict(conn, k.table, record_id, {f.name: f.label for f in k.fields})
        audit.record(conn, actor, "delete", k.table.name, record_id, before, None, now)


def link_candidate(engine: Engine, actor: Actor, candidate_id: int, enterprise_id: int | None,
                   expected_version: int, now: datetime | None = None) -> int:
    """관리 → 기업 등록부: tie a converted candidate to its enterprise (None unlinks)."""
    require_admin(actor)
    k = kind("candidates")
    now = now or datetime.now()
    with engine.begin() as conn:
        before = _current(conn, k, candidate_id)
        if enterprise_id is not None and enterprise_id not in Lookups.load(conn).ids:
            raise ValidationFailed([FieldError(None, "연결 기업", "등록되지 않은 기업입니다")])
        if enterprise_id is not None and not before["converted_on"]:
            raise ValidationFailed([FieldError(None, "연결 기업", "전환일이 없는 후보는 아직 기업과 연결할 수 없습니다")])
        after = locked_update(conn, k.table, candidate_id, expected_version, {"enterprise_id": enterprise_id})
        audit.record(conn, actor, "update", k.table.name, candidate_id, before, after, now)
    return expected_version + 1


# ---- imports -----------------------------------------------------------------------------------
@dataclass
class RecordImport:
    key: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


def preview_import(engine: Engine, actor: Actor, key: str, raw: bytes, filename: str, today: date) -> RecordImport:
    """Check every row of a CSV/XLSX whose headers are the template's Korean labels; writes nothing."""
    _require_writer(actor)
    k = kind(key)
    try:
        df = catalog.read_table(raw, filename)
    except catalog.FileProblem as exc:
        return RecordImport(key, errors=[FieldError(None, "파일", str(exc))])
    squeeze = {c.replace(" ", ""): c for c in df.columns}
    columns = {f.name: squeeze.get(f.label.replace(" ", "")) for f in k.fields}
    missing = [f.label for f in k.fields if f.required and columns[f.name] is None]
    if missing:
        return RecordImport(key, errors=[FieldError(1, "머리글", f"열을 찾을 수 없습니다: {', '.join(missing)}")])
    if df.height > MAX_ROWS:
        return RecordImport(key, errors=[FieldError(None, "파일", f"한 번에 {MAX_ROWS:,}행까지 올릴 수 있습니다")])
    result = RecordImport(key)
    with engine.connect() as conn:
        lookups = Lookups.load(conn)
        for n, rec in enumerate(df.iter_rows(named=True), start=2):
            values = {name: rec.get(col) if col else None for name, col in columns.items()}
            if all(_blank(v) for v in values.values()):
                continue  # blank lines at the end of a sheet
            clean, errors = clean_row(k, values, today, lookups, n)
            if not errors:
                errors = _check_all(conn, k, clean, n)
            result.errors += errors
            result.rows.append(clean)
    if not result.rows and not result.errors:
        result.errors.append(FieldError(None, "파일", "내용이 있는 행이 없습니다"))
    return result


def apply_import(engine: Engine, actor: Actor, preview: RecordImport, now: datetime | None = None) -> int:
    """All rows in one transaction, or none."""
    _require_writer(actor)
    if preview.errors:
        raise ValidationFailed(preview.errors)
    k = kind(preview.key)
    now = now or datetime.now()
    rows = [dict[str, Any](r, created_by=actor.user_id, created_at=now, version=1) for r in preview.rows]
    with engine.begin() as conn:
        conn.execute(insert(k.table), rows)
        audit.record(conn, actor, "import", k.table.name, None, None, {"rows": len(rows)}, now)
    return len(rows)


def template_xlsx(key: str) -> bytes:
    """양식: Korean headers and one example row; 설명: what each column takes."""
    k = kind(key)
    buf = io.BytesIO()
    with xlsxwriter.Workbook(buf, {"strings_to_formulas": False, "strings_to_numbers": False}) as wb:
        bold = wb.add_format({"bold": True, "bg_color": "#EEF2F7", "border": 1})
        num = wb.add_format({"num_format": "#,##0"})
        ws = wb.add_worksheet("양식")
        for c, f in enumerate(k.fields):
            ws.write_string(0, c, f.label, bold)
            ws.set_column(c, c, max(12, len(f.label) * 2 + 2))
            if isinstance(f.example, int):
                ws.write_number(1, c, f.example, num)
            elif f.example is not None:
                ws.write_string(1, c, str(f.example))
        ws.freeze_panes(1, 0)
        info = wb.add_worksheet("설명")
        for c, h in enumerate(("열", "필수", "적는 법")):
            info.write_string(0, c, h, bold)
        info.set_column(0, 0, 24)
        info.set_column(2, 2, 80)
        for r, f in enumerate(k.fields, start=1):
            info.write_string(r, 0, f.label)
            info.write_string(r, 1, "필수" if f.required else "선택")
            info.write_string(r, 2, _how(f))
        info.write_string(len(k.fields) + 2, 0, "한 행이라도 틀리면 아무것도 올리지 않고, 틀린 행과 까닭을 모두 알려 드립니다.")
    return buf.getvalue()


TYPE_HELP = {"text": "글자 (200자 이하)", "long_text": "글자 (500자 이하)", "int": "0 이상의 정수",
             "money": "원 단위 정수 (예: 65000000)", "date": "날짜 (예: 2020-03-15)", "year": "연도 (예: 2020)",
             "bool": "예 또는 아니오", "enterprise": "등록부의 업체명 또는 사업자등록번호", "pair": "멘토링 짝 번호 (목록의 번호)",
             "hours": "시간 (예: 1.5)"}


def _how(f: Field) -> str:
    base = f"다음 중 하나: {', '.join(f.choices)}" if f.type == "choice" else TYPE_HELP[f.type]
    return f"{base}. {f.help}" if f.help else base


# ---- reads -------------------------------------------------------------------------------------
def list_records(engine: Engine, actor: Actor, key: str, enterprise_id: int | None = None) -> pl.DataFrame:
    """The rows of one kind: all for the department; an enterprise only its own grants and mentoring."""

    k = kind(key)
    stmt = select(k.table).order_by(k.table.c.id.desc())
    if actor.role == "enterprise":
        if not k.owner_columns or actor.enterprise_id is None:
            raise PermissionDenied("이 기록은 사회적경제지원과만 볼 수 있습니다.")
        enterprise_id = actor.enterprise_id
    elif actor.role != "admin":
        raise PermissionDenied("계획 이행 기록을 볼 권한이 없습니다.")
    if enterprise_id is not None:
        stmt = stmt.where(_owner_filter(k, enterprise_id))
    e = schema.enterprises.c
    with engine.connect() as conn:
        rows = read_frame(conn, stmt, {c.name: t for c, t in _typed(k.table).items()})
        names = {r[0]: r[1] for r in conn.execute(select(e.id, e.name))}
    for col in ("enterprise_id", "host_enterprise_id", "mentee_id", "mentor_id"):
        if col in rows.columns:
            rows = rows.with_columns(pl.col(col).replace_strict(names, default=None, return_dtype=pl.String)
                                     .alias(col.removesuffix("_id") + "_name"))
    return rows


def _typed(table: Table) -> dict[Column[Any], type[pl.DataType]]:

    return {c: next((v for t, v in _PL_TYPES.items() if isinstance(c.type, t)), pl.String) for c in table.c}
