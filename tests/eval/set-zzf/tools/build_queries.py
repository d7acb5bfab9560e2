# -*- coding: utf-8 -*-
"""4·5단계: 태그로 관련도를 기계적으로 매기고, 스윕 후보를 뽑고, 수요를 섞어 번호를 붙인다."""
import csv, os, re, random
import needs_data as ND
import kbd
from sweep_decisions import OVERRIDES, REVIEWED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7319


def load_catalog():
    prods = {r["제품코드"]: r for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
    for r in csv.DictReader(open(os.path.join(HERE, "catalog_tags.csv"), encoding="utf-8")):
        p = prods[r["제품코드"]]
        p["tags"] = set(r["품목태그"].split("|"))
        p["shops"] = set(r["가게종류"].split("|"))
        p["dong"] = r["법정동"]
    return prods


def rel_for(p, want, ok, cap=None, spec=()):
    if p["tags"] & set(want):
        if cap is not None and int(p["단가"]) > cap:
            return 1
        hay = p["제품명"] + " " + p["규격"]
        if any(not re.search(rx, hay) for rx in spec):
            return 1
        return 2
    if p["tags"] & set(ok):
        return 1
    return 0


def dong_match(need_dong, pdong):
    return re.fullmatch(re.escape(need_dong) + r"(\d가)?", pdong) is not None


def label(need, prods):
    """returns {code: (rel, 품목)}"""
    out = {}
    k = need["kind"]
    cap = need.get("cap")
    if cap is None and need.get("budget") and need.get("qty"):
        cap = need["budget"] // need["qty"]
    for code, p in prods.items():
        if k == "location":
            if need["shop"] in p["shops"]:
                out[code] = (2 if dong_match(need["dong"], p["dong"]) else 1, "")
            continue
        if k == "multi_item":
            best = (0, "")
            for item, want, ok in need["items"]:
                r = rel_for(p, want, ok)
                if r > best[0]:
                    best = (r, item)
            if best[0]:
                out[code] = best
            continue
        if k == "category":
            g = ND.CATEGORY_GROUPS[need["group"]]
            want, ok = g["want"], g["ok"]
        else:
            want, ok = need["want"], need["ok"]
        r = rel_for(p, want, ok, cap, need.get("spec") or [])
        if r:
            out[code] = (r, "")
    return out


PARTICLES = ["에서", "으로", "이랑", "하고", "까지", "부터", "에게", "께서", "을", "를", "이", "가", "은", "는", "과", "와",
             "의", "에", "로", "도", "만"]
STOP = set("""구매 구입 업체 찾습니다 찾고 있습니다 있는 주실 부탁드립니다 예정입니다 하려고 합니다 싶은데 싶습니다 알고
좋겠습니다 준비하려고 함께 정도 당일 매달 정기적으로 사용할 위해 때 동안 전체 인원 명분 맡아 주문 최소 수량 단가 개당 이하 이내
예산 관련 기간 드실 드릴 내빈께 놓을 보낼 나눠줄 쓸 착용할 출입 시 익숙한 해야 하는데 하오니 받고자 하고자 구입하려고
구매하려고 구매하고자 제품이면 제품 수 놀 있어 오리엔테이션이 오리엔테이션 입니다 처 곳을 해 주실 까지 편집까지""".split())


def content_words(need):
    texts = []
    k = need["kind"]
    if k in ("hanyeong", "choseong", "synonym", "typo"):
        texts.append(need["intended"])
        if k in ("synonym", "typo"):
            texts.append(need["text"])
        else:
            texts.append(re.sub(r"[A-Za-zㄱ-ㅎ]+", " ", need["text"]))
    elif k == "multi_item":
        texts += [i[0] for i in need["items"]]
    elif k == "location":
        texts += [need["dong"], need["shop"]]
    else:
        texts.append(need["text"])
    words = set()
    for t in texts:
        for w in re.split(r"[\s,.()·/]+", t):
            w = re.sub(r"[0-9A-Za-z]+[가-힣]*$", "", w) if re.match(r"^[0-9]", w) else w
            for pt in PARTICLES:
                if w.endswith(pt) and len(w) - len(pt) >= 2:
                    w = w[: -len(pt)]
                    break
            if len(w) >= 2 and w not in STOP and not re.fullmatch(r"[0-9A-Za-z]+", w):
                words.add(w)
        if k in ("exact", "spacing", "typo", "synonym", "hanyeong", "choseong") and len(t.replace(" ", "")) >= 2:
            words.add(t.replace(" ", ""))
    return sorted(words)


def all_needs():
    needs = [dict(n) for n in ND.NEEDS]
    for key, text, diff, overlap, reason in ND.NO_MATCH:
        needs.append(dict(key=key, kind="no_match", text=text, qty=None, budget=None, diff=diff,
                          overlap=overlap, reason=reason))
    return needs


def main():
    prods = load_catalog()
    needs = all_needs()
    # 5단계: 섞기
    order = [n["key"] for n in needs]
    rng = random.Random(SEED)
    rng.shuffle(order)
    qid = {key: "ZZF-Q%03d" % (i + 1) for i, key in enumerate(order)}
    bykey = {n["key"]: n for n in needs}

    labels, cands = {}, []
    for n in needs:
        if n["kind"] == "no_match":
            continue
        lab = label(n, prods)
        # 스윕 후보
        words = content_words(n)
        for code, p in prods.items():
            if code in lab:
                continue
            hay = " ".join([p["제품명"], p["규격"], p["설명"]])
            hit = [w for w in words if w in hay or w in hay.replace(" ", "")]
            if hit:
                cands.append((n["key"], qid[n["key"]], code, p["제품명"], "|".join(hit),
                              "OVERRIDE" if (n["key"], code) in OVERRIDES else
                              ("REVIEWED" if (n["key"], code) in REVIEWED else "미검토")))
        for (k2, code), (r, item, why) in OVERRIDES.items():
            if k2 == n["key"]:
                if r == 0:
                    lab.pop(code, None)
                else:
                    lab[code] = (r, item)
        labels[n["key"]] = lab

    def w(name, header, rows, d=OUT):
        with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    ids_sorted = sorted(order, key=lambda k: qid[k])
    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[qid[k], bykey[k]["text"], bykey[k].get("qty") or "", bykey[k].get("budget") or ""] for k in ids_sorted])
    w("query_kinds.csv", ["수요번호", "유형"], [[qid[k], bykey[k]["kind"]] for k in ids_sorted])
    qrows = []
    for k in ids_sorted:
        if k not in labels:
            continue
        for code in sorted(labels[k]):
            r, item = labels[k][code]
            qrows.append([qid[k], code, r, item if bykey[k]["kind"] == "multi_item" else ""])
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[qid[k], bykey[k]["diff"], bykey[k]["overlap"], bykey[k]["reason"]] for k in ids_sorted
       if bykey[k]["kind"] == "no_match"])
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [[qid[k], bykey[k]["text"], bykey[k]["intended"]] for k in ids_sorted if bykey[k]["kind"] == "hanyeong"])
    w("id_map.csv", ["수요번호", "내부키", "유형", "가정한 기관"],
      [[qid[k], k, bykey[k]["kind"], bykey[k].get("inst", "")] for k in ids_sorted], HERE)
    w("sweep_candidates.csv", ["내부키", "수요번호", "제품코드", "제품명", "겹친 말", "결정"], cands, HERE)
    und = [c for c in cands if c[5] == "미검토"]
    print("needs", len(needs), "qrels", len(qrows), "sweep candidates", len(cands), "unreviewed", len(und))
    return und


if __name__ == "__main__":
    und = main()
    for c in und:
        print(c)
