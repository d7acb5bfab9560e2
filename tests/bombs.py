"""Crafted spreadsheet files for the file-reading tests and the fuzz corpus (generated, never stored)."""

from __future__ import annotations

import io
import zipfile

import polars as pl

from sse_match.files import export


def xlsx(df: pl.DataFrame) -> bytes:
    return export.xlsx_bytes({"s": df})


def zip_bomb(inflated_mb: int = 60, entries: int = 1) -> bytes:
    """A valid-looking XLSX whose sheet inflates to `inflated_mb` MB of repeated rows (compresses ~1000×)."""
    base = zipfile.ZipFile(io.BytesIO(xlsx(pl.DataFrame({"제품명": ["a"], "단가": ["1"]}))))
    out = io.BytesIO()
    row = b'<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>' * 1000
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in base.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                z.writestr(info.filename, base.read(info.filename))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                     b'2006/main"><sheetData>')
            for _ in range(inflated_mb * 1024 * 1024 // len(row)):
                fh.write(row)
            fh.write(b"</sheetData></worksheet>")
        for k in range(entries - 1):
            z.writestr(f"xl/media/pad{k}.bin", b"x")
    return out.getvalue()


def many_entries(n: int = 2000) -> bytes:
    return zip_bomb(0, entries=n)


def lying_sizes() -> bytes:
    """A zip whose central directory claims a tiny sheet while the data inflates much larger."""
    raw = bytearray(zip_bomb(8))
    z = zipfile.ZipFile(io.BytesIO(bytes(raw)))
    info = z.getinfo("xl/worksheets/sheet1.xml")
    true_size = info.file_size
    fake = (1000).to_bytes(4, "little")
    for size_bytes in (true_size.to_bytes(4, "little"),):
        start = 0
        while (i := raw.find(size_bytes, start)) != -1:
            raw[i:i + 4] = fake
            start = i + 4
    return bytes(raw)
