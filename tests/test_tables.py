"""Uploads are read safely: size caps, zip bombs, Korean parser errors, ambiguous headers, one column matcher."""

from __future__ import annotations

import resource

import polars as pl
import pytest
from bombs import lying_sizes, many_entries, xlsx, zip_bomb

from sse_match.catalog import enterprises as registry
from sse_match.catalog import listing as catalog
from sse_match.files import tables
from sse_match.purchases import records as purchases


def _refused(raw: bytes, name: str, kind: str = "catalog") -> str:
    with pytest.raises(tables.FileProblem) as info:
        tables.read_table(raw, name, kind)
    message = str(info.value)
    assert any("\uac00" <= ch <= "\ud7a3" for ch in message), message
    return message


def test_zip_bomb_is_refused_before_parsing_and_memory_stays_low():
    bomb = zip_bomb(60)
    assert len(bomb) < 1024 * 1024  # under a megabyte on disk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    message = _refused(bomb, "bomb.xlsx", "catalog")
    assert "압축" in message
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100


def test_zip_bomb_refused_through_every_import():
    bomb = zip_bomb(60)
    rows, errors = __import__("sse_match.catalog.products", fromlist=["x"]).parse_bulk(bomb, "b.xlsx")
    assert rows == [] and "압축" in str(errors[0])
    with pytest.raises(tables.FileProblem):
        catalog.read_needs(bomb, "b.xlsx")


def test_many_zip_entries_and_lying_sizes_are_refused():
    assert "구성 요소" in _refused(many_entries(2000), "m.xlsx")
    message = _refused(lying_sizes(), "l.xlsx", "purchases")
    assert "손상" in message


def test_upload_size_is_capped_per_kind():
    raw = ("제품명,단가\n" + "도시락,1000\n" * 600_000).encode()
    assert len(raw) > tables.UPLOAD_LIMITS["catalog"]
    assert "너무 큽니다" in _refused(raw, "big.csv", "catalog")
    assert tables.read_table(raw, "big.csv", "purchases").height == 600_000


def test_parser_errors_are_korean_and_name_the_row():
    ragged = "제품명,단가\n도시락,1000\n현수막,2000,여분\n".encode()
    message = _refused(ragged, "r.csv")
    assert "3행" in message and "Schema" not in message
    assert "형식" in _refused(b"not a spreadsheet at all", "x.xlsx")
    assert "Cannot" not in _refused(b"PK\x03\x04garbage", "x.xlsx")
    assert "UTF-16" in _refused("제품명,단가\n".encode("utf-16"), "u.csv")


def test_duplicate_header_is_ambiguous():
    raw = "구매일자,구매금액,구매금액\n2026-01-02,1000,2000\n".encode()
    assert "구매금액" in _refused(raw, "d.csv", "purchases")
    spaced = "구매일자,구매금액,구매 금액\n2026-01-02,1000,2000\n".encode()
    assert "두 번" in _refused(spaced, "d.csv", "purchases")
    book = xlsx(pl.DataFrame({"구매금액": ["1"], "구매 금액": ["2"]}))
    assert "두 번" in _refused(book, "d.xlsx", "purchases")


def test_one_column_matcher_for_every_import():
    cols = ["계약 일자", "구매금액 ", "사업자 등록번호", "구분"]
    m = purchases.default_mapping(cols)
    assert m["purchased_on"] == "계약 일자" and m["amount"] == "구매금액 " and m["biz_no"] == "사업자 등록번호"
    r = registry.default_mapping(["기업 명", "유형", "소재지", "레코드ID", "Biz_No"])
    assert r["name"] == "기업 명" and r["source_record_id"] == "레코드ID" and r["biz_no"] == "Biz_No"
    assert tables.match_columns(["품 명", "예산액"], catalog.NEEDS_ALIASES)["text"] == "품 명"
