"""Purchases against agreements: every expected figure below is worked out by hand."""

import io
import zipfile
from datetime import date, datetime

import polars as pl
import pytest
from sqlalchemy import func, insert, select

from sse_match import workforce as stats
from sse_match.accounts.access import SYSTEM, Actor, PermissionDenied
from sse_match.catalog import bizno
from sse_match.catalog.validation import ValidationFailed
from sse_match.files import export
from sse_match.purchases import records as purchases
from sse_match.purchases import reports
from sse_match.purchases import stats as purchase_stats
from sse_match.storage import schema

pytestmark = pytest.mark.pg
NOW = datetime(2025, 12, 31, 18)


def biz(n: int) -> str:
    first9 = f"41881{n:04d}"
    return first9 + str(bizno.check_digit(first9))


EVIL = '=HYPERLINK("http://evil.example","x")'


@pytest.fixture
def fx(engine):
    with engine.begin() as conn:
        def ent(name, se_type, gu, cats, n):
            return conn.execute(insert(schema.enterprises).returning(schema.enterprises.c.id), dict(
                se_type=se_type, name=name, gu=gu, categories=cats, biz_no=biz(n), founded_on=date(2019, 1, 1),
                created_at=NOW, updated_at=NOW)).scalar_one()
        e1 = ent("가나클린", "사회적기업", "완산구", "청소·방역", 1)
        e2 = ent(EVIL, "협동조합", "덕진구", "인쇄·출판", 2)
        e3 = ent("다라농장", "마을기업", None, "농산물·가공식품", 3)
        i1 = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                          dict(name="전주시설공단", kind="지방공기업", city_affiliated=True)).scalar_one()
        i2 = conn.execute(insert(schema.institutions).returning(schema.institutions.c.id),
                          dict(name="전북대학교", kind="국립대학", city_affiliated=False)).scalar_one()
        conn.execute(insert(schema.agreements), dict(institution_id=i1, year=2025, target_amount=10_000_000))
        conn.execute(insert(schema.agreements), dict(institution_id=i2, year=2025, target_ratio=0.05,
                                                     total_goods_services=200_000_000))
        rows = [(i1, e1, date(2024, 5, 1), 3_000_000, "용역", "수의계약", "청소·방역"),
                (i1, e1, date(2025, 3, 10), 4_000_000, "용역", "수의계약", "청소·방역"),
                (i1, e2, date(2025, 6, 15), 5_000_000, "물품", "제한경쟁", "인쇄·출판"),
                (i2, e3, date(2025, 9, 1), 2_000_000, "물품", "수의계약", "청소·방역"),
                (i2, e1, date(2025, 12, 20), 1_000_000, "용역", "수의계약", "청소·방역")]
        conn.execute(insert(schema.purchases), [dict(
            institution_id=i, enterprise_id=e, purchased_on=d, amount=a, kind=k, contract_method=m, category=c,
            description=EVIL if a == 5_000_000 else "정기 용역", created_at=NOW) for i, e, d, a, k, m, c in rows])
    officer = Actor(None, "officer1", "officer", institution_id=i1)
    return dict(engine=engine, e1=e1, e2=e2, e3=e3, i1=i1, i2=i2, officer=officer)


def test_department_view_by_hand(fx):
    data = purchase_stats.PurchaseData.load(fx["engine"])
    v = purchase_stats.department_view(data, 2025)
    assert v.total == 12_000_000 and v.count == 4
    assert v.hhi == pytest.approx(3750.0)  # (5/12·100)² + (5/12·100)² + (2/12·100)²
    assert v.top10_share == pytest.approx(1.0)
    assert v.inside_share == pytest.approx(10 / 12)  # 다라농장 has no 구 in Jeonju
    assert v.sole_source_share == pytest.approx(7 / 12)
    assert v.first_time.rows() == [(2024, 1, 3_000_000), (2025, 2, 7_000_000)]
    assert dict(v.by_kind.select("kind", "amount").rows()) == {"물품": 7_000_000, "용역": 5_000_000}
    inst = v.institutions.select("institution_name", "target", "purchased", "achievement", "points").rows()
    assert inst == [("전주시설공단", 10_000_000, 9_000_000, 0.9, 0.15),  # amount target, city-affiliated
                    ("전북대학교", 10_000_000, 3_000_000, 0.3, None)]  # 5% of 2억, not city-affiliated
    assert dict(v.by_year.select("year", "amount").rows()) == {2024: 3_000_000, 2025: 12_000_000}


