# -*- coding: utf-8 -*-
"""Step 4/5: mechanical labelling from tags, sweep, shuffle, write queries/qrels/etc."""
import csv, os, re, random
from needs_data import NEEDS, NO_MATCH, SUBST, CATEGORY_GROUPS
from review_data import OVERRIDES, REVIEWED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7130


def load_catalog():
    cat = {r["제품코드"]: r for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
    for r in csv.DictReader(open(os.path.join(HERE, "product_tags.csv"), encoding="utf-8")):
        p = cat[r["제품코드"]]
        p["tags"] = set(t for t in r["tags"].split(",") if t)
        p["shop"], p["dong"] = r["shop"], r["dong"]
    return cat


def dong_base(d):
    return re.sub(r"\d가$", "", d)


def cond_ok(need, p):
    cap = need.get("max_price")
    if need.get("budget") and need.get("qty"):
        cap = need["budget"] // need["qty"]
    if cap is not None and int(p["단가"]) > cap:
        return False
    if need.get("spec") and not re.search(need["spec"], p["제품명"] + " " + p["규격"]):
        return False
    return True


def subst_for(want, explicit):
    if explicit is not None:
        return set(explicit)
    s = set()
    for t in want:
        s.update(SUBST.get(t, []))
    return s - set(want)


def label_simple(need, cat, want, ok, cond=True):
    out = {}
    for code, p in cat.items():
        if p["tags"] & set(want):
            out[code] = 2 if (not cond or cond_ok(need, p)) else 1
        elif p["tags"] & ok:
            out[code] = 1
    return out


def label(need, cat):
    """returns {code: (rel, 품목)}"""
    k = need["kind"]
    if k == "category":
        g = CATEGORY_GROUPS[need["group"]]
        res = {}
        for code, p in cat.items():
            if p["tags"] & set(g["want"]):
                res[code] = (2, "")
            elif p["tags"] & set(g["ok"]):
                res[code] = (1, "")
        return res
    if k == "location":
        res = {}
        for code, p in cat.items():
            if p["shop"] == need["shop"]:
                res[code] = (2 if dong_base(p["dong"]) == need["dong"] else 1, "")
        return res
    if k == "multi_item":
        res = {}
        for it in need["items"]:
            lab = label_simple(it, cat, it["want"], subst_for(it["want"], it.get("ok")), cond=False)
            for code, r in lab.items():
                if code not in res or r > res[code][0]:
                    res[code] = (r, it["품목"])
        return res
    lab = label_simple(need, cat, need["want"], subst_for(need["want"], need.get("ok")))
    return {c: (r, "") for c, r in lab.items()}


JOSA = ["에서", "으로", "이면", "이나", "에게", "께서", "을", "를", "이", "가", "은", "는", "에", "의", "로", "와", "과",
        "도", "께", "만"]
STOP = set("""구매 구매하고자 구매하려고 구매하려 업체 업체를 가능한 가능 있을까요 찾고 찾습니다 있으며 하오니 안내 부탁드립니다 사용할
쓸 때 정도 하고 하는데 싶습니다 싶은데 합니다 좋겠습니다 감사하겠습니다 알려주시기 알려주시면 바랍니다 필요하며 제품이면 제품 형태였으면
있는 만들 직접 중에 동안 이용객 시즌 다음 달 견적 받아보고 맡길 전문 지역 열리는 사랑의 나눠드릴 시민들께 단체 로고 인쇄가 곳을
셋째 주 앞마당 참석자 점심 준비해야 당일 오전 배달이 상시 고객에게 드릴 신으실 단가와 최소 주문 수량을 겨울 관람석 대여할 세탁 후
재사용할 개막 전 일대 작업 인원과 여름 성수기 민원이 많아 사이트마다 비치할 천연 성분 모기 피해 어린이들이 완성품이 아닌 조립형이면
탐방로 순찰 직원들이 겨울철 결빙 구간에서 착용할 사이즈별로 청사 민원실 방문객 대기 공간에 매월 정기적으로 납품받고 티백 행사 기념행사
행사장 캠페인 광장 질서 풍남문 홍보용 제작하고 제작 대상자 집합교육 사회봉사명령 작업용 납품 11월 10월 6월 3월 3일 15일 25일 12월~2월
겨울 새마을회관 김장나눔 건지산 숲속 체험 프로그램에서 대청소를 화장실 볼링장 대여화를 일회용 무릎담요가 덕진구 ml g 및""".split())


def content_words(need):
    if need["kind"] in ("hanyeong", "choseong"):
        text = need["intended"]
    elif need["kind"] == "multi_item":
        text = " ".join(it["품목"] for it in need["items"])
    else:
        text = need["text"]
    words = set()
    for tok in re.split(r"[\s,.()~·]+", text):
        if not tok:
            continue
        for j in JOSA:
            if tok.endswith(j) and len(tok) - len(j) >= 2:
                tok = tok[: -len(j)]
                break
        if len(tok) >= 2 and tok not in STOP and not re.fullmatch(r"[\d,x×.]+\w{0,2}", tok) \
                and not re.fullmatch(r"[ㄱ-ㅎ]+", tok):
            words.add(tok)
    return words


def main():
    cat = load_catalog()
    name2code = {(p["기업명"], p["제품명"]): c for c, p in cat.items()}
    all_needs = [dict(n) for n in NEEDS] + [dict(kind="no_match", text=t, level=l, overlap=o, reason=r)
                                              for (t, l, o, r) in NO_MATCH]
    text2need = {n["text"]: n for n in all_needs}
    assert len(text2need) == 150
    labels = {}
    for n in all_needs:
        labels[n["text"]] = {} if n["kind"] == "no_match" else label(n, cat)
    # overrides
    applied = []
    for (t, ent, pname, rel, item, reason) in OVERRIDES:
        code = name2code[(ent, pname)]
        assert t in text2need, t
        if rel == 0:
            labels[t].pop(code, None)
        else:
            labels[t][code] = (rel, item)
        applied.append([t, code, pname, rel, item, reason])
    reviewed = {(t, name2code[(e, p)]): (d, r) for (t, e, p, d, r) in REVIEWED}
    for (t, e, p, d, r) in REVIEWED:
        assert t == "*" or t in text2need, t
    # sweep
    sweep, open_items = [], []
    for n in all_needs:
        if n["kind"] == "no_match":
            continue
        ws = content_words(n)
        for code, p in cat.items():
            hay = " ".join([p["제품명"], p["규격"], p["설명"]])
            hit = [w for w in ws if w in hay]
            if hit and code not in labels[n["text"]]:
                key = (n["text"], code)
                dec = reviewed.get(key) or reviewed.get(("*", code))
                ov = any(a[0] == n["text"] and a[1] == code for a in applied)
                sweep.append([n["text"], code, p["제품명"], "/".join(sorted(hit)),
                              dec[0] if dec else ("override" if ov else "OPEN"), dec[1] if dec else ""])
                if not dec and not ov:
                    open_items.append(sweep[-1])
    with open(os.path.join(HERE, "sweep_review.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요내용", "제품코드", "제품명", "겹치는 말", "결정", "이유"])
        w.writerows(sweep)
    with open(os.path.join(HERE, "overrides_applied.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요내용", "제품코드", "제품명", "관련도", "품목", "이유"])
        w.writerows(applied)
    if open_items:
        print("OPEN sweep items:", len(open_items))
        for o in open_items:
            print("  ", o)
    # shuffle & number
    order = list(range(len(all_needs)))
    random.Random(SEED).shuffle(order)
    ids = {}
    for k, idx in enumerate(order):
        ids[all_needs[idx]["text"]] = "ZZD-Q%03d" % (k + 1)
    seq = sorted(all_needs, key=lambda n: ids[n["text"]])

    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    wcsv("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
         [[ids[n["text"]], n["text"], n.get("qty", "") or "", n.get("budget", "") or ""] for n in seq])
    wcsv("query_kinds.csv", ["수요번호", "유형"], [[ids[n["text"]], n["kind"]] for n in seq])
    qrows = []
    for n in seq:
        for code in sorted(labels[n["text"]]):
            rel, item = labels[n["text"]][code]
            qrows.append([ids[n["text"]], code, rel, item if n["kind"] == "multi_item" else ""])
    wcsv("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    wcsv("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
         [[ids[n["text"]], n["level"], n["overlap"], n["reason"]] for n in seq if n["kind"] == "no_match"])
    wcsv("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
         [[ids[n["text"]], n["text"], n["intended"]] for n in seq if n["kind"] == "hanyeong"])
    # id map (original order)
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "원래순번", "유형", "기관", "수요내용"])
        for i, n in enumerate(all_needs):
            w.writerow([ids[n["text"]], i + 1, n["kind"], n.get("inst", ""), n["text"]])
    print("needs", len(seq), "qrels", len(qrows), "sweep", len(sweep), "open", len(open_items))


if __name__ == "__main__":
    main()
