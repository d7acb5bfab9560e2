"""Files for people: XLSX and CSV that open cleanly in Excel and never run a formula someone typed."""

from __future__ import annotations

import io

import polars as pl
import xlsxwriter

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


def xlsx_bytes(sheets: dict[str, pl.DataFrame], money_columns: frozenset[str] = frozenset()) -> bytes:
    """One workbook, a sheet per frame: bold frozen header, `#,##0` for integers, text kept as text."""
    buf = io.BytesIO()
    with xlsxwriter.Workbook(buf, {"strings_to_formulas": False, "strings_to_urls": False,
                                   "strings_to_numbers": False}) as wb:
        for name, df in sheets.items():
            df.write_excel(
                workbook=wb, worksheet=name[:31], autofit=True, freeze_panes=(1, 0),
                header_format={"bold": True, "bg_color": "#EEF2F7", "border": 1},
                column_formats={c: "#,##0" for c, t in df.schema.items() if t.is_integer() or c in money_columns},
                dtype_formats={pl.Float64: "0.00"},
            )
    return buf.getvalue()
