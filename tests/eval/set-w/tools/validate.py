"""평가셋 검증. `python3 tools/validate.py` — 실패 항목이 있으면 종료 코드 1."""
import csv
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import kbd  # noqa: E402
import needs_data  # noqa: E402
from build_catalog import JEONJU_DONG, ALL_DONG_BASES, dong_base  # noqa: E402

PFX = "W"
ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    check(not raw.startswith(b"\xef\xbb\xbf"), "%s: BOM 있음" % name)
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    check(rows and rows[0] == header, "%s: 헤더 %r != %r" % (name, rows[0] if rows else None, header))
    return [dict(zip(header, r)) for r in rows[1:]]


KINDS = {"exact": 11, "synonym": 11, "typo": 11, "hanyeong": 11, "spacing": 11, "choseong": 11,
         "quantity": 11, "long_sentence": 11, "category": 11, "location": 11, "multi_item": 10, "no_match": 30}
ETYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}

# ---------------------------------------------------------------- catalog
cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
codes = [r["제품코드"] for r in cat]
check(len(codes) == len(set(codes)), "제품코드 중복")
check(270 <= len(cat) <= 310, "제품 수 %d (약 290 기대)" % len(cat))
ents = {r["기업명"] for r in cat}
check(58 <= len(ents) <= 72, "기업 수 %d (약 65 기대)" % len(ents))
cats = {r["분류"] for r in cat}
check(26 <= len(cats) <= 36, "분류 수 %d (약 30 기대)" % len(cats))
biz_by_ent = {}
for r in cat:
    check(re.fullmatch(PFX + r"\d{4}", r["제품코드"]) is not None, "제품코드 형식: " + r["제품코드"])
    check(re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]) is not None, "사업자번호 형식: " + r["사업자등록번호"])
    check(r["기업유형"] in ETYPES, "기업유형: " + r["기업유형"])
    check(re.fullmatch(r"\d+", r["단가"]) is not None, "단가 정수 아님: " + r["제품코드"])
    for k in ("제품명", "분류", "규격", "단위", "설명"):
        check(r[k].strip() != "", "%s 빈 칸: %s" % (k, r["제품코드"]))
    m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+ \d+(?:-\d+)?) \((\S+)\)", r["주소"])
    check(m is not None, "주소 형식: " + r["주소"])
    if m:
        check(m.group(3) in JEONJU_DONG[m.group(1)], "구-법정동 조합 아님: " + r["주소"])
    biz_by_ent.setdefault(r["기업명"], set()).add(r["사업자등록번호"])
check(all(len(v) == 1 for v in biz_by_ent.values()), "한 기업에 사업자번호 여러 개")
check(len({next(iter(v)) for v in biz_by_ent.values()}) == len(biz_by_ent), "기업 간 사업자번호 중복")
code_set = set(codes)
cat_by_code = {r["제품코드"]: r for r in cat}
cat_text = "\n".join(" ".join(r.values()) for r in cat)

# ---------------------------------------------------------------- queries / kinds
qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
kinds = read("query_kinds.csv", ["수요번호", "유형"])
ids = [q["수요번호"] for q in qs]
check(ids == ["%s-Q%03d" % (PFX, i) for i in range(1, 151)], "수요번호가 W-Q001..W-Q150 순서가 아님")
for q in qs:
    for k in ("수량", "예산"):
        check(q[k] == "" or re.fullmatch(r"\d+", q[k]) is not None, "%s %s 정수 아님" % (q["수요번호"], k))
    check(q["수요내용"].strip() != "", "빈 수요: " + q["수요번호"])
kind_of = {k["수요번호"]: k["유형"] for k in kinds}
check(set(kind_of) == set(ids), "query_kinds 수요번호 불일치")
cnt = Counter(kind_of.values())
for k, n in KINDS.items():
    check(cnt.get(k, 0) == n, "유형 %s: %d건 (기대 %d)" % (k, cnt.get(k, 0), n))
check(set(cnt) <= set(KINDS), "알 수 없는 유형: %s" % (set(cnt) - set(KINDS)))
# 섞였는지: 같은 유형이 번호상 길게 몰려 있지 않아야 함
runs, prev, best = 1, None, 1
for i in ids:
    runs = runs + 1 if kind_of[i] == prev else 1
    prev = kind_of[i]
    best = max(best, runs)
