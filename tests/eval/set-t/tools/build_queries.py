# -*- coding: utf-8 -*-
"""수요 + 카탈로그 태그 → queries.csv, query_kinds.csv, qrels.csv,
no_match_detail.csv, hanyeong_intended.csv, tools/sweep_report.txt

라벨 규칙 (기계적):
  - want 태그 제품: 조건(cond) 통과 → 2, 실패 → 1
  - ok 태그 제품: 1
  - location: 가게 유형 태그 제품 중 해당 동(법정동 이름이 동 이름으로 시작)에 있는 기업 → 2, 그 밖 → 1
  - multi_item: 품목별 want → 2 (품목 기재), ok → 1 (품목 기재)
  - 한 제품이 여러 경로로 잡히면 가장 높은 등급
  - OVERRIDES: 스윕 후 사람이 판단해 고친 것 (제품명 기준, 0 = 제외)
"""
import csv
import os
import random
import re

import build_catalog
from needs_data import NEEDS, NO_MATCH

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SEED = 7319

# 스윕 검토 후 수동 보정 (수요 key → {제품명: 등급})
OVERRIDES = {
    # "인쇄 없는 기본형" 설명 때문에 text_has("인쇄")가 잘못 통과 → 인쇄 조건 실패로 1
    "quantity-07": {"캔버스 에코백 (무지)": 1},
    # 친환경 표시는 없지만 아이 간식으로 쓸 만한 콩비지 과자 → 대체품
    "category-03": {"두부과자 (콩비지 스낵)": 1},
    # 관광 기념품으로 팔 수는 있으나 값비싼 조명 → 대체품
    "category-07": {"한지 무드등": 1},
    # 엽서가 들어 있는 기념품 세트 → 대체품
    "choseong-06": {"전주 여행 기념품 세트": 1},
    "multi_item-10": {"전주 여행 기념품 세트": (1, "엽서")},
    # 보드게임을 가지고 오는 강사 파견 교육 → 대체품
    "exact-02": {"보드게임 체험 교육 (강사 파견)": 1},
    # 백설기가 들어 있는 답례 상자 → 대체품
    "choseong-01": {"답례떡 선물상자 3종": 1},
    # 어르신 대상 원예 프로그램은 직원 힐링용으로는 대체품
    "category-10": {"어르신 원예 프로그램": 1},
}
# 라벨 단계에서 판단해 더 허용한 대체품 태그 (수요 key 또는 (multi key, 품목))
EXTRA_OK = {
    "hanyeong-06": ["축하화환", "꽃바구니"],      # 축하 화분 대신 보내는 축하 화환·꽃바구니
    "long_sentence-01": ["카네이션꽃"],           # 코사지 대신 카네이션 꽃다발
    "long_sentence-06": ["주먹밥"],               # 샌드위치 대신 간단한 요깃거리
    "quantity-05": ["개별포장떡"],                # 답례떡으로 쓰는 낱개 포장 떡
    "typo-08": ["롤케이크"],                      # 축하 케이크 대신 롤케이크
    "typo-03": ["즙"],                            # 주스 대신 과일·배 즙
    ("multi_item-03", "대봉투"): ["서류봉투무지"],  # 인쇄 안 된 각대봉투
}


def cond_ok(p, cond):
    if not cond:
        return True
    if "price_max" in cond and p["단가"] > cond["price_max"]:
        return False
    if "spec_has" in cond and not all(s in p["규격"] for s in cond["spec_has"]):
        return False
    if "text_has" in cond:
        text = " ".join([p["제품명"], p["규격"], p["설명"]])
        if not all(s in text for s in cond["text_has"]):
            return False
    if "kg_min" in cond:
        kgs = [float(x) for x in re.findall(r"(\d+(?:\.\d+)?)\s*kg", p["규격"])]
        if not kgs or max(kgs) < cond["kg_min"]:
            return False
    return True


