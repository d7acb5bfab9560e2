"""The city plan's records and targets: forms, imports, permissions, mentoring and `plan --json`.

Every expected actual below is counted by hand from the fixture rows.
"""

import io
import json
from datetime import date, datetime

import polars as pl
import pytest
from sqlalchemy import func, insert, select

from sse_match import cli
from sse_match.accounts.access import SYSTEM, Actor, Conflict, PermissionDenied
from sse_match.catalog import bizno
from sse_match.catalog.validation import ValidationFailed
from sse_match.programmes import mentoring
from sse_match.programmes import records as plan_records
from sse_match.programmes import targets as plan
from sse_match.storage import schema

pytestmark = pytest.mark.pg
NOW = datetime(2026, 11, 25, 9)
TODAY = date(2026, 11, 25)
ADMIN = SYSTEM
OFFICER = Actor(None, "officer1", "officer", institution_id=1)


def biz(n: int) -> str:
    first9 = f"41886{n:04d}"
    return first9 + str(bizno.check_digit(first9))


def add_ent(conn, name, se_type, cats, gu, dong, founded, n):
    return conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
        se_type=se_type, name=name, categories=cats, gu=gu, dong=dong, biz_no=biz(n), founded_on=founded,
        created_at=NOW, updated_at=NOW)).scalar_one()


@pytest.fixture
def ents(engine):
    with engine.begin() as conn:
        ids = dict(
            example=add_ent(conn, "(주)예시기업", "사회적기업", "식품·도시락·케이터링", "완산구", "효자1동",
                            date(2014, 1, 1), 1),
            dosirak=add_ent(conn, "행복도시락협동조합", "협동조합", "식품·도시락·케이터링", "완산구", "효자1동",
                            date(2019, 6, 1), 2),
        )
    return ids


# ---- a valid form for every kind, from the template's example row ------------------------------------
def example_values(kind: plan_records.Kind, ents: dict, pair_id: int | None = None) -> dict:
    values = {}
    for f in kind.fields:
        if f.type == "enterprise":
            values[f.name] = ents["dosirak"] if f.name == "mentee_id" else ents["example"] if f.required else None
        elif f.type == "pair":
            values[f.name] = pair_id
        else:
            values[f.name] = f.example
    if kind.key == "pairs":
        values["allow_competition"] = False
    if kind.key == "followups":
        values["won"] = None
    return values


def first_pair(engine, ents) -> int:
    return plan_records.create(engine, ADMIN, "pairs", example_values(plan_records.KINDS["pairs"], ents), TODAY, NOW)


def audit_rows(engine, table: str, action: str) -> int:
    a = schema.audit_log.c
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(a.table_name == table, a.action == action)).scalar_one()


def count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


KIND_KEYS = list(plan_records.KINDS)


@pytest.mark.parametrize("key", KIND_KEYS)
def test_form_creates_audits_and_edits_with_locking(engine, ents, key):
    kind = plan_records.KINDS[key]
    pair = first_pair(engine, ents) if key == "meetings" else None
    before = count(engine, kind.table)
    rid = plan_records.create(engine, ADMIN, key, example_values(kind, ents, pair), TODAY, NOW)
    assert count(engine, kind.table) == before + 1
    assert audit_rows(engine, kind.table.name, "create") == before + 1
    # edit: saved over version 1, then a stale save of version 1 is refused
    values = example_values(kind, ents, pair)
    text_field = next(f for f in kind.fields if f.type in ("text", "long_text", "int"))
    values[text_field.name] = 7 if text_field.type == "int" else "고친 값"
    assert plan_records.update(engine, ADMIN, key, rid, values, 1, TODAY, NOW) == 2
    assert audit_rows(engine, kind.table.name, "update") == 1
    with pytest.raises(Conflict):
        plan_records.update(engine, ADMIN, key, rid, values, 1, TODAY, NOW)
    plan_records.remove(engine, ADMIN, key, rid, 2, NOW)
    assert count(engine, kind.table) == before


