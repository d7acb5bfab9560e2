"""세트 I 검증기. 문제가 없으면 OK 를 출력한다."""
import csv, json, os, re, sys
from collections import Counter, defaultdict
import kbd

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ERR = []


def err(m):
    ERR.append(m)


def load(name, header):
    p = os.path.join(D, name)
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": BOM")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    if rows[0] != header:
        err("%s: header %r" % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]]


CAT_H = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]
cat = load("catalog.csv", CAT_H)
queries = load("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = load("query_kinds.csv", ["수요번호", "유형"])
qrels = load("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = load("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = load("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
meta = json.load(open(os.path.join(D, "tools", "query_meta.json"), encoding="utf-8"))

# ---- catalog
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합", "사회적협동조합"}
DONGS = {"효자동1가", "효자동2가", "효자동3가", "삼천동1가", "삼천동2가", "삼천동3가", "평화동1가", "평화동2가",
         "중화산동1가", "중화산동2가", "서신동", "완산동", "풍남동1가", "풍남동2가", "풍남동3가", "교동", "전동",
         "동서학동", "서학동", "진북동", "인후동1가", "인후동2가", "우아동1가", "우아동2가", "우아동3가",
         "송천동1가", "송천동2가", "금암동", "덕진동1가", "덕진동2가", "팔복동1가", "팔복동2가", "팔복동3가",
         "팔복동4가", "호성동1가", "호성동2가", "호성동3가", "만성동", "여의동", "중동", "장동"}
GU_OF = {"완산구": {"효자동", "삼천동", "평화동", "중화산동", "서신동", "완산동", "풍남동", "교동", "전동", "동서학동",
                   "서학동", "진북동"},
         "덕진구": {"인후동", "우아동", "송천동", "금암동", "덕진동", "팔복동", "호성동", "만성동", "여의동", "중동", "장동"}}
if not 260 <= len(cat) <= 320:
    err("catalog size %d" % len(cat))
for i, r in enumerate(cat, 1):
    if r["제품코드"] != "I%04d" % i:
        err("code order " + r["제품코드"])
    if r["기업유형"] not in TYPES:
        err("type " + r["기업유형"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("bizno " + r["사업자등록번호"])
    if not re.fullmatch(r"[1-9]\d*", r["단가"]):
        err("price " + r["단가"])
    for c in CAT_H:
        if not r[c].strip():
            err("empty %s in %s" % (c, r["제품코드"]))
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)", r["주소"])
    if not m:
        err("addr " + r["주소"])
    else:
        dong = m.group(3)
        if dong not in DONGS:
            err("dong " + dong)
        base = re.sub(r"\d가$", "", dong)
        if base not in GU_OF[m.group(1)]:
            err("gu/dong mismatch " + r["주소"])
ents = defaultdict(set)
for r in cat:
    ents[r["기업명"]].add((r["기업유형"], r["사업자등록번호"], r["주소"]))
if not 50 <= len(ents) <= 65:
    err("enterprises %d" % len(ents))
for e, v in ents.items():
    if len(v) != 1:
        err("inconsistent enterprise " + e)
if len({next(iter(v))[1] for v in ents.values()}) != len(ents):
    err("duplicate bizno")
ncat = len({r["분류"] for r in cat})
if not 18 <= ncat <= 25:
    err("categories %d" % ncat)
if len({r["제품명"] for r in cat}) != len(cat):
    err("duplicate product names")
CODES = {r["제품코드"]: r for r in cat}
CTEXT = "\n".join(" ".join(r[c] for c in CAT_H) for r in cat)

# ---- queries / kinds
WANT = dict(no_match=30, exact=11, synonym=11, typo=11, hanyeong=11, spacing=11, choseong=11, quantity=11,
            long_sentence=11, category=11, location=11, multi_item=10)
ids = ["I-Q%03d" % i for i in range(1, 151)]
if [q["수요번호"] for q in queries] != ids:
    err("query ids")
if [k["수요번호"] for k in kinds] != ids:
    err("kind ids")
for q in queries:
    for c in ("수량", "예산"):
        if q[c] and not re.fullmatch(r"\d+", q[c]):
            err("%s %s %r" % (q["수요번호"], c, q[c]))
    if not q["수요내용"].strip():
        err("empty need " + q["수요번호"])
KIND = {k["수요번호"]: k["유형"] for k in kinds}
cnt = Counter(KIND.values())
if dict(cnt) != WANT:
    err("kind counts %r" % dict(cnt))
TEXT = {q["수요번호"]: q["수요내용"] for q in queries}
if len(set(TEXT.values())) != 150:
    err("duplicate need text")
for qid, m in meta.items():
    if m["kind"] != KIND.get(qid):
        err("meta kind mismatch " + qid)

# ---- qrels
byq = defaultdict(list)
seen = set()
for r in qrels:
    qid, code = r["수요번호"], r["제품코드"]
    if qid not in KIND:
        err("qrels unknown need " + qid)
    if code not in CODES:
        err("qrels unknown code " + code)
    if r["관련도"] not in ("1", "2"):
        err("grade %r" % r["관련도"])
    if (qid, code) in seen:
        err("dup qrel %s %s" % (qid, code))
    seen.add((qid, code))
    byq[qid].append(r)
    multi2 = KIND.get(qid) == "multi_item" and r["관련도"] == "2"
    if multi2 and not r["품목"]:
        err("multi grade-2 without 품목 %s %s" % (qid, code))
    if not multi2 and r["품목"]:
        err("품목 where not allowed %s %s" % (qid, code))
for qid in ids:
    rs = byq.get(qid, [])
    if KIND[qid] == "no_match":
        if rs:
            err("no_match has rows " + qid)
    elif not any(r["관련도"] == "2" for r in rs):
        err("no grade-2 row " + qid)
    if KIND[qid] == "multi_item":
        items = {r["품목"] for r in rs if r["관련도"] == "2"}
        if len(items) < 2:
            err("multi_item with <2 items " + qid)
    if KIND[qid] == "location":
        dong = meta[qid]["dong"]
        if dong not in TEXT[qid]:
            err("location dong not in need " + qid)
        for r in rs:
            if r["관련도"] == "2" and "(" + dong not in CODES[r["제품코드"]]["주소"]:
                err("location grade-2 outside dong %s %s" % (qid, r["제품코드"]))

# ---- no_match detail
nm_ids = [i for i in ids if KIND[i] == "no_match"]
if sorted(r["수요번호"] for r in nmd) != nm_ids:
    err("no_match_detail ids")
lv = Counter(r["난이도"] for r in nmd)
if lv != Counter(hard=20, easy=10):
    err("no_match levels %r" % lv)
for r in nmd:
    if not r["해당 없음 이유"]:
        err("no reason " + r["수요번호"])
    if r["난이도"] == "hard" and not r["겹치는 말"]:
        err("hard without overlap " + r["수요번호"])

# ---- hanyeong
hy_ids = [i for i in ids if KIND[i] == "hanyeong"]
if sorted(r["수요번호"] for r in hy) != hy_ids:
    err("hanyeong ids")
for r in hy:
    if r["입력"] != TEXT[r["수요번호"]]:
        err("hanyeong input != need " + r["수요번호"])
    if not re.search(r"[A-Za-z]{2,}", r["입력"]):
        err("hanyeong input without latin " + r["수요번호"])
    back = kbd.from_qwerty(r["입력"])
    if back != r["의도한 한글"]:
        err("hanyeong roundtrip %s: %r -> %r != %r" % (r["수요번호"], r["입력"], back, r["의도한 한글"]))
    if kbd.to_qwerty(r["의도한 한글"]).split(" ") and not all(
            t == kbd.to_qwerty(h) or t == h for t, h in zip(r["입력"].split(" "), r["의도한 한글"].split(" "))):
        err("hanyeong token mismatch " + r["수요번호"])

# ---- choseong
for qid in ids:
    if KIND[qid] != "choseong":
        continue
    m = meta[qid]
    if m["cho"] not in TEXT[qid].split(" "):
        err("choseong token missing " + qid)
    if not all("ㄱ" <= ch <= "ㅎ" for ch in m["cho"]):
        err("choseong token not jamo " + qid)
    if kbd.choseong(m["word"]) != m["cho"]:
        err("choseong mismatch %s %s %s" % (qid, m["word"], m["cho"]))
    if m["word"] not in CTEXT:
        err("choseong word not in catalog " + qid)
    if not any(m["word"] in CODES[r["제품코드"]]["제품명"] for r in byq[qid] if r["관련도"] == "2"):
        err("choseong word not in a grade-2 product name " + qid)

# ---- synonym / typo absent words
for qid in ids:
    if KIND[qid] in ("synonym", "typo"):
        ab = meta[qid].get("absent") or []
        if not ab:
            err("no absent word recorded " + qid)
        if not any(a in TEXT[qid] for a in ab):
            err("absent word not in need " + qid)
        for a in ab:
            if a in CTEXT:
                err("word %r of %s is in the catalog" % (a, qid))
        for a in ab:
            if re.sub(r"\s", "", a) in re.sub(r"\s", "", CTEXT):
                err("word %r of %s is in the catalog (spaces ignored)" % (a, qid))

# ---- spacing: need differs from some catalog text only in spacing
for qid in ids:
    if KIND[qid] == "spacing":
        t = TEXT[qid]
        if t in CTEXT:
            err("spacing need appears verbatim " + qid)

if ERR:
    print("\n".join(ERR))
    print("FAILED:", len(ERR))
    sys.exit(1)
print("catalog %d products, %d enterprises, %d categories; needs 150 %r; qrels %d rows" % (
    len(cat), len(ents), ncat, dict(sorted(cnt.items())), len(qrels)))
print("OK")
