"""세트 검증: 형식·개수·코드·관련도2 존재·한영 왕복·초성·동의어/오타 부재·띄어쓰기·법정동."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd, needs_data as ND
ERR = []
def err(m): ERR.append(m)

def num(a, b, pre="", suf=""): return [f"{pre}{i}{suf}" for i in range(a, b + 1)]
WANSAN = set(["전동", "고사동", "교동", "태평동", "중노송동", "남노송동", "서노송동", "동완산동", "완산동", "동서학동", "서서학동",
    "서신동", "석구동", "원당동", "중인동", "용복동", "대성동", "색장동", "상림동"] + num(1, 4, "중앙동", "가") + num(1, 3, "경원동", "가")
    + num(1, 3, "풍남동", "가") + num(1, 4, "다가동", "가") + num(1, 2, "서완산동", "가") + num(1, 2, "중화산동", "가")
    + num(1, 3, "평화동", "가") + num(1, 3, "삼천동", "가") + num(1, 3, "효자동", "가"))
DEOKJIN = set(["진북동", "금암동", "산정동", "금상동", "반월동", "화전동", "용정동", "성덕동", "원동", "고랑동", "여의동", "만성동", "장동",
    "도도동", "강흥동", "도덕동", "남정동", "동산동"] + num(1, 2, "인후동", "가") + num(1, 2, "덕진동", "가") + num(1, 4, "팔복동", "가")
    + num(1, 3, "우아동", "가") + num(1, 3, "호성동", "가") + num(1, 2, "전미동", "가") + num(1, 2, "송천동", "가"))
BASE = lambda d: re.sub(r"\d+가$", "", d)
REAL_BASE = {BASE(d): g for g, s in (("완산구", WANSAN), ("덕진구", DEOKJIN)) for d in s}

def read(name, hdr):
    p = os.path.join(OUT, name); raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): err(f"{name}: BOM")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    if rows[0] != hdr: err(f"{name}: 헤더 {rows[0]} != {hdr}")
    for i, r in enumerate(rows[1:]):
        if len(r) != len(hdr): err(f"{name}:{i+2} 열 수 {len(r)}")
    return [dict(zip(hdr, r)) for r in rows[1:]]

cat = read("catalog.csv", ["제품코드","기업명","기업유형","사업자등록번호","제품명","분류","규격","단가","단위","설명","주소"])
qs = read("queries.csv", ["수요번호","수요내용","수량","예산"])
qk = read("query_kinds.csv", ["수요번호","유형"])
qr = read("qrels.csv", ["수요번호","제품코드","관련도","품목"])
nm = read("no_match_detail.csv", ["수요번호","난이도","겹치는 말","해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호","입력","의도한 한글"])
idm = list(csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8")))

# 카탈로그
codes = [r["제품코드"] for r in cat]
if codes != [f"ZZX{i:04d}" for i in range(1, len(codes) + 1)]: err("제품코드 연번 아님")
if not 280 <= len(cat) <= 320: err(f"제품 수 {len(cat)}")
ents = {r["기업명"] for r in cat}
if not 60 <= len(ents) <= 70: err(f"기업 수 {len(ents)}")
ncat = len({r["분류"] for r in cat})
if not 25 <= ncat <= 35: err(f"분류 수 {ncat}")
brn = collections.defaultdict(set)
for r in cat:
    if r["기업유형"] not in {"사회적기업","예비사회적기업","마을기업","자활기업","협동조합"}: err(f"{r['제품코드']} 기업유형")
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]): err(f"{r['제품코드']} 사업자번호")
    if not re.fullmatch(r"[1-9]\d*", r["단가"]): err(f"{r['제품코드']} 단가")
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m: err(f"{r['제품코드']} 주소 형식"); continue
    gu, dong = m.groups()
    if dong not in (WANSAN if gu == "완산구" else DEOKJIN): err(f"{r['제품코드']} 법정동 {dong} 이(가) {gu}에 없음")
    brn[r["사업자등록번호"]].add(r["기업명"])
for b, s in brn.items():
    if len(s) > 1: err(f"사업자번호 중복 {b}")
cat_text = " ".join(r["제품명"] + " " + r["규격"] + " " + r["설명"] + " " + r["기업명"] for r in cat)
cat_names_nospace = [re.sub(r"\s", "", r["제품명"] + " " + r["규격"] + " " + r["설명"]) for r in cat]

# 수요
ids = [r["수요번호"] for r in qs]
if ids != [f"ZZX-Q{i:03d}" for i in range(1, 151)]: err("수요번호 ZZX-Q001~Q150 아님")
kind = {r["수요번호"]: r["유형"] for r in qk}
if set(kind) != set(ids): err("query_kinds 수요번호 불일치")
kc = collections.Counter(kind.values())
for k in ["exact","synonym","typo","hanyeong","spacing","choseong","quantity","long_sentence","category","location","multi_item"]:
    if not 10 <= kc[k] <= 11: err(f"유형 {k} 개수 {kc[k]}")
if kc["no_match"] != 30 or sum(kc.values()) != 150: err(f"개수 {kc}")
for r in qs:
    for c in ("수량", "예산"):
        if r[c] and not re.fullmatch(r"[1-9]\d*", r[c]): err(f"{r['수요번호']} {c}={r[c]}")
key_of = {r["수요번호"]: r["내부키"] for r in idm}
needs = {}
cnt = {}
for n in ND.NEEDS + ND.NO_MATCH:
    cnt[n["kind"]] = cnt.get(n["kind"], 0) + 1; needs[f"{n['kind']}-{cnt[n['kind']]:02d}"] = n
text_of = {r["수요번호"]: r["수요내용"] for r in qs}
for i in ids:
    n = needs[key_of[i]]
    if n["text"] != text_of[i] or n["kind"] != kind[i]: err(f"{i} id_map 불일치")

# qrels
cs = set(codes); seen = set(); has2 = collections.defaultdict(set)
for r in qr:
    i = r["수요번호"]
    if i not in kind: err(f"qrels 수요번호 {i}"); continue
    if r["제품코드"] not in cs: err(f"qrels 코드 {r['제품코드']}")
    if r["관련도"] not in ("1", "2"): err(f"qrels 관련도 {r}")
    if kind[i] == "no_match": err(f"no_match {i}에 qrels")
    if (kind[i] == "multi_item") != bool(r["품목"]): err(f"품목 열 규칙 위반 {r}")
    k = (i, r["제품코드"], r["품목"])
    if k in seen: err(f"qrels 중복 {k}")
    seen.add(k)
    if r["관련도"] == "2": has2[i].add(r["품목"])
for i in ids:
    n = needs[key_of[i]]
    if kind[i] == "no_match": continue
    if kind[i] == "multi_item":
        for it in n["items"]:
            if it[0] not in has2[i]: err(f"{i} 품목 '{it[0]}' 관련도2 없음")
            if it[0] not in n["text"]: err(f"{i} 품목 '{it[0]}'이 수요 문장에 없음")
    elif not has2[i]: err(f"{i} 관련도2 없음")

# no_match
if len(nm) != 30 or collections.Counter(r["난이도"] for r in nm) != {"어려움": 20, "쉬움": 10}: err("no_match_detail 개수/난이도")
for r in nm:
    if kind.get(r["수요번호"]) != "no_match": err(f"no_match_detail {r['수요번호']}")
    if r["난이도"] == "어려움" and not r["겹치는 말"]: err(f"{r['수요번호']} 겹치는 말 없음")

# 한영
full = mixed = 0
for r in hy:
    if kind.get(r["수요번호"]) != "hanyeong": err(f"hanyeong_intended {r['수요번호']}")
    if kbd.keys_to_hangul(r["입력"]) != r["의도한 한글"]: err(f"한영 변환 실패 {r}")
    a, b = r["입력"].split(" "), r["의도한 한글"].split(" ")
    if len(a) != len(b) or any((kbd.hangul_to_keys(y) if re.fullmatch(r"[A-Za-z]+", x) else y) != x for x, y in zip(a, b)):
        err(f"한영 역변환 실패 {r}")
    if re.search(r"[가-힣]", r["입력"]): mixed += 1
    elif re.fullmatch(r"[A-Za-z ]+", r["입력"]): full += 1
if (full, mixed) != (8, 3) or len(hy) != kc["hanyeong"]: err(f"한영 개수 full={full} mixed={mixed}")

# 초성
for i in ids:
    if kind[i] != "choseong": continue
    n = needs[key_of[i]]; a, b = n["text"].split(), n["intended"].split()
    if len(a) != len(b): err(f"{i} 초성 토큰 수"); continue
    jamo_tok = 0
    for x, y in zip(a, b):
        if re.fullmatch(r"[ㄱ-ㅎ]+", x):
            jamo_tok += 1
            if kbd.choseong(y) != x: err(f"{i} 초성 {x} != {kbd.choseong(y)}")
        elif x != y: err(f"{i} 일반 낱말 불일치 {x}/{y}")
    if not jamo_tok: err(f"{i} 초성 없음")

# 동의어·오타 낱말 부재, 띄어쓰기
for i in ids:
    n = needs[key_of[i]]
    if kind[i] in ("synonym", "typo"):
        if n["word"] not in n["text"]: err(f"{i} word가 수요에 없음")
        if n["word"] in cat_text: err(f"{i} '{n['word']}'가 카탈로그에 있음")
    if kind[i] == "spacing":
        if n["text"] in cat_text: err(f"{i} 수요 표기 '{n['text']}'가 카탈로그에 그대로 있음")
        if n["text"].replace(" ", "") != n["catalog_form"].replace(" ", "") or n["text"] == n["catalog_form"]: err(f"{i} 띄어쓰기 정의")
        if not any(n["text"].replace(" ", "") in t for t in cat_names_nospace): err(f"{i} 붙여 쓴 형태가 카탈로그에 없음")
    if kind[i] == "location":
        if n["dong"] not in REAL_BASE: err(f"{i} 법정동 {n['dong']} 실재 아님")
        if not n["text"].startswith(n["dong"]): err(f"{i} 동 이름이 수요에 없음")

print("제품", len(cat), "기업", len(ents), "분류", ncat, "수요", len(ids), "qrels", len(qr))
print("유형별", dict(kc))
if ERR:
    print("오류", len(ERR)); [print(" -", e) for e in ERR]; sys.exit(1)
print("검증 통과")
