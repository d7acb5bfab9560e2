# -*- coding: utf-8 -*-
"""4·5단계: 태그로 기계적 라벨링 -> 스윕(검토) -> 섞어서 번호 매기기.
입력: needs_data.py, product_tags.csv, ../catalog.csv, reviews.py(OVERRIDES/REVIEWED)
출력: ../queries.csv ../query_kinds.csv ../qrels.csv ../no_match_detail.csv ../hanyeong_intended.csv
      id_map.csv need_details.csv sweep_candidates.csv"""
import csv, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from needs_data import NEEDS, NO_MATCH, GROUPS, SHOP_WORDS
from reviews import OVERRIDES, REVIEWED

SEED = 20250917


def load():
    cat = {r["제품코드"]: r for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
    tags = {}
    for r in csv.DictReader(open(os.path.join(HERE, "product_tags.csv"), encoding="utf-8")):
        tags[r["제품코드"]] = dict(tags=set(r["태그"].split()), shop=r["가게종류"], dong=r["법정동"])
    return cat, tags


def need_keys():
    cnt = {}
    keyed = []
    for d in NEEDS:
        cnt[d["kind"]] = cnt.get(d["kind"], 0) + 1
        keyed.append(("%s-%02d" % (d["kind"], cnt[d["kind"]]), d))
    return keyed


def unit_cap(d):
    if d.get("cap"):
        return d["cap"]
    if d.get("budget") and d.get("qty"):
        return d["budget"] / d["qty"]
    return None


def dong_match(prod_dong, want_dong):
    return re.fullmatch(re.escape(want_dong) + r"(\d가)?", prod_dong) is not None


def rel_generic(d, want, ok, prod, t):
    """2: 원하는 품목이고 조건 충족 / 1: 원하는 품목이나 조건 미달, 또는 대체 품목"""
    if t["tags"] & set(want):
        cap = unit_cap(d)
        good = True
        if cap is not None and int(prod["단가"]) > cap:
            good = False
        if d.get("spec") and not re.search(d["spec"], prod["제품명"] + " " + prod["규격"]):
            good = False
        return 2 if good else 1
    if t["tags"] & set(ok):
        return 1
    return 0


def label(key, d, cat, tags):
    """-> {code: (rel, 품목, 근거)}"""
    out = {}
    kind = d["kind"]
    for code, prod in cat.items():
        t = tags[code]
        if kind == "category":
            g = GROUPS[d["group"]]
            r = rel_generic(d, g["want"], g["ok"], prod, t)
            if r:
                out[code] = (r, "", "묶음 '%s'" % d["group"])
        elif kind == "location":
            kindname, core = SHOP_WORDS[d["shop"]]
            if t["shop"] == kindname and dong_match(t["dong"], d["dong"]):
                out[code] = (2, "", "같은 동 같은 가게")
            elif t["shop"] == kindname:
                out[code] = (1, "", "다른 동 같은 가게")
            elif t["tags"] & set(core):
                out[code] = (1, "", "다른 종류 가게의 핵심 품목")
        elif kind == "multi_item":
            best = None
            for (item, want, ok) in d["items"]:
                r = rel_generic(d, want, ok, prod, t)
                if r and (best is None or r > best[0]):
                    best = (r, item, "품목 '%s'" % item)
            if best:
                out[code] = best
        else:
            r = rel_generic(d, d["want"], d["ok"], prod, t)
            if r:
                out[code] = (r, "", "태그")
    for (k, code), (r, why) in OVERRIDES.items():
        if k != key:
            continue
        if r == 0:
            out.pop(code, None)
        else:
            item = ""
            if kind == "multi_item":
                item = why.split("|")[0] if "|" in why else d["items"][0][0]
            out[code] = (r, item, "OVERRIDE: " + why)
    return out


STOP = set("""제작 인쇄 체험 세트 대용량 단체 사무실 현장용 행사 다음 달 때 동안 중 기간 곳 업체 제품 사회적기업
사회적경제기업 사회적경제 구매 구매하고자 찾고 찾습니다 있습니다 있는지 있을까요 문의드립니다 부탁드립니다 추천 하오니 하는데
하려고 새로 맞추려고 우선 검토하려 합니다 싶은데 좋겠습니다 주문하고 주문할 수 있는 알려 주시기 바랍니다 운영해 줄 단체
대상 대상으로 하는 이번 주 금요일 오후 2시 정도 전주 지역 지원해 맡아 준비해야 쓸 열리는 열두 개 개를 곁들일 특히 같은
나누어 알아보고 있으니 단가와 최소 수량을 11월 2025년 하반기 3천 부 15일 이면 이내 이하 예산 개당 벌당 만원 1만원 5천원
박스 장 자루 켤레 벌 개 세트 여름방학 주말 가족 프로그램으로 수업을 운영할 방문객에게 부스""".split())
JOSA = ("으로", "에게", "이랑", "하고", "에서", "을", "를", "이", "가", "은", "는", "에", "의", "로", "과", "와", "도", "들")


def content_words(d):
    if d["kind"] == "location":
        stem = d["shop"].replace("집", "").replace("소", "") if d["shop"] not in ("공방", "카페") else d["shop"]
        return {stem}
    text = d.get("intended") or d["text"]
    if d["kind"] == "choseong":
        text = d["intended"]
    if d["kind"] == "hanyeong":
        text = d["intended"]
    words = set()
    for w in re.findall(r"[가-힣A-Za-z0-9]+", text):
        for j in JOSA:
            if w.endswith(j) and len(w) - len(j) >= 2:
                w = w[: -len(j)]
                break
        if len(w) >= 2 and w not in STOP and not re.match(r"[0-9]", w) and not re.fullmatch(r"[0-9A-Za-z]+", w):
            words.add(w)
    return words


def sweep(keyed, labels, cat):
    rows = []
    for key, d in keyed:
        ws = content_words(d)
        for code, prod in cat.items():
            if code in labels[key]:
                continue
            text = prod["제품명"] + " " + prod["규격"] + " " + prod["설명"]
            hit = sorted(w for w in ws if w in text)
            if hit:
                rows.append((key, d["text"], code, prod["제품명"], "/".join(hit)))
    return rows


def main():
    cat, tags = load()
    keyed = need_keys()
    labels = {key: label(key, d, cat, tags) for key, d in keyed}
    sw = sweep(keyed, labels, cat)
    with open(os.path.join(HERE, "sweep_candidates.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["내부키", "수요내용", "제품코드", "제품명", "겹친 말", "결정", "이유"])
        unrev = 0
        for (key, text, code, pn, hit) in sw:
            if (key, code) in REVIEWED:
                w.writerow([key, text, code, pn, hit, "0 유지", REVIEWED[(key, code)]])
            else:
                unrev += 1
                w.writerow([key, text, code, pn, hit, "미검토", ""])
        for (key, code), (r, why) in sorted(OVERRIDES.items()):
            d = dict(keyed)[key]
            w.writerow([key, d["text"], code, cat[code]["제품명"], "", "관련도 %d" % r, why])
    print("sweep candidates:", len(sw), "unreviewed:", unrev)

    # 섞기
    allneeds = [(key, d) for key, d in keyed] + [("no_match-%02d" % (i + 1), dict(kind="no_match", inst=x[0], text=x[1],
                                                   level=x[2], overlap=x[3], reason=x[4], qty=None, budget=None))
                                                 for i, x in enumerate(NO_MATCH)]
    order = list(range(len(allneeds)))
    random.Random(SEED).shuffle(order)
    qid = {}
    for n, i in enumerate(order, 1):
        qid[allneeds[i][0]] = "ZZ-Q%03d" % n

    def wcsv(path, header, rows):
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f); w.writerow(header); w.writerows(rows)

    byid = sorted(allneeds, key=lambda kd: qid[kd[0]])
    wcsv(os.path.join(OUT, "queries.csv"), ["수요번호", "수요내용", "수량", "예산"],
         [[qid[k], d["text"], d.get("qty") or "", d.get("budget") or ""] for k, d in byid])
    wcsv(os.path.join(OUT, "query_kinds.csv"), ["수요번호", "유형"], [[qid[k], d["kind"]] for k, d in byid])
    wcsv(os.path.join(HERE, "id_map.csv"), ["수요번호", "내부키", "유형", "기관"],
         [[qid[k], k, d["kind"], d["inst"]] for k, d in byid])
    qrows = []
    for k, d in byid:
        if d["kind"] == "no_match":
            continue
        for code in sorted(labels[k]):
            r, item, why = labels[k][code]
            qrows.append([qid[k], code, r, item])
    wcsv(os.path.join(OUT, "qrels.csv"), ["수요번호", "제품코드", "관련도", "품목"], qrows)
    lvl = {"hard": "어려움", "easy": "쉬움"}
    wcsv(os.path.join(OUT, "no_match_detail.csv"), ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
         [[qid[k], lvl[d["level"]], d["overlap"], d["reason"]] for k, d in byid if d["kind"] == "no_match"])
    wcsv(os.path.join(OUT, "hanyeong_intended.csv"), ["수요번호", "입력", "의도한 한글"],
         [[qid[k], d["text"], d["intended"]] for k, d in byid if d["kind"] == "hanyeong"])
    det = []
    for k, d in byid:
        if d["kind"] == "no_match":
            continue
        if d["kind"] == "category":
            want, ok = GROUPS[d["group"]]["want"], GROUPS[d["group"]]["ok"]
        elif d["kind"] == "location":
            want, ok = ["가게:%s@%s" % (SHOP_WORDS[d["shop"]][0], d["dong"])], ["가게:%s@다른 동" % SHOP_WORDS[d["shop"]][0]]
        elif d["kind"] == "multi_item":
            want = ["%s=%s" % (it, "+".join(wt)) for it, wt, _ in d["items"]]
            ok = ["%s=%s" % (it, "+".join(o)) for it, _, o in d["items"] if o]
        else:
            want, ok = d["want"], d["ok"]
        cap = unit_cap(d)
        det.append([qid[k], k, d["text"], " ".join(want), " ".join(ok), int(cap) if cap else "", d.get("spec") or "",
                    sum(1 for v in labels[k].values() if v[0] == 2), sum(1 for v in labels[k].values() if v[0] == 1)])
    wcsv(os.path.join(HERE, "need_details.csv"),
         ["수요번호", "내부키", "수요내용", "want", "ok", "단가상한", "규격조건", "관련도2 수", "관련도1 수"], det)
    print("qrels rows:", len(qrows))


if __name__ == "__main__":
    main()
