# -*- coding: utf-8 -*-
"""Independent checks on the written CSV files of set H (reads only the CSVs, not the data modules)."""
import collections
import csv
import os
import re
import sys

import kbd

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, "..")
errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(D, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has BOM")
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if rows[0] != header:
        err(f"{name}: header {rows[0]} != {header}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}:{i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


CAT_H = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]
cat = read("catalog.csv", CAT_H)
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hyi = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])

# ---------------- catalog
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합", "사회적협동조합"}
codes = [r["제품코드"] for r in cat]
if codes != ["H%04d" % i for i in range(1, len(cat) + 1)]:
    err("catalog: codes not H0001.. sequential")
if not 260 <= len(cat) <= 300:
    err(f"catalog: {len(cat)} rows")
ent = {}
addr_re = re.compile(r"^전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)?(, [^()]+)? \(([가-힣0-9]+동[0-9]?가?)\)$")
for r in cat:
    if r["기업유형"] not in TYPES:
        err(f"{r['제품코드']}: 기업유형 {r['기업유형']}")
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err(f"{r['제품코드']}: 사업자등록번호 {r['사업자등록번호']}")
    if not re.fullmatch(r"\d+", r["단가"]):
        err(f"{r['제품코드']}: 단가 {r['단가']}")
    if not addr_re.match(r["주소"]):
        err(f"{r['제품코드']}: 주소 {r['주소']}")
    for c in ("제품명", "분류", "단위", "설명"):
        if not r[c].strip():
            err(f"{r['제품코드']}: empty {c}")
    e = ent.setdefault(r["기업명"], (r["기업유형"], r["사업자등록번호"], r["주소"]))
    if e != (r["기업유형"], r["사업자등록번호"], r["주소"]):
        err(f"{r['제품코드']}: enterprise {r['기업명']} inconsistent")
if len({v[1] for v in ent.values()}) != len(ent):
    err("catalog: duplicate 사업자등록번호 across enterprises")
ncat = len({r["분류"] for r in cat})
if not 18 <= ncat <= 25:
    err(f"catalog: {ncat} categories")
if not 50 <= len(ent) <= 60:
    err(f"catalog: {len(ent)} enterprises")
names = collections.Counter(r["제품명"] for r in cat)
for n, c in names.items():
    if c > 1:
        err(f"catalog: duplicate product name {n}")
bycode = {r["제품코드"]: r for r in cat}
cat_text = " ".join(" ".join(r[c] for c in ("기업명", "제품명", "분류", "규격", "설명")) for r in cat)


def dong_of(code):
    return re.search(r"\(([^()]+)\)$", bycode[code]["주소"]).group(1)


# ---------------- queries / kinds
ids = ["H-Q%03d" % i for i in range(1, 151)]
if [q["수요번호"] for q in qs] != ids:
    err("queries: ids not H-Q001..H-Q150 in order")
if [k["수요번호"] for k in kinds] != ids:
    err("query_kinds: ids differ from queries")
for q in qs:
    for c in ("수량", "예산"):
        if q[c] and not re.fullmatch(r"\d+", q[c]):
            err(f"{q['수요번호']}: {c}={q[c]!r} not integer")
dup = [t for t, c in collections.Counter(q["수요내용"] for q in qs).items() if c > 1]
if dup:
    err(f"queries: duplicate texts {dup}")
EXPECT = dict(no_match=30, exact=11, synonym=11, typo=11, hanyeong=11, spacing=11, choseong=11, quantity=11,
              long_sentence=11, category=11, location=11, multi_item=10)
kind = {k["수요번호"]: k["유형"] for k in kinds}
cnt = collections.Counter(kind.values())
if dict(cnt) != EXPECT:
    err(f"kind counts {dict(cnt)}")
text = {q["수요번호"]: q["수요내용"] for q in qs}

# ---------------- no_match detail
if {r["수요번호"] for r in nmd} != {i for i in ids if kind[i] == "no_match"}:
    err("no_match_detail ids differ")
c2 = collections.Counter(r["난이도"] for r in nmd)
if c2 != {"hard": 20, "easy": 10}:
    err(f"no_match hard/easy {dict(c2)}")

# ---------------- qrels
byq = collections.defaultdict(list)
seen = set()
for r in qrels:
    qid, code = r["수요번호"], r["제품코드"]
    if qid not in kind:
        err(f"qrels: unknown id {qid}")
        continue
    if code not in bycode:
        err(f"qrels: unknown code {code}")
    if r["관련도"] not in ("1", "2"):
        err(f"qrels: {qid} {code} grade {r['관련도']}")
    if (qid, code) in seen:
        err(f"qrels: duplicate {qid} {code}")
    seen.add((qid, code))
    if r["품목"] and not (kind[qid] == "multi_item" and r["관련도"] == "2"):
        err(f"qrels: 품목 on {qid} {code} ({kind[qid]}, grade {r['관련도']})")
    byq[qid].append(r)
