# -*- coding: utf-8 -*-
"""4·5단계: 태그로 관련도를 기계적으로 매기고(qrels), 스윕(누락 검토)을 적용하고, 섞어서 번호를 매긴다."""
import csv, os, random, re
import needs_data as ND
import build_catalog as BC
import kbd

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20250711

try:
    import review_data as RV
except ImportError:  # 첫 실행(스윕 전)
    RV = None


def wcsv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def dong_match(need_dong, ent_dong):
    return ent_dong == need_dong or re.fullmatch(re.escape(need_dong) + r"\d가", ent_dong) is not None


def rel_tags(p, want, ok, cap=None, spec=None):
    tags = set(p["tags"])
    if tags & set(want):
        good = True
        if cap is not None and p["price"] > cap:
            good = False
        if spec and not re.search(spec, p["name"] + " " + p["spec"]):
            good = False
        return 2 if good else 1
    if tags & set(ok):
        return 1
    return 0


def label(need, prods, ents):
    """반환: {제품코드: (관련도, 품목)}"""
    out = {}
    k = need["kind"]
    if k == "multi_item":
        for it in need["items"]:
            for p in prods:
                r = rel_tags(p, it["want"], it["ok"], it["cap"], it["spec"])
                if r and r > out.get(p["code"], (0, ""))[0]:
                    out[p["code"]] = (r, it["item"])
        return out
    if k == "location":
        for p in prods:
            e = ents[p["eid"]]
            if e["kind"] == need["shop"]:
                out[p["code"]] = (2 if dong_match(need["dong"], e["dong"]) else 1, "")
        return out
    if k == "category":
        g = ND.GROUPS[need["group"]]
        want, ok, cap, spec = g["want"], g["ok"], None, None
    else:
        want, ok, cap, spec = need["want"], need["ok"], need["cap"], need["spec"]
        if cap is None and need.get("budget") and need.get("qty"):
            cap = need["budget"] // need["qty"]
    for p in prods:
        r = rel_tags(p, want, ok, cap, spec)
        if r:
            out[p["code"]] = (r, "")
    return out


PARTICLES = ["에서", "으로", "까지", "마다", "에게", "이나", "이면", "을", "를", "이", "가", "은", "는", "에", "로", "의",
             "과", "와", "도", "께", "나"]
STOP = set("""제작 구매 업체 필요 합니다 하려고 하려 하고자 찾습니다 찾고 있습니다 좋겠습니다 주실 주시기 바랍니다 가능한 가능해야
정도 준비 예정 진행 사용할 제공할 드릴 나누어 놓아둘 쓸 걸 수 있는 이상 이하 이내 개당 단가 예산 다음 동안 기간 함께 구성되면
직원 참석자 참가 대상 사회적기업 기업 지역 제품 제품이면 더 하오니 견적 부탁드립니다 추천해 오전 오후 약 인분 만원 천원 세트 개 장
2025년 되면 위해 위한 격려용으로 격려용 받을 주세요 해주실 해 주실 구입하려고 구입 하는데 맡길 연 회 있는 그 각 층 곳 곳을 시 분 일 월
""".split())
KEEP1 = {"떡", "꽃", "쌀", "빵"}


def content_words(need):
    if need["kind"] == "hanyeong":
        text = need["intended"]
    elif need["kind"] == "choseong":
        text = need["text"] + " " + need["cho"]
    elif need["kind"] == "multi_item":
        text = need["text"] + " " + " ".join(i["item"] for i in need["items"])
    else:
        text = need["text"]
    words = set()
    for tok in re.findall(r"[0-9A-Za-z가-힣ㄱ-ㅎ.,×]+", text):
        tok = tok.strip(",")
        tok = tok.strip(".")
        for pa in PARTICLES:
            if tok.endswith(pa) and len(tok) - len(pa) >= 2:
                tok = tok[: -len(pa)]
                break
        if re.fullmatch(r"[ㄱ-ㅎ]+", tok) or re.fullmatch(r"[0-9.,]+", tok) or \
                re.fullmatch(r"[0-9,]+(개|장|박스|봉|명|인분|회|팩|분|시|일|월|주|세트)", tok):
            continue
        if need["kind"] == "hanyeong" and re.fullmatch(r"[A-Za-z]+", tok):
            continue
        if tok in STOP:
            continue
        if len(tok) >= 2 or tok in KEEP1:
            words.add(tok)
    return sorted(words)


