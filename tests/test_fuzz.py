"""A generated corpus of bad files and form inputs (fixed seed): every one is refused in Korean and leaves
every table's row count unchanged, on SQLite and PostgreSQL.

Classes: encodings, truncation, zip bombs, huge and odd numbers, dates, injections, duplicate and ambiguous
headers, wrong roles. Nothing here is stored: the files are built by code in this module.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import polars as pl
import pytest
from bombs import lying_sizes, many_entries, xlsx, zip_bomb
from sqlalchemy import insert

from sse_match.accounts import access
from sse_match.accounts.access import SYSTEM, Actor
from sse_match.catalog import bizno
from sse_match.catalog import enterprises as registry
from sse_match.catalog import products as catalog_admin
from sse_match.catalog.validation import ValidationFailed
from sse_match.files import tables
from sse_match.purchases import records as purchases
from sse_match.storage import db, schema

pytestmark = pytest.mark.pg
TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10)
HANGUL = re.compile(r"[\uac00-\ud7a3]")
SEED = 20261201
_names = itertools.count()


def biz(n: int) -> str:
    first9 = f"52{n:07d}"
    return first9 + str(bizno.check_digit(first9))


@dataclass(frozen=True)
class World:
    engine: object
    officer: Actor
    enterprise: Actor
    other_enterprise_id: int
    institution: str
    biz: str


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(request, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}"
    else:
        url = request.getfixturevalue("pg_cluster").create_database(f"fuzz{next(_names)}")
    engine = db.make_engine(url)
    db.migrate(engine)
    with engine.begin() as conn:
        def ent(name, n):
            return conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
                se_type="사회적기업", name=name, biz_no=biz(n), address="전주시 완산구 효자로 1", founded_on=TODAY,
                created_at=NOW, updated_at=NOW)).scalar_one()
        e1, e2 = ent("가나푸드", 1), ent("다라인쇄", 2)
        iid = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                           dict(name="전주시설공단", kind="지방공기업")).scalar_one()
        conn.execute(insert(schema.institutions).values(name="다른기관", kind="기타"))
    yield World(engine, Actor(None, "officer", "officer", institution_id=iid),
                Actor(None, "ent", "enterprise", enterprise_id=e1), e2, "전주시설공단", biz(1))
    engine.dispose()


# ---- the corpus ---------------------------------------------------------------------------------
Case = tuple[str, Callable[[World], object]]  # (id, action that must be refused)
rng = random.Random(SEED)
P_HEAD = "구매일자,사업자등록번호,구매금액,구분"
C_HEAD = "제품명,분류,단가,단위"
R_HEAD = "레코드ID,기업명,기업유형,주소,대표자,전화번호,주요사업"


def import_purchases(raw: bytes, name: str = "p.csv", who: str = "officer"):
    def run(w: World):
        actor = getattr(w, who)
        preview = purchases.preview_import(w.engine, actor, raw, name, TODAY)
        return purchases.apply_import(w.engine, actor, preview, now=NOW)
    return run


def import_catalog(raw: bytes, name: str = "c.csv", who: str = "enterprise", target: str = "own"):
    def run(w: World):
        eid = w.enterprise.enterprise_id if target == "own" else w.other_enterprise_id
        return catalog_admin.bulk_add(w.engine, getattr(w, who), eid, raw, name, NOW)
    return run


def import_registry(raw: bytes, name: str = "r.csv", actor: Actor = SYSTEM):
    def run(w: World):
        return registry.apply_import(w.engine, actor, registry.preview_import(w.engine, raw, name), TODAY, NOW)
    return run


def p_row(on="2026-11-02", amount="10000", kind="물품", b=None) -> str:
    return f"{on},{b or biz(1)},{amount},{kind}"


def p_file(*rows: str, head: str = P_HEAD) -> bytes:
    return (head + "\n" + "\n".join(rows) + "\n").encode()


def c_file(*rows: str, head: str = C_HEAD) -> bytes:
    return (head + "\n" + "\n".join(rows) + "\n").encode()


def r_file(*rows: str, head: str = R_HEAD) -> bytes:
    return (head + "\n" + "\n".join(rows) + "\n").encode()


def quoted(v: str) -> str:
    return '"' + v.replace('"', '""') + '"'


def corpus() -> list[Case]:
    cases: list[Case] = []
    good_p = p_file(p_row())
    good_c = c_file("수제 쿠키,농산물·가공식품,15000,개")
    good_r = r_file("F1,새기업,마을기업,전주시 덕진구 1,홍길동,063-123-4567,도시락")
    # encodings
    for enc in ("utf-16", "utf-16-le", "utf-32"):
        for label, raw in (("p", good_p), ("c", good_c), ("r", good_r)):
            data = raw.decode().encode(enc)
            run = {"p": import_purchases, "c": import_catalog, "r": import_registry}[label](data)
            cases.append((f"encoding-{enc}-{label}", run))
    for k in range(12):
        junk = bytes(rng.randrange(128, 256) for _ in range(rng.randrange(20, 400)))
        cases.append((f"encoding-random-{k}", [import_purchases, import_catalog, import_registry][k % 3](junk)))
    cases.append(("encoding-empty", import_purchases(b"")))
    cases.append(("encoding-blank", import_catalog(b"   \n\n  ")))
    cases.append(("encoding-header-only", import_purchases((P_HEAD + "\n").encode())))
    # truncation
    books = {"p": xlsx(pl.DataFrame({"구매일자": ["2026-11-02"], "사업자등록번호": [biz(1)], "구매금액": ["1000"],
                                     "구분": ["물품"]})),
             "c": xlsx(pl.DataFrame({"제품명": ["쿠키"], "분류": ["농산물·가공식품"], "단가": ["1000"], "단위": ["개"]})),
             "r": xlsx(pl.DataFrame({"기업명": ["새기업"], "기업유형": ["마을기업"], "주소": ["전주시 덕진구 1"]}))}
    for label, book in books.items():
        for frac in (0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.97):
            cut = book[: int(len(book) * frac)]
            run = {"p": import_purchases, "c": import_catalog, "r": import_registry}[label](cut, "t.xlsx")
            cases.append((f"truncated-{label}-{int(frac * 100)}", run))
    for k, csv_cut in enumerate((b'\xea\xb5\xac\xeb', '구매일자,"사업자'.encode(), p_file('2026-11-02,"' + biz(1)))):
        cases.append((f"truncated-csv-{k}", import_purchases(csv_cut)))
    # zip bombs and crafted zips
    bomb = zip_bomb(60)
    for label in ("p", "c", "r"):
        run = {"p": import_purchases, "c": import_catalog, "r": import_registry}[label]
        cases += [(f"bomb-ratio-{label}", run(bomb, "b.xlsx")), (f"bomb-entries-{label}", run(many_entries(600), "m.xlsx")),
                  (f"bomb-lying-{label}", run(lying_sizes(), "l.xlsx")),
                  (f"bomb-renamed-{label}", run(bomb, "b.csv")),
                  (f"xls-fake-{label}", run(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "o.xls")),
                  (f"xlsx-not-zip-{label}", run(b"hello world", "x.xlsx"))]
    cases.append(("oversize-catalog", import_catalog(c_file(*["쿠키,농산물·가공식품,1000,개"] * 250_000))))
    # huge and odd numbers
    odd = ["9223372036854775808", str(2**62), "1" + "0" * 20, "1000000000001", "-1", "-0", "0", "1.5", "1e9", "NaN",
           "inf", "-inf", "١٢٣", "12원34", "0x10", "", "  ", "1,000.50", "--5", "+-3", "999999999999999999999999999999"]
    for k, v in enumerate(odd):
        cases.append((f"amount-{k}", import_purchases(p_file(p_row(amount=quoted(v))))))
        cases.append((f"price-{k}", import_catalog(c_file(f"쿠키,농산물·가공식품,{quoted(v)},개"))))
    for k, v in enumerate([2**62, 10**20, -5, 0, "abc", 1.5, float("nan"), None]):
        cases.append((f"form-amount-{k}", lambda w, v=v: purchases.record(
            w.engine, w.officer, dict(enterprise_id=w.enterprise.enterprise_id, purchased_on=TODAY, amount=v,
                                      kind="물품"), TODAY, NOW)))
        cases.append((f"form-price-{k}", lambda w, v=v: catalog_admin.add_product(
            w.engine, w.enterprise, w.enterprise.enterprise_id, dict(name="쿠키", category="농산물·가공식품",
                                                                    unit="개", unit_price=v), NOW)))
    # dates
    dates = ["2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31", "2027-01-01", "31/12/2025", "", "어제", "20261301",
             "2026-11", "2026/11/31", "1e5", "2026-11-02T25:00", "２０２６년"]
    for k, v in enumerate(dates):
        cases.append((f"date-{k}", import_purchases(p_file(p_row(on=quoted(v))))))
    for k, v in enumerate(["2026-02-30", "9999-12-31", "내일", ""]):
        cases.append((f"form-date-{k}", lambda w, v=v: purchases.record(
            w.engine, w.officer, dict(enterprise_id=w.enterprise.enterprise_id, purchased_on=v, amount=1000,
                                      kind="물품"), TODAY, NOW)))
    # injections (names and short labels refuse markup, formulas and control characters)
    evil = ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "쿠키\x00", "쿠키\x1b[31m", "쿠키\x7f", "=1+1", "\t=1+1"]
    for k, v in enumerate(evil):
        cases.append((f"inject-product-{k}", import_catalog(c_file(f"{quoted(v)},농산물·가공식품,1000,개"))))
        cases.append((f"inject-registry-rep-{k}", import_registry(
            r_file(f"F{k},새기업{k},마을기업,전주시 덕진구 {k},{quoted(v)},063-1,도시락"))))
        cases.append((f"inject-registry-name-{k}", import_registry(
            r_file(f"F{k},{quoted(v)},마을기업,전주시 덕진구 {k},홍길동,063-1,도시락"))))
        cases.append((f"inject-form-product-{k}", lambda w, v=v: catalog_admin.add_product(
            w.engine, w.enterprise, w.enterprise.enterprise_id, dict(name=v, category="농산물·가공식품", unit="개",
                                                                    unit_price=1000), NOW)))
        cases.append((f"inject-form-profile-{k}", lambda w, v=v: registry.create_enterprise(
            w.engine, SYSTEM, dict(name="새기업", se_type="마을기업", representative=v), TODAY, NOW)))
    for k, v in enumerate(["+cmd", "=1+1", "063-123<b>", "전화주세요", "063\x00123"]):
        cases.append((f"inject-phone-{k}", import_registry(
            r_file(f"P{k},새기업,마을기업,전주시 덕진구 7,홍길동,{quoted(v)},도시락"))))
    cases.append(("long-representative", import_registry(r_file("L1,새기업,마을기업,전주시 덕진구 1," + "가" * 150 + ",063-1,x"))))
    cases.append(("long-name", import_catalog(c_file("가" * 300 + ",농산물·가공식품,1000,개"))))
    # duplicate and ambiguous headers, duplicate records
    cases += [
        ("header-dup-amount", import_purchases(p_file(p_row() + ",5", head=P_HEAD + ",구매금액"))),
        ("header-dup-spaced", import_purchases(p_file(p_row() + ",5", head=P_HEAD + ",구매 금액"))),
        ("header-dup-case", import_registry(r_file("F1,새기업,마을기업,전주시 덕진구 1,홍,063-1,x,Y",
                                                   head=R_HEAD + ",레코드id"))),
        ("header-dup-product", import_catalog(c_file("쿠키,농산물·가공식품,1000,개,쿠키2", head=C_HEAD + ",제품명"))),
        ("header-dup-xlsx", import_purchases(xlsx(pl.DataFrame({"구매금액": ["1"], "구매 금액": ["2"]})), "d.xlsx")),
        ("header-missing-amount", import_purchases(p_file("2026-11-02," + biz(1) + ",물품", head="구매일자,사업자등록번호,구분"))),
        ("header-missing-catalog", import_catalog(c_file("쿠키,1000", head="제품명,단가"))),
        ("header-missing-registry", import_registry(r_file("새기업", head="기업명"))),
        ("ragged-row", import_purchases(p_file(p_row(), p_row() + ",extra,more"))),
        ("registry-dup-id", import_registry(r_file("F1,가기업,마을기업,전주시 덕진구 1,홍,063-1,x",
                                                   "F1,나기업,마을기업,전주시 덕진구 2,김,063-1,x"))),
        ("registry-dup-biz", import_registry(r_file(f"F1,가기업,마을기업,전주시 덕진구 1,홍,063-1,{biz(9)}",
                                                    f"F2,나기업,마을기업,전주시 덕진구 2,김,063-1,{biz(9)}",
                                                    head=R_HEAD.replace("주요사업", "사업자등록번호")))),
        ("registry-dup-name-address", import_registry(r_file("F1,가기업,마을기업,전주시 덕진구 1,홍,063-1,x",
                                                             "F2,(주)가기업,마을기업,전라북도 전주시 덕진구 1,김,063-1,x"))),
        ("registry-bad-type", import_registry(r_file("F1,가기업,주식회사,전주시 덕진구 1,홍,063-1,x"))),
        ("purchase-bad-biz", import_purchases(p_file(p_row(b="1234567890")))),
        ("purchase-unknown-enterprise", import_purchases(p_file(p_row(b=biz(77))))),
        ("purchase-bad-kind", import_purchases(p_file(p_row(kind="과자")))),
        ("purchase-unknown-institution", import_purchases(p_file(p_row() + ",없는기관", head=P_HEAD + ",기관명"))),
        ("purchase-other-institution", import_purchases(p_file(p_row() + ",다른기관", head=P_HEAD + ",기관명"))),
        ("catalog-bad-unit", import_catalog(c_file("쿠키,농산물·가공식품,1000,톤톤톤"))),
        ("catalog-bad-category", import_catalog(c_file("쿠키,없는분류,1000,개"))),
    ]
    # wrong roles
    cases += [
        ("role-enterprise-imports-purchases", import_purchases(good_p, who="enterprise")),
        ("role-officer-uploads-catalog", import_catalog(good_c, who="officer")),
        ("role-enterprise-other-catalog", import_catalog(good_c, target="other")),
        ("role-officer-registry", import_registry(good_r, actor=Actor(None, "o", "officer", institution_id=1))),
        ("role-enterprise-registry", import_registry(good_r, actor=Actor(None, "e", "enterprise", enterprise_id=1))),
        ("role-enterprise-records-purchase", lambda w: purchases.record(
            w.engine, w.enterprise, dict(enterprise_id=w.enterprise.enterprise_id, purchased_on=TODAY, amount=1000,
                                         kind="물품"), TODAY, NOW)),
        ("role-officer-other-institution", lambda w: purchases.record(
            w.engine, w.officer, dict(institution_id=w.officer.institution_id + 1, enterprise_id=1,
                                      purchased_on=TODAY, amount=1000, kind="물품"), TODAY, NOW)),
        ("role-officer-adds-product", lambda w: catalog_admin.add_product(
            w.engine, w.officer, w.enterprise.enterprise_id, dict(name="쿠키", category="농산물·가공식품", unit="개",
                                                                 unit_price=1000), NOW)),
        ("role-enterprise-creates-enterprise", lambda w: registry.create_enterprise(
            w.engine, w.enterprise, dict(name="새기업", se_type="마을기업"), TODAY, NOW)),
        ("role-officer-agreement", lambda w: purchases.set_agreement(
            w.engine, w.officer, w.officer.institution_id, 2026, target_amount=1000)),
    ]
    return cases


CORPUS = corpus()


def test_corpus_is_large_and_ids_are_unique():
    assert len(CORPUS) >= 200
    assert len({cid for cid, _ in CORPUS}) == len(CORPUS)


def _message(exc: BaseException) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(str(e) for e in exc.errors)
    return str(exc)


@pytest.mark.parametrize("case", CORPUS, ids=[cid for cid, _ in CORPUS])
def test_refused_in_korean_and_nothing_written(world, case):
    _cid, action = case
    before = db.row_counts(world.engine)
    with pytest.raises((ValidationFailed, access.PermissionDenied, tables.FileProblem, catalog_admin.NotFound)) as info:
        action(world)
    message = _message(info.value)
    assert HANGUL.search(message), message
    assert "Traceback" not in message and "Error" not in message and "Schema" not in message, message
    assert db.row_counts(world.engine) == before
