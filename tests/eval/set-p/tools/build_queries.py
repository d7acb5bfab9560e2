# -*- coding: utf-8 -*-
"""수요 + 카탈로그 내부 태그 -> queries.csv, query_kinds.csv, qrels.csv,
hanyeong_intended.csv, no_match_detail.csv

판정 규칙 (기계적):
  * 보통 수요: 제품 태그가 g2 에 있으면 2, g1 에 있으면 1.
    cond 가 있으면 g2 제품 중 조건(규격 문자열 / 개당 단가)을 못 맞춘 것은 cond['fail'] 등급.
  * location: 가게 종류의 품목 태그를 가진 제품 중 그 동(법정동 이름이 그 동으로 시작) 기업 것은 2, 다른 동은 1.
  * multi_item: 품목별로 판정해 최댓값. 2 인 행의 '품목' 칸에 수요에 적힌 품목명.
  * LABEL_FIX: 카탈로그를 만든 뒤 스윕에서 발견한 누락을 태그 단위로 보완 (수요 문장은 그대로).
python3 build_queries.py --sweep 으로 '이름에 수요 낱말이 있는데 0 인 제품' 목록을 본다.
"""
import csv
import os
import random
import re
import sys

import build_catalog
import kbd
import needs_data as nd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SEED = 150_2025

# 스윕 후 판정 보완: 수요 문장(또는 intended) -> 추가 태그
LABEL_FIX = {
    "경로당 어르신 간식거리": {"g2": ["수정과", "쌀과자"]},
    "간부회의 다과 준비": {"g1": ["수정과", "쌀과자"]},
    "직원 명절 선물": {"g1": ["고추장", "된장", "한지소품", "염색스카프", "손수건선물"]},
    "청사 위생관리 업체": {"g2": ["화장실위생"], "g1": ["유리창청소"]},
    "초등학생 방학 체험 프로그램": {"g1": ["커피박키트", "장담그기체험", "자전거교육"]},
    "친환경 생활용품": {"g1": ["업사이클파우치", "고체샴푸", "볼펜"]},
    "행사 기념품 뭐 있나요": {"g2": ["업사이클파우치"], "g1": ["도시락가방", "비누꽃"]},
    "회의 때 먹을 주전부리": {"g1": ["쌀과자"]},
    "축제 홍보물 제작": {"g1": ["실사출력", "카드뉴스"]},
    "재가 어르신 돌봄 서비스": {"g1": ["반찬배송"]},  # 병원 간병은 재가가 아니므로 needs_data 에서 1
    "간병 서비스": {"g1": ["가사간병"]},
    # 식혜를 찾는 수요: 수정과는 같은 쓰임(전통 음료)의 대체품
    "경로당 감주 납품": {"g1": ["수정과"]},
    "수제 식혜 1.5L 10병": {"g1": ["수정과"]},
    # '세트'를 명시한 수요: 이름에 세트가 없는 낱개 상품은 1
    "수제쿠기 선물세트": {"cond": dict(name_any=["세트"], fail=1)},
    "천연비누 세트": {"cond": dict(name_any=["세트"], fail=1)},
    "한과세트": {"cond": dict(name_any=["세트"], fail=1)},
    # 한지 공방이 파는 물건에 한지 벽지(롤)도 포함
    "풍남동 한지 공방": {"shop_extra": ["한지벽지"]},
}

# multi_item 품목별 보완: (수요, 품목명) -> 추가 g1
ITEM_FIX = {
    ("도시락 및 식혜", "식혜"): ["수정과"],
}


def need_text(d):
    if d["kind"] == "hanyeong":
        return kbd.convert_words(d["intended"], d.get("conv"), kbd.hangul_to_keys)
    if d["kind"] == "choseong":
        return kbd.convert_words(d["intended"], d.get("conv"), kbd.choseong)
    return d["text"]


def key_of(d):
    return d.get("intended") or d["text"]


def unit_price(row):
    price = int(row["단가"])
    m = re.search(r"(\d+)개입", row["규격"])
    if m and row["단위"] not in ("개",):
        return price / int(m.group(1))
    return price


def cond_ok(cond, row):
    if not cond:
        return True
    text = row["제품명"] + " " + row["규격"]
    if "name_any" in cond and not any(s in row["제품명"] for s in cond["name_any"]):
        return False
    for s in cond.get("spec_all", []):
        if s not in text:
            return False
    if "price_max" in cond and unit_price(row) > cond["price_max"]:
        return False
    return True


