# -*- coding: utf-8 -*-
"""세트 점검. 실행: python3 tools/validate.py  (문제 없으면 OK 출력, 있으면 목록과 종료코드 1)"""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data as ND

# 전주시 법정동(행정구별). '○○동n가'는 가 번호까지.
REAL_DONG = {
    "완산구": "중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 "
             "전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 "
             "동완산동 서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 "
             "평화동1가 평화동2가 평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 "
             "대성동 색장동 상림동".split(),
    "덕진구": "진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 "
             "금상동 우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 "
             "반월동 화전동 용정동 성덕동 원동 고랑동 여의동 만성동 남정동 중동 장동 도도동 강흥동 도덕동".split(),
}
ALL_DONG = {d: g for g, ds in REAL_DONG.items() for d in ds}
BASE_DONG = {re.sub(r"\d+가$", "", d) for d in ALL_DONG}
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match"]
errs = []


def E(msg):
    errs.append(msg)


def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        E(name + ": BOM 있음")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    if rows[0] != header:
        E("%s: 헤더 %r" % (name, rows[0]))
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            E("%s:%d 열 수 %d" % (name, i, len(r)))
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])

# ---- catalog ----
codes = [r["제품코드"] for r in cat]
if codes != ["ZZL%04d" % i for i in range(1, len(codes) + 1)]:
    E("제품코드가 ZZL0001부터 연속이 아님")
if not 280 <= len(cat) <= 320:
    E("제품 수 %d" % len(cat))
ents = {r["기업명"] for r in cat}
if not 55 <= len(ents) <= 75:
    E("기업 수 %d" % len(ents))
cats = {r["분류"] for r in cat}
if not 25 <= len(cats) <= 40:
    E("분류 수 %d" % len(cats))
ent_info = {}
for r in cat:
    if r["기업유형"] not in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"):
        E(r["제품코드"] + " 기업유형")
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        E(r["제품코드"] + " 사업자등록번호")
    if not re.fullmatch(r"[1-9]\d*", r["단가"]):
        E(r["제품코드"] + " 단가")
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+) \((\S+)\)", r["주소"])
    if not m:
        E(r["제품코드"] + " 주소 형식 " + r["주소"])
    elif ALL_DONG.get(m.group(4)) != m.group(1):
        E(r["제품코드"] + " 주소 법정동/구 불일치 " + r["주소"])
    info = (r["기업유형"], r["사업자등록번호"], r["주소"])
    if ent_info.setdefault(r["기업명"], info) != info:
        E(r["기업명"] + " 기업 정보 불일치")
brns = collections.Counter(v[1] for v in ent_info.values())
if any(c > 1 for c in brns.values()):
    E("사업자등록번호 중복")

# ---- queries / kinds ----
ids = [r["수요번호"] for r in qs]
if ids != ["ZZL-Q%03d" % i for i in range(1, 151)]:
    E("수요번호가 ZZL-Q001~Q150 아님")
for r in qs:
    for c in ("수량", "예산"):
        if r[c] and not re.fullmatch(r"[1-9]\d*", r[c]):
            E(r["수요번호"] + " " + c)
kind = {r["수요번호"]: r["유형"] for r in kinds}
if set(kind) != set(ids):
    E("query_kinds 번호 불일치")
kc = collections.Counter(kind.values())
for k in KINDS:
    want = (30,) if k == "no_match" else (10, 11)
    if kc[k] not in want:
        E("유형 %s 개수 %d" % (k, kc[k]))
if sum(kc[k] for k in KINDS if k != "no_match") != 120:
    E("매칭 수요가 120이 아님")
if set(kc) - set(KINDS):
    E("알 수 없는 유형 %s" % (set(kc) - set(KINDS)))
text = {r["수요번호"]: r["수요내용"] for r in qs}

# ---- qrels ----
codeset = set(codes)
seen = set()
best = collections.defaultdict(int)
items2 = collections.defaultdict(set)
for r in qrels:
    q, c = r["수요번호"], r["제품코드"]
    if q not in kind:
        E("qrels 없는 수요 " + q)
        continue
    if c not in codeset:
        E("qrels 없는 제품 " + c)
    if r["관련도"] not in ("1", "2"):
        E("qrels 관련도 %s %s" % (q, c))
    if (q, c) in seen:
        E("qrels 중복 %s %s" % (q, c))
    seen.add((q, c))
    if kind[q] == "no_match":
        E("no_match 에 qrels " + q)
    if (kind[q] == "multi_item") != bool(r["품목"]):
        E("품목 열 규칙 위반 %s %s" % (q, c))
    best[q] = max(best[q], int(r["관련도"]))
    if r["관련도"] == "2" and r["품목"]:
        items2[q].add(r["품목"])
for q in ids:
    if kind[q] != "no_match" and best[q] != 2:
        E("관련도 2 제품 없음 " + q)

