# -*- coding: utf-8 -*-
"""평가셋 검증. 실행: python3 tools/validate.py  (실패 시 종료코드 1)

검사 항목: 파일 형식(UTF-8, BOM 없음, 헤더), 개수, 코드 존재, 매칭 가능 수요마다 관련도 2 제품,
한영 왕복 변환, 초성, synonym/typo 낱말이 카탈로그에 없음, spacing 형태, location 동 실재,
구-법정동 짝, 품목 칸 규칙, no_match 상세.
"""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
import kbd  # noqa: E402
import needs_data  # noqa: E402

# 전주시 법정동 (2025년 기준; '동산동'은 2020년 '여의동2가'로 바뀌어 제외)
JEONJU_DONG = {
    "완산구": """중앙동1가 중앙동2가 중앙동3가 중앙동4가 경원동1가 경원동2가 경원동3가 풍남동1가 풍남동2가 풍남동3가
        전동 전동3가 다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 태평동 중노송동 남노송동 서노송동 동완산동
        서완산동1가 서완산동2가 동서학동 서서학동 중화산동1가 중화산동2가 서신동 석구동 원당동 평화동1가 평화동2가
        평화동3가 중인동 용복동 삼천동1가 삼천동2가 삼천동3가 효자동1가 효자동2가 효자동3가 대성동 색장동 상림동""".split(),
    "덕진구": """진북동 인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 산정동 금상동
        우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 전미동1가 전미동2가 송천동1가 송천동2가 반월동
        화전동 용정동 성덕동 원동 고랑동 여의동 만성동 장동 도도동 강흥동 도덕동 남정동 중동 여의동2가""".split(),
}
DONG_BASES = {re.sub(r"\d가$", "", d) for ds in JEONJU_DONG.values() for d in ds}
SHOP_WORDS = {"떡집", "꽃집", "인쇄소", "세탁소", "공방", "반찬가게", "빵집", "방앗간", "카페", "목공소", "도시락집"}
KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity", "long_sentence",
         "category", "location", "multi_item"]

errors = []


def err(msg):
    errors.append(msg)


def read_csv(name, header):
    path = os.path.join(ROOT, name)
    if not os.path.exists(path):
        err("파일 없음: " + name)
        return []
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("BOM 있음: " + name)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        err("UTF-8 아님: " + name)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != header:
        err("헤더 불일치 %s: %r" % (name, rows[0] if rows else None))
        return []
    return [dict(zip(header, r)) for r in rows[1:]]