@pytest.mark.parametrize("key", KIND_KEYS)
def test_form_refuses_blank_required_fields_in_korean(engine, ents, key):
    kind = plan_records.KINDS[key]
    required = [f for f in kind.fields if f.required]
    values = example_values(kind, ents, 1)
    values[required[0].name] = ""
    with pytest.raises(ValidationFailed) as err:
        plan_records.create(engine, ADMIN, key, values, TODAY, NOW)
    assert f"{required[0].label}: 비어 있습니다" in str(err.value)
    assert count(engine, kind.table) == 0


@pytest.mark.parametrize("key", KIND_KEYS)
def test_only_the_department_writes(engine, ents, key):
    kind = plan_records.KINDS[key]
    enterprise = Actor(None, "ent", "enterprise", enterprise_id=ents["dosirak"])
    for actor in (OFFICER, enterprise):
        with pytest.raises(PermissionDenied):
            plan_records.create(engine, actor, key, example_values(kind, ents, 1), TODAY, NOW)
    with pytest.raises(PermissionDenied):
        plan_records.preview_import(engine, OFFICER, key, plan_records.template_xlsx(key), "양식.xlsx", TODAY)
    assert count(engine, kind.table) == 0


@pytest.mark.parametrize("key", KIND_KEYS)
def test_template_imports_and_a_bad_row_writes_nothing(engine, ents, key):
    kind = plan_records.KINDS[key]
    if key == "meetings":
        first_pair(engine, ents)
    template = plan_records.template_xlsx(key)
    sheets = pl.read_excel(io.BytesIO(template), sheet_id=0, engine="calamine", infer_schema_length=0)
    assert set(sheets) == {"양식", "설명"}
    assert sheets["양식"].columns == [f.label for f in kind.fields]
    good = sheets["양식"]
    # the example row names enterprises by name where the form took ids
    preview = plan_records.preview_import(engine, ADMIN, key, template, "양식.xlsx", TODAY)
    assert preview.errors == [] and len(preview.rows) == 1
    before = count(engine, kind.table)
    assert plan_records.apply_import(engine, ADMIN, preview, NOW) == 1
    assert count(engine, kind.table) == before + 1
    assert audit_rows(engine, kind.table.name, "import") == 1
    # two rows, the second with a bad date: nothing is written and row 3 is named
    date_field = next(f for f in kind.fields if f.type == "date")
    bad = pl.concat([good, good.with_columns(pl.lit("2020-13-45").alias(date_field.label))])
    raw = b"\xef\xbb\xbf" + bad.write_csv().encode("utf-8")
    preview = plan_records.preview_import(engine, ADMIN, key, raw, "rows.csv", TODAY)
    assert [str(e) for e in preview.errors] == [f"3행 {date_field.label}: 없는 날짜입니다: 2020-13-45"]
    with pytest.raises(ValidationFailed):
        plan_records.apply_import(engine, ADMIN, preview, NOW)
    assert count(engine, kind.table) == before + 1


def test_import_names_an_unknown_enterprise_and_missing_headers(engine, ents):
    raw = "기업,지원사업,지원금액(원),지원 시작일,지원 종료일,약정 일자리(명)\n없는기업,전문인력 지원사업,1000000,2020-01-01,2020-12-31,2\n"
    preview = plan_records.preview_import(engine, ADMIN, "grants", raw.encode(), "g.csv", TODAY)
    assert [str(e) for e in preview.errors] == ["2행 기업: 등록되지 않은 기업입니다: 없는기업"]
    preview = plan_records.preview_import(engine, ADMIN, "grants", "기업,금액\n가,1\n".encode(), "g.csv", TODAY)
    assert "열을 찾을 수 없습니다" in str(preview.errors[0]) and "지원사업" in str(preview.errors[0])


