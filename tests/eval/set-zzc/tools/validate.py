# -*- coding: utf-8 -*-
"""set-zzc 검증: 형식, 개수, 코드, 관련도 2 존재, 한영 왕복, 초성, 동의어·오타 낱말 부재, 띄어쓰기, 동 이름."""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import needs_data as ND
from kbd import to_keys, to_hangul, decode_mixed, choseong, CHO
from jeonju_dong import valid as dong_valid, base_valid

ERR = []


def err(msg):
    ERR.append(msg)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: BOM")
    raw.decode("utf-8")
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if rows[0] != header:
        err(f"{name}: header {rows[0]} != {header}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err(f"{name}:{i}: {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match"]

cat = read("catalog.csv", "제품코드,기업명,기업유형,사업자등록번호,제품명,분류,규격,단가,단위,설명,주소".split(","))
queries = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])

# ---- catalog
codes = [r["제품코드"] for r in cat]
if codes != ["ZZC%04d" % i for i in range(1, len(codes) + 1)]:
    err("catalog codes not sequential ZZC0001..")
if not 280 <= len(cat) <= 320:
    err(f"catalog size {len(cat)}")
ents = {}
for r in cat:
    if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}:
        err(f"{r['제품코드']}: 기업유형 {r['기업유형']}")
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err(f"{r['제품코드']}: 사업자등록번호")
    if not re.fullmatch(r"[1-9]\d*", r["단가"]):
        err(f"{r['제품코드']}: 단가 {r['단가']}")
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+(?:로|길)) (\d+) \((\S+)\)", r["주소"])
    if not m:
        err(f"{r['제품코드']}: 주소 형식 {r['주소']}")
    elif not dong_valid(m.group(1), m.group(4)):
        err(f"{r['제품코드']}: 동 {m.group(4)} not in {m.group(1)}")
    key = r["기업명"]
    sig = (r["기업유형"], r["사업자등록번호"], r["주소"])
    if ents.setdefault(key, sig) != sig:
        err(f"enterprise {key} inconsistent")
    for f in ["제품명", "분류", "규격", "단위", "설명"]:
        if not r[f].strip():
            err(f"{r['제품코드']}: empty {f}")
if len(set(s[1] for s in ents.values())) != len(ents):
    err("duplicate 사업자등록번호 across enterprises")
n_cat = len(set(r["분류"] for r in cat))
if not 60 <= len(ents) <= 70:
    err(f"enterprises {len(ents)}")
if not 25 <= n_cat <= 35:
    err(f"categories {n_cat}")
cat_by = {r["제품코드"]: r for r in cat}
CAT_TEXT = "\n".join(",".join(r.values()) for r in cat)

# ---- queries / kinds
ids = ["ZZC-Q%03d" % i for i in range(1, 151)]
if [q["수요번호"] for q in queries] != ids:
    err("queries ids not ZZC-Q001..150 in order")
if [k["수요번호"] for k in kinds] != ids:
    err("query_kinds ids mismatch")
for q in queries:
    for f in ["수량", "예산"]:
        if q[f] and not re.fullmatch(r"[1-9]\d*", q[f]):
            err(f"{q['수요번호']}: {f} {q[f]}")
kind_of = {k["수요번호"]: k["유형"] for k in kinds}
cnt = Counter(kind_of.values())
for k in kind_of.values():
    if k not in KINDS:
        err(f"bad kind {k}")
if cnt["no_match"] != 30:
    err(f"no_match {cnt['no_match']}")
for k in KINDS[:-1]:
    if not 10 <= cnt[k] <= 11:
        err(f"kind {k}: {cnt[k]}")
if sum(cnt[k] for k in KINDS[:-1]) != 120:
    err("matchable != 120")
text_of = {q["수요번호"]: q["수요내용"] for q in queries}

