# -*- coding: utf-8 -*-
"""set-zzh 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 법정동 실재."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
from needs_data import NEEDS, NO_MATCH

ERR = []
def err(m): ERR.append(m)

# 전주시 법정동 (확실한 것만)
WANSAN = ("중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 전동 전동3가 "
          "다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동 서완산동1가 서완산동2가 "
          "동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 중인동 용복동 삼천동1가 삼천동2가 "
          "삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동").split()
DEOKJIN = ("진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동 우아동1가 "
           "우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 화전동 용정동 성덕동 "
           "원동 고랑동 여의동 만성동 장동 도도동 강흥동 도덕동 월평동 중동 남정동 동산동").split()
REAL = {"완산구": set(WANSAN), "덕진구": set(DEOKJIN)}
BASES = {re.sub(r"\d가$", "", d) for s in REAL.values() for d in s}

HEAD = {
    "catalog.csv": ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"],
    "queries.csv": ["수요번호", "수요내용", "수량", "예산"],
    "query_kinds.csv": ["수요번호", "유형"],
    "qrels.csv": ["수요번호", "제품코드", "관련도", "품목"],
    "no_match_detail.csv": ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
    "hanyeong_intended.csv": ["수요번호", "입력", "의도한 한글"],
}
data = {}
for fn, h in HEAD.items():
    p = os.path.join(OUT, fn)
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(fn + ": BOM 있음")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    if rows[0] != h:
        err(fn + ": 헤더 불일치 %s" % rows[0])
    for r in rows[1:]:
        if len(r) != len(h):
            err(fn + ": 열 개수 오류 %s" % r)
    data[fn] = [dict(zip(h, r)) for r in rows[1:]]

# ---- catalog
cat = data["catalog.csv"]
codes = [r["제품코드"] for r in cat]
if codes != ["ZZH%04d" % (i + 1) for i in range(len(codes))]:
    err("제품코드가 ZZH0001부터 연속이 아님")
if not 280 <= len(cat) <= 320:
    err("제품 수 %d" % len(cat))
ents = {r["기업명"] for r in cat}
cats = {r["분류"] for r in cat}
if not 55 <= len(ents) <= 75: err("기업 수 %d" % len(ents))
if not 25 <= len(cats) <= 35: err("분류 수 %d" % len(cats))
brn_of = {}
for r in cat:
    if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}:
        err("기업유형 " + r["제품코드"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("사업자등록번호 " + r["제품코드"])
    brn_of.setdefault(r["기업명"], set()).add(r["사업자등록번호"])
    if not re.fullmatch(r"[1-9]\d*", r["단가"]):
        err("단가 " + r["제품코드"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m:
        err("주소 형식 " + r["제품코드"])
    elif m.group(2) not in REAL[m.group(1)]:
        err("주소 법정동 %s가 %s에 없음" % (m.group(2), m.group(1)))
    for f in ("제품명", "분류", "규격", "단위", "설명", "기업명"):
        if not r[f].strip():
            err("빈 값 %s %s" % (r["제품코드"], f))
for e, s in brn_of.items():
    if len(s) != 1: err("기업별 사업자번호 하나가 아님 " + e)
if len(set(x for s in brn_of.values() for x in s)) != len(brn_of):
    err("사업자번호 중복")
cat_text = "\n".join(" ".join(r.values()) for r in cat)
cat_nospace = re.sub(r"\s", "", cat_text)

# ---- queries / kinds
q = data["queries.csv"]
ids = [r["수요번호"] for r in q]
if ids != ["ZZH-Q%03d" % (i + 1) for i in range(150)]:
    err("수요번호가 ZZH-Q001..Q150이 아님")
for r in q:
    for f in ("수량", "예산"):
        if r[f] and not re.fullmatch(r"[1-9]\d*", r[f]):
            err("%s %s 정수 아님" % (r["수요번호"], f))
kinds = {r["수요번호"]: r["유형"] for r in data["query_kinds.csv"]}
KINDS = "exact synonym typo hanyeong spacing choseong quantity long_sentence category location multi_item".split()
if set(kinds) != set(ids): err("query_kinds 수요번호 불일치")
cnt = collections.Counter(kinds.values())
for k in KINDS:
    if not 10 <= cnt[k] <= 11: err("%s 개수 %d" % (k, cnt[k]))
if cnt["no_match"] != 30: err("no_match %d" % cnt["no_match"])
if sum(cnt[k] for k in KINDS) != 120: err("매칭 수요 120 아님")
for k in cnt:
    if k not in KINDS + ["no_match"]: err("알 수 없는 유형 " + k)

# ---- qrels
qr = data["qrels.csv"]
codeset = set(codes)
seen = set()
best = collections.defaultdict(int)
item2 = collections.defaultdict(set)
for r in qr:
    if r["수요번호"] not in kinds: err("qrels 없는 수요 " + r["수요번호"])
    if r["제품코드"] not in codeset: err("qrels 없는 제품 " + r["제품코드"])
    if r["관련도"] not in ("1", "2"): err("관련도 값 " + str(r))
    key = (r["수요번호"], r["제품코드"])
    if key in seen: err("qrels 중복 %s" % (key,))
    seen.add(key)
    k = kinds.get(r["수요번호"])
    if k == "no_match": err("no_match에 qrels 있음 " + r["수요번호"])
    if (k == "multi_item") != bool(r["품목"]): err("품목 열 오류 " + str(r))
    best[r["수요번호"]] = max(best[r["수요번호"]], int(r["관련도"]))
    if k == "multi_item" and r["관련도"] == "2":
        item2[r["수요번호"]].add(r["품목"])
qtext = {r["수요번호"]: r["수요내용"] for r in q}
for i in ids:
    if kinds[i] != "no_match" and best[i] != 2:
        err("관련도 2 제품 없음 " + i)

# ---- id_map 으로 원 수요와 대조
idmap = {r["수요번호"]: r["내부키"] for r in csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8"))}
byk = {}
c = collections.Counter()
for nd in NEEDS:
    c[nd["kind"]] += 1
    byk["%s-%02d" % (nd["kind"], c[nd["kind"]])] = nd
for i, t in enumerate(NO_MATCH):
    byk["no_match-%02d" % (i + 1)] = dict(kind="no_match", q=t[0])
for qid, key in idmap.items():
    nd = byk[key]
    if nd["q"] != qtext[qid]: err("수요내용 불일치 " + qid)
    if nd["kind"] != kinds[qid]: err("유형 불일치 " + qid)
    if nd["kind"] == "multi_item":
        for it in nd["items"]:
            if it[0] not in nd["q"]: err("품목이 수요에 그대로 없음 %s %s" % (qid, it[0]))
            if it[0] not in item2[qid]: err("multi_item 품목에 관련도 2 없음 %s %s" % (qid, it[0]))
    if nd["kind"] in ("synonym", "typo"):
        w = nd["word"]
        if w not in nd["q"]: err("word가 수요에 없음 " + qid)
        if w in cat_text or w in cat_nospace: err("동의어/오타 '%s'가 카탈로그에 있음" % w)
    if nd["kind"] == "spacing":
        if nd["q"] in cat_text: err("spacing 수요가 카탈로그와 같은 띄어쓰기 " + qid)
        if nd["q"].replace(" ", "") not in cat_nospace: err("spacing 붙여 쓴 말이 카탈로그에 없음 " + qid)
    if nd["kind"] == "choseong":
        qt, it = nd["q"].split(), nd["intended"].split()
        if len(qt) != len(it): err("초성 토큰 수 " + qid)
        jamo_tok = 0
        for a, b in zip(qt, it):
            if re.fullmatch(r"[ㄱ-ㅎ]+", a):
                jamo_tok += 1
                if kbd.choseong(b) != a: err("초성 불일치 %s %s %s" % (qid, a, b))
            elif a != b:
                err("초성 수요 일반어 불일치 " + qid)
        if not jamo_tok: err("초성 없음 " + qid)
    if nd["kind"] == "location":
        if nd["dong"] not in BASES: err("실재하지 않는 동 " + nd["dong"])
        if not nd["q"].startswith(nd["dong"]): err("location 수요에 동 없음 " + qid)

# ---- hanyeong
hy = data["hanyeong_intended.csv"]
full = mixed = 0
for r in hy:
    if kinds.get(r["수요번호"]) != "hanyeong": err("hanyeong_intended 유형 오류 " + r["수요번호"])
    if qtext[r["수요번호"]] != r["입력"]: err("입력 불일치 " + r["수요번호"])
    if kbd.keys_to_hangul(r["입력"]) != r["의도한 한글"]:
        err("한영 변환 실패 %s %s" % (r["입력"], kbd.keys_to_hangul(r["입력"])))
    # 입력 중 한글로 남은 부분은 그대로, 영문 부분만 다시 키로 바꿔 비교
    rt = []
    for a, b in zip(r["입력"].split(" "), r["의도한 한글"].split(" ")):
        rt.append(a if re.search(r"[가-힣]", a) else kbd.hangul_to_keys(b))
    if " ".join(rt) != r["입력"]: err("한영 왕복 실패 " + r["입력"])
    if re.fullmatch(r"[A-Za-z ]+", r["입력"]): full += 1
    elif re.search(r"[A-Za-z]", r["입력"]) and re.search(r"[가-힣]", r["입력"]): mixed += 1
    else: err("한영 입력 형태 이상 " + r["입력"])
if (full, mixed) != (8, 3): err("한영 전체/혼합 %d/%d" % (full, mixed))
if len(hy) != cnt["hanyeong"]: err("hanyeong_intended 행 수")

# ---- no_match detail
nmd = data["no_match_detail.csv"]
if len(nmd) != 30: err("no_match_detail 행 수")
lv = collections.Counter(r["난이도"] for r in nmd)
if lv != collections.Counter({"어려움": 20, "쉬움": 10}): err("난이도 분포 %s" % lv)
for r in nmd:
    if kinds.get(r["수요번호"]) != "no_match": err("no_match_detail 유형 " + r["수요번호"])

print("catalog %d products / %d enterprises / %d categories" % (len(cat), len(ents), len(cats)))
print("needs", dict(cnt))
print("qrels", len(qr), collections.Counter(r["관련도"] for r in qr))
if ERR:
    print("ERRORS (%d):" % len(ERR))
    for e in ERR: print(" -", e)
    sys.exit(1)
print("OK")
