"""Files for people: XLSX and CSV that open cleanly in Excel and never run a formula someone typed."""

from __future__ import annotations

import io
from datetime import date

import polars as pl
import xlsxwriter

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"  # what a browser needs to save an .xlsx download

# A cell starting with these is read as a formula (or DDE) by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")



def defuse_frame(df: pl.DataFrame) -> pl.DataFrame:
    """Defuse every text column (numbers stay numbers)."""
    starts = "^[" + "".join("\\t" if c == "\t" else "\\r" if c == "\r" else "\\" + c for c in _FORMULA_START) + "]"
    return df.with_columns(
        pl.when(pl.col(c).str.contains(starts)).then(pl.lit("'") + pl.col(c)).otherwise(pl.col(c)).alias(c)
        for c, t in df.schema.items() if t == pl.String
    )


def grid_safe(data):
    """What a grid shows and lets people download as CSV: polars/pandas frames defused, anything else as is."""
    if isinstance(data, pl.DataFrame):
        return defuse_frame(data)
    if type(data).__name__ == "DataFrame" and hasattr(data, "select_dtypes"):  # pandas: keep its index
        out = data.copy()
        for c in out.columns:
            if out[c].dtype == object:
                out[c] = [("'" + v) if isinstance(v, str) and v.startswith(_FORMULA_START) else v for v in out[c]]
        return out
    if isinstance(data, pl.Series):
        return defuse_frame(data.to_frame()).to_series()
    return data


def csv_bytes(df: pl.DataFrame) -> bytes:
    """UTF-8 with BOM so Excel reads Korean correctly; formula-looking text defused."""
    return b"\xef\xbb\xbf" + defuse_frame(df).write_csv().encode("utf-8")


A4_PAPER = 9  # xlsxwriter's paper code for A4


def xlsx_bytes(sheets: dict[str, pl.DataFrame], money_columns: frozenset[str] = frozenset(), *,
               title: str | None = None, made_on: date | None = None, as_of: date | None = None) -> bytes:
    """One workbook, a sheet per frame, ready to file and print: bold frozen header with an autofilter,
    `#,##0` for integers, text kept as text, A4 landscape fitted to the page width with the header row
    repeated on every printed page. With `title`, each sheet opens with a title row and a 작성일/기준일 row."""
    buf = io.BytesIO()
    top = 3 if title else 0  # title, dates, a blank row, then the table
    with xlsxwriter.Workbook(buf, {"strings_to_formulas": False, "strings_to_urls": False,
                                   "strings_to_numbers": False}) as wb:
        bold = wb.add_format({"bold": True, "font_size": 14})
        for name, df in sheets.items():
            sheet_name = name[:31]
            df.write_excel(
                workbook=wb, worksheet=sheet_name, position=(top, 0), autofit=True, autofilter=True,
                freeze_panes=(top + 1, 0),
                header_format={"bold": True, "bg_color": "#EEF2F7", "border": 1},
                column_formats={c: "#,##0" for c, t in df.schema.items() if t.is_integer() or c in money_columns},
                dtype_formats={pl.Float64: "#,##0.0#"},
            )
            ws = wb.get_worksheet_by_name(sheet_name)
            if title:
                ws.write_string(0, 0, f"{title} · {name}", bold)
                dates = [f"작성일 {made_on.isoformat()}" if made_on else "",
                         f"기준일 {as_of.isoformat()}" if as_of else ""]
                ws.write_string(1, 0, "   ".join(d for d in dates if d))
            ws.set_landscape()
            ws.set_paper(A4_PAPER)
            ws.fit_to_pages(1, 0)  # one page wide, as many pages tall as needed
            ws.repeat_rows(top)
    return buf.getvalue()


def template_xlsx(sheet: str, columns: dict[str, object], notes: dict[str, str]) -> bytes:
    """An upload template: the Korean headers with one example row, and a 설명 sheet saying what each column
    takes. Example values stay text or numbers as the importer expects them."""
    example = pl.DataFrame({k: [v] for k, v in columns.items()})
    guide = pl.DataFrame({"열": list(notes), "설명": list(notes.values())})
    return xlsx_bytes({sheet: example, "설명": guide})
