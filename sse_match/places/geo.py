"""Jeonju's 행정동 and 법정동 facts from `data/` (SGIS boundaries via admdongkor, CC BY 4.0)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import polars as pl

from sse_match import plan
from sse_match.config import DATA_DIR

GUS = plan.GUS
# A box around Jeonju: a coordinate outside it is a typo (swapped or from another city).
JEONJU_LAT = (35.6, 36.1)
JEONJU_LON = (126.9, 127.4)


def in_jeonju(lat: float, lon: float) -> bool:
    return JEONJU_LAT[0] < lat < JEONJU_LAT[1] and JEONJU_LON[0] < lon < JEONJU_LON[1]


@lru_cache(maxsize=1)
def admin_dongs_all() -> pl.DataFrame:
    """Every 행정동 with its validity period (merged and split dongs included)."""
    return pl.read_csv(
        DATA_DIR / "admin_dongs.csv",
        schema_overrides={"adm_code": pl.String, "adm_code_2024": pl.String},
        try_parse_dates=True,
    )


def admin_dongs(on: date) -> pl.DataFrame:
    """The 행정동 that existed on a date (e.g. 금암1·2동 before 2025-03-10, 금암동 after)."""
    df = admin_dongs_all()
    return df.filter(
        (pl.col("valid_from").is_null() | (pl.col("valid_from") <= on))
        & (pl.col("valid_to").is_null() | (pl.col("valid_to") >= on))
    )


@lru_cache(maxsize=1)
def legal_dongs() -> pl.DataFrame:
    return pl.read_csv(DATA_DIR / "legal_dongs.csv", schema_overrides={"code": pl.String})
