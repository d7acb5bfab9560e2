"""Korean morphology for matching, on Kiwi (kiwipiepy) with its CoNg model.

Kiwi is loaded by `analyzer()`, once per process, and the search index holds the object it got; nothing
here mutates it. The catalog's own words act as a user dictionary passed with each call. Analysis works
on one eojeol (a space-separated chunk) at a time, so a catalog's distinct eojeols are analysed once
and stored (`analyse_eojeols`), and a need costs a few Kiwi calls.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from functools import lru_cache

# Version of the product analysis stored in the database: bump it when `content_morphemes` changes.
ANALYSIS_VERSION = 1
# Morpheme tags that can name what is bought: nouns, roots, foreign words, numbers with letters.
CONTENT_TAGS = frozenset({"NNG", "NNP", "XR", "SL", "SH", "NNB_ITEM"})
# Noun tags whose CoNg neighbours are worth keeping (a neighbour that is an adverb is noise).
NEIGHBOUR_TAGS = frozenset({"NNG", "NNP"})
_HANGUL_WORD = re.compile(r"^[가-힣]{2,}$")


@lru_cache(maxsize=1)  # one per process: a Kiwi with the CoNg model holds about 500 MB
def analyzer():
    """The process's Kiwi with the CoNg model (falls back to the default model). Never mutated: the
    catalog's user dictionary is passed per call (`content_spans(..., user_words)`)."""
    from kiwipiepy import Kiwi

    try:
        kiwi = Kiwi(model_type="cong")
    except Exception:  # noqa: BLE001 - an older model package without CoNg: still a good tokenizer
        kiwi = Kiwi()
    return kiwi


@lru_cache(maxsize=200_000)  # a CoNg look-up costs about 0.5 ms; the same words are asked about again and again
def is_dictionary_word(kiwi, word: str) -> bool:
    """True when Kiwi's model has `word` as one morpheme (자문, 가입, 꽃집): such a word is meant, not a typo."""
    try:
        kiwi.most_similar_morphemes(word, top_n=1)
    except ValueError as e:
        return "Multiple morphemes" in str(e)  # 세차장 is both a common and a proper noun: still Kiwi's word
    except (RuntimeError, AttributeError):
        return False
    return True


def has_no_ending(kiwi, word: str) -> bool:
    """Kiwi finds no particle, ending or verb in `word` (제빵기, 코팅+기, 예+초기): whatever its pieces, nothing in it
    is grammar (관리+가 holds a particle, 수거+하여 an ending)."""
    return not any(t.tag.startswith(("J", "E")) or t.tag in PREDICATE_TAGS for t in kiwi.tokenize(word))


def is_word_with_suffix(kiwi, word: str) -> bool:
    """보건용, 지역별: a dictionary noun and a light suffix, meant as written (보건용 is not a slip of 보관용)."""
    toks = kiwi.tokenize(word)
    return (len(toks) == 2 and toks[0].tag in ("NNG", "NNP") and toks[0].len >= 2 and toks[1].tag == "XSN"
            and toks[1].start + toks[1].len == len(word))


def similarity(kiwi, a: str, b: str) -> float:
    """CoNg similarity of two words Kiwi knows as morphemes; 0.0 when either is unknown or ambiguous."""
    try:
        return float(kiwi.morpheme_similarity(a, b))
    except (ValueError, RuntimeError, AttributeError):
        return 0.0


def names_nothing(kiwi, before: str, word: str, after: str) -> bool:
    """찢어진 곳, 소독해 *줄* 업체, *오래* 쓸: read with the words beside it, `word` is a verb, an adjective or an
    adverb, with no noun in it. Such catalog words (from descriptions) name nothing; 만들기 and 깎기, nominalised,
    do, and so does 분해 in 에어컨 분해 청소, though alone Kiwi reads it 분하 + 어."""
    start = len(before) + 1 if before else 0
    toks = [t for t in kiwi.tokenize(" ".join(x for x in (before, word, after) if x))
            if start <= t.start < start + len(word)]
    if not toks or any(t.tag in CONTENT_TAGS or t.tag == "ETN" for t in toks):
        return False
    return any(t.tag in VERB_ROOTS or t.tag in MODIFIER_TAGS for t in toks)


def phrase_score(kiwi, text: str) -> float:
    """Kiwi's language-model log-probability of its best reading of `text`: how ordinary the words are
    together (유리창 청소 −26 is likelier than 유리창 청서 −36; 가을 축제 than 마을 축제)."""
    return float(kiwi.analyze(text, top_n=1)[0][1])


# Tags that make an eojeol a predicate (끝나면, 부탁드립니다, 맡길): its nouns describe, they are not the item.
PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "XSV", "XSA", "EF", "EC", "ETM", "ETN", "EP", "VCP"})


# Suffixes that keep the thing the same (행사*용*, 지역*별*, 과일*류*).
LIGHT_SUFFIXES = frozenset({"용", "별", "류", "들", "형", "식", "적", "당", "씩"})


