"""4·5단계: 태그로 기계적 라벨링 → 스윕 → OVERRIDES 적용 → 셔플·번호 부여 → CSV 출력."""
import csv, os, random, re
import needs_data as ND
from build_catalog import build
from review_data import OVERRIDES, REVIEWED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20251114


def dong_match(need_dong, ent_dong):
    return ent_dong == need_dong or re.fullmatch(re.escape(need_dong) + r"\d가", ent_dong) is not None


def rel_for(p, want, ok, price_max=None, spec_re=None):
    tags = set(p["tags"])
    if tags & set(want):
        good = True
        if price_max is not None and p["price"] > price_max:
            good = False
        if spec_re and not re.search(spec_re, p["name"] + " " + p["spec"]):
            good = False
        return 2 if good else 1
    if tags & set(ok):
        return 1
    return 0


def label(need, prods, emap):
    """반환: {code: (rel, 품목)}"""
    res = {}
    k = need["kind"]
    if k == "no_match":
        return res
    if k == "category":
        g = ND.GROUPS[need["group"]]
        for p in prods:
            r = rel_for(p, g["want"], g["ok"])
            if r:
                res[p["code"]] = (r, "")
    elif k == "location":
        for p in prods:
            e = emap[p["ent"]]
            if e["kind"] == need["shop"]:
                res[p["code"]] = (2 if dong_match(need["dong"], e["dong"]) else 1, "")
    elif k == "multi_item":
        for it in need["items"]:
            for p in prods:
                r = rel_for(p, it["want"], it.get("ok", []))
                if not r:
                    continue
                if p["code"] in res:
                    r0, i0 = res[p["code"]]
                    if r > r0:
                        res[p["code"]] = (r, it["item"])
                    elif r == r0:
                        res[p["code"]] = (r, i0 + "/" + it["item"])
                else:
                    res[p["code"]] = (r, it["item"])
    else:
        cap = need["price_max"]
        if cap is None and need["budget"] and need["qty"]:
            cap = need["budget"] // need["qty"]
        for p in prods:
            r = rel_for(p, need["want"], need["ok"], cap, need["spec_re"])
            if r:
                res[p["code"]] = (r, "")
    return res


STOP = set("""제작 주문 구매 구입 업체 문의 문의드립니다 있는지 하고자 바랍니다 주시기 부탁드립니다 찾습니다 찾고 있습니다 구합니다
합니다 하니 하오니 하려고 하려 드릴 드립니다 주실 위한 위해 다음 동안 기간 매주 매월 정기적으로 정기 가능 여부 회신 견적서 제출하여
전주 소년원 향토예비군 예비군 부대 복지회관 심야약국 약국 성당 무료급식소 교회 연합 공부방 롤러스케이트장 클라이밍장 아이스링크 유소년
축구클럽 생활체육회 소프트볼팀 시민분들이 대기하실 어르신 아이들과 함께할 같은 재료와 강사 포함으로 진행해 곳을 맞아 방문객에게
나눠 인쇄된 판촉용 바닥을 청소해 시즌 관람석 매점에서 판매할 따뜻한 공급받고자 선수들에게 수여할 선수들이 모자에 넣어 앞두고 출전을
도민체전 리모델링 개관식 대신 놓을 주문하려고 사용할 수료식에 수료 기념 과정 직업훈련 원두커피를 납품받고자 휴게실에 비치할
동원훈련 시간대 찾는 덮을 비치하려고 세탁이 쉬운 제품으로 추천 화요일과 목요일 120분께 반찬을 납품해 겨울방학 개장 10주년을
제작하려고 있는 실내 에서 포함 제품 겨울 시상식 종료 이름 각인 제작하고자 하는 팀 로고 자수를 하고 이랑 개당 이하 예산 사이즈 아동용 대형""".split())
PARTICLES = ["에게", "으로", "에서", "까지", "하고", "이랑", "을", "를", "이", "가", "은", "는", "에", "의", "과", "와", "로", "랑", "나", "도", "께"]


def norm_tok(t):
    for s in PARTICLES:
        if t.endswith(s) and len(t) - len(s) >= 2:
            return t[: -len(s)]
    return t


