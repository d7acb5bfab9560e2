"""Validate the set.  python3 tools/validate.py   (exit 1 on any failure)"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbd  # noqa: E402
import needs_data  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# 전주시 법정동 (구별). 행정동(효자4동 등)이 아니라 법정동.
BEOPJEONG = {
    "완산구": """중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가
전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동
서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가
평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동""".split(),
    "덕진구": """진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 산정동 금상동
우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 화전동
용정동 성덕동 원동 고랑동 여의동 만성동 장동 중동 도도동 강흥동 도덕동 남정동""".split(),
}
ALL_DONG = {d: gu for gu, ds in BEOPJEONG.items() for d in ds}

KINDS = {"exact": 11, "synonym": 11, "typo": 11, "hanyeong": 11, "spacing": 11, "choseong": 11, "quantity": 11,
         "long_sentence": 11, "category": 11, "location": 11, "multi_item": 10, "no_match": 30}

errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has BOM" % name)
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err("%s: header %r != %r" % (name, rows[0], header))
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
queries = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
idmap = {r["수요번호"]: r for r in read(os.path.join("tools", "id_map.csv"), ["수요번호", "내부키", "유형", "기관", "수요내용"])}

# ---------------------------------------------------------------- catalog
codes = [r["제품코드"] for r in cat]
if len(set(codes)) != len(codes):
    err("catalog: duplicate codes")
for i, r in enumerate(cat, 1):
    if r["제품코드"] != "ZL%04d" % i:
        err("catalog: code order %s" % r["제품코드"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("catalog: brn %s" % r["사업자등록번호"])
    if not re.fullmatch(r"\d+", r["단가"]):
        err("catalog: price %s" % r["단가"])
    if r["기업유형"] not in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"):
        err("catalog: type %s" % r["기업유형"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+(?:로|길)) (\d+(?:-\d+)?) \((\S+)\)", r["주소"])
    if not m:
        err("catalog: address format %s" % r["주소"])
    elif ALL_DONG.get(m.group(4)) != m.group(1):
        err("catalog: 구/법정동 pair %s %s" % (m.group(1), m.group(4)))
    for c in ("제품명", "분류", "규격", "단위", "설명", "기업명"):
        if not r[c].strip():
            err("catalog: empty %s in %s" % (c, r["제품코드"]))
ents = {r["기업명"] for r in cat}
cats = {r["분류"] for r in cat}
by_ent = defaultdict(set)
for r in cat:
    by_ent[r["기업명"]].add((r["사업자등록번호"], r["주소"], r["기업유형"]))
for e, v in by_ent.items():
    if len(v) != 1:
        err("catalog: enterprise %s inconsistent" % e)
CAT_TEXT = "\n".join(" ".join(r.values()) for r in cat)
CAT_NOSPACE = re.sub(r"\s+", "", CAT_TEXT)

# ---------------------------------------------------------------- queries / kinds
ids = [q["수요번호"] for q in queries]
if ids != ["ZL-Q%03d" % i for i in range(1, 151)]:
    err("queries: ids not ZL-Q001..ZL-Q150 in order")
for q in queries:
    for c in ("수량", "예산"):
        if q[c] and not re.fullmatch(r"\d+", q[c]):
            err("queries: %s %s=%r" % (q["수요번호"], c, q[c]))
    if not q["수요내용"].strip():
        err("queries: empty text %s" % q["수요번호"])
kind_of = {k["수요번호"]: k["유형"] for k in kinds}
if set(kind_of) != set(ids):
    err("query_kinds: ids differ from queries")
cnt = Counter(kind_of.values())
for k, n in KINDS.items():
    if cnt.get(k, 0) != n:
        err("kind %s: %d != %d" % (k, cnt.get(k, 0), n))
if set(cnt) - set(KINDS):
    err("unknown kinds %s" % (set(cnt) - set(KINDS)))
text_of = {q["수요번호"]: q["수요내용"] for q in queries}
for i, q in idmap.items():
    if text_of.get(i) != q["수요내용"] or kind_of.get(i) != q["유형"]:
        err("id_map mismatch %s" % i)
# kind must not be guessable from the id order: simple check that kinds are mixed
first20 = Counter(kind_of["ZL-Q%03d" % i] for i in range(1, 21))
if len(first20) < 6:
    err("ids look unshuffled")

# ---------------------------------------------------------------- qrels
seen = set()
grade2 = Counter()
for r in qrels:
    key = (r["수요번호"], r["제품코드"])
    if key in seen:
        err("qrels: duplicate %s" % (key,))
    seen.add(key)
    if r["수요번호"] not in kind_of:
        err("qrels: unknown need %s" % r["수요번호"])
        continue
    if r["제품코드"] not in codes:
        err("qrels: unknown product %s" % r["제품코드"])
    if r["관련도"] not in ("1", "2"):
        err("qrels: grade %s" % r["관련도"])
    k = kind_of[r["수요번호"]]
    if k == "no_match":
        err("qrels: no_match need has rows %s" % r["수요번호"])
    if k == "multi_item" and not r["품목"]:
        err("qrels: multi_item row without 품목 %s" % (key,))
    if k != "multi_item" and r["품목"]:
        err("qrels: 품목 on non-multi need %s" % (key,))
    if k == "multi_item" and r["품목"] and r["품목"] not in text_of[r["수요번호"]]:
        err("qrels: 품목 %r not written in need %s" % (r["품목"], r["수요번호"]))
    if r["관련도"] == "2":
        grade2[r["수요번호"]] += 1
for i, k in kind_of.items():
    if k != "no_match" and grade2[i] == 0:
        err("need %s (%s) has no grade-2 product" % (i, k))
# every item of a multi_item need has a grade-2 product
items_by_need = defaultdict(Counter)
for r in qrels:
    if kind_of.get(r["수요번호"]) == "multi_item" and r["관련도"] == "2":
        items_by_need[r["수요번호"]][r["품목"]] += 1
key_of = {i: q["내부키"] for i, q in idmap.items()}
need_by_key = {n["key"]: n for n in needs_data.NEEDS}
for i, k in kind_of.items():
    if k == "multi_item":
        for written, *_ in need_by_key[key_of[i]]["items"]:
            if items_by_need[i][written] == 0:
                err("multi_item %s: item %s has no grade-2 product" % (i, written))

# ---------------------------------------------------------------- no_match detail
nm_ids = {i for i, k in kind_of.items() if k == "no_match"}
if {r["수요번호"] for r in nmd} != nm_ids or len(nmd) != 30:
    err("no_match_detail: ids differ from no_match needs")
lv = Counter(r["난이도"] for r in nmd)
if lv != Counter({"hard": 20, "easy": 10}):
    err("no_match_detail: levels %s" % lv)
for r in nmd:
    if not r["해당 없음 이유"]:
        err("no_match_detail: empty reason %s" % r["수요번호"])
    if r["난이도"] == "hard" and not r["겹치는 말"]:
        err("no_match_detail: hard without overlap %s" % r["수요번호"])
    if r["난이도"] == "hard":
        ov = [w.strip() for w in r["겹치는 말"].split(",") if w.strip()]
        if not any(w in CAT_TEXT for w in ov):
            err("no_match_detail: overlap words of %s not in catalog" % r["수요번호"])

# ---------------------------------------------------------------- 한영
hy_ids = {i for i, k in kind_of.items() if k == "hanyeong"}
if {r["수요번호"] for r in hy} != hy_ids:
    err("hanyeong_intended: ids differ")
modes = Counter()
for r in hy:
    inp, want = r["입력"], r["의도한 한글"]
    if inp != text_of[r["수요번호"]]:
        err("hanyeong: 입력 differs from queries %s" % r["수요번호"])
    if kbd.keys_to_hangul(inp) != want:
        err("hanyeong: keys_to_hangul(%r)=%r != %r" % (inp, kbd.keys_to_hangul(inp), want))
    ti, tw = inp.split(" "), want.split(" ")
    if len(ti) != len(tw):
        err("hanyeong: token count %s" % inp)
    for a, b in zip(ti, tw):
        if re.search(r"[A-Za-z]", a):
            if kbd.hangul_to_keys(b) != a:
                err("hanyeong: hangul_to_keys(%r)=%r != %r" % (b, kbd.hangul_to_keys(b), a))
        elif a != b:
            err("hanyeong: plain token differs %r %r" % (a, b))
    has_hangul = bool(re.search(r"[가-힣]", inp))
    modes["mixed" if has_hangul else "whole"] += 1
if modes != Counter({"whole": 8, "mixed": 3}):
    err("hanyeong modes %s" % modes)

# ---------------------------------------------------------------- 초성
JAMO = set("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
for i, k in kind_of.items():
    if k != "choseong":
        continue
    n = need_by_key[key_of[i]]
    ti, tw = text_of[i].split(" "), n["intended"].split(" ")
    if len(ti) != len(tw):
        err("choseong token count %s" % i)
    jamo_tokens = 0
    for a, b in zip(ti, tw):
        if set(a) <= JAMO:
            jamo_tokens += 1
            if kbd.choseong(b) != a:
                err("choseong: %s %r != choseong(%r)=%r" % (i, a, b, kbd.choseong(b)))
        elif a != b:
            err("choseong: plain token differs %s %r %r" % (i, a, b))
    if jamo_tokens == 0:
        err("choseong: no 초성 token in %s" % i)

# ---------------------------------------------------------------- synonym / typo words absent
for i, k in kind_of.items():
    n = need_by_key.get(key_of[i])
    if n is None:
        continue
    if k in ("synonym", "typo") or n.get("word"):
        w = n["word"]
        if w not in text_of[i]:
            err("%s: word %r not in need text" % (i, w))
        if w in CAT_TEXT or w.replace(" ", "") in CAT_NOSPACE:
            err("%s: word %r appears in catalog" % (i, w))

# ---------------------------------------------------------------- spacing
for i, k in kind_of.items():
    if k != "spacing":
        continue
    n = need_by_key[key_of[i]]
    form, cform = n["form"], n["catalog_form"]
    if form not in text_of[i]:
        err("spacing %s: form not in text" % i)
    if form in CAT_TEXT:
        err("spacing %s: form %r appears as-is in catalog" % (i, form))
    if cform not in CAT_TEXT:
        err("spacing %s: catalog form %r missing" % (i, cform))
    if re.sub(r"\s", "", form) != re.sub(r"\s", "", cform):
        err("spacing %s: forms differ beyond spacing" % i)

# ---------------------------------------------------------------- location
dong_of = {r["제품코드"]: re.search(r"\((\S+)\)$", r["주소"]).group(1) for r in cat}
for i, k in kind_of.items():
    if k != "location":
        continue
    n = need_by_key[key_of[i]]
    d = n["dong"]
    if d not in text_of[i]:
        err("location %s: 동 not in text" % i)
    valid = [x for x in ALL_DONG if x == d or re.fullmatch(re.escape(d) + r"\d가", x)]
    if not valid:
        err("location %s: %s is not a Jeonju 동" % (i, d))
    g2 = [r for r in qrels if r["수요번호"] == i and r["관련도"] == "2"]
    for r in g2:
        if not dong_of[r["제품코드"]].startswith(d):
            err("location %s: grade 2 product %s outside %s" % (i, r["제품코드"], d))
    g1 = [r for r in qrels if r["수요번호"] == i and r["관련도"] == "1"]
    if not g1:
        err("location %s: no same-type product in another 동" % i)

# ---------------------------------------------------------------- sweep
sw = open(os.path.join(HERE, "sweep_report.txt"), encoding="utf-8").read()
if "UNREVIEWED" in sw:
    err("sweep_report has unreviewed candidates")

print("catalog: %d products, %d enterprises, %d categories" % (len(cat), len(ents), len(cats)))
print("needs: %d  kinds: %s" % (len(queries), dict(sorted(cnt.items()))))
g = Counter(r["관련도"] for r in qrels)
print("qrels: %d rows (grade2 %d, grade1 %d)" % (len(qrels), g["2"], g["1"]))
if errors:
    print("FAILED (%d)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
