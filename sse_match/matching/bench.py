"""Benchmarks: numbers and ratios measured in one run, next to brute force on the same machine.

Not tests: machines are noisy, so targets are read from the ratios this prints.
"""

from __future__ import annotations

import gc
import os
import random
import time
from typing import Any

import numpy as np
import polars as pl
from rapidfuzz import fuzz, process

from sse_match.demo.words import NAME_WORDS, TEMPLATES, TRADE_WORDS
from sse_match.matching import hangul, morph
from sse_match.matching import index as search
from sse_match.matching.evaluation import load_needs
from sse_match.plan import GUS

_PREFIXES = ("", "", "", "친환경 ", "고급 ", "맞춤 ", "전주 ", "국산 ", "대용량 ", "소형 ")
_CODE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def rss_bytes() -> int:
    with open(f"/proc/{os.getpid()}/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def synthetic_catalog(n: int, seed: int = 7) -> pl.DataFrame:
    """n products from the demo templates, with model codes on a third of them (a realistic vocabulary)."""
    rng = np.random.default_rng(seed)
    flat = [(cat, *t) for cat, ts in TEMPLATES.items() for t in ts]
    t_idx = rng.integers(0, len(flat), n)
    n_ent = max(50, n // 8)
    cats = list(TEMPLATES)
    ent_names = [f"{NAME_WORDS[i % len(NAME_WORDS)]}{TRADE_WORDS[cats[i % len(cats)]][i % 3 % len(TRADE_WORDS[cats[i % len(cats)]])]}"
                 f"{'' if i < len(NAME_WORDS) * 3 else i}" for i in range(n_ent)]
    ent = rng.integers(0, n_ent, n)
    prefix = rng.integers(0, len(_PREFIXES), n)
    coded = rng.random(n) < 0.33
    letters = rng.integers(0, len(_CODE_LETTERS), (n, 2))
    nums = rng.integers(100, 9999, n)
    names, specs, categories, descs, units, prices = [], [], [], [], [], []
    for k in range(n):
        cat, name, spec, unit, lo, hi, desc = flat[t_idx[k]]
        code = f" {_CODE_LETTERS[letters[k, 0]]}{_CODE_LETTERS[letters[k, 1]]}-{nums[k]}" if coded[k] else ""
        names.append(f"{_PREFIXES[prefix[k]]}{name}{code}")
        specs.append(spec)
        categories.append(cat)
        descs.append(desc)
        units.append(unit)
        prices.append(int(lo + (hi - lo) * ((k * 7919) % 1000) / 1000))
    gus = np.where(rng.random(n) < 0.5, GUS[0], GUS[1])
    return pl.DataFrame({
        "code": [f"B{k:07d}" for k in range(n)], "name": names, "category": categories, "spec": specs,
        "unit_price": prices, "unit": units, "description": descs,
        "enterprise_id": ent, "enterprise_name": [ent_names[e] for e in ent], "gu": gus,
        "dong": pl.Series([None] * n, dtype=pl.String), "cert_valid": rng.random(n) < 0.6,
    })


def varied_needs(n: int, seed: int = 11) -> list[str]:
    """Distinct needs as officers type them: labelled needs, then template items with typos, missing
    spaces, quantities and dates, so no two are the same string."""
    rng = random.Random(seed)
    base = [nd.text for nd in load_needs()]
    items = [t[0] for ts in TEMPLATES.values() for t in ts]
    out = list(dict.fromkeys(base))[:n]
    while len(out) < n:
        item = rng.choice(items)
        r = rng.random()
        if r < 0.25:
            item = item.replace(" ", "")
        elif r < 0.5:  # one slipped vowel
            chars = list(item)
            k = rng.randrange(len(chars))
            code = ord(chars[k]) - 0xAC00
            if 0 <= code < 11172:
                cho, rest = divmod(code, 588)
                jung, jong = divmod(rest, 28)
                chars[k] = chr(0xAC00 + cho * 588 + ((jung + rng.choice((1, 2))) % 21) * 28 + jong)
            item = "".join(chars)
        need = f"{item} {rng.randint(2, 500)}{rng.choice(('개', '식', '회', '세트', '명'))}"
        if rng.random() < 0.3:
            need += f" ({rng.randint(1, 12)}월 {rng.randint(1, 28)}일 납품)"
        out.append(need)
    return out


def _timed(fn, *args, **kw):
    t = time.perf_counter()
    result = fn(*args, **kw)
    return result, time.perf_counter() - t


def _percentiles(samples: list[float]) -> dict[str, Any]:
    arr = np.array(samples) * 1000
    return {"p50_ms": round(float(np.percentile(arr, 50)), 2), "p95_ms": round(float(np.percentile(arr, 95)), 2),
            "max_ms": round(float(arr.max()), 2), "queries": len(samples)}


def pre_analyse(catalog: pl.DataFrame) -> tuple[dict[str, tuple[str, ...]], float]:
    """What product writes store (`product_analyses`): the Kiwi analysis of each distinct eojeol."""
    kiwi = morph.analyzer()
    text = pl.concat([catalog[c].cast(pl.String).fill_null("") for c in ("name", "spec", "category", "description",
                                                                        "enterprise_name")])
    t = time.perf_counter()
    eojeols = {e for s in text.unique().to_list() for e in hangul.tokens(s) if hangul.HANGUL_RE.match(e)}
    return morph.analyse_eojeols(kiwi, eojeols), time.perf_counter() - t


def _build(catalog: pl.DataFrame) -> tuple[search.SearchIndex, dict[str, Any]]:
    gc.collect()
    analyses, analyse_s = pre_analyse(catalog)
    morph.analyzer().tokenize("가")  # Kiwi's model is loaded once per process, not per index build
    before = rss_bytes()
    index, secs = _timed(search.SearchIndex, catalog, analyses=analyses)
    return index, {"products": catalog.height, "vocabulary": len(index.terms), "build_s": round(secs, 2),
                   "build_uses_stored_analyses": True,
                   "pre_analysis_s": round(analyse_s, 2),
                   "pre_analysis_note": "products are analysed when written (product_analyses); the bench analyses "
                                        "the catalog's distinct eojeols first, as those writes would have",
                   "eojeols_analysed_during_build": index.analysed_now,
                   "index_arrays_mb": round(index.memory_bytes / 2**20, 1),
                   "rss_growth_mb": round((rss_bytes() - before) / 2**20, 1)}


def _single_queries(index: search.SearchIndex, queries: list[str]) -> list[float]:
    index._resolve_eojeol.cache_clear()  # noqa: SLF001 - measure cold parsing too
    times = []
    for q in queries:
        _, secs = _timed(search.search, q, index, limit=10)
        times.append(secs)
    return times


def _large_run(n: int, queries: list[str]) -> dict[str, Any]:
    big = synthetic_catalog(n, seed=8)
    big_index, built = _build(big)
    times = _single_queries(big_index, queries)
    gc.collect()
    return {"index_1m": built, "single_query_1m": _percentiles(times),
            "rss_with_1m_index_mb": round(rss_bytes() / 2**20, 1),
            "rss_note": "RSS of the process holding the 1M index, its catalog frame and Kiwi, after the queries"}


def run_search_bench(products: int = 100_000, large: int = 1_000_000, batch_needs: int = 1_000,
                     brute_queries: int = 20, cdist_every: int = 10) -> dict[str, Any]:
    queries = varied_needs(400, seed=3)
    out: dict[str, Any] = {"machine": {"cores": os.cpu_count()}}

    cat = synthetic_catalog(products)
    index, out["index_100k"] = _build(cat)
    times = _single_queries(index, queries)
    out["single_query_100k"] = _percentiles(times)

    # Brute force, same catalog and queries: rapidfuzz WRatio over every product string.
    choices = (cat["name"] + " " + cat["category"] + " " + cat["enterprise_name"]).to_list()
    brute = []
    for q in queries[:brute_queries]:
        _, secs = _timed(process.extract, q, choices, scorer=fuzz.WRatio, limit=10)
        brute.append(secs)
    out["brute_wratio_extract_100k"] = _percentiles(brute)
    out["ratio_p50_engine_vs_brute"] = round(out["single_query_100k"]["p50_ms"] / out["brute_wratio_extract_100k"]["p50_ms"], 4)

    needs = varied_needs(batch_needs, seed=5)
    index._resolve_eojeol.cache_clear()  # noqa: SLF001
    _, batch_s = _timed(search.search_many, needs, index, limit=5)
    sample = needs[::cdist_every]
    _, wr_s = _timed(process.cdist, sample, choices, scorer=fuzz.WRatio, workers=-1, dtype=np.uint8)
    _, ratio_s = _timed(process.cdist, sample, choices, scorer=fuzz.ratio, workers=-1, dtype=np.uint8)
    wr_full, ratio_full = wr_s * cdist_every, ratio_s * cdist_every
    out["batch_1000_needs_100k"] = {
        "engine_s": round(batch_s, 2),
        "cdist_wratio_s_estimated": round(wr_full, 2),
        "cdist_ratio_s_estimated": round(ratio_full, 2),
        "estimated_from_every_nth_need": cdist_every,
        "ratio_engine_vs_cdist_wratio": round(batch_s / wr_full, 4),
        "ratio_engine_vs_cdist_ratio": round(batch_s / ratio_full, 4),
    }
    del index, choices, cat
    gc.collect()

    if large:  # in a fresh process, so its RSS is that of a process serving a 1M index (not the 100k leftovers)
        import multiprocessing

        with multiprocessing.get_context("spawn").Pool(1) as pool:
            big = pool.apply(_large_run, (large, queries))
        out.update(big)

    t = out
    out["targets"] = {
        "p50_100k_le_30ms": t["single_query_100k"]["p50_ms"] <= 30,
        "p95_100k_le_60ms": t["single_query_100k"]["p95_ms"] <= 60,
        "p95_1m_le_150ms": (t["single_query_1m"]["p95_ms"] <= 150) if large else None,
        "batch_le_0.05x_cdist_wratio": t["batch_1000_needs_100k"]["ratio_engine_vs_cdist_wratio"] <= 0.05,
        "build_100k_le_15s": t["index_100k"]["build_s"] <= 15,
        "rss_1m_le_1536mb": (t["rss_with_1m_index_mb"] <= 1536) if large else None,
    }
    out["engine_settings"] = {"no_match_cutoff": search.load_model().cutoff, "fuzzy_min": search.FUZZY_MIN,
                              "rerank_pool": search.RERANK_POOL}
    return out

