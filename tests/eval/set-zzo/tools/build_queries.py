"""4·5단계: 태그로 기계적 라벨링 + 스윕 + 섞기/번호 매기기.
출력: ../queries.csv ../query_kinds.csv ../qrels.csv ../no_match_detail.csv ../hanyeong_intended.csv
      tools/id_map.csv tools/sweep_report.csv"""
import csv, os, re, random
from needs_data import NEEDS, NO_MATCH, INST
from build_catalog import products
from dong import base_of
from review_data import OVERRIDES, REVIEWED_WORDS, SWEEP_STOP
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)

def cap_of(n):
    if n.get("cap"): return n["cap"]
    if n.get("budget") and n.get("qty"): return n["budget"] // n["qty"]
    return None

def rel_simple(n, p, want, ok):
    tags = set(p["_tags"])
    if tags & set(want):
        cap = cap_of(n); spec = n.get("spec")
        okc = (cap is None or p["단가"] <= cap) and (spec is None or re.search(spec, p["제품명"] + " " + p["규격"]))
        return 2 if okc else 1
    if tags & set(ok): return 1
    return 0

def label(n, prods):
    """returns {code: (rel, 품목)}"""
    res = {}
    for p in prods:
        if n["kind"] == "location":
            if p["_shop"] == n["shop"]:
                r = 2 if base_of(p["_dong"]) == n["dong"] else 1
                res[p["제품코드"]] = (r, "")
        elif n["kind"] == "multi_item":
            best = (0, "")
            for text, want, ok in n["items"]:
                r = rel_simple(n, p, want, ok)
                if r > best[0]: best = (r, text)
            if best[0]: res[p["제품코드"]] = best
        else:
            r = rel_simple(n, p, n["want"], n["ok"])
            if r: res[p["제품코드"]] = (r, "")
    for code, (r, reason) in OVERRIDES.get(n["text"], {}).items():
        item = res.get(code, (0, ""))[1]
        if isinstance(r, tuple): r, item = r
        if r == 0: res.pop(code, None)
        else: res[code] = (r, item)
    return res

PART = re.compile(r"(에서|으로|이랑|하고|에게|께서|까지|부터|들께|께|이|가|을|를|은|는|의|에|로|과|와|도)$")
def content_words(n):
    text = n.get("intended") or n["text"]
    if n["kind"] == "multi_item": return [it[0] for it in n["items"]]
    toks = re.split(r"[\s,()·.×/]+", text)
    out = []
    for t in toks:
        t = re.sub(r"[0-9,]+(m|g|ml|cm|개|장|벌|롤|송이|박스|켤레|부|명|원|만원|천원|호|월|일|주)?$", "", t)
        t2 = PART.sub("", t) if len(t) > 2 else t
        for w in {t, t2}:
            if len(w) >= 1 and w not in SWEEP_STOP and re.search(r"[가-힣A-Za-z]", w) and not re.fullmatch(r"[ㄱ-ㅎ]+", w):
                out.append(w)
    return sorted(set(out))

def sweep(n, prods, labels):
    rows = []
    for w in content_words(n):
        for p in prods:
            if p["제품코드"] in labels: continue
            hay = p["제품명"] + " " + p["규격"] + " " + p["설명"]
            if w in hay:
                rows.append((w, p))
    return rows

if __name__ == "__main__":
    prods = products()
    assert len({n["text"] for n in NEEDS}) == len(NEEDS)
    allneeds = [dict(n) for n in NEEDS] + [dict(kind="no_match", inst=i, text=t, qty=None, budget=None, level=l, overlap=o, reason=r) for i, t, l, o, r in NO_MATCH]
    labels = {}; sweep_rows = []; unreviewed = 0
    for n in allneeds:
        if n["kind"] == "no_match": labels[n["text"]] = {}; continue
        lab = label(n, prods); labels[n["text"]] = lab
        for w, p in sweep(n, prods, lab):
            dec = REVIEWED_WORDS.get((n["text"], w)) or REVIEWED_WORDS.get(("*", w))
            if dec is None: unreviewed += 1
            sweep_rows.append([n["text"], w, p["제품코드"], p["제품명"], "0 (검토)" if dec else "미검토", dec or ""])
    # 매칭 없는 수요 스윕: 겹치는 말이 있는 제품 목록 (검토 기록용)
    for n in allneeds:
        if n["kind"] != "no_match": continue
        for w in [x.strip() for x in n["overlap"].split(";") if x.strip()]:
            for p in prods:
                if w in p["제품명"] + " " + p["규격"] + " " + p["설명"]:
                    sweep_rows.append([n["text"], w, p["제품코드"], p["제품명"], "0 (no_match)", n["reason"]])
    with open(os.path.join(HERE, "sweep_report.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["수요내용","겹친 말","제품코드","제품명","결정","이유"]); w.writerows(sweep_rows)
    # 섞기
    rng = random.Random(4242)
    order = list(range(len(allneeds))); rng.shuffle(order)
    ids = {}
    for k, i in enumerate(order): ids[i] = f"ZZO-Q{k+1:03d}"
    seq = sorted(range(len(allneeds)), key=lambda i: ids[i])
    def wcsv(name, header, rows, here=False):
        with open(os.path.join(HERE if here else OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f); w.writerow(header); w.writerows(rows)
    wcsv("queries.csv", ["수요번호","수요내용","수량","예산"],
         [[ids[i], allneeds[i]["text"], allneeds[i].get("qty") or "", allneeds[i].get("budget") or ""] for i in seq])
    wcsv("query_kinds.csv", ["수요번호","유형"], [[ids[i], allneeds[i]["kind"]] for i in seq])
    qrows = []
    for i in seq:
        n = allneeds[i]
        for code, (r, item) in sorted(labels[n["text"]].items()):
            qrows.append([ids[i], code, r, item if n["kind"] == "multi_item" else ""])
    wcsv("qrels.csv", ["수요번호","제품코드","관련도","품목"], qrows)
    wcsv("no_match_detail.csv", ["수요번호","난이도","겹치는 말","해당 없음 이유"],
         [[ids[i], allneeds[i]["level"], allneeds[i]["overlap"], allneeds[i]["reason"]] for i in seq if allneeds[i]["kind"] == "no_match"])
    wcsv("hanyeong_intended.csv", ["수요번호","입력","의도한 한글"],
         [[ids[i], allneeds[i]["text"], allneeds[i]["intended"]] for i in seq if allneeds[i]["kind"] == "hanyeong"])
    wcsv("id_map.csv", ["수요번호","유형","기관","작성순번","수요내용"],
         [[ids[i], allneeds[i]["kind"], INST[allneeds[i]["inst"]], i + 1, allneeds[i]["text"]] for i in seq], here=True)
    orows = []
    for t, d in OVERRIDES.items():
        nid = [ids[i] for i in range(len(allneeds)) if allneeds[i]["text"] == t][0]
        for c, (r, why) in sorted(d.items()):
            orows.append([nid, t, c, r[0] if isinstance(r, tuple) else r, why])
    wcsv("overrides.csv", ["수요번호","수요내용","제품코드","관련도","이유"], orows, here=True)
    wcsv("reviewed.csv", ["수요내용","말","이유"], [[k[0], k[1], v] for k, v in REVIEWED_WORDS.items()], here=True)
    print("needs", len(allneeds), "qrels", len(qrows), "sweep rows", len(sweep_rows), "unreviewed", unreviewed)
