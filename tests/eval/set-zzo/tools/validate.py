"""형식·개수·라벨 무결성 검사. 문제가 있으면 목록을 출력하고 종료코드 1."""
import csv, os, re, sys, collections
from kbd import hangul_to_keys, keys_to_hangul, choseong
from dong import ALL_BASE, FULL, base_of
from needs_data import NEEDS, NO_MATCH
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
errs = []
def E(m): errs.append(m)

def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): E(f"{name}: BOM")
    raw.decode("utf-8")
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if rows[0] != header: E(f"{name}: header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(header): E(f"{name}: bad row {r}")
    return [dict(zip(header, r)) for r in rows[1:]]

cat = read("catalog.csv", ["제품코드","기업명","기업유형","사업자등록번호","제품명","분류","규격","단가","단위","설명","주소"])
qs = read("queries.csv", ["수요번호","수요내용","수량","예산"])
kinds = read("query_kinds.csv", ["수요번호","유형"])
qrels = read("qrels.csv", ["수요번호","제품코드","관련도","품목"])
nmd = read("no_match_detail.csv", ["수요번호","난이도","겹치는 말","해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호","입력","의도한 한글"])

# ---- catalog
codes = [r["제품코드"] for r in cat]
if codes != [f"ZZO{i:04d}" for i in range(1, len(codes) + 1)]: E("제품코드 not sequential ZZO0001..")
if not 280 <= len(cat) <= 320: E(f"product count {len(cat)}")
ents = {r["기업명"] for r in cat}
if not 60 <= len(ents) <= 70: E(f"enterprise count {len(ents)}")
ncat = len({r["분류"] for r in cat})
brn = {}
for r in cat:
    if r["기업유형"] not in {"사회적기업","예비사회적기업","마을기업","자활기업","협동조합"}: E(f"유형 {r}")
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]): E(f"brn {r['제품코드']}")
    brn.setdefault(r["기업명"], set()).add(r["사업자등록번호"])
    if not re.fullmatch(r"[1-9]\d*", r["단가"]): E(f"단가 {r['제품코드']}")
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m: E(f"주소 {r['주소']}")
    elif m.group(2) not in FULL[m.group(1)]: E(f"동 {m.group(2)} not in {m.group(1)}")
for k, v in brn.items():
    if len(v) != 1: E(f"brn differs within {k}")
if len(set().union(*brn.values())) != len(brn): E("brn shared between enterprises")
cat_text = " ".join(" ".join([r["기업명"], r["제품명"], r["분류"], r["규격"], r["설명"], r["단위"]]) for r in cat)
cat_nospace = cat_text.replace(" ", "")
codeset = set(codes)

# ---- queries / kinds
ids = [q["수요번호"] for q in qs]
if ids != [f"ZZO-Q{i:03d}" for i in range(1, 151)]: E("수요번호 not ZZO-Q001..150")
kd = {k["수요번호"]: k["유형"] for k in kinds}
if set(kd) != set(ids): E("query_kinds ids")
cnt = collections.Counter(kd.values())
KINDS = ["exact","synonym","typo","hanyeong","spacing","choseong","quantity","long_sentence","category","location","multi_item"]
for k in KINDS:
    if not 10 <= cnt[k] <= 11: E(f"kind {k} count {cnt[k]}")
if sum(cnt[k] for k in KINDS) != 120 or cnt["no_match"] != 30: E(f"kind totals {cnt}")
if set(cnt) - set(KINDS) - {"no_match"}: E(f"unknown kinds {cnt}")
for q in qs:
    for f in ("수량", "예산"):
        if q[f] and not re.fullmatch(r"[1-9]\d*", q[f]): E(f"{f} {q}")
text_of = {q["수요번호"]: q["수요내용"] for q in qs}
by_text = {n["text"]: n for n in NEEDS}
nm_text = {t: (l, o) for _, t, l, o, _ in NO_MATCH}
for i, t in text_of.items():
    if kd[i] == "no_match":
        if t not in nm_text: E(f"no_match text {t}")
    elif t not in by_text or by_text[t]["kind"] != kd[i]: E(f"kind mismatch {i} {t}")

# ---- qrels
seen = set(); rel2 = collections.defaultdict(int); items2 = collections.defaultdict(set); per = collections.Counter()
for r in qrels:
    if r["수요번호"] not in kd: E(f"qrels id {r}")
    if r["제품코드"] not in codeset: E(f"qrels code {r}")
    if r["관련도"] not in ("1", "2"): E(f"qrels rel {r}")
    key = (r["수요번호"], r["제품코드"])
    if key in seen: E(f"dup {key}")
    seen.add(key); per[r["수요번호"]] += 1
    mi = kd.get(r["수요번호"]) == "multi_item"
    if mi and not r["품목"]: E(f"품목 missing {r}")
    if not mi and r["품목"]: E(f"품목 not allowed {r}")
    if r["관련도"] == "2":
        rel2[r["수요번호"]] += 1
        if mi: items2[r["수요번호"]].add(r["품목"])
