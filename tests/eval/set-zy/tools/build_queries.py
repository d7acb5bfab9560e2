# -*- coding: utf-8 -*-
"""4·5단계: 태그로 관련도를 기계적으로 매기고, 검토(sweep) 목록을 만들고, 섞어서 번호를 붙인다."""
import csv, os, random, re
from needs_data import NEEDS, NO_MATCH, INST
from build_catalog import load
import review_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7319


def base_dong(d):
    return re.sub(r"\d+가$", "", d)


def cond_ok(need_or_item, p, qty=None, budget=None):
    cap = need_or_item.get("max_price")
    if cap is None and budget and qty:
        cap = budget // qty
    if cap is not None and p["price"] > cap:
        return False
    spec = need_or_item.get("spec")
    if spec and not re.search(spec, p["name"] + " " + p["spec"]):
        return False
    return True


def rel_simple(spec, p, qty=None, budget=None):
    W, O = set(spec.get("want", [])), set(spec.get("ok", []))
    if p["tags"] & W:
        return 2 if cond_ok(spec, p, qty, budget) else 1
    if p["tags"] & O:
        return 1
    return 0


def label(n, prods):
    """{code: (rel, 품목)}"""
    res = {}
    k = n["kind"]
    for p in prods:
        if k == "location":
            if p["ent"]["shop"] == n["shop"]:
                r = 2 if base_dong(p["ent"]["dong"]) == n["dong"] else 1
                res[p["code"]] = (r, "")
        elif k == "category":
            r = rel_simple(dict(want=n["group"], ok=n["ok"]), p)
            if r:
                res[p["code"]] = (r, "")
        elif k == "multi_item":
            best = (0, "")
            for it in n["items"]:
                r = rel_simple(it, p)
                if r > best[0]:
                    best = (r, it["label"])
            if best[0]:
                res[p["code"]] = best
        else:
            r = rel_simple(n, p, n.get("qty"), n.get("budget"))
            if r:
                res[p["code"]] = (r, "")
    return res


PARTICLES = ["에서", "으로", "까지", "부터", "하고", "이랑", "을", "를", "은", "는", "에", "과", "와", "용으로"]
STOP = set("""2026년 4월 6월 7월 10월 11월 1일 20일 다음 달 하오니 부탁드립니다 견적 사회적경제기업 제품으로 제품 구매하고자
합니다 필요합니다 가능한지 가능하면 좋겠습니다 문의드립니다 운영 사용할 사용하는 찾습니다 찾고 있습니다 위해 위한 하려고 하니
주시기 바랍니다 알려 단가 기준 요청드립니다 정도 생각하고 형태입니다 내외 맡기려고 싶습니다 의뢰하고 관련 준비하려고
구매하려고 추천 등 번에 업체를 업체 주 약 명 예정 참석 드릴 나눠드릴 이하 예산 개당 자루당 병당 만원 쪽 사시는 홀로
해서 있는 받을 수 직접 만들어 볼 쉬운 교체하려고 전달할 쓰실 이웃돕기 연말 일원 시민들께 초등학생 학생들이 아이들 돌봄
방과후 입소 청소년들이 어르신 참여자 직원들이 본부 현장 캠페인 착용할 부착된 사이즈별 재고와 여름철 공원 활동 때 챙이
넓은 납품 곳을 매주 화요일 정기 배송을 전주시 시정 사회적기업에 맡겨 제작하려고 기획과 촬영부터 편집까지 한 2학기
학부모 설명회 시청 강당 200명 40쪽 가구당 3kg 50가구에 주민자치회 금암동 입구와 공영주차장 쪽에 걸
알리기 시장 중앙시장 가을 축제 둘째 토요일 호국보훈의 추념식 보훈회관 대강당 참석자 150송이 25명분 교육지원과로
진로체험 프로그램 30인분 나무나눔 식목일 행사 덕진공원 소재 세탁이 면 교육 에서 가능한 세트 제작 소형 중 을 를"""
.split())


def strip_particle(t):
    for s in PARTICLES:
        if t.endswith(s) and len(t) - len(s) >= 2:
            return t[: -len(s)]
    return t


def content_words(n):
    text = n.get("intended") or n["text"]
    if n["kind"] == "multi_item":
        text = " ".join(it["label"] for it in n["items"])
    toks = re.split(r"[\s,.()·]+", text)
    out = set()
    for t in toks:
        t = strip_particle(t.strip())
        if len(t) >= 2 and t not in STOP and not re.fullmatch(r"[\d.a-zA-Zx×]+|\d.*", t):
            out.add(t)
    return sorted(out)


