# -*- coding: utf-8 -*-
"""형식·개수·코드·관련도2 존재·한영 왕복·초성·동의어/오타 부재·띄어쓰기·법정동 검사."""
import csv, os, re, sys
from collections import Counter, defaultdict
import kbd
from needs_data import NEEDS, NO_MATCH

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []


def err(m):
    ERR.append(m)


# 전주시 법정동 (구별)
WANSAN = ("중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가 "
          "전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동 "
          "서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가 "
          "평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동").split()
DEOKJIN = ("진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동 "
           "우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동 "
           "화전동 용정동 성덕동 원동 고랑동 여의동 만성동 남정동 도도동 강흥동 도덕동 동산동 장동").split()
DONG_GU = {d: "완산구" for d in WANSAN}
DONG_GU.update({d: "덕진구" for d in DEOKJIN})
BASE_DONGS = {re.sub(r"\d+가$", "", d) for d in DONG_GU}


def read(name, header):
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        err("없음: " + name)
        return []
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("BOM: " + name)
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    if rows[0] != header:
        err("헤더 다름: %s %s" % (name, rows[0]))
    for r in rows[1:]:
        if len(r) != len(header):
            err("열 개수: %s %s" % (name, r))
    return [dict(zip(header, r)) for r in rows[1:]]


cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
hyi = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
idmap = {r["내부키"]: r["수요번호"] for r in csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8"))}

# ---- catalog
codes = [r["제품코드"] for r in cat]
if len(set(codes)) != len(codes):
    err("제품코드 중복")
if not 280 <= len(cat) <= 320:
    err("제품 수 %d" % len(cat))
ents = {}
for r in cat:
    if not re.fullmatch(r"ZY\d{4}", r["제품코드"]):
        err("코드 형식 " + r["제품코드"])
    if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}:
        err("기업유형 " + r["기업유형"])
    if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
        err("사업자번호 " + r["사업자등록번호"])
    if not re.fullmatch(r"\d+", r["단가"]):
        err("단가 " + r["단가"])
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)", r["주소"])
    if not m:
        err("주소 형식 " + r["주소"])
    elif DONG_GU.get(m.group(3)) != m.group(1):
        err("법정동/구 불일치 " + r["주소"])
    ents.setdefault(r["기업명"], (r["기업유형"], r["사업자등록번호"], r["주소"]))
    if ents[r["기업명"]] != (r["기업유형"], r["사업자등록번호"], r["주소"]):
        err("기업 정보 불일치 " + r["기업명"])
if len({v[1] for v in ents.values()}) != len(ents):
    err("사업자번호 중복")
ncat = len({r["분류"] for r in cat})
print("catalog: %d products, %d enterprises, %d 분류" % (len(cat), len(ents), ncat))
blob = "\n".join(" ".join([r["기업명"], r["제품명"], r["분류"], r["규격"], r["설명"]]) for r in cat)
names_nospace = [re.sub(r"\s", "", r["제품명"] + r["규격"] + r["설명"]) for r in cat]

# ---- queries / kinds
ids = [r["수요번호"] for r in qs]
if ids != ["ZY-Q%03d" % i for i in range(1, 151)]:
    err("수요번호 순서/개수")
for r in qs:
    for c in ("수량", "예산"):
        if r[c] and not re.fullmatch(r"\d+", r[c]):
            err("%s 형식 %s" % (c, r))
kind_of = {r["수요번호"]: r["유형"] for r in kinds}
kc = Counter(kind_of.values())
VALID = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence", "category",
         "location", "multi_item", "no_match"]
for k in kc:
    if k not in VALID:
        err("유형 " + k)
for k in VALID[:-1]:
    if not 10 <= kc[k] <= 11:
        err("유형 개수 %s %d" % (k, kc[k]))
if kc["no_match"] != 30:
    err("no_match 개수")
if set(kind_of) != set(ids):
    err("query_kinds 와 queries 불일치")

# ---- qrels
codeset = set(codes)
by_q = defaultdict(list)
pairs = set()
for r in qrels:
    if r["제품코드"] not in codeset:
        err("없는 제품코드 " + str(r))
    if r["수요번호"] not in kind_of:
        err("없는 수요번호 " + str(r))
    if r["관련도"] not in ("1", "2"):
        err("관련도 " + str(r))
    if (r["수요번호"], r["제품코드"]) in pairs:
        err("중복 쌍 " + str(r))
    pairs.add((r["수요번호"], r["제품코드"]))
    k = kind_of.get(r["수요번호"])
    if k == "multi_item" and not r["품목"]:
        err("multi_item 품목 없음 " + str(r))
    if k != "multi_item" and r["품목"]:
        err("품목은 multi_item 만 " + str(r))
    by_q[r["수요번호"]].append(r)
