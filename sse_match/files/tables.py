"""Reading uploaded tables safely: CSV (UTF-8, UTF-8 with BOM, CP949) and XLSX, for every upload.

Every file is size-checked per kind before parsing, and an XLSX (a zip) is checked for its entry count,
uncompressed size and compression ratio before calamine sees it, so a decompression bomb is refused in
Korean instead of exhausting the server's memory. Parser errors (polars, calamine) become Korean
messages that name the row. One column matcher with one normalisation serves every import.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile

import polars as pl

from sse_match import errors

MB = 1024 * 1024
# Largest upload per kind, in bytes: a catalog or need list is a few thousand rows, a year's purchases
# of a large institution some hundred thousand, an official list the whole country's enterprises.
UPLOAD_LIMITS = {"catalog": 5 * MB, "needs": 5 * MB, "purchases": 20 * MB, "registry": 10 * MB,
                 "catalog_file": 200 * MB}
DEFAULT_KIND = "purchases"
# Largest uncompressed XLSX content per kind: bounds what calamine holds in memory (it needs roughly
# 2-3 times the XML size), so parsing stays far below the 2 GB a process may use.
UNCOMPRESSED_LIMITS = {"catalog": 50 * MB, "needs": 50 * MB, "purchases": 200 * MB, "registry": 100 * MB,
                       "catalog_file": 400 * MB}
MAX_ZIP_ENTRIES = 500  # an XLSX written by Excel has a few dozen parts; thousands mean a crafted file
MAX_RATIO = 150  # uncompressed / compressed per entry; real sheets stay well under 100
MAX_ROWS = {"catalog": 20_000, "needs": 20_000, "purchases": 1_000_000, "registry": 200_000,
            "catalog_file": 2_000_000}
MAX_COLUMNS = 200  # no import uses more than a dozen; a wide sheet is a wrong or crafted file


FileProblem = errors.FileProblem  # the one error parent's file kind: pages catching UserError show its message


def _mb(n: int) -> str:
    return f"{n / MB:,.0f}MB"


def check_size(raw: bytes, kind: str = DEFAULT_KIND) -> None:
    limit = UPLOAD_LIMITS.get(kind, UPLOAD_LIMITS[DEFAULT_KIND])
    if len(raw) > limit:
        raise FileProblem(f"파일이 너무 큽니다 ({_mb(len(raw))}). 한 번에 {_mb(limit)}까지 올릴 수 있습니다. "
                          "파일을 나눠서 올려 주세요.")


def check_zip(raw: bytes, kind: str = DEFAULT_KIND) -> None:
    """Refuse an XLSX whose parts would inflate beyond the kind's limit, before anything is inflated."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise FileProblem("엑셀 파일이 손상되었거나 엑셀(.xlsx) 형식이 아닙니다. 엑셀에서 다시 저장해 주세요.") from exc
    if len(infos) > MAX_ZIP_ENTRIES:
        raise FileProblem(f"엑셀 파일 구성 요소가 너무 많습니다 ({len(infos):,}개). 정상적인 엑셀 파일이 아닙니다.")
    total = sum(i.file_size for i in infos)
    limit = UNCOMPRESSED_LIMITS.get(kind, UNCOMPRESSED_LIMITS[DEFAULT_KIND])
    if total > limit:
        raise FileProblem(f"엑셀 파일의 내용이 너무 큽니다 (압축을 풀면 {_mb(total)}, 최대 {_mb(limit)}). "
                          "파일을 나누거나 CSV로 저장해 올려 주세요.")
    for i in infos:
        if i.file_size > 1 * MB and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise FileProblem("엑셀 파일의 압축 비율이 비정상적으로 큽니다 (압축 폭탄으로 보입니다). "
                              "엑셀에서 다시 저장하거나 CSV로 올려 주세요.")
    # The declared sizes can lie: inflate every part once, counting, and stop at the limit (zipfile also
    # checks each part's CRC, so a part longer than declared is refused as damaged).
    seen = 0
    try:
        for i in infos:
            with zf.open(i) as fh:
                while chunk := fh.read(MB):
                    seen += len(chunk)
                    if seen > limit:
                        raise FileProblem(f"엑셀 파일의 내용이 너무 큽니다 (압축을 풀면 {_mb(limit)} 넘음). "
                                          "파일을 나누거나 CSV로 저장해 올려 주세요.")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError,
            ValueError) as exc:
        if isinstance(exc, FileProblem):
            raise
        raise FileProblem("엑셀 파일이 손상되었거나 암호가 걸려 있습니다. 엑셀에서 다시 저장해 주세요.") from exc
    if not any(i.filename.startswith("xl/worksheets/") for i in infos):
        raise FileProblem("엑셀(.xlsx) 파일에 시트가 없습니다. 엑셀에서 다시 저장해 주세요.")


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or CP949, detected; anything else is a Korean error."""
    if not raw.strip():
        raise FileProblem("파일이 비어 있습니다.")
    if b"\x00" in raw[:4096]:
        raise FileProblem("파일 인코딩을 읽을 수 없습니다 (UTF-16이나 이진 파일). "
                          "엑셀에서 'CSV UTF-8' 또는 '엑셀 통합 문서(.xlsx)'로 저장해 주세요.")
    for enc in ("utf-8-sig", "cp949"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise FileProblem("파일 인코딩을 읽을 수 없습니다. UTF-8 또는 CP949(엑셀 기본 CSV)로 저장해 주세요.")


def _ragged_row(text: str) -> tuple[int, int, int] | None:
    """(row number as seen in Excel, fields found, fields in the header) of the first row that doesn't fit."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return None
    try:
        for k, rec in enumerate(reader):
            if rec and len(rec) != len(header):
                return k + 2, len(rec), len(header)
    except csv.Error:
        return None
    return None


