"""Exports open cleanly and never run what someone typed."""

import io

import polars as pl

from sse_match.catalog import listing as catalog
from sse_match.files import export


def test_formula_looking_text_is_defused():
    df = pl.DataFrame({"name": ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx", "도시락"],
                       "amount": [1, 2, 3, 4, 5, 6]})
    out = export.defuse_frame(df)
    assert out["name"].to_list() == ["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "도시락"]
    assert out["amount"].to_list() == [1, 2, 3, 4, 5, 6]
    raw = export.csv_bytes(df)
    assert raw.startswith(b"\xef\xbb\xbf") and b"'=HYPERLINK" in raw


def test_xlsx_keeps_text_as_text_and_numbers_as_numbers():
    df = pl.DataFrame({"제품": ["=1+1", "<script>alert(1)</script>"], "단가": [1_234_567, 98_765_432_109]})
    raw = export.xlsx_bytes({"결과": df, "수요": df})
    back = pl.read_excel(io.BytesIO(raw), sheet_name="결과")
    assert back["제품"].to_list() == ["=1+1", "<script>alert(1)</script>"]
    assert back["단가"].to_list() == [1_234_567, 98_765_432_109]
    import zipfile

    sheet = zipfile.ZipFile(io.BytesIO(raw)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula cell anywhere


def test_needs_files_in_any_encoding_and_column_names():
    utf8 = "번호,품명,추정가격\n1,도시락 20개,\"300,000\"\n2,현수막,\n".encode()
    cp949 = "번호,품명,추정가격\n1,도시락 20개,300000\n2,현수막,\n".encode("cp949")
    a, b = catalog.read_needs(utf8, "a.csv"), catalog.read_needs(cp949, "b.csv")
    assert a.equals(b)
    assert a["budget"].to_list() == [300_000, None]
    xlsx = export.xlsx_bytes({"s": pl.DataFrame({"수요내용": ["도시락"], "예산": ["500000"]})})
    c = catalog.read_needs(xlsx, "c.xlsx")
    assert c["text"].to_list() == ["도시락"] and c["budget"].to_list() == [500_000]
