"""Measured, not guessed: the out-of-fold evaluation of the matching engine.

The labelled sets (`eval_sets.py`: set A beside the clone, catalog-b, set-c and set-d under tests/eval) are
split into k folds stratified by set and kind. For each fold the few fitted constants (the no-match
model's coefficients and cutoff; the WRatio baseline's cutoff) are fitted on the other folds only, and
the fold is scored with them. `v1` is the frozen old engine with its own shipped threshold.

`tests/eval/needs.csv` (the old in-sample set, written with v1) is no longer scored; it stays as a
source of varied needs for the benchmark, with the synthetic demo catalog `make_catalog`.
"""

from __future__ import annotations

import bisect
import csv
import json
import math
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
from rapidfuzz import fuzz, process

from sse_match.config import ROOT
from sse_match.demo.generator import DemoSize, _Generator
from sse_match.demo.words import TEMPLATES
from sse_match.matching import index as search
from sse_match.matching import v1 as search_v1
from sse_match.matching.eval_sets import KINDS, EvalSet, LabelledNeed, all_sets
from sse_match.plan import CERTIFIED_TYPES, SE_TYPES

NEEDS_FILE = ROOT / "tests" / "eval" / "needs.csv"
EVAL_SEED = 4242


@dataclass(frozen=True)
class Need:
    kind: str
    text: str
    items: tuple[str, ...]
    categories: tuple[str, ...]
    place: str


def make_catalog(seed: int = EVAL_SEED, n_enterprises: int = 110) -> pl.DataFrame:
    """A few hundred products from ~110 synthetic enterprises: every template item from 2–4 suppliers."""

    gen = _Generator(date(2026, 1, 1), DemoSize(), seed)
    rng = random.Random(seed)
    types = SE_TYPES
    ents = [gen.add_enterprise(rng.choice(types), date(2019, 1, 1)) for _ in range(n_enterprises)]
    by_cat: dict[str, list] = {}
    for e in ents:
        for c in gen.ent_rows[e.id - 1]["categories"].split(","):
            by_cat.setdefault(c, []).append(e)
    rows: list[dict[str, Any]] = []
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
        cert_valid=pl.col("se_type").is_in(CERTIFIED_TYPES))


def load_needs(path: Path = NEEDS_FILE) -> list[Need]:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    split = lambda s: tuple(x.strip() for x in (s or "").split("|") if x.strip())  # noqa: E731
    return [Need(r["kind"], r["need"], split(r["items"]), split(r["categories"]), (r.get("place") or "").strip())
            for r in rows]


# ---- out-of-fold evaluation --------------------------------------------------------------------
K_FOLDS = 5
# Within the bound below, each error counts once: the bound already keeps false "맞는 제품이 없습니다" (the worst
# error, issue 11) rare, and weighting them again only lowers the cutoff, accepting no-match needs to save none.
FALSE_REJECTION_COST = 1.0
# Issue 11's bound is 2 %; the fit aims under 1.5 % to leave room for words the engine has not seen: on the sets
# written with catalogs of their own, false rejection held out was 2.5–6.7 % while out-of-fold it was under 2 %.
MAX_FALSE_REJECTION = 0.015
L2 = 0.1  # ridge on the logistic coefficients: four numbers from a few hundred needs
CUTOFFS = tuple(np.round(np.arange(0.01, 0.99, 0.01), 2))
WRATIO_CUTOFFS = tuple(range(30, 95, 5))


@dataclass(frozen=True)
class ItemRun:
    codes: tuple[str, ...]  # ranked, top 10
    features: tuple[float, ...]  # the top product's `search.FEATURES`


@dataclass(frozen=True)
class Runs:
    """What each engine returned for one need, before any fitted decision."""

    need: LabelledNeed
    v2: tuple[ItemRun, ...]
    v1: tuple[tuple[str, ...], bool]
    wratio: tuple[tuple[str, ...], float]


def stratified_folds(needs: list[LabelledNeed], k: int = K_FOLDS, seed: int = EVAL_SEED) -> dict[str, int]:
    """need key → fold, round robin inside each (set, kind) after a seeded shuffle."""
    rng = random.Random(seed)
    groups: dict[tuple[str, str], list[str]] = {}
    for n in needs:
        groups.setdefault((n.set_name, n.kind), []).append(n.key)
    out: dict[str, int] = {}
    offset = 0
    for key in sorted(groups):
        keys = sorted(groups[key])
        rng.shuffle(keys)
        for i, nk in enumerate(keys):
            out[nk] = (i + offset) % k
        offset += len(keys)
    return out


