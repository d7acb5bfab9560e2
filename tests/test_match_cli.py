"""`python -m sse_match match` on a catalog and needs the engine was never tuned on."""

import subprocess
import sys

import polars as pl
import pytest

from .conftest import ROOT

DATA = ROOT / "tests" / "data"
HEADER = "수요번호,순위,제품코드,기업명,제품명,점수"


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "sse_match", "match", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("needs", ["unseen_needs.csv", "unseen_needs_cp949.csv"])
def test_match_on_unseen_catalog(tmp_path, needs):
    out = tmp_path / "out.csv"
    r = run("--catalog", str(DATA / "unseen_catalog.csv"), "--needs", str(DATA / needs), "--top", "3",
            "--out", str(out))
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0] == HEADER
    df = pl.read_csv(out, infer_schema_length=0).fill_null("")
    first = {n: g.sort("순위")["제품코드"][0] for (n,), g in df.group_by("수요번호")}
    expected = {"N1": "U001", "N2": "U002", "N3": "U003", "N4": "U005", "N5": "U010", "N6": "U006",
                "N8": "U007", "N9": "U015", "N10": ""}
    assert {n: first[n] for n in expected} == expected
    rows = df.filter(pl.col("수요번호") == "N10")  # no match: exactly one row, empty product code
    assert rows.height == 1 and rows["제품코드"][0] == ""
    # N7 (헬리콥터 대여) is only weakly tied to the catalog through 대여: the fitted cutoff (issue 11 report)
    # may let it through, but its confidence stays far below every real need's.
    top = df.filter(pl.col("순위") == "1").with_columns(pl.col("점수").cast(pl.Float64))
    n7 = top.filter(pl.col("수요번호") == "N7")["점수"]
    real = top.filter(pl.col("수요번호").is_in(["N1", "N2", "N3", "N4", "N5", "N6", "N8", "N9"]))["점수"]
    assert n7.len() == 0 or n7.max() < real.min() / 2
    assert df.group_by("수요번호").len()["len"].max() <= 3
    matched = df.filter(pl.col("제품코드") != "")
    assert matched["점수"].cast(pl.Float64).is_between(0, 1).all()


@pytest.mark.parametrize(("content", "message"), [
    (b"", "비어"),
    ("제품코드,기업명\nX,Y\n".encode(), "필요한 열"),
    ("수요번호,수요내용\n1,도시락\n".encode("utf-16"), "인코딩"),
])
def test_bad_catalog_is_refused_with_korean_error(tmp_path, content, message):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    out = tmp_path / "out.csv"
    r = run("--catalog", str(bad), "--needs", str(DATA / "unseen_needs.csv"), "--out", str(out))
    assert r.returncode == 2
    assert message in r.stderr and r.stderr.startswith("오류:")
    assert not out.exists()


def test_bad_needs_are_refused(tmp_path):
    bad = tmp_path / "needs.csv"
    bad.write_text("번호,비고\n1,x\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    r = run("--catalog", str(DATA / "unseen_catalog.csv"), "--needs", str(bad), "--out", str(out))
    assert r.returncode == 2 and "수요내용" in r.stderr and not out.exists()
    missing = run("--catalog", str(DATA / "unseen_catalog.csv"), "--needs", str(tmp_path / "nope.csv"),
                  "--out", str(out))
    assert missing.returncode == 2 and "찾을 수 없습니다" in missing.stderr


def test_match_uses_the_database_catalog_without_catalog_flag(tmp_path, demo_url):
    needs = tmp_path / "needs.csv"
    needs.write_text("수요번호,수요내용,수량,예산\n1,도시락 30개,30,\n2,우주선 발사,1,\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    r = subprocess.run([sys.executable, "-m", "sse_match", "match", "--needs", str(needs), "--out", str(out),
                        "--db", demo_url], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    df = pl.read_csv(out, infer_schema_length=0).fill_null("")
    assert df.filter(pl.col("수요번호") == "1")["제품명"].str.contains("도시락").all()
    assert df.filter(pl.col("수요번호") == "2")["제품코드"].to_list() == [""]
