"""세트 검증. 실패하면 종료 코드 1."""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

import catalog_data as cd
import kbd
import needs_data as nd
from no_match_data import NO_MATCH

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
errors = []


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
    return [dict(zip(header, r)) for r in rows[1:]]


catalog = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가",
                               "단위", "설명", "주소"])
queries = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
idmap = {r["수요번호"]: r for r in csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8"))}

# ---------------------------------------------------------------- 카탈로그
codes = [r["제품코드"] for r in catalog]
if len(set(codes)) != len(codes):
    err("제품코드 중복")
for i, r in enumerate(catalog, 1):
    if r["제품코드"] != "ZH%04d" % i:
        err("제품코드 순서/형식: %s" % r["제품코드"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("사업자등록번호 형식: %s" % r["사업자등록번호"])
    if not re.fullmatch(r"\d+", r["단가"]):
        err("단가 정수 아님: %s" % r["제품코드"])
    if r["기업유형"] not in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"):
        err("기업유형: %s" % r["기업유형"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+(?:로|길)) (\d+(?:-\d+)?) \((\S+)\)", r["주소"])
    if not m:
        err("주소 형식: %s" % r["주소"])
    elif m.group(4) not in cd.REAL_DONG[m.group(1)]:
        err("구-법정동 짝 오류: %s" % r["주소"])
    for f in ("제품명", "분류", "규격", "단위", "설명"):
        if not r[f].strip():
            err("빈 칸 %s %s" % (r["제품코드"], f))
names = Counter(r["제품명"] for r in catalog)
for n, c in names.items():
    if c > 1:
        err("제품명 중복: %s" % n)
ents = {r["기업명"] for r in catalog}
cats = {r["분류"] for r in catalog}
cat_text = "\n".join(" ".join(r.values()) for r in catalog)
# 이 세트에서 쓰는 법정동 짝이 실제 전주시의 것인지: REAL_DONG 표 자체를 정답으로 삼는다.
ALL_BASES = {re.sub(r"\d+가$", "", d) for ds in cd.REAL_DONG.values() for d in ds}

# ---------------------------------------------------------------- 수요 개수·번호
ids = [q["수요번호"] for q in queries]
if ids != ["ZH-Q%03d" % i for i in range(1, 151)]:
    err("수요번호가 ZH-Q001..ZH-Q150 이 아님")
if [k["수요번호"] for k in kinds] != ids:
    err("query_kinds 수요번호 불일치")
kind_of = {k["수요번호"]: k["유형"] for k in kinds}
want_counts = {"exact": 11, "synonym": 11, "typo": 11, "hanyeong": 11, "spacing": 11, "choseong": 11,
               "quantity": 11, "long_sentence": 11, "category": 11, "location": 11, "multi_item": 10,
               "no_match": 30}
got = Counter(kind_of.values())
if dict(got) != want_counts:
    err("유형별 개수 %s" % dict(got))
for q in queries:
    for f in ("수량", "예산"):
        if q[f] and not re.fullmatch(r"\d+", q[f]):
            err("%s %s 정수 아님" % (q["수요번호"], f))
    if idmap[q["수요번호"]]["유형"] != kind_of[q["수요번호"]]:
        err("id_map 유형 불일치 %s" % q["수요번호"])
if len(set(q["수요내용"] for q in queries)) != 150:
    err("수요내용 중복")

need_by_key = {n["key"]: n for n in nd.NEEDS}
need_by_key.update({n["key"]: n for n in NO_MATCH})
text_of = {q["수요번호"]: q["수요내용"] for q in queries}
for qid, r in idmap.items():
    if need_by_key[r["내부키"]]["text"] != text_of[qid]:
        err("내부키-수요내용 불일치 %s" % qid)

# ---------------------------------------------------------------- qrels
catset = set(codes)
by_q = defaultdict(list)
seen = set()
for r in qrels:
    if r["제품코드"] not in catset:
        err("qrels 에 없는 제품코드 %s" % r["제품코드"])
    if r["관련도"] not in ("1", "2"):
        err("관련도 값 %s" % r["관련도"])
    if (r["수요번호"], r["제품코드"]) in seen:
        err("qrels 중복 %s %s" % (r["수요번호"], r["제품코드"]))
    seen.add((r["수요번호"], r["제품코드"]))
    by_q[r["수요번호"]].append(r)
for qid in ids:
    k = kind_of[qid]
    rows = by_q.get(qid, [])
    if k == "no_match":
        if rows:
            err("no_match 에 qrels 있음 %s" % qid)
        continue
    if not any(r["관련도"] == "2" for r in rows):
        err("관련도 2 없음 %s" % qid)
    for r in rows:
        if k == "multi_item" and not r["품목"]:
            err("multi_item 품목 빈칸 %s %s" % (qid, r["제품코드"]))
        if k != "multi_item" and r["품목"]:
            err("multi_item 아닌데 품목 있음 %s" % qid)
    if k == "multi_item":
        need = need_by_key[idmap[qid]["내부키"]]
        for (item, _, _) in need["items"]:
            if item not in text_of[qid]:
                err("품목이 수요 문장에 없음 %s %s" % (qid, item))
            if not any(r["품목"] == item and r["관련도"] == "2" for r in rows):
                err("multi_item 품목별 관련도 2 없음 %s %s" % (qid, item))

# ---------------------------------------------------------------- 유형별 점검
hy_rows = {r["수요번호"]: r for r in hy}
if set(hy_rows) != {q for q in ids if kind_of[q] == "hanyeong"}:
    err("hanyeong_intended 수요번호 불일치")
whole = mixed = 0
for qid, r in hy_rows.items():
    if r["입력"] != text_of[qid]:
        err("한영 입력 불일치 %s" % qid)
    if kbd.to_hangul(r["입력"]) != r["의도한 한글"]:
        err("한영 변환 %s: %s -> %s != %s" % (qid, r["입력"], kbd.to_hangul(r["입력"]), r["의도한 한글"]))
    if re.search(r"[가-힣]", r["입력"]):
        mixed += 1
        # 섞인 경우: 영타 부분만 왕복
        for tok_in, tok_int in zip(r["입력"].split(), r["의도한 한글"].split()):
            if re.fullmatch(r"[A-Za-z]+", tok_in) and kbd.to_keys(tok_int) != tok_in:
                err("한영 왕복(섞임) %s %s" % (qid, tok_in))
    else:
        whole += 1
        if kbd.to_keys(r["의도한 한글"]) != r["입력"]:
            err("한영 왕복 %s" % qid)
if (whole, mixed) != (8, 3):
    err("한영 전체/섞임 = %d/%d (8/3 이어야 함)" % (whole, mixed))
kbd._selftest()

for qid in ids:
    k = kind_of[qid]
    need = need_by_key[idmap[qid]["내부키"]]
    text = text_of[qid]
    if k == "choseong":
        intended = need["intended"]
        qt, it = text.split(), intended.split()
        if len(qt) != len(it):
            err("초성 어절 수 %s" % qid)
        has_jamo = False
        for a, b in zip(qt, it):
            if len(a) != len(b):
                err("초성 길이 %s %s/%s" % (qid, a, b))
                continue
            for ca, cb in zip(a, b):
                if re.fullmatch(r"[ㄱ-ㅎ]", ca):
                    has_jamo = True
                    if kbd.choseong(cb) != ca:
                        err("초성 틀림 %s %s≠%s" % (qid, ca, cb))
                elif ca != cb:
                    err("초성 외 글자 불일치 %s" % qid)
        if not has_jamo:
            err("초성 없음 %s" % qid)
    if k in ("synonym", "typo"):
        for w in need["absent"]:
            if w not in text:
                err("absent 단어가 수요에 없음 %s %s" % (qid, w))
            if w in cat_text:
                err("%s 단어 '%s' 가 카탈로그에 있음" % (k, w))
    if k == "spacing":
        if text in cat_text:
            err("spacing 수요 형태가 카탈로그에 그대로 있음 %s" % qid)
        if need["catalog_form"] not in cat_text:
            err("spacing 카탈로그 형태 없음 %s %s" % (qid, need["catalog_form"]))
        if text.replace(" ", "") != need["catalog_form"].replace(" ", ""):
            err("spacing 글자 불일치 %s" % qid)
    if k == "location":
        dong = need["dong"]
        if dong not in ALL_BASES:
            err("location 동 없음 %s" % dong)
        if not text.startswith(dong + " ") or need["shop"] not in text:
            err("location 문장 %s" % qid)
    if k == "quantity":
        if not re.search(r"\d", text):
            err("quantity 숫자 없음 %s" % qid)

# ---------------------------------------------------------------- no_match
nm_rows = {r["수요번호"]: r for r in nmd}
if set(nm_rows) != {q for q in ids if kind_of[q] == "no_match"}:
    err("no_match_detail 수요번호 불일치")
lv = Counter(r["난이도"] for r in nmd)
if lv != Counter({"어려움": 20, "쉬움": 10}):
    err("no_match 난이도 %s" % lv)
for qid, r in nm_rows.items():
    if not r["해당 없음 이유"]:
        err("no_match 이유 빈칸 %s" % qid)
    if r["난이도"] == "어려움":
        words = [w.strip() for w in r["겹치는 말"].split(",") if w.strip()]
        if not words:
            err("hard no_match 겹치는 말 빈칸 %s" % qid)
        for w in words:
            if w not in cat_text:
                err("겹치는 말 '%s' 가 카탈로그에 없음 %s" % (w, qid))
    else:
        for tok in re.findall(r"[가-힣A-Za-z]{2,}", text_of[qid]):
            if tok in cat_text:
                err("easy no_match 인데 카탈로그와 겹침 %s %s" % (qid, tok))

# ---------------------------------------------------------------- 요약
print("제품 %d, 기업 %d, 분류 %d" % (len(catalog), len(ents), len(cats)))
print("수요 %d: %s" % (len(ids), dict(sorted(got.items()))))
g = Counter(r["관련도"] for r in qrels)
print("qrels %d (2: %d, 1: %d)" % (len(qrels), g["2"], g["1"]))
if errors:
    print("실패 %d건" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("검증 통과")
