# -*- coding: utf-8 -*-
"""4~5단계: 태그로 기계적 관련도 부여 + 스윕 + 섞기/번호 매기기.
출력: ../queries.csv ../query_kinds.csv ../qrels.csv ../no_match_detail.csv ../hanyeong_intended.csv
      id_map.csv sweep_candidates.csv (검토 대상)"""
import csv, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import needs_data as ND
from review_data import OVERRIDES, REVIEWED

KIND_CODE = {"exact": "EX", "synonym": "SY", "typo": "TY", "hanyeong": "HY", "spacing": "SP", "choseong": "CH",
             "quantity": "QT", "long_sentence": "LS", "category": "CA", "location": "LO", "multi_item": "MI"}


def load_catalog():
    cat = list(csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8")))
    tags = {r["제품코드"]: r for r in csv.DictReader(open(os.path.join(HERE, "product_tags.csv"), encoding="utf-8"))}
    for r in cat:
        t = tags[r["제품코드"]]
        r["_tags"] = set(t["품목태그"].split())
        r["_shop"] = t["가게종류"]
        r["_dong"] = t["법정동"]
    return cat


def internal_keys():
    """매칭 수요의 내부 키(EX01…), 매칭 불가는 NM01…"""
    keys, cnt = [], {}
    for n in ND.NEEDS:
        c = KIND_CODE[n["kind"]]
        cnt[c] = cnt.get(c, 0) + 1
        keys.append("%s%02d" % (c, cnt[c]))
    return keys


def base_dong(d):
    return re.sub(r"\d+가$", "", d)


def rel_item(p, want, ok, price_max, spec_re):
    t = p["_tags"]
    if t & set(want):
        if price_max is not None and int(p["단가"]) > price_max:
            return 1
        if spec_re and not re.search(spec_re, p["제품명"] + " " + p["규격"]):
            return 1
        return 2
    if t & set(ok):
        return 1
    return 0


def label(n, cat):
    """{code: (rel, 품목)}"""
    res = {}
    if n["kind"] == "location":
        for p in cat:
            if p["_shop"] == n["shop"]:
                res[p["제품코드"]] = (2 if base_dong(p["_dong"]) == n["dong"] else 1, "")
        return res
    if n["kind"] == "multi_item":
        for (item, want, ok) in n["items"]:
            for p in cat:
                r = rel_item(p, want, ok, None, None)
                if r and r > res.get(p["제품코드"], (0, ""))[0]:
                    res[p["제품코드"]] = (r, item)
        return res
    for p in cat:
        r = rel_item(p, n["want"], n["ok"], n["price_max"], n["spec_re"])
        if r:
            res[p["제품코드"]] = (r, "")
    return res


STOP = set("""행사 교육 제작 업체 구매 구입 주문 제공 진행 센터 프로그램 가능 관리 전체 대상 위해 위하여 위한 하고자 하려 하오니
부탁드립니다 견적 견적서 기관 찾습니다 찾고 있습니다 주시기 바랍니다 해 주실 드릴 드립니다 곳을 알려 주십시오 함께 제작해야 하므로
이하 예산 장당 개당 매당 정기적으로 싶습니다 납품받고 제품 추천 관리가 쉬운 마친 뒤 중 중순 다음 달 첫째 둘째 주 매주 매월 수요일
토요일 저녁 공단 전주지부 사무실이 이전함에 따라 입주 전에 등기국 민원 이용객이 많아 여름철 모자보건팀에서 관내 보낼 시설 입소가정
자녀 명을 명에게 참석자 배부할 의뢰드립니다 시민들께 나눠 기념품으로 당사자 자조모임 월례회 제공할 간식으로 개별 포장된 이용자를
도서관 이용 안내서를 가족 모임 참석하시는 가족분들께 내외 알리기 촬영하고 편집까지 납품 성과를 역량강화 자활참여자 자활사업
성과보고회 대회의실 교육장 캠페인 인식개선 장애인 고용 일원 객사 전주 해바라기센터 상담실 리모델링을 내담자 정서 안정을 대기실에 둘
시각장애인 2026년 2025년 12월 11월 10월 6월부터 9월까지 월 1회 감염병 예방을 강사 파견과 재료 준비가 15명을 3분 3층 출생아 가정에
선물로 축하 아이들 놀이 및 이랑 하고
에서 합니다 가능한 보내 구합니다 정기 사무실 7시 2층 대기실 관내 알리기 성과 자활참여자""".split())
PARTICLES = ["에서", "으로", "께서", "에게", "이나", "까지", "부터", "을", "를", "이", "가", "은", "는", "에", "의", "로", "과", "와", "나", "께", "도"]


def content_words(n):
    if n["kind"] in ("hanyeong", "choseong"):
        text = n["intended"]
    elif n["kind"] == "multi_item":
        text = " ".join(i[0] for i in n["items"])
    elif n["kind"] == "location":
        text = n["text"].split()[1]
    else:
        text = n["text"]
    text = re.sub(r"[(),.·:]", " ", text)
    words = set()
    for w in text.split():
        if w in STOP or re.fullmatch(r"[\d.]+\S{0,2}", w):
            continue
        for pt in PARTICLES:
            if w.endswith(pt) and len(w) - len(pt) >= 2 and w[:-len(pt)] not in STOP:
                w = w[:-len(pt)]
                break
        if len(w) >= 2 and w not in STOP:
            words.add(w)
    return words


def main():
    cat = load_catalog()
    bycode = {p["제품코드"]: p for p in cat}
    keys = internal_keys()
    labels, sweep = {}, []
    for k, n in zip(keys, ND.NEEDS):
        lab = label(n, cat)
        for code in list(lab):
            if (k, code) in OVERRIDES:
                pass
        for (kk, code), (r, why) in OVERRIDES.items():
            if kk == k:
                if r == 0:
                    lab.pop(code, None)
                else:
                    item = ""
                    if n["kind"] == "multi_item":
                        item = why.split("|")[0] if "|" in why else n["items"][0][0]
                    lab[code] = (r, item)
        labels[k] = lab
        cw = content_words(n)
        for p in cat:
            if p["제품코드"] in lab:
                continue
            hay = p["제품명"] + " " + p["규격"] + " " + p["설명"]
            hit = sorted(w for w in cw if w in hay)
            if hit:
                sweep.append((k, n["text"], p["제품코드"], p["제품명"], "/".join(hit)))
    with open(os.path.join(HERE, "sweep_candidates.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["내부키", "수요", "제품코드", "제품명", "겹친말", "검토"])
        for s in sweep:
            w.writerow(list(s) + [REVIEWED.get((s[0], s[2]), OVERRIDES.get((s[0], s[2]), ("", ""))[1] if (s[0], s[2]) in OVERRIDES else "")])
    unreviewed = [s for s in sweep if (s[0], s[2]) not in REVIEWED and (s[0], s[2]) not in OVERRIDES]

    # ---- 섞기 ----
    allneeds = [(k, n) for k, n in zip(keys, ND.NEEDS)]
    for i, (t, lv, ov, why) in enumerate(ND.NO_MATCH, 1):
        allneeds.append(("NM%02d" % i, dict(kind="no_match", text=t, qty=None, budget=None, level=lv, overlap=ov, why=why)))
    rng = random.Random(4242)
    rng.shuffle(allneeds)
    idmap = {}
    for i, (k, n) in enumerate(allneeds, 1):
        idmap[k] = "ZZL-Q%03d" % i

    def wcsv(name, header, rows):
        with open(name, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    wcsv(os.path.join(OUT, "queries.csv"), ["수요번호", "수요내용", "수량", "예산"],
         [[idmap[k], n["text"], n.get("qty") or "", n.get("budget") or ""] for k, n in allneeds])
    wcsv(os.path.join(OUT, "query_kinds.csv"), ["수요번호", "유형"], [[idmap[k], n["kind"]] for k, n in allneeds])
    qrows = []
    for k, n in allneeds:
        if n["kind"] == "no_match":
            continue
        for code in sorted(labels[k]):
            r, item = labels[k][code]
            qrows.append([idmap[k], code, r, item if n["kind"] == "multi_item" else ""])
    wcsv(os.path.join(OUT, "qrels.csv"), ["수요번호", "제품코드", "관련도", "품목"], qrows)
    wcsv(os.path.join(OUT, "no_match_detail.csv"), ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
         [[idmap[k], n["level"], n["overlap"], n["why"]] for k, n in sorted(allneeds, key=lambda x: idmap[x[0]]) if n["kind"] == "no_match"])
    wcsv(os.path.join(OUT, "hanyeong_intended.csv"), ["수요번호", "입력", "의도한 한글"],
         [[idmap[k], n["text"], n["intended"]] for k, n in sorted(allneeds, key=lambda x: idmap[x[0]]) if n["kind"] == "hanyeong"])
    wcsv(os.path.join(HERE, "id_map.csv"), ["수요번호", "내부키", "유형", "기관", "수요내용"],
         [[idmap[k], k, n["kind"], ND.INST.get(n.get("inst"), ""), n["text"]] for k, n in sorted(allneeds, key=lambda x: idmap[x[0]])])
    print("qrels", len(qrows), "sweep", len(sweep), "unreviewed", len(unreviewed))
    for s in unreviewed:
        print("UNREVIEWED", *s)


if __name__ == "__main__":
    main()
