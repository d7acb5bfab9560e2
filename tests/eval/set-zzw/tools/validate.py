"""산출물 검증. 실행: python3 tools/validate.py  (문제가 없으면 'OK' 출력, 있으면 목록과 함께 종료코드 1)"""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data as ND

ERR = []
def err(*a):
    ERR.append(" ".join(str(x) for x in a))

# 전주시 법정동 (사용한 것 포함, 기억에 의존한 목록 — 확신이 있는 것만)
DONG = {
    "완산구": ["중앙동1가", "중앙동2가", "중앙동3가", "중앙동4가", "경원동1가", "경원동2가", "경원동3가", "풍남동1가",
            "풍남동2가", "풍남동3가", "전동", "전동3가", "다가동1가", "다가동2가", "다가동3가", "다가동4가", "고사동", "교동",
            "태평동", "중노송동", "남노송동", "서노송동", "동완산동", "서완산동1가", "서완산동2가", "동서학동", "서서학동",
            "중화산동1가", "중화산동2가", "서신동", "석구동", "원당동", "평화동1가", "평화동2가", "중인동", "용복동",
            "삼천동1가", "삼천동2가", "삼천동3가", "효자동1가", "효자동2가", "효자동3가", "대성동", "색장동", "상림동"],
    "덕진구": ["진북동", "인후동1가", "인후동2가", "덕진동1가", "덕진동2가", "금암동", "팔복동1가", "팔복동2가", "팔복동3가",
            "팔복동4가", "산정동", "금상동", "우아동1가", "우아동2가", "우아동3가", "호성동1가", "호성동2가", "호성동3가",
            "전미동1가", "전미동2가", "송천동1가", "송천동2가", "반월동", "화전동", "용정동", "성덕동", "원동", "고랑동",
            "여의동", "만성동", "장동", "도도동", "강흥동", "도덕동", "남정동", "중동", "동산동"],
}
ALL_DONG = {d for v in DONG.values() for d in v}
DONG_BASE = {re.sub(r"\d가$", "", d) for d in ALL_DONG}


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name, "BOM 있음")
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err(name, "헤더 불일치", rows[0])
    return [dict(zip(header, r)) for r in rows[1:]]


CAT_H = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]
cat = read("catalog.csv", CAT_H)
codes = [r["제품코드"] for r in cat]
if len(set(codes)) != len(codes):
    err("제품코드 중복")