def _user_span(eojeol: str, user_words: Container[str]) -> list[tuple[int, int, str]] | None:
    """The user dictionary, applied per call: the longest catalog word the eojeol starts with stays one noun
    (뽀송데이에서 → 뽀송데이 + 에서). Nothing is added to the shared Kiwi."""
    for end in range(len(eojeol), 1, -1):
        if eojeol[:end] in user_words:
            return [(0, end, "NNP")]
    return None


NOUN_TO_PREDICATE = frozenset({"XSV", "XSA", "VCP"})  # 하다, 되다-like suffixes and 이다: a noun made a predicate


def _tokens(kiwi, eojeol: str, user_words: Container[str]):
    plain = kiwi.tokenize(eojeol)
    if len(plain) == 1 and plain[0].tag.startswith("NN"):
        return plain  # 카페트 is one noun of Kiwi's own: the catalog's 카페 must not split it
    span = _user_span(eojeol, user_words) if user_words else None
    if not span:
        return plain
    kept_whole = len(plain) > 1 and plain[0].tag.startswith("NN") and plain[0].len == span[0][1]  # the catalog word
    if kept_whole and plain[1].tag in NOUN_TO_PREDICATE:
        return plain  # 가능한: Kiwi keeps the catalog's 가능 whole and reads 하 + ㄴ; forced, it reads 가능 + 한/MM
    forced = kiwi.tokenize(eojeol, pretokenized=span)
    if kept_whole and len(forced) > 1 and plain[1].tag == "NNG" and forced[1].tag == "NNB" and plain[1].len == forced[1].len:
        return plain  # 탁구대: Kiwi hears 대 (a stand), a noun that makes another thing; forced, 대 is a counter
    # 청소년수련관 is 청소년 + 수련관, 아이스링크 아이스 + 링크, nouns of Kiwi's own: a catalog word (청소, 아이) must not
    # cut one of them, where every one is a word (정 + 비용 is no reading of 정비용) or the cut leaves no word (스 + 링크)
    if len(plain) > 1 and all(t.tag.startswith("NN") and not getattr(t, "oov", False) for t in plain) \
            and span[0][1] not in {t.start + t.len for t in plain} \
            and (all(t.len >= 2 for t in plain)
                 or any(getattr(t, "oov", False) or t.tag in PREDICATE_TAGS for t in forced)):
        return plain
    return forced


# Particles that close a noun phrase (점심*을*, 회의실*에서*, 도시락*으로*); 의 (JKG) and 와/과 (JC) do not.
PHRASE_END_PARTICLES = frozenset({"JKS", "JKC", "JKO", "JKB", "JKV", "JKQ", "JX"})


VERB_ROOTS = frozenset({"VV", "VA", "VX", "VCP", "VCN"})
BARE_STEM_TAGS = frozenset({"VV", "VA", "VX"})  # stems that need an ending (the copula 이 may close a noun)
MODIFIER_TAGS = frozenset({"MAG", "MAJ", "MM", "IC"})
PRONOUN_TAG = "NP"  # 어디, 저희, 이것: a pronoun points at something, it never names the item


def read_eojeol(kiwi, eojeol: str, user_words: Container[str] = ()) -> tuple[str, bool, str, str]:
    """(the eojeol without its trailing particles, is a predicate, how it closes a noun phrase: "" not,
    "object" with 을/를, "other"; how sure Kiwi's reading is). 점심을 → 점심: an eojeol with a case particle
    or a verb ending ends the phrase its nouns belong to, and the item an officer asks for is the head of one
    such phrase. Sure: "noun" for known nouns and particles only (배달을, 주에, 도시랑), "verb" for a verb
    from its first syllable (있습니다, 찾고, 드릴); "" for a reading like 참/MAG 기르/VV (참기른), 소/NNG 하/XSV
    기 (소하기) or an unknown noun (텀블/oov 로), which may be a typo of a catalog word."""
    toks = _tokens(kiwi, eojeol, user_words)
    sure = ("" if not toks or any(getattr(t, "oov", False) for t in toks) else "verb" if toks[0].tag in VERB_ROOTS
            else "noun" if all(t.tag.startswith(("NN", "J")) for t in toks) else "")
    last_verbal = max((i for i, tok in enumerate(toks) if tok.tag in PREDICATE_TAGS), default=-1)
    # 비누만들기체험: a verb made a noun (ETN) and a noun after it are one compound noun, not a predicate
    nominal = last_verbal >= 0 and toks[last_verbal].tag == "ETN" and any(
        tok.tag.startswith("NN") and tok.tag != "NNB" for tok in toks[last_verbal + 1:])
    predicate = last_verbal >= 0 and not nominal and not _bare_tail(toks, eojeol)  # 테이블쏘 is a noun
    end = len(eojeol)
    closes = "other" if predicate else ""
    for tok in reversed(toks):
        if not tok.tag.startswith("J"):
            break
        if tok.tag == "JKO":
            closes = "object"  # 방충망을 (바꾸려): the object of the request
        elif tok.tag in PHRASE_END_PARTICLES and not closes:
            closes = "other"
        end = tok.start
    if all(tok.tag in MODIFIER_TAGS for tok in toks):
        return "", False, closes, sure  # 다시, 꼭, 모든: an adverb or a determiner never names the item
    if toks and all(tok.tag == PRONOUN_TAG or tok.tag.startswith("J") for tok in toks):
        return "", False, closes, sure  # 어디서, 저희가: a pronoun with its particles
    if predicate:  # 배달해 → 배달, 열립니다 → nothing: only the noun a verb is made of can name the item
        lead = 0
        for tok in toks:
            if not (tok.tag in CONTENT_TAGS or tok.tag.startswith("NN") and tok.tag != "NNB"):
                break
            lead = tok.start + tok.len
        return eojeol[:lead], predicate, closes, sure
    return (eojeol[:end] if end > 0 else eojeol), predicate, closes, sure


