# -*- coding: utf-8 -*-
"""set-zzs 검증기. 실행: python3 tools/validate.py  (문제 없으면 'OK' 와 종료코드 0)"""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
from needs_data import NEEDS, NO_MATCH

# 전주시 법정동 (구별)
REAL_DONG = {
    "완산구": """중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가
      전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 동완산동
      서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가
      평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동
      서노송동""".split(),
    "덕진구": """진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동
      금상동 우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가
      반월동 화전동 용정동 성덕동 원동 고랑동 여의동 만성동 장동 도도동 강흥동 도덕동 남정동 중동""".split(),
}
ALL_DONG = set(REAL_DONG["완산구"] + REAL_DONG["덕진구"])
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match"]
errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: BOM 있음")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    if rows[0] != header:
        err(f"{name}: 헤더 {rows[0]} != {header}")
    out = [dict(zip(header, r)) for r in rows[1:]]
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}:{i}: 열 개수 {len(r)}")
    return out


cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
queries = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
idmap = list(csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8")))

# ---- catalog
codes = [r["제품코드"] for r in cat]
if codes != ["ZZS%04d" % (i + 1) for i in range(len(codes))]:
    err("제품코드가 ZZS0001부터 연속이 아님")
if not 280 <= len(cat) <= 320:
    err(f"제품 수 {len(cat)}")
ents = {r["기업명"] for r in cat}
if not 60 <= len(ents) <= 70:
    err(f"기업 수 {len(ents)}")
ncat = len({r["분류"] for r in cat})
if not 25 <= ncat <= 35:
    err(f"분류 수 {ncat}")
ent_info = {}
for r in cat:
    c = r["제품코드"]
    if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}:
        err(f"{c}: 기업유형 {r['기업유형']}")
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err(f"{c}: 사업자등록번호 형식")
    if not re.fullmatch(r"\d+", r["단가"]):
        err(f"{c}: 단가 정수 아님")
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+) \((\S+)\)", r["주소"])
    if not m:
        err(f"{c}: 주소 형식 {r['주소']}")
    elif m.group(4) not in REAL_DONG[m.group(1)]:
        err(f"{c}: {m.group(1)}에 없는 법정동 {m.group(4)}")
    key = (r["기업명"], r["기업유형"], r["사업자등록번호"], r["주소"])
    ent_info.setdefault(r["기업명"], key)
    if ent_info[r["기업명"]] != key:
        err(f"{c}: 같은 기업의 정보가 제품마다 다름")
brns = Counter(v[2] for v in ent_info.values())
if any(n > 1 for n in brns.values()):
    err("사업자등록번호 중복")
cat_text = "\n".join(" ".join(r.values()) for r in cat)
codeset = set(codes)

# ---- queries / kinds / id map
ids = ["ZZS-Q%03d" % i for i in range(1, 151)]
if [r["수요번호"] for r in queries] != ids:
    err("queries.csv 수요번호가 ZZS-Q001..Q150 순서가 아님")
for r in queries:
    for col in ("수량", "예산"):
        if r[col] and not re.fullmatch(r"\d+", r[col]):
            err(f"{r['수요번호']}: {col} 정수 아님")
kind_of = {r["수요번호"]: r["유형"] for r in kinds}
if sorted(kind_of) != ids:
    err("query_kinds.csv 수요번호 불일치")
kc = Counter(kind_of.values())
for k in KINDS:
    if k == "no_match":
        if kc[k] != 30:
            err(f"no_match {kc[k]}건")
    elif not 10 <= kc[k] <= 11:
        err(f"{k} {kc[k]}건")
if sum(v for k, v in kc.items() if k != "no_match") != 120:
    err("매칭 가능 수요가 120건이 아님")
if set(kc) - set(KINDS):
    err(f"알 수 없는 유형 {set(kc) - set(KINDS)}")
allneeds = {n["key"]: n for n in NEEDS + NO_MATCH}
key_of = {r["수요번호"]: r["내부키"] for r in idmap}
text_of = {r["수요번호"]: r["수요내용"] for r in queries}
for qid, key in key_of.items():
    n = allneeds[key]
    if n["text"] != text_of[qid]:
        err(f"{qid}: id_map 과 수요내용 불일치")
    if n["kind"] != kind_of[qid]:
        err(f"{qid}: id_map 과 유형 불일치")
    q = next(r for r in queries if r["수요번호"] == qid)
    if (q["수량"] or None) != (str(n["qty"]) if n["qty"] is not None else None):
        err(f"{qid}: 수량 불일치")

# ---- qrels
seen = set()
by_q = defaultdict(list)
for r in qrels:
    k = (r["수요번호"], r["제품코드"])
    if k in seen:
        err(f"qrels 중복 {k}")
    seen.add(k)
    if r["수요번호"] not in kind_of:
        err(f"qrels: 없는 수요번호 {r['수요번호']}")
        continue
    if r["제품코드"] not in codeset:
        err(f"qrels: 없는 제품코드 {r['제품코드']}")
    if r["관련도"] not in ("1", "2"):
        err(f"qrels: 관련도 {r['관련도']}")
    if kind_of[r["수요번호"]] == "multi_item":
        if not r["품목"]:
            err(f"qrels {k}: 복수품목형인데 품목 비어 있음")
    elif r["품목"]:
        err(f"qrels {k}: 복수품목형이 아닌데 품목 있음")
    by_q[r["수요번호"]].append(r)
