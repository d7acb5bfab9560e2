# -*- coding: utf-8 -*-
"""평가셋 검증. 문제가 하나라도 있으면 목록을 찍고 종료코드 1."""
import csv
import glob
import os
import re
import sys
from collections import Counter, defaultdict

import kbd
from needs_data import NEEDS, NO_MATCH

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
ERR = []


def err(msg):
    ERR.append(msg)


def read(name, header):
    path = os.path.join(ROOT, name)
    if not os.path.exists(path):
        err("파일 없음: " + name)
        return []
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if raw.startswith("\ufeff"):
        err(name + ": BOM 있음")
    rows = list(csv.reader(raw.splitlines()))
    if rows[0] != header:
        err("%s: 머리줄 %r != %r" % (name, rows[0], header))
    return [dict(zip(header, r)) for r in rows[1:]]


# 전주시 법정동 -> 구 (검증용 참조표, 카탈로그 데이터와 따로 적음)
WANSAN = ("중앙동1가 중앙동2가 중앙동3가 중앙동4가 풍남동1가 풍남동2가 풍남동3가 경원동1가 경원동2가 경원동3가 "
          "다가동1가 다가동2가 다가동3가 다가동4가 고사동 교동 전동 전동3가 서신동 효자동1가 효자동2가 효자동3가 "
          "삼천동1가 삼천동2가 삼천동3가 평화동1가 평화동2가 중화산동1가 중화산동2가 동서학동 서서학동 "
          "중노송동 서노송동 태평동 완산동 상림동").split()
DEOKJIN = ("인후동1가 인후동2가 덕진동1가 덕진동2가 금암동 팔복동1가 팔복동2가 팔복동3가 팔복동4가 "
           "송천동1가 송천동2가 우아동1가 우아동2가 우아동3가 호성동1가 호성동2가 호성동3가 진북동 "
           "전미동1가 전미동2가 여의동 만성동 장동 산정동 금상동 반월동 화전동 용정동").split()
GU_OF = {d: "완산구" for d in WANSAN}
GU_OF.update({d: "덕진구" for d in DEOKJIN})

KINDS = ["exact", "synonym", "typo", "hanyeong", "spacing", "choseong", "quantity",
         "long_sentence", "category", "location", "multi_item", "no_match"]
TYPES = {"사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"}


