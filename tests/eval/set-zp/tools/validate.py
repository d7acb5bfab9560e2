# -*- coding: utf-8 -*-
"""평가 세트 검증. 실패하면 종료 코드 1.

검사: 파일 형식(UTF-8, BOM 없음, 헤더), 건수, 제품코드 존재, 매칭 가능 수요마다 관련도 2 제품,
한영 변환 왕복, 초성 정확성, synonym/typo 단어가 카탈로그에 없음, 띄어쓰기 형태, location 동 실재,
주소의 구·법정동 짝, 사업자번호 형식, no_match 에 qrels 없음.
"""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from kbd import hangul_to_keys, keys_to_hangul, choseong  # noqa: E402
from needs_data import NEEDS, NO_MATCH  # noqa: E402
from build_catalog import JEONJU_DONG, DONG_ROOTS  # noqa: E402

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: BOM 있음" % name)
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err("%s: 헤더 %r != %r" % (name, rows[0], header))
    return [dict(zip(rows[0], r)) for r in rows[1:]], text


KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence",
         "category", "location", "multi_item", "no_match"]
EXPECT = {k: 11 for k in KINDS}
EXPECT["multi_item"] = 10
EXPECT["no_match"] = 30

cat, cat_text = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격",
                                     "단가", "단위", "설명", "주소"])
queries, _ = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds, _ = read("query_kinds.csv", ["수요번호", "유형"])
qrels, _ = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nomd, _ = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy, _ = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
idmap, _ = read("tools/id_map.csv", ["수요번호", "키", "유형"])

# ---- catalog ----
codes = [r["제품코드"] for r in cat]
if len(set(codes)) != len(codes):
    err("catalog: 제품코드 중복")
for i, c in enumerate(codes, 1):
    if c != "ZP%04d" % i:
        err("catalog: 코드 순서 %s" % c)
        break
if not (270 <= len(cat) <= 310):
    err("catalog: 제품 수 %d" % len(cat))
ents = {r["기업명"] for r in cat}
cats = {r["분류"] for r in cat}
if not (60 <= len(ents) <= 70):
    err("catalog: 기업 수 %d" % len(ents))
if not (26 <= len(cats) <= 34):
    err("catalog: 분류 수 %d" % len(cats))
ADDR = re.compile(r"^전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)$")
for r in cat:
    if r["기업유형"] not in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"):
        err("catalog %s: 기업유형 %s" % (r["제품코드"], r["기업유형"]))
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("catalog %s: 사업자번호 형식" % r["제품코드"])
    if not re.fullmatch(r"\d+", r["단가"]):
        err("catalog %s: 단가 정수 아님" % r["제품코드"])
    m = ADDR.match(r["주소"])
    if not m:
        err("catalog %s: 주소 형식 %s" % (r["제품코드"], r["주소"]))
    elif m.group(3) not in JEONJU_DONG[m.group(1)]:
        err("catalog %s: %s 에 %s 없음" % (r["제품코드"], m.group(1), m.group(3)))
    for col in ("제품명", "분류", "규격", "단위", "설명"):
        if not r[col].strip():
            err("catalog %s: %s 비어 있음" % (r["제품코드"], col))
biz_by_ent = collections.defaultdict(set)
for r in cat:
    biz_by_ent[r["기업명"]].add(r["사업자등록번호"])
for e, b in biz_by_ent.items():
    if len(b) != 1:
        err("catalog: %s 사업자번호 여러 개" % e)

# ---- queries / kinds ----
qids = [r["수요번호"] for r in queries]
if qids != ["ZP-Q%03d" % i for i in range(1, 151)]:
    err("queries: 수요번호가 ZP-Q001..ZP-Q150 순서가 아님")
for r in queries:
    for col in ("수량", "예산"):
        if r[col] and not re.fullmatch(r"\d+", r[col]):
            err("queries %s: %s 정수 아님 (%r)" % (r["수요번호"], col, r[col]))
    if not r["수요내용"].strip():
        err("queries %s: 내용 비어 있음" % r["수요번호"])
