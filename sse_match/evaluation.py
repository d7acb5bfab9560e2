"""Measured, not guessed: the labelled evaluation of the matching engine.

The labels live in `tests/eval/needs.csv`: each need names the items that answer it exactly
(grade 2) and the categories that answer it partly (grade 1), and needs of kind `nomatch` have
nothing in the catalog. The catalog is synthetic (fixed seed) and built from the demo templates,
each product remembering its item, so a label applies to every supplier of that item.
"""

from __future__ import annotations

import csv
import math
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import polars as pl
from rapidfuzz import fuzz, process

from . import search
from .config import ROOT
from .demo import DemoSize, _Generator

NEEDS_FILE = ROOT / "tests" / "eval" / "needs.csv"
EVAL_SEED = 4242
KINDS = ("plain", "typo", "spacing", "choseong", "synonym", "model", "sentence", "place", "category", "nomatch")


@dataclass(frozen=True)
class Need:
    kind: str
    text: str
    items: tuple[str, ...]
    categories: tuple[str, ...]
    place: str


def make_catalog(seed: int = EVAL_SEED, n_enterprises: int = 110) -> pl.DataFrame:
    """A few hundred products from ~110 synthetic enterprises: every template item from 2–4 suppliers."""
    from .demo_catalog import TEMPLATES

    gen = _Generator(date(2026, 1, 1), DemoSize(), seed)
    rng = random.Random(seed)
    types = ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합", "사회적협동조합")
    ents = [gen.add_enterprise(rng.choice(types), date(2019, 1, 1)) for _ in range(n_enterprises)]
    by_cat: dict[str, list] = {}
    for e in ents:
        for c in gen.ent_rows[e.id - 1]["categories"].split(","):
            by_cat.setdefault(c, []).append(e)
    rows = []
    for cat, templates in TEMPLATES.items():
        sellers = by_cat.get(cat) or ents
        for name, spec, unit, lo, hi, desc in templates:
            for e in rng.sample(sellers, k=min(len(sellers), rng.randint(2, 4))):
                prefix = rng.choice(("", "", "친환경 ", "고급 ", "맞춤 ", "전주 "))
                er = gen.ent_rows[e.id - 1]
                rows.append(dict(code=f"E{len(rows) + 1:05d}", name=f"{prefix}{name}", category=cat, spec=spec,
                                 unit_price=round(rng.randint(lo, hi), -1), unit=unit, description=desc, item=name,
                                 enterprise_id=e.id, enterprise_name=er["name"], se_type=er["se_type"],
                                 biz_no=er["biz_no"], gu=er["gu"], dong=er["dong"], address=er["address"]))
    return pl.DataFrame(rows).with_columns(
        cert_valid=pl.col("se_type").is_in(["사회적기업", "예비사회적기업", "마을기업", "자활기업"]))


def load_needs(path: Path = NEEDS_FILE) -> list[Need]:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    split = lambda s: tuple(x.strip() for x in (s or "").split("|") if x.strip())  # noqa: E731
    return [Need(r["kind"], r["need"], split(r["items"]), split(r["categories"]), (r.get("place") or "").strip())
            for r in rows]


def relevance(need: Need, catalog: pl.DataFrame, index: search.SearchIndex) -> np.ndarray:
    """Grade per catalog row: 2 the item asked for (in the asked place, when one is asked), 1 related."""
    item = catalog["item"].is_in(list(need.items)).to_numpy()
    cat = catalog["category"].is_in(list(need.categories)).to_numpy()
    grades = np.where(item, 2, np.where(cat, 1, 0)).astype(np.int8)
    if need.place:
        gus = {index.gu_words[need.place]} if need.place in index.gu_words else set()
        dongs = index.dong_words.get(need.place, frozenset())
        here = (catalog["gu"].is_in(list(gus)) | catalog["dong"].is_in(list(dongs))).to_numpy()
        if (item & here).any():  # the right item elsewhere is only related
            grades = np.where(item & ~here, 1, grades).astype(np.int8)
    return grades


def _dcg(gains: list[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))


