# -*- coding: utf-8 -*-
"""세트 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 띄어쓰기, 동 이름."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd, jeonju_dong, needs_data as ND

ERR = []
WARN = []
def err(m): ERR.append(m)

def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): err(name + ": BOM")
    raw.decode("utf-8")
    rows = list(csv.reader(open(p, encoding="utf-8", newline="")))
    if rows[0] != header: err("%s: header %s" % (name, rows[0]))
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header): err("%s line %d: %d cols" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]

CAT_H = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]
cat = read("catalog.csv", CAT_H)
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
idmap = list(csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8")))

# ---- catalog
codes = [r["제품코드"] for r in cat]
if codes != ["ZZK%04d" % i for i in range(1, len(codes) + 1)]: err("catalog codes not sequential ZZK0001..")
if not 280 <= len(cat) <= 320: err("catalog size %d" % len(cat))
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}
ents = {}
for r in cat:
    if r["기업유형"] not in TYPES: err("type " + r["제품코드"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]): err("brn " + r["제품코드"])
    if not re.fullmatch(r"[1-9]\d*", r["단가"]): err("price " + r["제품코드"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m: err("addr " + r["제품코드"])
    elif m.group(2) not in jeonju_dong.BY_GU[m.group(1)]: err("dong not in gu " + r["제품코드"] + " " + r["주소"])
    for c in CAT_H:
        if not r[c].strip(): err("empty %s %s" % (c, r["제품코드"]))
    e = ents.setdefault(r["기업명"], (r["기업유형"], r["사업자등록번호"], r["주소"]))
    if e != (r["기업유형"], r["사업자등록번호"], r["주소"]): err("enterprise inconsistent " + r["기업명"])
brns = [v[1] for v in ents.values()]
if len(set(brns)) != len(brns): err("duplicate 사업자등록번호")
ncat = len({r["분류"] for r in cat})
print("catalog: %d products, %d enterprises, %d 분류" % (len(cat), len(ents), ncat))

# ---- queries / kinds
ids = ["ZZK-Q%03d" % i for i in range(1, 151)]
if [r["수요번호"] for r in qs] != ids: err("queries ids")
if [r["수요번호"] for r in kinds] != ids: err("kinds ids")
for r in qs:
    for c in ("수량", "예산"):
        if r[c] and not re.fullmatch(r"[1-9]\d*", r[c]): err("%s %s" % (c, r["수요번호"]))
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category", "location", "multi_item", "no_match"]
kind = {r["수요번호"]: r["유형"] for r in kinds}
cnt = collections.Counter(kind.values())
for k in KINDS:
    n = cnt.get(k, 0)
    if k == "no_match":
        if n != 30: err("no_match count %d" % n)
    elif not 10 <= n <= 11: err("%s count %d" % (k, n))
if set(cnt) - set(KINDS): err("unknown kinds")
if sum(v for k, v in cnt.items() if k != "no_match") != 120: err("matchable != 120")
text = {r["수요번호"]: r["수요내용"] for r in qs}

# need texts unchanged vs needs_data
bykey = {n["key"]: n for n in ND.NEEDS}
nm = {t[0]: t for t in ND.NO_MATCH}
key_of = {}
for r in idmap:
    key_of[r["수요번호"]] = r["내부키"]
    k = r["내부키"]
    src = bykey[k]["text"] if k in bykey else nm[k][2]
    if text[r["수요번호"]] != src: err("text mismatch " + r["수요번호"])
    if (bykey[k]["kind"] if k in bykey else "no_match") != kind[r["수요번호"]]: err("kind mismatch " + r["수요번호"])

# ---- qrels
codeset = set(codes)
seen = set()
rel2 = collections.Counter()
items2 = collections.defaultdict(set)
for r in qrels:
    q, c = r["수요번호"], r["제품코드"]
    if q not in kind: err("qrels unknown q " + q)
    if c not in codeset: err("qrels unknown code " + c)
    if r["관련도"] not in ("1", "2"): err("qrels rel " + str(r))
    if (q, c) in seen: err("dup qrel %s %s" % (q, c))
    seen.add((q, c))
    if kind.get(q) == "no_match": err("no_match has qrels " + q)
    if kind.get(q) == "multi_item":
        if not r["품목"] or r["품목"] not in text[q]: err("품목 missing/not in need " + q)
        if r["관련도"] == "2": items2[q].add(r["품목"])
    elif r["품목"]: err("품목 on non-multi " + q)
    if r["관련도"] == "2": rel2[q] += 1
for q, k in kind.items():
    if k != "no_match" and rel2[q] == 0: err("no relevance-2 for " + q)
    if k == "multi_item":
        want = {it[0] for it in bykey[key_of[q]]["items"]}
        if want - items2[q]: err("multi item without rel2: %s %s" % (q, want - items2[q]))

# ---- hanyeong
hq = [q for q, k in kind.items() if k == "hanyeong"]
if sorted(r["수요번호"] for r in hy) != sorted(hq): err("hanyeong_intended rows")
full = mixed = 0
for r in hy:
    if r["입력"] != text[r["수요번호"]]: err("hanyeong input != need " + r["수요번호"])
    if kbd.keys_to_hangul(r["입력"]) != r["의도한 한글"]: err("hanyeong keys->hangul fails " + r["수요번호"])
    if re.fullmatch(r"[A-Za-z ]+", r["입력"]):
        full += 1
        if kbd.hangul_to_keys(r["의도한 한글"]) != r["입력"]: err("hanyeong hangul->keys fails " + r["수요번호"])
    else:
        mixed += 1
        if not re.search(r"[A-Za-z]", r["입력"]) or not re.search(r"[가-힣]", r["입력"]): err("mixed hanyeong not mixed " + r["수요번호"])
if (full, mixed) != (8, 3): err("hanyeong full/mixed %d/%d" % (full, mixed))

# ---- choseong
JAMO = set(kbd.CHO)
for q, k in kind.items():
    if k != "choseong": continue
    n = bykey[key_of[q]]
    toks, itoks = text[q].split(), n["intended"].split()
    if len(toks) != len(itoks): err("choseong tokens " + q); continue
    has = False
    for t, it in zip(toks, itoks):
        if set(t) <= JAMO:
            has = True
            exact = kbd.choseong(it)
            loose = exact.translate(str.maketrans("ㄲㄸㅃㅆㅉ", "ㄱㄷㅂㅅㅈ"))
            if t == exact:
                pass
            elif t == loose:
                WARN.append("choseong %s: '%s' types 된소리 as 예사소리 (exact 초성 of '%s' is '%s')" % (q, t, it, exact))
            else:
                err("choseong mismatch %s %s %s" % (q, t, it))
        elif t != it: err("choseong word mismatch " + q)
    if not has: err("choseong without jamo " + q)

# ---- synonym / typo words absent; spacing forms
alltext = "\n".join(",".join(r.values()) for r in cat)
for q, k in kind.items():
    n = bykey.get(key_of[q])
    if k in ("synonym", "typo"):
        if not n.get("word") or n["word"] not in text[q]: err("word not in need " + q)
        if n["word"] in alltext: err("%s word in catalog: %s" % (k, n["word"]))
    if k == "spacing":
        if n["catalog_form"] not in alltext: err("catalog_form absent " + q)
        if text[q] in alltext: err("spacing need form present in catalog " + q)
        if text[q].replace(" ", "") != n["catalog_form"].replace(" ", ""): err("spacing differs beyond spaces " + q)
        if text[q] == n["catalog_form"]: err("spacing identical " + q)

# ---- location 동
bases = jeonju_dong.bases()
for q, k in kind.items():
    if k != "location": continue
    n = bykey[key_of[q]]
    if n["dong"] not in bases: err("location dong not real " + n["dong"])
    if not text[q].startswith(n["dong"] + " "): err("location text " + q)

# ---- no_match detail
if sorted(r["수요번호"] for r in nmd) != sorted(q for q, k in kind.items() if k == "no_match"): err("no_match_detail rows")
dc = collections.Counter(r["난이도"] for r in nmd)
if dc != collections.Counter({"어려움": 20, "쉬움": 10}): err("no_match difficulty %s" % dc)
for r in nmd:
    if r["난이도"] == "어려움" and not r["겹치는 말"]: err("hard no_match without overlap " + r["수요번호"])

# ---- sweep fully reviewed
sw = list(csv.DictReader(open(os.path.join(HERE, "sweep_candidates.csv"), encoding="utf-8")))
if any(r["결정"] == "UNREVIEWED" for r in sw): err("unreviewed sweep candidates")

print("kinds:", dict(cnt))
print("qrels rows:", len(qrels))
for w in WARN: print("WARN:", w)
if ERR:
    print("ERRORS (%d):" % len(ERR)); [print(" -", e) for e in ERR]; sys.exit(1)
print("OK")