def main():
    ents, prods = load()
    pmap = {p["code"]: p for p in prods}
    allneeds = NEEDS + NO_MATCH
    labels = {}
    for n in NEEDS:
        lab = label(n, prods)
        for (nk, code), (r, why) in review_data.OVERRIDES.items():
            if nk == n["key"]:
                item = ""
                if n["kind"] == "multi_item":
                    item = review_data.OVERRIDE_ITEM.get((nk, code), "")
                if r == 0:
                    lab.pop(code, None)
                else:
                    lab[code] = (r, item)
        labels[n["key"]] = lab
    # ---- sweep
    rows = []
    unreviewed = 0
    for n in allneeds:
        lab = labels.get(n["key"], {})
        for w in content_words(n):
            for p in prods:
                blob = " ".join([p["name"], p["spec"], p["desc"], p["cat"]])
                if w in blob and p["code"] not in lab:
                    key = (n["key"], p["code"])
                    if key in review_data.OVERRIDES:
                        dec = "OVERRIDE→%d: %s" % (review_data.OVERRIDES[key][0], review_data.OVERRIDES[key][1])
                    elif key in review_data.REVIEWED:
                        dec = "REVIEWED 0: " + review_data.REVIEWED[key]
                    else:
                        dec = "UNREVIEWED"
                        unreviewed += 1
                    rows.append([n["key"], n["text"], w, p["code"], p["name"], dec])
    # dedupe by (need, code)
    seen, dedup = set(), []
    for r in rows:
        if (r[0], r[3]) not in seen:
            seen.add((r[0], r[3]))
            dedup.append(r)
    unreviewed = sum(1 for r in dedup if r[5] == "UNREVIEWED")
    with open(os.path.join(HERE, "sweep.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요키", "수요내용", "겹친 말", "제품코드", "제품명", "결정"])
        w.writerows(dedup)
    # ---- shuffle & ids
    order = list(allneeds)
    random.Random(SEED).shuffle(order)
    idmap = {n["key"]: "ZY-Q%03d" % i for i, n in enumerate(order, 1)}
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "내부키", "유형", "기관"])
        for n in order:
            w.writerow([idmap[n["key"]], n["key"], n["kind"], INST[n["inst"]]])
    W = lambda name: csv.writer(open(os.path.join(OUT, name), "w", encoding="utf-8", newline=""))
    q = W("queries.csv"); q.writerow(["수요번호", "수요내용", "수량", "예산"])
    kq = W("query_kinds.csv"); kq.writerow(["수요번호", "유형"])
    qr = W("qrels.csv"); qr.writerow(["수요번호", "제품코드", "관련도", "품목"])
    for n in order:
        qid = idmap[n["key"]]
        q.writerow([qid, n["text"], n.get("qty") or "", n.get("budget") or ""])
        kq.writerow([qid, n["kind"]])
        for code, (r, item) in sorted(labels.get(n["key"], {}).items()):
            qr.writerow([qid, code, r, item if n["kind"] == "multi_item" else ""])
    nm = W("no_match_detail.csv"); nm.writerow(["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    for n in sorted(NO_MATCH, key=lambda n: idmap[n["key"]]):
        nm.writerow([idmap[n["key"]], "어려움" if n["level"] == "hard" else "쉬움", n["overlap"], n["reason"]])
    hy = W("hanyeong_intended.csv"); hy.writerow(["수요번호", "입력", "의도한 한글"])
    for n in sorted([n for n in NEEDS if n["kind"] == "hanyeong"], key=lambda n: idmap[n["key"]]):
        hy.writerow([idmap[n["key"]], n["text"], n["intended"]])
    with open(os.path.join(HERE, "review_decisions.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["수요번호", "내부키", "제품코드", "제품명", "구분", "관련도", "이유"])
        for (nk, code), (r, why) in sorted(review_data.OVERRIDES.items()):
            w.writerow([idmap[nk], nk, code, pmap[code]["name"], "OVERRIDE", r, why])
        for (nk, code), why in sorted(review_data.REVIEWED.items()):
            w.writerow([idmap[nk], nk, code, pmap[code]["name"], "REVIEWED", 0, why])
    print("sweep pairs:", len(dedup), "unreviewed:", unreviewed)


if __name__ == "__main__":
    main()