def test_cross_field_rules(engine, ents):
    with pytest.raises(ValidationFailed, match="전환 유형: 전환 유형과 전환일은 함께"):
        plan_records.create(engine, ADMIN, "candidates", dict(name="가", people=2, converted_on="2020-01-01"),
                            TODAY, NOW)
    with pytest.raises(ValidationFailed, match="전환일: 온두레 선정일보다 빠릅니다"):
        plan_records.create(engine, ADMIN, "candidates", dict(name="가", people=2, ondure_on="2020-05-01",
                                                              converted_type="협동조합", converted_on="2020-01-01"),
                            TODAY, NOW)
    with pytest.raises(ValidationFailed, match="집행일: 2020년 집행이 아닙니다"):
        plan_records.create(engine, ADMIN, "spending", dict(year=2020, programme="1:1 멘토링", source="시비",
                                                            amount=1_000_000, spent_on="2021-01-02"), TODAY, NOW)
    with pytest.raises(ValidationFailed, match="지원금액\\(원\\): 원 단위 정수가 아닙니다"):
        plan_records.create(engine, ADMIN, "grants", dict(enterprise_id=ents["example"], programme="전문인력 지원사업",
                                                          amount="100.5", start_on="2020-01-01", end_on="2020-12-31",
                                                          jobs_promised=1), TODAY, NOW)


def test_double_submission_writes_once(engine, ents):
    values = dict(held_on="2020-05-20", school="전주한별중학교", topic="진로탐색", students=25)
    first = plan_records.create(engine, ADMIN, "school", values, TODAY, NOW, token="tok-1")
    again = plan_records.create(engine, ADMIN, "school", values, TODAY, NOW, token="tok-1")
    assert first == again and count(engine, schema.plan_school_sessions) == 1
    plan_records.create(engine, ADMIN, "school", values, TODAY, NOW, token="tok-2")
    assert count(engine, schema.plan_school_sessions) == 2


def test_enterprise_reads_only_its_own_grants_and_mentoring(engine, ents):
    g = dict(programme="전문인력 지원사업", amount=10_000_000, start_on="2020-01-01", end_on="2020-12-31", jobs_promised=1)
    plan_records.create(engine, ADMIN, "grants", dict(g, enterprise_id=ents["example"]), TODAY, NOW)
    plan_records.create(engine, ADMIN, "grants", dict(g, enterprise_id=ents["dosirak"]), TODAY, NOW)
    pair = first_pair(engine, ents)
    plan_records.create(engine, ADMIN, "meetings", dict(pair_id=pair, met_on="2020-04-10", topic="원가", hours=2),
                        TODAY, NOW)
    mine = Actor(None, "ent", "enterprise", enterprise_id=ents["dosirak"])
    grants = plan_records.list_records(engine, mine, "grants")
    assert grants["enterprise_id"].to_list() == [ents["dosirak"]]
    assert plan_records.list_records(engine, mine, "pairs")["id"].to_list() == [pair]
    assert plan_records.list_records(engine, mine, "meetings").height == 1
    with engine.begin() as conn:
        other = add_ent(conn, "남의기업", "사회적기업", "교육", "덕진구", "송천1동", date(2015, 1, 1), 9)
    outsider = Actor(None, "ent2", "enterprise", enterprise_id=other)
    assert plan_records.list_records(engine, outsider, "pairs").height == 0
    assert plan_records.list_records(engine, outsider, "meetings").height == 0
    for key in ("candidates", "spending", "youth"):
        with pytest.raises(PermissionDenied):
            plan_records.list_records(engine, mine, key)
    with pytest.raises(PermissionDenied):
        plan_records.list_records(engine, OFFICER, "grants")


