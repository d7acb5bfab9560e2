# -*- coding: utf-8 -*-
"""set-zze 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 띄어쓰기, 동 이름."""
import csv, os, re, sys
from collections import Counter, defaultdict
import kbd
from needs_data import NEEDS, NO_MATCH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


# 전주시 법정동 (구별)
WANSAN = ("중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 "
          "전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 "
          "동완산동 서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 "
          "평화동1가 평화동2가 평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 "
          "대성동 색장동 상림동").split()
DEOKJIN = ("진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 "
           "산정동 금상동 우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 "
           "송천동1가 송천동2가 반월동 화전동 용정동 성덕동 원동 고랑동 여의동 만성동 장동 팔복동 도도동 "
           "강흥동 도덕동 남정동 중동 동산동 조촌동 여의동").split()
GU_DONG = {"완산구": set(WANSAN), "덕진구": set(DEOKJIN)}
ALL_DONG = set(WANSAN) | set(DEOKJIN)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name, "has BOM")
    raw.decode("utf-8")
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if rows[0] != header:
        err(name, "header", rows[0])
    for r in rows[1:]:
        if len(r) != len(header):
            err(name, "column count", r)
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
queries = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
idmap = read("tools/id_map.csv", ["수요번호", "원래순서", "유형", "기관"])

# ---- catalog
codes = [r["제품코드"] for r in cat]
if len(set(codes)) != len(codes):
    err("duplicate product codes")
for i, c in enumerate(codes, 1):
    if c != "ZZE%04d" % i:
        err("code sequence", c)
if not 280 <= len(cat) <= 320:
    err("product count", len(cat))
