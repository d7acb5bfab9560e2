# -*- coding: utf-8 -*-
"""set-j 검증 스크립트. 문제가 없으면 OK 를 출력한다."""
import csv, os, re, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kbd import en2ko, choseong
from build_catalog import DONG_GU

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ERR = []
def err(m): ERR.append(m)

def load(name, header):
    p = os.path.join(BASE, name)
    raw = open(p, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): err(name + ": BOM 있음")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    if rows[0] != header: err("%s: 헤더 %r" % (name, rows[0]))
    return [dict(zip(header, r)) for r in rows[1:]]

# ---------- catalog
COLS = ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"]
cat = load("catalog.csv", COLS)
if not 260 <= len(cat) <= 320: err("제품 수 %d" % len(cat))
for i, r in enumerate(cat, 1):
    if r["제품코드"] != "J%04d" % i: err("코드 순서 " + r["제품코드"])
    if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합", "사회적협동조합"}: err("유형 " + r["기업유형"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]): err("사업자번호 " + r["사업자등록번호"])
    if not re.fullmatch(r"\d+", r["단가"]): err("단가 " + r["제품코드"])
    if r["단위"] not in set("개 세트 회 식 건 kg 박스 명 시간 평 ㎡ 대 포 롤 톤 그루 쪽 매 부".split()): err("단위 " + r["단위"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+ \((\S+)\)", r["주소"])
    if not m: err("주소 형식 " + r["주소"])
    elif DONG_GU.get(m.group(2)) != m.group(1): err("동-구 불일치 " + r["주소"])
    if not r["제품명"].strip(): err("제품명 빈칸 " + r["제품코드"])
    if not r["설명"].strip(): err("설명 빈칸 " + r["제품코드"])
ents = defaultdict(set)
for r in cat: ents[r["기업명"]].add((r["기업유형"], r["사업자등록번호"], r["주소"]))
if not 50 <= len(ents) <= 65: err("기업 수 %d" % len(ents))
for k, v in ents.items():
    if len(v) != 1: err("기업 정보 불일치 " + k)
brns = Counter(next(iter(v))[1] for v in ents.values())
if any(c > 1 for c in brns.values()): err("사업자번호 중복")
ncat = len({r["분류"] for r in cat})
if not 18 <= ncat <= 25: err("분류 수 %d" % ncat)
dong_ents = Counter(re.search(r"\((\S+)\)$", next(iter(v))[2]).group(1) for v in ents.values())
if sum(1 for c in dong_ents.values() if c >= 2) < 5: err("같은 동 여러 기업이 적음")
names = Counter(r["제품명"] for r in cat)
if any(c > 1 for c in names.values()): err("제품명 중복 %r" % [n for n, c in names.items() if c > 1])
codes = {r["제품코드"]: r for r in cat}
CTEXT = " ".join(" ".join(r.values()) for r in cat).lower()

# ---------- queries / kinds
qs = load("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = load("query_kinds.csv", ["수요번호", "유형"])
if [q["수요번호"] for q in qs] != ["J-Q%03d" % i for i in range(1, 151)]: err("수요번호 목록")
for q in qs:
    for c in ("수량", "예산"):
        if q[c] and not re.fullmatch(r"\d+", q[c]): err("%s %s %r" % (q["수요번호"], c, q[c]))
    if not q["수요내용"].strip(): err("빈 수요 " + q["수요번호"])
if len({q["수요내용"] for q in qs}) != len(qs): err("수요내용 중복")
KIND = {k["수요번호"]: k["유형"] for k in kinds}
WANT = dict(no_match=30, exact=11, synonym=11, typo=11, hanyeong=11, spacing=11, choseong=11, quantity=11,
            long_sentence=11, category=11, location=11, multi_item=10)
if Counter(KIND.values()) != Counter(WANT): err("유형 개수 %r" % Counter(KIND.values()))
if set(KIND) != {q["수요번호"] for q in qs}: err("유형 파일 id 불일치")
QTEXT = {q["수요번호"]: q["수요내용"] for q in qs}

# ---------- qrels
qr = load("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
seen = set(); by = defaultdict(list)
for r in qr:
    key = (r["수요번호"], r["제품코드"])
    if key in seen: err("중복 정답 %r" % (key,))
    seen.add(key)
    if r["수요번호"] not in KIND: err("없는 수요 " + r["수요번호"])
    if r["제품코드"] not in codes: err("없는 코드 " + r["제품코드"])
    if r["관련도"] not in ("1", "2"): err("관련도 %r" % r["관련도"])
    multi = KIND.get(r["수요번호"]) == "multi_item" and r["관련도"] == "2"
    if multi and not r["품목"]: err("multi_item 품목 빈칸 %r" % (key,))
    if not multi and r["품목"]: err("품목은 multi_item 2등급에만 %r" % (key,))
    by[r["수요번호"]].append(r)
for qid, k in KIND.items():
    rows = by.get(qid, [])
    if k == "no_match":
        if rows: err("no_match 인데 정답 있음 " + qid)
    elif not any(r["관련도"] == "2" for r in rows): err("2등급 정답 없음 " + qid)
    if k == "multi_item" and len({r["품목"] for r in rows if r["관련도"] == "2"}) < 2: err("품목 2개 미만 " + qid)

# ---------- no_match detail
nmd = load("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
if {r["수요번호"] for r in nmd} != {q for q, k in KIND.items() if k == "no_match"}: err("no_match_detail id 불일치")
if Counter(r["난이도"] for r in nmd) != Counter(hard=20, easy=10): err("난이도 개수")
for r in nmd:
    if r["난이도"] == "hard":
        w = r["겹치는 말"]
        if not w or w.lower() not in CTEXT or w not in QTEXT[r["수요번호"]]: err("hard 겹치는 말 확인 실패 %s %s" % (r["수요번호"], w))
    if not r["해당 없음 이유"]: err("이유 빈칸 " + r["수요번호"])

# ---------- hanyeong
hy = load("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
if {r["수요번호"] for r in hy} != {q for q, k in KIND.items() if k == "hanyeong"}: err("hanyeong id 불일치")
for r in hy:
    if r["입력"] != QTEXT[r["수요번호"]]: err("hanyeong 입력≠수요내용 " + r["수요번호"])
    if not re.search(r"[A-Za-z]", r["입력"]): err("hanyeong 영문 없음 " + r["수요번호"])
    if en2ko(r["입력"]) != r["의도한 한글"]: err("hanyeong 역변환 실패 %s %s -> %s" % (r["수요번호"], r["입력"], en2ko(r["입력"])))

# ---------- choseong
ch = load("tools/choseong_intended.csv", ["수요번호", "초성", "의도한 말"])
if {r["수요번호"] for r in ch} != {q for q, k in KIND.items() if k == "choseong"}: err("choseong id 불일치")
for r in ch:
    t, w = r["초성"], r["의도한 말"]
    if not re.fullmatch(r"[ㄱ-ㅎ]+", t): err("초성 형식 " + t)
    if t not in QTEXT[r["수요번호"]]: err("초성이 수요에 없음 " + r["수요번호"])
    if choseong(w) != t: err("초성 불일치 %s %s %s" % (r["수요번호"], t, choseong(w)))
    if w.lower() not in CTEXT: err("의도한 말이 카탈로그에 없음 " + w)

# ---------- synonym / typo words
vw = load("tools/variant_words.csv", ["수요번호", "유형", "입력 단어", "카탈로그 쪽 말"])
if {r["수요번호"] for r in vw} != {q for q, k in KIND.items() if k in ("synonym", "typo")}: err("variant id 불일치")
for r in vw:
    w, s = r["입력 단어"], r["카탈로그 쪽 말"]
    if KIND[r["수요번호"]] != r["유형"]: err("variant 유형 " + r["수요번호"])
    if w not in QTEXT[r["수요번호"]]: err("단어가 수요에 없음 %s %s" % (r["수요번호"], w))
    if w.lower() in CTEXT: err("동의어/오타 단어가 카탈로그에 있음 %s %s" % (r["수요번호"], w))
    if s.lower() not in CTEXT: err("카탈로그 쪽 말 없음 " + s)

# ---------- location
lo = load("tools/location_intended.csv", ["수요번호", "동", "업종"])
if {r["수요번호"] for r in lo} != {q for q, k in KIND.items() if k == "location"}: err("location id 불일치")
for r in lo:
    if r["동"] not in QTEXT[r["수요번호"]]: err("동 이름이 수요에 없음 " + r["수요번호"])
    for g in by[r["수요번호"]]:
        d = re.search(r"\((\S+)\)$", codes[g["제품코드"]]["주소"]).group(1)
        same = re.fullmatch(re.escape(r["동"]) + r"(\d가)?", d) is not None
        if g["관련도"] == "2" and not same: err("location 2등급이 다른 동 %s %s" % (r["수요번호"], g["제품코드"]))
        if g["관련도"] == "1" and same: err("location 1등급이 같은 동 %s %s" % (r["수요번호"], g["제품코드"]))

for f in ("README.md",):
    if not os.path.exists(os.path.join(BASE, f)): err(f + " 없음")

if ERR:
    print("\n".join(ERR)); print("FAIL", len(ERR)); sys.exit(1)
print("catalog %d products / %d enterprises / %d categories; needs %d; qrels %d rows" % (len(cat), len(ents), ncat, len(qs), len(qr)))
print(dict(Counter(KIND.values())))
print("OK")