def test_candidate_links_to_its_enterprise_only_after_converting(engine, ents):
    on_way = plan_records.create(engine, ADMIN, "candidates", dict(name="가", people=2, ondure_on="2020-01-01"),
                                 TODAY, NOW)
    with pytest.raises(ValidationFailed, match="전환일이 없는 후보"):
        plan_records.link_candidate(engine, ADMIN, on_way, ents["dosirak"], 1, NOW)
    done = plan_records.create(engine, ADMIN, "candidates", dict(name="나", people=2, ondure_on="2019-01-01",
                                                                converted_type="협동조합", converted_on="2019-06-01"),
                               TODAY, NOW)
    assert plan_records.link_candidate(engine, ADMIN, done, ents["dosirak"], 1, NOW) == 2
    with pytest.raises(Conflict):
        plan_records.link_candidate(engine, ADMIN, done, None, 1, NOW)
    with pytest.raises(PermissionDenied):
        plan_records.link_candidate(engine, OFFICER, done, None, 2, NOW)


# ---- mentoring -------------------------------------------------------------------------------------
@pytest.fixture
def town(engine):
    """A new 도시락 cooperative in 효자1동, a leading food enterprise next door, a bigger cleaning company in
    the same 동, a small food enterprise across town, and a food enterprise selling to the same institution."""
    with engine.begin() as conn:
        ids = dict(
            dosirak=add_ent(conn, "행복도시락협동조합", "협동조합", "식품·도시락·케이터링", "완산구", "효자1동",
                            date(2025, 3, 1), 1),
            leader=add_ent(conn, "(주)든든밥상", "사회적기업", "식품·도시락·케이터링,행사", "완산구", "효자1동",
                           date(2013, 5, 1), 2),
            cleaner=add_ent(conn, "(주)반짝클린", "사회적기업", "청소·방역", "완산구", "효자1동", date(2010, 1, 1), 3),
            far=add_ent(conn, "덕진맛집협동조합", "협동조합", "농산물·가공식품", "덕진구", "송천1동", date(2020, 1, 1), 4),
            rival=add_ent(conn, "(주)경쟁도시락", "사회적기업", "식품·도시락·케이터링", "완산구", "효자1동",
                          date(2012, 1, 1), 5),
        )
        conn.execute(insert(schema.workforce), [
            dict(enterprise_id=ids["leader"], as_of=date(2025, 12, 31), workers=18),
            dict(enterprise_id=ids["cleaner"], as_of=date(2025, 12, 31), workers=40),
            dict(enterprise_id=ids["far"], as_of=date(2025, 12, 31), workers=4),
            dict(enterprise_id=ids["rival"], as_of=date(2025, 12, 31), workers=30),
            dict(enterprise_id=ids["dosirak"], as_of=date(2025, 12, 31), workers=2),
        ])
        inst = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                            dict(name="전주시청", kind="지방자치단체")).scalar_one()
        other = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                             dict(name="전북대학교", kind="국립대학")).scalar_one()
        conn.execute(insert(schema.purchases), [
            dict(institution_id=inst, enterprise_id=e, purchased_on=date(2026, 5, 1), amount=a, kind=k,
                 contract_method="수의계약", created_at=NOW)
            for e, a, k in ((ids["dosirak"], 1_000_000, "물품"), (ids["rival"], 90_000_000, "물품"),
                            (ids["cleaner"], 80_000_000, "용역"))])
        conn.execute(insert(schema.purchases), dict(institution_id=other, enterprise_id=ids["leader"],
                                                    purchased_on=date(2026, 4, 1), amount=30_000_000, kind="물품",
                                                    contract_method="수의계약", created_at=NOW))
    return ids


def test_new_dosirak_cooperative_is_paired_with_the_leading_food_enterprise_nearby(engine, town):
    offers = mentoring.suggest(engine, town["dosirak"], TODAY)
    assert offers["id"][0] == town["leader"]
    assert town["cleaner"] not in offers["id"].to_list()  # cleaning is neither the same nor an adjacent field
    assert town["rival"] not in offers["id"].to_list()  # it sells to 전주시청 too: competition
    assert town["far"] in offers["id"].to_list()  # adjacent field, across town, ranked lower
    assert offers["reason"][0].startswith("같은 분야 · 13년 운영 · 근로자 18명 · 같은 동")
    allowed = mentoring.suggest(engine, town["dosirak"], TODAY, allow_competition=True)
    assert town["rival"] in allowed["id"].to_list()
    assert town["cleaner"] not in allowed["id"].to_list()