def run_all(sets: list[EvalSet]) -> list[Runs]:

    out = []
    for s in sets:
        index = search.SearchIndex(s.catalog, model=search.MatchModel(cutoff=-1.0))
        old = search_v1.SearchIndex(s.catalog)
        codes = s.catalog["code"].to_list()
        choices = (s.catalog["name"] + " " + s.catalog["category"] + " " + s.catalog["description"].fill_null("")).to_list()
        for n in s.needs:
            q = index.parse(n.text, n.budget)
            items = []
            for item in q.items:
                matches, features = index._search_item(q, item, 10, None, False, 1)  # noqa: SLF001 - before the decision
                feats = tuple(float(x) for x in features[0]) if matches else (0.0,) * len(search.FEATURES)
                items.append(ItemRun(tuple(codes[m.row] for m in matches), feats))
            r1 = old.search(n.text, 10, per_enterprise=1)
            hits = process.extract(n.text, choices, scorer=fuzz.WRatio, limit=10)
            out.append(Runs(n, tuple(items), (tuple(codes[m.row] for m in r1.matches), r1.no_match),
                            (tuple(codes[h[2]] for h in hits), float(hits[0][1]) if hits else 0.0)))
    return out


def decide_v2(run: Runs, model: search.MatchModel) -> tuple[list[str], bool]:
    return _decide(run, _confidences(run, model), model.cutoff)


def _confidences(run: Runs, model: search.MatchModel) -> list[float]:
    """The confidence of each item's top product (0.0 for an item with none)."""
    feats = np.array([it.features for it in run.v2]) if run.v2 else np.zeros((0, len(search.FEATURES)))
    conf = model.confidence(feats)
    return [float(c) if it.codes else 0.0 for it, c in zip(run.v2, conf, strict=True)]


def _scores_by_cutoff(run: Runs, confidences: list[float]) -> tuple[list[float], list[dict[str, float]]]:
    """A need's scores for every cutoff at once: its decision changes only at its items' confidences (`levels`,
    ascending); a cutoff c gets scores[bisect_left(levels, c)], the last entry being the rejection."""
    levels = sorted({c for it, c in zip(run.v2, confidences, strict=True) if it.codes})
    scores = [need_scores(run.need, *_decide(run, confidences, level)) for level in levels]
    return levels, [*scores, need_scores(run.need, [], True)]


def _decide(run: Runs, confidences: list[float], cutoff: float) -> tuple[list[str], bool]:
    accepted = [it for it, c in zip(run.v2, confidences, strict=True) if it.codes and c >= cutoff]
    if not accepted:
        return [], True
    if len(accepted) == 1:
        return list(accepted[0].codes), False
    ranked: list[str] = []
    for r in range(10):
        for it in accepted:
            if r < len(it.codes) and it.codes[r] not in ranked:
                ranked.append(it.codes[r])
    return ranked, False


def need_scores(need: LabelledNeed, ranked: list[str], rejected: bool) -> dict[str, float]:
    """R@5, MRR@10, nDCG@10 and the rejection flags of one need (the set-A README's definitions)."""
    if need.kind == "no_match" or not need.grades:
        return {"no_match_need": 1.0, "rejected": float(rejected)}
    if rejected:
        return {"r5": 0.0, "mrr": 0.0, "ndcg": 0.0, "false_rejection": 1.0}
    top5 = ranked[:5]
    if need.items:
        r5 = float(all(any(c in codes for c in top5) for codes in need.items.values()))
    else:
        r5 = float(any(need.grades.get(c, 0) == 2 for c in top5))
    first = next((i for i, c in enumerate(ranked[:10]) if need.grades.get(c, 0) >= 1), None)
    gains = [need.grades.get(c, 0) for c in ranked[:10]]
    ideal = _dcg(sorted(need.grades.values(), reverse=True)[:10])
    return {"r5": r5, "mrr": 0.0 if first is None else 1.0 / (first + 1),
            "ndcg": _dcg(gains) / ideal if ideal else 0.0, "false_rejection": 0.0}


def summarise(rows: list[tuple[LabelledNeed, dict[str, Any]]]) -> dict[str, Any]:
    m = [s for _, s in rows if "r5" in s]
    nm = [s for _, s in rows if "no_match_need" in s]
    out: dict[str, Any] = {"needs": len(rows)}
    if m:
        out |= {"R@5": float(np.mean([s["r5"] for s in m])), "MRR@10": float(np.mean([s["mrr"] for s in m])),
                "nDCG@10": float(np.mean([s["ndcg"] for s in m])),
                "false_rejection": float(np.mean([s["false_rejection"] for s in m]))}
    if nm:
        out["no_match_rejected"] = float(np.mean([s["rejected"] for s in nm]))
    return out


