# -*- coding: utf-8 -*-
"""set-p 평가셋 검사. 문제가 없으면 'OK' 와 요약을 출력하고 종료코드 0.

검사 항목: 파일·헤더 형식, 건수, 코드 존재, 매칭 수요마다 관련도 2 존재, no_match 에 qrels 없음,
multi_item 품목 칸, location 동 일치, 한영 왕복 변환, 초성 정확성, synonym/typo 형태가
카탈로그에 없음, spacing 형태, 주소의 구-법정동 짝, 가짜 사업자번호 형식.
"""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
import kbd  # noqa: E402
import needs_data as nd  # noqa: E402
from build_catalog import bizno_check_digit  # noqa: E402

KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity",
         "long_sentence", "category", "location", "multi_item", "no_match"]
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}

# 이 셋에서 쓰는 전주시 법정동 (구 짝)
DONG = {
    "완산구": {"중앙동1가", "중앙동2가", "중앙동3가", "중앙동4가", "경원동1가", "경원동2가", "경원동3가",
             "풍남동1가", "풍남동2가", "풍남동3가", "교동", "태평동", "서서학동", "동서학동",
             "중화산동1가", "중화산동2가", "서신동", "효자동1가", "효자동2가", "효자동3가",
             "삼천동1가", "삼천동2가", "삼천동3가", "평화동1가", "평화동2가"},
    "덕진구": {"인후동1가", "인후동2가", "덕진동1가", "덕진동2가", "금암동", "팔복동1가", "팔복동2가",
             "팔복동3가", "팔복동4가", "송천동1가", "송천동2가", "우아동1가", "우아동2가", "우아동3가",
             "호성동1가", "호성동2가", "호성동3가", "진북동", "전미동1가", "전미동2가", "여의동"},
}

errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    if not os.path.exists(path):
        err(f"{name}: 없음")
        return []
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if raw.startswith("\ufeff"):
        err(f"{name}: BOM 있음")
    rows = list(csv.reader(raw.splitlines()))
    if not rows or rows[0] != header:
        err(f"{name}: 헤더 {rows[0] if rows else None} != {header}")
        return []
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
qk = read("query_kinds.csv", ["수요번호", "유형"])
qr = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nm = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])

# ---------------- catalog ----------------
codes = [r["제품코드"] for r in cat]
if codes != [f"P{i:04d}" for i in range(1, len(cat) + 1)]:
    err("catalog: 제품코드가 P0001부터 연속이 아님")
if not 280 <= len(cat) <= 300:
    err(f"catalog: 제품 수 {len(cat)} (280~300 기대)")
ents = collections.defaultdict(set)
addr_re = re.compile(r"^전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)$")
for r in cat:
    if r["기업유형"] not in TYPES:
        err(f"{r['제품코드']}: 기업유형 {r['기업유형']}")
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err(f"{r['제품코드']}: 사업자등록번호 형식 {r['사업자등록번호']}")
    else:
        d = [int(c) for c in r["사업자등록번호"].replace("-", "")]
        if bizno_check_digit(d[:9]) == d[9]:
            err(f"{r['제품코드']}: 사업자등록번호가 검증식을 통과함(가짜여야 함)")
    if not re.fullmatch(r"\d+", r["단가"]):
        err(f"{r['제품코드']}: 단가 정수 아님 {r['단가']}")
    elif int(r["단가"]) <= 0:
        err(f"{r['제품코드']}: 단가 0 이하")
    m = addr_re.match(r["주소"])
    if not m:
        err(f"{r['제품코드']}: 주소 형식 {r['주소']}")
    elif m.group(3) not in DONG[m.group(1)]:
        err(f"{r['제품코드']}: {m.group(1)}-{m.group(3)} 짝이 틀림")
    for col in ("제품명", "분류", "규격", "단위", "주소", "기업명"):
        if not r[col].strip():
            err(f"{r['제품코드']}: {col} 비어 있음")
    ents[r["기업명"]].add((r["기업유형"], r["사업자등록번호"], r["주소"]))
for name, v in ents.items():
    if len(v) != 1:
        err(f"기업 {name}: 유형/번호/주소가 제품마다 다름")
if len({next(iter(v))[1] for v in ents.values()}) != len(ents):
    err("사업자등록번호 중복")