for i in ids:
    if kd[i] == "no_match":
        if per[i]: E(f"no_match has qrels {i}")
    else:
        if not rel2[i]: E(f"no rel-2 for {i} {text_of[i]}")
        if kd[i] == "multi_item":
            want = {it[0] for it in by_text[text_of[i]]["items"]}
            if items2[i] != want: E(f"multi_item {i} items with rel2 {items2[i]} != {want}")
            for it in want:
                if it not in text_of[i]: E(f"품목 {it} not written in need {i}")

# ---- hanyeong
SHIFT_MISSING = {("ejr", "떡")}  # 카탈로그 작성 후 발견, 수요 문장은 고치지 않음
full = mixed = 0
hy_ids = {h["수요번호"] for h in hy}
if hy_ids != {i for i in ids if kd[i] == "hanyeong"}: E("hanyeong_intended ids")
for h in hy:
    toks, itoks = h["입력"].split(), h["의도한 한글"].split()
    if len(toks) != len(itoks): E(f"hanyeong tokens {h}"); continue
    asc = [t for t in toks if re.fullmatch(r"[A-Za-z]+", t)]
    if len(asc) == len(toks): full += 1
    elif asc: mixed += 1
    else: E(f"hanyeong no keys {h}")
    for t, it in zip(toks, itoks):
        if re.fullmatch(r"[A-Za-z]+", t):
            if (t, it) in SHIFT_MISSING:
                # 기록된 예외: 수요 작성 때 Shift(쌍자음)를 빠뜨린 입력. 대소문자만 다르고 나머지는 왕복해야 함
                if hangul_to_keys(it).lower() != t.lower(): E(f"shift exception broken {t} {it}")
                print(f"  note: '{t}' -> {keys_to_hangul(t)} (의도 {it}, Shift 누락 — README 참고)")
                continue
            if keys_to_hangul(t) != it or hangul_to_keys(it) != t: E(f"round-trip {t} {it} {keys_to_hangul(t)} {hangul_to_keys(it)}")
        elif t != it: E(f"hanyeong mixed token {t} {it}")
if (full, mixed) != (8, 3): E(f"hanyeong full/mixed {full}/{mixed}")

# ---- choseong
for n in NEEDS:
    if n["kind"] != "choseong": continue
    toks, itoks = n["text"].split(), n["intended"].split()
    has = False
    if len(toks) != len(itoks): E(f"choseong tokens {n['text']}"); continue
    for t, it in zip(toks, itoks):
        if re.fullmatch(r"[ㄱ-ㅎ]+", t):
            has = True
            if choseong(it) != t: E(f"choseong {t} != {choseong(it)}")
        elif t != it: E(f"choseong word {t} {it}")
    if not has: E(f"choseong none {n['text']}")
    for t, it in zip(toks, itoks):
        if re.fullmatch(r"[ㄱ-ㅎ]+", t) and it not in cat_text: E(f"choseong word not in catalog {it}")

# ---- synonym / typo absent
for n in NEEDS:
    if n["kind"] in ("synonym", "typo"):
        t = n["term"]
        if t not in n["text"]: E(f"term not in text {t}")
        if t in cat_text or t.replace(" ", "") in cat_nospace: E(f"{n['kind']} term in catalog: {t}")
    if n["kind"] == "spacing":
        if n["catalog_form"] not in cat_text: E(f"spacing catalog_form missing {n['catalog_form']}")
        if n["text"] in cat_text: E(f"spacing need form appears in catalog {n['text']}")
        if n["text"].replace(" ", "") != n["catalog_form"].replace(" ", ""): E(f"spacing forms differ beyond spaces {n['text']}")

# ---- location
for n in NEEDS:
    if n["kind"] == "location":
        if n["dong"] not in ALL_BASE: E(f"동 not real {n['dong']}")
        if not n["text"].startswith(n["dong"] + " "): E(f"location text {n['text']}")
# 수요 문장에 나오는 'XX동' 이 모두 실재 동인지
for q in qs:
    for m in re.findall(r"(\S+동)(?=\s)", q["수요내용"]):
        if kd[q["수요번호"]] == "location" and m not in ALL_BASE: E(f"unknown 동 {m}")

# ---- no_match detail
if len(nmd) != 30: E("no_match_detail rows")
lv = collections.Counter(r["난이도"] for r in nmd)
if lv != {"hard": 20, "easy": 10}: E(f"no_match levels {lv}")
for r in nmd:
    if kd.get(r["수요번호"]) != "no_match": E(f"nmd id {r}")
    for w in [x.strip() for x in r["겹치는 말"].split(";") if x.strip()]:
        if r["난이도"] == "hard" and w not in cat_text: E(f"hard overlap word not in catalog {w}")

# ---- summary
print(f"products {len(cat)}, enterprises {len(ents)}, 분류 {ncat}, needs {len(qs)}, qrels {len(qrels)}")
qk = collections.Counter(); q2 = collections.Counter(); q1 = collections.Counter()
for r in qrels:
    k = kd[r["수요번호"]]; qk[k] += 1; (q2 if r["관련도"] == "2" else q1)[k] += 1
for k in KINDS + ["no_match"]:
    print(f"  {k:14s} needs {cnt[k]:3d}  qrels {qk[k]:3d} (rel2 {q2[k]}, rel1 {q1[k]})")
if errs:
    print("ERRORS:"); [print(" -", e) for e in errs]; sys.exit(1)
print("OK")