kind_of = {r["수요번호"]: r["유형"] for r in kinds}
if set(kind_of) != set(qids):
    err("query_kinds: 수요번호 집합 불일치")
cnt = collections.Counter(kind_of.values())
for k in KINDS:
    if cnt[k] != EXPECT[k]:
        err("유형 %s: %d건 (기대 %d)" % (k, cnt[k], EXPECT[k]))
if set(cnt) - set(KINDS):
    err("알 수 없는 유형 %s" % (set(cnt) - set(KINDS)))
text_of = {r["수요번호"]: r["수요내용"] for r in queries}
if len(set(text_of.values())) != len(text_of):
    err("queries: 같은 수요내용 중복")

# id_map 과 원자료 대조
key_of = {r["수요번호"]: r["키"] for r in idmap}
need_by_key = {}
seen = collections.Counter()
for n in NEEDS:
    seen[n["kind"]] += 1
    need_by_key["%s-%02d" % (n["kind"], seen[n["kind"]])] = n
for i, t in enumerate(NO_MATCH, 1):
    need_by_key["no_match-%02d" % i] = {"kind": "no_match", "text": t[0], "diff": t[2]}
for qid in qids:
    n = need_by_key[key_of[qid]]
    if n["text"] != text_of[qid] or n["kind"] != kind_of[qid]:
        err("%s: 원자료와 불일치" % qid)

# ---- qrels ----
codeset = set(codes)
by_q = collections.defaultdict(list)
pairs = set()
for r in qrels:
    if r["제품코드"] not in codeset:
        err("qrels: 없는 코드 %s" % r["제품코드"])
    if r["수요번호"] not in kind_of:
        err("qrels: 없는 수요 %s" % r["수요번호"])
        continue
    if r["관련도"] not in ("1", "2"):
        err("qrels: 관련도 %s" % r["관련도"])
    if (r["수요번호"], r["제품코드"]) in pairs:
        err("qrels: 중복 %s %s" % (r["수요번호"], r["제품코드"]))
    pairs.add((r["수요번호"], r["제품코드"]))
    k = kind_of[r["수요번호"]]
    if k == "multi_item" and not r["품목"]:
        err("qrels %s %s: multi_item 인데 품목 비어 있음" % (r["수요번호"], r["제품코드"]))
    if k != "multi_item" and r["품목"]:
        err("qrels %s: multi_item 아닌데 품목 있음" % r["수요번호"])
    by_q[r["수요번호"]].append(r)
for qid in qids:
    k = kind_of[qid]
    rows = by_q.get(qid, [])
    if k == "no_match":
        if rows:
            err("%s: no_match 인데 qrels 있음" % qid)
        continue
    if not any(r["관련도"] == "2" for r in rows):
        err("%s (%s): 관련도 2 제품 없음" % (qid, k))
    if k == "multi_item":
        n = need_by_key[key_of[qid]]
        written = [it[0] for it in n["items"]]
        for r in rows:
            if r["품목"] not in written:
                err("%s: 품목 %r 가 수요에 적힌 품목이 아님" % (qid, r["품목"]))
        for w in written:
            if w not in text_of[qid]:
                err("%s: 품목 %r 가 수요 문장에 없음" % (qid, w))
            if not any(r["품목"] == w and r["관련도"] == "2" for r in rows):
                warnings.append("%s: 품목 %r 에 관련도 2 없음" % (qid, w))

# ---- no_match detail ----
nm_ids = {q for q in qids if kind_of[q] == "no_match"}
if {r["수요번호"] for r in nomd} != nm_ids or len(nomd) != 30:
    err("no_match_detail: 수요번호 불일치")
dc = collections.Counter(r["난이도"] for r in nomd)
if dc != {"hard": 20, "easy": 10}:
    err("no_match_detail: 난이도 %s" % dict(dc))
