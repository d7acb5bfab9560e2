"""4·5단계: 태그로 기계적 라벨링 + 스윕 + 섞어서 번호 매기기."""
import csv, os, re, random
import needs_data as ND
import review_data as RV
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
SEED = 4127

def load_catalog():
    cat = {r["제품코드"]: r for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
    for r in csv.DictReader(open(os.path.join(HERE, "catalog_tags.csv"), encoding="utf-8")):
        c = cat[r["제품코드"]]; c["_tags"] = set(r["태그"].split()); c["_shop"] = r["가게종류"]; c["_dong"] = r["법정동"]
    return cat

def all_needs():
    out, cnt = [], {}
    for n in ND.NEEDS + ND.NO_MATCH:
        k = n["kind"]; cnt[k] = cnt.get(k, 0) + 1
        n = dict(n); n["key"] = f"{k}-{cnt[k]:02d}"; out.append(n)
    return out

def base_dong(d): return re.sub(r"\d+가$", "", d)
def text_of(p): return " ".join([p["제품명"], p["규격"], p["설명"]])

def rel_single(p, want, ok, cap, spec):
    t = p["_tags"]
    if t & set(want):
        good = True
        if cap is not None and int(p["단가"]) > cap: good = False
        if spec and not re.search(spec, text_of(p)): good = False
        return 2 if good else 1
    if t & set(ok): return 1
    return 0

def label(n, cat):
    """반환: {(code, 품목): rel}"""
    res = {}
    k = n["kind"]
    if k == "no_match": return res
    if k == "multi_item":
        for item, want, ok, cap, spec in n["items"]:
            for c, p in cat.items():
                r = rel_single(p, want, ok, cap, spec)
                if r: res[(c, item)] = r
    elif k == "category":
        g = n["group"]
        for c, p in cat.items():
            if p["_tags"] & set(ND.GROUPS[g]): res[(c, "")] = 2
            elif p["_tags"] & set(ND.GROUP_OK[g]): res[(c, "")] = 1
    elif k == "location":
        for c, p in cat.items():
            if p["_shop"] == n["shop"]:
                res[(c, "")] = 2 if base_dong(p["_dong"]) == n["dong"] else 1
    else:
        for c, p in cat.items():
            r = rel_single(p, n["want"], n["ok"], n["cap"], n["spec"])
            if r: res[(c, "")] = r
    return res

STOP = set("""전주 전북 구매 구입 구매하고자 구매하려 구매하려고 제작 필요 필요하니 납품 납품받고자 견적 견적을 요청드립니다 업체 업체를 가능 가능한 가능 희망합니다 정기적으로 사용할 하려고 합니다 부탁드립니다 있으며 있도록 찾고 찾습니다 곳을 맡아 줄 예정입니다 시작할 올해 다음 위해 동안 때 후 수 및 이랑 하고 등 개당 이하 예산 단가 제품으로 규격으로 수량은 좋겠습니다 하는데 싶습니다 대량으로 받고 놓아둘 기념하여 나눠 먹을 알려주시기 바랍니다 여부를 새로 오는 착용할 하오니 체험단 위생검사소 작목반 보관소 관리소 체험관 센터 시험장 스페이스 팹랩 메이커 도축장 인쇄 용품 재료 자재 행사 체험 판매 주문""".split())
JOSA = ["으로", "에서", "에게", "까지", "부터", "이랑", "하고", "을", "를", "이", "가", "은", "는", "에", "의", "로", "와", "과", "도"]

def content_words(n):
    texts = [n["text"]]
    for f in ("intended", "means"):
        if n.get(f): texts.append(n[f])
    if n["kind"] == "multi_item": texts += [it[0] for it in n["items"]]
    words = set()
    for t in texts:
        for w in re.split(r"[\s,.()/·]+", t):
            if not w or re.search(r"[0-9A-Za-zㄱ-ㅎ]", w) and not re.fullmatch(r"[A-Za-z]{2,}\+?", w): continue
            for j in JOSA:
                if w.endswith(j) and len(w) - len(j) >= 2: w = w[: -len(j)]; break
            if len(w) >= 2 and w not in STOP: words.add(w)
    return words

def main():
    cat = load_catalog(); needs = all_needs()
    ov = {}; 
    for key, code, rel, item, why in RV.OVERRIDES: ov[(key, code, item)] = (rel, why)
    rv = {(key, c): why for key, c, why in RV.REVIEWED}
    labels = {}
    for n in needs:
        lab = label(n, cat)
        for (key, code, item), (rel, why) in ov.items():
            if key == n["key"]:
                if rel == 0: lab.pop((code, item), None)
                else: lab[(code, item)] = rel
        labels[n["key"]] = lab
    # 스윕
    sweep = []
    for n in needs:
        labelled = {c for (c, _) in labels[n["key"]]}
        ws = content_words(n)
        for c, p in cat.items():
            if c in labelled: continue
            tx = text_of(p); hit = [w for w in ws if w in tx]
            if not hit: continue
            why = rv.get((n["key"], c)) or next((rv[(n["key"], "tag:" + t)] for t in sorted(p["_tags"]) if (n["key"], "tag:" + t) in rv), None) \
                  or next((rv[("*", "tag:" + t)] for t in sorted(p["_tags"]) if ("*", "tag:" + t) in rv and n["kind"] != "no_match"), None)
            if n["kind"] == "no_match": why = why or "해당 없음 수요: 겹치는 말일 뿐 원하는 것이 아님 (no_match_detail.csv)"
            sweep.append([n["key"], n["text"], c, p["제품명"], " ".join(sorted(p["_tags"])), "|".join(sorted(hit)), why or ""])
    with open(os.path.join(HERE, "sweep_report.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["내부키", "수요", "제품코드", "제품명", "태그", "겹친말", "검토결과(라벨없음 이유)"]); w.writerows(sweep)
    unrev = [s for s in sweep if not s[6]]
    # 섞기
    order = list(range(len(needs))); random.Random(SEED).shuffle(order)
    ids = {}
    for i, idx in enumerate(order): ids[needs[idx]["key"]] = f"ZZX-Q{i+1:03d}"
    byid = sorted(needs, key=lambda n: ids[n["key"]])
    W = lambda name, hdr, rows: (lambda f: (csv.writer(f).writerow(hdr), csv.writer(f).writerows(rows), f.close()))(open(os.path.join(OUT, name), "w", newline="", encoding="utf-8"))
    W("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[ids[n["key"]], n["text"], n["qty"] if n.get("qty") else "", n["budget"] if n.get("budget") else ""] for n in byid])
    W("query_kinds.csv", ["수요번호", "유형"], [[ids[n["key"]], n["kind"]] for n in byid])
    qrows = []
    for n in byid:
        for (c, item), r in sorted(labels[n["key"]].items(), key=lambda x: (-x[1], x[0][1], x[0][0])):
            qrows.append([ids[n["key"]], c, r, item])
    W("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    LV = {"hard": "어려움", "easy": "쉬움"}
    W("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[ids[n["key"]], LV[n["level"]], n["overlap"], n["reason"]] for n in byid if n["kind"] == "no_match"])
    W("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"], [[ids[n["key"]], n["text"], n["intended"]] for n in byid if n["kind"] == "hanyeong"])
    W(os.path.join("tools", "id_map.csv"), ["수요번호", "내부키", "유형", "기관"], [[ids[n["key"]], n["key"], n["kind"], ND.INSTS[n["inst"]]] for n in byid])
    W(os.path.join("tools", "overrides_applied.csv"), ["수요번호", "내부키", "제품코드", "관련도", "품목", "이유"],
      [[ids[k], k, c, r, it, why] for (k, c, it), (r, why) in ov.items()])
    print("needs", len(needs), "qrels", len(qrows), "sweep hits", len(sweep), "unreviewed", len(unrev))
    return unrev

if __name__ == "__main__":
    u = main()
    for s in u: print(s)
