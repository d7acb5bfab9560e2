# -*- coding: utf-8 -*-
"""set-zza 검증: 형식, 개수, 코드 존재, 관련도2 존재, 한영 왕복, 초성, 동의어·오타 부재, 동 이름 실재."""
import csv, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd
import needs_data
import review_data
import catalog_data

ERR = []


def err(m):
    ERR.append(m)


def read(name, header):
    path = os.path.join(OUT, name) if "/" not in name else name
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name + ": BOM 있음")
    txt = raw.decode("utf-8")
    rows = list(csv.reader(txt.splitlines()))
    if rows[0] != header:
        err("%s: 헤더 %r" % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]], rows


# 전주시 법정동 (구별)
WANSAN = set("""중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 전동 전동3가
다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 동완산동 서완산동1가 서완산동2가 동서학동 서서학동
중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가
효자동1가 효자동2가 효자동3가 대성동 색장동 상림동 서노송동 완산동""".split())
DEOKJIN = set("""진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동
우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 화전동 용정동
성덕동 원동 고랑동 여의동 만성동 장동 도도동 강흥동 도덕동 남정동""".split())
BASE = {re.sub(r"\d가$", "", d) for d in WANSAN | DEOKJIN}

# ---------- catalog
CCOLS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]
cat, _ = read("catalog.csv", CCOLS)
codes = [r["제품코드"] for r in cat]
if codes != ["ZZA%04d" % i for i in range(1, len(cat) + 1)]:
    err("제품코드가 ZZA0001부터 연속이 아님")
if not 280 <= len(cat) <= 320:
    err("제품 수 %d" % len(cat))
ents = {r["기업명"] for r in cat}
if not 55 <= len(ents) <= 75:
    err("기업 수 %d" % len(ents))
nb = len({r["분류"] for r in cat})
if not 25 <= nb <= 36:
    err("분류 수 %d" % nb)