@dataclass
class Scores:
    n: int = 0
    recall5: float = 0.0
    mrr10: float = 0.0
    ndcg10: float = 0.0
    rejected: int = 0  # matchable needs wrongly called no-match
    nomatch_n: int = 0
    nomatch_rejected: int = 0

    def add(self, ranked: list[int], grades: np.ndarray, said_no_match: bool, is_nomatch: bool,
            enterprises: np.ndarray) -> None:
        if is_nomatch:
            self.nomatch_n += 1
            self.nomatch_rejected += int(said_no_match)
            return
        self.n += 1
        if said_no_match:
            self.rejected += 1
            return
        # Relevance is per supplier: a supplier listed twice counts once (its later rows gain nothing).
        exact = int(np.unique(enterprises[grades == 2]).size)
        seen: set = set()
        gains = []
        for i in ranked[:10]:
            gains.append(0 if enterprises[i] in seen else int(grades[i]))
            seen.add(enterprises[i])
        self.recall5 += sum(1 for g in gains[:5] if g == 2) / max(1, min(5, exact))
        first = next((k for k, g in enumerate(gains) if g == 2), None)
        self.mrr10 += 0.0 if first is None else 1.0 / (first + 1)
        best_per_supplier = pl.DataFrame({"e": enterprises, "g": grades}).group_by("e").agg(pl.col("g").max())["g"]
        ideal = _dcg(sorted(best_per_supplier.to_list(), reverse=True)[:10])
        self.ndcg10 += _dcg(gains) / ideal if ideal else 0.0

    def as_dict(self) -> dict:
        out = {"needs": self.n + self.nomatch_n}
        if self.n:
            out |= {"recall@5": round(self.recall5 / self.n, 4), "MRR@10": round(self.mrr10 / self.n, 4),
                    "nDCG@10": round(self.ndcg10 / self.n, 4), "false_no_match": self.rejected}
        if self.nomatch_n:
            out |= {"no_match_rejected": round(self.nomatch_rejected / self.nomatch_n, 4)}
        return out


def _score(results: list[tuple[list[int], bool]], needs: list[Need], grades: list[np.ndarray],
           enterprises: np.ndarray) -> dict:
    overall, per_kind = Scores(), {k: Scores() for k in KINDS}
    for (ranked, no_match), need, g in zip(results, needs, grades, strict=True):
        for s in (overall, per_kind[need.kind]):
            s.add(ranked, g, no_match, need.kind == "nomatch", enterprises)
    return {"overall": overall.as_dict(), "by_kind": {k: v.as_dict() for k, v in per_kind.items() if v.n + v.nomatch_n}}


def run_engine(index: search.SearchIndex, needs: list[Need], threshold: float) -> list[tuple[list[int], bool]]:
    out = []
    for need in needs:
        r = index.search(need.text, 10, threshold=threshold, per_enterprise=1)
        out.append(([m.row for m in r.matches], r.no_match))
    return out


def run_baseline(catalog: pl.DataFrame, needs: list[Need], cutoff: float) -> list[tuple[list[int], bool]]:
    """Plain rapidfuzz: WRatio of the need against '이름 분류 업체' strings, no Korean handling."""
    choices = (catalog["name"] + " " + catalog["category"] + " " + catalog["enterprise_name"]).to_list()
    out = []
    for need in needs:
        hits = process.extract(need.text, choices, scorer=fuzz.WRatio, limit=10)
        out.append(([h[2] for h in hits], not hits or hits[0][1] < cutoff))
    return out


def calibrate(results_for, needs: list[Need], grades: list[np.ndarray], enterprises: np.ndarray,
              thresholds) -> list[dict]:
    rows = []
    for t in thresholds:
        s = _score(results_for(t), needs, grades, enterprises)["overall"]
        rows.append({"threshold": round(float(t), 3), **s})
    return rows


def evaluate(needs_path: Path = NEEDS_FILE, threshold: float = search.NO_MATCH_THRESHOLD,
             baseline_cutoff: float | None = None) -> dict:
    catalog = make_catalog()
    index = search.SearchIndex(catalog)
    needs = load_needs(needs_path)
    grades = [relevance(n, catalog, index) for n in needs]
    ents = catalog["enterprise_id"].to_numpy()
    engine_scores = _score(run_engine(index, needs, threshold), needs, grades, ents)
    # The baseline gets its best cutoff on this same set, so the comparison is generous to it.
    base_curve = calibrate(lambda t: run_baseline(catalog, needs, t), needs, grades, ents, [50, 60, 70, 80, 86, 90])
    best = max(base_curve, key=lambda r: r["recall@5"] + r.get("no_match_rejected", 0))
    cutoff = baseline_cutoff if baseline_cutoff is not None else best["threshold"]
    baseline_scores = _score(run_baseline(catalog, needs, cutoff), needs, grades, ents)
    return {
        "catalog_products": catalog.height,
        "needs": len(needs),
        "threshold": threshold,
        "engine": engine_scores,
        "baseline_wratio": {"cutoff": cutoff, **baseline_scores},
    }


def threshold_curve(needs_path: Path = NEEDS_FILE, thresholds=None) -> list[dict]:
    catalog = make_catalog()
    index = search.SearchIndex(catalog)
    needs = load_needs(needs_path)
    grades = [relevance(n, catalog, index) for n in needs]
    thresholds = thresholds if thresholds is not None else np.arange(0.20, 0.71, 0.04)
    return calibrate(lambda t: run_engine(index, needs, t), needs, grades, catalog["enterprise_id"].to_numpy(),
                     thresholds)
