# -*- coding: utf-8 -*-
"""4~5단계: 태그로 기계적으로 관련도를 매기고, 누락 점검(sweep) 후 섞어서 번호를 붙인다.
출력: ../queries.csv, ../query_kinds.csv, ../qrels.csv, ../no_match_detail.csv, ../hanyeong_intended.csv,
      id_map.csv, sweep_report.csv"""
import csv, os, random, re, sys
from needs_data import NEEDS, NO_MATCH, GROUPS, INST
from review_data import OVERRIDES, REVIEWED, STOPWORDS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 4242


def load_catalog():
    cat = {}
    with open(os.path.join(OUT, "catalog.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cat[r["제품코드"]] = r
    with open(os.path.join(HERE, "catalog_tags.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            c = cat[r["제품코드"]]
            c["tags"] = set(r["품목태그"].split())
            c["shop"] = r["가게종류"]
            c["dong"] = r["법정동"]
    return cat


def cond_ok(p, max_price, spec_re):
    if max_price is not None and int(p["단가"]) > max_price:
        return False
    if spec_re and not re.search(spec_re, p["제품명"] + " " + p["규격"]):
        return False
    return True


def rel_simple(p, want, ok, max_price=None, spec_re=None):
    if p["tags"] & set(want):
        return 2 if cond_ok(p, max_price, spec_re) else 1
    if p["tags"] & set(ok):
        return 1
    return 0


def label(need, cat):
    """-> {code: (rel, 품목)}"""
    res = {}
    k = need["kind"]
    if k == "no_match":
        return res
    if k == "category":
        g = GROUPS[need["group"]]
        for c, p in cat.items():
            r = rel_simple(p, g["want"], g["ok"])
            if r:
                res[c] = (r, "")
    elif k == "location":
        for c, p in cat.items():
            if p["shop"] == need["shop"]:
                res[c] = (2 if p["dong"].startswith(need["dong"]) else 1, "")
    elif k == "multi_item":
        for c, p in cat.items():
            best = (0, "")
            for (item, want, ok, cond) in need["items"]:
                r = rel_simple(p, want, ok, cond.get("max_price"), cond.get("spec_re"))
                if r > best[0]:
                    best = (r, item)
            if best[0]:
                res[c] = best
    else:
        mp = need["max_price"]
        if mp is None and need.get("budget") and need.get("qty"):
            mp = need["budget"] // need["qty"]
        for c, p in cat.items():
            r = rel_simple(p, need["want"], need["ok"], mp, need["spec_re"])
            if r:
                res[c] = (r, "")
    # 검토 결과 덮어쓰기
    for (key, code), (rel, why) in OVERRIDES.items():
        if key == need["key"]:
            if rel == 0:
                res.pop(code, None)
            else:
                item = res.get(code, (0, ""))[1]
                if k == "multi_item" and not item:
                    item = why.split("|")[0] if "|" in why else ""
                res[code] = (rel, item)
    return res


JOSA = ["으로", "에서", "이랑", "하고", "에게", "까지", "부터", "과", "와", "을", "를", "은", "는", "로", "에", "의"]


def content_words(need):
    text = need.get("intended") or need["text"]
    toks = re.split(r"[\s,.()·~\-/0-9A-Za-z%]+", text)
    out = []
    for t in toks:
        if not t:
            continue
        for j in JOSA:
            if t.endswith(j) and len(t) - len(j) >= 2:
                t = t[: -len(j)]
                break
        if len(t) >= 2 and t not in STOPWORDS and not re.fullmatch(r"[ㄱ-ㅎ]+", t):
            out.append(t)
    # 복수품목형: 품목 낱말도 포함
    for it in need.get("items", []):
        for w in it[0].split():
            if len(w) >= 2 and w not in out and w not in STOPWORDS:
                out.append(w)
    return out


def sweep(need, labels, cat):
    """라벨이 없는데 수요의 내용어를 포함한 제품 목록."""
    out = []
    for w in content_words(need):
        for c, p in cat.items():
            if c in labels:
                continue
            blob = p["제품명"] + " " + p["규격"] + " " + p["설명"]
            if w in blob:
                out.append((c, w))
    seen, res = set(), []
    for c, w in out:
        if c not in seen:
            seen.add(c)
            res.append((c, w))
    return res


def review_reason(need, code, cat):
    key = need["key"]
    if (key, code) in REVIEWED:
        return REVIEWED[(key, code)]
    for t in sorted(cat[code]["tags"]):
        if (key, t) in REVIEWED:
            return REVIEWED[(key, t)]
        if ("*", t) in REVIEWED:
            return REVIEWED[("*", t)]
    if (key, "*") in REVIEWED:
        return REVIEWED[(key, "*")]
    return None


def main():
    cat = load_catalog()
    allneeds = NEEDS + NO_MATCH
    keys = [n["key"] for n in allneeds]
    rnd = random.Random(SEED)
    order = keys[:]
    rnd.shuffle(order)
    idof = {k: "ZZS-Q%03d" % (i + 1) for i, k in enumerate(order)}
    byk = {n["key"]: n for n in allneeds}

    qrels, sweep_rows, unreviewed = [], [], []
    for n in allneeds:
        labs = label(n, cat)
        for c, (r, item) in sorted(labs.items()):
            qrels.append([idof[n["key"]], c, r, item if n["kind"] == "multi_item" else ""])
        for c, w in sweep(n, labs, cat):
            why = review_reason(n, c, cat)
            sweep_rows.append([n["key"], idof[n["key"]], n["text"], c, cat[c]["제품명"], w, "0", why or "미검토"])
            if why is None:
                unreviewed.append((n["key"], n["text"], c, cat[c]["제품명"], " ".join(sorted(cat[c]["tags"])), w))
        for (key, code), (rel, why) in OVERRIDES.items():
            if key == n["key"]:
                sweep_rows.append([key, idof[key], n["text"], code, cat[code]["제품명"], "(override)", str(rel), why])
    qrels.sort(key=lambda r: (r[0], r[1]))

    def W(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    W("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[idof[k], byk[k]["text"], byk[k]["qty"] if byk[k]["qty"] is not None else "",
        byk[k]["budget"] if byk[k]["budget"] is not None else ""] for k in order])
    W("query_kinds.csv", ["수요번호", "유형"], [[idof[k], byk[k]["kind"]] for k in order])
    W("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrels)
    W("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      sorted([[idof[n["key"]], "어려움" if n["difficulty"] == "hard" else "쉬움", n["overlap"], n["reason"]]
              for n in NO_MATCH]))
    W("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      sorted([[idof[n["key"]], n["text"], n["intended"]] for n in NEEDS if n["kind"] == "hanyeong"]))
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "내부키", "유형", "기관"])
        for k in order:
            w.writerow([idof[k], k, byk[k]["kind"], INST[byk[k]["inst"]]])
    with open(os.path.join(HERE, "sweep_report.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["내부키", "수요번호", "수요내용", "제품코드", "제품명", "겹친 말", "최종 관련도", "판단 이유"])
        w.writerows(sweep_rows)
    print("needs", len(allneeds), "qrels", len(qrels), "sweep rows", len(sweep_rows), "unreviewed", len(unreviewed))
    for u in unreviewed:
        print("UNREVIEWED", *u, sep=" | ")
    return 1 if unreviewed else 0


if __name__ == "__main__":
    sys.exit(main())