for qid in ids:
    rows = byq.get(qid, [])
    if kind[qid] == "no_match":
        if rows:
            err(f"{qid}: no_match has {len(rows)} qrels")
        continue
    if not any(r["관련도"] == "2" for r in rows):
        err(f"{qid}: no grade-2 row")
    if kind[qid] == "multi_item":
        items = {r["품목"] for r in rows if r["관련도"] == "2"}
        if len(items) < 2 or "" in items:
            err(f"{qid}: multi_item 품목 {items}")
    if kind[qid] == "location":
        want = text[qid].split()[0]
        assert want.endswith("동"), want
        for r in rows:
            d = dong_of(r["제품코드"])
            in_dong = d.startswith(want) and (d == want or re.fullmatch(r"[0-9]가", d[len(want):]) is not None)
            if r["관련도"] == "2" and not in_dong:
                err(f"{qid}: grade 2 {r['제품코드']} in {d}, asked {want}")
            if r["관련도"] == "1" and in_dong:
                print(f"note {qid}: grade 1 {r['제품코드']} ({bycode[r['제품코드']]['제품명']}) is in the asked 동 {d}")
        # every product of a grade-2 enterprise of that kind should be judged (warn only)

# ---------------- hanyeong: typed string converts back to the intended Hangul
hy = {r["수요번호"]: r for r in hyi}
if set(hy) != {i for i in ids if kind[i] == "hanyeong"}:
    err("hanyeong_intended ids differ")
for qid, r in hy.items():
    typed = text[qid]
    if typed != r["입력"]:
        err(f"{qid}: queries text differs from hanyeong_intended")
    if not re.search(r"[A-Za-z]{2,}", typed):
        err(f"{qid}: no English-mode run in {typed!r}")
    # token by token: a token is either typed as is, or converts back (두벌식) to the intended token
    tt, it = typed.split(), r["의도한 한글"].split()
    if len(tt) != len(it):
        err(f"{qid}: token count differs {typed!r} / {r['의도한 한글']!r}")
        continue
    n_conv = 0
    for a, b in zip(tt, it):
        if a == b:
            continue
        if not re.fullmatch(r"[A-Za-z]+", a):
            err(f"{qid}: token {a!r} neither equal to {b!r} nor pure English-mode")
        elif kbd.from_keys(a) != b:
            err(f"{qid}: {a!r} -> {kbd.from_keys(a)!r} != {b!r}")
        elif kbd.to_keys(b) != a:
            err(f"{qid}: forward {b!r} -> {kbd.to_keys(b)!r} != {a!r}")
        else:
            n_conv += 1
    if n_conv == 0:
        err(f"{qid}: no converted token")

# ---------------- choseong: at least one token made only of compatibility consonants
for qid in ids:
    if kind[qid] == "choseong":
        if not any(re.fullmatch(r"[ㄱ-ㅎ]{2,}", t) for t in text[qid].split()):
            err(f"{qid}: no choseong token in {text[qid]!r}")

# choseong tokens must be the initials of the intended word, and that word must occur in the catalog
CHO_INTENDED = {"ㅎㅅㅁ": "현수막", "ㄷㅅㄹ": "도시락", "ㄷㅈ": "된장", "ㅂㅁㅁㅇ": "방문목욕", "ㄱㅇㄱㅇ": "국악공연",
                "ㅁㄱㄹ": "막걸리", "ㄱㅁㅂ": "근무복", "ㄱㄴㅅㄷ": "구내식당", "ㅂㅊㅁ": "방충망", "ㅅㅁㅌㅍ": "스마트폰",
                "ㄸㅁㅁㅈ": "떡메모지"}


def initials(w):
    return "".join(kbd.CHO[(ord(ch) - 0xAC00) // 588] for ch in w)


for qid in ids:
    if kind[qid] == "choseong":
        toks = [t for t in text[qid].split() if re.fullmatch(r"[ㄱ-ㅎ]{2,}", t)]
        for t in toks:
            w = CHO_INTENDED.get(t)
            if w is None:
                err(f"{qid}: choseong token {t} has no intended word listed")
            elif initials(w) != t:
                err(f"{qid}: {t} != initials of {w}")
            elif w.replace("공연", " 공연") not in cat_text and w not in cat_text:
                err(f"{qid}: intended word {w} not in catalog")

# ---------------- synonym / typo words must not occur in the catalog
SYN_TYPO = ["휴지", "퀵서비스", "조화", "풀베기", "탁주", "팜플렛", "리퍼", "바퀴벌레", "포스트잇", "크리넥스", "갑티슈", "영정",
            "에코벡", "현수먁", "카스테라", "리플렛", "방충만", "도시략", "간벙인", "스튜키", "접근썽", "콜드부루", "키오스그"]
for w in SYN_TYPO:
    if w in cat_text:
        err(f"synonym/typo word {w!r} occurs in catalog")
    if not any(w in text[i] for i in ids if kind[i] in ("synonym", "typo")):
        err(f"synonym/typo word {w!r} not used in any synonym/typo need")

# ---------------- summary
print("catalog", len(cat), "products,", len(ent), "enterprises,", ncat, "categories")
print("queries", len(qs), dict(cnt))
print("qrels", len(qrels), "rows; grade2", sum(r["관련도"] == "2" for r in qrels), "grade1", sum(r["관련도"] == "1" for r in qrels))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