for qid, kd in kind_of.items():
    rs = by_q.get(qid, [])
    if kd == "no_match":
        if rs:
            err(f"{qid}: no_match 인데 qrels 있음")
        continue
    if not any(r["관련도"] == "2" for r in rs):
        err(f"{qid}: 관련도 2 제품 없음")
    if kd == "multi_item":
        n = allneeds[key_of[qid]]
        for it in n["items"]:
            if it[0] not in text_of[qid]:
                err(f"{qid}: 품목 '{it[0]}' 이 수요내용에 그대로 없음")
            if not any(r["품목"] == it[0] and r["관련도"] == "2" for r in rs):
                err(f"{qid}: 품목 '{it[0]}' 의 관련도 2 제품 없음")

# ---- no_match detail
if sorted(r["수요번호"] for r in nmd) != sorted(q for q, k in kind_of.items() if k == "no_match"):
    err("no_match_detail.csv 수요번호 불일치")
dc = Counter(r["난이도"] for r in nmd)
if dc["어려움"] != 20 or dc["쉬움"] != 10:
    err(f"no_match 난이도 {dc}")

# ---- 한영
if sorted(r["수요번호"] for r in hy) != sorted(q for q, k in kind_of.items() if k == "hanyeong"):
    err("hanyeong_intended.csv 수요번호 불일치")
full = mixed = 0
for r in hy:
    inp, want = r["입력"], r["의도한 한글"]
    if inp != text_of[r["수요번호"]]:
        err(f"{r['수요번호']}: 입력이 수요내용과 다름")
    if kbd.to_hangul(inp) != want:
        err(f"{r['수요번호']}: 자판→한글 {kbd.to_hangul(inp)} != {want}")
    # 한글→자판: 영문으로 친 토큰은 자판열이 같아야 하고, 한글 토큰은 그대로여야 함
    it, wt = inp.split(), want.split()
    if len(it) != len(wt):
        err(f"{r['수요번호']}: 토큰 수 불일치")
    for a, b in zip(it, wt):
        if re.fullmatch(r"[A-Za-z]+", a):
            if kbd.to_keys(b) != a:
                err(f"{r['수요번호']}: 한글→자판 {kbd.to_keys(b)} != {a}")
        elif a != b:
            err(f"{r['수요번호']}: 한글 토큰 불일치 {a} != {b}")
    has_h = bool(re.search(r"[가-힣]", inp))
    if has_h:
        mixed += 1
    elif re.fullmatch(r"[A-Za-z ]+", inp):
        full += 1
    else:
        err(f"{r['수요번호']}: 입력 형식 이상")
if (full, mixed) != (8, 3):
    err(f"한영 전부 {full} / 혼합 {mixed} (8/3 이어야 함)")

# ---- 초성, 동의어/오타, 띄어쓰기, 지역
for n in NEEDS:
    k = n["kind"]
    if k == "choseong":
        toks, itoks = n["text"].split(), n["intended"].split()
        if len(toks) != len(itoks):
            err(f"{n['key']}: 초성 토큰 수 불일치")
        if not any(re.fullmatch(r"[ㄱ-ㅎ]+", t) for t in toks):
            err(f"{n['key']}: 초성 토큰 없음")
        for t, it in zip(toks, itoks):
            if re.fullmatch(r"[ㄱ-ㅎ]+", t):
                if kbd.choseong(it) != t:
                    err(f"{n['key']}: 초성 {t} != {kbd.choseong(it)}")
            elif t != it:
                err(f"{n['key']}: 일반 낱말 불일치")
    if k in ("synonym", "typo"):
        if n["absent"] not in n["text"]:
            err(f"{n['key']}: absent 낱말이 수요에 없음")
        if n["absent"].lower() in cat_text.lower():
            err(f"{n['key']}: '{n['absent']}' 가 카탈로그에 있음")
    if k == "spacing":
        if n["text"] in cat_text:
            err(f"{n['key']}: 수요 표기 '{n['text']}' 가 카탈로그에 그대로 있음")
        if n["joined"] not in cat_text:
            err(f"{n['key']}: 카탈로그 표기 '{n['joined']}' 없음")
        if n["text"].replace(" ", "") != n["joined"].replace(" ", "") or n["text"] == n["joined"]:
            err(f"{n['key']}: 띄어쓰기만 다른 것이 아님")
    if k == "location":
        if not any(d.startswith(n["dong"]) for d in ALL_DONG):
            err(f"{n['key']}: 실제 법정동 아님 {n['dong']}")
        if not n["text"].startswith(n["dong"]):
            err(f"{n['key']}: 수요에 동 이름 없음")

# 내부 검토가 모두 끝났는지 (sweep_report 의 '미검토')
sw = list(csv.DictReader(open(os.path.join(HERE, "sweep_report.csv"), encoding="utf-8")))
if any(r["판단 이유"] == "미검토" for r in sw):
    err("sweep_report 에 미검토 항목 있음")

if errors:
    for e in errors:
        print("ERROR", e)
    print(len(errors), "errors")
    sys.exit(1)
print("OK: 제품 %d, 기업 %d, 분류 %d, 수요 %d, qrels %d (2: %d, 1: %d)" % (
    len(cat), len(ents), ncat, len(queries), len(qrels), sum(r["관련도"] == "2" for r in qrels),
    sum(r["관련도"] == "1" for r in qrels)))
print("유형별:", dict(kc))
