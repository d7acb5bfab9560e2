# -*- coding: utf-8 -*-
"""평가 세트 검사. 실패하면 이유를 찍고 종료 코드 1.

검사: 파일 형식(UTF-8, BOM 없음, 헤더), 개수, 코드 존재, 매칭 가능 수요마다 관련도 2 제품,
한영 왕복 변환, 초성, 동의어·오타 낱말이 카탈로그에 없음, 띄어쓰기 변형, location 동 유효,
주소의 구·법정동 쌍, 훑기 미검토 0.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)

import catalog_data as cd  # noqa: E402
import kbd  # noqa: E402
import needs_data as nd  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: BOM 있음" % name)
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        err("%s: 헤더 %r != %r" % (name, rows[0], header))
    return [dict(zip(header, r)) for r in rows[1:]]


KINDS = {"exact": 11, "synonym": 11, "typo": 11, "hanyeong": 11, "spacing": 11, "choseong": 11,
         "quantity": 11, "long_sentence": 11, "category": 11, "location": 11, "multi_item": 10,
         "no_match": 30}
SE_TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}
JAMO_CONS = set("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")


def main():
    cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격",
                               "단가", "단위", "설명", "주소"])
    qs = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
    kinds = read("query_kinds.csv", ["수요번호", "유형"])
    qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
    nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
    idmap = {r["내부키"]: r["수요번호"] for r in csv.DictReader(open(os.path.join(HERE, "id_map.csv"),
                                                                     encoding="utf-8"))}

    # ---------------- catalog
    codes = [r["제품코드"] for r in cat]
    if len(set(codes)) != len(codes):
        err("catalog: 제품코드 중복")
    for i, c in enumerate(codes, 1):
        if c != "ZA%04d" % i:
            err("catalog: 코드 순서 %s" % c)
            break
    if not 270 <= len(cat) <= 310:
        err("catalog: 제품 수 %d (약 290 기대)" % len(cat))
    ents = defaultdict(set)
    pairs = {(gu, d) for gu, ds in cd.JEONJU_LEGAL_DONGS.items() for d in ds}
    addr_re = re.compile(r"^전북특별자치도 전주시 (완산구|덕진구) \S+(로|길) \d+(-\d+)?(, [^()]+)? \(([^()]+)\)$")
    for r in cat:
        if r["기업유형"] not in SE_TYPES:
            err("catalog %s: 기업유형 %s" % (r["제품코드"], r["기업유형"]))
        if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
            err("catalog %s: 사업자등록번호 형식" % r["제품코드"])
        if not re.fullmatch(r"\d+", r["단가"]):
            err("catalog %s: 단가 정수 아님" % r["제품코드"])
        m = addr_re.match(r["주소"])
        if not m:
            err("catalog %s: 주소 형식 %s" % (r["제품코드"], r["주소"]))
        elif (m.group(1), m.group(5)) not in pairs:
            err("catalog %s: 구·법정동 쌍이 전주에 없음 %s" % (r["제품코드"], r["주소"]))
        for col in ("제품명", "분류", "단위"):
            if not r[col].strip():
                err("catalog %s: %s 비어 있음" % (r["제품코드"], col))
        ents[r["기업명"]].add((r["기업유형"], r["사업자등록번호"], r["주소"]))
    for name, v in ents.items():
        if len(v) != 1:
            err("catalog: 기업 %s 정보가 행마다 다름" % name)
    bizs = Counter(next(iter(v))[1] for v in ents.values())
    if any(c > 1 for c in bizs.values()):
        err("catalog: 다른 기업이 같은 사업자등록번호")
    n_ent, n_cat = len(ents), len({r["분류"] for r in cat})
    if not 55 <= n_ent <= 75:
        err("catalog: 기업 수 %d (약 65 기대)" % n_ent)
    if not 25 <= n_cat <= 36:
        err("catalog: 분류 수 %d (약 30 기대)" % n_cat)
    # 법정동 목록을 공용 지리 자료와 대조 (있으면)
    ld = "/work/shared/data/jeonju/legal_dongs.csv"
    if os.path.exists(ld):
        ref = set()
        for row in csv.DictReader(open(ld, encoding="utf-8")):
            parts = row["dnname"].split()
            ref.add((parts[-2], parts[-1]))
        if ref != pairs:
            err("JEONJU_LEGAL_DONGS 가 legal_dongs.csv 와 다름: %s" % (ref ^ pairs))
    cat_blob = "\n".join(" ".join(r.values()) for r in cat)
    code_set = set(codes)

    # ---------------- queries / kinds
    ids = [r["수요번호"] for r in qs]
    if ids != ["ZA-Q%03d" % i for i in range(1, 151)]:
        err("queries: 수요번호가 ZA-Q001..ZA-Q150 순서가 아님")
    for r in qs:
        for col in ("수량", "예산"):
            if r[col] and not re.fullmatch(r"\d+", r[col]):
                err("queries %s: %s 정수 아님" % (r["수요번호"], col))
        if not r["수요내용"].strip():
            err("queries %s: 내용 없음" % r["수요번호"])
    kind_of = {r["수요번호"]: r["유형"] for r in kinds}
    if set(kind_of) != set(ids):
        err("query_kinds: 수요번호가 queries 와 다름")
    cnt = Counter(kind_of.values())
    if dict(cnt) != KINDS:
        err("query_kinds: 유형별 개수 %s" % dict(cnt))
    seq = [kind_of[i] for i in ids]
    longest = max(len(list(g)) for g in _runs(seq))
    if longest > 5:
        err("query_kinds: 같은 유형이 %d 개 연속 (섞이지 않음)" % longest)
    text_of = {r["수요번호"]: r["수요내용"] for r in qs}

    # ---------------- needs_data 와 파일 대응
    needs = {n["key"]: n for n in nd.NEEDS}
    for k, n in needs.items():
        qid = idmap[k]
        if kind_of[qid] != n["kind"] or text_of[qid] != n["text"]:
            err("id_map: %s -> %s 유형/내용 불일치" % (k, qid))
    for m in nd.NO_MATCH:
        if kind_of[idmap[m[0]]] != "no_match":
            err("id_map: %s no_match 아님" % m[0])

    # ---------------- qrels
    seen = set()
    per_q = defaultdict(list)
    for r in qrels:
        q, c = r["수요번호"], r["제품코드"]
        if q not in kind_of:
            err("qrels: 없는 수요 %s" % q)
            continue
        if kind_of[q] == "no_match":
            err("qrels: no_match 수요 %s 에 행이 있음" % q)
        if c not in code_set:
            err("qrels: 없는 제품 %s" % c)
        if r["관련도"] not in ("1", "2"):
            err("qrels: 관련도 %s" % r["관련도"])
        if (q, c) in seen:
            err("qrels: 중복 %s %s" % (q, c))
        seen.add((q, c))
        if (kind_of[q] == "multi_item") != bool(r["품목"]):
            err("qrels: 품목 칸 규칙 위반 %s %s" % (q, c))
        per_q[q].append(r)
    for q, k in kind_of.items():
        if k == "no_match":
            continue
        if not any(r["관련도"] == "2" for r in per_q[q]):
            err("qrels: %s (%s) 에 관련도 2 제품 없음" % (q, k))
    for k, n in needs.items():
        if n["kind"] == "multi_item":
            q = idmap[k]
            for label, _, _ in n["items"]:
                if label not in text_of[q]:
                    err("multi_item %s: 품목 '%s' 이 수요 글에 없음" % (q, label))
                if not any(r["품목"] == label and r["관련도"] == "2" for r in per_q[q]):
                    err("multi_item %s: 품목 '%s' 에 관련도 2 없음" % (q, label))
            for r in per_q[q]:
                if r["품목"] not in [it[0] for it in n["items"]]:
                    err("multi_item %s: 품목 칸 '%s' 이 수요의 품목이 아님" % (q, r["품목"]))

    # ---------------- no_match detail
    if len(nmd) != 30 or Counter(r["난이도"] for r in nmd) != Counter({"어려움": 20, "쉬움": 10}):
        err("no_match_detail: 30건(어려움 20, 쉬움 10)이 아님")
    for r in nmd:
        if kind_of.get(r["수요번호"]) != "no_match":
            err("no_match_detail: %s 는 no_match 가 아님" % r["수요번호"])
        if r["난이도"] == "어려움" and not r["겹치는 말"]:
            err("no_match_detail: %s 겹치는 말 비어 있음" % r["수요번호"])

    # ---------------- 한영
    hy_ids = {q for q, k in kind_of.items() if k == "hanyeong"}
    if {r["수요번호"] for r in hy} != hy_ids:
        err("hanyeong_intended: 수요번호 집합이 hanyeong 유형과 다름")
    whole = mixed = 0
    for r in hy:
        inp, want = r["입력"], r["의도한 한글"]
        if inp != text_of[r["수요번호"]]:
            err("hanyeong %s: 입력이 수요 글과 다름" % r["수요번호"])
        if kbd.keys_to_hangul(inp) != want:
            err("hanyeong %s: %s -> %s != %s" % (r["수요번호"], inp, kbd.keys_to_hangul(inp), want))
        if re.search("[가-힣]", inp):
            mixed += 1
            for seg in re.findall(r"[A-Za-z]+", inp):
                if kbd.hangul_to_keys(kbd.keys_to_hangul(seg)) != seg:
                    err("hanyeong %s: 조각 %s 왕복 실패" % (r["수요번호"], seg))
        else:
            whole += 1
            if kbd.hangul_to_keys(want) != inp:
                err("hanyeong %s: 한글->자판 %s != %s" % (r["수요번호"], kbd.hangul_to_keys(want), inp))
    if (whole, mixed) != (8, 3):
        err("hanyeong: 전체 %d / 섞임 %d (8/3 기대)" % (whole, mixed))
    try:
        kbd._selftest()
    except AssertionError as e:
        err("kbd selftest: %s" % e)

    # ---------------- 유형별 검사 (needs_data 기준)
    dong_bases = {re.sub(r"\d+가$", "", d) for ds in cd.JEONJU_LEGAL_DONGS.values() for d in ds}
    for k, n in needs.items():
        t = n["text"]
        if n["kind"] == "choseong":
            want = n["intended"]
            if len(t) != len(want) or not any(c in JAMO_CONS for c in t):
                err("choseong %s: 길이/자모 문제" % k)
            else:
                for a, b in zip(t, want):
                    if a != b and a != kbd.choseong(b):
                        err("choseong %s: '%s' 는 '%s' 의 초성이 아님" % (k, a, b))
        if n["kind"] in ("synonym", "typo"):
            if n["term"] not in t:
                err("%s %s: 낱말 %s 이 수요 글에 없음" % (n["kind"], k, n["term"]))
            if n["term"] in cat_blob:
                err("%s %s: 낱말 %s 이 카탈로그에 있음" % (n["kind"], k, n["term"]))
        if n["kind"] == "spacing":
            v, f = n["variant"], n["catalog_form"]
            if v not in t or v == f or v.replace(" ", "") != f.replace(" ", ""):
                err("spacing %s: 변형 정의 문제" % k)
            if v in cat_blob:
                err("spacing %s: 변형 '%s' 이 카탈로그에 그대로 있음" % (k, v))
            if f not in cat_blob:
                err("spacing %s: 카탈로그 표기 '%s' 이 카탈로그에 없음" % (k, f))
        if n["kind"] == "location":
            d = t.split()[0]
            if d != n["dong"] or d not in dong_bases:
                err("location %s: 동 '%s' 이 전주 법정동이 아님" % (k, d))
            if not any(r["_dong_base"] == d for r in _cat_rows()):
                err("location %s: 그 동에 기업이 없음" % k)
    # 훑기
    rep = open(os.path.join(HERE, "sweep_report.txt"), encoding="utf-8").read()
    if "미검토 0 건" not in rep:
        err("sweep_report: 미검토가 남아 있음")

    if ERR:
        print("FAIL (%d)" % len(ERR))
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("OK: catalog %d products / %d enterprises / %d categories; queries %d; qrels %d rows"
          % (len(cat), n_ent, n_cat, len(qs), len(qrels)))
    print("kinds:", dict(sorted(cnt.items())))
    print("grades:", dict(Counter(r["관련도"] for r in qrels)))


def _runs(seq):
    from itertools import groupby
    return [list(g) for _, g in groupby(seq)]


_CACHE = []


def _cat_rows():
    if not _CACHE:
        import build_catalog
        _CACHE.extend(build_catalog.catalog_rows())
    return _CACHE


if __name__ == "__main__":
    main()
