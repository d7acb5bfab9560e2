# -*- coding: utf-8 -*-
"""태그 기반 기계적 관련도 계산 + 스윕용 내용어 추출."""
import csv, os, re
import needs_data as N

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def load_catalog():
    cat = {r["제품코드"]: r for r in csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8"))}
    for r in csv.DictReader(open(os.path.join(HERE, "product_tags.csv"), encoding="utf-8")):
        c = cat[r["제품코드"]]
        c["_tags"] = set(r["태그"].split("|"))
        c["_shop"] = r["가게종류"]
        c["_dong"] = r["법정동"]
    return cat


def base_dong(d):
    return re.sub(r"\d가$", "", d)


def unit_cap(need):
    if need.get("cap"):
        return need["cap"]
    if need.get("budget") and need.get("qty"):
        return need["budget"] // need["qty"]
    return None


def rel_for(want, ok, cap, spec, p):
    t = p["_tags"]
    if t & set(want):
        good = True
        if cap is not None and int(p["단가"]) > cap:
            good = False
        if spec and not re.search(spec, p["제품명"] + " " + p["규격"]):
            good = False
        return 2 if good else 1
    if t & set(ok):
        return 1
    return 0


def label(need, cat):
    """returns {code: (rel, 품목)}"""
    out = {}
    k = need["kind"]
    if k == "location":
        for c, p in cat.items():
            if p["_shop"] == need["shop"]:
                out[c] = (2 if base_dong(p["_dong"]) == need["dong"] else 1, "")
        return out
    if k == "multi_item":
        for it in need["items"]:
            for c, p in cat.items():
                r = rel_for(it["want"], it["ok"], None, None, p)
                if r:
                    assert c not in out, (need["key"], c)
                    out[c] = (r, it["품목"])
        return out
    if k == "category":
        g = N.CATEGORY_GROUPS[need["group"]]
        want, ok = g["want"], g["ok"]
    else:
        want, ok = need["want"], need["ok"]
    cap, spec = unit_cap(need), need.get("spec")
    for c, p in cat.items():
        r = rel_for(want, ok, cap, spec, p)
        if r:
            out[c] = (r, "")
    return out


STOP = set("""구매 구입 제작 주문 예산 이하 이내 개당 장당 주당 하고자 합니다 부탁드립니다 업체 제품 찾고 있습니다 위해 연락 바랍니다
가능한 하오니 하려 하니 알려 주시기 견적 예정이오니 예정 대량 미리 확보하고자 구매하고자 구매하려고 주문하려고 구입하고자 착용할 사용할
비치할 지급할 나눠 선물로 에서 동안 매일 기간 같은 많이 흘리는 열리는 놓을 키울 앞서 있는 해줄 해 줄 줄 찾습니다 받고자 배송받고자
대비 용으로 용 위한 그리고 통해 대한 원 만원 천원 기념 월 일 매월 회 1회""".split())
PARTICLES = ["에서", "으로", "하고", "이랑", "부터", "까지", "에게", "들의", "을", "를", "은", "는", "이", "가", "에", "의", "과", "와", "로", "도", "들"]
SINGLE_OK = {"떡", "빵", "꽃", "차", "쌀", "꿀"}


def content_words(text):
    toks = re.split(r"[\s,.\(\)~·/]+", text)
    out = []
    for t in toks:
        t = t.strip()
        if not t or re.fullmatch(r"[\d,]+[가-힣A-Za-z]*", t):
            continue
        if re.search(r"[A-Za-z]", t) and not re.fullmatch(r"[A-Za-z0-9]+", t):
            pass
        for p in PARTICLES:
            if t.endswith(p) and len(t) - len(p) >= 1 and t not in SINGLE_OK:
                cand = t[: -len(p)]
                if len(cand) >= 2 or cand in SINGLE_OK:
                    t = cand
                    break
        if t in STOP or (len(t) < 2 and t not in SINGLE_OK):
            continue
        if re.fullmatch(r"[ㄱ-ㅎ]+", t):
            continue
        out.append(t)
    return out
