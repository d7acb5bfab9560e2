# -*- coding: utf-8 -*-
"""Validate the set-ze evaluation set. Exit code 1 on any failure."""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data as ND
import catalog_data as CD

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)
    return cond


def read(name, header):
    path = os.path.join(ROOT, name)
    raw = open(path, "rb").read()
    check(not raw.startswith(b"\xef\xbb\xbf"), name + ": has BOM")
    raw.decode("utf-8")
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    check(rows[0] == header, "%s: header %r" % (name, rows[0]))
    out = []
    for r in rows[1:]:
        check(len(r) == len(header), "%s: bad row %r" % (name, r))
        out.append(dict(zip(header, r)))
    return out


KINDS = {"exact": 11, "synonym": 11, "typo": 11, "hanyeong": 11, "spacing": 11, "choseong": 11, "quantity": 11,
         "long_sentence": 11, "category": 11, "location": 11, "multi_item": 10, "no_match": 30}

cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
nmap = {r["수요번호"]: r for r in csv.DictReader(open(os.path.join(HERE, "need_map.csv"), encoding="utf-8"))}
needs_by_key = {n["key"]: n for n in ND.NEEDS}

# ---------------------------------------------------------------- catalog
codes = [r["제품코드"] for r in cat]
check(len(codes) == len(set(codes)), "duplicate product codes")
check(all(re.fullmatch(r"ZE\d{4}", c) for c in codes), "bad product code format")
check(270 <= len(cat) <= 310, "catalog size %d" % len(cat))
ents = {r["기업명"] for r in cat}
check(60 <= len(ents) <= 70, "enterprise count %d" % len(ents))
cats = {r["분류"] for r in cat}
check(26 <= len(cats) <= 34, "category count %d" % len(cats))
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}
ADDR = re.compile(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)$")
biz_by_ent = defaultdict(set)
for r in cat:
    check(r["기업유형"] in TYPES, "type " + r["기업유형"])
    check(re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]) is not None, "biz no " + r["사업자등록번호"])
    biz_by_ent[r["기업명"]].add(r["사업자등록번호"])
    check(r["단가"].isdigit() and int(r["단가"]) > 0, "price " + r["제품코드"])
    m = ADDR.match(r["주소"])
    if check(m is not None, "address format " + r["주소"]):
        check(m.group(3) in CD.DONG[m.group(1)], "gu/dong pair " + r["주소"])
    for c in ("제품명", "분류", "규격", "단위", "설명"):
        check(r[c].strip() != "", "empty %s %s" % (c, r["제품코드"]))
check(all(len(v) == 1 for v in biz_by_ent.values()), "enterprise with several biz numbers")
check(len({next(iter(v)) for v in biz_by_ent.values()}) == len(biz_by_ent), "shared biz number")
CAT_TEXT = "\n".join(" ".join(r.values()) for r in cat)
CAT_TEXT_L = CAT_TEXT.lower()
PROD_TEXT = {r["제품코드"]: " ".join([r["제품명"], r["규격"], r["설명"]]) for r in cat}
DONG_OF = {r["제품코드"]: ADDR.match(r["주소"]).group(3) for r in cat}
ALL_DONG = [d for g in CD.DONG.values() for d in g]

# ---------------------------------------------------------------- queries & kinds
ids = [q["수요번호"] for q in qs]
check(len(ids) == 150 and len(set(ids)) == 150, "need count / duplicate ids")
check(ids == ["ZE-Q%03d" % i for i in range(1, 151)], "ids not ZE-Q001..ZE-Q150 in order")
for q in qs:
    for c in ("수량", "예산"):
        check(q[c] == "" or q[c].isdigit(), "%s %s not int" % (q["수요번호"], c))
    check(q["수요내용"].strip() != "", "empty need " + q["수요번호"])
kind_of = {k["수요번호"]: k["유형"] for k in kinds}
check(set(kind_of) == set(ids), "query_kinds ids mismatch")
cnt = Counter(kind_of.values())
for k, n in KINDS.items():
    check(cnt[k] == n, "kind %s count %d != %d" % (k, cnt[k], n))
check(set(cnt) == set(KINDS), "unknown kinds %s" % (set(cnt) - set(KINDS)))
text_of = {q["수요번호"]: q["수요내용"] for q in qs}
for i in ids:
    check(i in nmap and nmap[i]["수요내용"] == text_of[i] and nmap[i]["유형"] == kind_of[i], "need_map mismatch " + i)
check(len(set(text_of.values())) == 150, "duplicate need texts")

# ---------------------------------------------------------------- qrels
rel = defaultdict(dict)
item_of = {}
for r in qrels:
    qid, code = r["수요번호"], r["제품코드"]
    check(qid in kind_of, "qrels unknown need " + qid)
    check(code in PROD_TEXT, "qrels unknown code " + code)
    check(r["관련도"] in ("1", "2"), "grade %r" % r["관련도"])
    check(code not in rel[qid], "duplicate qrel %s %s" % (qid, code))
    rel[qid][code] = int(r["관련도"])
    if kind_of.get(qid) == "multi_item":
        check(r["품목"] != "" and r["품목"] in text_of[qid], "multi 품목 %s %s %r" % (qid, code, r["품목"]))
    else:
        check(r["품목"] == "", "품목 filled for non-multi " + qid)
for qid, k in kind_of.items():
    if k == "no_match":
        check(not rel.get(qid), "no_match with qrels " + qid)
    else:
        check(any(g == 2 for g in rel.get(qid, {}).values()), "no grade-2 product for " + qid)

