"""Official open-data lists import: preview, apply, idempotent; on SQLite and PostgreSQL."""

from datetime import date, datetime

import pytest

from sse_match.accounts.access import SYSTEM, PermissionDenied
from sse_match.catalog import enterprises as registry
from sse_match.catalog.validation import ValidationFailed

from .conftest import ROOT

pytestmark = pytest.mark.pg
REAL = ROOT.parent / "shared" / "data" / "real"
FILES = ["jeonju_village_enterprises_mois_2025.csv", "jeonju_self_support_enterprises_2025.csv"]
TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def real_files():
    missing = [f for f in FILES if not (REAL / f).exists()]
    if missing:
        pytest.fail(f"../shared/data/real is missing {missing}")
    return {f: (REAL / f).read_bytes() for f in FILES}


def test_import_both_official_lists_twice(engine, real_files):
    first = {}
    for name, raw in real_files.items():
        preview = registry.preview_import(engine, raw, name)
        assert not preview.errors
        first[name] = registry.apply_import(engine, SYSTEM, preview, TODAY, datetime(2026, 11, 25, 9))
    assert first[FILES[0]] == {"new": 7, "updated": 0, "unchanged": 0}
    assert first[FILES[1]] == {"new": 15, "updated": 0, "unchanged": 0}
    for name, raw in real_files.items():  # second run: all unchanged, nothing written
        again = registry.preview_import(engine, raw, name)
        assert again.counts == {"new": 0, "updated": 0, "unchanged": first[name]["new"]}
    from sqlalchemy import func, select

    from sse_match.storage import schema

    with engine.connect() as conn:
        rows = conn.execute(select(schema.enterprises.c.se_type, func.count()).group_by(schema.enterprises.c.se_type)
                            ).all()
    assert dict(rows) == {"마을기업": 7, "자활기업": 15}


def test_matching_by_name_and_address_when_ids_differ(engine, real_files):
    raw = real_files[FILES[1]]
    registry.apply_import(engine, SYSTEM, registry.preview_import(engine, raw, FILES[1]), TODAY)
    # the same records written differently: no record id, other company-form spelling, new province name
    text = raw.decode("utf-8").replace("DATA_GO_KR_15091502:row-", "OTHER:").replace("(유)이크린월드", "유한회사 이크린월드")
    text = text.replace("전라북도 전주시", "전북특별자치도 전주시")
    mapping = registry.default_mapping(["source_record_id", "name", "se_type", "category", "address", "business",
                                        "gu", "source"])
    mapping["source_record_id"] = None
    preview = registry.preview_import(engine, text.encode(), "x.csv", mapping)
    assert preview.counts["new"] == 0
    assert preview.counts["updated"] == 15  # only spelling of name/address changes: updates, not duplicates


def test_bad_rows_and_permissions(engine, real_files):
    bad = "name,se_type,address\n좋은기업,마을기업,전주시 완산구 1\n나쁜기업,주식회사,전주시\n".encode()
    preview = registry.preview_import(engine, bad, "bad.csv")
    assert [(e.row, e.column) for e in preview.errors] == [(3, "se_type")]
    with pytest.raises(ValidationFailed):
        registry.apply_import(engine, SYSTEM, preview, TODAY)
    from sse_match.accounts.access import Actor

    good = registry.preview_import(engine, real_files[FILES[0]], FILES[0])
    with pytest.raises(PermissionDenied):
        registry.apply_import(engine, Actor(5, "x", "enterprise", enterprise_id=1), good, TODAY)


@pytest.mark.parametrize(("a", "b"), [
    ("(유)이크린월드", "유한회사 이크린월드"), ("주) 케이앤에스건설", "(주)케이앤에스건설"), ("카페120협동조합", "카페120 협동조합")])
def test_name_normalisation(a, b):
    assert registry.norm_name(a) == registry.norm_name(b)


def test_address_normalisation():
    assert registry.norm_address("전라북도 전주시 완산구 안심새길 55 (상림동)") == \
        registry.norm_address("전북특별자치도 전주시 완산구 안심새길 55")
