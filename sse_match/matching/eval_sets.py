"""Labelled evaluation sets in the department's format, and the 12 kinds they are reported by.

A set is a directory with queries.csv (수요번호,수요내용,수량,예산), query_kinds.csv (수요번호,유형),
qrels.csv (수요번호,제품코드,관련도[,품목]) and a catalog.csv, or a `catalog_from` file naming the
directory whose catalog it uses. Set A is read from ../shared/eval/set-a beside the clone.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from sse_match.catalog import listing as catalog_io
from sse_match.config import ROOT
from sse_match.matching import hanyeong

KINDS = ("exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match")
# Set A's kinds → the 12 reported kinds (typo kinds written in Latin letters are 한영, see `kind_of`).
KIND_MAP = {"typo_syllable": "typo", "typo_jamo": "typo", "mixed_en_num": "quantity", "quantity_noise": "quantity"}
LOCAL_SETS = ("catalog-b", "set-c", "set-d", "set-e", "set-f", "set-g", "set-h", "set-i", "set-j", "set-k",
              "set-l", "set-m", "set-n", "set-o", "set-p", "set-q",
              "set-r", "set-s", "set-t", "set-u", "set-v", "set-w", "set-x", "set-y", "set-z", "set-za", "set-zb",
              "set-zc", "set-zd", "set-ze", "set-zf", "set-zg", "set-zh",
              "set-zi", "set-zj", "set-zk", "set-zl", "set-zm",
              "set-zn", "set-zo", "set-zp", "set-zq", "set-zr", "set-zs", "set-zt", "set-zu", "set-zv",
              "set-zw", "set-zx", "set-zy", "set-zz", "set-zza", "set-zzb",
              "set-zzc", "set-zzd", "set-zze", "set-zzf", "set-zzg", "set-zzh",
              "set-zzi", "set-zzj", "set-zzk", "set-zzl", "set-zzm",
              "set-zzn", "set-zzo", "set-zzp", "set-zzq", "set-zzr", "set-zzs", "set-zzt",
              "set-zzu", "set-zzv", "set-zzw", "set-zzx", "set-zzy",
              "set-zzz")  # committed under tests/eval


@dataclass(frozen=True)
class LabelledNeed:
    set_name: str
    need_id: str
    text: str
    budget: int | None
    kind: str
    grades: dict[str, int]  # 제품코드 → 관련도
    items: dict[str, frozenset[str]]  # 품목 → codes of grade 2 (multi_item needs only)

    @property
    def key(self) -> str:
        return f"{self.set_name}:{self.need_id}"


@dataclass(frozen=True)
class EvalSet:
    name: str
    catalog: pl.DataFrame
    needs: tuple[LabelledNeed, ...]


def shared_set_a() -> Path | None:
    """../shared/eval/set-a beside the clone (CI), or SSE_EVAL_SET_A."""
    env = os.environ.get("SSE_EVAL_SET_A")
    candidates = [Path(env)] if env else []
    candidates += [ROOT.parent / "shared" / "eval" / "set-a", ROOT.parent.parent / "shared" / "eval" / "set-a"]
    return next((p for p in candidates if (p / "queries.csv").exists()), None)


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def kind_of(raw: str, text: str) -> str:
    kind = KIND_MAP.get(raw, raw)
    if kind == "typo" and any(hanyeong.looks_mistyped(w) for w in text.lower().split() if w.isascii() and w.isalpha()):
        return "hanyeong"
    return kind


def _budget(value: str | None) -> int | None:
    try:
        return int(str(value).replace(",", "").strip())
    except (TypeError, ValueError):
        return None


def load_set(directory: Path, name: str) -> EvalSet:
    cat_dir = directory
    if (directory / "catalog_from").exists():
        cat_dir = (directory / (directory / "catalog_from").read_text(encoding="utf-8").strip()).resolve()
    elif not (directory / "catalog.csv").exists():
        cat_dir = shared_set_a() or directory
    catalog = catalog_io.read_catalog(cat_dir / "catalog.csv")
    kinds = {r["수요번호"]: r["유형"].strip() for r in _rows(directory / "query_kinds.csv")}
    grades: dict[str, dict[str, int]] = {}
    items: dict[str, dict[str, set[str]]] = {}
    for r in _rows(directory / "qrels.csv"):
        g = int(r["관련도"])
        grades.setdefault(r["수요번호"], {})[r["제품코드"]] = max(g, grades.get(r["수요번호"], {}).get(r["제품코드"], 0))
        item = (r.get("품목") or "").strip()
        if item and g == 2:
            items.setdefault(r["수요번호"], {}).setdefault(item, set()).add(r["제품코드"])
    needs = []
    for r in _rows(directory / "queries.csv"):
        nid = r["수요번호"]
        needs.append(LabelledNeed(name, nid, r["수요내용"], _budget(r.get("예산")), kind_of(kinds[nid], r["수요내용"]),
                                  grades.get(nid, {}), {k: frozenset(v) for k, v in items.get(nid, {}).items()}))
    return EvalSet(name, catalog, tuple(needs))


def all_sets() -> list[EvalSet]:
    """Set A (when beside the clone) and the sets committed under tests/eval."""
    out = []
    a = shared_set_a()
    if a is not None:
        out.append(load_set(a, "set-a"))
    for name in LOCAL_SETS:
        d = ROOT / "tests" / "eval" / name
        if (d / "queries.csv").exists():
            out.append(load_set(d, name))
    return out
