"""기업 지도: where enterprises, jobs and public money are, and where demand has no local supplier.

The deck never needs a tile server: with no boundary file it draws 구·동 names at the dong centroids,
and with one it colours the 행정동 polygons. Every text a user wrote reaches the browser as a tooltip
in text mode (innerText) or as canvas glyphs, never as HTML.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import polars as pl
import pydeck as pdk
from sqlalchemy import Engine, insert, select

from sse_match import config
from sse_match.places import geo
from sse_match.places.placement import _tables
from sse_match.storage import schema
from sse_match.storage.db import read_frame
from sse_match.text import GROUP_OF_TYPE
from sse_match.workforce import Workforce

CENTER = {"latitude": 35.835, "longitude": 127.12, "zoom": 11.2}
TYPE_COLORS = {"사회적기업": [31, 119, 180], "예비사회적기업": [120, 170, 220], "마을기업": [44, 160, 44],
               "자활기업": [255, 127, 14], "협동조합": [148, 103, 189], "사회적협동조합": [214, 39, 40]}
MEASURES = {"enterprises": "기업 수", "workers": "근로자", "received": "구매 받은 금액(원)", "per_km2": "km²당 기업 수"}
# pydeck turns plain strings into accessor expressions: literal strings must be wrapped in types.String.
KOREAN_FONT = pdk.types.String("Noto Sans CJK KR, Noto Sans KR, Malgun Gothic, Apple SD Gothic Neo, sans-serif")
AUTO_CHARSET = pdk.types.String("auto")  # glyphs for every character the labels use, Hangul included
# A basemap style with no sources: a plain background, so nothing is fetched from a tile server (Streamlit would
# otherwise fill an empty style with a Carto basemap).
OFFLINE_STYLE = "data:application/json;charset=utf-8," + quote(json.dumps(
    {"version": 8, "name": "offline", "sources": {},
     "layers": [{"id": "background", "type": "background", "paint": {"background-color": "#f3f1ec"}}]}))
TOOLTIP = {"text": "{name}\n{se_type} · 근로자 {workers}명\n{place}"}  # text mode: shown as typed, never as HTML


def boundary_path() -> Path | None:
    """SSE_BOUNDARY_GEOJSON, else `[map] boundary_geojson` in secrets; the polygons stay outside the project."""
    value = os.environ.get("SSE_BOUNDARY_GEOJSON") or config.secret("map", "boundary_geojson")
    return Path(value) if value and Path(value).is_file() else None


def load_boundary(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def enterprises_frame(engine: Engine, today: date) -> pl.DataFrame:
    """One row per active, placed enterprise: type, place, workers today, categories, certification."""
    e = schema.enterprises.c
    with engine.connect() as conn:
        ents = read_frame(conn, select(e.id, e.name, e.se_type, e.gu, e.dong, e.lat, e.lon, e.placement, e.categories,
                                  e.cert_expiry, e.address, e.main_business)
                     .where(e.status == "active", (e.closed_on.is_(None)) | (e.closed_on > today)),
                     {"id": pl.Int64, "lat": pl.Float64, "lon": pl.Float64, "cert_expiry": pl.Date})
    workers = Workforce.load(engine).on(today).select("id", "workers")
    ended = geo.admin_dongs_all().filter(pl.col("successor").is_not_null())
    successor = dict(zip(ended["dong"], ended["successor"], strict=True))  # 금암1동 → 금암동 (2025)
    return (ents.join(workers, on="id", how="left")
            .with_columns(pl.col("dong").replace(successor))
            .with_columns(pl.col("workers").fill_null(0),
                          group=pl.col("se_type").replace_strict(GROUP_OF_TYPE, default=None),
                          cert_valid=pl.col("cert_expiry").is_null() | (pl.col("cert_expiry") >= today),
                          place=pl.concat_str([pl.col("gu").fill_null(""), pl.col("dong").fill_null("")],
                                              separator=" ").str.strip_chars(),
                          color=pl.col("se_type").replace_strict(TYPE_COLORS, default=[128, 128, 128],
                                                                 return_dtype=pl.List(pl.Int64))))


def filter_frame(df: pl.DataFrame, *, types=None, categories=None, places=None, cert_only: bool = False,
                 placed_only: bool = True) -> pl.DataFrame:
    conds = [pl.lit(True)]
    if types:
        conds.append(pl.col("se_type").is_in(types))
    if categories:
        conds.append(pl.any_horizontal([pl.col("categories").fill_null("").str.contains(c, literal=True)
                                        for c in categories]))
    if places:
        conds.append(pl.col("gu").is_in(places) | pl.col("dong").is_in(places))
    if cert_only:
        conds.append(pl.col("cert_valid"))
    if placed_only:
        conds.append(pl.col("lat").is_not_null())
    return df.filter(pl.all_horizontal(conds))


def with_received(df: pl.DataFrame, purchases: pl.DataFrame, year: int | None) -> pl.DataFrame:
    """Add what each enterprise received from public buyers (the year, or all years)."""
    p = purchases if year is None else purchases.filter(pl.col("year") == year)
    got = p.group_by("enterprise_id").agg(received=pl.col("amount").sum())
    return df.join(got, left_on="id", right_on="enterprise_id", how="left").with_columns(
        pl.col("received").fill_null(0))


def dong_aggregates(df: pl.DataFrame, today: date) -> pl.DataFrame:
    """Per 행정동: enterprises, workers, purchases received, enterprises per km²."""
    dongs = geo.admin_dongs(today).select("gu", "dong", "adm_code", "lat", "lon", "area_km2")
    agg = df.group_by("dong").agg(enterprises=pl.len(), workers=pl.col("workers").sum(),
                                  received=pl.col("received").sum())
    return (dongs.join(agg, on="dong", how="left")
            .with_columns(pl.col("enterprises", "workers", "received").fill_null(0))
            .with_columns(per_km2=(pl.col("enterprises") / pl.col("area_km2")).round(2)))


def place_labels(today: date) -> pl.DataFrame:
    """구 and 행정동 names at their centroids: the map reads without tiles or a boundary file."""

    dongs = geo.admin_dongs(today).select(label="dong", lat="lat", lon="lon").with_columns(size=pl.lit(12))
    gus = pl.DataFrame([{"label": g, "lat": v["lat"] + 0.012, "lon": v["lon"], "size": 20}
                        for g, v in _tables()[3].items()])
    return pl.concat([dongs, gus], how="vertical_relaxed")


def _ramp(values: list[float]) -> list[list[int]]:
    top = max(values) if values and max(values) > 0 else 1
    return [[255, int(245 - 190 * v / top), int(235 - 200 * v / top), 170] for v in values]


def boundary_with_measure(boundary: dict[str, Any], per_dong: pl.DataFrame, measure: str) -> dict[str, Any]:
    """Copy of the GeoJSON with the measure and a fill colour on each 행정동 (matched by 10-digit code or name)."""
    by_code = {r["adm_code"]: r for r in per_dong.iter_rows(named=True) if r["adm_code"]}
    by_name = {r["dong"]: r for r in per_dong.iter_rows(named=True)}
    values = [float(r[measure] or 0) for r in per_dong.iter_rows(named=True)]
    colors = dict(zip(per_dong["dong"], _ramp(values), strict=True))
    features = []
    for f in boundary.get("features", []):
        props = dict(f.get("properties", {}))
        name = str(props.get("adm_nm", "")).split()[-1]
        row = by_code.get(str(props.get("adm_cd2", ""))) or by_name.get(name)
        if row is None and name in ("금암1동", "금암2동"):  # merged in 2025: both polygons show 금암동
            row = by_name.get("금암동")
        props.update(dong=row["dong"] if row else name, value=row[measure] if row else 0,
                     fill=colors.get(row["dong"]) if row else [230, 230, 230, 120])
        features.append({**f, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def arcs(purchases: pl.DataFrame, institutions: pl.DataFrame, ents: pl.DataFrame, year: int | None,
         top: int = 30) -> pl.DataFrame:
    """The largest institution → enterprise flows of the year, with both ends placed."""
    p = purchases if year is None else purchases.filter(pl.col("year") == year)
    flows = p.group_by("institution_id", "enterprise_id").agg(amount=pl.col("amount").sum())
    return (flows.join(institutions, on="institution_id")
            .join(ents.select(pl.col("id").alias("enterprise_id"), "name", pl.col("lat").alias("to_lat"),
                              pl.col("lon").alias("to_lon")), on="enterprise_id")
            .drop_nulls(["lat", "lon", "to_lat", "to_lon"]).sort("amount", descending=True).head(top))


def build_deck(points: pl.DataFrame, *, mode: str = "points", labels: pl.DataFrame | None = None,
               boundary: dict[str, Any] | None = None, flows: pl.DataFrame | None = None,
               gaps: pl.DataFrame | None = None, picked: int | None = None) -> pdk.Deck:
    """The map: no basemap (no tiles needed), boundary or 동 labels, enterprises, aggregates, flows, gaps."""
    layers = []
    if boundary is not None:
        layers.append(pdk.Layer("GeoJsonLayer", boundary, id="boundary", pickable=False, stroked=True, filled=True,
                                get_fill_color="properties.fill", get_line_color=[90, 90, 90, 200],
                                line_width_min_pixels=1))
    data = points.select("id", "name", "se_type", "workers", "place", "lat", "lon", "color").to_dicts()
    if mode == "hexagon":
        layers.append(pdk.Layer("HexagonLayer", data, id="hexagons", get_position=["lon", "lat"], radius=400,
                                elevation_scale=8, extruded=True, coverage=0.9, pickable=False))
    elif mode == "columns":
        layers.append(pdk.Layer("ColumnLayer", data, id="columns", get_position=["lon", "lat"],
                                get_elevation="workers", elevation_scale=40, radius=120, get_fill_color="color",
                                pickable=True, auto_highlight=True))
    else:
        layers.append(pdk.Layer("ScatterplotLayer", data, id="enterprises", get_position=["lon", "lat"],
                                get_fill_color="color", get_radius="workers * 12 + 90", radius_min_pixels=3,
                                radius_max_pixels=26, opacity=0.85, stroked=True, get_line_color=[255, 255, 255],
                                line_width_min_pixels=1, pickable=True, auto_highlight=True))
    if flows is not None and flows.height:
        layers.append(pdk.Layer("ArcLayer", flows.to_dicts(), id="flows", get_source_position=["lon", "lat"],
                                get_target_position=["to_lon", "to_lat"], get_source_color=[30, 60, 160, 180],
                                get_target_color=[220, 60, 60, 180], get_width=2, pickable=False))
    if gaps is not None and gaps.height:
        layers.append(pdk.Layer("TextLayer", gaps.to_dicts(), id="gaps", get_position=["lon", "lat"],
                                get_text="label", get_size=13, get_color=[180, 20, 20], character_set=AUTO_CHARSET,
                                font_family=KOREAN_FONT, get_pixel_offset=[0, 28], background=True,
                                get_background_color=[255, 255, 255, 220]))
    if labels is not None and labels.height:
        layers.append(pdk.Layer("TextLayer", labels.select("label", "lat", "lon", "size").to_dicts(), id="labels",
                                get_position=["lon", "lat"], get_text="label", get_size="size",
                                get_color=[40, 40, 40, 230], character_set=AUTO_CHARSET, font_family=KOREAN_FONT,
                                background=True, get_background_color=[255, 255, 255, 170],
                                background_padding=[2, 1]))
    chosen = points.filter(pl.col("id") == picked).drop_nulls(["lat", "lon"]) if picked is not None else None
    if chosen is not None and chosen.height:  # the picked enterprise's name, drawn as glyphs on the canvas
        layers.append(pdk.Layer("TextLayer", chosen.select("name", "lat", "lon").to_dicts(), id="picked",
                                get_position=["lon", "lat"], get_text="name", get_size=15, get_color=[20, 20, 20],
                                character_set=AUTO_CHARSET, font_family=KOREAN_FONT, get_pixel_offset=[0, -22],
                                background=True, get_background_color=[255, 255, 200, 230],
                                background_padding=[4, 2]))
    return pdk.Deck(layers=layers, initial_view_state=pdk.ViewState(**CENTER, pitch=40 if mode != "points" else 0),
                    map_provider=None, map_style=OFFLINE_STYLE, tooltip=TOOLTIP)


# ---- demand without a supplier -----------------------------------------------------------------
def log_search(engine: Engine, user_id: int | None, institution_id: int | None, query: str, no_match: bool,
               category: str | None, gu: str | None, now: datetime | None = None) -> None:
    with engine.begin() as conn:
        conn.execute(insert(schema.search_log).values(at=now or datetime.now(), user_id=user_id,
                                                      institution_id=institution_id, query=query[:300],
                                                      no_match=no_match, category=category, gu=gu))


def gap_table(engine: Engine, purchases: pl.DataFrame, approved: pl.DataFrame, since: date) -> pl.DataFrame:
    """Per category and 구: demand (purchases, searches that found nothing) and approved suppliers there.
    A gap is demand with no approved supplier in that 구 (or in all of Jeonju)."""
    log = schema.search_log.c
    with engine.connect() as conn:
        searches = read_frame(conn, select(log.category, log.gu, log.no_match)
                         .where(log.at >= datetime.combine(since, datetime.min.time())),
                         {"category": pl.String, "gu": pl.String, "no_match": pl.Boolean})
    cats = pl.DataFrame({"category": sorted(set(approved["category"].unique().to_list())
                                            | set(purchases["category"].drop_nulls().unique().to_list())
                                            | set(searches["category"].drop_nulls().unique().to_list()))})
    grid = cats.join(pl.DataFrame({"gu": list(geo.GUS)}), how="cross")
    bought = (purchases.filter(pl.col("purchased_on") >= since).group_by("category")
              .agg(purchases=pl.len(), amount=pl.col("amount").sum()))
    unmet = (searches.filter(pl.col("no_match")).group_by("category").agg(unmet_searches=pl.len()))
    suppliers_gu = approved.group_by("category", "gu").agg(suppliers_here=pl.col("enterprise_id").n_unique())
    suppliers_all = approved.group_by("category").agg(suppliers_jeonju=pl.col("enterprise_id").n_unique())
    return (grid.join(bought, on="category", how="left").join(unmet, on="category", how="left")
            .join(suppliers_gu, on=["category", "gu"], how="left").join(suppliers_all, on="category", how="left")
            .with_columns(pl.col("purchases", "amount", "unmet_searches", "suppliers_here", "suppliers_jeonju")
                          .fill_null(0))
            .with_columns(demand=pl.col("purchases") + pl.col("unmet_searches"))
            # a searched-for item nobody offers is a gap even where the category has suppliers
            .filter(((pl.col("demand") > 0) & (pl.col("suppliers_here") == 0)) | (pl.col("unmet_searches") > 0))
            .with_columns(gap=pl.when(pl.col("suppliers_jeonju") == 0).then(pl.lit("전주 전체에 공급 기업 없음"))
                          .when(pl.col("suppliers_here") == 0).then(pl.lit("이 구에 공급 기업 없음"))
                          .otherwise(pl.lit("찾는 제품이 카탈로그에 없음")))
            .sort(["suppliers_jeonju", "demand"], descending=[False, True]))


def gap_labels(gaps: pl.DataFrame) -> pl.DataFrame:
    """One label per 구 at its centroid listing the categories missing there."""

    gus = _tables()[3]
    if gaps.is_empty():
        return pl.DataFrame(schema={"gu": pl.String, "label": pl.String, "lat": pl.Float64, "lon": pl.Float64})
    return (gaps.group_by("gu").agg(pl.col("category").head(4).str.join(", ").alias("cats"))
            .with_columns(label=pl.lit("공급 없음: ") + pl.col("cats"),
                          lat=pl.col("gu").replace_strict({g: v["lat"] for g, v in gus.items()}, return_dtype=pl.Float64),
                          lon=pl.col("gu").replace_strict({g: v["lon"] for g, v in gus.items()}, return_dtype=pl.Float64))
            .select("gu", "label", "lat", "lon"))
