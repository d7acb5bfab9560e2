# -*- coding: utf-8 -*-
"""평가셋 검사: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어·오타 부재, 동 이름."""
import csv, os, re, sys, collections
import kbd
import dong_data as D
import needs_data as ND

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []


def err(m):
    ERR.append(m)


def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": BOM 있음")
    raw.decode("utf-8")
    rows = list(csv.reader(open(p, encoding="utf-8", newline="")))
    if rows[0] != header:
        err("%s: 헤더 %r" % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]], rows


KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match"]
cat, raw = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
codes = set()
for r in cat:
    if not re.fullmatch(r"ZU\d{4}", r["제품코드"]) or r["제품코드"] in codes:
        err("제품코드 " + r["제품코드"])
    codes.add(r["제품코드"])
    if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}:
        err("기업유형 " + r["제품코드"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("사업자번호 " + r["제품코드"])
    if not re.fullmatch(r"\d+", r["단가"]):
        err("단가 " + r["제품코드"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m or D.GU_OF.get(m.group(2)) != m.group(1):
        err("주소 " + r["제품코드"] + " " + r["주소"])
    if any(not r[k].strip() for k in r):
        err("빈 칸 " + r["제품코드"])
ents = {r["기업명"] for r in cat}
brn = collections.defaultdict(set)
for r in cat:
    brn[r["사업자등록번호"]].add(r["기업명"])
if any(len(v) > 1 for v in brn.values()):
    err("사업자번호 중복")
cats = {r["분류"] for r in cat}
print("catalog: %d products, %d enterprises, %d categories" % (len(cat), len(ents), len(cats)))
if not (280 <= len(cat) <= 320):
    err("제품 수 %d" % len(cat))
CATTEXT = "\n".join(",".join(r.values()) for r in cat)
CATNOSP = re.sub(r"\s+", "", CATTEXT)

qs, _ = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
ids = [q["수요번호"] for q in qs]
if ids != sorted(ids) or set(ids) != {"ZU-Q%03d" % i for i in range(1, 151)}:
    err("수요번호 집합/순서")
for q in qs:
    for k in ("수량", "예산"):
        if q[k] and not re.fullmatch(r"\d+", q[k]):
            err("%s %s %r" % (q["수요번호"], k, q[k]))
qtext = {q["수요번호"]: q["수요내용"] for q in qs}
kinds_rows, _ = read("query_kinds.csv", ["수요번호", "유형"])
kind = {r["수요번호"]: r["유형"] for r in kinds_rows}
if set(kind) != set(ids):
    err("query_kinds 수요번호 불일치")
cnt = collections.Counter(kind.values())
for k in KINDS:
    if k not in cnt:
        err("유형 없음 " + k)
for k, v in cnt.items():
    if k not in KINDS:
        err("알 수 없는 유형 " + k)
    elif k == "no_match":
        if v != 30:
            err("no_match %d" % v)
    elif not (10 <= v <= 11):
        err("%s %d건" % (k, v))
if sum(v for k, v in cnt.items() if k != "no_match") != 120:
    err("matchable 수 != 120")

qr, _ = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
seen = set()
per = collections.defaultdict(list)
for r in qr:
    key = (r["수요번호"], r["제품코드"])
    if key in seen:
        err("qrels 중복 %s" % (key,))
    seen.add(key)
    if r["수요번호"] not in kind:
        err("qrels 없는 수요 " + r["수요번호"])
        continue
    if r["제품코드"] not in codes:
        err("qrels 없는 코드 " + r["제품코드"])
    if r["관련도"] not in ("1", "2"):
        err("관련도 값 %s" % (key,))
    if kind[r["수요번호"]] == "multi_item":
        if not r["품목"] or r["품목"] not in qtext[r["수요번호"]]:
            err("품목 %s %r" % (key, r["품목"]))
    elif r["품목"]:
        err("품목은 multi_item만 %s" % (key,))
    per[r["수요번호"]].append(r)
for i in ids:
    if kind[i] == "no_match":
        if per[i]:
            err("no_match에 qrels " + i)
    elif not any(r["관련도"] == "2" for r in per[i]):
        err("관련도 2 없음 " + i)
    if kind[i] == "multi_item":
        items = {r["품목"] for r in per[i] if r["관련도"] == "2"}
        if len(items) < 2:
            err("multi_item 품목별 관련도 2 부족 " + i)

# 한영
hy, _ = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
full = mixed = 0
for r in hy:
    if kind.get(r["수요번호"]) != "hanyeong" or qtext[r["수요번호"]] != r["입력"]:
        err("한영 표 불일치 " + r["수요번호"])
    s = r["입력"]
    if kbd.keys_to_hangul(s) != r["의도한 한글"]:
        err("한영 조합 실패 %s %s" % (s, kbd.keys_to_hangul(s)))
    for tok in re.findall(r"[A-Za-z]+", s):
        if kbd.hangul_to_keys(kbd.keys_to_hangul(tok)) != tok:
            err("한영 왕복 실패 " + tok)
    if re.fullmatch(r"[A-Za-z]+", s):
        full += 1
    elif re.search(r"[가-힣]", s) and re.search(r"[A-Za-z]", s):
        mixed += 1
    else:
        err("한영 형태 " + s)
if len(hy) != cnt["hanyeong"] or full != 8 or mixed != 3:
    err("한영 개수 full=%d mixed=%d" % (full, mixed))

# 내부 수요 정의와 대조 (초성, 동의어·오타, 띄어쓰기, 지역)
idmap = {r["내부키"]: r["수요번호"] for r in csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8"))}
for i, n in enumerate(ND.NEEDS, 1):
    qid = idmap["N%03d" % i]
    if qtext[qid] != n["text"] or kind[qid] != n["kind"]:
        err("id_map 불일치 " + qid)
    if n["kind"] == "choseong":
        toks, wtoks = n["text"].split(), n["word"].split()
        if not any(re.fullmatch(r"[ㄱ-ㅎ]+", t) for t in toks) or len(toks) != len(wtoks):
            err("초성 형태 " + n["text"])
        for t, w in zip(toks, wtoks):
            if re.fullmatch(r"[ㄱ-ㅎ]+", t):
                if kbd.choseong(w) != t:
                    err("초성 불일치 %s/%s" % (t, w))
            elif t != w:
                err("초성 보통말 불일치 %s/%s" % (t, w))
    if n["kind"] in ("synonym", "typo"):
        if n["word"] not in n["text"]:
            err("단어가 수요에 없음 " + n["word"])
        if n["word"] in CATTEXT or n["word"].replace(" ", "") in CATNOSP:
            err("카탈로그에 %s 단어가 있음: %s" % (n["kind"], n["word"]))
    if n["kind"] == "spacing":
        if n["word"] in CATTEXT:
            err("띄어쓰기 변형이 카탈로그에 그대로 있음: " + n["word"])
        if n["word"].replace(" ", "") not in CATNOSP:
            err("띄어쓰기만 다른 말이 카탈로그에 없음: " + n["word"])
    if n["kind"] == "location":
        if n["dong"] not in D.ALL_BASE or not n["text"].startswith(n["dong"]):
            err("동 이름 " + n["text"])
    if n["kind"] == "quantity" or n.get("qty"):
        q = [x for x in qs if x["수요번호"] == qid][0]
        if (q["수량"] or None) != (str(n["qty"]) if n.get("qty") else None):
            err("수량 불일치 " + qid)
        if (q["예산"] or None) != (str(n["budget"]) if n.get("budget") else None):
            err("예산 불일치 " + qid)

nm, _ = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
if {r["수요번호"] for r in nm} != {i for i in ids if kind[i] == "no_match"}:
    err("no_match_detail 수요번호")
lv = collections.Counter(r["난이도"] for r in nm)
if lv != {"어려움": 20, "쉬움": 10}:
    err("no_match 난이도 %r" % lv)
for r in nm:
    for w in filter(None, [x.strip() for x in r["겹치는 말"].split(",")]):
        if w not in CATTEXT:
            err("겹치는 말이 카탈로그에 없음: " + w)

print("kinds:", dict(cnt))
print("qrels rows:", len(qr), "rel2:", sum(r["관련도"] == "2" for r in qr), "rel1:", sum(r["관련도"] == "1" for r in qr))
if ERR:
    print("ERRORS (%d):" % len(ERR))
    for e in ERR:
        print("  -", e)
    sys.exit(1)
print("OK")