# multi_item: every item has at least one product
for qid, k in kind_of.items():
    if k != "multi_item":
        continue
    n = needs_by_key[nmap[qid]["key"]]
    items = {r["품목"] for r in qrels if r["수요번호"] == qid}
    for it in n["items"]:
        check(it["as"] in items, "multi item without product %s %s" % (qid, it["as"]))

# ---------------------------------------------------------------- no_match detail
check(sorted(r["수요번호"] for r in nmd) == sorted(q for q, k in kind_of.items() if k == "no_match"), "no_match_detail ids")
dc = Counter(r["난이도"] for r in nmd)
check(dc["hard"] == 20 and dc["easy"] == 10, "no_match difficulty counts %s" % dc)
for r in nmd:
    check(r["해당 없음 이유"].strip() != "" and r["겹치는 말"].strip() != "", "no_match detail empty " + r["수요번호"])

# ---------------------------------------------------------------- hanyeong
hy_ids = sorted(r["수요번호"] for r in hy)
check(hy_ids == sorted(q for q, k in kind_of.items() if k == "hanyeong"), "hanyeong_intended ids")
whole = mixed = 0
for r in hy:
    inp, want = r["입력"], r["의도한 한글"]
    check(inp == text_of[r["수요번호"]], "hanyeong input != need text " + r["수요번호"])
    check(kbd.to_hangul(inp) == want, "한영 %r -> %r != %r" % (inp, kbd.to_hangul(inp), want))
    if re.search("[가-힣]", inp):
        mixed += 1
        # converting the intended text's Latin part back must reproduce the input
        parts_in, parts_want = inp.split(), want.split()
        check(len(parts_in) == len(parts_want), "mixed token count " + inp)
        for a, b in zip(parts_in, parts_want):
            check(a == b or kbd.to_qwerty(b) == a, "mixed token %r vs %r" % (a, b))
    else:
        whole += 1
        check(re.fullmatch(r"[A-Za-z ]+", inp) is not None, "whole hanyeong not ascii " + inp)
        check(kbd.to_qwerty(want) == inp, "round trip %r -> %r != %r" % (want, kbd.to_qwerty(want), inp))
check(whole == 8 and mixed == 3, "hanyeong whole/mixed %d/%d" % (whole, mixed))
check(kbd._selftest(), "kbd selftest")

# ---------------------------------------------------------------- choseong
CHO = set(kbd.CHO)
for qid, k in kind_of.items():
    if k != "choseong":
        continue
    n = needs_by_key[nmap[qid]["key"]]
    a, b = text_of[qid].split(), n["intended"].split()
    check(len(a) == len(b), "choseong token count " + qid)
    has_cho = False
    for x, y in zip(a, b):
        if all(ch in CHO for ch in x):
            has_cho = True
            check(kbd.choseong(y) == x, "choseong %r != choseong(%r)=%r" % (x, y, kbd.choseong(y)))
        else:
            check(x == y, "choseong plain token %r != %r" % (x, y))
    check(has_cho, "no choseong token in " + qid)

# ---------------------------------------------------------------- synonym / typo words absent from catalog
for qid, k in kind_of.items():
    if k not in ("synonym", "typo"):
        continue
    n = needs_by_key[nmap[qid]["key"]]
    w = n["word"]
    check(w in text_of[qid], "odd word not in need " + qid)
    check(w.lower() not in CAT_TEXT_L, "odd word %r found in catalog (%s)" % (w, qid))

# ---------------------------------------------------------------- spacing: typed form absent, re-spaced form present
CAT_NOSP = re.sub(r"\s+", "", CAT_TEXT)
for qid, k in kind_of.items():
    if k != "spacing":
        continue
    t = text_of[qid]
    check(t not in CAT_TEXT, "spacing need %r appears verbatim in catalog" % t)
    check(re.sub(r"\s+", "", t) in CAT_NOSP, "spacing need %r has no re-spaced form in catalog" % t)

# ---------------------------------------------------------------- location
for qid, k in kind_of.items():
    if k != "location":
        continue
    n = needs_by_key[nmap[qid]["key"]]
    d = n["dong"]
    check(text_of[qid].startswith(d), "location text " + qid)
    check(any(x == d or x.startswith(d) and re.fullmatch(r"\d가", x[len(d):]) for x in ALL_DONG),
          "dong %s is not a Jeonju 법정동" % d)
    g2 = [c for c, g in rel[qid].items() if g == 2]
    check(all(DONG_OF[c].startswith(d) for c in g2), "location grade-2 outside dong " + qid)
    check(any(not DONG_OF[c].startswith(d) for c in rel[qid]), "location has no other-dong grade-1 " + qid)

# ---------------------------------------------------------------- quantity: grade-2 respects price caps
import build_queries as BQ
prod_rows = {p["제품코드"]: p for p in __import__("build_catalog").rows()}
for qid, k in kind_of.items():
    if k not in ("quantity", "long_sentence", "exact"):
        continue
    n = needs_by_key[nmap[qid]["key"]]
    if not n["cond"]:
        continue
    for c, g in rel[qid].items():
        if g == 2:
            check(BQ.cond_ok(n["cond"], prod_rows[c]), "grade-2 violates condition %s %s" % (qid, c))

# ---------------------------------------------------------------- report
print("catalog: %d products, %d enterprises, %d categories" % (len(cat), len(ents), len(cats)))
print("needs:", dict(cnt))
print("qrels rows: %d (grade2 %d, grade1 %d)" % (len(qrels), sum(1 for r in qrels if r["관련도"] == "2"),
                                                   sum(1 for r in qrels if r["관련도"] == "1")))
if ERR:
    print("FAIL (%d)" % len(ERR))
    for e in ERR[:80]:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