for q, k in kind_of.items():
    rows = by_q.get(q, [])
    if k == "no_match":
        if rows:
            err("no_match 에 qrels " + q)
    elif not any(r["관련도"] == "2" for r in rows):
        err("관련도 2 없음 " + q)
for n in NEEDS:
    if n["kind"] == "multi_item":
        q = idmap[n["key"]]
        for it in n["items"]:
            if not any(r["품목"] == it["label"] and r["관련도"] == "2" for r in by_q[q]):
                err("multi 품목에 관련도 2 없음 %s %s" % (q, it["label"]))
            if it["label"] not in n["text"]:
                err("품목 표기가 수요에 없음 %s" % it["label"])

# ---- need-level checks
qtext = {r["수요번호"]: r["수요내용"] for r in qs}
hy_full = hy_mixed = 0
for n in NEEDS:
    q = idmap[n["key"]]
    if qtext[q] != n["text"]:
        err("수요내용 불일치 " + q)
    if n["kind"] == "hanyeong":
        t, want = n["text"], n["intended"]
        if re.search(r"[가-힣]", t):
            hy_mixed += 1
        else:
            hy_full += 1
        if kbd.keys_to_hangul(t) != want:
            err("한영 keys→한글 실패 %s %s→%s" % (q, t, kbd.keys_to_hangul(t)))
        back = "".join(kbd.hangul_to_keys(ch) if not re.fullmatch(r"[가-힣]", ch) else ch for ch in want)
        # Hangul→keys on the parts that were typed in English mode
        rebuilt = []
        for tw, ww in zip(t.split(" "), want.split(" ")):
            rebuilt.append(tw if re.search(r"[가-힣]", tw) else kbd.hangul_to_keys(ww))
        if " ".join(rebuilt) != t:
            err("한영 한글→keys 실패 %s" % q)
    if n["kind"] == "choseong":
        t, want = n["text"], n["intended"]
        for tw, ww in zip(t.split(" "), want.split(" ")):
            if re.fullmatch(r"[ㄱ-ㅎ]+", tw):
                if kbd.choseong(ww) != tw:
                    plain = str.maketrans("ㄲㄸㅃㅆㅉ", "ㄱㄷㅂㅅㅈ")
                    if kbd.choseong(ww).translate(plain) == tw:
                        print("  참고: %s 초성 %s 는 %s 의 된소리를 Shift 없이 친 것(%s)" % (q, tw, ww, kbd.choseong(ww)))
                    else:
                        err("초성 불일치 %s %s %s" % (q, tw, ww))
            elif tw != ww:
                err("초성 수요의 일반 단어 불일치 %s" % q)
        if not re.search(r"[ㄱ-ㅎ]{2,}", t):
            err("초성 없음 " + q)
    if n["kind"] in ("synonym", "typo"):
        if n["word"] not in n["text"]:
            err("word 가 수요에 없음 " + q)
        if n["word"] in blob or n["word"].replace(" ", "") in blob.replace(" ", ""):
            err("%s 단어가 카탈로그에 있음: %s" % (n["kind"], n["word"]))
    if n["kind"] == "spacing":
        form = n["text"]
        if form in blob:
            err("띄어쓰기 형태가 카탈로그에 그대로 있음: " + form)
        if not any(form.replace(" ", "") in s for s in names_nospace):
            err("띄어쓰기 뺀 형태가 카탈로그에 없음: " + form)
    if n["kind"] == "location":
        if n["dong"] not in BASE_DONGS:
            err("없는 법정동 " + n["dong"])
if (hy_full, hy_mixed) != (8, 3):
    err("한영 완전/혼합 개수 %d/%d" % (hy_full, hy_mixed))
if len(hyi) != 11:
    err("hanyeong_intended 행 수")
# ---- no_match detail
if len(nmd) != 30 or Counter(r["난이도"] for r in nmd) != Counter({"어려움": 20, "쉬움": 10}):
    err("no_match_detail 개수/난이도")
for r in nmd:
    if kind_of.get(r["수요번호"]) != "no_match":
        err("no_match_detail 수요번호 " + r["수요번호"])

print("kinds:", dict(kc))
print("qrels: %d rows (2: %d, 1: %d)" % (len(qrels), sum(r["관련도"] == "2" for r in qrels),
                                           sum(r["관련도"] == "1" for r in qrels)))
if ERR:
    print("오류 %d건" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("OK")
