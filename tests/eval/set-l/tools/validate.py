"""set-l 평가셋 검증. 실행: python3 tools/validate.py  (통과하면 마지막 줄 'ALL OK')"""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from kbd import hangul_to_keys, keys_to_hangul, choseong
from needs_data import NEEDS

ROOT = os.path.join(HERE, "..")
ERR = []

def err(m):
    ERR.append(m)

def read(name, header):
    with open(os.path.join(ROOT, name), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != header:
        err(f"{name}: header {rows[0]} != {header}")
    return [dict(zip(header, r)) for r in rows[1:]]

WANSAN = ["중앙동", "효자동1가", "효자동2가", "효자동3가", "삼천동1가", "삼천동2가", "삼천동3가", "평화동1가", "평화동2가", "서신동",
          "중화산동1가", "중화산동2가", "서노송동", "풍남동1가", "풍남동2가", "풍남동3가", "교동", "전동", "동완산동", "서완산동1가",
          "서완산동2가", "태평동", "다가동", "고사동", "경원동", "완산동", "대성동", "색장동", "석구동", "원당동", "중인동", "용복동", "상림동", "효자동"]
DEOKJIN = ["인후동1가", "인후동2가", "덕진동1가", "덕진동2가", "금암동", "팔복동1가", "팔복동2가", "팔복동3가", "팔복동4가", "송천동1가",
           "송천동2가", "호성동1가", "호성동2가", "호성동3가", "우아동1가", "우아동2가", "우아동3가", "산정동", "진북동", "여의동", "반월동",
           "만성동", "중동", "장동", "도도동", "동산동", "고랑동", "전미동1가", "전미동2가", "도덕동", "용정동", "성덕동", "원동", "남정동",
           "강흥동", "화전동", "조촌동", "금상동", "쌍정동"]
GU = {d: "완산구" for d in WANSAN}
GU.update({d: "덕진구" for d in DEOKJIN})
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}

cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
codes = [r["제품코드"] for r in cat]
if codes != [f"L{i:04d}" for i in range(1, len(cat) + 1)]:
    err("catalog codes not sequential L0001..")
ent = {}
for r in cat:
    if r["기업유형"] not in TYPES: err(f"{r['제품코드']} bad type")
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]): err(f"{r['제품코드']} bad bizno")
    if not re.fullmatch(r"[1-9]\d*", r["단가"]): err(f"{r['제품코드']} bad price")
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)", r["주소"])
    if not m: err(f"{r['제품코드']} bad address {r['주소']}")
    elif GU.get(m.group(3)) != m.group(1): err(f"{r['제품코드']} 동/구 mismatch {r['주소']}")
    for k in ("제품명", "분류", "규격", "단위", "설명"):
        if not r[k].strip(): err(f"{r['제품코드']} empty {k}")
    key = r["기업명"]
    sig = (r["기업유형"], r["사업자등록번호"], r["주소"])
    if ent.setdefault(key, sig) != sig: err(f"enterprise {key} inconsistent")
if len({s[1] for s in ent.values()}) != len(ent): err("duplicate bizno across enterprises")
ncat = len({r["분류"] for r in cat})
if not 250 <= len(cat) <= 310: err(f"catalog size {len(cat)}")
if not 50 <= len(ent) <= 70: err(f"enterprise count {len(ent)}")
if not 20 <= ncat <= 30: err(f"category count {ncat}")
CATTEXT = "\n".join(" ".join(r.values()) for r in cat)
CATNOSP = re.sub(r"\s+", "", CATTEXT)
ptext = {r["제품코드"]: " ".join([r["제품명"], r["규격"], r["설명"]]) for r in cat}
pdong = {r["제품코드"]: re.search(r"\((\S+)\)$", r["주소"]).group(1) for r in cat}

q = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
ids = [r["수요번호"] for r in q]
if ids != [f"L-Q{i:03d}" for i in range(1, 151)]: err("query ids not L-Q001..L-Q150")
for r in q:
    for k in ("수량", "예산"):
        if r[k] and not re.fullmatch(r"\d+", r[k]): err(f"{r['수요번호']} {k} not int")
    if not r["수요내용"].strip(): err(f"{r['수요번호']} empty text")
qtext = {r["수요번호"]: r["수요내용"] for r in q}
if len(set(qtext.values())) != 150: err("duplicate query texts")

