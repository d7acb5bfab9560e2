# -*- coding: utf-8 -*-
"""needs_data + catalog -> queries.csv, query_kinds.csv, qrels.csv, no_match_detail.csv,
hanyeong_intended.csv, tools/id_map.csv, tools/sweep_candidates.csv
관련도는 태그로 기계적으로 정하고, review_data.OVERRIDES 만 사람이 덧씌운다."""
import csv, os, re, random, sys
from needs_data import NEEDS, NO_MATCH, CATEGORY_GROUPS
import review_data
from build_catalog import rows

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20250919


def W(name, header, data):
    with open(os.path.join(OUT, name) if "/" not in name else name, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(data)


def keyed():
    out, cnt = [], {}
    for n in NEEDS + NO_MATCH:
        cnt[n["kind"]] = cnt.get(n["kind"], 0) + 1
        d = dict(n)
        d["key"] = "%s-%02d" % (n["kind"], cnt[n["kind"]])
        out.append(d)
    return out


def ptext(p):
    return " | ".join([p["제품명"], p["규격"], p["설명"]])


def judge(p, want, ok, cap=None, spec=None):
    tags = set(p["_tags"])
    if tags & set(want):
        good = True
        if cap is not None and p["단가"] > cap:
            good = False
        if spec and not re.search(spec, ptext(p), re.S):
            good = False
        return 2 if good else 1
    if tags & set(ok):
        return 1
    return 0


def dong_match(name, dong):
    return dong == name or re.fullmatch(re.escape(name) + r"\d가", dong) is not None


def label(n, prods):
    """-> {code: (rel, 품목)}"""
    res = {}
    k = n["kind"]
    if k == "no_match":
        return res
    if k == "category":
        want, ok = CATEGORY_GROUPS[n["group"]]
        for p in prods:
            r = judge(p, want, ok)
            if r:
                res[p["제품코드"]] = (r, "")
    elif k == "location":
        dname, shop = n["loc"]
        for p in prods:
            if p["_shop"] == shop:
                res[p["제품코드"]] = (2 if dong_match(dname, p["_dong"]) else 1, "")
    elif k == "multi_item":
        for p in prods:
            best = (0, "")
            for it in n["items"]:
                r = judge(p, it["want"], it["ok"], it["cap"], it["spec"])
                if r > best[0]:
                    best = (r, it["label"])
            if best[0]:
                res[p["제품코드"]] = best
    else:
        cap = n["cap"]
        if cap is None and n["budget"] and n["qty"]:
            cap = n["budget"] // n["qty"]
        for p in prods:
            r = judge(p, n["want"], n["ok"], cap, n["spec"])
            if r:
                res[p["제품코드"]] = (r, "")
    return res


STOP = set("""구매 구입 제작 주문 필요 필요합니다 합니다 있는 있으니 하는 하려 하고 하오니 알려주시기 바랍니다 찾습니다 찾는 곳을 곳
업체를 업체 싶습니다 알아보고 있습니다 이번 달 안에 다음 주 월요일까지 여부를 여부와 가능 단가를 단가 이하 이내 개당 예산 어린이용
정리용 진행하려 진행하는데 공급해 주실 수 있는 받을 납품받을 받고 배달받고 견적 부탁드립니다 구매하려고 구매하고자 구매하려 중에
때 동안 사이사이에 둘 놓을 드릴 나눠드릴 나눠줄 정기적으로 매일 해서 해야 위해 대상 기간 전주 전주시 대용량 시원한 두꺼운
2025년 11월 12월 20일 9월 10월 7월 3월 초 말 한 달간 주 2회 12명이 현장 직원 작업에 작업 투입되는 활동 활동에 행사 행사때
""".split())
PARTICLES = ["으로", "에게", "까지", "부터", "이랑", "하고", "에서", "을", "를", "이", "가", "은", "는", "에", "의", "로", "과", "와", "도", "만", "랑"]


def content_words(n):
    if n["kind"] in ("hanyeong", "choseong"):
        text = n["word"]
    elif n["kind"] == "location":
        text = n["loc"][0] + " " + n["text"].split()[-1]
    else:
        text = n["text"]
    out = []
    for t in re.split(r"[\s,()~·×./]+", text):
        t = re.sub(r"[^가-힣A-Za-z0-9]", "", t)
        for pt in PARTICLES:
            if t.endswith(pt) and len(t) - len(pt) >= 2:
                t = t[: -len(pt)]
                break
        if len(t) >= 2 and t not in STOP and not re.fullmatch(r"[0-9]+[가-힣A-Za-z]*", t):
            out.append(t)
    return out


def main():
    prods = rows()
    byname = {p["제품명"]: p for p in prods}
    needs = keyed()
    labels = {}
    for n in needs:
        lab = label(n, prods)
        for (nk, pname), (rel, why) in review_data.OVERRIDES.items():
            if nk == n["key"]:
                code = byname[pname]["제품코드"]
                if rel == 0:
                    lab.pop(code, None)
                else:
                    item = lab.get(code, (0, ""))[1]
                    if n["kind"] == "multi_item" and isinstance(why, tuple):
                        item = why[0]
                    lab[code] = (rel, item)
        labels[n["key"]] = lab
    # ---- sweep
    sweep = []
    reviewed = set(review_data.REVIEWED) | set(review_data.OVERRIDES)
    for n in needs:
        if n["kind"] == "no_match":
            continue
        ws = content_words(n)
        for p in prods:
            if p["제품코드"] in labels[n["key"]]:
                continue
            txt = ptext(p)
            hit = [w for w in ws if w in txt]
            if hit:
                sweep.append((n["key"], n["text"], "/".join(hit), p["제품코드"], p["제품명"],
                              "검토함" if (n["key"], p["제품명"]) in reviewed else "미검토"))
    W(os.path.join(HERE, "sweep_candidates.csv"), ["내부키", "수요내용", "겹친말", "제품코드", "제품명", "상태"], sweep)
    # ---- shuffle & ids
    order = list(range(len(needs)))
    random.Random(SEED).shuffle(order)
    idmap = {}
    for i, j in enumerate(order, 1):
        idmap[needs[j]["key"]] = "ZZA-Q%03d" % i
    nid = lambda n: idmap[n["key"]]
    sneeds = sorted(needs, key=nid)
    W(os.path.join(HERE, "id_map.csv"), ["수요번호", "내부키", "유형", "기관"],
      [(nid(n), n["key"], n["kind"], n["inst"]) for n in sneeds])
    W("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [(nid(n), n["text"], n["qty"] if n["qty"] is not None else "", n["budget"] if n["budget"] is not None else "") for n in sneeds])
    W("query_kinds.csv", ["수요번호", "유형"], [(nid(n), n["kind"]) for n in sneeds])
    qr = []
    for n in sneeds:
        for code, (rel, item) in sorted(labels[n["key"]].items()):
            qr.append((nid(n), code, rel, item if n["kind"] == "multi_item" else ""))
    W("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qr)
    W("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [(nid(n), n["level"], n["overlap"], n["reason"]) for n in sneeds if n["kind"] == "no_match"])
    W("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [(nid(n), n["text"], n["word"]) for n in sneeds if n["kind"] == "hanyeong"])
    un = [s for s in sweep if s[5] == "미검토"]
    print("needs", len(needs), "qrels", len(qr), "sweep", len(sweep), "unreviewed", len(un))
    if "-v" in sys.argv:
        for s in un:
            print(*s, sep="\t")


if __name__ == "__main__":
    main()
