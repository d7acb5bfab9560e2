# -*- coding: utf-8 -*-
"""평가 세트 검사. python3 tools/validate.py  (실패하면 종료코드 1)

검사 항목: 파일 형식(UTF-8, BOM 없음, 헤더), 건수, 코드 존재, 매칭 수요마다 관련도 2 제품 존재,
한영 왕복 변환, 초성 정확성, 동의어·오타 단어의 카탈로그 부재, 띄어쓰기 수요의 형태,
위치 수요의 동 이름, 카탈로그 주소의 구-법정동 짝, 사업자등록번호 형식.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import kbd  # noqa: E402

PFX = "V"
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence",
         "category", "location", "multi_item", "no_match"]
EXPECTED_KIND_COUNT = {k: 11 for k in KINDS}
EXPECTED_KIND_COUNT["multi_item"] = 10
EXPECTED_KIND_COUNT["no_match"] = 30

# 전주시 법정동 (행정동이 아닌 법정동)
JEONJU_DONG = {
    "완산구": set("""중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가
        풍남동3가 전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동
        서노송동 동완산동 서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동
        평화동1가 평화동2가 평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가
        대성동 색장동 상림동""".split()),
    "덕진구": set("""진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가
        산정동 금상동 우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가
        송천동2가 반월동 화전동 용정동 성덕동 원동 고랑동 여의동 만성동 장동 중동 도도동 강흥동 도덕동 남정동
        월평동 동산동 쌍정동""".split()),
}
ALL_DONG = JEONJU_DONG["완산구"] | JEONJU_DONG["덕진구"]

errors = []


def err(msg):
    errors.append(msg)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: BOM 있음" % name)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        err("%s: UTF-8 아님" % name)
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.reader(f)
        h = next(r)
        if h != header:
            err("%s: 헤더 %r != %r" % (name, h, header))
        rows = [dict(zip(h, row)) for row in r]
        for i, row in enumerate(rows):
            if len(row) != len(header):
                err("%s: %d행 칸 수 다름" % (name, i + 2))
    return rows


def is_jamo(ch):
    return "\u3131" <= ch <= "\u314e"


def main():
    cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가",
                               "단위", "설명", "주소"])
    queries = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
    kinds = read("query_kinds.csv", ["수요번호", "유형"])
    qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
    nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])

    # ---------------------------------------------------------- catalog
    codes = [r["제품코드"] for r in cat]
    if len(set(codes)) != len(codes):
        err("제품코드 중복")
    for i, c in enumerate(codes, 1):
        if c != "%s%04d" % (PFX, i):
            err("제품코드 순서/형식 오류: %s" % c)
            break
    if not 270 <= len(cat) <= 310:
        err("제품 수 %d (약 290 기대)" % len(cat))
    ents = {r["기업명"] for r in cat}
    if not 60 <= len(ents) <= 70:
        err("기업 수 %d (약 65 기대)" % len(ents))
    cats = {r["분류"] for r in cat}
    if not 25 <= len(cats) <= 35:
        err("분류 수 %d (약 30 기대)" % len(cats))
    biz_by_ent = defaultdict(set)
    addr_re = re.compile(r"^전북특별자치도 전주시 (완산구|덕진구) [^()]+ \(([^()]+)\)$")
    for r in cat:
        if r["기업유형"] not in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"):
            err("기업유형 이상: %s" % r["기업유형"])
        if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
            err("사업자등록번호 형식: %s" % r["사업자등록번호"])
        biz_by_ent[r["기업명"]].add(r["사업자등록번호"])
        if not re.fullmatch(r"\d+", r["단가"]):
            err("단가 정수 아님: %s %s" % (r["제품코드"], r["단가"]))
        m = addr_re.match(r["주소"])
        if not m:
            err("주소 형식: %s" % r["주소"])
        elif m.group(2) not in JEONJU_DONG[m.group(1)]:
            err("구-법정동 짝 아님: %s" % r["주소"])
    for e, s in biz_by_ent.items():
        if len(s) != 1:
            err("기업 %s 사업자번호가 여러 개" % e)
    bizs = [next(iter(s)) for s in biz_by_ent.values()]
    if len(set(bizs)) != len(bizs):
        err("서로 다른 기업이 같은 사업자번호")
    cat_by_code = {r["제품코드"]: r for r in cat}
    cat_text = "\n".join(" ".join(r[c] for c in ("기업명", "제품명", "분류", "규격", "설명", "주소")) for r in cat)
    cat_ns = cat_text.replace(" ", "")

    # ---------------------------------------------------------- queries / kinds
    qids = [r["수요번호"] for r in queries]
    if qids != ["%s-Q%03d" % (PFX, i) for i in range(1, 151)]:
        err("수요번호가 %s-Q001..Q150 이 아님" % PFX)
    kind_of = {r["수요번호"]: r["유형"] for r in kinds}
    if set(kind_of) != set(qids):
        err("query_kinds 와 queries 의 번호가 다름")
    kc = Counter(kind_of.values())
    for k, n in EXPECTED_KIND_COUNT.items():
        if kc.get(k, 0) != n:
            err("유형 %s: %d건 (기대 %d)" % (k, kc.get(k, 0), n))
    for k in kc:
        if k not in KINDS:
            err("모르는 유형 %s" % k)
    text_of = {r["수요번호"]: r["수요내용"] for r in queries}
    for r in queries:
        for c in ("수량", "예산"):
            if r[c] and not re.fullmatch(r"\d+", r[c]):
                err("%s %s 가 정수 아님: %s" % (r["수요번호"], c, r[c]))
        if not r["수요내용"].strip():
            err("빈 수요내용 %s" % r["수요번호"])
    # 유형이 순서대로 몰려 있지 않은지(섞였는지) 가볍게 확인
    seq = [kind_of[q] for q in qids]
    runs = sum(1 for a, b in zip(seq, seq[1:]) if a == b)
    if runs > 40:
        err("유형이 섞이지 않은 것 같음 (연속 같은 유형 %d)" % runs)

    # ---------------------------------------------------------- qrels
    seen = set()
    grade2 = Counter()
    for r in qrels:
        q, c = r["수요번호"], r["제품코드"]
        if q not in kind_of:
            err("qrels 에 없는 수요번호 %s" % q)
            continue
        if c not in cat_by_code:
            err("qrels 에 없는 제품코드 %s" % c)
        if (q, c) in seen:
            err("qrels 중복 %s %s" % (q, c))
        seen.add((q, c))
        if r["관련도"] not in ("1", "2"):
            err("관련도 값 이상 %s %s %s" % (q, c, r["관련도"]))
        if kind_of[q] == "no_match":
            err("no_match 수요에 qrels 행 %s" % q)
        if kind_of[q] == "multi_item":
            if not r["품목"] or r["품목"] not in text_of[q]:
                err("multi_item 품목 칸 오류 %s %s '%s'" % (q, c, r["품목"]))
        elif r["품목"]:
            err("multi_item 이 아닌데 품목 칸 %s %s" % (q, c))
        if r["관련도"] == "2":
            grade2[q] += 1
    for q, k in kind_of.items():
        if k != "no_match" and grade2[q] == 0:
            err("관련도 2 제품이 없는 매칭 수요 %s (%s) %s" % (q, k, text_of[q]))
    # multi_item: 품목마다 관련도 2 가 하나 이상
    import needs_data  # noqa: E402
    key_by_text = {n["text"]: n for n in needs_data.NEEDS}
    for q, k in kind_of.items():
        if k == "multi_item":
            n = key_by_text[text_of[q]]
            got = {r["품목"] for r in qrels if r["수요번호"] == q and r["관련도"] == "2"}
            for it in n["items"]:
                if it["label"] not in got:
                    err("multi_item %s 품목 '%s' 에 관련도 2 없음" % (q, it["label"]))

    # ---------------------------------------------------------- no_match detail
    nm_ids = [q for q, k in kind_of.items() if k == "no_match"]
    if sorted(r["수요번호"] for r in nmd) != sorted(nm_ids):
        err("no_match_detail 번호가 no_match 수요와 다름")
    lv = Counter(r["난이도"] for r in nmd)
    if lv != Counter({"hard": 20, "easy": 10}):
        err("no_match 난이도 분포 %s" % dict(lv))
    for r in nmd:
        if not r["해당 없음 이유"]:
            err("no_match 이유 없음 %s" % r["수요번호"])
        if r["난이도"] == "hard" and not r["겹치는 말"]:
            err("hard no_match 에 겹치는 말 없음 %s" % r["수요번호"])
        if r["난이도"] == "easy":
            for tok in text_of[r["수요번호"]].split():
                if tok in cat_text:
                    err("easy no_match 의 말 '%s' 이 카탈로그에 있음 (%s)" % (tok, r["수요번호"]))

    # ---------------------------------------------------------- hanyeong
    hy_ids = sorted(q for q, k in kind_of.items() if k == "hanyeong")
    if sorted(r["수요번호"] for r in hy) != hy_ids:
        err("hanyeong_intended 번호가 hanyeong 수요와 다름")
    whole = mixed = 0
    for r in hy:
        inp, want = r["입력"], r["의도한 한글"]
        if text_of.get(r["수요번호"]) != inp:
            err("hanyeong 입력이 queries 와 다름 %s" % r["수요번호"])
        if kbd.keys_to_hangul(inp) != want:
            err("한영 변환 불일치 %s: %s -> %s != %s" % (r["수요번호"], inp, kbd.keys_to_hangul(inp), want))
        if re.search(r"[가-힣]", inp):
            mixed += 1
            # 섞인 입력: 영문 토막마다 한글로 바꿔 다시 자판으로 되돌렸을 때 같아야 함
            for tok in re.findall(r"[A-Za-z]+", inp):
                if kbd.hangul_to_keys(kbd.keys_to_hangul(tok)) != tok:
                    err("한영 왕복 실패(섞임) %s %s" % (r["수요번호"], tok))
        else:
            whole += 1
            if kbd.hangul_to_keys(want) != inp:
                err("한영 왕복 실패 %s: %s -> %s" % (r["수요번호"], want, kbd.hangul_to_keys(want)))
        if not re.search(r"[가-힣]", want) or re.search(r"[A-Za-z]", want):
            err("의도한 한글이 한글이 아님 %s" % want)
    if (whole, mixed) != (8, 3):
        err("한영 수요 구성 %d 전체 + %d 섞임 (기대 8+3)" % (whole, mixed))

    # ---------------------------------------------------------- needs_data 기반 검사
    by_text = {n["text"]: n for n in needs_data.NEEDS}
    for q, k in kind_of.items():
        if k == "no_match":
            continue
        n = by_text.get(text_of[q])
        if n is None or n["kind"] != k:
            err("queries 의 수요가 needs_data 와 맞지 않음 %s" % q)
            continue
        if k == "choseong":
            a, b = text_of[q].split(), n["intended"].split()
            if len(a) != len(b):
                err("초성 토막 수 불일치 %s" % q)
            has_jamo = False
            for x, y in zip(a, b):
                if all(is_jamo(ch) for ch in x):
                    has_jamo = True
                    if kbd.choseong(y) != x:
                        err("초성 틀림 %s: %s != choseong(%s)=%s" % (q, x, y, kbd.choseong(y)))
                elif x != y:
                    err("초성 수요의 일반 낱말 불일치 %s: %s/%s" % (q, x, y))
            if not has_jamo:
                err("초성 수요에 초성 토막 없음 %s" % q)
            if n["intended"].replace(" ", "") not in cat_ns and not all(
                    w in cat_ns for w in n["intended"].split() if w not in ("제작", "답례품")):
                err("초성 수요의 의도어가 카탈로그에 없음 %s %s" % (q, n["intended"]))
        if k in ("synonym", "typo"):
            if not n.get("absent"):
                err("absent 단어 목록 없음 %s" % q)
            for wd in n.get("absent", []):
                if wd in cat_text or wd.replace(" ", "") in cat_ns:
                    err("%s 단어 '%s' 가 카탈로그에 있음 (%s)" % (k, wd, q))
            if n["absent"][0] not in text_of[q]:
                err("absent 첫 단어가 수요에 없음 %s" % q)
        if k == "spacing":
            t = text_of[q]
            if t in cat_text:
                err("띄어쓰기 수요가 카탈로그와 똑같이 쓰임 %s '%s'" % (q, t))
            if t.replace(" ", "") not in cat_ns:
                err("띄어쓰기 수요의 붙여쓴 형태가 카탈로그에 없음 %s '%s'" % (q, t))
        if k == "location":
            dong = n["dong"]
            if not text_of[q].startswith(dong + " "):
                err("위치 수요가 동 이름으로 시작하지 않음 %s" % q)
            if not any(d == dong or (d.startswith(dong) and re.fullmatch(r"\d가", d[len(dong):]))
                       for d in ALL_DONG):
                err("전주에 없는 동 %s %s" % (q, dong))
            ok = False
            for r in qrels:
                if r["수요번호"] == q and r["관련도"] == "2":
                    d = addr_re.match(cat_by_code[r["제품코드"]]["주소"]).group(2)
                    if not d.startswith(dong):
                        err("위치 수요 %s 의 관련도 2 제품이 다른 동(%s)" % (q, d))
                    ok = True
            if not ok:
                err("위치 수요 %s 에 그 동의 제품 없음" % q)

    if errors:
        print("FAIL (%d)" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: 제품 %d, 기업 %d, 분류 %d, 수요 %d, qrels %d, 유형 %s" % (
        len(cat), len(ents), len(cats), len(queries), len(qrels),
        ", ".join("%s=%d" % (k, kc[k]) for k in KINDS)))


if __name__ == "__main__":
    main()