check(best <= 5, "같은 유형이 %d건 연속 — 섞기 확인" % best)

# 내부키 대응 & 수요 문장 일치
idmap = {r["수요번호"]: r["내부키"] for r in read(os.path.join("tools", "id_map.csv"), ["수요번호", "내부키"])}
need_by_key = {n["key"]: n for n in needs_data.NEEDS}
text_by_id = {q["수요번호"]: q["수요내용"] for q in qs}
for qid, key in idmap.items():
    if key in need_by_key:
        n = need_by_key[key]
        check(text_by_id[qid] == n["text"], "수요 문장 불일치 " + qid)
        check(kind_of[qid] == n["kind"], "유형 불일치 " + qid)
        qrow = next(q for q in qs if q["수요번호"] == qid)
        check(qrow["수량"] == ("" if n.get("qty") is None else str(n["qty"])), "수량 불일치 " + qid)
        check(qrow["예산"] == ("" if n.get("budget") is None else str(n["budget"])), "예산 불일치 " + qid)
    else:
        check(kind_of[qid] == "no_match", "내부키 없는 매칭 수요 " + qid)

# ---------------------------------------------------------------- qrels
qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
seen = set()
g2 = Counter()
for r in qrels:
    qid = r["수요번호"]
    check(qid in kind_of, "qrels 수요번호 없음: " + qid)
    check(kind_of.get(qid) != "no_match", "no_match 수요에 qrels: " + qid)
    check(r["제품코드"] in code_set, "qrels 제품코드 없음: " + r["제품코드"])
    check(r["관련도"] in ("1", "2"), "관련도 값: %r" % r["관련도"])
    check((qid, r["제품코드"]) not in seen, "qrels 중복: %s %s" % (qid, r["제품코드"]))
    seen.add((qid, r["제품코드"]))
    if kind_of.get(qid) == "multi_item":
        check(r["품목"] != "", "multi_item 품목 비어 있음: %s %s" % (qid, r["제품코드"]))
        n = need_by_key[idmap[qid]]
        check(r["품목"] in [it["text"] for it in n["items"]], "품목이 수요에 적힌 말이 아님: %s %r" % (qid, r["품목"]))
        check(r["품목"] in n["text"], "품목이 수요 문장에 없음: %s %r" % (qid, r["품목"]))
    else:
        check(r["품목"] == "", "multi_item 외 품목 칸 채움: %s" % qid)
    if r["관련도"] == "2":
        g2[qid] += 1
for qid, k in kind_of.items():
    if k != "no_match":
        check(g2[qid] >= 1, "관련도 2 제품 없음: %s (%s)" % (qid, k))
# multi_item: 품목마다 관련도 2 제품이 하나 이상
for qid, k in kind_of.items():
    if k == "multi_item":
        n = need_by_key[idmap[qid]]
        for it in n["items"]:
            check(any(r["수요번호"] == qid and r["품목"] == it["text"] and r["관련도"] == "2" for r in qrels),
                  "multi_item 품목에 관련도 2 없음: %s %s" % (qid, it["text"]))

# ---------------------------------------------------------------- no_match_detail
nm = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
check(len(nm) == 30, "no_match_detail %d행" % len(nm))
check(Counter(r["난이도"] for r in nm) == Counter({"hard": 20, "easy": 10}), "난이도 분포가 hard 20 / easy 10 아님")
for r in nm:
    check(kind_of.get(r["수요번호"]) == "no_match", "no_match_detail 수요번호 유형 불일치: " + r["수요번호"])
    check(r["해당 없음 이유"].strip() != "", "이유 비어 있음: " + r["수요번호"])
    if r["난이도"] == "hard":
        check(r["겹치는 말"].strip() != "", "hard 인데 겹치는 말 없음: " + r["수요번호"])

# ---------------------------------------------------------------- 한영
kbd._selftest()
hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
check(len(hy) == 11, "hanyeong_intended %d행" % len(hy))
whole = mixed = 0
for r in hy:
    check(kind_of.get(r["수요번호"]) == "hanyeong", "hanyeong 유형 아님: " + r["수요번호"])
    check(text_by_id.get(r["수요번호"]) == r["입력"], "입력이 수요내용과 다름: " + r["수요번호"])
    check(kbd.convert_latin_runs(r["입력"]) == r["의도한 한글"],
          "한영 변환 불일치 %s: %s → %s" % (r["수요번호"], r["입력"], kbd.convert_latin_runs(r["입력"])))
    # 왕복: 영문 구간을 한글로 바꾼 뒤 다시 키로 바꾸면 원래 입력
    rt = " ".join(kbd.to_keys(w) if re.search(r"[A-Za-z]", orig) else w
                 for w, orig in zip(r["의도한 한글"].split(" "), r["입력"].split(" ")))
    check(rt == r["입력"], "왕복 불일치 %s: %s" % (r["수요번호"], rt))
    if re.search(r"[가-힣]", r["입력"]):
        mixed += 1
    else:
        whole += 1