def test_admin_overrides_a_suggested_pair_with_a_reason(engine, town):
    top = int(mentoring.suggest(engine, town["dosirak"], TODAY)["id"][0])
    values = dict(mentee_id=town["dosirak"], mentor_id=town["far"], started_on="2026-03-02")
    with pytest.raises(ValidationFailed, match="조정 사유: 추천과 다른 멘토를 정할 때는 사유를 적어 주세요"):
        mentoring.record_pair(engine, ADMIN, values, top, TODAY, NOW)
    pid = mentoring.record_pair(engine, ADMIN, dict(values, override_reason="멘티가 농산물 가공을 배우고 싶어 함"), top,
                                TODAY, NOW)
    p = schema.plan_mentoring_pairs.c
    with engine.connect() as conn:
        row = conn.execute(select(p.mentor_id, p.suggested_mentor_id, p.override_reason).where(p.id == pid)).one()
    assert tuple(row) == (town["far"], town["leader"], "멘티가 농산물 가공을 배우고 싶어 함")
    assert audit_rows(engine, "plan_mentoring_pairs", "create") == 1
    # the suggested mentor needs no reason; a competitor needs the admin's explicit allowance
    mentoring.record_pair(engine, ADMIN, dict(values, mentor_id=town["leader"]), top, TODAY, NOW)
    with pytest.raises(ValidationFailed, match="경쟁 허용: 같은 기관에 납품하는 경쟁 관계입니다 \\(전주시청\\)"):
        mentoring.record_pair(engine, ADMIN, dict(values, mentor_id=town["rival"], override_reason="요청",
                                                  started_on="2026-06-01"), top, TODAY, NOW)
    mentoring.record_pair(engine, ADMIN, dict(values, mentor_id=town["rival"], override_reason="요청",
                                              started_on="2026-06-01", allow_competition=True), top, TODAY, NOW)
    assert count(engine, schema.plan_mentoring_pairs) == 3


def test_mentoring_outcomes_against_comparable_enterprises(engine):
    with engine.begin() as conn:
        mentee = add_ent(conn, "가협동조합", "협동조합", "교육", "완산구", "효자1동", date(2019, 1, 1), 1)
        mentor = add_ent(conn, "(주)나", "사회적기업", "교육", "완산구", "효자1동", date(2010, 1, 1), 2)
        peer1 = add_ent(conn, "다협동조합", "협동조합", "교육", "덕진구", "송천1동", date(2018, 1, 1), 3)
        peer2 = add_ent(conn, "라협동조합", "사회적협동조합", "행사", "덕진구", "송천1동", date(2019, 6, 1), 4)
        add_ent(conn, "마협동조합", "협동조합", "교육", "덕진구", "송천1동", date(2012, 1, 1), 5)  # too old to compare
        conn.execute(insert(schema.workforce), [
            dict(enterprise_id=mentee, as_of=date(2020, 12, 31), workers=2),
            dict(enterprise_id=mentee, as_of=date(2021, 12, 31), workers=6),
            dict(enterprise_id=peer1, as_of=date(2020, 12, 31), workers=3),
            dict(enterprise_id=peer1, as_of=date(2021, 12, 31), workers=4),
            dict(enterprise_id=peer2, as_of=date(2020, 12, 31), workers=1),
        ])
        inst = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                            dict(name="전주시청", kind="지방자치단체")).scalar_one()
        conn.execute(insert(schema.purchases), [
            dict(institution_id=inst, enterprise_id=e, purchased_on=d, amount=a, kind="용역", contract_method="수의계약",
                 created_at=NOW)
            for e, d, a in ((mentee, date(2020, 5, 1), 1_000_000), (mentee, date(2021, 5, 1), 5_000_000),
                            (peer1, date(2021, 5, 1), 2_000_000))])
    plan_records.create(engine, ADMIN, "pairs", dict(mentee_id=mentee, mentor_id=mentor, started_on="2020-04-01"),
                        TODAY, NOW)
    out = mentoring.outcomes(engine, TODAY).row(0, named=True)
    assert (out["workers_before"], out["workers_after"], out["sales_change"]) == (2, 6, 4_000_000)
    assert out["peers"] == 2  # 다 and 라 (founded 2017–2020, same group); 마 is too old
    assert out["peers_workers_change"] == pytest.approx((1 + 0) / 2)  # 다 3→4, 라 1→1 (no later snapshot)
    assert out["peers_sales_change"] == pytest.approx(2_000_000 / 2)


