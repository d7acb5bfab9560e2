# -*- coding: utf-8 -*-
"""STEP 4–5 — 태그로 기계적 관련도 부여 + 스윕 + 셔플/번호 부여.
출력: ../queries.csv ../query_kinds.csv ../qrels.csv ../no_match_detail.csv ../hanyeong_intended.csv
      id_map.csv, sweep_candidates.csv, sweep_decisions.csv"""
import csv, os, re, random
import needs_data as ND
from catalog_data import PACK
try:
    from review_data import OVERRIDES, REVIEWED
except ImportError:
    OVERRIDES, REVIEWED = {}, {}

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7351


def load_catalog():
    prods = {}
    with open(os.path.join(OUT, "catalog.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            prods[r["제품코드"]] = r
    with open(os.path.join(HERE, "catalog_tags.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            p = prods[r["제품코드"]]
            p["_tags"] = set(r["태그"].split())
            p["_shop"], p["_dong"] = r["가게종류"], r["법정동"]
            p["_unit_price"] = int(p["단가"]) / PACK.get(p["제품명"], 1)
    return prods


def dong_match(base, dong):
    return dong == base or re.fullmatch(re.escape(base) + r"\d가", dong) is not None


def cond_ok(cond, p):
    cap = cond.get("max_price")
    if cap is None and cond.get("budget") and cond.get("qty"):
        cap = cond["budget"] / cond["qty"]
    if cap is not None and p["_unit_price"] > cap:
        return False
    if cond.get("spec_re"):
        field = p["제품명"] + " " + p["규격"]
        if cond.get("spec_field") == "all":
            field += " " + p["설명"]
        if not re.search(cond["spec_re"], field):
            return False
    return True


def rel_simple(want, ok, cond, p):
    if p["_tags"] & set(want):
        return 2 if cond_ok(cond, p) else 1
    if p["_tags"] & set(ok):
        return 1
    return 0


def label(need, prods):
    """returns {code: (rel, 품목)}"""
    out = {}
    for code, p in prods.items():
        if need["kind"] == "location":
            if p["_shop"] == need["shop"]:
                out[code] = (2 if dong_match(need["dong"], p["_dong"]) else 1, "")
        elif need["kind"] == "multi_item":
            best = (0, "")
            for (item, want, ok, cond) in need["items"]:
                r = rel_simple(want, ok, cond, p)
                if r > best[0]:
                    best = (r, item)
            if best[0]:
                out[code] = best
        else:
            r = rel_simple(need["want"], need["ok"], need, p)
            if r:
                out[code] = (r, "")
    return out


STOP = set("""위해 위한 하려고 합니다 하고자 싶습니다 부탁드립니다 바랍니다 찾고 찾습니다 있습니다 있는 구매 구매하고자 구매하려 구매할 제작 제작하려고
제작하고자 예정입니다 주문하고 준비하려고 진행하는데 알려 주세요 하니 하오니 연락 제품 안내 때 중 등 및 또는 이하 이내 개당 1인 예산 박스
행사 행사에서 대상 참석자 기념품으로 나눠 드릴 새로 맞추려고 넣어 줄 수 곳을 계속 들어와 자주 상해서 마친 뒤 제공할 전달할 배포할
세워 둘 차려 대접할 수여할 근무하는 입을 비치할 만든 좋은 들어 동안 통해 관련 정도 가능한 가능 업체를 업체 가게 집 에서 기관""".split())
JOSA = ["에서", "으로", "에게", "께서", "이나", "과", "와", "을", "를", "이", "가", "에", "의", "로", "나", "께", "들", "도", "은", "는"]


def content_words(need):
    if need["kind"] in ("hanyeong", "choseong"):
        text = need["intended"]
    else:
        text = need["text"]
    words = set()
    for tok in re.split(r"[\s,.·()\[\]/]+", text):
        tok = tok.strip()
        if not tok or re.fullmatch(r"[\d년월일초말째주x×]+", tok) or re.fullmatch(r"\d+(개|벌|박스|팩|켤레)", tok):
            continue
        base = tok
        for j in JOSA:
            if base.endswith(j) and len(base) - len(j) >= 2:
                base = base[: -len(j)]
                break
        for w in {tok, base}:
            if len(w) >= 2 and w not in STOP and not re.fullmatch(r"[\dA-Za-z]+[gmkL]*", w):
                words.add(w)
    if need["kind"] == "location":
        words.discard(need["dong"])  # 동 이름은 주소 매칭이므로 제외
    return sorted(words)


def main():
    prods = load_catalog()
    needs = list(ND.NEEDS)
    for (k, inst, text, diff, why) in ND.NO_MATCH:
        needs.append(dict(key=k, kind="no_match", inst=inst, text=text, want=[], ok=[], difficulty=diff, why=why))

    labels, sweep = {}, []
    for n in needs:
        if n["kind"] == "no_match":
            labels[n["key"]] = {}
            continue
        lab = label(n, prods)
        # sweep: 내용어를 포함하지만 라벨이 없는 제품
        for w in content_words(n):
            for code, p in prods.items():
                if code in lab:
                    continue
                hay = p["제품명"] + " " + p["규격"] + " " + p["설명"]
                if w in hay:
                    sweep.append((n["key"], code, w, p["제품명"]))
        for (k, code), (rel, item, why) in OVERRIDES.items():
            if k == n["key"]:
                if rel == 0:
                    lab.pop(code, None)
                else:
                    lab[code] = (rel, item)
        labels[n["key"]] = lab

    # dedupe sweep per (need, code)
    seen, sw = set(), []
    for s in sweep:
        if (s[0], s[1]) not in seen:
            seen.add((s[0], s[1])); sw.append(s)
    with open(os.path.join(HERE, "sweep_candidates.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["need_key", "제품코드", "겹친 말", "제품명", "결정", "이유"])
        missing = 0
        for (k, code, word, name) in sw:
            if (k, code) in OVERRIDES:
                o = OVERRIDES[(k, code)]; w.writerow([k, code, word, name, "OVERRIDE→%d" % o[0], o[2]])
            elif (k, code) in REVIEWED:
                w.writerow([k, code, word, name, "REVIEWED→0", REVIEWED[(k, code)]])
            else:
                missing += 1; w.writerow([k, code, word, name, "UNREVIEWED", ""])
    print("sweep candidates:", len(sw), "unreviewed:", missing)

    # shuffle & ids
    order = needs[:]
    random.Random(SEED).shuffle(order)
    idmap = {}
    for i, n in enumerate(order, 1):
        idmap[n["key"]] = "ZZK-Q%03d" % i

    def W(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f); w.writerow(header); w.writerows(rows)

    qrows, krows, rrows, hrows, nrows, mrows = [], [], [], [], [], []
    catalog_text = " ".join(p["제품명"] + " " + p["규격"] + " " + p["설명"] for p in prods.values())
    for n in order:
        qid = idmap[n["key"]]
        qrows.append([qid, n["text"], n.get("qty") or "", n.get("budget") or ""])
        krows.append([qid, n["kind"]])
        mrows.append([n["key"], qid, n["kind"], ND.INSTITUTIONS[n["inst"]]])
        for code in sorted(labels[n["key"]]):
            rel, item = labels[n["key"]][code]
            rrows.append([qid, code, rel, item if n["kind"] == "multi_item" else ""])
        if n["kind"] == "hanyeong":
            hrows.append([qid, n["text"], n["intended"]])
        if n["kind"] == "no_match":
            ov = []
            for tok in n["text"].split():
                found = None
                for L in range(len(tok), 1, -1):
                    for s in range(0, len(tok) - L + 1):
                        if tok[s:s + L] in catalog_text:
                            found = tok[s:s + L]; break
                    if found:
                        break
                if found:
                    ov.append(found)
            nrows.append([qid, "어려움" if n["difficulty"] == "hard" else "쉬움", " ".join(ov), n["why"]])
    W("queries.csv", ["수요번호", "수요내용", "수량", "예산"], sorted(qrows))
    W("query_kinds.csv", ["수요번호", "유형"], sorted(krows))
    W("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], sorted(rrows))
    W("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"], sorted(hrows))
    W("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"], sorted(nrows))
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["내부키", "수요번호", "유형", "기관"]); w.writerows(sorted(mrows, key=lambda r: r[1]))
    with open(os.path.join(HERE, "sweep_decisions.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["need_key", "제품코드", "결정", "이유"])
        for (k, code), (rel, item, why) in sorted(OVERRIDES.items()):
            w.writerow([k, code, "OVERRIDE→%d" % rel, why])
        for (k, code), why in sorted(REVIEWED.items()):
            w.writerow([k, code, "REVIEWED→0", why])
    print("needs", len(order), "qrels", len(rrows))


if __name__ == "__main__":
    main()