def grade_simple(g2, g1, cond, row):
    tags = set(row["_tags"])
    if tags & set(g2):
        return 2 if cond_ok(cond, row) else cond.get("fail", 1)
    if tags & set(g1):
        return 1
    return 0


def label(d, rows):
    """-> list of (code, grade, 품목)"""
    out = []
    fix = LABEL_FIX.get(key_of(d), {})
    for r in rows:
        tags = set(r["_tags"])
        item = ""
        if d["kind"] == "location":
            shop = set(nd.SHOP_TAGS[d["shop"]]) | set(fix.get("shop_extra", []))
            g = 0
            if tags & shop:
                g = 2 if r["_dong"].startswith(d["dong"]) else 1
        elif d["kind"] == "multi_item":
            g = 0
            for name, ig2, ig1 in d["items"]:
                gi = grade_simple(ig2, list(ig1) + ITEM_FIX.get((d["text"], name), []), None, r)
                if gi > g:
                    g = gi
                    item = name if gi == 2 else ""
        else:
            g2 = list(d.get("g2", [])) + fix.get("g2", [])
            g1 = list(d.get("g1", [])) + fix.get("g1", [])
            cond = dict(d.get("cond") or {}, **fix.get("cond", {}))
            g = grade_simple(g2, g1, cond, r)
        if g:
            out.append((r["제품코드"], g, item))
    return out


STOP = {"있나요", "업체", "주문", "구합니다", "곳", "뭐", "등", "준비", "제작", "인쇄", "세트", "선물세트", "서비스"}


def tokens(text):
    toks = re.findall(r"[가-힣A-Za-z0-9]+", text)
    res = set()
    for t in toks:
        t = re.sub(r"(이랑|랑|및|과|와|을|를|이|가|은|는|에|도|로|으로)$", "", t) if len(t) > 2 else t
        if len(t) >= 2 and t not in STOP:
            res.add(t)
    return res


def sweep(needs, rows, labels):
    for d in needs:
        have = {c for c, g, _ in labels[key_of(d)]}
        toks = tokens(key_of(d))
        hits = [r for r in rows if r["제품코드"] not in have and any(t in r["제품명"] for t in toks)]
        if hits:
            print(f"[{d['kind']}] {key_of(d)}")
            for r in hits:
                print(f"     0  {r['제품코드']} {r['제품명']}  tags={r['_tags']}")


def main():
    rows = build_catalog.load()
    needs = list(nd.NEEDS)
    labels = {key_of(d): label(d, rows) for d in needs}
    if "--sweep" in sys.argv:
        sweep(needs, rows, labels)
        return

    allq = [dict(d, _match=True) for d in needs]
    for diff, text, overlap, reason in nd.NO_MATCH:
        allq.append(dict(kind="no_match", text=text, difficulty=diff, overlap=overlap, reason=reason, _match=False))
    rng = random.Random(SEED)
    rng.shuffle(allq)

    qrows, krows, relrows, hyrows, nmrows = [], [], [], [], []
    for i, d in enumerate(allq, 1):
        qid = f"P-Q{i:03d}"
        text = need_text(d)
        qrows.append([qid, text, d.get("qty", ""), d.get("budget", "")])
        krows.append([qid, d["kind"]])
        if d["kind"] == "hanyeong":
            hyrows.append([qid, text, d["intended"]])
        if d["kind"] == "no_match":
            nmrows.append([qid, d["difficulty"], d["overlap"], d["reason"]])
            continue
        lab = sorted(labels[key_of(d)], key=lambda x: (-x[1], x[0]))
        for code, g, item in lab:
            relrows.append([qid, code, g, item])

    def write(name, header, data):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(data)

    write("queries.csv", ["수요번호", "수요내용", "수량", "예산"], qrows)
    write("query_kinds.csv", ["수요번호", "유형"], krows)
    write("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], relrows)
    write("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"], hyrows)
    write("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"], nmrows)
    print(f"queries {len(qrows)}, qrels {len(relrows)} "
          f"(2: {sum(1 for r in relrows if r[2] == 2)}, 1: {sum(1 for r in relrows if r[2] == 1)}), "
          f"hanyeong {len(hyrows)}, no_match {len(nmrows)}")


if __name__ == "__main__":
    main()