def _objective(rows: list[tuple[LabelledNeed, dict[str, Any]]]) -> float:
    """Counted errors: a false rejection costs FALSE_REJECTION_COST missed rejections; R@5 breaks ties.
    `fit_v2` maximises it among cutoffs whose false rejection stays within MAX_FALSE_REJECTION."""
    missed = sum(1 - s["rejected"] for _, s in rows if "rejected" in s)
    false = sum(s["false_rejection"] for _, s in rows if "false_rejection" in s)
    hits = sum(s["r5"] for _, s in rows if "r5" in s)
    return -(missed + FALSE_REJECTION_COST * false) + 0.001 * hits


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> np.ndarray:
    """Newton's method for a ridge logistic regression with balanced classes (no-match needs are few);
    returns (intercept, coefficients…)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    pos = max(1.0, float(y.sum()))
    neg = max(1.0, float(len(y) - y.sum()))
    sw = np.where(y > 0.5, len(y) / (2 * pos), len(y) / (2 * neg))
    w = np.zeros(xb.shape[1])
    reg = np.eye(len(w)) * l2
    reg[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (sw * (p - y)) + reg @ w
        hess = xb.T @ (xb * (sw * p * (1 - p))[:, None]) + reg + 1e-9 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def fit_signed_logistic(x: np.ndarray, y: np.ndarray, signs: tuple[int, ...] = search.FEATURE_SIGNS) -> np.ndarray:
    """`fit_logistic` where each coefficient keeps the sign its feature's meaning gives it (`signs`, 0: free):
    a feature fitted against its sign is dropped and the rest refitted, until every sign holds."""
    want = np.asarray(signs)
    active = np.ones(x.shape[1], bool)
    while True:
        w = fit_logistic(x[:, active], y)
        full = np.zeros(x.shape[1])
        full[active] = w[1:]
        wrong = active & (want * full < 0)
        if not wrong.any():
            return np.concatenate([[w[0]], full])
        active &= ~wrong


def fit_v2(train: list[Runs]) -> search.MatchModel:
    """The no-match model from training needs only: sign-kept logistic coefficients, then the cutoff."""
    x, y = [], []
    for r in train:
        for it in r.v2:
            if it.codes:
                x.append(it.features)
                y.append(0.0 if r.need.kind == "no_match" else 1.0)
    coef = fit_signed_logistic(np.array(x), np.array(y))
    fitted = search.MatchModel(tuple(float(v) for v in coef))
    by_cutoff = [_scores_by_cutoff(r, _confidences(r, fitted)) for r in train]
    best: tuple[float, search.MatchModel] | None = None
    for c in CUTOFFS:
        model = search.MatchModel(fitted.coef, float(c))
        rows = [(r.need, scores[bisect.bisect_left(levels, model.cutoff)])
                for r, (levels, scores) in zip(train, by_cutoff, strict=True)]
        false = [s["false_rejection"] for _, s in rows if "false_rejection" in s]
        if false and sum(false) / len(false) > MAX_FALSE_REJECTION and best is not None:
            continue  # the lowest cutoff is kept even over the bound: nothing lower exists
        obj = _objective(rows)
        if best is None or obj > best[0]:
            best = (obj, model)
    assert best is not None  # CUTOFFS is not empty and its first cutoff is always scored
    return best[1]


def fit_wratio(train: list[Runs]) -> float:
    best: tuple[float, int] | None = None
    for c in WRATIO_CUTOFFS:
        obj = _objective([(r.need, need_scores(r.need, list(r.wratio[0]), r.wratio[1] < c)) for r in train])
        if best is None or obj > best[0]:
            best = (obj, c)
    assert best is not None  # WRATIO_CUTOFFS is not empty
    return float(best[1])


def catalog_folds(needs: list[LabelledNeed], catalog_of: dict[str, str]) -> dict[str, int]:
    """need key → fold, one fold per catalog (`catalog_of`: set name → catalog): every set written on a catalog is
    scored with the model fitted on the other catalogs' needs, as a department's own catalog will be."""
    order = {c: i for i, c in enumerate(sorted(set(catalog_of.values())))}
    return {n.key: order[catalog_of[n.set_name]] for n in needs}


def cross_validate(runs: list[Runs], k: int = K_FOLDS, fit_v2_fn=fit_v2, fit_wratio_fn=fit_wratio,
                   folds: dict[str, int] | None = None) -> dict[str, Any]:
    """Out-of-fold scores: each fold decided with constants fitted on the other folds only (`folds`: need key →
    fold, stratified by set and kind unless given)."""
    folds = folds if folds is not None else stratified_folds([r.need for r in runs], k)
    k = max(folds.values()) + 1 if folds else k
    rows: dict[str, list] = {"v2": [], "v1": [], "wratio": []}
    fitted = []
    for f in range(k):
        train = [r for r in runs if folds[r.need.key] != f]
        test = [r for r in runs if folds[r.need.key] == f]
        model = fit_v2_fn(train)
        cutoff = fit_wratio_fn(train)
        fitted.append({"fold": f, "coef": [round(c, 3) for c in model.coef], "cutoff": model.cutoff,
                       "wratio_cutoff": cutoff})
        for r in test:
            rows["v2"].append((r.need, need_scores(r.need, *decide_v2(r, model))))
            rows["wratio"].append((r.need, need_scores(r.need, list(r.wratio[0]), r.wratio[1] < cutoff)))
    for r in runs:
        rows["v1"].append((r.need, need_scores(r.need, list(r.v1[0]), r.v1[1])))
    table = {}
    for engine, rs in rows.items():
        table[engine] = {"overall": summarise(rs)} | {
            kind: summarise([x for x in rs if x[0].kind == kind]) for kind in KINDS
            if any(x[0].kind == kind for x in rs)}
        for s in sorted({x[0].set_name for x in rs}):
            table[engine][f"set:{s}"] = summarise([x for x in rs if x[0].set_name == s])
    return {"folds": k, "fitted_per_fold": fitted, "table": table}


def evaluate(k: int = K_FOLDS) -> dict[str, Any]:
    sets = all_sets()
    runs = run_all(sets)
    out = cross_validate(runs, k)
    catalog_of = {s.name: _catalog_key(s) for s in sets}
    if len(set(catalog_of.values())) > 1:  # the figure for a catalog the model has never seen
        held = cross_validate(runs, folds=catalog_folds([r.need for r in runs], catalog_of))
        out["table"]["v2_catalog"] = held["table"]["v2"]
        out["catalogs"] = {c: sorted(n for n, cc in catalog_of.items() if cc == c) for c in set(catalog_of.values())}
    final = fit_v2(runs)  # the shipped model: fitted on every need (its quality is the out-of-fold figure)
    out |= {"sets": {s.name: {"needs": len(s.needs), "products": s.catalog.height} for s in sets},
            "needs": len(runs), "final_model": {"coef": list(final.coef), "cutoff": final.cutoff}}
    return out


def _catalog_key(s: EvalSet) -> str:
    """Sets written on one catalog share it (set-c, set-d, set-e use set A's): named by its first product code."""
    codes = s.catalog["code"].to_list()
    return f"{codes[0] if codes else s.name} ({len(codes)})"


def save_model(result: dict[str, Any], path: Path = search.MODEL_FILE) -> None:
    fm = result["final_model"]
    sets = ", ".join(f"{k} {v['needs']}" for k, v in result["sets"].items())
    path.write_text(json.dumps({"coef": [round(c, 4) for c in fm["coef"]], "cutoff": fm["cutoff"],
                                "fitted_on": f"python -m sse_match eval --save-model ({sets})"},
                               ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def format_table(result: dict[str, Any]) -> str:
    """Markdown table: per kind and overall, v2 (out-of-fold) next to v1 and WRatio (out-of-fold cutoff)."""
    t = result["table"]
    lines = ["| kind | engine | needs | R@5 | MRR@10 | nDCG@10 | false rejection | no-match rejected |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    names = {"v2": "v2 (out-of-fold)", "v2_catalog": "v2 (catalog held out)", "v1": "v1",
             "wratio": "WRatio (out-of-fold cutoff)"}
    f = lambda d, k: "" if k not in d else f"{d[k]:.3f}"  # noqa: E731
    for kind in t["v2"]:
        for eng in (e for e in ("v2", "v2_catalog", "v1", "wratio") if e in t):
            d = t[eng].get(kind, {})
            lines.append(f"| {kind} | {names[eng]} | {d.get('needs', 0)} | {f(d, 'R@5')} | {f(d, 'MRR@10')} | "
                         f"{f(d, 'nDCG@10')} | {f(d, 'false_rejection')} | {f(d, 'no_match_rejected')} |")
    return "\n".join(lines)


def _dcg(gains: list[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
