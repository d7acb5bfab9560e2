"""Placement from addresses: real open-data records (read from ../shared) and tricky ones written here."""

import polars as pl
import pytest

from sse_match.places import geo, placement

from .conftest import ROOT

REAL = ROOT.parent / "shared" / "data" / "real"


def real_records() -> pl.DataFrame:
    files = sorted(REAL.glob("*.csv"))
    if not files:
        pytest.fail("../shared/data/real has no records")
    return pl.concat([pl.read_csv(f).select("name", "address", "gu") for f in files])


def test_every_real_record_is_placed_at_least_at_its_gu():
    records = real_records()
    assert records.height == 22
    for name, address, gu in records.iter_rows():
        p = placement.place(address)
        assert p.precision in ("행정동", "법정동", "구"), (name, address)
        assert p.gu == gu and p.lat is not None and 35.7 < p.lat < 35.95 and 127.0 < p.lon < 127.25


@pytest.mark.parametrize(("fragment", "legal"), [("(상림동)", "상림동"), ("(평화동 3가)", "평화동3가"),
                                                 ("(중화산동2가)", "중화산동2가")])
def test_real_records_naming_a_dong_are_placed_at_it(fragment, legal):
    row = real_records().filter(pl.col("address").str.contains(fragment, literal=True)).row(0, named=True)
    p = placement.place(row["address"])
    ld = geo.legal_dongs().filter(pl.col("legal_dong") == legal).row(0, named=True)
    assert (p.precision, p.matched) == ("법정동", legal)
    assert (p.lat, p.lon) == (ld["lat"], ld["lon"])


@pytest.mark.parametrize(("address", "precision", "gu", "dong"), [
    ("전북특별자치도 전주시 완산구 효자로 100 (효자동2가)", "법정동", "완산구", None),
    ("전라북도 전주시 덕진구 금암1동 12-3", "행정동", "덕진구", "금암동"),  # merged in 2025: the old name still places
    ("전주시 덕진구 금암2동 5", "행정동", "덕진구", "금암동"),
    ("전주시 덕진구 송천3동 5", "행정동", "덕진구", "송천3동"),  # split off 송천2동 in 2025
    ("전주시 완산구 효자5동 주민센터 옆", "행정동", "완산구", "효자5동"),
    ("전주시 완산구 중화산1동", "행정동", "완산구", "중화산1동"),
    ("전주 완산구 효자동 어딘가", "법정동", "완산구", None),  # a bare legal-dong stem
    ("전라북도 전주시 덕진구 인후동1가 3", "법정동", "덕진구", None),
    ("전주시 완산구 평화동 3가 4", "법정동", "완산구", None),
    ("전주시 덕진구 기지로 120 사내카페", "구", "덕진구", None),
    ("전북 전주시 완산구", "구", "완산구", None),
    ("서울특별시 강남구 테헤란로 1", "none", None, None),
    ("", "none", None, None),
])
def test_tricky_addresses(address, precision, gu, dong):
    p = placement.place(address)
    assert (p.precision, p.gu) == (precision, gu)
    if dong:
        assert p.dong == dong
    if precision == "법정동":
        assert p.dong is not None  # attributed to a 행정동 near the legal dong's point


def test_typed_coordinates_win():
    p = placement.place("전주시 완산구 효자5동", 35.81, 127.1)
    assert (p.precision, p.lat, p.lon, p.gu) == ("exact", 35.81, 127.1, "완산구")


def test_gu_centroids_are_inside_jeonju():
    gus = placement._tables()[3]
    assert set(gus) == {"완산구", "덕진구"}
    assert gus["덕진구"]["lat"] > gus["완산구"]["lat"]  # 덕진구 lies north of 완산구
