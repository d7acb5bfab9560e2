# -*- coding: utf-8 -*-
"""평가 세트 검증. 실패하면 종료 코드 1."""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
import kbd  # noqa: E402
from needs_data import NEEDS  # noqa: E402
from catalog_data import DONGS  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: BOM 있음" % name)
    raw.decode("utf-8")
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if rows[0] != header:
        err("%s: 헤더 %r != %r" % (name, rows[0], header))
    return [dict(zip(header, r)) for r in rows[1:]]


KINDS = {"exact": 11, "synonym": 11, "typo": 11, "hanyeong": 11, "spacing": 11, "choseong": 11, "quantity": 11,
         "long_sentence": 11, "category": 11, "location": 11, "multi_item": 10, "no_match": 30}
JAMO_CONS = set("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")


def main():
    cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소"])
    q = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
    qk = read("query_kinds.csv", ["수요번호", "유형"])
    qr = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
    nm = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
    idmap = {r["내부번호"]: r["수요번호"] for r in csv.DictReader(open(os.path.join(HERE, "id_map.csv"), encoding="utf-8"))}

    # ---- catalog ----
    codes = [r["제품코드"] for r in cat]
    if codes != ["ZM%04d" % i for i in range(1, len(cat) + 1)]:
        err("catalog: 제품코드가 ZM0001부터 연속이 아님")
    etypes = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}
    biz_by_company = defaultdict(set)
    for r in cat:
        if r["기업유형"] not in etypes:
            err("catalog %s: 기업유형 %s" % (r["제품코드"], r["기업유형"]))
        if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
            err("catalog %s: 사업자등록번호 형식" % r["제품코드"])
        biz_by_company[r["기업명"]].add(r["사업자등록번호"])
        if not re.fullmatch(r"\d+", r["단가"]):
            err("catalog %s: 단가 정수 아님" % r["제품코드"])
        m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+(로|길) \d+(-\d+)? \((\S+)\)", r["주소"])
        if not m:
            err("catalog %s: 주소 형식 %s" % (r["제품코드"], r["주소"]))
        elif m.group(4) not in DONGS[m.group(1)]:
            err("catalog %s: %s 에 %s 없음" % (r["제품코드"], m.group(1), m.group(4)))
        for col in ["제품명", "분류", "규격", "단위", "설명"]:
            if not r[col].strip():
                err("catalog %s: %s 비었음" % (r["제품코드"], col))
    if any(len(v) != 1 for v in biz_by_company.values()):
        err("catalog: 한 기업에 사업자번호 여러 개")
    if len(set(biz_by_company)) != len({b for v in biz_by_company.values() for b in v}):
        err("catalog: 사업자번호 중복")
    ncat = len({r["분류"] for r in cat})
    catalog_text = "\n".join(" ".join(r.values()) for r in cat)
    prod_texts = [(r["제품명"] + " " + r["규격"] + " " + r["설명"]) for r in cat]

    # ---- queries / kinds ----
    ids = [r["수요번호"] for r in q]
    if sorted(ids) != ["ZM-Q%03d" % i for i in range(1, 151)]:
        err("queries: 수요번호가 ZM-Q001~ZM-Q150 이 아님")
    if len(set(r["수요내용"] for r in q)) != len(q):
        err("queries: 수요내용 중복")
    for r in q:
        for col in ["수량", "예산"]:
            if r[col] and not re.fullmatch(r"\d+", r[col]):
                err("queries %s: %s 정수 아님" % (r["수요번호"], col))
    kind = {r["수요번호"]: r["유형"] for r in qk}
    if set(kind) != set(ids):
        err("query_kinds: 수요번호 불일치")
    cnt = Counter(kind.values())
    if dict(cnt) != KINDS:
        err("유형별 개수 %s != %s" % (dict(cnt), KINDS))
    text = {r["수요번호"]: r["수요내용"] for r in q}
    for n in NEEDS:
        if text.get(idmap[n["nid"]]) != n["text"]:
            err("%s: queries.csv 문장이 needs_data 와 다름" % n["nid"])
        if kind.get(idmap[n["nid"]]) != n["kind"]:
            err("%s: 유형 불일치" % n["nid"])

    # ---- qrels ----
    codeset = set(codes)
    seen = set()
    g2 = Counter()
    per_need = defaultdict(list)
    for r in qr:
        k = (r["수요번호"], r["제품코드"])
        if k in seen:
            err("qrels: 중복 %s" % (k,))
        seen.add(k)
        if r["제품코드"] not in codeset:
            err("qrels: 없는 제품코드 %s" % r["제품코드"])
        if r["수요번호"] not in kind:
            err("qrels: 없는 수요번호 %s" % r["수요번호"])
            continue
        if r["관련도"] not in ("1", "2"):
            err("qrels: 관련도 %s" % r["관련도"])
        kd = kind[r["수요번호"]]
        if kd == "no_match":
            err("qrels: no_match 수요 %s 에 행이 있음" % r["수요번호"])
        if kd == "multi_item" and not r["품목"]:
            err("qrels: multi_item %s 품목 비었음" % r["수요번호"])
        if kd != "multi_item" and r["품목"]:
            err("qrels: %s 는 multi_item 이 아닌데 품목이 있음" % r["수요번호"])
        if r["관련도"] == "2":
            g2[r["수요번호"]] += 1
        per_need[r["수요번호"]].append(r)
    for qid, kd in kind.items():
        if kd != "no_match" and g2[qid] == 0:
            err("%s (%s): 관련도 2 제품 없음" % (qid, kd))

    # multi_item: 적힌 품목마다 관련도 2 제품이 있어야 함, 품목 문자열은 수요 안에 있어야 함
    for n in NEEDS:
        if n["kind"] != "multi_item":
            continue
        qid = idmap[n["nid"]]
        items = {it for it, _, _ in n["items"]}
        got2 = {r["품목"] for r in per_need[qid] if r["관련도"] == "2"}
        for it in items:
            if it not in n["text"]:
                err("%s: 품목 '%s' 이 수요에 없음" % (qid, it))
            if it not in got2:
                err("%s: 품목 '%s' 에 관련도 2 제품 없음" % (qid, it))
        for r in per_need[qid]:
            if r["품목"] not in items:
                err("%s: qrels 품목 '%s' 이 수요의 품목이 아님" % (qid, r["품목"]))

    # ---- no_match_detail ----
    nmids = {r["수요번호"] for r in nm}
    if nmids != {qid for qid, kd in kind.items() if kd == "no_match"}:
        err("no_match_detail: 수요번호가 no_match 유형과 다름")
    if Counter(r["난이도"] for r in nm) != Counter({"hard": 20, "easy": 10}):
        err("no_match_detail: 난이도 개수 %s" % Counter(r["난이도"] for r in nm))
    for r in nm:
        if r["난이도"] == "hard" and not r["겹치는 말"]:
            err("no_match_detail %s: hard 인데 겹치는 말 없음" % r["수요번호"])
        for w in [x.strip() for x in r["겹치는 말"].split(",") if x.strip()]:
            if w not in catalog_text:
                err("no_match_detail %s: 겹치는 말 '%s' 이 카탈로그에 없음" % (r["수요번호"], w))

    # ---- hanyeong ----
    hy_ids = {r["수요번호"] for r in hy}
    if hy_ids != {qid for qid, kd in kind.items() if kd == "hanyeong"}:
        err("hanyeong_intended: 수요번호 불일치")
    whole = mixed = 0
    for r in hy:
        inp, ko = r["입력"], r["의도한 한글"]
        if text.get(r["수요번호"]) != inp:
            err("hanyeong %s: 입력이 queries 와 다름" % r["수요번호"])
        if kbd.convert_latin_runs(inp) != ko:
            err("hanyeong %s: %s -> %s != %s" % (r["수요번호"], inp, kbd.convert_latin_runs(inp), ko))
        if re.search(r"[가-힣]", inp):
            mixed += 1
        else:
            whole += 1
            if kbd.to_keys(ko) != inp:
                err("hanyeong %s: 역변환 %s != %s" % (r["수요번호"], kbd.to_keys(ko), inp))
        for run in re.findall(r"[A-Za-z]+", inp):
            if kbd.to_keys(kbd.to_hangul(run)) != run:
                err("hanyeong %s: 왕복 실패 %s" % (r["수요번호"], run))
    if (whole, mixed) != (8, 3):
        err("hanyeong: 전체 %d / 섞임 %d (8/3 이어야 함)" % (whole, mixed))
    try:
        kbd._selftest()
    except AssertionError as e:
        err("kbd selftest 실패 %s" % e)

    # ---- needs_data 기반 검사 ----
    real_bases = {re.sub(r"\d+가$", "", d) for ds in DONGS.values() for d in ds}
    cat_by_code = {r["제품코드"]: r for r in cat}
    for n in NEEDS:
        qid = idmap[n["nid"]]
        if n["kind"] == "choseong":
            tt, kt = n["text"].split(), n["ko"].split()
            has_jamo = False
            if len(tt) != len(kt):
                err("%s: 초성 토큰 수 불일치" % qid)
            for a, b in zip(tt, kt):
                if all(c in JAMO_CONS for c in a):
                    has_jamo = True
                    if kbd.choseong(b) != a:
                        err("%s: 초성 %s != choseong(%s)=%s" % (qid, a, b, kbd.choseong(b)))
                elif a != b:
                    err("%s: 일반 낱말 %s != %s" % (qid, a, b))
            if not has_jamo:
                err("%s: 초성 토큰 없음" % qid)
        if n["kind"] in ("synonym", "typo"):
            w = n["word"]
            if w not in n["text"]:
                err("%s: 낱말 '%s' 이 수요에 없음" % (qid, w))
            if w in catalog_text:
                err("%s: %s 낱말 '%s' 이 카탈로그에 있음" % (qid, n["kind"], w))
        if n["kind"] == "spacing":
            v = n["variant"]
            if v not in n["text"]:
                err("%s: 변형 '%s' 이 수요에 없음" % (qid, v))
            if v in catalog_text:
                err("%s: 띄어쓰기 변형 '%s' 이 카탈로그에 그대로 있음" % (qid, v))
            if not any(v.replace(" ", "") in t.replace(" ", "") for t in prod_texts):
                err("%s: 공백을 뺀 '%s' 이 어느 제품에도 없음" % (qid, v))
        if n["kind"] == "location":
            dong, shop = n["loc"]
            if dong not in real_bases:
                err("%s: %s 은 전주 법정동이 아님" % (qid, dong))
            if not n["text"].startswith(dong + " ") or shop not in n["text"]:
                err("%s: 수요 문장에 동/가게 말 없음" % qid)
            ok = False
            for r in per_need[qid]:
                m = re.search(r"\((\S+)\)$", cat_by_code[r["제품코드"]]["주소"])
                base = re.sub(r"\d+가$", "", m.group(1))
                if r["관련도"] == "2" and base != dong:
                    err("%s: 관련도 2 인데 다른 동 %s" % (qid, r["제품코드"]))
                if r["관련도"] == "1" and base == dong:
                    err("%s: 관련도 1 인데 같은 동 %s" % (qid, r["제품코드"]))
                ok |= r["관련도"] == "2"
            if not ok:
                err("%s: 그 동의 가게 없음" % qid)
        if n["kind"] == "quantity" and not (n.get("qty") or n.get("budget") or n.get("cond")):
            err("%s: quantity 인데 수량·예산·조건 없음" % qid)

    # ---- 요약 ----
    print("catalog: %d 제품, %d 기업, %d 분류" % (len(cat), len(biz_by_company), ncat))
    print("queries: %d, 유형별 %s" % (len(q), dict(sorted(cnt.items()))))
    print("qrels: %d 행 (관련도2 %d / 관련도1 %d)" % (len(qr), sum(1 for r in qr if r["관련도"] == "2"),
                                                 sum(1 for r in qr if r["관련도"] == "1")))
    if ERRORS:
        print("FAIL %d" % len(ERRORS))
        for e in ERRORS:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
