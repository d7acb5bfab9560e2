# -*- coding: utf-8 -*-
"""set-zzi 검증: 형식, 개수, 코드 존재, 관련도 2 존재, 한영 왕복, 초성, 유의어/오타 부재, 법정동 실존."""
import csv, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbd
import needs_data as N

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []


def err(m):
    ERR.append(m)


# 전주시 법정동 (구별). 'n가'가 붙는 동은 가까지 적는다.
WANSAN = set("""중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 전동 전동3가
다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동 서완산동1가 서완산동2가 동서학동 서서학동
중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가
대성동 색장동 상림동""".split())
DEOKJIN = set("""진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동 우아동1가 우아동2가 우아동3가
호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 화전동 용정동 성덕동 원동 고랑동 여의동 만성동 장동 중동 동산동
도도동 강흥동 도덕동 남정동""".split())
BASES = {re.sub(r"\d가$", "", d) for d in WANSAN | DEOKJIN}


def read(name, header):
    p = os.path.join(OUT, name)
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": BOM")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    if rows[0] != header:
        err("%s: header %s" % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
idmap = {r["수요번호"]: r for r in csv.DictReader(open(os.path.join(OUT, "tools", "id_map.csv"), encoding="utf-8"))}

# ---- catalog
codes = [r["제품코드"] for r in cat]
if codes != ["ZZI%04d" % (i + 1) for i in range(len(codes))]:
    err("catalog codes not sequential ZZI0001..")
if not 280 <= len(cat) <= 320:
    err("catalog size %d" % len(cat))
ents = {}
for r in cat:
    if r["기업유형"] not in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"):
        err("type " + r["제품코드"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("brn " + r["제품코드"])
    if not re.fullmatch(r"\d+", r["단가"]):
        err("price " + r["제품코드"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m:
        err("addr " + r["제품코드"])
    else:
        gu, dong = m.groups()
        if dong not in (WANSAN if gu == "완산구" else DEOKJIN):
            err("dong %s not in %s (%s)" % (dong, gu, r["제품코드"]))
    for f in ("제품명", "분류", "단위", "설명", "기업명"):
        if not r[f].strip():
            err("empty %s %s" % (f, r["제품코드"]))
    ents.setdefault(r["기업명"], set()).add((r["기업유형"], r["사업자등록번호"], r["주소"]))
for k, v in ents.items():
    if len(v) != 1:
        err("enterprise inconsistent " + k)
if len({list(v)[0][1] for v in ents.values()}) != len(ents):
    err("duplicate brn")
ncat = len({r["분류"] for r in cat})
catall = "\n".join(",".join(r.values()) for r in cat)

# ---- queries / kinds
ids = [r["수요번호"] for r in qs]
if ids != ["ZZI-Q%03d" % (i + 1) for i in range(150)]:
    err("query ids")
kind = {r["수요번호"]: r["유형"] for r in kinds}
if set(kind) != set(ids):
    err("kinds ids")
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category", "location", "multi_item"]
cnt = collections.Counter(kind.values())
for k in KINDS:
    if not 10 <= cnt[k] <= 11:
        err("count %s %d" % (k, cnt[k]))
if cnt["no_match"] != 30 or sum(cnt[k] for k in KINDS) != 120 or set(cnt) - set(KINDS) - {"no_match"}:
    err("kind counts " + str(cnt))
text = {r["수요번호"]: r["수요내용"] for r in qs}
for r in qs:
    for f in ("수량", "예산"):
        if r[f] and not re.fullmatch(r"\d+", r[f]):
            err("%s %s" % (f, r["수요번호"]))
for i, m in idmap.items():
    if m["유형"] != kind.get(i) or m["수요내용"] != text.get(i):
        err("id_map mismatch " + i)
bykey = {d["key"]: d for d in N.NEEDS}
key_of = {i: m["내부키"] for i, m in idmap.items()}

# ---- qrels
codeset = set(codes)
seen = set()
rel2 = collections.defaultdict(set)
qcount = collections.Counter()
for r in qrels:
    q, c = r["수요번호"], r["제품코드"]
    if q not in kind:
        err("qrel unknown need " + q)
        continue
    if c not in codeset:
        err("qrel unknown code " + c)
    if r["관련도"] not in ("1", "2"):
        err("rel value %s %s" % (q, c))
    if (q, c) in seen:
        err("dup qrel %s %s" % (q, c))
    seen.add((q, c))
    if kind[q] == "no_match":
        err("qrel for no_match " + q)
    if kind[q] == "multi_item":
        if not r["품목"]:
            err("multi_item without 품목 " + q)
    elif r["품목"]:
        err("품목 on non-multi " + q)
    if r["관련도"] == "2":
        rel2[q].add(r["품목"])
    qcount[q] += 1
for q, k in kind.items():
    if k == "no_match":
        continue
    if not rel2[q]:
        err("no relevance-2 for %s (%s)" % (q, text[q]))
    if k == "multi_item":
        items = [it["품목"] for it in bykey[key_of[q]]["items"]]
        for it in items:
            if it not in rel2[q]:
                err("multi item %s lacks rel2: %s" % (q, it))
            if it not in text[q]:
                err("품목 %s not written in need %s" % (it, q))

# ---- hanyeong
hyids = [q for q, k in kind.items() if k == "hanyeong"]
if sorted(r["수요번호"] for r in hy) != sorted(hyids):
    err("hanyeong_intended ids")
full = mixed = 0
for r in hy:
    if r["입력"] != text[r["수요번호"]]:
        err("hanyeong input mismatch " + r["수요번호"])
    if kbd.to_hangul(r["입력"]) != r["의도한 한글"]:
        err("hanyeong roundtrip %s: %s -> %s" % (r["수요번호"], r["입력"], kbd.to_hangul(r["입력"])))
    if re.search(r"[가-힣]", r["입력"]):
        mixed += 1
        if kbd.to_keys(r["의도한 한글"]) != kbd.to_keys(r["입력"]):
            err("mixed hanyeong keys " + r["수요번호"])
    elif re.fullmatch(r"[A-Za-z ]+", r["입력"]):
        full += 1
        if kbd.to_keys(r["의도한 한글"]) != r["입력"]:
            err("hanyeong to_keys " + r["수요번호"])
    else:
        err("hanyeong odd " + r["수요번호"])
if (full, mixed) != (8, 3):
    err("hanyeong full/mixed %d/%d" % (full, mixed))

# ---- choseong
for q, k in kind.items():
    if k != "choseong":
        continue
    d = bykey[key_of[q]]
    qt, it = text[q].split(), d["intended"].split()
    if len(qt) != len(it) or not any(re.fullmatch(r"[ㄱ-ㅎ]+", t) for t in qt):
        err("choseong shape " + q)
        continue
    for a, b in zip(qt, it):
        if re.fullmatch(r"[ㄱ-ㅎ]+", a):
            if kbd.choseong(b) != a:
                err("choseong %s: %s != %s" % (q, a, b))
        elif a != b:
            err("choseong word %s" % q)

# ---- synonym / typo words absent ; spacing
for q, k in kind.items():
    d = bykey.get(key_of[q])
    if k in ("synonym", "typo"):
        if not d.get("absent"):
            err("no absent list " + q)
        for a in d["absent"]:
            if a in catall:
                err("%s word '%s' appears in catalog" % (q, a))
        if not any(a in text[q] for a in d["absent"]):
            err("absent word not in need " + q)
    if k == "spacing":
        if text[q] in catall:
            err("spacing need form in catalog " + q)
        if d["cat_form"] not in catall:
            err("spacing catalog form missing " + q)
        if text[q].replace(" ", "") != d["cat_form"].replace(" ", ""):
            err("spacing forms differ beyond spaces " + q)
    if k == "location":
        dong = text[q].split()[0]
        if dong not in BASES:
            err("location dong not real " + q)
        if dong != d["dong"]:
            err("location dong mismatch " + q)

# ---- no_match detail
if sorted(r["수요번호"] for r in nmd) != sorted(q for q, k in kind.items() if k == "no_match"):
    err("no_match_detail ids")
dc = collections.Counter(r["난이도"] for r in nmd)
if dc != {"hard": 20, "easy": 10}:
    err("no_match difficulty " + str(dc))

# ---- report
print("catalog: %d products, %d enterprises, %d 분류" % (len(cat), len(ents), ncat))
print("needs: %d (%s)" % (len(qs), ", ".join("%s %d" % (k, cnt[k]) for k in KINDS + ["no_match"])))
rc = collections.Counter(r["관련도"] for r in qrels)
print("qrels: %d (rel2 %d, rel1 %d)" % (len(qrels), rc["2"], rc["1"]))
for k in KINDS:
    qq = [q for q in kind if kind[q] == k]
    print("  %-14s needs %2d  qrels %3d  rel2 %3d" % (k, len(qq), sum(qcount[q] for q in qq),
          sum(1 for r in qrels if kind[r["수요번호"]] == k and r["관련도"] == "2")))
if ERR:
    print("ERRORS:")
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("OK")