def _csv_problem(text: str, exc: Exception) -> FileProblem:
    ragged = _ragged_row(text)
    if ragged:
        row, got, want = ragged
        return FileProblem(f"{row}행: 칸 수가 머리글과 다릅니다 (머리글 {want}칸, 이 행 {got}칸). "
                           "쉼표가 든 값은 큰따옴표로 감싸 주세요.")
    if "quote" in str(exc).lower() or "unterminated" in str(exc).lower():
        return FileProblem("CSV 형식이 올바르지 않습니다: 닫히지 않은 큰따옴표가 있습니다.")
    return FileProblem("CSV 형식이 올바르지 않습니다. 엑셀에서 'CSV UTF-8'로 다시 저장해 주세요.")


def looks_like_xlsx(raw: bytes, filename: str = "") -> bool:
    return filename.lower().endswith((".xlsx", ".xlsm", ".xls")) or raw[:4] == b"PK\x03\x04"


def read_table(raw: bytes, filename: str = "", kind: str = DEFAULT_KIND) -> pl.DataFrame:
    """A CSV or XLSX upload as an all-string frame with trimmed header names; refused in Korean when it is
    too large, a zip bomb, unreadable, ragged, or has the same column twice."""
    check_size(raw, kind)
    if looks_like_xlsx(raw, filename):
        if raw[:4] == b"PK\x03\x04":
            check_zip(raw, kind)
        elif raw[:8] != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # neither a zip nor an old-style .xls
            raise FileProblem("엑셀 파일 형식을 알아볼 수 없습니다. 엑셀에서 '엑셀 통합 문서(.xlsx)'로 다시 저장해 주세요.")
        try:
            df = pl.read_excel(io.BytesIO(raw), engine="calamine", infer_schema_length=0)
        except Exception as exc:  # calamine/polars messages are English and technical
            raise FileProblem("엑셀 파일을 읽을 수 없습니다. 파일이 손상되었거나 암호가 걸려 있습니다. "
                              "엑셀에서 다시 저장해 주세요.") from exc
    else:
        text = decode(raw)
        try:
            df = pl.read_csv(io.StringIO(text), infer_schema_length=0, truncate_ragged_lines=False,
                             n_rows=MAX_ROWS.get(kind, MAX_ROWS[DEFAULT_KIND]) + 1)
        except Exception as exc:
            raise _csv_problem(text, exc) from exc
    names = [str(c).strip().lstrip("\ufeff").strip() for c in df.columns]
    dup = [c for c in df.columns if re.search(r"_duplicated_\d+$", str(c))]
    seen: dict[str, str] = {}
    for c in names:
        key = normalise(c)
        if key and key in seen:
            dup.append(c)
        seen.setdefault(key, c)
    if dup:
        shown = sorted({re.sub(r"_duplicated_\d+$", "", str(c)) for c in dup})
        raise FileProblem(f"1행(머리글): 같은 이름의 열이 두 번 이상 있습니다: {', '.join(shown)}. "
                          "어느 열을 쓸지 알 수 없으니 하나만 남겨 주세요.")
    df = df.rename(dict(zip(df.columns, names, strict=True)))
    if df.width > MAX_COLUMNS:
        raise FileProblem(f"열이 너무 많습니다 ({df.width:,}개, 최대 {MAX_COLUMNS}개).")
    if df.height == 0:
        raise FileProblem("파일에 자료 행이 없습니다.")
    limit = MAX_ROWS.get(kind, MAX_ROWS[DEFAULT_KIND])
    if df.height > limit:
        raise FileProblem(f"행이 너무 많습니다. 한 번에 {limit:,}행까지 올릴 수 있습니다.")
    return df


# ---- column names -------------------------------------------------------------------------------
def normalise(name: object) -> str:
    """The one normalisation for matching header names: NFKC, lower case, no spaces or underscores."""
    return re.sub(r"[\s_\u3000]+", "", unicodedata.normalize("NFKC", str(name or "")).strip().lower())


def match_columns(columns: list[str], aliases: dict[str, tuple[str, ...]]) -> dict[str, str | None]:
    """For each field, the first of its aliases that is a column of the file (after `normalise`)."""
    by_norm: dict[str, str] = {}
    for c in columns:
        by_norm.setdefault(normalise(c), c)
    return {f: next((by_norm[normalise(a)] for a in names if normalise(a) in by_norm), None)
            for f, names in aliases.items()}


def pick(columns: list[str], aliases: tuple[str, ...]) -> str | None:
    return match_columns(columns, {"_": aliases})["_"]