# id_map ↔ needs_data
idmap = list(csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8")))
src = {}
c2 = defaultdict(int)
for n in ND.NEEDS + ND.NO_MATCH:
    c2[n["kind"]] += 1
    src["%s-%02d" % (n["kind"], c2[n["kind"]])] = n
need_of = {}
for m in idmap:
    n = src[m["내부키"]]
    need_of[m["수요번호"]] = n
    if n["text"] != text_of[m["수요번호"]] or n["kind"] != kind_of[m["수요번호"]]:
        err(f"id_map mismatch {m}")
if len(need_of) != 150:
    err("id_map size")

# ---- qrels
seen = set()
by_need = defaultdict(list)
for r in qrels:
    i, c = r["수요번호"], r["제품코드"]
    if i not in kind_of:
        err(f"qrels unknown need {i}")
        continue
    if c not in cat_by:
        err(f"qrels unknown code {c}")
    if (i, c) in seen:
        err(f"qrels duplicate {i} {c}")
    seen.add((i, c))
    if r["관련도"] not in {"1", "2"}:
        err(f"qrels rel {r}")
    if kind_of[i] == "no_match":
        err(f"qrels row for no_match {i}")
    if kind_of[i] == "multi_item":
        items = [it["w"] for it in need_of[i]["items"]]
        if r["품목"] not in items:
            err(f"multi_item 품목 {r}")
        if r["품목"] not in text_of[i]:
            err(f"품목 not as written {r}")
    elif r["품목"]:
        err(f"품목 on non multi_item {r}")
    by_need[i].append(r)
for i, k in kind_of.items():
    if k != "no_match" and not any(r["관련도"] == "2" for r in by_need[i]):
        err(f"{i} ({k}) has no relevance-2 product")
    if k == "multi_item":
        for it in need_of[i]["items"]:
            if not any(r["관련도"] == "2" and r["품목"] == it["w"] for r in by_need[i]):
                err(f"{i} item {it['w']} has no relevance-2 product")

# ---- no_match detail
if sorted(r["수요번호"] for r in nmd) != sorted(i for i, k in kind_of.items() if k == "no_match"):
    err("no_match_detail ids")
lv = Counter(r["난이도"] for r in nmd)
if lv != Counter({"어려움": 20, "쉬움": 10}):
    err(f"no_match levels {lv}")
for r in nmd:
    if r["난이도"] == "어려움":
        for w in [x.strip() for x in r["겹치는 말"].split(",")]:
            if not w or w not in CAT_TEXT:
                err(f"hard no_match overlap word '{w}' not in catalog ({r['수요번호']})")

# ---- hanyeong
hy_ids = sorted(r["수요번호"] for r in hy)
if hy_ids != sorted(i for i, k in kind_of.items() if k == "hanyeong"):
    err("hanyeong_intended ids")
full = mixed = 0
for r in hy:
    inp, want = r["입력"], r["의도한 한글"]
    if inp != text_of[r["수요번호"]]:
        err(f"hanyeong input mismatch {r}")
    if decode_mixed(inp) != want:
        err(f"hanyeong decode {inp} -> {decode_mixed(inp)} != {want}")
    # 한글→키→한글 왕복
    if to_hangul(to_keys(want.replace(" ", ""))) != want.replace(" ", ""):
        err(f"hanyeong roundtrip {want}")
    for part in re.findall(r"[A-Za-z]+", inp):
        if to_keys(to_hangul(part)) != part:
            err(f"hanyeong keys roundtrip {part}")
    if re.search(r"[가-힣]", inp):
        mixed += 1
    else:
        full += 1
if (full, mixed) != (8, 3):
    err(f"hanyeong full/mixed {full}/{mixed}")

# ---- choseong
for i, k in kind_of.items():
    if k != "choseong":
        continue
    t, intended = text_of[i], need_of[i]["intended"]
    toks, itoks = t.split(), intended.split()
    if len(toks) != len(itoks):
        err(f"choseong token count {t}")
        continue
    has_jamo = False
    for a, b in zip(toks, itoks):
        if re.fullmatch(r"[ㄱ-ㅎ]+", a):
            has_jamo = True
            if any(ch not in CHO for ch in a) or choseong(b) != a:
                err(f"choseong {a} != choseong({b})")
        elif a != b:
            err(f"choseong ordinary word {a} != {b}")
    if not has_jamo:
        err(f"choseong need without jamo {t}")

# ---- synonym / typo words absent from catalog
for i, k in kind_of.items():
    if k in ("synonym", "typo"):
        w = need_of[i]["word"]
        if w not in text_of[i]:
            err(f"{i}: word {w} not in need text")
        if w in CAT_TEXT or w.replace(" ", "") in CAT_TEXT.replace(" ", ""):
            err(f"{i}: {k} word '{w}' appears in catalog")

# ---- spacing: written text absent, despaced form present in a relevance-2 product
for i, k in kind_of.items():
    if k != "spacing":
        continue
    t = text_of[i]
    if t in CAT_TEXT:
        err(f"{i}: spacing text '{t}' appears verbatim in catalog")
    ns = t.replace(" ", "")
    ok = False
    for r in by_need[i]:
        p = cat_by[r["제품코드"]]
        txt = p["제품명"] + p["규격"] + p["설명"]
        if r["관련도"] == "2" and ns in txt.replace(" ", "") and t not in txt:
            ok = True
    if not ok:
        err(f"{i}: no relevance-2 product writing '{t}' with different spacing")

# ---- location
for i, k in kind_of.items():
    if k == "location":
        n = need_of[i]
        if not text_of[i].startswith(n["dong"]):
            err(f"{i}: location dong {n['dong']}")
        if not base_valid(n["dong"]):
            err(f"{i}: dong {n['dong']} not a real 법정동")
        if n["shop"] not in text_of[i] or n["shop"] not in ND.SHOP_WORDS:
            err(f"{i}: shop word")

# ---- no leaked real names: need/catalog must not contain names from the real data
import glob
for f in glob.glob("/work/shared/data/real/*.csv"):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        nm = r["name"]
        core = re.sub(r"\(.*?\)|영농조합법인|협동조합|주식회사|유\)", "", nm).strip()
        if len(core) >= 3 and (core in CAT_TEXT):
            err(f"real enterprise name '{core}' appears in catalog")

print("catalog: %d products, %d enterprises, %d categories" % (len(cat), len(ents), n_cat))
print("needs:", dict(cnt))
print("qrels rows:", len(qrels), " rel2:", sum(r["관련도"] == "2" for r in qrels), " rel1:", sum(r["관련도"] == "1" for r in qrels))
if ERR:
    print("ERRORS (%d):" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("OK")
