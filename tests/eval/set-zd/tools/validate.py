"""평가 세트 검증. 실행: python3 tools/validate.py  (실패하면 종료코드 1)"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import kbd  # noqa: E402
from needs_data import NEEDS, DONG  # noqa: E402

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    raw = open(path, "rb").read()
    check(not raw.startswith(b"\xef\xbb\xbf"), name + ": BOM 있음")
    raw.decode("utf-8")
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    check(rows[0] == header, "%s: 헤더 %r" % (name, rows[0]))
    for r in rows[1:]:
        check(len(r) == len(header), "%s: 칸 수 틀림 %r" % (name, r))
    return [dict(zip(header, r)) for r in rows[1:]]


KINDS = {"exact": 11, "synonym": 11, "typo": 11, "hanyeong": 11, "spacing": 11, "choseong": 11, "quantity": 11,
         "long_sentence": 11, "category": 11, "location": 11, "multi_item": 10, "no_match": 30}

# ---------------------------------------------------------------- catalog
cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위",
                           "설명", "주소"])
codes = [r["제품코드"] for r in cat]
check(len(codes) == len(set(codes)), "제품코드 중복")
check(all(re.fullmatch(r"ZD\d{4}", c) for c in codes), "제품코드 형식")
check(270 <= len(cat) <= 310, "제품 수 %d" % len(cat))
ents = {r["기업명"] for r in cat}
check(60 <= len(ents) <= 70, "기업 수 %d" % len(ents))
cats = {r["분류"] for r in cat}
check(26 <= len(cats) <= 34, "분류 수 %d" % len(cats))
ADDR = re.compile(r"전북특별자치도 전주시 (완산구|덕진구) \S+(?: \S+)? \d+(?:-\d+)?(?:, [^()]+)? \(([^()]+)\)")
ent_info = {}
for r in cat:
    check(r["기업유형"] in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}, "기업유형 " + r["기업유형"])
    check(re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]) is not None, "사업자번호 " + r["사업자등록번호"])
    check(re.fullmatch(r"\d+", r["단가"]) is not None, "단가 정수 아님 " + r["제품코드"])
    m = ADDR.fullmatch(r["주소"])
    check(m is not None, "주소 형식 " + r["주소"])
    if m:
        check(m.group(2) in DONG[m.group(1)], "구-법정동 조합 " + r["주소"])
    info = (r["기업유형"], r["사업자등록번호"], r["주소"])
    check(ent_info.setdefault(r["기업명"], info) == info, "기업 정보 불일치 " + r["기업명"])
check(len({v[1] for v in ent_info.values()}) == len(ent_info), "사업자번호 중복")
cat_text = "\n".join(" ".join(r.values()) for r in cat)
cat_text_l = cat_text.lower()

# ---------------------------------------------------------------- queries / kinds
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
check([q["수요번호"] for q in qs] == ["ZD-Q%03d" % i for i in range(1, 151)], "수요번호 순서/개수")
check([k["수요번호"] for k in kinds] == [q["수요번호"] for q in qs], "query_kinds 번호 불일치")
for q in qs:
    for f in ("수량", "예산"):
        check(q[f] == "" or re.fullmatch(r"\d+", q[f]) is not None, "%s %s 정수 아님" % (q["수요번호"], f))
kind_of = {k["수요번호"]: k["유형"] for k in kinds}
check(Counter(kind_of.values()) == Counter(KINDS), "유형별 개수 %r" % Counter(kind_of.values()))
text_of = {q["수요번호"]: q["수요내용"] for q in qs}
need_by_text = {n["text"]: n for n in NEEDS}
for qid, k in kind_of.items():
    if k != "no_match":
        n = need_by_text.get(text_of[qid])
        check(n is not None and n["kind"] == k, "수요 문장이 needs_data 와 다름: " + qid)
# 섞였는지: 앞 30개에 유형이 5가지 이상
check(len(set(kind_of["ZD-Q%03d" % i] for i in range(1, 31))) >= 5, "섞이지 않은 것 같음")

# ---------------------------------------------------------------- qrels
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
by_q = defaultdict(list)
seen = set()
for r in qrels:
    check(r["수요번호"] in kind_of, "qrels 수요번호 없음 " + r["수요번호"])
    check(r["제품코드"] in set(codes), "qrels 제품코드 없음 " + r["제품코드"])
    check(r["관련도"] in {"1", "2"}, "관련도 값 " + r["관련도"])
    check((r["수요번호"], r["제품코드"]) not in seen, "qrels 중복 %s %s" % (r["수요번호"], r["제품코드"]))
    seen.add((r["수요번호"], r["제품코드"]))
    by_q[r["수요번호"]].append(r)
    k = kind_of.get(r["수요번호"])
    if k == "multi_item":
        check(r["품목"] != "" and r["품목"] in text_of[r["수요번호"]], "multi 품목 %r" % r["품목"])
    else:
        check(r["품목"] == "", "multi 가 아닌데 품목 있음 " + r["수요번호"])
for qid, k in kind_of.items():
    if k == "no_match":
        check(qid not in by_q, "no_match 에 qrels 있음 " + qid)
    else:
        check(any(r["관련도"] == "2" for r in by_q[qid]), "관련도 2 제품 없음 %s %s" % (qid, text_of[qid]))
    if k == "multi_item":
        n = need_by_text[text_of[qid]]
        for item in n["want"]:
            check(any(r["품목"] == item and r["관련도"] == "2" for r in by_q[qid]),
                  "multi 품목별 관련도 2 없음 %s %s" % (qid, item))

# ---------------------------------------------------------------- no_match_detail
nm = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
check(sorted(r["수요번호"] for r in nm) == sorted(q for q, k in kind_of.items() if k == "no_match"), "no_match_detail 번호")
check(Counter(r["난이도"] for r in nm) == Counter({"hard": 20, "easy": 10}), "난이도 개수")
for r in nm:
    check(r["해당 없음 이유"] != "", "이유 빈칸 " + r["수요번호"])
    if r["난이도"] == "hard":
        check(r["겹치는 말"] != "", "hard 인데 겹치는 말 없음 " + r["수요번호"])

# ---------------------------------------------------------------- 한영
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
check(sorted(r["수요번호"] for r in hy) == sorted(q for q, k in kind_of.items() if k == "hanyeong"), "한영 번호")
whole = mixed = 0
for r in hy:
    check(r["입력"] == text_of[r["수요번호"]], "한영 입력이 queries 와 다름")
    check(kbd.convert_mixed(r["입력"]) == r["의도한 한글"], "한영 변환 불일치 %r" % r["입력"])
    if re.search("[가-힣]", r["입력"]):
        mixed += 1
        for kor_part, eng_part in zip(r["의도한 한글"].split(), r["입력"].split()):
            if re.fullmatch("[A-Za-z]+", eng_part):
                check(kbd.hangul_to_keys(kor_part) == eng_part, "한영 왕복 %r" % eng_part)
    else:
        whole += 1
        check(kbd.hangul_to_keys(r["의도한 한글"]) == r["입력"], "한영 왕복 %r" % r["입력"])
    n = need_by_text[r["입력"]]
    check(n["extra"]["intended"] == r["의도한 한글"], "의도한 한글이 needs_data 와 다름")
check((whole, mixed) == (8, 3), "한영 영문 %d / 혼합 %d" % (whole, mixed))
for t in ["복사용지", "값이", "국수", "닭알", "뷁", "의자", "괜찮아요", "읽기", "앉아", "쌍꺼풀", "훠궈"]:
    check(kbd.keys_to_hangul(kbd.hangul_to_keys(t)) == t, "오토마타 왕복 실패 " + t)

# ---------------------------------------------------------------- 초성
JAMO = set("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
for n in NEEDS:
    if n["kind"] != "choseong":
        continue
    q, it = n["text"], n["extra"]["intended"]
    ok = len(q) == len(it) and any(c in JAMO for c in q)
    for a, b in zip(q, it):
        if a in JAMO:
            ok = ok and kbd.choseong(b) == a
        else:
            ok = ok and a == b
    check(ok, "초성 불일치 %r / %r" % (q, it))

# ---------------------------------------------------------------- 동의어·오타·띄어쓰기 단어가 카탈로그에 없음
for n in NEEDS:
    if n["kind"] in ("synonym", "typo", "spacing"):
        absent = n["extra"].get("absent", [])
        check(absent, "absent 목록 없음 " + n["text"])
        for a in absent:
            check(a.lower() not in cat_text_l, "카탈로그에 있으면 안 되는 말 %r (%s)" % (a, n["text"]))
        if n["kind"] in ("synonym", "typo"):
            check(n["text"].lower() not in cat_text_l, "수요 문장 그대로 카탈로그에 있음 " + n["text"])

# ---------------------------------------------------------------- 위치
ALL_DONG = [d for v in DONG.values() for d in v]
for n in NEEDS:
    if n["kind"] != "location":
        continue
    dong, shop = n["extra"]["loc"]
    check(n["text"].startswith(dong), "위치 문장에 동 없음 " + n["text"])
    check(any(d == dong or re.fullmatch(re.escape(dong) + r"\d가", d) for d in ALL_DONG), "없는 동 " + dong)
    check(any(("(%s" % dong) in r["주소"] for r in cat), "그 동에 카탈로그 업체 없음 " + dong)

if ERR:
    print("FAIL (%d)" % len(ERR))
    for e in ERR[:60]:
        print(" -", e)
    sys.exit(1)
print("OK: %d products, %d enterprises, %d categories, %d needs, %d qrels rows" %
      (len(cat), len(ents), len(cats), len(qs), len(qrels)))
print("kinds:", dict(Counter(kind_of.values())))
print("grades:", dict(Counter(r["관련도"] for r in qrels)))