def content_words(need):
    texts = [need["text"]]
    if need.get("intended"):
        texts.append(need["intended"])
    if need.get("items"):
        texts += [it["item"] for it in need["items"]]
    if need["kind"] == "category":
        texts.append(ND.GROUPS[need["group"]]["name"])
    words = set()
    for t in texts:
        for tok in re.findall(r"[가-힣A-Za-z0-9]+", t):
            tok = norm_tok(tok)
            if re.fullmatch(r"\d+(개|일|회|월|장|벌|박스|포|세트|명|분|주년)", tok):
                continue  # 개수·날짜는 내용어가 아님 (규격 단위 ml·g·cm·수·호는 남김)
            if len(tok) < 2 or tok in STOP or tok.isdigit() or re.fullmatch(r"[A-Za-z]+", tok) and need["kind"] == "hanyeong":
                continue
            words.add(tok)
    return sorted(words)


def main():
    ents, prods, emap = build()
    needs = ND.NEEDS + ND.NO_MATCH
    labels = {n["key"]: label(n, prods, emap) for n in needs}
    # --- 스윕
    sweep = []
    for n in needs:
        ws = content_words(n)
        for p in prods:
            if p["code"] in labels[n["key"]]:
                continue
            blob = " ".join([p["name"], p["spec"], p["desc"]])
            hit = [w for w in ws if w in blob]
            if hit:
                key = (n["key"], p["code"])
                dec = OVERRIDES.get(key)
                sweep.append(dict(need=n["key"], kind=n["kind"], text=n["text"], code=p["code"], product=p["name"],
                                  words=" ".join(hit), decision=("override %d" % dec[0]) if dec else
                                  ("reviewed 0" if key in REVIEWED else "UNREVIEWED"),
                                  reason=dec[1] if dec else REVIEWED.get(key, "")))
    # --- OVERRIDES 적용
    for (nk, code), (rel, reason, *item) in OVERRIDES.items():
        if rel == 0:
            labels[nk].pop(code, None)
        else:
            labels[nk][code] = (rel, item[0] if item else "")
    # --- 셔플
    keys = sorted(n["key"] for n in needs)
    random.Random(SEED).shuffle(keys)
    idmap = {k: "ZZW-Q%03d" % (i + 1) for i, k in enumerate(keys)}
    nmap = {n["key"]: n for n in needs}
    W = lambda name: csv.writer(open(os.path.join(OUT, name), "w", encoding="utf-8", newline=""))
    order = sorted(needs, key=lambda n: idmap[n["key"]])
    w = W("queries.csv"); w.writerow(["수요번호", "수요내용", "수량", "예산"])
    for n in order:
        w.writerow([idmap[n["key"]], n["text"], n["qty"] or "", n["budget"] or ""])
    w = W("query_kinds.csv"); w.writerow(["수요번호", "유형"])
    for n in order:
        w.writerow([idmap[n["key"]], n["kind"]])
    w = W("qrels.csv"); w.writerow(["수요번호", "제품코드", "관련도", "품목"])
    for n in order:
        for code in sorted(labels[n["key"]]):
            rel, item = labels[n["key"]][code]
            w.writerow([idmap[n["key"]], code, rel, item if n["kind"] == "multi_item" else ""])
    w = W("no_match_detail.csv"); w.writerow(["수요번호", "난이도", "겹치는 말", "해당 없음 이유"])
    for n in order:
        if n["kind"] == "no_match":
            w.writerow([idmap[n["key"]], n["level"], n["overlap"], n["reason"]])
    w = W("hanyeong_intended.csv"); w.writerow(["수요번호", "입력", "의도한 한글"])
    for n in order:
        if n["kind"] == "hanyeong":
            w.writerow([idmap[n["key"]], n["text"], n["intended"]])
    w = csv.writer(open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline=""))
    w.writerow(["수요번호", "내부키", "유형", "기관", "수요내용"])
    for n in order:
        w.writerow([idmap[n["key"]], n["key"], n["kind"], n["inst"], n["text"]])
    w = csv.writer(open(os.path.join(HERE, "sweep.csv"), "w", encoding="utf-8", newline=""))
    w.writerow(["내부키", "유형", "수요내용", "제품코드", "제품명", "겹친 말", "결정", "이유"])
    for s in sweep:
        w.writerow([s["need"], s["kind"], s["text"], s["code"], s["product"], s["words"], s["decision"], s["reason"]])
    unrev = [s for s in sweep if s["decision"] == "UNREVIEWED"]
    stale = [k for k in list(OVERRIDES) + list(REVIEWED) if k[0] not in nmap]
    print("qrels rows", sum(len(v) for v in labels.values()), "sweep", len(sweep), "unreviewed", len(unrev), "stale", stale)
    return unrev


if __name__ == "__main__":
    for s in main():
        print(s["need"], s["text"][:20], "|", s["code"], s["product"], "|", s["words"])