# ---- plan --json against a hand-computed fixture -------------------------------------------------------
@pytest.fixture
def year2020(engine, ents):
    e1, e2 = ents["example"], ents["dosirak"]
    with engine.begin() as conn:
        conn.execute(insert(schema.workforce), [
            dict(enterprise_id=e1, as_of=date(2018, 6, 30), workers=5),
            dict(enterprise_id=e1, as_of=date(2020, 12, 31), workers=9)])
    A = ADMIN

    def add(key, **values):
        plan_records.create(engine, A, key, values, TODAY, NOW)

    add("candidates", name="가", people=3, ondure_on="2019-01-01", converted_type="협동조합", converted_on="2020-03-01")
    add("candidates", name="나", people=4, ondure_on="2019-02-01", prelim_kind="전주형 사회적기업",
        prelim_on="2020-01-10", converted_type="마을기업", converted_on="2020-11-30")
    add("candidates", name="다", people=5, ondure_on="2018-09-01", converted_type="협동조합", converted_on="2019-12-31")
    add("candidates", name="라", people=6, ondure_on="2020-02-01")
    g = dict(programme="전문인력 지원사업", end_on="2020-12-31")
    add("grants", enterprise_id=e1, amount=100_000_000, start_on="2020-01-02", jobs_promised=3, **g)
    add("grants", enterprise_id=e1, amount=50_000_000, start_on="2020-07-01", jobs_promised=2, **g)
    add("grants", enterprise_id=e2, amount=30_000_000, start_on="2020-02-01", jobs_promised=1, **g)
    add("grants", enterprise_id=e2, amount=99_000_000, start_on="2019-02-01", jobs_promised=9, end_on="2019-12-31",
        programme="전문인력 지원사업")
    y = dict(field="전주푸드", host_name="재단법인 전주푸드")
    add("youth", participant="1", start_on="2018-09-01", **y)
    add("youth", participant="2", start_on="2020-03-01", **y)
    add("youth", participant="3", start_on="2020-09-01", **y)  # after the programme's July 2020 end
    add("local_projects", name="사업", start_on="2020-03-01", jobs_created=4)
    add("spending", year=2020, programme="1:1 멘토링", source="국비", amount=1_000_000_000, spent_on="2020-05-01")
    add("spending", year=2020, programme="1:1 멘토링", source="시비", amount=155_000_000, spent_on="2020-06-01")
    add("spending", year=2019, programme="1:1 멘토링", source="시비", amount=500_000_000, spent_on="2019-06-01")
    add("pairs", mentee_id=e2, mentor_id=e1, started_on="2020-04-01")
    add("cohorts", name="1기", space="공간", started_on="2020-04-01", participants=12, startups_founded=2)
    add("school", held_on="2020-05-20", school="가중학교", topic="진로", students=20)
    add("school", held_on="2020-06-20", school="나중학교", topic="진로", students=25)
    add("followups", kind="고령자친화기업", name="은빛", started_on="2019-05-01", people=9)
    add("followups", kind="고령자친화기업", name="금빛", started_on="2021-05-01", people=8)
    add("followups", kind="청년자립도전 자활사업단", name="청년카페", started_on="2020-10-01", people=6)
    for won in (True, False, None):
        add("followups", kind="정부 일자리사업 공모", name="공모", started_on="2020-04-01", won=won)
    return engine


