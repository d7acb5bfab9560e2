"""Rules enforced in sse_match (not only in pages), on SQLite and PostgreSQL."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select

from sse_match.accounts import access, auth
from sse_match.accounts.access import SYSTEM, Conflict, PermissionDenied
from sse_match.catalog import listing as catalog
from sse_match.catalog import products as catalog_admin
from sse_match.catalog.validation import ValidationFailed
from sse_match.storage import audit, schema

pytestmark = pytest.mark.pg
NOW = datetime(2026, 11, 25, 10, 0)
TODAY = date(2026, 11, 25)
PRODUCT = dict(name="친환경 종이컵", category="생활·위생용품", unit_price="32,000", unit="박스", spec="1000개입",
               description="생분해 <b>종이컵</b>")


@pytest.fixture
def world(engine):
    """Two enterprises A and B, an institution, and one user per role."""
    with engine.begin() as conn:
        ids = []
        for name in ("가나협동조합", "다라사회적기업"):
            ids.append(conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
                se_type="사회적기업", name=name, founded_on=date(2020, 1, 1), created_at=NOW, updated_at=NOW,
                gu="완산구")).scalar_one())
        inst = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                            dict(name="전주시청", kind="지방자치단체")).scalar_one()
    users = {}
    for login, role, kw in (("admin1", "admin", {}), ("officer1", "officer", {"institution_id": inst}),
                            ("enta", "enterprise", {"enterprise_id": ids[0]}),
                            ("entb", "enterprise", {"enterprise_id": ids[1]})):
        auth.create_user(engine, SYSTEM, login=login, password="password-123", role=role, now=NOW, **kw)
        users[login] = auth.authenticate(engine, login, "password-123", NOW)
    return {"engine": engine, "a": ids[0], "b": ids[1], "inst": inst, **users}


def count(engine, table, *where):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def test_enterprise_cannot_touch_another_enterprise(world):
    eng, enta, b = world["engine"], world["enta"], world["b"]
    pid_b = catalog_admin.add_product(eng, world["entb"], b, PRODUCT, NOW)
    before = count(eng, schema.audit_log)
    with pytest.raises(PermissionDenied):
        catalog_admin.add_product(eng, enta, b, PRODUCT, NOW)
    with pytest.raises(PermissionDenied):
        catalog_admin.update_product(eng, enta, pid_b, PRODUCT, 1, NOW)
    with pytest.raises(PermissionDenied):
        catalog_admin.retire_product(eng, enta, pid_b, 1, NOW)
    with pytest.raises(PermissionDenied):
        catalog_admin.update_profile(eng, enta, b, {"name": "탈취"}, 1, TODAY, NOW)
    with pytest.raises(PermissionDenied):
        catalog_admin.bulk_add(eng, enta, b, "제품명,분류,단가,단위\n컵,생활·위생용품,100,개\n".encode(), "x.csv", NOW)
    for write in (lambda a: catalog_admin.moderate(eng, a, {pid_b: 1}, True),
                  lambda a: auth.create_user(eng, a, login="evil", password="password-123", role="admin"),
                  lambda a: auth.reset_password(eng, a, "admin1", "password-999")):
        for who in (enta, world["officer1"]):
            with pytest.raises(PermissionDenied):
                write(who)
    with pytest.raises(PermissionDenied):  # officers keep no catalog
        catalog_admin.add_product(eng, world["officer1"], b, PRODUCT, NOW)
    assert count(eng, schema.audit_log) == before  # refused writes leave no trace but the refusal
    with eng.connect() as conn:
        row = conn.execute(select(schema.products).where(schema.products.c.id == pid_b)).mappings().one()
    assert row["name"] == PRODUCT["name"] and row["version"] == 1 and row["status"] == "pending"


def test_every_write_is_audited_in_the_same_transaction(world):
    eng = world["engine"]
    pid = catalog_admin.add_product(eng, world["enta"], world["a"], PRODUCT, NOW)
    catalog_admin.update_product(eng, world["enta"], pid, {**PRODUCT, "unit_price": "30000"}, 1, NOW)
    catalog_admin.moderate(eng, world["admin1"], {pid: 2}, True, now=NOW)
    log = audit.entries(eng, table="products")
    assert log["action"].to_list() == ["approve", "update", "create"]
    assert '"unit_price": 30000' in log["after"][1] and '"unit_price": 32000' in log["before"][1]
    assert log["login"].to_list() == ["admin1", "enta", "enta"]


def test_concurrent_edits_second_gets_conflict_first_is_kept(world):
    eng, enta = world["engine"], world["enta"]
    pid = catalog_admin.add_product(eng, enta, world["a"], PRODUCT, NOW)
    # two browser tabs opened version 1
    catalog_admin.update_product(eng, enta, pid, {**PRODUCT, "name": "첫 번째 수정"}, 1, NOW)
    with pytest.raises(Conflict) as err:
        catalog_admin.update_product(eng, enta, pid, {**PRODUCT, "name": "두 번째 수정"}, 1, NOW)
    assert "다른 사용자가 먼저 저장했습니다" in str(err.value) and "첫 번째 수정" in str(err.value)
    assert err.value.current["name"] == "첫 번째 수정"
    with eng.connect() as conn:
        assert conn.execute(select(schema.products.c.name).where(schema.products.c.id == pid)).scalar_one() \
            == "첫 번째 수정"
    with pytest.raises(Conflict):  # the profile too
        catalog_admin.update_profile(eng, enta, world["a"], {"name": "가나"}, 1, TODAY, NOW) and \
            catalog_admin.update_profile(eng, enta, world["a"], {"name": "가나2"}, 1, TODAY, NOW)


BAD_FILE = (
    "제품명,분류,규격,단가,단위,설명\n"
    "좋은 제품,사무용품,A4,12000,박스,정상\n"
    "비싼 제품,사무용품,,열두만원,개,단가가 글자\n"
    "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",사무용품,,1000,개,수식\n"
    "<script>alert(1)</script>,사무용품,,1000,개,태그\n"
    "음수,사무용품,,-5,개,음수 단가\n"
    "단위 틀림,사무용품,,1000,자루,목록 밖 단위\n"
    "분류 틀림,우주선,,1000,개,목록 밖 분류\n"
)


def test_bad_bulk_file_writes_nothing_and_names_each_row(world):
    eng = world["engine"]
    before = count(eng, schema.products)
    with pytest.raises(ValidationFailed) as err:
        catalog_admin.bulk_add(eng, world["enta"], world["a"], BAD_FILE.encode(), "bad.csv", NOW)
    rows = {(e.row, e.column) for e in err.value.errors}
    assert rows == {(3, "unit_price"), (4, "name"), (5, "name"), (6, "unit_price"), (7, "unit"), (8, "category")}
    assert "3행 단가: 숫자가 아닙니다" in str(err.value)
    assert count(eng, schema.products) == before
    with pytest.raises(ValidationFailed) as err:  # wrong encoding
        catalog_admin.bulk_add(eng, world["enta"], world["a"], BAD_FILE.encode("utf-16"), "bad.csv", NOW)
    assert "인코딩" in str(err.value)
    assert count(eng, schema.products) == before


def test_good_bulk_file_in_cp949_and_xlsx(world):
    from sse_match.files import export

    eng = world["engine"]
    good = "제품명,분류,규격,단가,단위,설명\n종이컵,생활·위생용품,1000개,32000,박스,<i>생분해</i>\n텀블러,기념품·판촉물,350ml,\"9,000\",개,\n"
    ids = catalog_admin.bulk_add(eng, world["enta"], world["a"], good.encode("cp949"), "cp.csv", NOW)
    import polars as pl

    xlsx = export.xlsx_bytes({"s": pl.read_csv(good.encode(), infer_schema_length=0)})
    ids += catalog_admin.bulk_add(eng, world["enta"], world["a"], xlsx, "x.xlsx", NOW)
    assert len(ids) == 4
    with eng.connect() as conn:
        rows = conn.execute(select(schema.products.c.unit_price, schema.products.c.description, schema.products.c.status)
                            .where(schema.products.c.id.in_(ids)).order_by(schema.products.c.id)).all()
    assert [r[0] for r in rows] == [32000, 9000, 32000, 9000]
    assert rows[0][1] == "<i>생분해</i>"  # HTML is stored as typed text
    assert {r[2] for r in rows} == {"pending"}


def test_lockout_after_five_failures_and_no_name_leak(world):
    eng = world["engine"]
    messages = set()
    for k in range(5):
        with pytest.raises(auth.AuthError) as err:
            auth.authenticate(eng, "officer1", "wrong-password", NOW + timedelta(seconds=k))
        messages.add(str(err.value))
    with pytest.raises(auth.AuthError) as err:  # right password, but locked
        auth.authenticate(eng, "officer1", "password-123", NOW + timedelta(minutes=1))
    messages.add(str(err.value))
    with pytest.raises(auth.AuthError) as err:
        auth.authenticate(eng, "nobody-here", "password-123", NOW)
    messages.add(str(err.value))
    assert messages == {auth.LOGIN_FAILED}
    assert auth.authenticate(eng, "officer1", "password-123", NOW + timedelta(minutes=16)).login == "officer1"


def test_disabled_user_and_reset(world):
    eng = world["engine"]
    auth.set_disabled(eng, world["admin1"], "entb", True)
    with pytest.raises(auth.AuthError):
        auth.authenticate(eng, "entb", "password-123", NOW)
    auth.set_disabled(eng, world["admin1"], "entb", False)
    auth.reset_password(eng, world["admin1"], "entb", "new-password-1")
    assert auth.authenticate(eng, "entb", "new-password-1", NOW).enterprise_id == world["b"]
    with pytest.raises(auth.AuthError):
        auth.create_user(eng, world["admin1"], login="short", password="1234", role="admin")
    with pytest.raises(PermissionDenied):
        auth.set_disabled(eng, world["admin1"], "admin1", True)


def test_only_approved_products_of_active_certified_enterprises_are_searchable(world):
    eng = world["engine"]
    pid = catalog_admin.add_product(eng, world["enta"], world["a"], PRODUCT, NOW)
    v0 = catalog.catalog_version(eng)
    assert catalog.approved(eng, TODAY).is_empty()  # pending: not searchable
    catalog_admin.moderate(eng, world["admin1"], {pid: 1}, True, now=NOW)
    assert catalog.catalog_version(eng) > v0
    assert catalog.approved(eng, TODAY)["name"].to_list() == ["친환경 종이컵"]
    catalog_admin.update_profile(eng, world["admin1"], world["a"],
                                 {"name": "가나협동조합", "cert_expiry": TODAY - timedelta(days=1),
                                  "cert_date": date(2020, 1, 1)}, 1, TODAY, NOW)
    assert catalog.approved(eng, TODAY).is_empty()  # certification expired: gone from search
    from sse_match.catalog import enterprises as registry

    flagged = registry.reminders(eng, TODAY)
    assert flagged.filter(flagged["id"] == world["a"])["reason"].to_list() == ["인증 만료 (검색에서 빠짐)"]


def test_rejection_needs_a_reason_and_enterprise_sees_it(world):
    eng = world["engine"]
    pid = catalog_admin.add_product(eng, world["enta"], world["a"], PRODUCT, NOW)
    with pytest.raises(ValidationFailed):
        catalog_admin.moderate(eng, world["admin1"], {pid: 1}, False, "  ")
    catalog_admin.moderate(eng, world["admin1"], {pid: 1}, False, "단가 근거를 적어 주세요")
    mine = catalog_admin.enterprise_products(eng, world["a"])
    assert mine["status"].to_list() == ["rejected"] and mine["review_reason"].to_list() == ["단가 근거를 적어 주세요"]
    with pytest.raises(Conflict):  # already decided
        catalog_admin.moderate(eng, world["admin1"], {pid: 2}, True)


def test_profile_writes_todays_workforce_snapshot(world):
    eng = world["engine"]
    catalog_admin.update_profile(eng, world["enta"], world["a"],
                                 {"name": "가나협동조합", "workers": 12, "vulnerable": 5, "youth": 3,
                                  "cert_no": "제2020-001호"}, 1, TODAY, NOW)
    ent = catalog_admin.enterprise(eng, world["a"])
    assert ent["snapshot"] == {"as_of": TODAY, "workers": 12, "vulnerable": 5, "youth": 3}
    assert ent["cert_no"] is None  # certification facts are the department's to change
    with pytest.raises(ValidationFailed):
        catalog_admin.update_profile(eng, world["enta"], world["a"],
                                     {"name": "가나", "workers": 2, "vulnerable": 5, "youth": 0}, 2, TODAY, NOW)
    assert access.may_open(world["enta"], "my_enterprise") and not access.may_open(world["enta"], "admin")