def test_institution_view_pro_rata_and_forecast(fx):
    data = purchase_stats.PurchaseData.load(fx["engine"])
    end = purchase_stats.institution_view(data, fx["i1"], 2025, date(2025, 12, 31))
    assert (end.target, end.purchased, end.remaining, end.forecast, end.points) == \
        (10_000_000, 9_000_000, 1_000_000, 9_000_000, 0.15)
    m = end.monthly
    assert m.filter(pl.col("month") == 1)["pro_rata"][0] == 849_315  # 31/365 of 1,000만원
    assert m.filter(pl.col("month") == 6)["pro_rata"][0] == 4_958_904  # 181/365
    assert m.filter(pl.col("month") == 12)["pro_rata"][0] == 10_000_000
    assert m["cumulative"].to_list()[2:6] == [4_000_000, 4_000_000, 4_000_000, 9_000_000]
    mid = purchase_stats.institution_view(data, fx["i1"], 2025, date(2025, 6, 30))
    # last year everything (300만원, 5월) had been bought by 6월 30일: the run rate predicts no more
    assert mid.forecast == 9_000_000 and mid.forecast_achievement == pytest.approx(0.9)


@pytest.mark.parametrize(("ratio", "points"), [(1.2, 0.2), (1.0, 0.2), (0.95, 0.15), (0.85, 0.1), (0.7, 0.05),
                                               (0.69, 0.0), (None, None)])
def test_evaluation_points_rule(ratio, points):
    rule = purchase_stats.evaluation_rule()
    assert pl.select(purchase_stats.points_expr(pl.lit(ratio, pl.Float64), rule)).item() == points


def test_agency_check_lists_purchases_outside_registered_business(fx):
    data = purchase_stats.PurchaseData.load(fx["engine"])
    suspects = purchase_stats.agency_suspects(data, 2025)
    assert suspects.select("enterprise_name", "category", "amount").rows() == [("다라농장", "청소·방역", 2_000_000)]


CSV = ("기관명,업체명,사업자등록번호,구매일자,구매금액,구분,계약방법,품명\n"
       "전주시설공단,가나클린,{b1},2025.04.01,\"1,500,000\",용역,수의계약,청사 청소\n"
       "전주시설공단,다라농장,{b3},2025-11-02,98765432109,물품,수의계약,명절 선물세트\n")


def test_cp949_csv_and_xlsx_give_the_same_rows(fx):
    text = CSV.format(b1=biz(1), b3=biz(3))
    a = purchases.preview_import(fx["engine"], fx["officer"], text.encode("cp949"), "a.csv", date(2025, 12, 31))
    xlsx = export.xlsx_bytes({"실적": pl.read_csv(text.encode(), infer_schema_length=0)})
    b = purchases.preview_import(fx["engine"], fx["officer"], xlsx, "b.xlsx", date(2025, 12, 31))
    assert a.ok and b.ok
    assert a.rows.equals(b.rows)
    assert a.rows["amount"].to_list() == [1_500_000, 98_765_432_109]
    n = purchases.apply_import(fx["engine"], fx["officer"], a, now=NOW)
    assert n == 2
    with fx["engine"].connect() as conn:
        total = conn.execute(select(func.sum(schema.purchases.c.amount))).scalar_one()
    # exact to the 원 (PostgreSQL sums bigint as an exact numeric, SQLite as an integer; never a float)
    assert total == 15_000_000 + 1_500_000 + 98_765_432_109 and not isinstance(total, float)
    data = purchase_stats.PurchaseData.load(fx["engine"])
    assert data.purchases["amount"].dtype == pl.Int64 and data.purchases["amount"].sum() == total