for i, r in enumerate(cat, 1):
    if r["제품코드"] != "ZZW%04d" % i:
        err("제품코드 순서", r["제품코드"])
    if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}:
        err("기업유형", r["제품코드"], r["기업유형"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("사업자번호", r["제품코드"])
    if not re.fullmatch(r"[1-9]\d*", r["단가"]):
        err("단가", r["제품코드"], r["단가"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+) (\d+(?:-\d+)?) \((\S+)\)", r["주소"])
    if not m:
        err("주소 형식", r["제품코드"], r["주소"])
    elif m.group(4) not in DONG[m.group(1)]:
        err("주소 법정동이 구와 맞지 않거나 실재 목록에 없음", r["주소"])
    if any(not r[c].strip() for c in ["기업명", "제품명", "분류", "단위"]):
        err("빈 칸", r["제품코드"])
ents = {r["기업명"] for r in cat}
biz = collections.defaultdict(set)
for r in cat:
    biz[r["기업명"]].add(r["사업자등록번호"])
if any(len(v) != 1 for v in biz.values()):
    err("기업별 사업자번호가 하나가 아님")
if len(set(r["사업자등록번호"] for r in cat)) != len(ents):
    err("사업자번호가 기업 간 중복")
print("catalog: enterprises %d, products %d, categories %d" % (len(ents), len(cat), len({r['분류'] for r in cat})))
if not (60 <= len(ents) <= 70 and 280 <= len(cat) <= 320):
    err("카탈로그 규모", len(ents), len(cat))
CATTEXT = "\n".join(" ".join(r.values()) for r in cat)
CATNOSP = re.sub(r"\s+", "", CATTEXT)

Q = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
K = read("query_kinds.csv", ["수요번호", "유형"])
R = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
NMD = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
HY = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
IDM = list(csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8")))

ids = ["ZZW-Q%03d" % i for i in range(1, 151)]
if [r["수요번호"] for r in Q] != ids:
    err("queries 수요번호가 ZZW-Q001..Q150 순서가 아님")
if [r["수요번호"] for r in K] != ids:
    err("query_kinds 수요번호 불일치")
for r in Q:
    for c in ["수량", "예산"]:
        if r[c] and not re.fullmatch(r"[1-9]\d*", r[c]):
            err("정수 아님", r["수요번호"], c, r[c])
kind = {r["수요번호"]: r["유형"] for r in K}
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match"]
cnt = collections.Counter(kind.values())
for k in KINDS[:-1]:
    if not 10 <= cnt[k] <= 11:
        err("유형 개수", k, cnt[k])
if cnt["no_match"] != 30 or sum(cnt.values()) != 150 or set(cnt) - set(KINDS):
    err("유형 합계", cnt)

# id_map 과 needs_data 의 일치 (셔플 뒤 텍스트 동일)
allneeds = {n["key"]: n for n in ND.NEEDS + ND.NO_MATCH}
qtext = {r["수요번호"]: r for r in Q}
key_of = {}
for r in IDM:
    n = allneeds[r["내부키"]]
    key_of[r["수요번호"]] = n
    if qtext[r["수요번호"]]["수요내용"] != n["text"] or kind[r["수요번호"]] != n["kind"]:
        err("id_map 불일치", r["수요번호"])
    if (qtext[r["수요번호"]]["수량"] or None) != (str(n["qty"]) if n["qty"] else None):
        err("수량 불일치", r["수요번호"])
if len(key_of) != 150:
    err("id_map 건수", len(key_of))

# qrels
codeset = set(codes)
seen = set()
rel2 = collections.Counter()
per = collections.Counter()
for r in R:
    if r["수요번호"] not in kind:
        err("qrels 모르는 수요", r["수요번호"])
        continue
    if r["제품코드"] not in codeset:
        err("qrels 없는 제품코드", r["제품코드"])
    if r["관련도"] not in {"1", "2"}:
        err("관련도 값", r)
    if (r["수요번호"], r["제품코드"]) in seen:
        err("qrels 중복", r["수요번호"], r["제품코드"])
    seen.add((r["수요번호"], r["제품코드"]))
    k = kind[r["수요번호"]]
    if k == "no_match":
        err("no_match 에 qrels 행", r["수요번호"])
    if (k == "multi_item") != bool(r["품목"]):
        err("품목 칸 규칙 위반", r["수요번호"], k, r["품목"])
    if k == "multi_item":
        items = [it["item"] for it in key_of[r["수요번호"]]["items"]]
        for it in r["품목"].split("/"):
            if it not in items or it not in qtext[r["수요번호"]]["수요내용"]:
                err("품목이 수요에 적힌 말이 아님", r["수요번호"], it)
    per[r["수요번호"]] += 1
    if r["관련도"] == "2":
        rel2[r["수요번호"]] += 1
for q in ids:
    if kind[q] != "no_match" and rel2[q] == 0:
        err("관련도 2 제품 없음", q, qtext[q]["수요내용"])
# multi_item: 품목마다 관련도 2 가 있어야 함
for q in ids:
    if kind[q] == "multi_item":
        got = collections.Counter()
        for r in R:
            if r["수요번호"] == q and r["관련도"] == "2":
                for it in r["품목"].split("/"):
                    got[it] += 1
        for it in key_of[q]["items"]:
            if not got[it["item"]]:
                err("multi_item 품목에 관련도 2 없음", q, it["item"])

# no_match detail
if sorted(r["수요번호"] for r in NMD) != sorted(q for q in ids if kind[q] == "no_match"):
    err("no_match_detail 수요번호 불일치")
lv = collections.Counter(r["난이도"] for r in NMD)
if lv != {"어려움": 20, "쉬움": 10}:
    err("no_match 난이도 분포", lv)

# 한영
hy_ids = [q for q in ids if kind[q] == "hanyeong"]
if sorted(r["수요번호"] for r in HY) != sorted(hy_ids):
    err("hanyeong_intended 수요번호 불일치")
full = mixed = 0
for r in HY:
    inp, want = r["입력"], r["의도한 한글"]
    if inp != qtext[r["수요번호"]]["수요내용"]:
        err("한영 입력이 수요와 다름", r["수요번호"])
    if kbd.from_keys(inp) != want:
        err("한영 keys→한글 실패", inp, kbd.from_keys(inp), want)
    ti, tw = inp.split(), want.split()
    if len(ti) != len(tw):
        err("한영 토큰 수", inp)
    for a, b in zip(ti, tw):
        if re.fullmatch(r"[A-Za-z]+", a):
            if kbd.to_keys(b) != a:  # 영문으로 친 토큰은 한글→keys 로 그대로 돌아와야 함
                err("한영 한글→keys 실패", b, kbd.to_keys(b), a)
        elif a != b:
            err("한영 섞인 수요의 한글 토큰이 의도와 다름", a, b)
    if re.search(r"[가-힣]", inp):
        mixed += 1
    elif re.fullmatch(r"[A-Za-z ]+", inp):
        full += 1
if (full, mixed) != (8, 3):
    err("한영 구성", full, mixed)

# 초성
for q in ids:
    if kind[q] != "choseong":
        continue
    n = key_of[q]
    toks, itoks = n["text"].split(), n["intended"].split()
    if len(toks) != len(itoks):
        err("초성 토큰 수", q)
        continue
    has = False
    for t, it in zip(toks, itoks):
        if re.fullmatch(r"[ㄱ-ㅎ]+", t):
            has = True
            if kbd.choseong(it) != t:
                err("초성 불일치", q, t, it)
        elif t != it:
            err("초성 수요의 일반 단어가 의도와 다름", q, t, it)
    if not has:
        err("초성 토큰 없음", q)
    if n["intended"].replace(" ", "") not in CATNOSP and not all(w in CATTEXT for w in itoks):
        err("초성 의도어가 카탈로그에 없음(참고)", q, n["intended"])

# 동의어·오타: 해당 말이 수요에 있고 카탈로그에는 없어야 함
for q in ids:
    n = key_of[q]
    if n["kind"] in ("synonym", "typo"):
        a = n["absent"]
        if not a or a not in n["text"]:
            err("absent 말이 수요에 없음", q, a)
        elif a in CATTEXT or a in CATNOSP:
            err("동의어/오타가 카탈로그에 있음", q, a)
    if n["kind"] == "exact" and n["text"].replace(" ", "") not in CATNOSP and not all(w in CATTEXT for w in n["text"].split()):
        err("exact 수요의 말이 카탈로그에 없음", q, n["text"])
    if n["kind"] == "spacing":
        if n["text"] in CATTEXT:
            err("띄어쓰기 수요가 카탈로그에 그대로 있음", q, n["text"])
        if n["text"].replace(" ", "") not in CATNOSP:
            err("띄어쓰기 수요의 붙인 형태가 카탈로그에 없음", q, n["text"])
    if n["kind"] == "location":
        if n["dong"] not in DONG_BASE:
            err("위치 수요 동 이름이 실재 목록에 없음", q, n["dong"])
        if not n["text"].startswith(n["dong"]):
            err("위치 수요 텍스트가 동으로 시작하지 않음", q)
    if n["kind"] == "quantity" and not (n["qty"] or n["budget"] or n["price_max"] or n["spec_re"]):
        err("quantity 수요에 조건 없음", q)

print("kinds:", dict(cnt))
print("qrels rows:", len(R), " rel2:", sum(1 for r in R if r['관련도'] == '2'), " rel1:", sum(1 for r in R if r['관련도'] == '1'))
if ERR:
    print("\n".join("ERROR " + e for e in ERR))
    sys.exit(1)
print("OK")