def label(need, prods):
    """return {code: (grade, 품목)}"""
    out = {}

    def put(code, g, item=""):
        if code not in out or out[code][0] < g:
            out[code] = (g, item)

    if need["kind"] == "location":
        dong, shop = need["loc"]
        for p in prods:
            if shop in p["_tags"]:
                put(p["제품코드"], 2 if p["_dong"].startswith(dong) else 1)
    elif need["kind"] == "multi_item":
        for it in need["items"]:
            for p in prods:
                if p["_tags"] & set(it["want"]):
                    put(p["제품코드"], 2, it["품목"])
                elif p["_tags"] & (set(it.get("ok", [])) | set(EXTRA_OK.get((need["key"], it["품목"]), []))):
                    put(p["제품코드"], 1, it["품목"])
    else:
        want = set(need["want"])
        ok = set(need["ok"]) | set(EXTRA_OK.get(need["key"], []))
        for p in prods:
            if p["_tags"] & want:
                put(p["제품코드"], 2 if cond_ok(p, need["cond"]) else 1)
            elif p["_tags"] & ok:
                put(p["제품코드"], 1)
    by_name = {p["제품명"]: p["제품코드"] for p in prods}
    for name, g in OVERRIDES.get(need["key"], {}).items():
        code = by_name[name]  # KeyError = 오타 방지
        if isinstance(g, tuple):
            out[code] = g
        elif g == 0:
            out.pop(code, None)
        else:
            item = out.get(code, (0, ""))[1]
            out[code] = (g, item)
    return out


STOP = {"제작", "인쇄", "체험", "만들기", "단체", "이하", "개당", "있나요", "추천", "어디", "준비할",
        "만한", "필요한", "프로그램"}


def need_words(need):
    base = need["intended"] if need["kind"] in ("hanyeong", "choseong") else need["text"]
    words = set(re.findall(r"[가-힣]{2,}", base))
    if need["kind"] == "multi_item":
        words |= {it["품목"] for it in need["items"]}
    return {w for w in words if w not in STOP}


def main():
    prods = build_catalog.products()
    pmap = {p["제품코드"]: p for p in prods}

    entries = []  # (key, kind, text, qty, budget, labels, extra)
    for n in NEEDS:
        entries.append(dict(key=n["key"], kind=n["kind"], text=n["text"], qty=n["qty"],
                            budget=n["budget"], labels=label(n, prods), need=n))
    for i, (text, org, diff, overlap, reason) in enumerate(NO_MATCH, 1):
        entries.append(dict(key="no_match-%02d" % i, kind="no_match", text=text, qty=None,
                            budget=None, labels={}, nm=(diff, overlap, reason)))

    rng = random.Random(SEED)
    rng.shuffle(entries)
    for i, e in enumerate(entries, 1):
        e["qid"] = "T-Q%03d" % i

    def w(name, header, rows):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    fmt = lambda v: "" if v is None else str(int(v))
    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[e["qid"], e["text"], fmt(e["qty"]), fmt(e["budget"])] for e in entries])
    w("query_kinds.csv", ["수요번호", "유형"], [[e["qid"], e["kind"]] for e in entries])
    qrows = []
    for e in entries:
        for code in sorted(e["labels"]):
            g, item = e["labels"][code]
            qrows.append([e["qid"], code, g, item])
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[e["qid"]] + list(e["nm"]) for e in entries if e["kind"] == "no_match"])
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [[e["qid"], e["text"], e["need"]["intended"]] for e in entries if e["kind"] == "hanyeong"])

    # 내부 대응표 (도구용): 수요번호 ↔ 내부 key
    w("tools/_key_map.csv", ["수요번호", "key"], [[e["qid"], e["key"]] for e in entries])

    # 스윕 보고서
    lines = []
    for e in sorted((e for e in entries if e["kind"] != "no_match"), key=lambda e: e["key"]):
        words = need_words(e["need"])
        miss = []
        for p in prods:
            if p["제품코드"] in e["labels"]:
                continue
            hit = [wd for wd in words if wd in p["제품명"]]
            if hit:
                miss.append("    %s %s  [%s]" % (p["제품코드"], p["제품명"], ",".join(sorted(hit))))
        n2 = sum(1 for g, _ in e["labels"].values() if g == 2)
        n1 = sum(1 for g, _ in e["labels"].values() if g == 1)
        lines.append("%s %s | %s | 2:%d 1:%d" % (e["qid"], e["key"], e["text"][:40], n2, n1))
        for code in sorted(e["labels"]):
            g, item = e["labels"][code]
            lines.append("    = %d %s %s %s" % (g, code, pmap[code]["제품명"], ("<" + item + ">") if item else ""))
        if miss:
            lines.append("  미표시 후보:")
            lines.extend(miss)
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("needs:", len(entries), "qrels rows:", len(qrows))


if __name__ == "__main__":
    main()