def main():
    cat = read_csv("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가",
                                   "단위", "설명", "주소"])
    qs = read_csv("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
    kinds = read_csv("query_kinds.csv", ["수요번호", "유형"])
    qrels = read_csv("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
    nmd = read_csv("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    hy = read_csv("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])

    # ---------------- catalog
    codes = set()
    ent_brn = {}
    for i, r in enumerate(cat, 1):
        if r["제품코드"] != "ZI%04d" % i:
            err("제품코드 순서/형식: %s" % r["제품코드"])
        codes.add(r["제품코드"])
        if r["기업유형"] not in {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}:
            err("기업유형: %s" % r["기업유형"])
        if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
            err("사업자등록번호 형식: %s" % r["사업자등록번호"])
        if ent_brn.setdefault(r["기업명"], r["사업자등록번호"]) != r["사업자등록번호"]:
            err("기업별 사업자번호 불일치: %s" % r["기업명"])
        if not re.fullmatch(r"\d+", r["단가"]):
            err("단가 정수 아님: %s" % r["제품코드"])
        m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)?( \S+)? \((\S+)\)", r["주소"])
        if not m:
            err("주소 형식: %s" % r["주소"])
        elif m.group(4) not in JEONJU_DONG[m.group(1)]:
            err("구-법정동 짝 오류: %s" % r["주소"])
        for c in ("제품명", "분류", "규격", "단위", "설명"):
            if not r[c].strip():
                err("빈 칸 %s: %s" % (c, r["제품코드"]))
    if len(set(ent_brn.values())) != len(ent_brn):
        err("사업자번호 중복")
    n_cat = len({r["분류"] for r in cat})
    cat_text = "\n".join(" ".join(r.values()) for r in cat)
    cat_nospace = re.sub(r"\s+", "", cat_text)

    # ---------------- queries / kinds
    ids = ["ZI-Q%03d" % i for i in range(1, 151)]
    if [q["수요번호"] for q in qs] != ids:
        err("queries.csv 수요번호가 ZI-Q001..ZI-Q150 이 아님")
    for q in qs:
        for c in ("수량", "예산"):
            if q[c] and not re.fullmatch(r"\d+", q[c]):
                err("%s 정수 아님: %s" % (c, q["수요번호"]))
    kind_of = {k["수요번호"]: k["유형"] for k in kinds}
    if set(kind_of) != set(ids):
        err("query_kinds 수요번호 불일치")
    cnt = collections.Counter(kind_of.values())
    for k in KINDS:
        want = 10 if k == "multi_item" else 11
        if cnt[k] != want:
            err("유형 %s 개수 %d (기대 %d)" % (k, cnt[k], want))
    if cnt["no_match"] != 30:
        err("no_match 개수 %d" % cnt["no_match"])
    if set(cnt) - set(KINDS) - {"no_match"}:
        err("알 수 없는 유형: %s" % (set(cnt) - set(KINDS)))
    text_of = {q["수요번호"]: q["수요내용"] for q in qs}
    id_of = {v: k for k, v in text_of.items()}
    if len(id_of) != len(text_of):
        err("수요내용 중복")

    # needs_data 와 일치
    for n in needs_data.NEEDS:
        qid = id_of.get(n["text"])
        if qid is None:
            err("needs_data 수요가 queries.csv 에 없음: %s" % n["text"])
        elif kind_of.get(qid) != n["kind"]:
            err("유형 불일치: %s" % n["text"])
    for x in needs_data.NO_MATCH:
        qid = id_of.get(x[1])
        if qid is None or kind_of.get(qid) != "no_match":
            err("no_match 수요 불일치: %s" % x[1])

    # ---------------- qrels
    seen = set()
    by_q = collections.defaultdict(list)
    for r in qrels:
        key = (r["수요번호"], r["제품코드"])
        if key in seen:
            err("qrels 중복: %s" % (key,))
        seen.add(key)
        if r["수요번호"] not in kind_of:
            err("qrels 수요번호 없음: %s" % r["수요번호"])
            continue
        if r["제품코드"] not in codes:
            err("qrels 제품코드 없음: %s" % r["제품코드"])
        if r["관련도"] not in ("1", "2"):
            err("관련도 값: %s" % r["관련도"])
        k = kind_of[r["수요번호"]]
        if k == "no_match":
            err("no_match 에 qrels 있음: %s" % r["수요번호"])
        if k == "multi_item":
            if not r["품목"]:
                err("multi_item 품목 비어 있음: %s %s" % key)
            elif r["품목"] not in text_of[r["수요번호"]]:
                err("품목이 수요에 적힌 말이 아님: %s %s" % (r["수요번호"], r["품목"]))
        elif r["품목"]:
            err("multi_item 아닌데 품목 있음: %s" % (key,))
        by_q[r["수요번호"]].append(r)
    for qid, k in kind_of.items():
        if k == "no_match":
            continue
        if not any(r["관련도"] == "2" for r in by_q[qid]):
            err("관련도 2 제품 없음: %s %s" % (qid, text_of[qid]))
        if k == "multi_item":
            n = next(x for x in needs_data.NEEDS if x["text"] == text_of[qid])
            got = {r["품목"] for r in by_q[qid] if r["관련도"] == "2"}
            for item in n["items"]:
                if item[0] not in got:
                    err("multi_item 품목 '%s' 에 관련도 2 없음: %s" % (item[0], qid))

    # ---------------- hanyeong
    hy_ids = {h["수요번호"] for h in hy}
    if hy_ids != {q for q, k in kind_of.items() if k == "hanyeong"}:
        err("hanyeong_intended 수요번호 불일치")
    n_whole = n_mixed = 0
    for h in hy:
        if text_of.get(h["수요번호"]) != h["입력"]:
            err("hanyeong 입력이 queries 와 다름: %s" % h["수요번호"])
        if kbd.eng_to_kor(h["입력"]) != h["의도한 한글"]:
            err("한영 변환 불일치: %s -> %s (기대 %s)" % (h["입력"], kbd.eng_to_kor(h["입력"]), h["의도한 한글"]))
        has_hangul = bool(re.search(r"[가-힣]", h["입력"]))
        if has_hangul:
            n_mixed += 1
        else:
            n_whole += 1
            if kbd.kor_to_eng(h["의도한 한글"]) != h["입력"]:
                err("한→영 왕복 불일치: %s" % h["입력"])
        # 섞인 경우에도 영문 토큰은 의도한 한글 토큰의 자판 입력이어야 함
        for a, b in zip(h["입력"].split(), h["의도한 한글"].split()):
            if re.fullmatch(r"[A-Za-z]+", a) and kbd.kor_to_eng(b) != a:
                err("토큰 왕복 불일치: %s / %s" % (a, b))
    if (n_whole, n_mixed) != (8, 3):
        err("hanyeong 전체/섞임 개수 %d/%d (기대 8/3)" % (n_whole, n_mixed))

    # ---------------- choseong / synonym / typo / spacing / location
    for n in needs_data.NEEDS:
        if n["kind"] == "choseong":
            toks, itoks = n["text"].split(), n["intended"].split()
            if len(toks) != len(itoks):
                err("초성 토큰 수 불일치: %s" % n["text"])
            has_cho = False
            for a, b in zip(toks, itoks):
                if re.fullmatch(r"[ㄱ-ㅎ]+", a):
                    has_cho = True
                    if kbd.choseong(b) != a:
                        err("초성 불일치: %s != choseong(%s)=%s" % (a, b, kbd.choseong(b)))
                elif a != b:
                    err("초성 수요의 일반 낱말 불일치: %s / %s" % (a, b))
            if not has_cho:
                err("초성 없음: %s" % n["text"])
        if n["kind"] in ("synonym", "typo"):
            if not n["variant"]:
                err("variant 없음: %s" % n["text"])
            if not any(v in n["text"] for v in n["variant"]):
                err("variant 가 수요에 없음: %s" % n["text"])
            for v in n["variant"]:  # 수요에 쓴 낱말 + 같은 계열 변형까지 카탈로그에 없어야 함
                if v in cat_text:
                    err("synonym/typo 낱말이 카탈로그에 있음: %s" % v)
        if n["kind"] == "spacing":
            if n["text"] in cat_text:
                err("spacing 수요가 카탈로그에 그대로 있음: %s" % n["text"])
            if re.sub(r"\s+", "", n["text"]) not in cat_nospace:
                err("spacing 수요의 붙여 쓴 형태가 카탈로그에 없음: %s" % n["text"])
        if n["kind"] == "location":
            dong, shop = n["loc"]
            if dong not in DONG_BASES:
                err("실재하지 않는 동: %s" % dong)
            if shop not in SHOP_WORDS or shop not in n["text"] or dong not in n["text"]:
                err("location 형식: %s" % n["text"])

    # ---------------- no_match detail
    if len(nmd) != 30:
        err("no_match_detail %d행" % len(nmd))
    dc = collections.Counter(r["난이도"] for r in nmd)
    if dc != {"hard": 20, "easy": 10}:
        err("난이도 분포 %s" % dict(dc))
    for r in nmd:
        if kind_of.get(r["수요번호"]) != "no_match":
            err("no_match_detail 수요번호가 no_match 아님: %s" % r["수요번호"])
        if r["난이도"] == "hard" and not r["겹치는 말"]:
            err("hard 인데 겹치는 말 없음: %s" % r["수요번호"])
        if not r["해당 없음 이유"]:
            err("이유 없음: %s" % r["수요번호"])

    n_ent = len(ent_brn)
    print("catalog: %d products / %d enterprises / %d categories" % (len(cat), n_ent, n_cat))
    print("queries: %d, kinds: %s" % (len(qs), dict(sorted(cnt.items()))))
    g = collections.Counter(r["관련도"] for r in qrels)
    print("qrels: %d rows (2: %d, 1: %d)" % (len(qrels), g["2"], g["1"]))
    if errors:
        print("\nFAIL (%d)" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK: 모든 검사 통과")


if __name__ == "__main__":
    main()