def main():
    ents, prods = BC.load()
    pmap = {p["code"]: p for p in prods}
    needs = list(ND.NEEDS)
    for key, org, text, diff, overlap, why in ND.NO_MATCH:
        needs.append(dict(key=key, kind="no_match", org=org, text=text, qty=None, budget=None, diff=diff,
                          overlap=overlap, why=why))
    keys = [n["key"] for n in needs]
    order = keys[:]
    random.Random(SEED).shuffle(order)
    idmap = {k: f"ZZB-Q{i:03d}" for i, k in enumerate(order, 1)}
    byk = {n["key"]: n for n in needs}

    qrels = {}
    for n in needs:
        if n["kind"] != "no_match":
            qrels[n["key"]] = label(n, prods, ents)

    # ---- 스윕 결과 반영
    overrides = RV.OVERRIDES if RV else {}
    reviewed = RV.REVIEWED if RV else {}
    reviewed_words = RV.REVIEWED_WORDS if RV else {}
    for (key, code), (rel, why) in overrides.items():
        assert code in pmap, code
        item = qrels[key].get(code, (0, ""))[1]
        if byk[key]["kind"] == "multi_item" and not item:
            item = why.split("|")[0]
        if rel == 0:
            qrels[key].pop(code, None)
        else:
            qrels[key][code] = (rel, item)

    sweep_rows, unreviewed = [], 0
    for n in needs:
        if n["kind"] == "no_match":
            continue
        words = content_words(n)
        for p in prods:
            if p["code"] in qrels[n["key"]] and (n["key"], p["code"]) not in overrides:
                continue
            hay = p["name"] + " " + p["spec"] + " " + p["desc"]
            hits = [w for w in words if w in hay]
            if not hits:
                continue
            k2 = (n["key"], p["code"])
            if k2 in overrides:
                dec = f"OVERRIDE→{overrides[k2][0]}: {overrides[k2][1]}"
            elif k2 in reviewed:
                dec = "REVIEWED(0): " + reviewed[k2]
            else:
                reasons = [reviewed_words[(n['key'], w)] for w in hits if (n["key"], w) in reviewed_words]
                if reasons:
                    dec = "REVIEWED(0): " + reasons[0]
                else:
                    dec = "UNREVIEWED"
                    unreviewed += 1
            sweep_rows.append([n["key"], idmap[n["key"]], n["text"], p["code"], p["name"], " ".join(hits), dec])
    wcsv(os.path.join(HERE, "sweep.csv"), ["key", "수요번호", "수요내용", "제품코드", "제품명", "겹친 말", "결정"], sweep_rows)

    # ---- 출력
    qrows, krows, rrows, hrows, nmrows, idrows = [], [], [], [], [], []
    for k in order:
        n = byk[k]
        qid = idmap[k]
        qrows.append([qid, n["text"], n["qty"] if n.get("qty") is not None else "",
                      n["budget"] if n.get("budget") is not None else ""])
        krows.append([qid, n["kind"]])
        idrows.append([qid, k, n["kind"], ND.ORGS[n["org"]]])
        if n["kind"] == "hanyeong":
            hrows.append([qid, n["text"], n["intended"]])
        if n["kind"] == "no_match":
            nmrows.append([qid, n["diff"], n["overlap"], n["why"]])
            continue
        for code in sorted(qrels[k]):
            rel, item = qrels[k][code]
            rrows.append([qid, code, rel, item if n["kind"] == "multi_item" else ""])
    wcsv(os.path.join(OUT, "queries.csv"), ["수요번호", "수요내용", "수량", "예산"], qrows)
    wcsv(os.path.join(OUT, "query_kinds.csv"), ["수요번호", "유형"], krows)
    wcsv(os.path.join(OUT, "qrels.csv"), ["수요번호", "제품코드", "관련도", "품목"], rrows)
    wcsv(os.path.join(OUT, "hanyeong_intended.csv"), ["수요번호", "입력", "의도한 한글"], hrows)
    wcsv(os.path.join(OUT, "no_match_detail.csv"), ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"], nmrows)
    wcsv(os.path.join(HERE, "id_map.csv"), ["수요번호", "key", "유형", "기관"], idrows)
    print("needs", len(qrows), "qrels", len(rrows), "sweep", len(sweep_rows), "unreviewed", unreviewed)


if __name__ == "__main__":
    main()