# (key, stage, unit, the plan's target, the hand-counted 2020 actual)
EXPECTED_2020 = {
    "jobs": (plan.YEARLY, "개", 200, 4),  # 예시기업 5 → 9 workers between 2019-12-31 and 2020-12-31
    "discovery_orgs": (plan.STAGE1, "개", 50, 2),  # 가, 나 converted in 2020 (다 in 2019)
    "discovery_people": (plan.STAGE1, "명", 100, 7),  # 3 + 4
    "grants_orgs": (plan.STAGE1, "개", 40, 2),  # 예시기업 twice, 도시락 once
    "grants_jobs": (plan.STAGE1, "명", 200, 6),  # 3 + 2 + 1
    "grants_amount": (plan.STAGE1, "백만원", 2600, 180),  # 100 + 50 + 30 백만원
    "youth": (plan.STAGE1, "명", 132, 2),  # 2018-09 and 2020-03; 2020-09 is after the programme
    "local_projects": (plan.STAGE1, "명", None, 4),
    "budget_year": (plan.STAGE1, "억원", 46.2, 11.55),  # 10억 + 1.55억 spent in 2020
    "budget_total": (plan.STAGE1, "억원", 231.4, 16.55),  # + 5억 in 2019
    "mentoring": (plan.STAGE2, "쌍", None, 1),
    "startup_people": (plan.STAGE2, "명", None, 12),
    "startup_founded": (plan.STAGE2, "개", None, 2),
    "school_sessions": (plan.STAGE2, "회", None, 2),
    "school_students": (plan.STAGE2, "명", None, 45),
    "senior_sites": (plan.FOLLOWUP, "개소", 2, 1),  # 은빛 (2019); 금빛 starts 2021
    "senior_people": (plan.FOLLOWUP, "명", 20, 9),
    "selfreliance_groups": (plan.FOLLOWUP, "개", 2, 1),
    "selfreliance_people": (plan.FOLLOWUP, "명", 12, 6),
    "jeonju_type": (plan.FOLLOWUP, "개", None, 1),  # 나 became a 전주형 사회적기업 in 2020
    "gov_applied": (plan.FOLLOWUP, "건", None, 3),
    "gov_won": (plan.FOLLOWUP, "건", None, 1),
}


