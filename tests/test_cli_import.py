"""`python -m sse_match import …`: role and ownership of the acting account, Korean summaries and errors,
nothing written on any error, memory bounded whatever the file."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from bombs import zip_bomb
from sqlalchemy import select

from sse_match import cli
from sse_match.catalog import validation
from sse_match.storage import db, schema

from .conftest import DEMO_TODAY, ROOT


@pytest.fixture
def demo(demo_url, monkeypatch):
    monkeypatch.setenv("SSE_TODAY", DEMO_TODAY.isoformat())
    eng = db.make_engine(demo_url)
    with eng.connect() as conn:
        biz = conn.execute(select(schema.enterprises.c.biz_no).where(schema.enterprises.c.biz_no.is_not(None))
                           .order_by(schema.enterprises.c.id).limit(1)).scalar_one()
    return demo_url, eng, biz


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_officer_imports_purchases_dry_run_then_for_real(demo, tmp_path, capsys):
    url, eng, biz = demo
    f = tmp_path / "p.csv"
    f.write_text(f"구매일자,사업자등록번호,구매금액,구분\n2026-11-02,{biz},1234567,물품\n2026-11-03,{biz},7654321,용역\n",
                 encoding="utf-8")
    before = db.row_counts(eng)
    code, out, _ = _run(capsys, "import", "purchases", str(f), "--login", "officer", "--dry-run", "--db", url)
    assert code == 0 and "2건" in out and "저장하지 않음" in out
    assert db.row_counts(eng) == before
    code, out, _ = _run(capsys, "import", "purchases", str(f), "--login", "officer", "--db", url)
    assert code == 0 and "2건을 넣었습니다" in out and "8,888,888원" in out
    assert db.row_counts(eng)["purchases"] == before["purchases"] + 2
    # the same file again: duplicates refused unless allowed
    code, _, err = _run(capsys, "import", "purchases", str(f), "--login", "officer", "--db", url)
    assert code == 2 and "2행 중복" in err and "3행 중복" in err
    code, _, _ = _run(capsys, "import", "purchases", str(f), "--login", "officer", "--allow-duplicates", "--db", url)
    assert code == 0 and db.row_counts(eng)["purchases"] == before["purchases"] + 4


def test_bad_rows_exit_2_with_korean_row_messages_and_nothing_written(demo, tmp_path, capsys):
    url, eng, biz = demo
    f = tmp_path / "bad.csv"
    f.write_text(f"구매일자,사업자등록번호,구매금액,구분\n2026-11-02,{biz},1000,물품\n2026-13-45,{biz},{2**62},물품\n"
                 f"2026-11-04,{biz},-5,과자\n", encoding="utf-8")
    before = db.row_counts(eng)
    code, out, err = _run(capsys, "import", "purchases", str(f), "--login", "officer", "--db", url)
    assert code == 2 and out == ""
    assert "3행 구매일자" in err and "3행 구매금액" in err and "4행 구매금액" in err and "4행 구분" in err
    assert "Traceback" not in err and "아무것도 저장하지 않았습니다" in err
    assert db.row_counts(eng) == before


def test_roles_and_ownership_of_the_acting_account(demo, tmp_path, capsys):
    url, eng, _ = demo
    cat = tmp_path / "c.csv"
    cat.write_text("제품명,분류,단가,단위\n수제 쿠키 세트,농산물·가공식품,15000,개\n", encoding="utf-8")
    assert "농산물·가공식품" in validation.categories()
    before = db.row_counts(eng)
    code, _, err = _run(capsys, "import", "catalog", str(cat), "--login", "officer", "--db", url)
    assert code == 2 and "카탈로그" in err
    code, _, err = _run(capsys, "import", "registry", str(cat), "--login", "enterprise", "--db", url)
    assert code == 2 and "관리자만" in err
    code, _, err = _run(capsys, "import", "catalog", str(cat), "--login", "nobody", "--db", url)
    assert code == 2 and "계정" in err
    assert db.row_counts(eng) == before
    code, out, _ = _run(capsys, "import", "catalog", str(cat), "--login", "enterprise", "--db", url)
    assert code == 0 and "1개" in out
    assert db.row_counts(eng)["products"] == before["products"] + 1


def test_registry_import_by_admin(demo, tmp_path, capsys):
    url, eng, _ = demo
    f = tmp_path / "r.csv"
    f.write_text("레코드ID,기업명,기업유형,주소\nCLI-1,새마을식당,마을기업,전주시 완산구 효자로 99\n", encoding="utf-8")
    code, out, _ = _run(capsys, "import", "registry", str(f), "--login", "admin", "--dry-run", "--db", url)
    assert code == 0 and "새 기업 1" in out
    code, out, _ = _run(capsys, "import", "registry", str(f), "--login", "admin", "--db", url)
    assert code == 0
    code, out, _ = _run(capsys, "import", "registry", str(f), "--login", "admin", "--db", url)
    assert code == 0 and "새 기업 0" in out and "그대로 1" in out


def test_zip_bomb_through_the_cli_stays_under_2gb_and_refuses_in_korean(demo, tmp_path):
    url, eng, _ = demo
    f = tmp_path / "bomb.xlsx"
    f.write_bytes(zip_bomb(300))
    before = db.row_counts(eng)
    code = ("import resource, sys; from sse_match import cli; rc = cli.main(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, "import", "purchases", str(f), "--login", "officer",
                           "--db", url], capture_output=True, text=True, cwd=ROOT, env=dict(os.environ), timeout=120)
    assert proc.returncode == 2
    assert "압축" in proc.stderr and "Traceback" not in proc.stderr
    peak_kb = int(proc.stderr.strip().splitlines()[-1])
    assert peak_kb < 2 * 1024 * 1024
    assert db.row_counts(eng) == before