ents = {r["기업명"] for r in cat}
brn_by_ent = defaultdict(set)
for r in cat:
    if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}:
        err("기업유형", r["제품코드"], r["기업유형"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("사업자등록번호", r["제품코드"])
    brn_by_ent[r["기업명"]].add(r["사업자등록번호"])
    if not re.fullmatch(r"[1-9]\d*", r["단가"]):
        err("단가", r["제품코드"], r["단가"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+) \((\S+)\)", r["주소"])
    if not m:
        err("주소 형식", r["제품코드"], r["주소"])
    elif m.group(4) not in GU_DONG[m.group(1)]:
        err("주소 동/구", r["제품코드"], r["주소"])
    for k in ["제품명", "분류", "규격", "단위", "설명"]:
        if not r[k].strip():
            err("empty", k, r["제품코드"])
if any(len(v) != 1 for v in brn_by_ent.values()):
    err("enterprise with several 사업자등록번호")
if len(set(x for v in brn_by_ent.values() for x in v)) != len(brn_by_ent):
    err("사업자등록번호 shared by enterprises")
cats = Counter(r["분류"] for r in cat)
print("catalog: %d products, %d enterprises, %d categories" % (len(cat), len(ents), len(cats)))

# ---- queries / kinds
qids = [q["수요번호"] for q in queries]
if qids != ["ZZE-Q%03d" % i for i in range(1, 151)]:
    err("query ids not ZZE-Q001..150")
for q in queries:
    for k in ["수량", "예산"]:
        if q[k] and not re.fullmatch(r"[1-9]\d*", q[k]):
            err("int field", q["수요번호"], k, q[k])
kind = {k["수요번호"]: k["유형"] for k in kinds}
if set(kind) != set(qids):
    err("query_kinds ids differ")
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category", "location", "multi_item"]
kc = Counter(kind.values())
for k in KINDS:
    if not 10 <= kc[k] <= 11:
        err("kind count", k, kc[k])
if sum(kc[k] for k in KINDS) != 120 or kc["no_match"] != 30 or set(kc) - set(KINDS) - {"no_match"}:
    err("kind totals", kc)
text = {q["수요번호"]: q["수요내용"] for q in queries}
bytext = {n["text"]: n for n in NEEDS + NO_MATCH}
if set(text.values()) != set(bytext):
    err("queries.csv texts differ from needs_data")
for q in queries:
    n = bytext.get(q["수요내용"])
    if n and n["kind"] != kind[q["수요번호"]]:
        err("kind mismatch", q["수요번호"])
    if n and (str(n["qty"] or "") != q["수량"] or str(n["budget"] or "") != q["예산"]):
        err("qty/budget mismatch", q["수요번호"])

# ---- qrels
codeset = set(codes)
seen = set()
rel2 = Counter()
items2 = defaultdict(set)
qcount = Counter()
for r in qrels:
    if r["수요번호"] not in kind:
        err("qrels unknown need", r["수요번호"])
        continue
    if r["제품코드"] not in codeset:
        err("qrels unknown product", r["제품코드"])
    if r["관련도"] not in ("1", "2"):
        err("qrels relevance", r)
    if (r["수요번호"], r["제품코드"]) in seen:
        err("qrels duplicate", r)
    seen.add((r["수요번호"], r["제품코드"]))
    k = kind[r["수요번호"]]
    if k == "no_match":
        err("qrels row for no_match", r["수요번호"])
    if (k == "multi_item") != bool(r["품목"]):
        err("품목 only (and always) for multi_item", r)
    qcount[r["수요번호"]] += 1
    if r["관련도"] == "2":
        rel2[r["수요번호"]] += 1
        items2[r["수요번호"]].add(r["품목"])
for q in qids:
    if kind[q] != "no_match" and rel2[q] == 0:
        err("no relevance-2 product", q, text[q])
    if kind[q] == "multi_item":
        labels = {it["label"] for it in bytext[text[q]]["items"]}
        if labels != items2[q]:
            err("multi_item item without relevance 2", q, labels - items2[q])

# ---- 한영
hyd = {h["수요번호"]: h for h in hy}
full = mixed = 0
for q in qids:
    if kind[q] != "hanyeong":
        continue
    h = hyd.get(q)
    if not h or h["입력"] != text[q]:
        err("hanyeong_intended missing", q)
        continue
    if kbd.to_hangul(h["입력"]) != h["의도한 한글"]:
        err("한영 변환 불일치", q, h["입력"], kbd.to_hangul(h["입력"]))
    if kbd.to_keys(h["의도한 한글"]) != kbd.to_keys(h["입력"]):
        err("한글→자판 불일치", q, kbd.to_keys(h["의도한 한글"]))
    if re.fullmatch(r"[A-Za-z ]+", h["입력"]):
        full += 1
    elif re.search(r"[가-힣]", h["입력"]) and re.search(r"[A-Za-z]", h["입력"]):
        mixed += 1
if (full, mixed) != (8, 3) or len(hyd) != kc["hanyeong"]:
    err("hanyeong full/mixed", full, mixed)

# ---- 초성
for q in qids:
    if kind[q] != "choseong":
        continue
    n = bytext[text[q]]
    tw, iw = text[q].split(), n["intended"].split()
    if len(tw) != len(iw) or not any(kbd.is_choseong_only(t) for t in tw):
        err("choseong shape", q, text[q])
        continue
    for t, i in zip(tw, iw):
        if kbd.is_choseong_only(t):
            if kbd.choseong(i) != t:
                err("choseong mismatch", q, t, i)
        elif t != i:
            err("choseong ordinary word differs", q, t, i)

# ---- 동의어·오타 낱말 부재 / 띄어쓰기
blob = "\n".join(" ".join(r.values()) for r in cat)
nsblob = re.sub(r"\s+", "", blob)
for q in qids:
    n = bytext[text[q]]
    if kind[q] in ("synonym", "typo"):
        if not n["absent"] or n["absent"] not in text[q]:
            err("absent word not in need", q)
        elif n["absent"] in blob:
            err("synonym/typo word found in catalog", q, n["absent"])
    if kind[q] == "spacing":
        if text[q] in blob:
            err("spacing form appears verbatim in catalog", q, text[q])
        if re.sub(r"\s+", "", text[q]) not in nsblob:
            err("spacing: despaced form not in catalog", q, text[q])

# ---- location 동
for q in qids:
    if kind[q] == "location":
        n = bytext[text[q]]
        if not text[q].startswith(n["dong"]) or not any(d.startswith(n["dong"]) for d in ALL_DONG):
            err("location dong not real", q, n["dong"])

# ---- no_match detail
nm = {r["수요번호"]: r for r in nmd}
if set(nm) != {q for q in qids if kind[q] == "no_match"}:
    err("no_match_detail ids")
lv = Counter(r["난이도"] for r in nmd)
if lv != Counter({"hard": 20, "easy": 10}):
    err("no_match levels", lv)
for r in nmd:
    if r["난이도"] == "hard":
        ws = [w.strip() for w in r["겹치는 말"].split(",") if w.strip()]
        if not ws or not all(w in blob for w in ws):
            err("hard no_match overlap word not in catalog", r["수요번호"], ws)
    if not r["해당 없음 이유"]:
        err("no_match reason empty", r["수요번호"])

# ---- id_map
if [r["수요번호"] for r in idmap] != qids or any(kind[r["수요번호"]] != r["유형"] for r in idmap):
    err("id_map mismatch")

# ---- summary
print("kinds:", dict(kc))
print("qrels rows:", len(qrels), "rel2:", sum(1 for r in qrels if r["관련도"] == "2"), "rel1:", sum(1 for r in qrels if r["관련도"] == "1"))
if ERR:
    print("\n".join("ERROR " + e for e in ERR))
    sys.exit(1)
print("OK")