def main():
    cat = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류",
                               "규격", "단가", "단위", "설명", "주소"])
    queries = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
    kinds = read("query_kinds.csv", ["수요번호", "유형"])
    qrels = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
    nmd = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    hy = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])
    imap = read(os.path.join("tools", "_internal_map.csv"), ["수요번호", "내부id", "유형", "의도한 글", "form"])

    # ---------------- catalog
    codes = [r["제품코드"] for r in cat]
    if codes != ["Q%04d" % i for i in range(1, len(cat) + 1)]:
        err("제품코드가 Q0001부터 연속이 아님")
    if not 280 <= len(cat) <= 300:
        err("제품 수 %d (280–300 아님)" % len(cat))
    ents = {}
    for r in cat:
        c = r["제품코드"]
        if r["기업유형"] not in TYPES:
            err(c + " 기업유형 " + r["기업유형"])
        if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
            err(c + " 사업자등록번호 형식")
        if not re.fullmatch(r"[1-9]\d*", r["단가"]):
            err(c + " 단가 정수 아님: " + r["단가"])
        for k in ["기업명", "제품명", "분류", "규격", "단위", "설명"]:
            if not r[k].strip():
                err(c + " 빈 칸 " + k)
        m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) (\S+(?:로|길)) (\d+(?:-\d+)?) \((\S+)\)", r["주소"])
        if not m:
            err(c + " 주소 형식: " + r["주소"])
        else:
            gu, dong = m.group(1), m.group(4)
            if GU_OF.get(dong) != gu:
                err(c + " 구·법정동 짝이 맞지 않음: %s %s" % (gu, dong))
        key = r["기업명"]
        sig = (r["기업유형"], r["사업자등록번호"], r["주소"])
        if key in ents and ents[key] != sig:
            err(c + " 같은 기업명에 다른 유형/번호/주소")
        ents[key] = sig
    if not 60 <= len(ents) <= 70:
        err("기업 수 %d (60–70 아님)" % len(ents))
    biz = Counter(v[1] for v in ents.values())
    if any(n > 1 for n in biz.values()):
        err("사업자등록번호 중복")
    ncat = len({r["분류"] for r in cat})
    if not 25 <= ncat <= 30:
        err("분류 수 %d" % ncat)
    cat_text = "\n".join(" ".join(r.values()) for r in cat)
    cat_text_low = cat_text.lower()
    by_code = {r["제품코드"]: r for r in cat}

    # 실제 명단의 기업명이 섞이지 않았는지(실제 데이터 파일이 있으면)
    for path in glob.glob("/work/shared/data/real/*.csv"):
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                nm = (r.get("name") or "").strip()
                if len(nm) >= 3 and nm in cat_text:
                    err("실제 기업명이 카탈로그에 있음: " + nm)

    # ---------------- queries / kinds
    qids = ["Q-Q%03d" % i for i in range(1, 151)]
    if [r["수요번호"] for r in queries] != qids:
        err("queries.csv 수요번호가 Q-Q001…Q-Q150 이 아님")
    for r in queries:
        for k in ["수량", "예산"]:
            if r[k] and not re.fullmatch(r"[1-9]\d*", r[k]):
                err(r["수요번호"] + " " + k + " 정수 아님")
        if not r["수요내용"].strip():
            err(r["수요번호"] + " 빈 수요")
    kind_of = {r["수요번호"]: r["유형"] for r in kinds}
    if sorted(kind_of) != qids:
        err("query_kinds.csv 수요번호 불일치")
    cnt = Counter(kind_of.values())
    for k in KINDS:
        want = 30 if k == "no_match" else (10 if k == "location" else 11)
        if cnt.get(k, 0) != want:
            err("유형 %s 개수 %d (기대 %d)" % (k, cnt.get(k, 0), want))
    if set(cnt) - set(KINDS):
        err("모르는 유형 %s" % (set(cnt) - set(KINDS)))
    # 번호가 유형을 드러내지 않는지: 같은 유형이 7개 이상 연속이면 경고성 오류
    seq = [kind_of[q] for q in qids]
    run = max(len(list(g)) for _, g in __import__("itertools").groupby(seq))
    if run >= 7:
        err("같은 유형이 %d개 연속 — 섞임 부족" % run)
    text_of = {r["수요번호"]: r["수요내용"] for r in queries}
    if len(set(text_of.values())) != 150:
        err("수요내용 중복")

    # ---------------- qrels
    seen = set()
    g2 = defaultdict(list)
    for r in qrels:
        q, c = r["수요번호"], r["제품코드"]
        if q not in kind_of:
            err("qrels 모르는 수요 " + q)
            continue
        if c not in by_code:
            err("qrels 모르는 제품 " + c)
        if r["관련도"] not in ("1", "2"):
            err("qrels 관련도 %s %s %s" % (q, c, r["관련도"]))
        if (q, c) in seen:
            err("qrels 중복 %s %s" % (q, c))
        seen.add((q, c))
        if kind_of[q] == "no_match":
            err("no_match 수요에 qrels 행 " + q)
        if r["품목"] and (kind_of[q] != "multi_item" or r["관련도"] != "2"):
            err("품목 열은 multi_item 관련도 2 에만: %s %s" % (q, c))
        if kind_of[q] == "multi_item" and r["관련도"] == "2" and not r["품목"]:
            err("multi_item 관련도 2 인데 품목 비어 있음 %s %s" % (q, c))
        if r["관련도"] == "2":
            g2[q].append(r)
    for q in qids:
        if kind_of.get(q) != "no_match" and not g2[q]:
            err("관련도 2 제품이 없는 수요 " + q)

    # ---------------- 내부 정의와 맞추기
    inner = {n["id"]: n for n in NEEDS}
    nm_inner = {x[0]: x for x in NO_MATCH}
    if len(imap) != 150:
        err("_internal_map 행 수")
    for r in imap:
        q = r["수요번호"]
        kind = r["유형"]
        if kind_of.get(q) != kind:
            err(q + " 유형 불일치(내부)")
        shown = text_of.get(q, "")
        if kind == "no_match":
            continue
        n = inner[r["내부id"]]
        form = n.get("form")
        if kind in ("synonym", "typo", "spacing"):
            if not form or form not in shown:
                err("%s %s: 변형 표기 %r 가 수요내용에 없음" % (q, kind, form))
            elif form.lower() in cat_text_low:
                err("%s %s: 변형 표기 %r 가 카탈로그에 있음" % (q, kind, form))
        if kind == "spacing":
            flat = form.replace(" ", "")
            ok = any(flat in (by_code[x["제품코드"]]["제품명"] + by_code[x["제품코드"]]["규격"]).replace(" ", "")
                     for x in g2[q])
            if not ok:
                err("%s spacing: 붙여 쓴 %r 가 관련도 2 제품명에 없음" % (q, flat))
            if flat == form:  # 검색어 쪽이 붙여 쓴 경우: 카탈로그 표기는 띄어 써 있어야 함
                pass
        if kind == "choseong":
            intended = r["의도한 글"]
            if len(intended) != len(shown):
                err(q + " 초성 길이 불일치")
            jamo = 0
            for a, b in zip(shown, intended):
                if a == b:
                    continue
                if kbd.choseong(b) != a:
                    err("%s 초성 틀림 %r<-%r" % (q, a, b))
                jamo += 1
            if jamo < 2:
                err(q + " 초성 글자가 너무 적음")
        if kind == "multi_item":
            parts = n["parts"]
            if not 2 <= len(parts) <= 3:
                err(q + " 품목 수")
            items = {x["품목"] for x in g2[q]}
            for word, _ in parts:
                if word not in shown:
                    err("%s 품목명 %r 가 수요내용에 없음" % (q, word))
                if word not in items:
                    err("%s 품목 %r 의 관련도 2 제품 없음" % (q, word))
            if items - {w for w, _ in parts}:
                err("%s 모르는 품목 %r" % (q, items - {w for w, _ in parts}))
        if kind == "location":
            if not re.search(r"동(쪽)? .*(집|소|방|방앗간|가게|공방)", shown):
                err(q + " location 형식(동 + 가게말) 아님: " + shown)
        if kind == "quantity":
            if not re.search(r"\d", shown):
                err(q + " quantity 에 숫자 없음")
        if kind == "long_sentence" and len(shown) < 60:
            err(q + " long_sentence 가 짧음")
    joinerless = [r for r in imap if r["유형"] == "multi_item"
                  and not re.search(r"랑|및|과 |와 |,|그리고|하고", text_of[r["수요번호"]])]
    if len(joinerless) < 3:
        err("접속어 없이 나열한 multi_item 이 %d개뿐" % len(joinerless))

    # ---------------- no_match_detail
    nmq = {q for q in qids if kind_of.get(q) == "no_match"}
    if {r["수요번호"] for r in nmd} != nmq or len(nmd) != 30:
        err("no_match_detail 수요번호 불일치")
    dif = Counter(r["난이도"] for r in nmd)
    if dif != Counter({"어려움": 20, "쉬움": 10}):
        err("no_match 난이도 분포 %s" % dict(dif))
    for r in nmd:
        if not r["겹치는 말"] or not r["해당 없음 이유"]:
            err(r["수요번호"] + " no_match 설명 빈칸")
        if r["난이도"] == "어려움":
            words = [w.strip() for w in re.split(r"[,(]", r["겹치는 말"]) if w.strip()]
            if not any(w.rstrip(")") in cat_text for w in words):
                err(r["수요번호"] + " 어려운 no_match 인데 겹치는 말이 카탈로그에 없음: " + r["겹치는 말"])

    # ---------------- 한영
    hyq = {q for q in qids if kind_of.get(q) == "hanyeong"}
    if {r["수요번호"] for r in hy} != hyq:
        err("hanyeong_intended 수요번호 불일치")
    for r in hy:
        inp, intended = r["입력"], r["의도한 한글"]
        if inp != text_of.get(r["수요번호"]):
            err(r["수요번호"] + " 입력이 queries.csv 와 다름")
        if not re.search(r"[A-Za-z]", inp):
            err(r["수요번호"] + " 한영 입력에 영문 없음")
        if kbd.eng2kor(inp) != intended:
            err("%s 한영 변환 불일치 %r -> %r != %r" % (r["수요번호"], inp, kbd.eng2kor(inp), intended))
        # 한글 부분만 다시 영문으로 쳐 보면 입력과 같아야 함
        if kbd.kor2eng(intended) != kbd.kor2eng(inp):
            err(r["수요번호"] + " 왕복 불일치")

    print("catalog %d products / %d enterprises / %d categories" % (len(cat), len(ents), ncat))
    print("queries %d, kinds %s" % (len(queries), dict(sorted(cnt.items()))))
    print("qrels %d (grade2 %d, grade1 %d)" % (len(qrels), sum(1 for r in qrels if r["관련도"] == "2"),
                                             sum(1 for r in qrels if r["관련도"] == "1")))
    if ERR:
        print("\n문제 %d건:" % len(ERR))
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("OK — 문제 없음")


if __name__ == "__main__":
    main()
