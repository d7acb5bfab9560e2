# -*- coding: utf-8 -*-
"""4·5단계: 태그로 관련도를 기계적으로 매기고, 점검(sweep)하고, 섞어서 번호를 매긴다."""
import csv, os, re, random
import needs_data as ND
import dong_data as D
import kbd
try:
    import review_data as RV
except ImportError:
    RV = None

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 4242


def load_catalog():
    prods = {}
    with open(os.path.join(OUT, "catalog.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            prods[r["제품코드"]] = r
    with open(os.path.join(HERE, "product_tags.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            p = prods[r["제품코드"]]
            p["tags"] = set(r["태그"].split())
            p["shop"] = r["가게종류"]
            p["dong"] = r["법정동"]
    return prods


def all_needs():
    """(key, need dict) — 수요 120건은 N001.., 해당없음 30건은 X01.."""
    out = []
    for i, n in enumerate(ND.NEEDS, 1):
        out.append(("N%03d" % i, n))
    for i, (t, lvl, ov, why) in enumerate(ND.NO_MATCH, 1):
        out.append(("X%02d" % i, dict(kind="no_match", inst="", text=t, level=lvl, overlap=ov, why=why, want=[], ok=[])))
    return out


def cap_of(n):
    if n.get("max_price"):
        return n["max_price"]
    if n.get("budget") and n.get("qty"):
        return n["budget"] // n["qty"]
    return None


def rel_simple(spec, p, cap=None):
    tags = p["tags"]
    if tags & set(spec["want"]):
        good = True
        c = spec.get("max_price") or cap
        if c is not None and int(p["단가"]) > c:
            good = False
        if spec.get("spec") and not re.search(spec["spec"], p["제품명"] + " " + p["규격"]):
            good = False
        return 2 if good else 1
    if tags & set(spec.get("ok", [])):
        return 1
    return 0


def label(n, prods):
    """-> {code: (rel, 품목)}"""
    res = {}
    k = n["kind"]
    if k == "no_match":
        return res
    if k == "location":
        for c, p in prods.items():
            if p["shop"] == n["shop"]:
                res[c] = (2 if D.base(p["dong"]) == n["dong"] else 1, "")
        return res
    if k == "multi_item":
        for it in n["items"]:
            for c, p in prods.items():
                r = rel_simple(it, p)
                if r and r > res.get(c, (0, ""))[0]:
                    res[c] = (r, it["label"])
        return res
    spec = dict(n)
    if k == "category":
        spec["want"] = ND.GROUPS[n["group"]]
    cap = cap_of(n)
    for c, p in prods.items():
        r = rel_simple(spec, p, cap)
        if r:
            res[c] = (r, "")
    return res


# ---------------- sweep
STOP = set("""행사 구매 구매하고자 주문 제작 관련 가능 여부 견적 일정 알려 주시기 바랍니다 부탁드립니다 하오니 하니 하려 하려고
합니다 있는지 있으면 좋겠습니다 문의드립니다 찾습니다 구합니다 있습니다 맡아 업체 업체를 정도 대상 대상으로 이틀간 일주일간
전주 전주시 올해 올가을 겨울철 매주 수요일 오후 중순 첫째 둘째 토요일 금·토 단체 용도 위하여 위해 관내 곳에 놓을 납품 납품이
가격 안내 회신 가져갈 직접 심어 담은 준비하려 기간 이용자 프로그램실 복지관 가게 도구 재료 체험 키트 만들기 용품 세트""".split())
PARTICLES = ["으로", "에서", "께", "를", "을", "이", "가", "은", "는", "에", "의", "로", "과", "와", "나", "도", "들"]


def content_words(n):
    if n["kind"] == "hanyeong":
        txt = kbd.keys_to_hangul(n["text"])
    elif n["kind"] == "choseong":
        txt = re.sub(r"[ㄱ-ㅎ]+", " ", n["text"]) + " " + n["word"]
    else:
        txt = n["text"]
    words = set()
    for t in re.findall(r"[가-힣A-Za-z0-9]+", txt):
        cands = [t] + [t[: -len(pp)] for pp in PARTICLES if t.endswith(pp) and len(t) - len(pp) >= 2]
        for w in cands:
            if re.fullmatch(r"\d+", w) or w in STOP:
                continue
            if re.fullmatch(r"[가-힣]", w) and w != "떡":
                continue
            if len(w) < 2 and w != "떡":
                continue
            words.add(w)
    return words


def main():
    prods = load_catalog()
    needs = all_needs()
    overrides = getattr(RV, "OVERRIDES", {}) if RV else {}
    reviewed = getattr(RV, "REVIEWED", {}) if RV else {}
    labels = {}
    for key, n in needs:
        lab = label(n, prods)
        for (k2, code), (rel, why) in overrides.items():
            if k2 != key:
                continue
            if rel == 0:
                lab.pop(code, None)
            else:
                item = lab.get(code, (0, ""))[1]
                if n["kind"] == "multi_item" and "::" in why:
                    item = why.split("::")[1]
                lab[code] = (rel, item)
        labels[key] = lab
    # sweep
    sweep_rows, unrev = [], []
    for key, n in needs:
        ws = content_words(n)
        for c, p in prods.items():
            if c in labels[key]:
                continue
            text = p["제품명"] + " " + p["규격"] + " " + p["설명"]
            hit = sorted(w for w in ws if w in text)
            if not hit:
                continue
            dec = reviewed.get((key, c))
            if dec is None and (key, c) in overrides:
                dec = "OVERRIDE(0): " + overrides[(key, c)][1]
            if dec is None:
                # 같은 수요·같은 말에 대한 일괄 판정 (REVIEWED에 (key, '*말')로 적음)
                for w in hit:
                    if (key, "*" + w) in reviewed:
                        dec = reviewed[(key, "*" + w)]
                        break
            sweep_rows.append([key, n["text"], c, p["제품명"], "|".join(hit), dec or "미검토"])
            if dec is None:
                unrev.append(sweep_rows[-1])
    with open(os.path.join(HERE, "sweep_report.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["내부키", "수요내용", "제품코드", "제품명", "겹친 말", "판정(라벨 없음 유지 사유)"])
        w.writerows(sweep_rows)
    with open(os.path.join(HERE, "overrides_applied.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["내부키", "제품코드", "관련도", "사유"])
        for (k2, code), (rel, why) in sorted(overrides.items()):
            w.writerow([k2, code, rel, why])
    # shuffle & number
    keys = [k for k, _ in needs]
    order = keys[:]
    random.Random(SEED).shuffle(order)
    idmap = {k: "ZU-Q%03d" % i for i, k in enumerate(order, 1)}
    nd = dict(needs)
    W = lambda name: csv.writer(open(os.path.join(OUT, name), "w", encoding="utf-8", newline=""))
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "내부키", "유형", "기관"])
        for k in order:
            w.writerow([idmap[k], k, nd[k]["kind"], ND.INST.get(nd[k]["inst"], "")])
    with open(os.path.join(OUT, "queries.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "수요내용", "수량", "예산"])
        for k in order:
            n = nd[k]
            w.writerow([idmap[k], n["text"], n.get("qty") or "", n.get("budget") or ""])
    with open(os.path.join(OUT, "query_kinds.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "유형"])
        for k in order:
            w.writerow([idmap[k], nd[k]["kind"]])
    with open(os.path.join(OUT, "qrels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "제품코드", "관련도", "품목"])
        for k in order:
            for c in sorted(labels[k]):
                rel, item = labels[k][c]
                w.writerow([idmap[k], c, rel, item if nd[k]["kind"] == "multi_item" else ""])
    with open(os.path.join(OUT, "no_match_detail.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
        for k in order:
            n = nd[k]
            if n["kind"] == "no_match":
                w.writerow([idmap[k], n["level"], n["overlap"], n["why"]])
    with open(os.path.join(OUT, "hanyeong_intended.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "입력", "의도한 한글"])
        for k in order:
            n = nd[k]
            if n["kind"] == "hanyeong":
                w.writerow([idmap[k], n["text"], n["word"]])
    print("sweep hits:", len(sweep_rows), "unreviewed:", len(unrev))
    for r in unrev:
        print("  ", r[0], r[1][:30], "|", r[2], r[3], "|", r[4])
    return labels, idmap


if __name__ == "__main__":
    main()
