# -*- coding: utf-8 -*-
"""Validate the set-zzd evaluation set. Exit code 1 on any error."""
import csv, os, re, sys, glob
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbd
from needs_data import NEEDS, NO_MATCH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []

def err(m):
    ERR.append(m)

# 전주시 법정동 (리 없는 동 지역; '가' 단위 포함)
WANSAN = ("중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 전동 전동3가 "
          "다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 동완산동 서완산동1가 서완산동2가 "
          "동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 평화동3가 중인동 용복동 "
          "삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동 서노송동").split()
DEOKJIN = ("진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동 "
           "우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 "
           "화전동 용정동 성덕동 원동 고랑동 여의동 만성동 장동 팔복동 도도동 강흥동 도덕동 남정동 중동 여의동 "
           "동산동 쌍정동 조촌동 용정동 장동").split()
GU_DONG = {"완산구": set(WANSAN), "덕진구": set(DEOKJIN)}
ALL_BASE = {re.sub(r"\d가$", "", d) for d in WANSAN + DEOKJIN}


def read(name, header):
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err("missing " + name); return []
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + " has BOM")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        err(name + " not UTF-8")
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if not rows or rows[0] != header:
        err("%s header %r != %r" % (name, rows[0] if rows else None, header))
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])

# ---- catalog
codes = [r["제품코드"] for r in cat]
if codes != ["ZZD%04d" % (i + 1) for i in range(len(codes))]:
    err("product codes not sequential ZZD0001..")
if not 280 <= len(cat) <= 320:
    err("product count %d" % len(cat))
