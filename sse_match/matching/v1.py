"""The v1 matching engine, frozen as it was before issue 11 (kept so `eval` can print it beside the new one).

Do not change: it is the baseline. Original docstring follows.

The matching engine: from how officers type a need to ranked suppliers, with reasons.

Built once per catalog version (`SearchIndex.build`), then shared read-only. A query is parsed
into *concepts* (one per word the officer meant), each resolved against the catalog vocabulary
(exact, spacing repair, typo within one or two jamo, 초성, synonyms); only products holding a
resolved term are scored, so no query scores the whole catalog. Scores are normalised to [0, 1]
against what a perfect product-name match would get, which makes one no-match threshold
meaningful for every query.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import polars as pl
from rapidfuzz import fuzz, process

from sse_match.config import DATA_DIR
from sse_match.matching import hangul
from sse_match.places import geo

# v1 is frozen: the quantity patterns it shipped with (hangul's have grown since: 6명분, 30구, 천막 2동).
V1_QUANTITY_RES = (
    re.compile(r"(?<![a-z0-9])\d[\d,]*(?:\.\d+)?\s*(?:개월|개소|개|명|인분|인|식|회|부|장|권|박스|상자|세트|건|대|벌|"
               r"시간|매|통|병|팩|포|롤|켤레|그루|주|곳|차례|차|일|월|년|잔|짝|가구|세대|쪽|페이지|분|초|평|m2|ea|set|"
               r"box|pcs)(?![가-힣a-z])"),
    re.compile(r"(?<![a-z0-9])\d[\d,]*(?![a-z0-9])"),
)

# Field weights: a word in the product name says most about what is sold.
FIELD_WEIGHTS = {"name": 3.0, "spec": 1.5, "category": 3.0, "keywords": 1.0, "description": 1.0, "enterprise": 0.6}
W_MAX = FIELD_WEIGHTS["name"]
SYNONYM_QUALITY = 0.85  # a synonym is nearly as good as the word typed
CHOSEONG_QUALITY = 0.9  # 초성 are ambiguous: a little below an exact word
PARTIAL_QUALITY = 0.15  # part of an unknown compound (항공 of 항공권) is weak evidence
UNKNOWN_WEIGHT = 1.5  # an unknown head noun says the need is probably about something else
UNKNOWN_MODIFIER_WEIGHT = 0.35  # unknown words before the head (민원실 방역, 연말 선물) mostly set the scene
UNKNOWN_CODE_WEIGHT = 2.0  # an unknown model or brand token (MRI, 3M) is specific: it must be there
SECOND_FIELD_SHARE = 0.2  # a word in the name *and* the category counts a little more than in one
ACTION_WEIGHT = 0.7  # 임대, 제작, 설치 …: what is done, not what is bought
FUZZY_MIN = 75.0  # jamo similarity for a typo of one key: 방억/방역 = 83, 수재/수제 = 75 (same syllable count only)
SUBSTRING_QUALITY = 0.8  # a word inside a catalog word: 용지 in 복사용지
HEAD_BOOST = 1.3  # Korean puts the head noun last: 행사용 *도시락*, 사무실 *청소*
PLACE_BOOST = 0.15  # added share for a supplier in the asked 구/동
# Below this confidence the engine says nothing in the catalog fits. Chosen on the labelled set in
# tests/eval (`python -m sse_match eval --curve`): every threshold from 0.40 to 0.48 rejects all
# no-match needs and loses no matchable one; 0.44 is the middle of that plateau.
NO_MATCH_THRESHOLD = 0.44
RERANK_POOL = 200

# Words officers add that say nothing about the item.
STOPWORDS = frozenset(
    "구매 구입 납품 요청 필요 관련 및 등 의뢰 희망 업체 제품 물품 건 용 위한 위해 대한 에 의 를 을 이 가 는 은 "
    "으로 로 에서 하는 할 한 것 좀 주세요 바랍니다 예정 요망 가능 원함 원합니다 구해요 찾습니다 추천 견적 "
    "계약 발주 조달 신청 문의 일괄 전체 기타 각종 일반 긴급 당일 익일 내 이내 까지 부터 예산 예산액 금액 추정가격 "
    "단가 총액 기간 납기 납기일 일정 말까지 초까지 중순 오늘 내일 모레 다음주 이번주 다음달 이번달 금주 익월 연말 연초 "
    "상반기 하반기 분기 월요일 화요일 수요일 목요일 금요일 토요일 일요일 약 정도 내외 가량".split()
)
# Nouns of action that end many needs (중장비 *임대*, 현수막 *제작*): the item is the word before them.
ACTION_NOUNS = frozenset(
    "임대 대여 렌탈 렌트 임차 제작 설치 교체 수리 보수 정비 점검 용역 서비스 관리 운영 지원 대행 공사 시공 구입 "
    "납품 위탁 출력 배송 운반 청구 작업 생산 판매 공급 제공 진행 개최 실시".split()
)
# One-syllable endings left after a word: 행사*용*, 청사*의*.
PARTICLES = frozenset("용 의 을 를 이 가 은 는 에 로 와 과 및 등 류 께 도".split())


@dataclass(frozen=True)
class Alternative:
    term_id: int
    quality: float
    how: str  # exact | spacing | typo | choseong | synonym | partial
    via: str  # the catalog word it resolved to


@dataclass(frozen=True)
class Concept:
    text: str  # what the officer typed
    alternatives: tuple[Alternative, ...]
    weight: float = 1.0
    known: bool = True  # False: nothing in the catalog resembles the word


@dataclass(frozen=True)
class ParsedQuery:
    raw: str
    core: str  # the need without quantities, dates, places and filler
    concepts: tuple[Concept, ...]
    gus: frozenset[str] = frozenset()
    dongs: frozenset[str] = frozenset()
    budget: int | None = None

    @property
    def place_words(self) -> tuple[str, ...]:
        return tuple(sorted(self.gus | self.dongs))


@dataclass(frozen=True)
class Match:
    row: int  # row in the index's catalog frame
    score: float  # 0..1 after boosts (ranking)
    confidence: float  # 0..1 before boosts (no-match decision)
    matched: tuple[tuple[str, str, str], ...]  # (typed, catalog word, how)
    place_boost: bool = False


@dataclass(frozen=True)
class SearchResult:
    query: ParsedQuery
    matches: tuple[Match, ...]
    no_match: bool
    nearest_categories: tuple[str, ...] = ()


def load_synonyms(path: Path = DATA_DIR / "synonyms.csv") -> list[tuple[str, ...]]:
    with path.open(encoding="utf-8") as fh:
        return [tuple(hangul.normalise(t, units=False).replace(" ", "") for t in row["terms"].split("|") if t.strip())
                for row in csv.DictReader(fh)]


def load_categories(path: Path = DATA_DIR / "categories.csv") -> pl.DataFrame:
    return pl.read_csv(path)


def _places() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Place words → 구, and place words → set of 행정동 (효자동 → 효자1동…효자5동)."""

    dongs = geo.admin_dongs_all()
    gu_words = {g: g for g in geo.GUS} | {g[:-1] + "구청": g for g in geo.GUS}
    dong_words: dict[str, set[str]] = {}
    for dong in dongs["dong"]:
        dong_words.setdefault(dong, set()).add(dong)
        stem = dong.rstrip("동").rstrip("0123456789")
        dong_words.setdefault(stem + "동", set()).add(dong)
    for legal in geo.legal_dongs()["legal_dong"]:
        base = legal.split("동")[0] + "동" if "동" in legal else legal
        if base in dong_words:
            dong_words.setdefault(legal, set()).update(dong_words[base])
    return gu_words, {k: frozenset(v) for k, v in dong_words.items()}


