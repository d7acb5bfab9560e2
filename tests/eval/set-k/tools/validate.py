# -*- coding: utf-8 -*-
"""set-k 검증 스크립트. 모두 통과하면 OK 출력."""
import csv, os, re, sys
from collections import Counter, defaultdict
from kbd import keys_to_hangul, choseong
import needs_data as N
import build_queries as BQ

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.dirname(HERE)
errors = []


def err(m):
    errors.append(m)


def read(name, header):
    p = os.path.join(D, name)
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": BOM present")
    raw.decode("utf-8")
    rows = list(csv.reader(open(p, encoding="utf-8", newline="")))
    if rows[0] != header:
        err("%s: header %r" % (name, rows[0]))
    return rows[1:]


WANSAN = ["효자동1가", "효자동2가", "효자동3가", "삼천동1가", "삼천동2가", "삼천동3가", "평화동1가", "평화동2가", "서신동",
          "중화산동1가", "중화산동2가", "풍남동1가", "풍남동2가", "풍남동3가", "교동", "완산동", "동서학동", "서학동", "중노송동",
          "서노송동", "태평동", "다가동", "경원동"]
DEOKJIN = ["인후동1가", "인후동2가", "우아동1가", "우아동2가", "우아동3가", "송천동1가", "송천동2가", "금암동", "덕진동1가",
           "덕진동2가", "진북동", "팔복동1가", "팔복동2가", "팔복동3가", "팔복동4가", "호성동1가", "호성동2가", "호성동3가",
           "만성동", "여의동", "전미동", "장동", "중동"]

# catalog
cat = read("catalog.csv", "제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소".split(","))
if not 260 <= len(cat) <= 320:
    err("catalog size %d" % len(cat))
codes = [r[0] for r in cat]
if codes != ["K%04d" % i for i in range(1, len(cat) + 1)]:
    err("codes not sequential")
ents = {}
for r in cat:
    if len(r) != 11 or any(x == "" for i, x in enumerate(r)):
        err("catalog row incomplete %s" % r[0])
    if r[2] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합", "사회적협동조합"}:
        err("type %s" % r[0])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r[3]):
        err("brn %s" % r[0])
    if not re.fullmatch(r"\d+", r[7]):
        err("price %s" % r[0])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ [\d-]+ \((\S+)\)", r[10])
    if not m:
        err("addr %s" % r[0])
    else:
        gu, dong = m.groups()
        if dong not in (WANSAN if gu == "완산구" else DEOKJIN):
            err("dong/gu mismatch %s %s %s" % (r[0], gu, dong))
    key = (r[2], r[3], r[10])
    if r[1] in ents and ents[r[1]] != key:
        err("enterprise inconsistent %s" % r[1])
    ents[r[1]] = key
if not 50 <= len(ents) <= 65:
    err("enterprises %d" % len(ents))
if len({v[1] for v in ents.values()}) != len(ents):
    err("duplicate brn")
ncat = len({r[5] for r in cat})
if not 18 <= ncat <= 25:
    err("categories %d" % ncat)
dong_trades = defaultdict(set)
for r in cat:
    dong_trades[re.search(r"\((\S+?)(\d가)?\)$", r[10]).group(1)].add(r[1])
shared = [d for d, e in dong_trades.items() if len(e) >= 2]
if len(shared) < 5:
    err("too few shared dongs")
CATTEXT = "\n".join(" ".join(r) for r in cat)
CATTEXT_NS = re.sub(r"\s+", "", CATTEXT)

# queries & kinds
q = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
ids = ["K-Q%03d" % i for i in range(1, 151)]
if [r[0] for r in q] != ids:
    err("query ids")
for r in q:
    for x in r[2:]:
        if x and not re.fullmatch(r"\d+", x):
            err("qty/budget %s" % r[0])
qtext = {r[0]: r[1] for r in q}
k = read("query_kinds.csv", ["수요번호", "유형"])
kind = {r[0]: r[1] for r in k}
if [r[0] for r in k] != ids:
    err("kind ids")
want = dict(exact=11, synonym=11, typo=11, hanyeong=11, spacing=11, choseong=11, quantity=11, long_sentence=11,
            category=11, location=11, multi_item=10, no_match=30)
if Counter(kind.values()) != Counter(want):
    err("kind counts %s" % Counter(kind.values()))

