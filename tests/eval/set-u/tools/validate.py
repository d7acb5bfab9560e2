# -*- coding: utf-8 -*-
"""평가셋 검증. 실패가 하나라도 있으면 종료 코드 1.

형식(헤더·BOM·정수), 개수, 코드 존재, 매칭 가능 수요마다 관련도 2 제품 존재,
한영 변환·왕복, 초성 일치, synonym/typo 말이 카탈로그에 없음, location 동이 실제 전주 법정동,
spacing 표기가 카탈로그와 다름(공백 제거 시에는 일치)을 확인한다.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from kbd import keys_to_hangul, hangul_to_keys, choseong, CHO, is_hangul_syllable  # noqa: E402
from needs_data import NEEDS, NO_MATCH  # noqa: E402
from catalog_data import JEONJU_DONG  # noqa: E402

PFX = "U"
ERR = []
INFO = []


def fail(msg):
    ERR.append(msg)


def read(name, header):
    path = os.path.join(OUT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: BOM 있음")
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != header:
        fail(f"{name}: 헤더 {rows[0]} != {header}")
    return [dict(zip(header, r)) for r in rows[1:]], rows[1:]


def is_int_or_empty(s):
    return s == "" or re.fullmatch(r"\d+", s) is not None


def main():
    cat, cat_raw = read("catalog.csv", ["제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격",
                                        "단가", "단위", "설명", "주소"])
    qs, _ = read("queries.csv", ["수요번호", "수요내용", "수량", "예산"])
    kinds, _ = read("query_kinds.csv", ["수요번호", "유형"])
    qrels, _ = read("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"])
    nmd, _ = read("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    hy, _ = read("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"])

    # ------------------------------------------------------------ catalog
    codes = [r["제품코드"] for r in cat]
    if len(set(codes)) != len(codes):
        fail("제품코드 중복")
    for i, c in enumerate(codes, 1):
        if c != f"{PFX}{i:04d}":
            fail(f"제품코드 순번 이상: {c}")
            break
    ents = {}
    valid_pairs = {(gu, d) for gu, ds in JEONJU_DONG.items() for d in ds}
    for r in cat:
        if not re.fullmatch(r"\d+", r["단가"]):
            fail(f"{r['제품코드']} 단가 정수 아님")
        if not re.fullmatch(r"\d{3}-\d{2}-\d{5}", r["사업자등록번호"]):
            fail(f"{r['제품코드']} 사업자등록번호 형식")
        if r["기업유형"] not in ("사회적기업", "예비사회적기업", "마을기업", "자활기업", "협동조합"):
            fail(f"{r['제품코드']} 기업유형 {r['기업유형']}")
        m = re.fullmatch(r"전북특별자치도 전주시 (완산구|덕진구) \S+ \d+(-\d+)? \((\S+)\)", r["주소"])
        if not m:
            fail(f"{r['제품코드']} 주소 형식: {r['주소']}")
        elif (m.group(1), m.group(3)) not in valid_pairs:
            fail(f"{r['제품코드']} 구-법정동 짝이 실제와 다름: {m.group(1)} {m.group(3)}")
        key = r["기업명"]
        sig = (r["기업유형"], r["사업자등록번호"], r["주소"])
        if key in ents and ents[key] != sig:
            fail(f"기업 정보 불일치: {key}")
        ents[key] = sig
    brns = Counter(v[1] for v in ents.values())
    if any(c > 1 for c in brns.values()):
        fail("사업자등록번호가 기업 사이에 중복")
    ncat = len({r["분류"] for r in cat})
    INFO.append(f"catalog: 제품 {len(cat)}, 기업 {len(ents)}, 분류 {ncat}")
    if not (270 <= len(cat) <= 310):
        fail(f"제품 수 {len(cat)} (약 290 기대)")
    if not (60 <= len(ents) <= 70):
        fail(f"기업 수 {len(ents)} (약 65 기대)")
    if not (27 <= ncat <= 33):
        fail(f"분류 수 {ncat} (약 30 기대)")
    cat_text = "\n".join(" ".join(r.values()) for r in cat)
    cat_fields = "\n".join(r["제품명"] + " " + r["규격"] + " " + r["설명"] for r in cat)
    code_dong = {}
    for r in cat:
        m = re.search(r"\((\S+)\)$", r["주소"])
        code_dong[r["제품코드"]] = re.sub(r"\d+가$", "", m.group(1)) if m else ""

    # ------------------------------------------------------------ queries / kinds
    ids = [q["수요번호"] for q in qs]
    if ids != [f"{PFX}-Q{i:03d}" for i in range(1, 151)]:
        fail("수요번호가 U-Q001..U-Q150 이 아님")
    for q in qs:
        if not is_int_or_empty(q["수량"]) or not is_int_or_empty(q["예산"]):
            fail(f"{q['수요번호']} 수량/예산 정수 아님")
    kind_of = {k["수요번호"]: k["유형"] for k in kinds}
    if set(kind_of) != set(ids):
        fail("query_kinds 와 queries 의 번호가 다름")
    cnt = Counter(kind_of.values())
    want = dict(exact=11, synonym=11, typo=11, hanyeong=11, spacing=11, choseong=11, quantity=11,
                long_sentence=11, category=11, location=11, multi_item=10, no_match=30)
    if dict(cnt) != want:
        fail(f"유형별 개수 {dict(cnt)} != {want}")
    INFO.append("유형별: " + ", ".join(f"{k} {cnt[k]}" for k in want))
    # 셔플 확인: 같은 유형이 5개 이상 연속하면 이상
    seq = [kind_of[i] for i in ids]
    run = max(len(list(g)) for _, g in __import__("itertools").groupby(seq))
    if run >= 5:
        fail(f"유형이 {run}개 연속 — 셔플 의심")

    # 내부 수요와 번호 연결 (텍스트로)
    text_of = {q["수요번호"]: q["수요내용"] for q in qs}
    by_text = defaultdict(list)
    for n in NEEDS:
        by_text[n["text"]].append(n)
    for n in NO_MATCH:
        by_text[n["text"]].append(dict(n, kind="no_match"))
    need_of = {}
    for i in ids:
        cands = [n for n in by_text[text_of[i]] if n["kind"] == kind_of[i]]
        if len(cands) != 1:
            fail(f"{i}: needs_data 와 연결 불가 ({text_of[i]})")
        else:
            need_of[i] = cands[0]

    # ------------------------------------------------------------ qrels
    code_set = set(codes)
    seen = set()
    g2 = Counter()
    items_g2 = defaultdict(set)
    for r in qrels:
        i, c, g, item = r["수요번호"], r["제품코드"], r["관련도"], r["품목"]
        if i not in kind_of:
            fail(f"qrels: 없는 수요번호 {i}")
            continue
        if c not in code_set:
            fail(f"qrels: 없는 제품코드 {c}")
        if g not in ("1", "2"):
            fail(f"qrels: 관련도 {g}")
        if (i, c) in seen:
            fail(f"qrels: 중복 {i} {c}")
        seen.add((i, c))
        k = kind_of[i]
        if k == "no_match":
            fail(f"qrels: no_match 수요에 행 있음 {i}")
        if k == "multi_item":
            if not item:
                fail(f"qrels: multi_item 품목 비어 있음 {i} {c}")
            elif item not in need_of[i]["text"]:
                fail(f"qrels: 품목 '{item}' 이 수요 문장에 없음 {i}")
        elif item:
            fail(f"qrels: multi_item 이 아닌데 품목 있음 {i}")
        if g == "2":
            g2[i] += 1
            items_g2[i].add(item)
    for i in ids:
        if kind_of[i] != "no_match" and g2[i] == 0:
            fail(f"{i} ({kind_of[i]}) 관련도 2 제품 없음")
        if kind_of[i] == "multi_item" and i in need_of:
            names = {it[0] for it in need_of[i]["items"]}
            if names - items_g2[i]:
                fail(f"{i} multi_item 품목 중 관련도 2 없는 것: {names - items_g2[i]}")
    INFO.append(f"qrels: {len(qrels)}행 (2: {sum(1 for r in qrels if r['관련도']=='2')}, "
                f"1: {sum(1 for r in qrels if r['관련도']=='1')})")

    # ------------------------------------------------------------ no_match detail
    nm_ids = {i for i in ids if kind_of[i] == "no_match"}
    if {r["수요번호"] for r in nmd} != nm_ids:
        fail("no_match_detail 수요번호가 no_match 와 다름")
    lv = Counter(r["난이도"] for r in nmd)
    if lv != Counter(hard=20, easy=10):
        fail(f"no_match 난이도 {dict(lv)}")
    for r in nmd:
        if not r["해당 없음 이유"] or (r["난이도"] == "hard" and not r["겹치는 말"]):
            fail(f"no_match_detail 빈 칸 {r['수요번호']}")

    # ------------------------------------------------------------ hanyeong
    hy_ids = {r["수요번호"] for r in hy}
    if hy_ids != {i for i in ids if kind_of[i] == "hanyeong"}:
        fail("hanyeong_intended 번호 불일치")
    whole = mixed = 0
    for r in hy:
        inp, intended = r["입력"], r["의도한 한글"]
        if text_of.get(r["수요번호"]) != inp:
            fail(f"hanyeong 입력이 queries 와 다름 {r['수요번호']}")
        got = keys_to_hangul(inp)
        if got != intended:
            fail(f"한영 변환 불일치 {inp!r} -> {got!r} != {intended!r}")
        rt = keys_to_hangul(hangul_to_keys(intended))
        if rt != intended:
            fail(f"한영 왕복 실패 {intended!r} -> {rt!r}")
        has_h = any(is_hangul_syllable(ch) for ch in inp)
        has_a = any(ch.isascii() and ch.isalpha() for ch in inp)
        if has_a and not has_h:
            whole += 1
            if hangul_to_keys(intended) != inp:
                fail(f"전체 영문 입력이 의도 한글의 자판열과 다름 {inp!r}")
        elif has_a and has_h:
            mixed += 1
        else:
            fail(f"hanyeong 입력에 영문 없음 {inp!r}")
    if (whole, mixed) != (8, 3):
        fail(f"hanyeong 전체/섞임 = {whole}/{mixed} (8/3 기대)")

    # ------------------------------------------------------------ choseong
    jamo = set(CHO)
    for i in ids:
        if kind_of[i] != "choseong" or i not in need_of:
            continue
        q, intended = text_of[i], need_of[i]["intended"]
        if len(q) != len(intended):
            fail(f"초성 길이 불일치 {q!r} / {intended!r}")
            continue
        n_j = 0
        for a, b in zip(q, intended):
            if a in jamo:
                n_j += 1
                if choseong(b) != a:
                    fail(f"초성 불일치 {q!r}: {a} != choseong({b})")
            elif a != b:
                fail(f"초성 수요의 일반 글자가 의도와 다름 {q!r} / {intended!r}")
        if n_j < 2:
            fail(f"초성이 2자 미만 {q!r}")

    # ------------------------------------------------------------ synonym / typo words
    for i in ids:
        if kind_of[i] in ("synonym", "typo") and i in need_of:
            w = need_of[i]["word"]
            if w not in text_of[i]:
                fail(f"{i} 표시어 '{w}' 가 수요 문장에 없음")
            if w in cat_text or w.replace(" ", "") in cat_text.replace(" ", ""):
                fail(f"{i} '{w}' 가 카탈로그에 있음")

    # ------------------------------------------------------------ spacing
    nospace_cat = re.sub(r"\s+", "", cat_fields)
    for i in ids:
        if kind_of[i] == "spacing":
            q = text_of[i]
            if q in cat_fields:
                fail(f"{i} spacing 표기 '{q}' 가 카탈로그에 그대로 있음")
            if re.sub(r"\s+", "", q) not in nospace_cat:
                fail(f"{i} spacing '{q}' 를 붙여 써도 카탈로그에 없음")

    # ------------------------------------------------------------ location
    bases = {re.sub(r"\d+가$", "", d) for ds in JEONJU_DONG.values() for d in ds}
    rel = defaultdict(dict)
    for r in qrels:
        rel[r["수요번호"]][r["제품코드"]] = r["관련도"]
    for i in ids:
        if kind_of[i] != "location":
            continue
        dong = text_of[i].split()[0]
        if dong not in bases:
            fail(f"{i} 동 '{dong}' 은 전주 법정동이 아님")
        for c, g in rel[i].items():
            same = code_dong[c] == dong
            if (g == "2") != same:
                fail(f"{i} {c} 관련도 {g} 인데 동 일치={same}")

    # ------------------------------------------------------------ 결과
    for s in INFO:
        print(s)
    if ERR:
        print(f"FAIL ({len(ERR)})")
        for e in ERR:
            print("  -", e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
