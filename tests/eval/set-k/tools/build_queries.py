# -*- coding: utf-8 -*-
"""needs_data.py(카탈로그보다 먼저 작성한 수요)를 섞어 번호를 매기고, catalog_meta.json 태그로 qrels를 만든다."""
import csv, json, os, random, re
import needs_data as N
from kbd import hangul_to_keys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20250611


def hy_input(t):
    return re.sub(r"\{([^}]*)\}", lambda m: hangul_to_keys(m.group(1)), t)


def hy_intended(t):
    return t.replace("{", "").replace("}", "")


def all_needs():
    out = []  # dict(kind, text, qty, budget, rule, extra)
    for t, q, b, r in N.EXACT:
        out.append(dict(kind="exact", text=t, qty=q, budget=b, rule=r))
    for t, q, b, r, w in N.SYNONYM:
        out.append(dict(kind="synonym", text=t, qty=q, budget=b, rule=r, absent=w))
    for t, q, b, r, w in N.TYPO:
        out.append(dict(kind="typo", text=t, qty=q, budget=b, rule=r, absent=w))
    for t, q, b, r in N.HANYEONG:
        out.append(dict(kind="hanyeong", text=hy_input(t), qty=q, budget=b, rule=r, intended=hy_intended(t)))
    for t, q, b, r in N.SPACING:
        out.append(dict(kind="spacing", text=t, qty=q, budget=b, rule=r))
    for t, q, b, r, c, w in N.CHOSEONG:
        out.append(dict(kind="choseong", text=t, qty=q, budget=b, rule=r, cho=c, word=w))
    for kind, lst in (("quantity", N.QUANTITY), ("long_sentence", N.LONG), ("category", N.CATEGORY),
                      ("location", N.LOCATION), ("multi_item", N.MULTI)):
        for t, q, b, r in lst:
            out.append(dict(kind=kind, text=t, qty=q, budget=b, rule=r))
    for diff, lst in (("hard", N.NOMATCH_HARD), ("easy", N.NOMATCH_EASY)):
        for t, q, b, ov, why in lst:
            out.append(dict(kind="no_match", text=t, qty=q, budget=b, rule=None, diff=diff, overlap=ov, why=why))
    return out


def numbered():
    needs = all_needs()
    random.Random(SEED).shuffle(needs)
    for i, n in enumerate(needs, 1):
        n["id"] = "K-Q%03d" % i
    return needs


def judge(rule, meta):
    """returns list of (code, grade, item)"""
    has = lambda c, tags: bool(set(meta[c]["tags"]) & set(tags or []))
    codes = sorted(meta)
    g2, g1 = {}, set()
    if "items" in rule:
        for label, tags in rule["items"]:
            for c in codes:
                if has(c, tags):
                    g2.setdefault(c, label)
        g1 = {c for c in codes if has(c, rule.get("g1"))}
    elif "loc" in rule:
        loc = rule["loc"]
        trade = [c for c in codes if meta[c]["cat"] in (rule.get("tradecat") or []) or has(c, rule.get("trade"))]
        for c in trade:
            if meta[c]["dong"].startswith(loc):
                g2[c] = ""
            else:
                g1.add(c)
        for c in codes:
            if meta[c]["dong"].startswith(loc) and has(c, rule.get("g1local")):
                g1.add(c)
    else:
        ex = rule.get("exclude", [])
        for c in codes:
            if has(c, ex):
                continue
            if meta[c]["cat"] in rule.get("cat2", []) or has(c, rule.get("g2")):
                g2[c] = ""
        for c in codes:
            if has(c, ex):
                continue
            if meta[c]["cat"] in rule.get("cat1", []) or has(c, rule.get("g1")):
                g1.add(c)
    res = [(c, 2, lab if "items" in rule else "") for c, lab in sorted(g2.items())]
    res += [(c, 1, "") for c in sorted(g1 - set(g2))]
    return res


def main():
    meta = json.load(open(os.path.join(HERE, "catalog_meta.json"), encoding="utf-8"))
    needs = numbered()
    w = lambda name: csv.writer(open(os.path.join(OUT, name), "w", encoding="utf-8", newline=""))
    fq, fk, fr, fn, fh = (w(x) for x in ("queries.csv", "query_kinds.csv", "qrels.csv", "no_match_detail.csv", "hanyeong_intended.csv"))
    fq.writerow(["수요번호", "수요내용", "수량", "예산"])
    fk.writerow(["수요번호", "유형"])
    fr.writerow(["수요번호", "제품코드", "관련도", "품목"])
    fn.writerow(["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    fh.writerow(["수요번호", "입력", "의도한 한글"])
    for n in needs:
        fq.writerow([n["id"], n["text"], "" if n["qty"] is None else n["qty"], "" if n["budget"] is None else n["budget"]])
        fk.writerow([n["id"], n["kind"]])
        if n["kind"] == "no_match":
            fn.writerow([n["id"], n["diff"], n["overlap"], n["why"]])
            continue
        for c, g, item in judge(n["rule"], meta):
            fr.writerow([n["id"], c, g, item])
        if n["kind"] == "hanyeong":
            fh.writerow([n["id"], n["text"], n["intended"]])
    print("needs", len(needs))


if __name__ == "__main__":
    main()