# qrels
qr = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
cs = set(codes)
by = defaultdict(list)
seen = set()
for r in qr:
    if r[0] not in kind:
        err("qrel id %s" % r[0])
    if r[1] not in cs:
        err("qrel code %s" % r[1])
    if r[2] not in ("1", "2"):
        err("grade %s" % r)
    if (r[0], r[1]) in seen:
        err("dup qrel %s" % r)
    seen.add((r[0], r[1]))
    if r[3] and not (kind.get(r[0]) == "multi_item" and r[2] == "2"):
        err("품목 misuse %s" % r)
    if kind.get(r[0]) == "multi_item" and r[2] == "2" and not r[3]:
        err("품목 missing %s" % r)
    by[r[0]].append(r)
for i in ids:
    if kind[i] == "no_match":
        if by[i]:
            err("no_match has qrels %s" % i)
    elif not any(r[2] == "2" for r in by[i]):
        err("no grade-2 %s" % i)
    if kind[i] == "multi_item" and len({r[3] for r in by[i] if r[2] == "2"}) < 2:
        err("multi_item needs >=2 items %s" % i)

# location: grade-2 products lie in the named 동
addr = {r[0]: r[10] for r in cat}
for i in ids:
    if kind[i] == "location":
        dong = qtext[i].split()[0]
        for r in by[i]:
            inside = re.search(r"\(%s(\d가)?\)$" % dong, addr[r[1]]) is not None
            if (r[2] == "2") != inside and not (r[2] == "1" and inside):
                err("location grade mismatch %s %s" % (i, r[1]))

# no_match detail
nm = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
if sorted(r[0] for r in nm) != sorted(i for i in ids if kind[i] == "no_match"):
    err("no_match_detail ids")
if Counter(r[1] for r in nm) != Counter(hard=20, easy=10):
    err("no_match difficulty counts")
for r in nm:
    if not r[3] or (r[1] == "hard" and not r[2]):
        err("no_match detail incomplete %s" % r[0])

# hanyeong
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
if sorted(r[0] for r in hy) != sorted(i for i in ids if kind[i] == "hanyeong"):
    err("hanyeong ids")
for r in hy:
    if qtext[r[0]] != r[1]:
        err("hanyeong input != query %s" % r[0])
    if not re.search(r"[A-Za-z]", r[1]):
        err("hanyeong has no latin %s" % r[0])
    if keys_to_hangul(r[1]) != r[2]:
        err("hanyeong conversion %s: %s -> %s != %s" % (r[0], r[1], keys_to_hangul(r[1]), r[2]))

# choseong / synonym / typo / spacing checks against the source data
needs = BQ.numbered()
for n in needs:
    if qtext[n["id"]] != n["text"] or kind[n["id"]] != n["kind"]:
        err("generator mismatch %s" % n["id"])
    if n["kind"] == "choseong":
        if n["cho"] not in n["text"] or choseong(n["word"]) != n["cho"]:
            err("choseong mismatch %s" % n["id"])
        if not re.fullmatch(r"[ㄱ-ㅎ]+", n["cho"]):
            err("choseong not jamo %s" % n["id"])
        if n["word"] not in CATTEXT:
            err("choseong word not in catalog %s" % n["id"])
    if n["kind"] in ("synonym", "typo"):
        w = n["absent"]
        if w not in n["text"]:
            err("absent word not in query %s" % n["id"])
        if w in CATTEXT or w.replace(" ", "") in CATTEXT_NS:
            err("%s word present in catalog: %s" % (n["kind"], w))
    if n["kind"] == "spacing":
        if n["text"] in CATTEXT:
            err("spacing query appears verbatim in catalog %s" % n["id"])
    if n["kind"] == "hanyeong":
        for word in re.findall(r"\{([^}]*)\}", [x for x in N.HANYEONG if BQ.hy_input(x[0]) == n["text"]][0][0]):
            for part in word.split():
                if part not in CATTEXT:
                    err("hanyeong intended word not in catalog %s" % part)

if errors:
    print("\n".join(errors[:50]))
    print("FAIL (%d)" % len(errors))
    sys.exit(1)
print("catalog %d products, %d enterprises, %d categories; queries %d; qrels %d rows" % (len(cat), len(ents), ncat, len(q), len(qr)))
print("kinds", dict(Counter(kind.values())))
print("OK")
