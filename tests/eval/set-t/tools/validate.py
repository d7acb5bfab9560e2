# -*- coding: utf-8 -*-
"""세트 T 검증: 형식·개수·코드·등급·한영 왕복·초성·동의어/오타 부재 등.
실행: python3 tools/validate.py  (오류가 있으면 종료 코드 1)
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
import kbd  # noqa: E402
from needs_data import NEEDS, NO_MATCH  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if raw.startswith("\ufeff"):
        err("%s: BOM 있음" % name)
    rows = list(csv.reader(raw.splitlines()))
    if rows[0] != header:
        err("%s: 헤더 %r != %r" % (name, rows[0], header))
    return [dict(zip(header, r)) for r in rows[1:]]


KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity",
         "long_sentence", "category", "location", "multi_item", "no_match"]
ETYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}

WANSAN = {"중앙동1가", "중앙동2가", "중앙동3가", "중앙동4가", "경원동1가", "경원동2가", "경원동3가",
          "풍남동1가", "풍남동2가", "풍남동3가", "다가동1가", "다가동2가", "다가동3가", "다가동4가",
          "고사동", "교동", "태평동", "서노송동", "중노송동", "남노송동", "중화산동1가", "중화산동2가",
          "서신동", "평화동1가", "평화동2가", "삼천동1가", "삼천동2가", "삼천동3가",
          "효자동1가", "효자동2가", "효자동3가"}
DEOKJIN = {"진북동", "인후동1가", "인후동2가", "덕진동1가", "덕진동2가", "금암동",
           "팔복동1가", "팔복동2가", "팔복동3가", "팔복동4가", "우아동1가", "우아동2가", "우아동3가",
           "호성동1가", "호성동2가", "호성동3가", "송천동1가", "송천동2가", "만성동", "여의동"}

# ---------------- catalog ----------------
CAT_H = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]
cat = read("catalog.csv", CAT_H)
codes = [r["제품코드"] for r in cat]
if codes != ["T%04d" % i for i in range(1, len(cat) + 1)]:
    err("catalog: 제품코드가 T0001부터 연속이 아님")
if not 280 <= len(cat) <= 300:
    err("catalog: 제품 수 %d (280~300 기대)" % len(cat))
ents = {}
for r in cat:
    if r["기업유형"] not in ETYPES:
        err("catalog %s: 기업유형 %s" % (r["제품코드"], r["기업유형"]))
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("catalog %s: 사업자등록번호 형식" % r["제품코드"])
    if not re.fullmatch(r"[1-9]\d*", r["단가"]):
        err("catalog %s: 단가 %r" % (r["제품코드"], r["단가"]))
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)", r["주소"])
    if not m:
        err("catalog %s: 주소 형식 %s" % (r["제품코드"], r["주소"]))
    else:
        gu, dong = m.group(1), m.group(3)
        if (gu == "완산구" and dong not in WANSAN) or (gu == "덕진구" and dong not in DEOKJIN):
            err("catalog %s: 구-동 짝 %s %s" % (r["제품코드"], gu, dong))
    for c in CAT_H:
        if not r[c].strip():
            err("catalog %s: 빈 칸 %s" % (r["제품코드"], c))
    key = r["기업명"]
    val = (r["기업유형"], r["사업자등록번호"], r["주소"])
    if key in ents and ents[key] != val:
        err("catalog: 기업 %s 정보 불일치" % key)
    ents[key] = val
bnos = Counter(v[1] for v in ents.values())
if any(c > 1 for c in bnos.values()):
    err("catalog: 사업자등록번호 중복")
if not 60 <= len(ents) <= 70:
    err("catalog: 기업 수 %d" % len(ents))
ncat = len({r["분류"] for r in cat})
if not 25 <= ncat <= 30:
    err("catalog: 분류 수 %d" % ncat)
cmap = {r["제품코드"]: r for r in cat}
CAT_TEXT = "\n".join(" ".join(r[c] for c in CAT_H) for r in cat)

# ---------------- queries / kinds ----------------
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
ids = [q["수요번호"] for q in qs]
if ids != ["T-Q%03d" % i for i in range(1, 151)]:
    err("queries: 수요번호가 T-Q001~T-Q150 이 아님")
for q in qs:
    for c in ("수량", "예산"):
        if q[c] and not re.fullmatch(r"[1-9]\d*", q[c]):
            err("queries %s: %s %r" % (q["수요번호"], c, q[c]))
    if not q["수요내용"].strip():
        err("queries %s: 빈 수요" % q["수요번호"])
qtext = {q["수요번호"]: q["수요내용"] for q in qs}
kinds = read("query_kinds.csv", ["수요번호", "유형"])
kmap = {k["수요번호"]: k["유형"] for k in kinds}
if sorted(kmap) != sorted(ids):
    err("query_kinds: 수요번호 불일치")
for q, k in kmap.items():
    if k not in KINDS:
        err("query_kinds %s: 유형 %s" % (q, k))
kc = Counter(kmap.values())
if kc["no_match"] != 30:
    err("no_match 수 %d" % kc["no_match"])
for k in KINDS[:-1]:
    if not 10 <= kc[k] <= 12:
        err("유형 %s 수 %d" % (k, kc[k]))
if sum(kc[k] for k in KINDS[:-1]) != 120:
    err("매칭 가능 수요 %d (120 기대)" % sum(kc[k] for k in KINDS[:-1]))

# 내부 key 대응 (도구 전용)
keymap = {r["수요번호"]: r["key"] for r in read("tools/_key_map.csv", ["수요번호", "key"])}
need_by_key = {n["key"]: n for n in NEEDS}
for qid, key in keymap.items():
    if key.startswith("no_match"):
        i = int(key.split("-")[1]) - 1
        if qtext[qid] != NO_MATCH[i][0] or kmap[qid] != "no_match":
            err("%s: no_match 대응 불일치" % qid)
    else:
        n = need_by_key[key]
        if qtext[qid] != n["text"] or kmap[qid] != n["kind"]:
            err("%s: 수요 대응 불일치 (%s)" % (qid, key))

# ---------------- qrels ----------------
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
seen = set()
byq = defaultdict(list)
for r in qrels:
    pair = (r["수요번호"], r["제품코드"])
    if pair in seen:
        err("qrels: 중복 %s" % (pair,))
    seen.add(pair)
    if r["수요번호"] not in kmap:
        err("qrels: 없는 수요 %s" % r["수요번호"])
    if r["제품코드"] not in cmap:
        err("qrels: 없는 제품 %s" % r["제품코드"])
    if r["관련도"] not in ("1", "2"):
        err("qrels: 관련도 %s" % r["관련도"])
    byq[r["수요번호"]].append(r)
for qid, k in kmap.items():
    rows = byq.get(qid, [])
    if k == "no_match":
        if rows:
            err("%s: no_match 인데 qrels 있음" % qid)
        continue
    if not any(r["관련도"] == "2" for r in rows):
        err("%s (%s): 관련도 2 제품 없음" % (qid, k))
    if k == "multi_item":
        n = need_by_key[keymap[qid]]
        for r in rows:
            if r["관련도"] == "2" and not r["품목"]:
                err("%s: 2등급 행에 품목 없음 %s" % (qid, r["제품코드"]))
        for it in n["items"]:
            if it["품목"] not in qtext[qid]:
                err("%s: 품목 %s 이 수요 문장에 없음" % (qid, it["품목"]))
            if not any(r["관련도"] == "2" and r["품목"] == it["품목"] for r in rows):
                err("%s: 품목 %s 의 2등급 제품 없음" % (qid, it["품목"]))
    elif any(r["품목"] for r in rows):
        err("%s: multi_item 이 아닌데 품목 기재" % qid)

# ---------------- no_match_detail ----------------
nm = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
if sorted(r["수요번호"] for r in nm) != sorted(q for q, k in kmap.items() if k == "no_match"):
    err("no_match_detail: 수요번호 불일치")
dc = Counter(r["난이도"] for r in nm)
if dc != Counter({"어려움": 20, "쉬움": 10}):
    err("no_match_detail: 난이도 분포 %s" % dict(dc))

# ---------------- hanyeong ----------------
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
if sorted(r["수요번호"] for r in hy) != sorted(q for q, k in kmap.items() if k == "hanyeong"):
    err("hanyeong_intended: 수요번호 불일치")
for r in hy:
    if qtext[r["수요번호"]] != r["입력"]:
        err("%s: 입력이 queries 와 다름" % r["수요번호"])
    it, ht = r["입력"].split(" "), r["의도한 한글"].split(" ")
    if len(it) != len(ht):
        err("%s: 한영 토큰 수 불일치" % r["수요번호"])
        continue
    n_en = 0
    for a, b in zip(it, ht):
        if re.fullmatch(r"[A-Za-z]+", a):
            n_en += 1
            if kbd.to_hangul(a) != b or kbd.to_qwerty(b) != a:
                err("%s: 한영 왕복 실패 %s ↔ %s" % (r["수요번호"], a, b))
        elif a != b:
            err("%s: 한글 토큰 불일치 %s/%s" % (r["수요번호"], a, b))
    if n_en == 0:
        err("%s: 영문 자판 토큰 없음" % r["수요번호"])
    if re.search(r"[가-힣]", kbd.to_hangul(r["입력"])) is None:
        err("%s: 변환 결과 한글 없음" % r["수요번호"])

# ---------------- choseong ----------------
for qid, k in kmap.items():
    if k != "choseong":
        continue
    n = need_by_key[keymap[qid]]
    it, ht = qtext[qid].split(" "), n["intended"].split(" ")
    if len(it) != len(ht):
        err("%s: 초성 토큰 수 불일치" % qid)
        continue
    nj = 0
    for a, b in zip(it, ht):
        if kbd.is_jamo_only(a):
            nj += 1
            if kbd.choseong(b) != a:
                err("%s: 초성 %s ≠ choseong(%s)=%s" % (qid, a, b, kbd.choseong(b)))
        elif a != b:
            err("%s: 일반 토큰 불일치 %s/%s" % (qid, a, b))
    if nj == 0:
        err("%s: 초성 토큰 없음" % qid)

# ---------------- synonym / typo forms ----------------
for qid, k in kmap.items():
    if k not in ("synonym", "typo"):
        continue
    n = need_by_key[keymap[qid]]
    f = n["form"]
    if not f or f not in qtext[qid]:
        err("%s: 표현 %r 이 수요에 없음" % (qid, f))
    elif f in CAT_TEXT or f.replace(" ", "") in CAT_TEXT.replace(" ", ""):
        err("%s: 표현 %r 이 카탈로그에 있음" % (qid, f))

# ---------------- spacing ----------------
for qid, k in kmap.items():
    if k != "spacing":
        continue
    n = need_by_key[keymap[qid]]
    core = n["core"]
    if qtext[qid].replace(" ", "") != core:
        err("%s: core 불일치" % qid)
    g2 = [cmap[r["제품코드"]]["제품명"] for r in byq[qid] if r["관련도"] == "2"]
    if not any(core in nm_.replace(" ", "") for nm_ in g2):
        err("%s: 띄어쓰기만 다른 2등급 제품명 없음" % qid)
    if any(qtext[qid] in nm_ for nm_ in g2):
        err("%s: 카탈로그 제품명과 띄어쓰기가 같음" % qid)

# ---------------- location ----------------
for qid, k in kmap.items():
    if k != "location":
        continue
    n = need_by_key[keymap[qid]]
    dong = n["loc"][0]
    if not qtext[qid].startswith(dong):
        err("%s: 동 이름으로 시작하지 않음" % qid)
    for r in byq[qid]:
        addr = cmap[r["제품코드"]]["주소"]
        inside = re.search(r"\(%s(\d가)?\)$" % dong, addr) is not None
        if (r["관련도"] == "2") != inside:
            err("%s: %s 등급과 동 불일치" % (qid, r["제품코드"]))

# ---------------- quantity ----------------
for qid, k in kmap.items():
    if k == "quantity" and not any(c.isdigit() for c in qtext[qid]):
        err("%s: quantity 인데 숫자 없음" % qid)

# ---------------- 출력 ----------------
print("catalog: %d 제품 / %d 기업 / %d 분류" % (len(cat), len(ents), ncat))
print("수요: %d, 유형별: %s" % (len(qs), dict(sorted(kc.items()))))
print("qrels: %d 행 (2등급 %d, 1등급 %d)" % (len(qrels), sum(r["관련도"] == "2" for r in qrels),
                                          sum(r["관련도"] == "1" for r in qrels)))
if ERR:
    print("오류 %d건:" % len(ERR))
    for e in ERR:
        print("  -", e)
    sys.exit(1)
print("OK: 모든 검사 통과")