kinds = read("query_kinds.csv", ["수요번호", "유형"])
kind = {r["수요번호"]: r["유형"] for r in kinds}
if set(kind) != set(ids): err("query_kinds ids mismatch")
want = {k: 11 for k in ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category", "location"]}
want["multi_item"] = 10; want["no_match"] = 30
cnt = collections.Counter(kind.values())
if cnt != collections.Counter(want): err(f"kind counts {dict(cnt)}")
# 번호가 유형을 드러내지 않는지: 앞 30개에 유형이 5가지 이상 섞여 있어야 함
if len({kind[i] for i in ids[:30]}) < 5: err("ids look unshuffled")

qr = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
codeset = set(codes)
by = collections.defaultdict(list)
seen = set()
for r in qr:
    if r["제품코드"] not in codeset: err(f"qrels unknown code {r['제품코드']}")
    if r["수요번호"] not in kind: err(f"qrels unknown need {r['수요번호']}")
    if r["관련도"] not in ("1", "2"): err(f"qrels bad grade {r}")
    if (r["수요번호"], r["제품코드"]) in seen: err(f"qrels duplicate {r}")
    seen.add((r["수요번호"], r["제품코드"]))
    by[r["수요번호"]].append(r)
for i in ids:
    k = kind[i]
    rows = by.get(i, [])
    if k == "no_match":
        if rows: err(f"{i} no_match has qrels")
        continue
    if not any(r["관련도"] == "2" for r in rows): err(f"{i} ({k}) has no grade-2 row")
    for r in rows:
        if k == "multi_item" and r["관련도"] == "2" and not r["품목"]: err(f"{i} multi grade-2 without 품목")
        if (k != "multi_item" or r["관련도"] == "1") and r["품목"]: err(f"{i} unexpected 품목 {r}")

# needs_data 와 queries 의 대응
need_by_text = {n["text"]: n for n in NEEDS}
for i in ids:
    if kind[i] != "no_match":
        n = need_by_text.get(qtext[i])
        if not n or n["kind"] != kind[i]: err(f"{i} not found in needs_data with same kind")

for i in ids:
    k = kind[i]
    if k == "no_match": continue
    n = need_by_text[qtext[i]]
    rows = by[i]
    g2 = [r["제품코드"] for r in rows if r["관련도"] == "2"]
    if k in ("synonym", "typo"):
        if n["word"] not in qtext[i]: err(f"{i} word not in query")
        if n["word"] in CATTEXT: err(f"{i} {k} word '{n['word']}' found in catalog")
    if k == "exact":
        if not any(n["term"] in ptext[c] for c in g2): err(f"{i} exact term not in any grade-2 product")
    if k == "spacing":
        if n["catalog_form"] not in CATTEXT: err(f"{i} catalog_form missing")
        if qtext[i] in CATTEXT: err(f"{i} spacing query form appears in catalog")
        if re.sub(r"\s", "", qtext[i]) != re.sub(r"\s", "", n["catalog_form"]): err(f"{i} spacing forms differ beyond spaces")
    if k == "choseong":
        tok = qtext[i].split()[0]
        if not all("ㄱ" <= ch <= "ㅎ" for ch in tok): err(f"{i} first token not choseong")
        if tok != n["cho"] or choseong(n["word"]) != tok: err(f"{i} choseong mismatch {tok} {n['word']}")
        if re.sub(r"\s", "", n["word"]) not in CATNOSP: err(f"{i} choseong word not in catalog")
        if not any(n["word"] in ptext[c] for c in g2): err(f"{i} choseong word not in a grade-2 product")
    if k == "location":
        if not any(pdong[c].startswith(n["dong"]) for c in g2): err(f"{i} location grade-2 not in dong")
        if any(not pdong[r["제품코드"]].startswith(n["dong"]) for r in rows if r["관련도"] == "2"): err(f"{i} grade-2 outside dong")
        if not any(r["관련도"] == "1" for r in rows): err(f"{i} location has no grade-1 elsewhere")
    if k == "multi_item":
        labs = {lab for lab, _ in n["items"]}
        got = set()
        for r in rows:
            if r["품목"]:
                parts = set(r["품목"].split(";"))
                if not parts <= labs: err(f"{i} unknown item label {r['품목']}")
                got |= parts
        if got != labs: err(f"{i} items without grade-2 product: {labs - got}")
        if not 2 <= len(labs) <= 3: err(f"{i} multi_item needs 2-3 items")

hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
if {r["수요번호"] for r in hy} != {i for i in ids if kind[i] == "hanyeong"}: err("hanyeong ids mismatch")
for r in hy:
    if r["입력"] != qtext[r["수요번호"]]: err(f"{r['수요번호']} hanyeong input != query")
    a, b = r["입력"].split(), r["의도한 한글"].split()
    if len(a) != len(b): err(f"{r['수요번호']} token count differs")
    has_ascii = False
    for x, y in zip(a, b):
        if re.fullmatch(r"[A-Za-z]+", x):
            has_ascii = True
            if keys_to_hangul(x) != y or hangul_to_keys(y) != x: err(f"{r['수요번호']} round-trip fail {x}<->{y}")
        elif x != y: err(f"{r['수요번호']} non-ascii token differs {x} {y}")
    if not has_ascii: err(f"{r['수요번호']} no English-mode token")

nm = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
if {r["수요번호"] for r in nm} != {i for i in ids if kind[i] == "no_match"}: err("no_match_detail ids mismatch")
c = collections.Counter(r["난이도"] for r in nm)
if c != collections.Counter({"hard": 20, "easy": 10}): err(f"no_match difficulty {dict(c)}")
for r in nm:
    if not r["해당 없음 이유"]: err(f"{r['수요번호']} missing reason")
    if r["난이도"] == "hard":
        ws = [w.strip() for w in r["겹치는 말"].split(",") if w.strip()]
        if not ws or not all(w in CATTEXT for w in ws): err(f"{r['수요번호']} overlap words not all in catalog: {ws}")
        if not all(w in qtext[r["수요번호"]] for w in ws): err(f"{r['수요번호']} overlap words not all in query: {ws}")

for f in ["README.md", "tools/needs_data.py", "tools/build_catalog.py", "tools/build_queries.py", "tools/kbd.py", "tools/validate.py"]:
    if not os.path.exists(os.path.join(ROOT, f)): err(f"missing {f}")

g = collections.Counter(r["관련도"] for r in qr)
print(f"catalog {len(cat)} products / {len(ent)} enterprises / {ncat} categories; queries {len(q)}; qrels {len(qr)} (2:{g['2']} 1:{g['1']})")
print("kinds", dict(sorted(cnt.items())))
if ERR:
    print(f"{len(ERR)} problems:")
    for e in ERR[:80]:
        print("  -", e)
    sys.exit(1)
print("ALL OK")
