# -*- coding: utf-8 -*-
"""4·5단계: 태그로 기계적 관련도 부여 -> 검토(OVERRIDES) 적용 -> 섞어서 번호 매김.
출력: ../queries.csv ../query_kinds.csv ../qrels.csv ../no_match_detail.csv ../hanyeong_intended.csv
      id_map.csv sweep.csv(라벨 없는 단어 겹침 목록과 검토 결과)"""
import csv, os, re, random
import needs_data
from review_data import OVERRIDES, REVIEWED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 4172


def load_products():
    prods = {}
    with open(os.path.join(OUT, "catalog.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            prods[r["제품코드"]] = r
    with open(os.path.join(HERE, "product_tags.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            p = prods[r["제품코드"]]
            p["tags"] = set(t for t in r["품목태그"].split(";") if t)
            p["shop"] = r["가게종류"]
            p["dong"] = r["법정동"]
    return prods


def all_needs():
    out = []
    for n in needs_data.NEEDS:
        out.append(dict(n))
    for n in needs_data.NO_MATCH:
        d = dict(n)
        d["k"] = "no_match"
        out.append(d)
    return out


def rel_item(p, want, ok, cap, spec):
    tags = p["tags"]
    if tags & set(want):
        good = True
        if cap is not None and int(p["단가"]) > cap:
            good = False
        if spec and not re.search(spec, p["제품명"] + " " + p["규격"]):
            good = False
        return 2 if good else 1
    if tags & set(ok or []):
        return 1
    return 0


def unit_cap(n):
    if n.get("cap") is not None:
        return n["cap"]
    if n.get("budget") and n.get("qty"):
        return n["budget"] // n["qty"]
    return None


def label(n, prods):
    """{code: (rel, 품목)}"""
    res = {}
    k = n["k"]
    if k == "no_match":
        return res
    for code, p in prods.items():
        if k == "location":
            if p["shop"] == n["shop"]:
                same = re.fullmatch(re.escape(n["dong"]) + r"(\d가)?", p["dong"]) is not None
                res[code] = (2 if same else 1, "")
            continue
        if k == "multi_item":
            best = (0, "")
            for it in n["items"]:
                r = rel_item(p, it["want"], it.get("ok"), None, None)
                if r > best[0]:
                    best = (r, it["item"])
            if best[0]:
                res[code] = best
            continue
        if k == "category":
            want = needs_data.CATEGORY_GROUPS[n["group"]]
            r = rel_item(p, want, [], None, None)
        else:
            r = rel_item(p, n.get("want", []), n.get("ok", []), unit_cap(n), n.get("spec"))
        if r:
            res[code] = (r, "")
    # 검토 결과 덮어쓰기
    for (q, code), (r, item, why) in OVERRIDES.items():
        if q == n["q"]:
            assert code in prods, code
            if r == 0:
                res.pop(code, None)
            else:
                res[code] = (r, item)
    return res


PARTICLES = ["으로", "에게", "까지", "부터", "하고", "이랑", "이면", "에서", "께서", "을", "를", "이", "가", "은", "는",
             "에", "의", "로", "께", "과", "와", "도", "들"]
STOP = set("""구매 구입 제작 납품 가능 업체 찾습니다 찾고 있습니다 합니다 하고자 하려고 준비 위한 위해 드릴 나눠
예정 희망 정기적 매주 매월 다음 동안 기간 진행 하는 있는 해 줄 곳 좋겠습니다 부탁드립니다 견적 주세요 일체 관련
2025년 2026년 이하 이내 예산 개당 장당 세트당 행사 기관 시민 주민 어르신 전주시 전주 사용 지급 일괄 작업 직접 운영""".split())


def content_words(n):
    if n["k"] == "hanyeong":
        text = n["intended"]
    elif n["k"] == "choseong":
        text = n["q"].replace(n["cho"], n["cho_of"])
    elif n["k"] == "category":
        text = n["q"]
    else:
        text = n["q"]
    words = set()
    for w in re.split(r"[\s,.()·/?!×]+", text):
        w = w.strip()
        for _ in range(2):
            for pt in PARTICLES:
                if w.endswith(pt) and len(w) - len(pt) >= 2:
                    w = w[: -len(pt)]
                    break
        if len(w) >= 2 and w not in STOP and not re.fullmatch(r"[\d.,]+\w{0,2}", w):
            words.add(w)
    if n["k"] == "multi_item":
        for it in n["items"]:
            words.add(it["item"].replace(" ", ""))
    return sorted(words)


def main():
    prods = load_products()
    needs = all_needs()
    order = list(range(len(needs)))
    random.Random(SEED).shuffle(order)
    ids = {}
    for i, idx in enumerate(order):
        ids[idx] = "ZV-Q%03d" % (i + 1)
    qrows, krows, rrows, hrows, nmrows, maprows, sweep = [], [], [], [], [], [], []
    for idx, n in enumerate(needs):
        qid = ids[idx]
        qty = n.get("qty")
        bud = n.get("budget")
        qrows.append((qid, n["q"], "" if qty is None else qty, "" if bud is None else bud))
        krows.append((qid, n["k"]))
        maprows.append((qid, n["k"], idx + 1, needs_data.INST[n["inst"]], n["q"]))
        if n["k"] == "hanyeong":
            hrows.append((qid, n["q"], n["intended"]))
        if n["k"] == "no_match":
            nmrows.append((qid, n["diff"], n["overlap"], n["reason"]))
        lab = label(n, prods)
        for code, (r, item) in lab.items():
            rrows.append((qid, code, r, item if n["k"] == "multi_item" else ""))
        # sweep
        cw = content_words(n)
        for code, p in prods.items():
            if code in lab:
                continue
            hay = p["제품명"] + " " + p["규격"] + " " + p["설명"]
            hits = [w for w in cw if w in hay]
            if hits:
                rv = REVIEWED.get((n["q"], code)) or REVIEWED.get((n["q"], "*"))
                ov = OVERRIDES.get((n["q"], code))
                sweep.append((qid, n["k"], n["q"], code, p["제품명"], "/".join(hits),
                              (ov[2] if ov else (rv or ""))))
    qrows.sort()
    krows.sort()
    rrows.sort()
    hrows.sort()
    nmrows.sort()
    maprows.sort()
    sweep.sort()

    def w(path, header, rows):
        with open(path, "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    w(os.path.join(OUT, "queries.csv"), ["수요번호", "수요내용", "수량", "예산"], qrows)
    w(os.path.join(OUT, "query_kinds.csv"), ["수요번호", "유형"], krows)
    w(os.path.join(OUT, "qrels.csv"), ["수요번호", "제품코드", "관련도", "품목"], rrows)
    w(os.path.join(OUT, "hanyeong_intended.csv"), ["수요번호", "입력", "의도한 한글"], hrows)
    w(os.path.join(OUT, "no_match_detail.csv"), ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"], nmrows)
    w(os.path.join(HERE, "id_map.csv"), ["수요번호", "유형", "작성순번", "기관", "수요내용"], maprows)
    w(os.path.join(HERE, "sweep.csv"), ["수요번호", "유형", "수요내용", "제품코드", "제품명", "겹친 말", "검토"], sweep)
    unrev = [s for s in sweep if not s[6]]
    print("needs", len(qrows), "qrels", len(rrows), "sweep", len(sweep), "unreviewed", len(unrev))
    return unrev


if __name__ == "__main__":
    main()
