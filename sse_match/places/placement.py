"""Placing an enterprise on the map from its address, with an honest precision.

A 행정동 named in the address (효자3동; old names such as 금암1동 still place) → that dong's centroid;
a 법정동 (효자동3가, a bracketed "(상림동)", "(평화동 3가)") → its representative point; only a 구 → the
구's centroid; nothing usable → unplaced. Coordinates typed by the admin always win ("exact").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import polars as pl

from sse_match.places import geo

PREFIX_RE = re.compile(r"^\s*(전북특별자치도|전라북도|전북)\s*")


@dataclass(frozen=True)
class Placement:
    precision: str  # exact | 행정동 | 법정동 | 구 | none
    gu: str | None = None
    dong: str | None = None  # the 행정동 today (금암1동 → 금암동)
    adm_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    matched: str = ""  # the words of the address it was placed by


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], dict[str, Any]]:
    adm = geo.admin_dongs_all()
    admin = {r["dong"]: r for r in adm.iter_rows(named=True)}
    legal = {r["legal_dong"]: r for r in geo.legal_dongs().iter_rows(named=True)}
    # a bare 법정동 stem (효자동 for 효자동1가…3가): the mean point of its parts
    stems: dict[str, list[dict[str, Any]]] = {}
    for name, r in legal.items():
        m = re.match(r"^(.+동)\d+가$", name)
        if m:
            stems.setdefault(m.group(1), []).append(r)
    stem_points = {s: {"gu": rs[0]["gu"], "lat": sum(r["lat"] for r in rs) / len(rs),
                       "lon": sum(r["lon"] for r in rs) / len(rs), "legal_dong": s} for s, rs in stems.items()
                   if s not in legal}
    gus = {g: {"lat": float(d["lat"].mean() or 0.0), "lon": float(d["lon"].mean() or 0.0)}  # type: ignore[arg-type]
           for g, d in adm.filter(pl.col("valid_to").is_null()).group_by("gu") for g in [g[0]]}
    return admin, legal, stem_points, gus


def _current(dong: dict[str, Any], admin: dict[str, Any]) -> dict[str, Any]:
    """An ended dong (금암1동) to the one that took its place (금암동), keeping the old point."""
    succ = dong.get("successor")
    return admin.get(succ, dong) if succ else dong


def _nearest_admin(gu: str, lat: float, lon: float) -> dict[str, Any]:
    admin = _tables()[0]
    live = [d for d in admin.values() if d["gu"] == gu and d["valid_to"] is None]
    return min(live, key=lambda d: (d["lat"] - lat) ** 2 + (d["lon"] - lon) ** 2)


def place(address: str | None, lat: float | None = None, lon: float | None = None) -> Placement:
    admin, legal, stems, gus = _tables()
    text = PREFIX_RE.sub("", address or "")
    gu_m = re.search(r"(완산구|덕진구)", text)
    gu = gu_m.group(1) if gu_m else None
    if lat is not None and lon is not None:
        near = _nearest_admin(gu, lat, lon) if gu else None
        return Placement("exact", gu, near["dong"] if near else None, near["adm_code"] if near else None, lat, lon,
                         "입력한 좌표")
    squeezed = re.sub(r"\s+", "", text)
    # 1. a 행정동 name (longest first: 효자5동 before 효자동, 중화산2동 …)
    for name in sorted(admin, key=len, reverse=True):
        if re.search(rf"(?<![가-힣]){re.escape(name)}(?![가-힣0-9])", text) or f"({name})" in squeezed:
            d = admin[name]
            cur = _current(d, admin)
            return Placement("행정동", d["gu"], cur["dong"], cur["adm_code"] or d["adm_code"], d["lat"], d["lon"], name)
    # 2. a 법정동 (with or without spaces before 가, in brackets or not)
    for name in sorted(legal, key=len, reverse=True):
        if name and name in squeezed and (len(name) > 2 or f"({name})" in squeezed):
            r = legal[name]
            near = _nearest_admin(r["gu"], r["lat"], r["lon"])
            return Placement("법정동", r["gu"], near["dong"], near["adm_code"], r["lat"], r["lon"], name)
    for name, r in stems.items():
        if re.search(rf"(?<![가-힣]){re.escape(name)}(?![가-힣0-9])", text):
            near = _nearest_admin(r["gu"], r["lat"], r["lon"])
            return Placement("법정동", r["gu"], near["dong"], near["adm_code"], r["lat"], r["lon"], name)
    # 3. only a 구
    if gu:
        return Placement("구", gu, None, None, gus[gu]["lat"], gus[gu]["lon"], gu)
    return Placement("none")