class SearchIndex:
    """An inverted index over a catalog frame. Build once per catalog version; never mutate."""

    REQUIRED = ("name", "category", "spec", "description", "enterprise_name")

    def __init__(self, catalog: pl.DataFrame, synonyms: list[tuple[str, ...]] | None = None,
                 categories: pl.DataFrame | None = None):
        missing = [c for c in self.REQUIRED if c not in catalog.columns]
        if missing:
            raise ValueError(f"catalog lacks columns {missing}")
        self.catalog = catalog
        self.n_docs = catalog.height
        categories = load_categories() if categories is None else categories
        self.category_names = tuple(categories["name"].to_list())
        keywords = dict(zip(categories["name"], categories["keywords"], strict=True))
        self._build(catalog, keywords)
        self._build_synonyms(load_synonyms() if synonyms is None else synonyms)
        self.gu_words, self.dong_words = _places()
        self._gu = catalog["gu"].to_numpy() if "gu" in catalog.columns else None
        self._dong = catalog["dong"].to_numpy() if "dong" in catalog.columns else None
        self._names = catalog["name"].to_list()
        ent_col = "enterprise_id" if "enterprise_id" in catalog.columns else "enterprise_name"
        self._ent = catalog[ent_col].cast(pl.String).cast(pl.Categorical).to_physical().to_numpy()
        self._cert = (catalog["cert_valid"].fill_null(False).to_numpy().astype(np.float32)
                      if "cert_valid" in catalog.columns else np.zeros(self.n_docs, np.float32))
        self._resolve_token = lru_cache(maxsize=50_000)(self._resolve_token_uncached)
        self._popular_categories = tuple(
            catalog.group_by("category").len().sort(["len", "category"], descending=[True, False])["category"])

    # ---- build ------------------------------------------------------------------------------
    def _build(self, catalog: pl.DataFrame, keywords: dict[str, str]) -> None:
        fields = {
            "name": pl.col("name"),
            "spec": pl.col("spec"),
            "category": pl.col("category").str.replace_all("·", " "),
            "keywords": pl.col("category").replace_strict(keywords, default=""),
            "description": pl.col("description"),
            "enterprise": pl.col("enterprise_name"),
        }
        base = catalog.select(**{k: v.fill_null("").cast(pl.String) for k, v in fields.items()}).with_row_index("doc")
        # Normalise each distinct string once (names and specs repeat across a catalog).
        long = base.unpivot(index="doc", variable_name="field", value_name="text")
        uniq = long.select(pl.col("text").unique())
        norm = dict(zip(uniq["text"], (" ".join(hangul.tokens(t, units=False)) for t in uniq["text"]), strict=True))
        long = long.with_columns(tok=pl.col("text").replace_strict(norm, return_dtype=pl.String).str.split(" "))
        terms = (
            long.explode("tok")
            .filter(pl.col("tok").str.len_chars() > 0)
            .with_columns(w=pl.col("field").replace_strict(FIELD_WEIGHTS, return_dtype=pl.Float32))
            .group_by("doc", "tok")
            .agg((pl.col("w").max() + SECOND_FIELD_SHARE * (pl.col("w").sum() - pl.col("w").max()).clip(0, W_MAX))
                 .alias("w"))
        )
        vocab = terms.group_by("tok").agg(df=pl.len()).sort("tok").with_row_index("term_id")
        postings = terms.join(vocab.select("tok", "term_id"), on="tok").sort("term_id", "doc")
        self.vocab: dict[str, int] = dict(zip(vocab["tok"], vocab["term_id"], strict=True))
        self.terms: list[str] = vocab["tok"].to_list()
        counts = vocab["df"].to_numpy()
        self.term_ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self.post_doc = postings["doc"].to_numpy().astype(np.int32)
        self.post_w = postings["w"].to_numpy().astype(np.float32)
        self.idf = np.log1p(self.n_docs / counts).astype(np.float32)
        self.max_idf = float(self.idf.max()) if len(self.idf) else 1.0
        # Hangul words by syllable count, for typo look-ups; 초성 of each Hangul word.
        self._by_len: dict[int, tuple[list[str], list[int]]] = {}
        self._cho: dict[str, list[int]] = {}
        self._inside: dict[str, list[int]] = {}  # 용지 → [복사용지, …]: two-syllable-or-longer parts of words
        for tid, t in enumerate(self.terms):
            if hangul.HANGUL_RE.match(t) and len(t) >= 3:
                for i in range(len(t) - 1):
                    for j in range(i + 2, len(t) + (0 if i == 0 else 1)):
                        if j - i < len(t):
                            self._inside.setdefault(t[i:j], []).append(tid)
        for tid, t in enumerate(self.terms):
            if hangul.HANGUL_RE.match(t):
                bucket = self._by_len.setdefault(len(t), ([], []))
                bucket[0].append(hangul.jamo(t))
                bucket[1].append(tid)
                if len(t) >= 2:
                    self._cho.setdefault(hangul.choseong(t), []).append(tid)

    def _build_synonyms(self, groups: list[tuple[str, ...]]) -> None:
        self.synonyms: dict[str, set[str]] = {}
        for group in groups:
            for t in group:
                self.synonyms.setdefault(t, set()).update(x for x in group if x != t)

    @property
    def memory_bytes(self) -> int:
        return int(self.post_doc.nbytes + self.post_w.nbytes + self.term_ptr.nbytes + self.idf.nbytes)

    # ---- query parsing ----------------------------------------------------------------------
    def _fuzzy(self, word: str) -> tuple[int, float] | None:
        bucket = self._by_len.get(len(word))
        if not bucket or len(word) < 2:
            return None
        hit = process.extractOne(hangul.jamo(word), bucket[0], scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
        if hit is None:
            return None
        return bucket[1][hit[2]], hit[1] / 100.0

    def _piece(self, piece: str) -> Alternative | None:
        """One segment of a token: an exact catalog word, or a typo of one."""
        tid = self.vocab.get(piece)
        if tid is not None:
            return Alternative(tid, 1.0, "exact", piece)
        if piece in self.synonyms:  # a word only the synonym table knows is still a word
            return Alternative(-1, 1.0, "synonym-only", piece)
        hit = self._fuzzy(piece)
        if hit:
            return Alternative(hit[0], hit[1], "typo", self.terms[hit[0]])
        return None

    def _segment(self, token: str) -> tuple[list[tuple[str, Alternative]], float]:
        """Split a Hangul token into catalog words (사무실청소용역 → 사무실 청소 용역).

        Dynamic programme over syllable positions: most syllables covered, then fewest pieces,
        then best quality. A trailing particle (행사*용*) counts as covered.
        """
        n = len(token)
        best: list[tuple[int, int, float, list[tuple[str, Alternative]]] | None] = [None] * (n + 1)
        best[0] = (0, 0, 0.0, [])
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            cov, pieces, qual, path = here
            options: list[tuple[int, int, Alternative | None]] = [(i + 1, 0, None)]  # leave one syllable uncovered
            if i == n - 1 and token[i] in PARTICLES and i > 0:
                options.append((n, 1, None))
            for j in range(i + 2, min(n, i + 8) + 1):
                alt = self._piece(token[i:j])
                if alt is not None:
                    options.append((j, j - i, alt))
            for j, gained, alt in options:
                cand = (cov + gained, pieces + (1 if alt else 0), qual + (alt.quality if alt else 0.0),
                        path + ([(token[i:j], alt)] if alt else []))
                cur = best[j]
                if cur is None or (cand[0], -cand[1], cand[2]) > (cur[0], -cur[1], cur[2]):
                    best[j] = cand
        final = best[n]
        assert final is not None  # every position is reachable: one syllable can always be left uncovered
        cov, _, _, path = final
        return path, cov / n

    def _with_synonyms(self, typed: str, alt: Alternative) -> list[Alternative]:
        out = [alt] if alt.term_id >= 0 else []
        for word in {alt.via, typed}:
            for syn in self.synonyms.get(word, ()):
                tid = self.vocab.get(syn)
                if tid is not None:
                    out.append(Alternative(tid, SYNONYM_QUALITY * max(alt.quality, 0.9), "synonym", syn))
        return out

    def _resolve_token_uncached(self, token: str) -> tuple[Concept, ...]:
        """One typed word → one or more concepts."""
        if hangul.is_choseong(token):
            return self._resolve_choseong(token)
        if not hangul.HANGUL_RE.match(token):  # A4, KF94, LED, 3M, 20L: exact tokens only
            tid = self.vocab.get(token)
            alts = self._with_synonyms(token, Alternative(tid, 1.0, "exact", token)) if tid is not None else []
            return (Concept(token, tuple(alts), known=bool(alts)),)
        tid = self.vocab.get(token)
        if tid is not None:
            return (Concept(token, tuple(self._with_synonyms(token, Alternative(tid, 1.0, "exact", token))), True),)
        path, coverage = self._segment(token)
        if token in self.synonyms and not (coverage >= 1.0 and path and all(a.term_id >= 0 for _, a in path)):
            alts = self._with_synonyms(token, Alternative(-1, 1.0, "exact", token))
            return (Concept(token, tuple(alts), known=bool(alts)),)
        if coverage >= 1.0 and path:
            how = "spacing" if len(path) > 1 else path[0][1].how
            concepts = []
            for typed, alt in path:
                alt = Alternative(alt.term_id, alt.quality, "spacing" if how == "spacing" and alt.how == "exact"
                                  else alt.how, alt.via)
                alts = self._with_synonyms(typed, alt)
                concepts.append(Concept(typed, tuple(alts), known=bool(alts)))
            return tuple(concepts)
        inside = self._inside.get(token)
        if inside:  # 용지 → 복사용지: the typed word is part of catalog words
            top = sorted(inside, key=lambda t: -(self.term_ptr[t + 1] - self.term_ptr[t]))[:8]
            alts = [Alternative(t, SUBSTRING_QUALITY, "substring", self.terms[t]) for t in top]
            return (Concept(token, tuple(alts), known=True),)
        # Not a catalog word and not made of them: an unknown item. Pieces are weak evidence only.
        weak = tuple(Alternative(a.term_id, PARTIAL_QUALITY, "partial", a.via) for _, a in path if a.term_id >= 0)
        return (Concept(token, weak, known=False),)

    def _choseong_alts(self, cho: str, quality: float) -> list[Alternative]:
        """Catalog words with these 초성, frequent ones first and trusted a little more."""
        tids = sorted(self._cho.get(cho, []), key=lambda t: -(self.term_ptr[t + 1] - self.term_ptr[t]))[:8]
        ranked = [Alternative(t, quality * (1.0 - 0.08 * min(k, 5)), "choseong", self.terms[t])
                  for k, t in enumerate(tids)]
        out = list(ranked)
        for a in ranked[:2]:
            out += self._with_synonyms(a.via, a)[1:]
        return out

    def _resolve_choseong(self, token: str) -> tuple[Concept, ...]:
        """ㅎㅅㅁ → 현수막; ㅈㄹㅅㅂㅅ → 장례 + 서비스: 초성 of one catalog word, or of two in a row."""
        alts = self._choseong_alts(token, CHOSEONG_QUALITY)
        if alts:
            return (Concept(token, tuple(alts), known=True),)
        best: tuple[int, int] | None = None
        for k in range(2, len(token) - 1):  # the split whose two words appear together most often
            left, right = self._cho.get(token[:k], []), self._cho.get(token[k:], [])
            if left and right:
                docs_l = np.unique(np.concatenate([self.post_doc[self.term_ptr[t]:self.term_ptr[t + 1]] for t in left]))
                docs_r = np.unique(np.concatenate([self.post_doc[self.term_ptr[t]:self.term_ptr[t + 1]] for t in right]))
                both = np.intersect1d(docs_l, docs_r, assume_unique=True).size
                if best is None or both > best[1]:
                    best = (k, both)
        if best is None:
            return (Concept(token, (), known=False),)
        k = best[0]
        return (Concept(token[:k], tuple(self._choseong_alts(token[:k], CHOSEONG_QUALITY * 0.95)), True),
                Concept(token[k:], tuple(self._choseong_alts(token[k:], CHOSEONG_QUALITY * 0.95)), True))

    def parse(self, text: str, budget: int | None = None) -> ParsedQuery:
        budget = budget if budget is not None else hangul.parse_money(text)
        core = hangul.strip_quantities(text, V1_QUANTITY_RES, units=False)
        toks = hangul.join_spaced_syllables(hangul.tokens(core, units=False))
        gus: set[str] = set()
        dongs: set[str] = set()
        words: list[str] = []
        for t in toks:
            if t in self.gu_words:
                gus.add(self.gu_words[t])
            elif t in self.dong_words and t not in self.vocab:
                dongs.update(self.dong_words[t])
            elif t in STOPWORDS or (len(t) == 1 and hangul.HANGUL_RE.match(t) and t not in self.synonyms):
                continue  # filler, or a lone syllable (연 6회, 짝) that is rarely the item
            else:
                words.append(t)
        words = self._merge_split_words(words)
        concepts: list[Concept] = []
        for w in words:
            concepts.extend(self._resolve_token(w))
        concepts = [c for c in concepts if c.text not in STOPWORDS]
        concepts = [Concept(c.text, c.alternatives, ACTION_WEIGHT, c.known)
                    if c.text in ACTION_NOUNS and len(concepts) > 1 else c for c in concepts]
        items = [i for i, c in enumerate(concepts) if c.text not in ACTION_NOUNS]
        head = items[-1] if items else None
        for i, c in enumerate(concepts):
            if c.known:
                weight = HEAD_BOOST if i == head else c.weight
            elif not hangul.HANGUL_RE.match(c.text):
                weight = UNKNOWN_CODE_WEIGHT
            else:
                weight = UNKNOWN_WEIGHT if i == head else UNKNOWN_MODIFIER_WEIGHT
            concepts[i] = Concept(c.text, c.alternatives, weight, c.known)
        return ParsedQuery(text, " ".join(words), tuple(concepts), frozenset(gus), frozenset(dongs), budget)

    def _merge_split_words(self, words: list[str]) -> list[str]:
        """'사무 용품' → '사무용품' when only the joined word is in the catalog."""
        out: list[str] = []
        i = 0
        while i < len(words):
            if (i + 1 < len(words) and words[i] not in self.vocab and (words[i] + words[i + 1]) in self.vocab):
                out.append(words[i] + words[i + 1])
                i += 2
            else:
                out.append(words[i])
                i += 1
        return out

    # ---- scoring ----------------------------------------------------------------------------
    def _concept_scores(self, concept: Concept) -> tuple[np.ndarray | None, float, list]:
        """Best contribution per document for one concept, and the most it could contribute."""
        # One importance per concept: the typed word's own (a synonym may be a rarer word).
        own = [a for a in concept.alternatives if a.how != "synonym"] or list(concept.alternatives)
        idf_ref = max(float(self.idf[a.term_id]) for a in own) if (concept.known and own) else self.max_idf
        possible = idf_ref * W_MAX * concept.weight
        if not concept.alternatives:
            return None, possible, []
        arr = np.zeros(self.n_docs, np.float32)
        for a in concept.alternatives:
            lo, hi = self.term_ptr[a.term_id], self.term_ptr[a.term_id + 1]
            docs = self.post_doc[lo:hi]
            contrib = self.post_w[lo:hi] * (idf_ref * a.quality * concept.weight)
            np.maximum(arr[docs], contrib, out=contrib)
            arr[docs] = contrib
        return arr, possible, list(concept.alternatives)

    def search(self, text: str | ParsedQuery, limit: int = 10, *, place_filter: bool = False,
               mask: np.ndarray | None = None, budget: int | None = None,
               threshold: float = NO_MATCH_THRESHOLD, per_enterprise: int = 2) -> SearchResult:
        """Rank catalog rows for a need. `mask` (bool per row) applies the page's filters."""
        q = text if isinstance(text, ParsedQuery) else self.parse(text, budget)
        total = np.zeros(self.n_docs, np.float32)
        possible = 0.0
        per_concept = []
        for c in q.concepts:
            arr, pos, _alts = self._concept_scores(c)
            possible += pos
            if arr is not None:
                total += arr
                per_concept.append((c, arr))
        if possible == 0.0:
            return SearchResult(q, (), True, self.nearest_categories(q))
        conf = np.minimum(total / possible, 1.0)  # the second-field share may pass a perfect name match
        boosted = total / possible
        place = self._place_mask(q)
        if mask is not None:
            conf = np.where(mask, conf, 0.0)
        if place is not None and place_filter:
            conf = np.where(place, conf, 0.0)
        ranked = np.where(conf > 0, boosted, 0.0).astype(np.float32)
        if place is not None and not place_filter:
            ranked = ranked * np.where(place, 1.0 + PLACE_BOOST, 1.0).astype(np.float32)
        pool = min(RERANK_POOL, int(np.count_nonzero(ranked)))
        if pool == 0:
            return SearchResult(q, (), True, self.nearest_categories(q))
        top = np.argpartition(-ranked, pool - 1)[:pool] if pool < self.n_docs else np.arange(self.n_docs)
        top = top[ranked[top] > 0]
        # Rerank the pool: a little credit for the name as a whole and for valid certification.
        qj = hangul.jamo(q.core)
        fine = ranked[top] + 0.04 * np.array(
            [fuzz.token_set_ratio(qj, hangul.jamo(hangul.normalise(self._names[i], units=False))) / 100.0 for i in top], np.float32
        ) + 0.01 * self._cert[top]
        order = self._diverse(top[np.argsort(-fine, kind="stable")], limit, per_enterprise)
        best_conf = float(conf[order[0]]) if len(order) else 0.0
        matches = tuple(
            Match(int(i), float(ranked[i]), float(conf[i]), self._explain(int(i), per_concept),
                  bool(place is not None and place[i]))
            for i in order
        )
        no_match = best_conf < threshold
        return SearchResult(q, matches, no_match, self.nearest_categories(q, weak=order) if no_match else ())

    def _diverse(self, ordered: np.ndarray, limit: int, per_enterprise: int) -> np.ndarray:
        """Distinct suppliers first: at most `per_enterprise` rows each, one row per name and supplier."""
        if self._ent is None:
            return ordered[:limit]
        seen: dict[int, int] = {}
        names: set[tuple[int, str]] = set()
        out = []
        for i in ordered:
            ent = int(self._ent[i])
            key = (ent, self._names[i])
            if seen.get(ent, 0) >= per_enterprise or key in names:
                continue
            seen[ent] = seen.get(ent, 0) + 1
            names.add(key)
            out.append(i)
            if len(out) == limit:
                break
        return np.array(out, dtype=np.int64)

    def _place_mask(self, q: ParsedQuery) -> np.ndarray | None:
        if not (q.gus or q.dongs) or self._gu is None:
            return None
        m = np.zeros(self.n_docs, bool)
        if q.gus:
            m |= np.isin(self._gu, list(q.gus))
        if q.dongs and self._dong is not None:
            m |= np.isin(self._dong, list(q.dongs))
        return m

    def _explain(self, doc: int, per_concept: list[tuple[Concept, np.ndarray]]) -> tuple[tuple[str, str, str], ...]:
        out = []
        for c, arr in per_concept:
            if arr[doc] <= 0:
                continue
            best: tuple[float, Alternative] | None = None  # the alternative that gave the score
            for a in c.alternatives:
                lo, hi = self.term_ptr[a.term_id], self.term_ptr[a.term_id + 1]
                k = np.searchsorted(self.post_doc[lo:hi], doc)
                if k < hi - lo and self.post_doc[lo + k] == doc:
                    got = float(self.post_w[lo + k]) * a.quality
                    if best is None or got > best[0]:
                        best = (got, a)
            if best is not None:
                out.append((c.text, best[1].via, best[1].how))
        return tuple(out)

    def nearest_categories(self, q: ParsedQuery, k: int = 3, weak: np.ndarray | None = None) -> tuple[str, ...]:
        """Where to look instead: categories of the weak candidates, then the catalog's largest categories."""
        found: list[str] = []
        cats = self.catalog["category"]
        if weak is not None and len(weak):
            for i in weak:
                c = cats[int(i)]
                if c not in found:
                    found.append(c)
        if len(found) < k:
            for c in self._popular_categories:
                if c not in found:
                    found.append(c)
        return tuple(found[:k])

    def search_many(self, needs: list[str], limit: int = 5, budgets: list[int | None] | None = None,
                    mask: np.ndarray | None = None) -> list[SearchResult]:
        budgets = budgets or [None] * len(needs)
        return [self.search(n, limit, budget=b, mask=mask) for n, b in zip(needs, budgets, strict=True)]


def explain_text(matched: tuple[tuple[str, str, str], ...]) -> str:
    """Korean one-line reason: '도시럭→도시락(오타 교정), 케이터링(동의어)'."""
    labels = {"exact": "일치", "spacing": "띄어쓰기", "typo": "오타 교정", "choseong": "초성", "synonym": "동의어",
              "substring": "부분 단어",
              "partial": "부분 일치", "synonym-only": "동의어"}
    parts = []
    for typed, via, how in matched:
        word = via if typed == via else f"{typed}→{via}"
        parts.append(f"{word}({labels.get(how, how)})")
    return ", ".join(parts)