if not 60 <= len(ents) <= 70:
    err(f"기업 수 {len(ents)} (60~70 기대)")
ncat = len({r["분류"] for r in cat})
if not 25 <= ncat <= 30:
    err(f"분류 수 {ncat} (25~30 기대)")
code_set = set(codes)
by_code = {r["제품코드"]: r for r in cat}
blob = "\n".join(" ".join(r.values()) for r in cat)

# ---------------- queries / kinds ----------------
ids = [r["수요번호"] for r in qs]
if ids != [f"P-Q{i:03d}" for i in range(1, 151)]:
    err("queries: 수요번호가 P-Q001~P-Q150 이 아님")
for r in qs:
    for c in ("수량", "예산"):
        if r[c] and not re.fullmatch(r"\d+", r[c]):
            err(f"{r['수요번호']}: {c} 정수 아님")
    if not r["수요내용"].strip():
        err(f"{r['수요번호']}: 수요내용 비어 있음")
kind = {r["수요번호"]: r["유형"] for r in qk}
if set(kind) != set(ids):
    err("query_kinds: 수요번호 집합이 queries 와 다름")
for q, k in kind.items():
    if k not in KINDS:
        err(f"{q}: 유형 {k}")
cnt = collections.Counter(kind.values())
if cnt["no_match"] != 30:
    err(f"no_match {cnt['no_match']} != 30")
if sum(v for k, v in cnt.items() if k != "no_match") != 120:
    err("matchable 수요가 120 이 아님")
for k in KINDS[:-1]:
    if not 10 <= cnt[k] <= 12:
        err(f"유형 {k}: {cnt[k]}개 (약 11 기대)")
text = {r["수요번호"]: r["수요내용"] for r in qs}
if len(set(text.values())) != len(text):
    err("수요내용 중복")

# 수요내용 -> needs_data 항목
need_by_text = {}
for d in nd.NEEDS:
    if d["kind"] == "hanyeong":
        t = kbd.convert_words(d["intended"], d.get("conv"), kbd.hangul_to_keys)
    elif d["kind"] == "choseong":
        t = kbd.convert_words(d["intended"], d.get("conv"), kbd.choseong)
    else:
        t = d["text"]
    need_by_text[t] = d
for q in ids:
    if kind.get(q) != "no_match":
        d = need_by_text.get(text[q])
        if not d or d["kind"] != kind[q]:
            err(f"{q}: needs_data 와 유형/문장 불일치")

# ---------------- qrels ----------------
rel = collections.defaultdict(list)
seen = set()
for r in qr:
    q, c = r["수요번호"], r["제품코드"]
    if q not in kind:
        err(f"qrels: 없는 수요 {q}")
        continue
    if c not in code_set:
        err(f"qrels: 없는 제품 {c}")
    if r["관련도"] not in ("1", "2"):
        err(f"qrels: {q} {c} 관련도 {r['관련도']}")
    if (q, c) in seen:
        err(f"qrels: 중복 {q} {c}")
    seen.add((q, c))
    rel[q].append(r)
for q in ids:
    k = kind.get(q)
    if k == "no_match":
        if rel[q]:
            err(f"{q}: no_match 인데 qrels 있음")
        continue
    if not any(r["관련도"] == "2" for r in rel[q]):
        err(f"{q}: 관련도 2 없음")
    d = need_by_text.get(text[q], {})
    if k == "multi_item":
        items = {r["품목"] for r in rel[q] if r["관련도"] == "2"}
        for r in rel[q]:
            if (r["관련도"] == "2") != bool(r["품목"]):
                err(f"{q} {r['제품코드']}: 품목 칸은 관련도 2 행에만")
        for name, _, _ in d.get("items", []):
            if name not in items:
                err(f"{q}: 품목 '{name}' 의 관련도 2 제품 없음")
            if name not in text[q]:
                err(f"{q}: 품목 '{name}' 이 수요 문장에 없음")
    else:
        for r in rel[q]:
            if r["품목"]:
                err(f"{q}: multi_item 이 아닌데 품목 칸 채움")
    if k == "location":
        for r in rel[q]:
            dong = by_code[r["제품코드"]]["주소"].rsplit("(", 1)[1].rstrip(")")
            ok = dong.startswith(d["dong"])
            if (r["관련도"] == "2") != ok:
                err(f"{q} {r['제품코드']}: location 등급과 동({dong}) 불일치")
        if d["dong"] not in text[q]:
            err(f"{q}: 동 이름이 문장에 없음")