for r in nomd:
    if not r["해당 없음 이유"]:
        err("no_match_detail %s: 이유 없음" % r["수요번호"])
    if r["난이도"] == "hard":
        words = [w.split("(")[0].strip() for w in re.split(r",\s*", r["겹치는 말"]) if w]
        if not any(w and w in cat_text for w in words) and "주제" not in r["겹치는 말"]:
            warnings.append("no_match %s: 겹치는 말이 카탈로그에서 안 보임 (%s)" % (r["수요번호"], r["겹치는 말"]))

# ---- kind-specific ----
hy_rows = {r["수요번호"]: r for r in hy}
if set(hy_rows) != {q for q in qids if kind_of[q] == "hanyeong"}:
    err("hanyeong_intended: 수요번호 불일치")
whole = mixed = 0
for qid in qids:
    k = kind_of[qid]
    n = need_by_key[key_of[qid]]
    t = n["text"]
    if k == "hanyeong":
        r = hy_rows.get(qid)
        if not r or r["입력"] != t or r["의도한 한글"] != n["intended"]:
            err("%s: hanyeong_intended 행 불일치" % qid)
        if keys_to_hangul(t) != n["intended"]:
            err("%s: 두벌식 조합 %r -> %r != %r" % (qid, t, keys_to_hangul(t), n["intended"]))
        has_hangul = bool(re.search(r"[가-힣]", t))
        if has_hangul:
            mixed += 1
            for tok in re.findall(r"[A-Za-z]+", t):
                if hangul_to_keys(keys_to_hangul(tok)) != tok:
                    err("%s: 왕복 실패 %s" % (qid, tok))
        else:
            whole += 1
            if hangul_to_keys(n["intended"]) != t:
                err("%s: 왕복 실패 %r" % (qid, t))
    if k == "choseong":
        ts, its = t.split(" "), n["intended"].split(" ")
        if len(ts) != len(its):
            err("%s: 초성 어절 수 불일치" % qid)
        else:
            for a, b in zip(ts, its):
                if a != b and choseong(b) != a:
                    err("%s: 초성 %r != choseong(%r)=%r" % (qid, a, b, choseong(b)))
        if not re.search(r"[ㄱ-ㅎ]", t):
            err("%s: 초성 없음" % qid)
    if k in ("synonym", "typo"):
        w = n["word"]
        if w not in t:
            err("%s: 단어 %s 가 수요에 없음" % (qid, w))
        if w in cat_text:
            err("%s: 단어 %s 가 카탈로그에 있음" % (qid, w))
    if k == "spacing":
        if t in cat_text:
            err("%s: 수요 표기 %r 가 카탈로그에 그대로 있음" % (qid, t))
        if n["catalog_form"] not in cat_text:
            err("%s: 카탈로그 표기 %r 없음" % (qid, n["catalog_form"]))
        if t.replace(" ", "") != n["catalog_form"].replace(" ", "") or t == n["catalog_form"]:
            err("%s: 띄어쓰기만 다른 형태가 아님" % qid)
    if k == "location":
        if n["dong"] not in DONG_ROOTS:
            err("%s: 동 %s 는 전주시 법정동이 아님" % (qid, n["dong"]))
        if not t.startswith(n["dong"] + " "):
            err("%s: 동 이름으로 시작하지 않음" % qid)
if (whole, mixed) != (8, 3):
    err("hanyeong: 전체 %d / 섞임 %d (기대 8/3)" % (whole, mixed))

# ---- 요약 ----
print("catalog: 제품 %d, 기업 %d, 분류 %d" % (len(cat), len(ents), len(cats)))
print("queries: %d  %s" % (len(qids), dict(cnt)))
g = collections.Counter(r["관련도"] for r in qrels)
print("qrels: %d (2=%d, 1=%d)" % (len(qrels), g["2"], g["1"]))
for w in warnings:
    print("WARN", w)
if errors:
    for e in errors:
        print("ERROR", e)
    print("FAIL (%d errors)" % len(errors))
    sys.exit(1)
print("PASS")