for r in cat:
    if r["기업유형"] not in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"):
        err("기업유형 " + r["제품코드"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("사업자번호 " + r["제품코드"])
    if not re.fullmatch(r"\d+", r["단가"]):
        err("단가 " + r["제품코드"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m:
        err("주소 형식 " + r["제품코드"])
    else:
        gu, dong = m.groups()
        if dong not in (WANSAN if gu == "완산구" else DEOKJIN):
            err("주소 동이 그 구의 법정동이 아님 %s %s %s" % (r["제품코드"], gu, dong))
bizmap = collections.defaultdict(set)
for r in cat:
    bizmap[r["기업명"]].add(r["사업자등록번호"])
if any(len(v) != 1 for v in bizmap.values()) or len({next(iter(v)) for v in bizmap.values()}) != len(bizmap):
    err("기업-사업자번호 1:1 아님")
CATTXT = "\n".join(" ".join(r.values()) for r in cat)
CATTXT_NS = CATTXT.replace(" ", "")
codeset = set(codes)
byname = {r["제품명"]: r for r in cat}
if len(byname) != len(cat):
    err("제품명 중복")

# ---------- queries / kinds
qs, _ = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
ks, _ = read("query_kinds.csv", ["수요번호", "유형"])
ids = ["ZZA-Q%03d" % i for i in range(1, 151)]
if [q["수요번호"] for q in qs] != ids:
    err("queries 수요번호가 Q001~Q150 아님")
if [k["수요번호"] for k in ks] != ids:
    err("query_kinds 수요번호 불일치")
for q in qs:
    for c in ("수량", "예산"):
        if q[c] and not re.fullmatch(r"[1-9]\d*", q[c]):
            err("%s %s 정수 아님" % (q["수요번호"], c))
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match"]
kind = {k["수요번호"]: k["유형"] for k in ks}
kc = collections.Counter(kind.values())
for k in KINDS:
    if k == "no_match":
        if kc[k] != 30:
            err("no_match %d" % kc[k])
    elif not 10 <= kc[k] <= 11:
        err("%s 개수 %d" % (k, kc[k]))
if set(kc) - set(KINDS):
    err("알 수 없는 유형")
text = {q["수요번호"]: q["수요내용"] for q in qs}

# ---------- id_map <-> needs_data (수요 텍스트 일치)
idm, _ = read(os.path.join(HERE, "id_map.csv"), ["수요번호", "내부키", "유형", "기관"])
src = {}
cnt = collections.Counter()
for n in needs_data.NEEDS + needs_data.NO_MATCH:
    cnt[n["kind"]] += 1
    src["%s-%02d" % (n["kind"], cnt[n["kind"]])] = n
need_of = {}
for r in idm:
    n = src.get(r["내부키"])
    if not n or n["text"] != text.get(r["수요번호"]) or n["kind"] != kind.get(r["수요번호"]):
        err("id_map 불일치 " + r["수요번호"])
    else:
        need_of[r["수요번호"]] = n
if len(need_of) != 150:
    err("id_map 행 수")

# ---------- qrels
qr, _ = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
seen = set()
has2 = collections.defaultdict(list)
for r in qr:
    i = r["수요번호"]
    if i not in kind:
        err("qrels 없는 수요 " + i)
        continue
    if r["제품코드"] not in codeset:
        err("qrels 없는 코드 " + r["제품코드"])
    if r["관련도"] not in ("1", "2"):
        err("관련도 값 %s" % r)
    if (i, r["제품코드"]) in seen:
        err("qrels 중복 %s %s" % (i, r["제품코드"]))
    seen.add((i, r["제품코드"]))
    if kind[i] == "no_match":
        err("no_match에 qrels " + i)
    if kind[i] == "multi_item":
        if not r["품목"] or r["품목"] not in text[i]:
            err("multi_item 품목 누락/불일치 %s %s" % (i, r["품목"]))
    elif r["품목"]:
        err("multi_item 아닌데 품목 " + i)
    if r["관련도"] == "2":
        has2[i].append(r["제품코드"])
for i in ids:
    if kind[i] != "no_match" and not has2[i]:
        err("관련도2 없음 " + i)
# multi_item: 품목마다 관련도2
for i in ids:
    if kind[i] == "multi_item":
        got = {r["품목"] for r in qr if r["수요번호"] == i and r["관련도"] == "2"}
        for it in need_of[i]["items"]:
            if it["label"] not in got:
                err("multi_item 품목 %s 관련도2 없음 %s" % (it["label"], i))

# ---------- 한영
hy, _ = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
full = mixed = 0
for r in hy:
    i = r["수요번호"]
    if kind.get(i) != "hanyeong" or text[i] != r["입력"]:
        err("hanyeong_intended 불일치 " + i)
    if kbd.keys_to_hangul(r["입력"]) != r["의도한 한글"]:
        err("한영 keys->한글 실패 %s %s" % (r["입력"], kbd.keys_to_hangul(r["입력"])))
    # 한글 부분은 그대로 두고 영문 부분만 변환해 왕복
    back = "".join(kbd.hangul_to_keys(t) if re.fullmatch(r"[A-Za-z]+", w) else t for t, w in
                   zip(re.split(r"(\s+)", r["의도한 한글"]), re.split(r"(\s+)", r["입력"])))
    if back != r["입력"]:
        err("한영 한글->keys 왕복 실패 " + i)
    if re.fullmatch(r"[A-Za-z]+", r["입력"]):
        full += 1
    elif re.search(r"[가-힣]", r["입력"]) and re.search(r"[A-Za-z]", r["입력"]):
        mixed += 1
    word = r["의도한 한글"].split()[0]
    if not any(word in byname_r["제품명"].replace(" ", "") for c in has2[i] for byname_r in [cat[int(c[3:]) - 1]]):
        err("한영 의도어가 관련도2 제품명에 없음 " + i)
if len(hy) != kc["hanyeong"] or full != 8 or mixed != 3:
    err("한영 구성 전부영문 %d 섞임 %d" % (full, mixed))

# ---------- 초성
for i in ids:
    if kind[i] != "choseong":
        continue
    n = need_of[i]
    jamo = [t for t in text[i].split() if re.fullmatch(r"[ㄱ-ㅎ]+", t)]
    if len(jamo) != 1 or kbd.choseong(n["word"].replace(" ", "")) != jamo[0]:
        err("초성 불일치 %s %s" % (i, n["word"]))
    if not any(n["word"] in cat[int(c[3:]) - 1]["제품명"].replace(" ", "") for c in has2[i]):
        err("초성 의도어가 관련도2 제품명에 없음 " + i)

# ---------- 동의어·오타: 그 말이 카탈로그에 없어야 함 / 띄어쓰기: 표면형은 없고 붙인 형은 있음
for i in ids:
    n = need_of[i]
    if kind[i] in ("synonym", "typo"):
        if n["word"] not in text[i]:
            err("word가 수요에 없음 " + i)
        if n["word"] in CATTXT or n["word"] in CATTXT_NS:
            err("%s 낱말 '%s'이 카탈로그에 있음" % (kind[i], n["word"]))
    if kind[i] == "spacing":
        if n["word"] in CATTXT:
            err("띄어쓰기 표면형 '%s'이 카탈로그에 있음" % n["word"])
        ns = n["word"].replace(" ", "")
        if not any(ns in cat[int(c[3:]) - 1]["제품명"].replace(" ", "") for c in has2[i]):
            err("띄어쓰기 수요의 품목이 관련도2 제품명에 없음 " + i)
        if not any(n["word"] not in cat[int(c[3:]) - 1]["제품명"] and ns in cat[int(c[3:]) - 1]["제품명"].replace(" ", "")
                   for c in has2[i]):
            err("띄어쓰기 차이가 없음 " + i)

# ---------- location: 동 이름 실재 + 같은 동 가게가 관련도2
for i in ids:
    if kind[i] != "location":
        continue
    d = text[i].split()[0]
    if d not in BASE:
        err("실재하지 않는 동 " + d)
    for c in has2[i]:
        dong = re.search(r"\((\S+)\)$", cat[int(c[3:]) - 1]["주소"]).group(1)
        if re.sub(r"\d가$", "", dong) != d:
            err("location 관련도2인데 동이 다름 %s %s" % (i, c))

# ---------- quantity: 수량·예산 칸
for i in ids:
    n = need_of[i]
    q = next(x for x in qs if x["수요번호"] == i)
    if str(n["qty"] or "") != q["수량"] or str(n["budget"] or "") != q["예산"]:
        err("수량/예산 칸 불일치 " + i)

# ---------- no_match_detail
nm, _ = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
if len(nm) != 30 or sorted(r["수요번호"] for r in nm) != sorted(i for i in ids if kind[i] == "no_match"):
    err("no_match_detail 행")
lv = collections.Counter(r["난이도"] for r in nm)
if lv["어려움"] != 20 or lv["쉬움"] != 10:
    err("난이도 구성 %s" % lv)
for r in nm:
    if r["난이도"] == "어려움":
        ws = [w.strip() for w in r["겹치는 말"].split(",") if w.strip()]
        if not ws or not all(w in CATTXT for w in ws):
            err("어려움 no_match 겹치는 말이 카탈로그에 없음 " + r["수요번호"])

# ---------- review_data 이름 확인 + sweep 미검토 없음
for (k, name) in list(review_data.OVERRIDES) + list(review_data.REVIEWED):
    if name not in byname:
        err("review_data 제품명 없음 " + name)
    if k not in src:
        err("review_data 수요키 없음 " + k)
sw, _ = read(os.path.join(HERE, "sweep_candidates.csv"), ["내부키", "수요내용", "겹친말", "제품코드", "제품명", "상태"])
if any(r["상태"] != "검토함" for r in sw):
    err("sweep 미검토 후보 있음")

print("catalog %d products / %d enterprises / %d 분류; queries %d; qrels %d" % (len(cat), len(ents), nb, len(qs), len(qr)))
print("kinds", dict(kc))
if ERR:
    print("ERRORS (%d):" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("OK")
