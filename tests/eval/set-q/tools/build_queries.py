# -*- coding: utf-8 -*-
"""수요·라벨 생성.

needs_data.NEEDS(120) + NO_MATCH(30) -> 섞어서 Q-Q001…Q-Q150
출력: queries.csv, query_kinds.csv, qrels.csv, no_match_detail.csv, hanyeong_intended.csv
      tools/_sweep.txt (제품명에 수요 낱말이 들어 있는데 라벨이 없는 제품 목록 — 검토용)
      tools/_internal_map.csv (내부 id <-> 공개 번호, 검증용)

라벨 규칙 (기계적으로 모든 제품의 품목 태그에 적용)
  2  want 태그 (quantity 는 조건까지 맞을 때)
  1  ok 태그 또는 SUBS 대체품, quantity 조건 불충족
  location: 가게 유형 품목이면 해당 동 기업 2, 다른 동 1
  multi_item: 품목별 태그 2(품목 열 채움), 품목별 대체품 1
  REVIEW: 검토 후 수동 판정(제품명 기준)
"""
import csv
import os
import random
import re

import kbd
from build_catalog import load_products
from needs_data import NEEDS, NO_MATCH, SUBS, SHOPS, REVIEW, GENERIC

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SEED = 61  # 고정 시드

BRACE = re.compile(r"\{([^}]*)\}")


def render(need):
    """(수요내용, 의도한 한글) 반환"""
    t = need["text"]
    if need["kind"] == "hanyeong":
        return BRACE.sub(lambda m: kbd.kor2eng(m.group(1)), t), BRACE.sub(lambda m: m.group(1), t)
    if need["kind"] == "choseong":
        return BRACE.sub(lambda m: kbd.choseong(m.group(1)), t), BRACE.sub(lambda m: m.group(1), t)
    assert "{" not in t, need["id"]
    return t, t


def subs_of(tags):
    out = set()
    for t in tags:
        out.update(SUBS.get(t, []))
    return out


def cond_ok(cond, p):
    if not cond:
        return True
    if "max_price" in cond and p["단가"] > cond["max_price"]:
        return False
    hay = p["제품명"] + " " + p["규격"]
    for s in cond.get("require", []):
        if s not in hay:
            return False
    return True


def grade(need, p):
    """(관련도, 품목) — 관련 없으면 (0, '')"""
    tags = set(p["_tags"])
    kind = need["kind"]
    if kind == "location":
        if tags & set(SHOPS[need["shop"]]):
            return (2, "") if p["_dong"] in need["dongs"] else (1, "")
        return (0, "")
    if kind == "multi_item":
        for word, ptags in need["parts"]:
            if tags & set(ptags):
                return (2, word)
        for word, ptags in need["parts"]:
            if tags & (subs_of(ptags) - set(ptags)):
                return (1, "")
        return (0, "")
    want = set(need["want"])
    ok = (set(need["ok"]) | subs_of(want)) - want
    if tags & want:
        return (2, "") if cond_ok(need.get("cond"), p) else (1, "")
    if tags & ok:
        return (1, "")
    return (0, "")


STOP = set("""업체 있나요 있을까요 찾아요 찾습니다 찾고 주문 구매 구입 제작 서비스 관련 문의 가능한 가능 여부
안녕하세요 안녕하십니까 입니다 있습니다 합니다 부탁드립니다 부탁드려요 감사하겠습니다 생각하고 예정입니다
진행해 진행하는 주실 해주실 해 주실 있는 있고 있으면 좋겠습니다 필요합니다 희망합니다 드립니다 문의드립니다
다음 이번 정도 내외 대상 관내 전주시 전주 사무국 센터 행정과 운영팀 사회복지사 관리사무소 지원팀""".split())


def tokens(text, need):
    toks = set()
    for w in re.findall(r"[0-9A-Za-z가-힣]+", text):
        if len(w) >= 2 and w not in STOP and not w.isdigit():
            toks.add(w)
    if need["kind"] == "multi_item":
        toks.update(word for word, _ in need["parts"])
    return toks


def main():
    products = load_products()
    rng = random.Random(SEED)
    allneeds = [dict(n) for n in NEEDS]
    for (nid, diff, text, overlap, reason) in NO_MATCH:
        allneeds.append(dict(id=nid, kind="no_match", text=text, difficulty=diff,
                             overlap=overlap, reason=reason, qty=None, budget=None))
    order = list(range(len(allneeds)))
    rng.shuffle(order)
    for num, idx in enumerate(order, 1):
        allneeds[idx]["qid"] = "Q-Q%03d" % num
    allneeds.sort(key=lambda n: n["qid"])

    qrels, sweep = [], []
    review_used = set()
    for n in allneeds:
        shown, intended = render(n) if n["kind"] != "no_match" else (n["text"], n["text"])
        n["shown"], n["intended"] = shown, intended
        if n["kind"] == "no_match":
            continue
        rev = REVIEW.get(n["id"], {})
        toks = tokens(intended, n)
        for p in products:
            g, item = grade(n, p)
            if p["제품명"] in rev:
                review_used.add((n["id"], p["제품명"]))
                rg, why = rev[p["제품명"]]
                if rg != 0 or g == 0:
                    g = rg
                    if g == 2 and n["kind"] == "multi_item":
                        item = why.split("|")[0]  # 형식 '품목|사유'
                    elif g != 2:
                        item = ""
            if g > 0:
                qrels.append((n["qid"], p["제품코드"], g, item if g == 2 else ""))
            else:
                hit = [t for t in toks if t in p["제품명"]]
                if [t for t in hit if t not in GENERIC] and p["제품명"] not in rev:
                    sweep.append("%s %s %-14s | %s %s | 낱말=%s" % (
                        n["qid"], n["id"], n["kind"], p["제품코드"], p["제품명"], ",".join(sorted(hit))))
    unused = [(k, nm) for k, d in REVIEW.items() for nm in d if (k, nm) not in review_used]

    def w(name, header, rows):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f)
            cw.writerow(header)
            cw.writerows(rows)

    def iv(x):
        return "" if x is None else int(x)

    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [(n["qid"], n["shown"], iv(n["qty"]), iv(n["budget"])) for n in allneeds])
    w("query_kinds.csv", ["수요번호", "유형"], [(n["qid"], n["kind"]) for n in allneeds])
    qrels.sort()
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrels)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [(n["qid"], "어려움" if n["difficulty"] == "hard" else "쉬움", n["overlap"], n["reason"])
       for n in allneeds if n["kind"] == "no_match"])
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [(n["qid"], n["shown"], n["intended"]) for n in allneeds if n["kind"] == "hanyeong"])
    with open(os.path.join(HERE, "_internal_map.csv"), "w", encoding="utf-8", newline="") as f:
        cw = csv.writer(f)
        cw.writerow(["수요번호", "내부id", "유형", "의도한 글", "form"])
        for n in allneeds:
            cw.writerow([n["qid"], n["id"], n["kind"], n["intended"], n.get("form", "")])
    with open(os.path.join(HERE, "_sweep.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sweep) + "\n")
    print("needs:", len(allneeds), "qrels:", len(qrels), "sweep (unlabelled name hits):", len(sweep))
    if unused:
        print("REVIEW entries that matched no product:", unused)


if __name__ == "__main__":
    main()