check((whole, mixed) == (8, 3), "한영 통째/섞임 = %d/%d (기대 8/3)" % (whole, mixed))

# ---------------------------------------------------------------- 초성
for n in needs_data.NEEDS:
    if n["kind"] != "choseong":
        continue
    check(re.search(r"[ㄱ-ㅎ]", n["text"]) is not None, "초성 없음: " + n["key"])
    for tok, word in n["cho"]:
        check(re.fullmatch(r"[ㄱ-ㅎ]+", tok) is not None, "초성열에 초성 아닌 글자: %r" % tok)
        check(kbd.choseong(word) == tok, "초성 불일치 %s: %s ≠ choseong(%s)=%s" % (n["key"], tok, word, kbd.choseong(word)))
        check(tok in n["text"].split(), "초성열이 수요 문장에 없음: %s %s" % (n["key"], tok))
    # 문장 안 모든 초성 토큰이 설명되어 있는지
    for tok in re.findall(r"[ㄱ-ㅎ]+", n["text"]):
        check(tok in dict(n["cho"]), "설명 안 된 초성 토큰 %s %s" % (n["key"], tok))

# ---------------------------------------------------------------- 동의어·오타·띄어쓰기 말이 카탈로그에 없음
low = cat_text.lower()
for n in needs_data.NEEDS:
    if n["kind"] in ("synonym", "typo"):
        check(n["term"] in n["text"], "term 이 수요 문장에 없음: " + n["key"])
        check(n["term"].lower() not in low, "카탈로그에 %s 단어 있음: %s" % (n["kind"], n["term"]))
    if n["kind"] == "spacing":
        check(n["form"] == n["text"] or n["form"] in n["text"], "form 불일치: " + n["key"])
        check(n["form"] not in cat_text, "카탈로그에 띄어쓰기 형태가 그대로 있음: " + n["form"])

# ---------------------------------------------------------------- 위치
for n in needs_data.NEEDS:
    if n["kind"] != "location":
        continue
    check(n["dong"] in ALL_DONG_BASES, "전주에 없는 동: " + n["dong"])
    check(n["text"].startswith(n["dong"]), "수요 문장이 동 이름으로 시작하지 않음: " + n["key"])
    check(n["shop"] in n["text"], "가게 말이 수요에 없음: " + n["key"])
qid_by_key = {v: k for k, v in idmap.items()}
for n in needs_data.NEEDS:
    if n["kind"] != "location":
        continue
    qid = qid_by_key[n["key"]]
    for r in qrels:
        if r["수요번호"] != qid:
            continue
        d = re.search(r"\((\S+)\)$", cat_by_code[r["제품코드"]]["주소"]).group(1)
        same = dong_base(d) == n["dong"]
        check((r["관련도"] == "2") == same, "위치 등급 규칙 위반 %s %s %s" % (qid, r["제품코드"], d))

# ---------------------------------------------------------------- 스윕
rep = open(os.path.join(HERE, "sweep_report.txt"), encoding="utf-8").read()
check("UNREVIEWED 0" in rep, "sweep_report 에 검토 안 된 후보가 있음")

for f in ["needs_data.py", "catalog_data.py", "build_catalog.py", "build_queries.py", "validate.py", "kbd.py",
          "sweep_report.txt"]:
    check(os.path.exists(os.path.join(HERE, f)), "tools/%s 없음" % f)
check(os.path.exists(os.path.join(OUT, "README.md")), "README.md 없음")

if ERR:
    print("FAIL (%d)" % len(ERR))
    for e in ERR[:80]:
        print(" -", e)
    sys.exit(1)
print("OK: catalog %d products / %d enterprises / %d categories; %d needs; %d qrels rows; kinds %s"
      % (len(cat), len(ents), len(cats), len(qs), len(qrels), dict(cnt)))
