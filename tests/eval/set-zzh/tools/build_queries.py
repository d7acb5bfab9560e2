# -*- coding: utf-8 -*-
"""4~5단계: 태그로 기계적으로 관련도 매기기 + 스윕 + 섞어서 번호 매기기.
실행: python3 build_catalog.py && python3 build_queries.py [--sweep]
"""
import csv, json, os, re, random, sys
from needs_data import NEEDS, NO_MATCH, INSTITUTIONS
from sweep_review import OVERRIDES, REVIEWED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20251207


def load_catalog():
    rows = list(csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8")))
    meta = json.load(open(os.path.join(HERE, "product_meta.json"), encoding="utf-8"))
    return rows, meta


def need_keys():
    cnt, keyed = {}, []
    for nd in NEEDS:
        cnt[nd["kind"]] = cnt.get(nd["kind"], 0) + 1
        keyed.append(("%s-%02d" % (nd["kind"], cnt[nd["kind"]]), nd))
    nm = [("no_match-%02d" % (i + 1), dict(kind="no_match", q=t[0], level=t[1], overlap=t[2], reason=t[3]))
          for i, t in enumerate(NO_MATCH)]
    return keyed, nm


def base_dong(d):
    return re.sub(r"\d가$", "", d)


def unit_cap(nd):
    if nd.get("cap"):
        return nd["cap"]
    if nd.get("budget") and nd.get("qty"):
        return nd["budget"] // nd["qty"]
    return None


def rel_simple(row, tags, want, ok, cap=None, spec=None):
    if set(tags) & set(want):
        good = True
        if cap is not None and int(row["단가"]) > cap:
            good = False
        for rx in spec or []:
            if not re.search(rx, row["제품명"] + " " + row["규격"]):
                good = False
        return 2 if good else 1
    if set(tags) & set(ok):
        return 1
    return 0


def label(nd, rows, meta):
    """returns {code: (rel, 품목)}"""
    out = {}
    k = nd["kind"]
    for r in rows:
        m = meta[r["제품코드"]]
        tags = m["tags"]
        if k == "location":
            if m["shop"] == nd["shop"]:
                rel = 2 if base_dong(m["dong"]) == nd["dong"] else 1
                out[r["제품코드"]] = (rel, "")
        elif k == "multi_item":
            best = (0, "")
            for (written, want, ok) in nd["items"]:
                rel = rel_simple(r, tags, want, ok)
                if rel > best[0]:
                    best = (rel, written)
            if best[0]:
                out[r["제품코드"]] = best
        else:
            rel = rel_simple(r, tags, nd["want"], nd["ok"], unit_cap(nd), nd.get("spec"))
            if rel:
                out[r["제품코드"]] = (rel, "")
    return out


STOP = set("""구매 구입 제작 주문 납품 업체 업체를 가능 가능한 필요 예정 예정이어서 전주 전주시 행사 행사에서 사용 시민 시민들께 위해 하려고
합니다 있는 알려 주시기 바랍니다 부탁드립니다 추천 찾습니다 찾고 있습니다 개당 이하 이내 예산 단가 사이즈 드릴 드립니다 대상 운영
주실 있을까요 하는 좋겠습니다 일대 진행 참여 활동 구매하고자 하오니 구입하려고 주문하려고 구매하려고 제작하고 싶습니다 하는데 다음
만들어 붙이려고 견적 주세요 열리는 나눠 참석자들 참가자들 끼고 작업할 사회적경제기업 사회적경제기업을 제품으로 수 제공할 곳이면
배달 가능한 곳을 납품해 줄 드릴 주관 위주의 분들께 수강생분들께 드릴 포장으로 개별 대기실까지 토요일 기간에 관찰하는 운영해
이어서 우려되므로 사이 통로에 깔 넣어 기관 때 중 하려 하니 있도록 달아 같은 둥지를 틀 주변에 설치하려고 손으로 읽을 앞에
관내 공공건물 엘리베이터 화장실과 시각장애인이 대비해 저소득 가구 주거환경 개선 사업으로 창문 작업을 겨울철 한파에 11월
할 전에 전통시장에서 캠페인을 물가 안정 추석 명절 로고를 스태프 출연진과 점심 정기공연 공연장 2학기 개강식 평생학습관 강당
시민대학 다과로 여름방학 초등학생을 전주천 물고기와 수서곤충을 체험 교육 프로그램을 에서 에게 으로""".split())
PARTICLES = ["으로", "에서", "에게", "께서", "이나", "하고", "이랑", "까지", "부터", "를", "을", "은", "는", "에", "의", "로", "와", "과", "도", "만", "이", "가"]
SHORT_OK = {"떡", "빵"}


def content_words(nd):
    if nd["kind"] in ("hanyeong", "choseong"):
        text = nd["intended"]
    elif nd["kind"] == "multi_item":
        text = " ".join(i[0] for i in nd["items"])
    else:
        text = nd["q"]
    words = set()
    for tok in re.split(r"[\s,()·.]+", text):
        if re.fullmatch(r"[A-Za-z]{2,}", tok):
            words.add(tok)
            continue
        tok = re.sub(r"[^가-힣A-Za-z0-9]", "", tok)
        if not re.search(r"[가-힣]", tok):
            continue
        t = tok
        for p in PARTICLES:
            if t.endswith(p) and len(t) - len(p) >= 2:
                t = t[: -len(p)]
                break
        t = re.sub(r"^[0-9A-Za-z.]+", "", t)
        for cand in (tok, t):
            if cand in STOP:
                break
        else:
            if len(t) >= 2 or t in SHORT_OK:
                words.add(t)
    return words


def sweep(keyed, rows, labels):
    pend = []
    for key, nd in keyed:
        words = content_words(nd)
        for r in rows:
            c = r["제품코드"]
            if c in labels[key]:
                continue
            hay = r["제품명"] + " " + r["규격"] + " " + r["설명"]
            hits = sorted(w for w in words if w in hay)
            if hits:
                pend.append((key, c, "/".join(hits), r["제품명"]))
    return pend


def main():
    rows, meta = load_catalog()
    keyed, nm = need_keys()
    labels = {key: label(nd, rows, meta) for key, nd in keyed}
    pend = sweep(keyed, rows, labels)
    unreviewed = [p for p in pend if (p[0], p[1]) not in REVIEWED and (p[0], p[1]) not in OVERRIDES]
    # overrides
    for (key, code), (rel, reason) in OVERRIDES.items():
        nd = dict(keyed)[key]
        if rel == 0:
            labels[key].pop(code, None)
        else:
            labels[key][code] = (rel, labels[key].get(code, (0, ""))[1])
    stale = [k for k in list(REVIEWED) + list(OVERRIDES) if (k[0], k[1]) not in {(p[0], p[1]) for p in pend}
             and k not in OVERRIDES]
    with open(os.path.join(HERE, "sweep_log.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요키", "제품코드", "겹친 말", "제품명", "결정", "이유"])
        for key, c, hits, name in pend:
            if (key, c) in OVERRIDES:
                rel, why = OVERRIDES[(key, c)]
                w.writerow([key, c, hits, name, "관련도 %d 부여" % rel, why])
            elif (key, c) in REVIEWED:
                w.writerow([key, c, hits, name, "무관(0) 유지", REVIEWED[(key, c)]])
            else:
                w.writerow([key, c, hits, name, "미검토", ""])
    if "--sweep" in sys.argv or unreviewed:
        print("sweep hits:", len(pend), "unreviewed:", len(unreviewed), "stale:", stale)
        for p in unreviewed:
            print("\t".join(p))
        if unreviewed:
            print("!! 미검토 항목이 있음")
    # shuffle & ids
    allk = [k for k, _ in keyed] + [k for k, _ in nm]
    random.Random(SEED).shuffle(allk)
    idmap = {k: "ZZH-Q%03d" % (i + 1) for i, k in enumerate(allk)}
    nds = dict(keyed)
    nds.update(dict(nm))
    W = lambda name: csv.writer(open(os.path.join(OUT, name), "w", encoding="utf-8", newline=""))
    q, qk, qr, hy, nmd = W("queries.csv"), W("query_kinds.csv"), W("qrels.csv"), W("hanyeong_intended.csv"), W("no_match_detail.csv")
    im = csv.writer(open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline=""))
    q.writerow(["수요번호", "수요내용", "수량", "예산"])
    qk.writerow(["수요번호", "유형"])
    qr.writerow(["수요번호", "제품코드", "관련도", "품목"])
    hy.writerow(["수요번호", "입력", "의도한 한글"])
    nmd.writerow(["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    im.writerow(["수요번호", "내부키", "유형", "기관"])
    for k in sorted(allk, key=lambda k: idmap[k]):
        qid, nd = idmap[k], nds[k]
        q.writerow([qid, nd["q"], nd.get("qty") or "", nd.get("budget") or ""])
        qk.writerow([qid, nd["kind"]])
        im.writerow([qid, k, nd["kind"], INSTITUTIONS.get(nd.get("inst"), "")])
        if nd["kind"] == "hanyeong":
            hy.writerow([qid, nd["q"], nd["intended"]])
        if nd["kind"] == "no_match":
            nmd.writerow([qid, nd["level"], nd["overlap"], nd["reason"]])
            continue
        for code in sorted(labels[k]):
            rel, item = labels[k][code]
            qr.writerow([qid, code, rel, item if nd["kind"] == "multi_item" else ""])
    json.dump({k: {c: v[0] for c, v in labels[k].items()} for k in labels},
              open(os.path.join(HERE, "labels_by_key.json"), "w", encoding="utf-8"), ensure_ascii=False)
    print("needs:", len(allk), "qrels:", sum(len(v) for v in labels.values()))


if __name__ == "__main__":
    main()
