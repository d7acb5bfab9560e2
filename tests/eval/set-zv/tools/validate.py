# -*- coding: utf-8 -*-
"""출력물 검증. 문제가 있으면 ERROR를 찍고 종료코드 1."""
import csv, os, re, sys, collections
import kbd, needs_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []
WARN = []

REAL_DONG = {
    "완산구": """중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가
        전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동
        서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가
        평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동""".split(),
    "덕진구": """진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동
        우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동
        화전동 용정동 성덕동 원동 고랑동 여의동 만성동 남정동 중동 장동 도덕동 강흥동 쌍정동 도도동 동산동 조촌동""".split(),
}
ALL_DONG = {d: g for g, ds in REAL_DONG.items() for d in ds}
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence",
         "category", "location", "multi_item", "no_match"]
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}


def err(m):
    ERR.append(m)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": BOM")
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err("%s: header %r" % (name, rows[0]))
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err("%s line %d: %d cols" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
ks = read("query_kinds.csv", ["수요번호", "유형"])
qr = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nm = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])

# ---- catalog
codes = {}
ents = {}
for i, r in enumerate(cat, 1):
    if r["제품코드"] != "ZV%04d" % i:
        err("code order " + r["제품코드"])
    codes[r["제품코드"]] = r
    if r["기업유형"] not in TYPES:
        err("type " + r["기업유형"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("brn " + r["사업자등록번호"])
    if not re.fullmatch(r"\d+", r["단가"]) or int(r["단가"]) <= 0:
        err("price " + r["제품코드"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m:
        err("addr " + r["주소"])
    elif ALL_DONG.get(m.group(2)) != m.group(1):
        err("addr dong/gu " + r["주소"])
    for c in ["제품명", "분류", "규격", "단위", "설명"]:
        if not r[c].strip():
            err("empty %s %s" % (c, r["제품코드"]))
    key = r["기업명"]
    v = (r["기업유형"], r["사업자등록번호"], r["주소"])
    if ents.setdefault(key, v) != v:
        err("enterprise inconsistent " + key)
brns = collections.Counter(v[1] for v in ents.values())
if any(c > 1 for c in brns.values()):
    err("duplicate brn")
n_cat = len(set(r["분류"] for r in cat))
if not (280 <= len(cat) <= 320):
    err("product count %d" % len(cat))
cat_text = "\n".join(" ".join([r["기업명"], r["제품명"], r["분류"], r["규격"], r["설명"]]) for r in cat)

# ---- queries / kinds
ids = ["ZV-Q%03d" % i for i in range(1, 151)]
if [r["수요번호"] for r in qs] != ids:
    err("queries ids")
if sorted(r["수요번호"] for r in ks) != ids:
    err("kinds ids")
kind = {r["수요번호"]: r["유형"] for r in ks}
text = {r["수요번호"]: r["수요내용"] for r in qs}
for r in ks:
    if r["유형"] not in KINDS:
        err("kind " + r["유형"])
for r in qs:
    for c in ["수량", "예산"]:
        if r[c] and not re.fullmatch(r"\d+", r[c]):
            err("%s %s" % (c, r["수요번호"]))
cnt = collections.Counter(kind.values())
for k in KINDS:
    if k == "no_match":
        if cnt[k] != 30:
            err("no_match count %d" % cnt[k])
    elif not (10 <= cnt[k] <= 11):
        err("kind %s count %d" % (k, cnt[k]))
if sum(v for k, v in cnt.items() if k != "no_match") != 120:
    err("matchable != 120")

# ---- qrels
rel2 = collections.defaultdict(set)
items2 = collections.defaultdict(set)
seen = set()
for r in qr:
    q, c = r["수요번호"], r["제품코드"]
    if (q, c) in seen:
        err("dup qrel %s %s" % (q, c))
    seen.add((q, c))
    if c not in codes:
        err("qrel code " + c)
    if q not in kind:
        err("qrel id " + q)
        continue
    if r["관련도"] not in ("1", "2"):
        err("rel value " + r["관련도"])
    if kind[q] == "no_match":
        err("no_match has qrel " + q)
    if kind[q] == "multi_item":
        if not r["품목"]:
            err("multi_item without 품목 " + q)
    elif r["품목"]:
        err("품목 on non-multi " + q)
    if r["관련도"] == "2":
        rel2[q].add(c)
        items2[q].add(r["품목"])
for q, k in kind.items():
    if k != "no_match" and not rel2[q]:
        err("no relevance-2 product for %s %s" % (q, text[q]))

# ---- need-level checks via needs_data (text 일치로 연결)
by_text = {}
for n in needs_data.NEEDS:
    by_text[n["q"]] = n
for n in needs_data.NO_MATCH:
    by_text[n["q"]] = dict(n, k="no_match")
if len(by_text) != 150:
    err("need texts not unique")
for q, t in text.items():
    n = by_text.get(t)
    if n is None:
        err("unknown need text " + t)
        continue
    if n["k"] != kind[q]:
        err("kind mismatch " + q)
    if n["k"] in ("synonym", "typo"):
        for w in n["absent"]:
            if w not in t:
                err("absent word not in need " + q)
            if w in cat_text:
                err("%s word '%s' appears in catalog" % (n["k"], w))
    if n["k"] == "spacing" and t in cat_text:
        WARN.append("spacing form '%s' appears in catalog" % t)
    if n["k"] == "choseong":
        if not all(kbd.is_choseong_char(ch) for ch in n["cho"]):
            err("cho chars " + q)
        if kbd.choseong(n["cho_of"]) != n["cho"]:
            err("choseong mismatch " + q)
        if n["cho"] not in t:
            err("cho not in text " + q)
    if n["k"] == "location":
        base = n["dong"]
        if not any(re.fullmatch(re.escape(base) + r"(\d가)?", d) for d in ALL_DONG):
            err("location dong not real " + base)
        if not t.startswith(base):
            err("location text " + q)
    if n["k"] == "multi_item":
        want_items = {it["item"] for it in n["items"]}
        if items2[q] != want_items:
            err("multi_item %s items with rel2 %s != %s" % (q, items2[q], want_items))
        for it in n["items"]:
            if it["item"] not in t:
                err("multi item text " + it["item"])

# ---- 한영
full = mixed = 0
hmap = {r["수요번호"]: r for r in hy}
for q, k in kind.items():
    if k != "hanyeong":
        continue
    r = hmap.get(q)
    if not r:
        err("hanyeong_intended missing " + q)
        continue
    inp, want = r["입력"], r["의도한 한글"]
    if inp != text[q]:
        err("hanyeong input != need " + q)
    if kbd.to_hangul(inp) != want:
        err("to_hangul %s -> %s != %s" % (inp, kbd.to_hangul(inp), want))
    if kbd.to_keys(want) != kbd.to_keys(inp):
        err("to_keys round trip " + q)
    has_h = bool(re.search(r"[가-힣]", inp))
    if re.search(r"[a-zA-Z]", inp) is None:
        err("hanyeong without latin " + q)
    if has_h:
        mixed += 1
    else:
        full += 1
if (full, mixed) != (8, 3):
    err("hanyeong full/mixed = %d/%d" % (full, mixed))
if len(hy) != 11:
    err("hanyeong rows %d" % len(hy))

# ---- no_match detail
if sorted(r["수요번호"] for r in nm) != sorted(q for q, k in kind.items() if k == "no_match"):
    err("no_match_detail ids")
dc = collections.Counter(r["난이도"] for r in nm)
if dc != {"어려움": 20, "쉬움": 10}:
    err("no_match difficulty %s" % dc)
for r in nm:
    if r["난이도"] == "어려움":
        for w in [x.strip() for x in r["겹치는 말"].split(",") if x.strip()]:
            if w.split()[0] not in cat_text:
                WARN.append("hard no_match overlap '%s' not in catalog (%s)" % (w, r["수요번호"]))

# ---- report
qc = collections.Counter(kind[r["수요번호"]] for r in qr)
q2 = collections.Counter(kind[r["수요번호"]] for r in qr if r["관련도"] == "2")
print("products %d, enterprises %d, categories %d" % (len(cat), len(ents), n_cat))
print("%-14s %5s %6s %6s" % ("kind", "needs", "qrels", "rel2"))
for k in KINDS:
    print("%-14s %5d %6d %6d" % (k, cnt[k], qc[k], q2[k]))
print("total qrels %d (rel2 %d, rel1 %d)" % (len(qr), sum(q2.values()), len(qr) - sum(q2.values())))
for w in WARN:
    print("WARN", w)
for e in ERR:
    print("ERROR", e)
print("OK" if not ERR else "FAILED (%d errors)" % len(ERR))
sys.exit(1 if ERR else 0)