# ---- 내부 데이터와 대조 ----
idmap = {r["수요번호"]: r for r in csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8"))}
kcode = {"EX": "exact", "SY": "synonym", "TY": "typo", "HY": "hanyeong", "SP": "spacing", "CH": "choseong",
         "QT": "quantity", "LS": "long_sentence", "CA": "category", "LO": "location", "MI": "multi_item", "NM": "no_match"}
needs_by_key = {}
cnt = {}
for n in ND.NEEDS:
    c = [k for k, v in kcode.items() if v == n["kind"]][0]
    cnt[c] = cnt.get(c, 0) + 1
    needs_by_key["%s%02d" % (c, cnt[c])] = n
for q, r in idmap.items():
    if kcode[r["내부키"][:2]] != kind.get(q) or r["수요내용"] != text.get(q):
        E("id_map 불일치 " + q)
catalog_text = "\n".join(" ".join(r.values()) for r in cat)
ns_catalog = catalog_text.replace(" ", "")
for q, r in idmap.items():
    n = needs_by_key.get(r["내부키"])
    if not n:
        continue
    if n["kind"] in ("synonym", "typo") and n["word"] in catalog_text:
        E("%s %s 단어 '%s'가 카탈로그에 있음" % (q, n["kind"], n["word"]))
    if n["kind"] in ("synonym", "typo") and n["word"] not in n["text"]:
        E("%s 단어가 수요에 없음" % q)
    if n["kind"] == "spacing":
        if n["text"] in catalog_text or n["text"].replace(" ", "") not in ns_catalog:
            E("%s 띄어쓰기 수요가 카탈로그 표기와 같거나 붙여도 없음" % q)
    if n["kind"] == "choseong":
        toks, itoks = n["text"].split(), n["intended"].split()
        if len(toks) != len(itoks):
            E(q + " 초성 어절 수")
        has = False
        for t, it in zip(toks, itoks):
            if all(0x3131 <= ord(ch) <= 0x314E for ch in t):
                has = True
                if kbd.choseong(it) != t:
                    E("%s 초성 %s != %s" % (q, t, kbd.choseong(it)))
            elif t != it:
                E(q + " 초성 수요의 일반 단어 불일치")
        if not has:
            E(q + " 초성 없음")
    if n["kind"] == "location":
        if n["dong"] not in BASE_DONG:
            E(q + " 실재하지 않는 동 " + n["dong"])
        if not n["text"].startswith(n["dong"]):
            E(q + " 위치 수요 글에 동 없음")
    if n["kind"] == "multi_item":
        for it, _, _ in n["items"]:
            if it not in n["text"]:
                E("%s 품목 '%s'가 수요 글에 없음" % (q, it))
            if it not in items2[q]:
                E("%s 품목 '%s'에 관련도 2 없음" % (q, it))
    if n["kind"] == "quantity" and not (n["qty"] or n["budget"] or n["price_max"] or n["spec_re"]):
        E(q + " 수량 조건 없음")
for r in qrels:
    if r["품목"]:
        n = needs_by_key[idmap[r["수요번호"]]["내부키"]]
        if r["품목"] not in [i[0] for i in n["items"]]:
            E("품목 값 이상 %s %s" % (r["수요번호"], r["품목"]))

# ---- 한영 ----
full = mixed = 0
if len(hy) != kc["hanyeong"]:
    E("hanyeong_intended 행 수")
for r in hy:
    if kind.get(r["수요번호"]) != "hanyeong" or text.get(r["수요번호"]) != r["입력"]:
        E("한영 번호/입력 불일치 " + r["수요번호"])
    if kbd.keys_to_hangul(r["입력"]) != r["의도한 한글"]:
        E("한영 변환 불일치 %s: %s -> %s" % (r["수요번호"], r["입력"], kbd.keys_to_hangul(r["입력"])))
    for a, b in zip(r["입력"].split(), r["의도한 한글"].split()):
        if a.isascii() and kbd.hangul_to_keys(b) != a:
            E("한영 역변환 불일치 %s %s" % (r["수요번호"], a))
    if re.fullmatch(r"[A-Za-z ]+", r["입력"]):
        full += 1
    elif re.search(r"[A-Za-z]", r["입력"]) and re.search(r"[가-힣]", r["입력"]):
        mixed += 1
    else:
        E("한영 입력에 영문 없음 " + r["수요번호"])
if (full, mixed) != (8, 3):
    E("한영 전체/혼합 = %d/%d (8/3이어야)" % (full, mixed))

# ---- no_match ----
if len(nmd) != 30 or {r["수요번호"] for r in nmd} != {q for q in ids if kind[q] == "no_match"}:
    E("no_match_detail 행/번호")
lv = collections.Counter(r["난이도"] for r in nmd)
if lv != {"hard": 20, "easy": 10}:
    E("난이도 분포 %s" % lv)
for r in nmd:
    if r["난이도"] == "hard" and not r["겹치는 말"]:
        E("hard 인데 겹치는 말 없음 " + r["수요번호"])

# ---- 스윕 검토 ----
for r in csv.DictReader(open(os.path.join(HERE, "sweep_candidates.csv"), encoding="utf-8")):
    if not r["검토"]:
        E("스윕 미검토 %s %s" % (r["내부키"], r["제품코드"]))

if errs:
    print("\n".join(errs))
    print("문제 %d건" % len(errs))
    sys.exit(1)
print("OK: 제품 %d, 기업 %d, 분류 %d, 수요 %d, qrels %d" % (len(cat), len(ents), len(cats), len(qs), len(qrels)))
print("유형별:", dict(kc))