def test_plan_json_has_every_target_with_the_plans_numbers(year2020, capsys, monkeypatch):
    monkeypatch.setenv("SSE_TODAY", TODAY.isoformat())
    assert cli.main(["plan", "--year", "2020", "--json", "--db", year2020.url.render_as_string(False)]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_key = {r["key"]: r for r in rows}
    assert list(by_key) == list(EXPECTED_2020)
    for key, (stage, unit, target, actual) in EXPECTED_2020.items():
        r = by_key[key]
        assert (r["stage"], r["unit"], r["target"], r["actual"]) == (stage, unit, target, actual), key
        assert r["period"]
    assert by_key["youth"]["period"] == "2018-08~2020-07"
    assert by_key["budget_total"]["period"] == "2018-07~2020-12 누적"
    assert by_key["grants_amount"]["percent"] == pytest.approx(180 / 2600 * 100, abs=0.05)


def test_lights_follow_the_stated_rule(year2020):
    table = plan.plan_table(year2020, 2020, TODAY)
    lights = dict(zip(table["key"], table["light"], strict=True))
    assert lights["grants_orgs"] == plan.RED  # 2 of 40, the year is over
    assert lights["local_projects"] == plan.GREY  # no number in the plan
    # selfreliance: 1 of 2 groups by 2020-12-31, when 30 of the 48 plan months had passed: 62.5% expected
    assert plan.light(2, 1, plan.elapsed_share(plan.TARGET_BY_KEY["selfreliance_groups"], 2020, TODAY)) == plan.RED
    assert plan.light(100, 80, 1.0) == plan.YELLOW and plan.light(100, 79, 1.0) == plan.RED
    assert plan.light(100, 50, 0.5) == plan.GREEN  # halfway through the period, halfway there
    mid = plan.plan_table(year2020, 2020, date(2020, 7, 1))
    assert mid.filter(pl.col("key") == "discovery_orgs")["light"][0] == plan.RED  # 1 of 50 by July


def test_grant_jobs_observed_six_and_twelve_months_later(year2020):
    grants = plan.plan_records(year2020, "grants_jobs", 2020, TODAY)
    observed = plan.grant_jobs_observed(year2020, grants, TODAY).sort("start_on")
    first = observed.row(0, named=True)  # 예시기업 from 2020-01-02: 5 workers, 9 by 2021-01
    assert (first["at_start"], first["after_6m"], first["after_12m"], first["gained_12m"]) == (5, 5, 9, 4)


def test_report_xlsx_is_the_same_table_with_numbers(year2020):
    table = plan.plan_table(year2020, 2020, TODAY)
    raw = plan.report_xlsx(table, 2020, TODAY)
    sheet = pl.read_excel(io.BytesIO(raw), engine="calamine", has_header=False, infer_schema_length=0)
    assert "연도별 목표 및 추진계획" in sheet.row(0)[0]
    header = next(r for r in sheet.iter_rows() if r[0] == "단계")
    assert header[:6] == ("단계", "목표", "단위", "기간", "목표값", "실적")
    youth = next(r for r in sheet.iter_rows() if r[1] == "지역주도형 청년일자리 (6개 분야)")
    assert (float(youth[4]), float(youth[5])) == (132.0, 2.0)
    import zipfile

    xml = zipfile.ZipFile(io.BytesIO(raw)).read("xl/worksheets/sheet1.xml").decode()
    assert 'orientation="landscape"' in xml and "<v>132</v>" in xml  # a number cell, landscape print


def test_report_xlsx_carries_the_plans_yearly_table(year2020):
    data = plan.PlanData.load(year2020, TODAY)
    raw = plan.report_xlsx(plan.plan_table(year2020, 2020, TODAY, data), 2020, TODAY, data.jobs)
    sheet = pl.read_excel(io.BytesIO(raw), sheet_name="연도별 목표 및 추진계획", has_header=False,
                          infer_schema_length=0, engine="calamine")
    rows = {r[0]: r for r in sheet.iter_rows() if r[0] and r[0].startswith("20")}
    assert [float(rows[y][1]) for y in ("2018년", "2019년", "2020년", "2021년", "2022년 6월")] == [220, 220, 200, 200, 160]
    assert float(rows["2020년"][2]) == 4  # the hand-counted 2020 jobs
    assert "· 온두레공동체의 사회적경제조직으로 성장지원" in rows["2020년"][3]


def test_conversions_by_year_and_stalled_candidates(year2020):
    data = plan.PlanData.load(year2020, TODAY)
    per = plan.conversions_by_year(data, TODAY).filter(pl.col("year").is_in([2019, 2020]))
    assert per.select("year", "organisations", "people", "target_organisations").rows() == [
        (2019, 1, 5, 50), (2020, 2, 7, 50)]
    stages = dict(plan.candidate_stages(data, TODAY).select("stage", "stalled").rows())
    assert stages["온두레 공동체"] == 1  # 라: an 온두레 community since 2020-02, never moved on


def test_plan_cli_refuses_a_year_outside_the_plan(engine, capsys, monkeypatch):
    monkeypatch.setenv("SSE_TODAY", TODAY.isoformat())
    assert cli.main(["plan", "--year", "2017", "--json", "--db", engine.url.render_as_string(False)]) == 2
    assert "연도는 2018년부터 2026년까지" in capsys.readouterr().err
