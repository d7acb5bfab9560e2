# -*- coding: utf-8 -*-
"""4·5단계: 태그로 기계적 관련도 부여 + 스윕 결정 반영 + 섞어서 번호 매기기.
출력: ../queries.csv ../query_kinds.csv ../qrels.csv ../no_match_detail.csv ../hanyeong_intended.csv
      id_map.csv sweep_unresolved.csv"""
import csv, os, random, re, sys
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import needs_data as ND
from kbd import decode_mixed

SEED = 4417


def load_catalog():
    prods = OrderedDict()
    with open(os.path.join(OUT, "catalog.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            prods[r["제품코드"]] = r
    with open(os.path.join(HERE, "product_tags.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            p = prods[r["제품코드"]]
            p["tags"] = set(r["품목태그"].split("|"))
            p["shop"] = r["상점종류"]
            p["dong"] = r["법정동"]
    return prods


def base_dong(d):
    return re.sub(r"\d가$", "", d)


def need_keys():
    """내부 키: 유형-순번 (예: exact-03, no_match-12)"""
    cnt = defaultdict(int)
    out = []
    for n in ND.NEEDS + ND.NO_MATCH:
        cnt[n["kind"]] += 1
        n["key"] = "%s-%02d" % (n["kind"], cnt[n["kind"]])
        out.append(n)
    return out


def unit_cap(n):
    if n.get("cap"):
        return n["cap"]
    if n.get("budget") and n.get("qty"):
        return n["budget"] // n["qty"]
    return None


def rel_for(n, p, want, ok):
    """원하는 품목 + 조건 충족 = 2, 대체품 또는 조건 미충족 = 1"""
    if p["tags"] & set(want):
        cap = unit_cap(n)
        good = True
        if cap is not None and int(p["단가"]) > cap:
            good = False
        if n.get("spec") and not re.search(n["spec"], p["제품명"] + " " + p["규격"], re.I):
            good = False
        return 2 if good else 1
    if p["tags"] & set(ok):
        return 1
    return 0


def mechanical(n, prods):
    """반환: {코드: (관련도, 품목)}"""
    res = {}
    if n["kind"] == "no_match":
        return res
    if n["kind"] == "location":
        shop = ND.SHOP_WORDS[n["shop"]]
        for c, p in prods.items():
            if p["shop"] == shop:
                res[c] = (2 if base_dong(p["dong"]) == n["dong"] else 1, "")
        return res
    if n["kind"] == "multi_item":
        for c, p in prods.items():
            best = (0, "")
            for it in n["items"]:
                r = rel_for(n, p, it["want"], it["ok"])
                if r > best[0]:
                    best = (r, it["w"])
            if best[0]:
                res[c] = best
        return res
    for c, p in prods.items():
        r = rel_for(n, p, n["want"], n["ok"])
        if r:
            res[c] = (r, "")
    return res


STOP = set("""구매 구입 제작 업체 주문 찾습니다 찾고 있습니다 부탁드립니다 하고자 합니다 하려고 싶습니다 있을까요 가능한 곳이
견적 하오니 위해 위한 주실 해 주실 필요 관련 사용할 지급할 제공할 드릴 나눠 까지 중순 초까지 말까지 다음 주까지 분기별로 전주 전북
전북특별자치도 기관 직원 행사 준비 맡아 드립니다 열리는 하는 있는 놀 수 만지며 손으로""".split())
ONE_SYLLABLE = {"떡"}  # 한 글자지만 품목명인 낱말
PARTICLES = ["에서는", "에서", "에게", "께서", "으로", "까지", "하고", "이랑", "부터", "께", "을", "를", "이", "가", "은", "는",
             "에", "로", "와", "과", "의", "도", "및"]


def content_words(n):
    text = n["text"]
    if n["kind"] == "hanyeong":
        text = decode_mixed(text)
    if n["kind"] == "choseong":
        text = n["intended"]
    words = set()
    for w in re.split(r"[\s,()·.]+", text):
        w = w.strip()
        if not w or w in STOP:
            continue
        for pa in PARTICLES:
            if w.endswith(pa) and len(w) - len(pa) >= 2:
                w = w[: -len(pa)]
                break
        if (len(w) >= 2 or w in ONE_SYLLABLE) and w not in STOP and not re.fullmatch(r"[\d]+[\w]*", w):
            words.add(w)
    return words


def main():
    from sweep_decisions import OVERRIDES, TAG_OVERRIDES, REVIEWED
    prods = load_catalog()
    needs = need_keys()
    keyset = {n["key"] for n in needs}
    for k in list(OVERRIDES) + list(TAG_OVERRIDES) + list(REVIEWED):
        assert k[0] in keyset, k
        if k in OVERRIDES or k in REVIEWED:
            assert k[1] in prods, k
    labels = {}
    unresolved = []
    for n in needs:
        lab = mechanical(n, prods)
        # 태그 단위 결정
        for (nk, tag), (rel, item, why) in TAG_OVERRIDES.items():
            if nk != n["key"]:
                continue
            for c, p in prods.items():
                if tag in p["tags"] and c not in lab:
                    lab[c] = (rel, item)
        for (nk, c), (rel, item, why) in OVERRIDES.items():
            if nk == n["key"]:
                if rel == 0:
                    lab.pop(c, None)
                else:
                    lab[c] = (rel, item)
        labels[n["key"]] = lab
        # 스윕: 내용어를 포함하지만 라벨 없는 제품
        if n["kind"] != "no_match":
            ws = content_words(n)
            for c, p in prods.items():
                if c in lab or (n["key"], c) in REVIEWED or (n["key"], c) in OVERRIDES:
                    continue
                txt = " ".join([p["제품명"], p["규격"], p["설명"]])
                hit = [w for w in ws if w in txt or w in txt.replace(" ", "")]
                if hit:
                    unresolved.append([n["key"], n["text"], c, p["제품명"], "|".join(sorted(p["tags"])), "|".join(hit)])
    with open(os.path.join(HERE, "sweep_unresolved.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요키", "수요내용", "제품코드", "제품명", "태그", "겹친말"])
        w.writerows(unresolved)

    # 섞고 번호 매기기
    order = list(needs)
    random.Random(SEED).shuffle(order)
    for i, n in enumerate(order, 1):
        n["id"] = "ZZC-Q%03d" % i

    def wcsv(name, header, rows, tools=False):
        path = os.path.join(HERE if tools else OUT, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    wcsv("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
         [[n["id"], n["text"], n["qty"] if n.get("qty") else "", n["budget"] if n.get("budget") else ""] for n in order])
    wcsv("query_kinds.csv", ["수요번호", "유형"], [[n["id"], n["kind"]] for n in order])
    qrows = []
    for n in order:
        for c in sorted(labels[n["key"]]):
            rel, item = labels[n["key"]][c]
            qrows.append([n["id"], c, rel, item if n["kind"] == "multi_item" else ""])
    wcsv("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    wcsv("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
         [[n["id"], n["level"], n["overlap"], n["reason"]] for n in order if n["kind"] == "no_match"])
    wcsv("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
         [[n["id"], n["text"], n["intended"]] for n in order if n["kind"] == "hanyeong"])
    wcsv("id_map.csv", ["수요번호", "내부키", "유형", "기관", "수요내용"],
         [[n["id"], n["key"], n["kind"], n["inst"], n["text"]] for n in order], tools=True)
    print("needs", len(order), "qrels", len(qrows), "unresolved sweep hits", len(unresolved))


if __name__ == "__main__":
    main()