# ---------------- no_match_detail ----------------
nm_ids = {r["수요번호"] for r in nm}
if nm_ids != {q for q, k in kind.items() if k == "no_match"}:
    err("no_match_detail: 수요번호가 no_match 유형과 다름")
dc = collections.Counter(r["난이도"] for r in nm)
if dc != collections.Counter({"hard": 20, "easy": 10}):
    err(f"no_match 난이도 {dict(dc)} (hard 20 / easy 10 기대)")
for r in nm:
    if not r["해당 없음 이유"].strip():
        err(f"{r['수요번호']}: 이유 없음")

# ---------------- hanyeong ----------------
hy_ids = {r["수요번호"] for r in hy}
if hy_ids != {q for q, k in kind.items() if k == "hanyeong"}:
    err("hanyeong_intended: 수요번호가 hanyeong 유형과 다름")
for r in hy:
    if r["입력"] != text.get(r["수요번호"]):
        err(f"{r['수요번호']}: 입력이 queries 와 다름")
    back = " ".join(kbd.keys_to_hangul(w) if re.fullmatch(r"[A-Za-z]+", w) else w for w in r["입력"].split(" "))
    if back != r["의도한 한글"]:
        err(f"{r['수요번호']}: 한영 역변환 {back} != {r['의도한 한글']}")
    if not re.search(r"[A-Za-z]", r["입력"]):
        err(f"{r['수요번호']}: 영문 자판 입력이 없음")
    for w in r["의도한 한글"].split(" "):
        if kbd.keys_to_hangul(kbd.hangul_to_keys(w)) != w:
            err(f"{r['수요번호']}: 왕복 변환 실패 {w}")

# ---------------- choseong ----------------
JAMO = set("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
for q, k in kind.items():
    if k != "choseong":
        continue
    d = need_by_text[text[q]]
    qw, iw = text[q].split(" "), d["intended"].split(" ")
    if len(qw) != len(iw):
        err(f"{q}: 초성 단어 수 불일치")
        continue
    n_jamo = 0
    for a, b in zip(qw, iw):
        if set(a) <= JAMO:
            n_jamo += 1
            if kbd.choseong(b) != a:
                err(f"{q}: 초성 {a} != {kbd.choseong(b)} ({b})")
        elif a != b:
            err(f"{q}: 초성 아닌 단어 {a} != {b}")
    if not n_jamo:
        err(f"{q}: 초성 단어 없음")

# ---------------- synonym / typo / spacing ----------------
for q, k in kind.items():
    d = need_by_text.get(text[q])
    if k in ("synonym", "typo"):
        if d["form"] not in text[q]:
            err(f"{q}: form '{d['form']}' 이 문장에 없음")
        if d["form"] in blob:
            err(f"{q}: form '{d['form']}' 이 카탈로그에 있음")
    if k == "spacing":
        if d["text"] in blob:
            err(f"{q}: spacing 입력형 '{d['text']}' 이 카탈로그에 그대로 있음")
        if d["text"].replace(" ", "") != d["cat_form"].replace(" ", ""):
            err(f"{q}: spacing 입력형과 카탈로그형의 글자가 다름")
        codes2 = {r["제품코드"] for r in rel[q] if r["관련도"] == "2"}
        if not any(d["cat_form"] in by_code[c]["제품명"] for c in codes2):
            err(f"{q}: 카탈로그형 '{d['cat_form']}' 이 관련도 2 제품명에 없음")
    if k == "quantity" and not (re.search(r"\d", text[q])):
        err(f"{q}: quantity 인데 숫자 없음")

if errors:
    print(f"FAIL ({len(errors)})")
    for e in errors:
        print(" -", e)
    sys.exit(1)
g = collections.Counter(r["관련도"] for r in qr)
print("OK")
print(f"catalog {len(cat)} products / {len(ents)} enterprises / {ncat} categories")
print(f"queries {len(qs)}: " + ", ".join(f"{k} {cnt[k]}" for k in KINDS))
print(f"qrels {len(qr)} (2: {g['2']}, 1: {g['1']}); no_match hard {dc['hard']} easy {dc['easy']}; hanyeong {len(hy)}")