ents = {r["기업명"] for r in cat}
cats = {r["분류"] for r in cat}
if not 55 <= len(ents) <= 75: err("enterprise count %d" % len(ents))
if not 25 <= len(cats) <= 35: err("category count %d" % len(cats))
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}
ent_info = {}
for r in cat:
    if r["기업유형"] not in TYPES: err("bad type " + r["제품코드"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]): err("bad brn " + r["제품코드"])
    if not re.fullmatch(r"\d+", r["단가"]): err("bad price " + r["제품코드"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+) \((\S+)\)", r["주소"])
    if not m:
        err("bad address " + r["제품코드"])
    elif m.group(4) not in GU_DONG[m.group(1)]:
        err("dong %s not in %s (%s)" % (m.group(4), m.group(1), r["제품코드"]))
    info = (r["기업유형"], r["사업자등록번호"], r["주소"])
    if ent_info.setdefault(r["기업명"], info) != info: err("inconsistent enterprise " + r["기업명"])
    for f in ["제품명", "분류", "규격", "단위", "설명"]:
        if not r[f].strip(): err("empty %s in %s" % (f, r["제품코드"]))
brns = Counter(v[1] for v in ent_info.values())
if any(c > 1 for c in brns.values()): err("duplicate 사업자등록번호")
# no real enterprise names copied
real_names = set()
for f in glob.glob("/work/shared/data/real/*.csv"):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        real_names.add(r.get("name", "").strip())
for e in ents:
    if e in real_names: err("real enterprise name copied: " + e)
CAT_TEXT = "\n".join(" ".join(r.values()) for r in cat)
CAT_NOSPACE = "\n".join(re.sub(r"\s+", "", " ".join([r["제품명"], r["규격"], r["설명"]])) for r in cat)

# ---- queries / kinds
ids = [r["수요번호"] for r in qs]
if sorted(ids) != ["ZZD-Q%03d" % (i + 1) for i in range(150)]: err("need ids not ZZD-Q001..150")
if [r["수요번호"] for r in kinds] != ids: err("query_kinds ids differ from queries")
kind = {r["수요번호"]: r["유형"] for r in kinds}
text = {r["수요번호"]: r["수요내용"] for r in qs}
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match"]
kc = Counter(kind.values())
for k in kc:
    if k not in KINDS: err("bad kind " + k)
for k in KINDS[:-1]:
    if not 10 <= kc[k] <= 11: err("kind %s count %d" % (k, kc[k]))
if kc["no_match"] != 30: err("no_match count %d" % kc["no_match"])
if sum(kc[k] for k in KINDS[:-1]) != 120: err("matchable total != 120")
for r in qs:
    for f in ["수량", "예산"]:
        if r[f] and not re.fullmatch(r"[1-9]\d*", r[f]): err("bad %s %s" % (f, r["수요번호"]))
if len(set(text.values())) != 150: err("duplicate need texts")
src = {n["text"]: n for n in NEEDS}
for q in qs:
    if kind[q["수요번호"]] != "no_match" and q["수요내용"] not in src: err("need text changed: " + q["수요내용"])

# ---- qrels
codeset = set(codes)
by = defaultdict(list)
seen = set()
for r in qrels:
    if r["수요번호"] not in kind: err("qrels unknown need " + r["수요번호"]); continue
    if r["제품코드"] not in codeset: err("qrels unknown product " + r["제품코드"])
    if r["관련도"] not in ("1", "2"): err("bad relevance %s" % r)
    key = (r["수요번호"], r["제품코드"])
    if key in seen: err("duplicate qrel %s" % (key,))
    seen.add(key)
    if kind[r["수요번호"]] == "multi_item":
        if not r["품목"]: err("multi_item qrel without 품목 %s" % (key,))
    elif r["품목"]:
        err("품목 on non-multi need %s" % (key,))
    by[r["수요번호"]].append(r)
for i in ids:
    if kind[i] == "no_match":
        if by[i]: err("no_match need has qrels " + i)
    elif not any(r["관련도"] == "2" for r in by[i]):
        err("no relevance-2 product for " + i)
for n in NEEDS:
    if n["kind"] == "multi_item":
        qid = [i for i in ids if text[i] == n["text"]][0]
        for it in n["items"]:
            if it["품목"] not in n["text"]: err("품목 %s not as written in %s" % (it["품목"], n["text"]))
            if not any(r["품목"] == it["품목"] and r["관련도"] == "2" for r in by[qid]):
                err("multi item %s has no relevance-2 product" % it["품목"])

# ---- hanyeong
hk = {i for i in ids if kind[i] == "hanyeong"}
if {r["수요번호"] for r in hy} != hk: err("hanyeong_intended ids mismatch")
full = mixed = 0
for r in hy:
    inp, want = r["입력"], r["의도한 한글"]
    if inp != text[r["수요번호"]]: err("hanyeong 입력 differs from need text")
    if kbd.keys_to_hangul(inp) != want: err("hanyeong keys->hangul fails: %s" % inp)
    if kbd.hangul_to_keys(want) != kbd.hangul_to_keys(inp): err("hanyeong hangul->keys fails: %s" % inp)
    if re.search(r"[가-힣]", inp): mixed += 1
    elif re.fullmatch(r"[A-Za-z ]+", inp): full += 1
    else: err("odd hanyeong input " + inp)
if (full, mixed) != (8, 3): err("hanyeong full/mixed = %d/%d" % (full, mixed))

# ---- choseong
for n in NEEDS:
    if n["kind"] != "choseong": continue
    toks, itoks = n["text"].split(), n["intended"].split()
    if len(toks) != len(itoks): err("choseong token count " + n["text"]); continue
    has = False
    for t, it in zip(toks, itoks):
        if re.fullmatch(r"[ㄱ-ㅎ]+", t):
            has = True
            if kbd.choseong(it) != t: err("choseong mismatch %s vs %s" % (t, it))
        elif t != it:
            err("choseong plain token mismatch %s vs %s" % (t, it))
    if not has: err("no choseong in " + n["text"])

# spacing needs whose joined form carries a shop word ('업체') that no product writes
SPACING_CORE = {"방역소독업체": "방역소독"}
# ---- synonym/typo words absent; spacing differs from catalog
for n in NEEDS:
    if n["kind"] in ("synonym", "typo"):
        if n["word"] in CAT_TEXT: err("%s word in catalog: %s" % (n["kind"], n["word"]))
        if n["word"] not in n["text"]: err("word not in need " + n["text"])
    if n["kind"] == "spacing":
        if n["text"] in CAT_TEXT: err("spacing need appears verbatim in catalog: " + n["text"])
        core = SPACING_CORE.get(n["text"], re.sub(r"\s+", "", n["text"]))
        if core not in CAT_NOSPACE:
            err("spacing need has no space-insensitive match: " + n["text"])

# ---- location
for n in NEEDS:
    if n["kind"] == "location":
        if n["dong"] not in ALL_BASE: err("not a real 동: " + n["dong"])
        if not n["text"].startswith(n["dong"]): err("location text lacks dong " + n["text"])

# ---- no-match detail
if {r["수요번호"] for r in nmd} != {i for i in ids if kind[i] == "no_match"}: err("no_match_detail ids mismatch")
lv = Counter(r["난이도"] for r in nmd)
if lv != Counter({"hard": 20, "easy": 10}): err("no_match levels %s" % lv)
for r in nmd:
    if r["난이도"] == "hard":
        for w in re.split(r",\s*", r["겹치는 말"]):
            if w and w not in CAT_TEXT: err("hard no-match overlap word absent from catalog: " + w)
    else:
        for w in text[r["수요번호"]].split():
            if len(w) >= 2 and w in CAT_TEXT: err("easy no-match word in catalog: " + w)

print("products %d, enterprises %d, categories %d, needs %d, qrels %d" % (len(cat), len(ents), len(cats), len(qs), len(qrels)))
print("kinds", dict(kc))
if ERR:
    print("ERRORS (%d):" % len(ERR))
    for e in ERR: print("  -", e)
    sys.exit(1)
print("OK")