# Particles and endings that follow a noun in product descriptions (도시락*으로*, 소독*하는*, 청사*의*).
NOUN_TAILS = frozenset(
    "을 를 이 가 은 는 의 에 에서 에게 으로 로 와 과 도 만 까지 부터 처럼 보다 이나 나 랑 이랑 하고 께 으로서 로서 "
    "으로써 로써 이며 며 이고 고 입니다 이다 한 하는 할 된 되는 하여 해 해서 하고 하며 합니다 됩니다".split())


def inflected(eojeol: str, morphemes: tuple[str, ...]) -> bool:
    """True for a noun with a particle or ending attached (도시락으로, 소독하는): a need is read against the
    catalog's nouns, not against such forms. Compounds and words Kiwi cuts short (감열지 → 감) stay words."""
    stem = "".join(morphemes)
    return bool(stem) and eojeol != stem and eojeol.startswith(stem) and eojeol[len(stem):] in NOUN_TAILS


def content_spans(kiwi, eojeol: str, user_words: Container[str] = ()) -> tuple[list[str], int]:
    """Content morphemes of an eojeol and how many syllables they span (particles and endings excluded)."""
    forms: list[str] = []
    span = 0
    for tok in _tokens(kiwi, eojeol, user_words):
        if tok.tag == "XPN" or tok.tag == "XSN" and tok.form not in LIGHT_SUFFIXES:
            span += tok.len  # 중+장비, 항공+권: the affix makes another thing
        if tok.tag in CONTENT_TAGS or tok.tag.startswith("NN") and tok.tag != "NNB":
            span += tok.len
            form = tok.form.lower()
            if form not in forms:
                forms.append(form)
    return forms, span


def bare_stem_tail(kiwi, eojeol: str, user_words: Container[str] = ()) -> str:
    """테이블쏘 → '쏘': the syllables after a noun that Kiwi can read only as a verb stem with no ending. A Korean verb
    never ends a word bare, so they are a noun Kiwi does not know, and being last, the thing the word names."""
    return _bare_tail(list(_tokens(kiwi, eojeol, user_words)), eojeol)


def _bare_tail(toks, eojeol: str) -> str:
    if len(toks) < 2 or not toks[-2].tag.startswith("NN"):
        return ""
    last = toks[-1]
    if last.tag.split("-")[0] not in BARE_STEM_TAGS or last.start + last.len != len(eojeol):
        return ""
    return eojeol[last.start:]


def content_morphemes(kiwi, eojeol: str) -> tuple[str, ...]:
    """The nouns and roots of one eojeol: '방역소독해' → ('방역', '소독'); endings and particles dropped."""
    out = []
    for tok in kiwi.tokenize(eojeol):
        if tok.tag in CONTENT_TAGS or tok.tag.startswith("NN") and tok.tag != "NNB":
            form = tok.form.lower()
            if form not in out:
                out.append(form)
    return tuple(out)


def analyse_eojeols(kiwi, eojeols: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Analyse distinct eojeols in one batch call (Kiwi parallelises inside)."""
    uniq = sorted({e for e in eojeols if e})
    out: dict[str, tuple[str, ...]] = {}
    for eojeol, tokens in zip(uniq, kiwi.tokenize(uniq), strict=True):
        forms = []
        for tok in tokens:
            if tok.tag in CONTENT_TAGS or tok.tag.startswith("NN") and tok.tag != "NNB":
                form = tok.form.lower()
                if form not in forms:
                    forms.append(form)
        out[eojeol] = tuple(forms)
    return out


def neighbours(kiwi, words: Iterable[str], top_n: int = 25, min_score: float = 0.0) -> dict[str, list[tuple[str, float]]]:
    """CoNg neighbours (nouns only) of each word Kiwi knows as one morpheme: word → [(neighbour, score)]."""
    out: dict[str, list[tuple[str, float]]] = {}
    for w in words:
        if not _HANGUL_WORD.match(w):
            continue
        try:
            sims = kiwi.most_similar_morphemes(w, top_n=top_n)
        except (ValueError, RuntimeError, AttributeError):
            continue
        got = [(s.form, float(s.score)) for s in sims
               if s.tag in NEIGHBOUR_TAGS and s.score >= min_score and _HANGUL_WORD.match(s.form) and s.form != w]
        if got:
            out[w] = got
    return out