def test_one_bad_row_writes_nothing_and_names_it(fx):
    text = CSV.format(b1=biz(1), b3=biz(3)) + f"전주시설공단,가나클린,{biz(1)},2025-13-01,\"12,000.5\",용역,수의계약,x\n" + "전주시설공단,없는기업,,2025-05-01,-300,물품,수의계약,y\n"
    before = _count(fx["engine"])
    p = purchases.preview_import(fx["engine"], fx["officer"], text.encode(), "bad.csv", date(2025, 12, 31))
    assert {(e.row, e.column) for e in p.errors} == {(4, "purchased_on"), (4, "amount"), (5, "amount"),
                                                    (5, "enterprise")}
    assert "4행 구매일자: 없는 날짜입니다" in str(ValidationFailed(p.errors))
    with pytest.raises(ValidationFailed):
        purchases.apply_import(fx["engine"], fx["officer"], p)
    assert _count(fx["engine"]) == before


def _count(engine):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.purchases)).scalar_one()


def test_duplicates_are_reported_before_writing(fx):
    text = ("업체명,구매일자,구매금액,구분\n가나클린,2025-03-10,4000000,용역\n"
            "가나클린,2025-07-01,700000,용역\n가나클린,2025-07-01,700000,용역\n")
    p = purchases.preview_import(fx["engine"], fx["officer"], text.encode(), "d.csv", date(2025, 12, 31))
    assert p.ok
    assert sorted(zip(p.duplicates["row"], p.duplicates["where"], strict=True)) == [
        (2, "이미 입력된 실적과 같음"), (3, "파일 안에서 겹침"), (4, "파일 안에서 겹침")]
    before = _count(fx["engine"])
    with pytest.raises(ValidationFailed):
        purchases.apply_import(fx["engine"], fx["officer"], p)
    assert _count(fx["engine"]) == before
    assert purchases.apply_import(fx["engine"], fx["officer"], p, allow_duplicates=True) == 3


def test_officer_writes_only_for_own_institution(fx):
    eng, officer = fx["engine"], fx["officer"]
    with pytest.raises(PermissionDenied):
        purchases.record(eng, officer, dict(institution_id=fx["i2"], enterprise_id=fx["e1"],
                                            purchased_on=date(2025, 5, 1), amount=1000, kind="물품"), date(2025, 12, 31))
    other = "기관명,업체명,구매일자,구매금액,구분\n전북대학교,가나클린,2025-05-01,1000,물품\n"
    p = purchases.preview_import(eng, officer, other.encode(), "o.csv", date(2025, 12, 31))
    assert [(e.row, e.column) for e in p.errors] == [(2, "institution")]
    pid = purchases.record(eng, officer, dict(enterprise_id=fx["e1"], purchased_on=date(2025, 5, 1), amount=1000,
                                              kind="물품"), date(2025, 12, 31))
    v = purchases.correct(eng, officer, pid, dict(purchased_on=date(2025, 5, 2), amount=2000, kind="물품"), 1,
                          date(2025, 12, 31))
    from sse_match.accounts.access import Conflict

    with pytest.raises(Conflict):
        purchases.correct(eng, officer, pid, dict(purchased_on=date(2025, 5, 2), amount=3000, kind="물품"), 1,
                          date(2025, 12, 31))
    with pytest.raises(PermissionDenied):
        purchases.remove(eng, Actor(None, "x", "officer", institution_id=fx["i2"]), pid, v)
    purchases.remove(eng, officer, pid, v)
    from sse_match.storage import audit

    assert audit.entries(eng, table="purchases")["action"].to_list()[:3] == ["delete", "update", "create"]
    with pytest.raises(ValidationFailed):
        purchases.set_agreement(eng, SYSTEM, fx["i1"], 2026, target_amount=10, target_ratio=0.1)


