# -*- coding: utf-8 -*-
"""세트 점검: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 동의어/오타 부재, 동 이름 실재."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data as ND

# 전주시 법정동 (구별)
WANSAN = """중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 전동
다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동 서완산동1가 서완산동2가
동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 중인동 용복동 삼천동1가
삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동""".split()
DEOKJIN = """진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동
우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 화전동 용정동
성덕동 원동 고랑동 여의동 만성동 장동 쌍정동 강흥동 도덕동 남정동 중동 도도동 동산동""".split()
REAL = {"완산구": set(WANSAN), "덕진구": set(DEOKJIN)}
BASES = {re.sub(r"\d가$", "", d) for s in REAL.values() for d in s}

errors = []


def err(m):
    errors.append(m)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: BOM")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    if rows[0] != header:
        err(f"{name}: header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header):
            err(f"{name}: bad row {r}")
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read("catalog.csv", "제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소".split(","))
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
idm = list(csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8")))

# ---- catalog
codes = [r["제품코드"] for r in cat]
if len(set(codes)) != len(codes):
    err("duplicate product codes")
for i, c in enumerate(codes, 1):
    if c != f"ZZB{i:04d}":
        err(f"code order {c}")
if not 280 <= len(cat) <= 320:
    err(f"catalog size {len(cat)}")
ents = {r["기업명"] for r in cat}
if not 60 <= len(ents) <= 70:
    err(f"enterprises {len(ents)}")
cats = {r["분류"] for r in cat}
for r in cat:
    if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}:
        err(f"type {r}")
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err(f"bizno {r['사업자등록번호']}")
    if not re.fullmatch(r"\d+", r["단가"]):
        err(f"price {r['단가']}")
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m:
        err(f"address {r['주소']}")
    elif m.group(2) not in REAL[m.group(1)]:
        err(f"dong not in gu: {r['주소']}")
    for f in ["제품명", "규격", "설명", "단위"]:
        if not r[f].strip():
            err(f"empty {f} {r['제품코드']}")
# 같은 기업은 같은 유형·번호·주소
byent = collections.defaultdict(set)
for r in cat:
    byent[r["기업명"]].add((r["기업유형"], r["사업자등록번호"], r["주소"]))
for e, s in byent.items():
    if len(s) != 1:
        err(f"inconsistent enterprise {e}")
cattext = "\n".join(" ".join(r.values()) for r in cat)

# ---- queries / kinds
ids = [r["수요번호"] for r in qs]
if ids != [f"ZZB-Q{i:03d}" for i in range(1, 151)]:
    err("query ids")
for r in qs:
    for f in ["수량", "예산"]:
        if r[f] and not re.fullmatch(r"\d+", r[f]):
            err(f"{f} not int {r}")
kmap = {r["수요번호"]: r["유형"] for r in kinds}
if set(kmap) != set(ids):
    err("kinds ids")
cnt = collections.Counter(kmap.values())
KINDS = "exact synonym typo hanyeong spacing choseong quantity long_sentence category location multi_item".split()
for k in KINDS:
    if not 10 <= cnt[k] <= 11:
        err(f"kind count {k} {cnt[k]}")
if sum(cnt[k] for k in KINDS) != 120 or cnt["no_match"] != 30 or set(cnt) - set(KINDS) - {"no_match"}:
    err(f"kind counts {cnt}")

# ---- qrels
codeset = set(codes)
seen = set()
rel2 = collections.Counter()
for r in qrels:
    q, c = r["수요번호"], r["제품코드"]
    if q not in kmap:
        err(f"qrels unknown need {q}")
        continue
    if c not in codeset:
        err(f"qrels unknown code {c}")
    if (q, c) in seen:
        err(f"dup qrel {q} {c}")
    seen.add((q, c))
    if r["관련도"] not in {"1", "2"}:
        err(f"rel {r}")
    if kmap[q] == "no_match":
        err(f"qrels for no_match {q}")
    if kmap[q] == "multi_item" and not r["품목"]:
        err(f"multi_item without 품목 {q} {c}")
    if kmap[q] != "multi_item" and r["품목"]:
        err(f"품목 on non-multi {q}")
    if r["관련도"] == "2":
        rel2[q] += 1
for q, k in kmap.items():
    if k != "no_match" and rel2[q] == 0:
        err(f"no relevance-2 product for {q}")
# multi_item: 각 품목마다 관련도 2가 하나 이상
qtext = {r["수요번호"]: r["수요내용"] for r in qs}
for q, k in kmap.items():
    if k == "multi_item":
        items2 = {r["품목"] for r in qrels if r["수요번호"] == q and r["관련도"] == "2"}
        for it in items2:
            if it not in qtext[q]:
                err(f"품목 {it} not in need text {q}")
        if len(items2) < 2:
            err(f"multi_item {q} has <2 items with rel 2")

# ---- need records vs files
key2id = {r["key"]: r["수요번호"] for r in idm}
byid = {}
for n in ND.NEEDS:
    qid = key2id[n["key"]]
    byid[qid] = n
    if qtext[qid] != n["text"] or kmap[qid] != n["kind"]:
        err(f"need text/kind mismatch {n['key']}")
for key, *_ in ND.NO_MATCH:
    if kmap[key2id[key]] != "no_match":
        err(f"no_match kind {key}")

# ---- hanyeong
full = mixed = 0
for r in hy:
    if kmap.get(r["수요번호"]) != "hanyeong":
        err(f"hanyeong id {r}")
    if r["입력"] != qtext[r["수요번호"]]:
        err(f"hanyeong input != need {r}")
    if kbd.to_hangul(r["입력"]) != r["의도한 한글"]:
        err(f"hanyeong roundtrip {r}")
    han = r["의도한 한글"]
    if re.fullmatch(r"[A-Za-z]+", r["입력"]):
        full += 1
        if kbd.to_keys(han) != r["입력"]:
            err(f"to_keys {r}")
    else:
        mixed += 1
        # 영문 부분을 다시 한글로 바꾸면 의도한 한글의 해당 부분
        for tok in re.findall(r"[A-Za-z]+", r["입력"]):
            if kbd.to_hangul(tok) not in han:
                err(f"mixed part {tok}")
if (full, mixed) != (8, 3) or len(hy) != 11:
    err(f"hanyeong counts full={full} mixed={mixed}")

# ---- choseong
for qid, n in byid.items():
    if n["kind"] == "choseong":
        jamo = "".join(re.findall(r"[ㄱ-ㅎ]+", n["text"]))
        if jamo != kbd.choseong(n["cho"]):
            err(f"choseong {n['text']} != {n['cho']}")
        if n["cho"] not in cattext.replace(" ", "") and n["cho"] not in cattext:
            err(f"choseong word not in catalog {n['cho']}")
    # 동의어·오타 낱말은 카탈로그에 없어야 함
    if n["kind"] in ("synonym", "typo"):
        if n["word"] not in n["text"]:
            err(f"word not in text {n['key']}")
        if n["word"] in cattext:
            err(f"{n['kind']} word in catalog: {n['word']}")
    if n["kind"] == "spacing":
        if n["text"] in cattext:
            err(f"spacing text appears as typed in catalog: {n['text']}")
        if n["form"] not in cattext:
            err(f"spacing form missing {n['form']}")
        if n["form"].replace(" ", "") != n["text"].replace(" ", "") or n["form"] == n["text"]:
            err(f"spacing form mismatch {n['key']}")
    if n["kind"] == "location":
        if n["dong"] not in BASES or not n["text"].startswith(n["dong"]):
            err(f"location dong {n['dong']}")
    if n["kind"] == "quantity" and not byid and False:
        pass
    # 수량은 수요에 적힌 경우만
    row = next(r for r in qs if r["수요번호"] == qid)
    if row["수량"] and not re.search(r"\d", n["text"]):
        err(f"수량 without number in text {qid}")

# ---- no_match
if len(nmd) != 30 or collections.Counter(r["난이도"] for r in nmd) != {"hard": 20, "easy": 10}:
    err("no_match_detail counts")
for r in nmd:
    if kmap.get(r["수요번호"]) != "no_match":
        err(f"no_match id {r}")

# ---- sweep
sw = list(csv.DictReader(open(os.path.join(HERE, "sweep.csv"), encoding="utf-8")))
un = [r for r in sw if r["결정"] == "UNREVIEWED"]
if un:
    err(f"{len(un)} unreviewed sweep rows")

print(f"catalog {len(cat)} products, {len(ents)} enterprises, {len(cats)} categories; needs {len(qs)}; qrels {len(qrels)}")
print("kinds", dict(cnt))
if errors:
    print("ERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