def test_report_xlsx_has_five_sheets_page_totals_and_plain_text(fx):
    eng = fx["engine"]
    data = purchase_stats.PurchaseData.load(eng)
    view = purchase_stats.department_view(data, 2025)
    raw = reports.report_xlsx(view, stats.Workforce.load(eng), date(2025, 12, 31))
    sheets = pl.read_excel(io.BytesIO(raw), sheet_id=0, read_options={"header_row": 3})
    assert list(sheets) == list(reports.SHEETS)
    summary = {k: v for k, v, _note in sheets["요약"].rows()}
    assert summary["사회적경제기업 구매액(원)"] == view.total == 12_000_000  # a number, not text
    assert sheets["요약"]["값"].dtype == pl.Float64
    top = pl.read_excel(io.BytesIO(raw), sheet_name="요약", has_header=False)
    assert top[0, 0] == "2025년 사회적경제기업 공공구매 보고서 · 요약"
    assert top[1, 0] == "작성일 2025-12-31   기준일 2025-12-31"
    sheet_xml = zipfile.ZipFile(io.BytesIO(raw)).read("xl/worksheets/sheet1.xml").decode()
    table_xml = zipfile.ZipFile(io.BytesIO(raw)).read("xl/tables/table1.xml").decode()
    assert '<autoFilter ref="A4:' in table_xml  # the table under the title rows filters by column
    assert 'orientation="landscape"' in sheet_xml and 'paperSize="9"' in sheet_xml
    assert '<pageSetUpPr fitToPage="1"/>' in sheet_xml and 'fitToHeight="0"' in sheet_xml
    names = zipfile.ZipFile(io.BytesIO(raw)).read("xl/workbook.xml").decode()
    assert "_xlnm.Print_Titles" in names and "$4:$4" in names  # the header row repeats on every page
    assert sheets["기관별"]["구매액(원)"].sum() == 12_000_000
    assert sheets["기업별"]["구매액(원)"].sum() == view.total
    assert EVIL in sheets["기업별"]["기업명"].to_list()  # shown as typed …
    book = zipfile.ZipFile(io.BytesIO(raw))
    assert not any("<f>" in book.read(n).decode() for n in book.namelist() if n.startswith("xl/worksheets/"))
    csv = export.csv_bytes(data.purchases).decode("utf-8-sig")
    assert "'" + EVIL.replace('"', '""') in csv  # … and defused in CSV


def test_purchase_with_product_takes_its_category_and_refuses_anothers(fx):
    eng = fx["engine"]
    with eng.begin() as conn:
        pid = conn.execute(insert(schema.products).returning(schema.products.c.id), dict(
            enterprise_id=fx["e1"], code="T1", name="사무실 청소", category="청소·방역", unit_price=100, unit="월",
            status="approved", created_at=NOW, updated_at=NOW)).scalar_one()
    with pytest.raises(ValidationFailed):  # the product belongs to another enterprise
        purchases.record(eng, fx["officer"], dict(enterprise_id=fx["e2"], product_id=pid, purchased_on=date(2025, 5, 1),
                                                  amount=1000, kind="용역"), date(2025, 12, 31))
    new = purchases.record(eng, fx["officer"], dict(enterprise_id=fx["e1"], product_id=pid,
                                                    purchased_on=date(2025, 5, 1), amount=1000, kind="용역"),
                           date(2025, 12, 31))
    with eng.connect() as conn:
        row = conn.execute(select(schema.purchases).where(schema.purchases.c.id == new)).mappings().one()
    assert (row["category"], row["institution_id"], row["amount"]) == ("청소·방역", fx["i1"], 1000)
    with pytest.raises(ValidationFailed):  # no purchases in the future
        purchases.record(eng, fx["officer"], dict(enterprise_id=fx["e1"], purchased_on=date(2026, 1, 2), amount=1,
                                                  kind="물품"), date(2025, 12, 31))
