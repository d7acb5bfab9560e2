# -*- coding: utf-8 -*-
"""단계 4·5: 기계적 라벨링 -> 누락 점검(sweep) -> 셔플·번호 부여 -> CSV 출력.

관련도 규칙
  일반 수요   : 제품 태그가 want 에 있고 조건(단가 상한·규격) 충족 -> 2
                want 에 있으나 조건 미달 -> 1,  ok(대체품)에 있으면 -> 1
  location    : 가게 종류 태그가 맞고 법정동(○○동1가 등 포함)이 같으면 2, 다른 동이면 1
  multi_item  : 품목마다 위 규칙, 제품별로 가장 높은 등급의 품목을 '품목' 열에 적는다
  no_match    : qrels 없음
그 다음 EXTRA_OK / OVERRIDES (사람 판단, 이유 포함)를 적용한다.
SWEEP: 수요의 내용어(및 want/ok 태그 말)가 제품명·규격·설명에 들어 있는데 등급이 없는 제품을
       모두 나열하고, 각각 EXTRA_OK 로 등급을 주거나 REVIEWED_ZERO 에 이유를 적었다.
"""
import csv
import os
import random
import re
from collections import defaultdict

from needs_data import NEEDS, NO_MATCH
from build_catalog import products

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PFX = "U"
SEED = 4471

# --------------------------------------------------------------------------- 사람 판단
# (수요키, 제품명) -> (등급, 이유)   기계적 라벨에 없던 제품에 등급을 준다
EXTRA_OK = {
    ("X08", "한지 벽지"): (1, "도배용 두루마리지만 한지 그 자체 — 낱장 한지를 찾는 사람에게 대체 가능"),
    ("K06", "한지 벽지"): (1, "도배용 두루마리지만 한지 그 자체 — 낱장 한지를 찾는 사람에게 대체 가능"),
    ("H04", "커피박 화분"): (1, "'화분'은 빈 그릇을 뜻하기도 함 — 식물이 없는 빈 화분이라 대체품 수준"),
    ("H11", "디저트 답례 상자"): (1, "쿠키 2개가 든 답례 상자 — 수제 쿠키를 찾는 사람에게 대체 가능"),
    ("P09", "향기 비누꽃 꽃다발"): (1, "생화가 아닌 비누꽃 다발 — 행사용 꽃다발 대체품으로 흔히 씀"),
    ("L08", "새집 만들기 키트"): (1, "강사 없이 센터가 직접 진행하는 목공 키트 — 목공 체험 수업의 대체품"),
    ("M02", "다과 케이터링"): (1, "떡이 포함된 다과 차림 — 떡 대체 가능", "떡"),
    ("C02", "전통차 선물세트"): (1, "전통 식품 선물세트 — 공예 기념품은 아니나 전통 기념품으로 대체 가능"),
    ("C02", "한과 선물세트"): (1, "전통 식품 선물세트 — 공예 기념품은 아니나 전통 기념품으로 대체 가능"),
    ("C02", "전주 이야기 그림책"): (1, "전주 설화 그림책 — 전주를 알리는 기념품으로 쓸 수 있음"),
    ("C02", "체리목 책갈피"): (1, "문구 각인 원목 기념품 — 전통 공예는 아니나 기념품 대체 가능"),
    ("C02", "닥나무 전통 한지"): (1, "전주 한지 원지 10장 묶음 — 공예 재료지만 전주를 알리는 기념품으로 대체 가능"),
    ("C02", "외발뜨기 전주 한지"): (1, "전주 한지 원지 묶음 — 공예 재료지만 전주를 알리는 기념품으로 대체 가능"),
}
# (수요키, 제품명) -> (등급, 이유)   기계적 라벨의 등급을 바꾼다 (0 = 제외)
OVERRIDES = {
    ("C04", "휴대용 손소독 겔"): (1, "60ml 개인 휴대용 — 공중화장실 비치용으로는 대체품 수준"),
    ("C08", "기관 로고·CI 디자인"): (0, "기관 CI 디자인은 행사 홍보물 제작이 아님"),
    ("C08", "기관 기록집 제작"): (0, "사업 백서·기념지는 행사 홍보물이 아님"),
    ("T05", "기관 기록집 제작"): (0, "사업 백서는 관광 안내 팸플릿 대체품이 아님"),
}
# (수요키, 내용어) -> 이유   sweep 에 걸렸지만 관련 없음으로 본 묶음 (EXTRA_OK 에 든 제품은 예외)
REVIEWED_ZERO = {
    ("X02", "명함"): "명함꽂이는 도자기 소품이지 명함 인쇄가 아님",
    ("H01", "명함"): "명함꽂이는 도자기 소품이지 명함 인쇄가 아님",
    ("K11", "명함"): "명함꽂이는 도자기 소품이지 명함 인쇄가 아님",
    ("M09", "명함"): "명함꽂이는 도자기 소품이지 명함 인쇄가 아님",
    ("X04", "현수막"): "폐현수막으로 만든 가방·장바구니·앞치마는 현수막이 아님",
    ("S10", "현수막"): "폐현수막으로 만든 가방·장바구니·앞치마는 현수막이 아님",
    ("H02", "현수막"): "폐현수막으로 만든 가방·장바구니·앞치마는 현수막이 아님",
    ("K03", "현수막"): "폐현수막으로 만든 가방·장바구니·앞치마는 현수막이 아님",
    ("Q05", "현수막"): "폐현수막으로 만든 가방·장바구니·앞치마는 현수막이 아님",
    ("M03", "현수막"): "폐현수막으로 만든 가방·장바구니·앞치마는 현수막이 아님",
    ("C08", "현수막"): "폐현수막으로 만든 장바구니·앞치마는 홍보물이 아님",
    ("X07", "소독"): "손소독제(물건)는 방역 소독 서비스가 아님",
    ("K09", "소독"): "손소독제(물건)는 방역 소독 서비스가 아님",
    ("M06", "소독"): "손소독제(물건)는 방역 소독 서비스가 아님",
    ("X08", "한지"): "한지로 만든 부채·조명·장신구·체험은 한지(종이) 자체가 아님",
    ("K06", "한지"): "한지로 만든 부채·조명·장신구·체험은 한지(종이) 자체가 아님",
    ("T11", "한지"): "종이 한지·부채·조명·체험은 액세서리가 아님",
    ("M07", "한지"): "한지 원지·책갈피·장신구·체험·벽지는 부채도 조명도 아님",
    ("L01", "한지"): "책갈피가 아닌 한지 제품(원지·조명·부채·장신구·체험)",
    ("K06", "전통"): "'전통'만 겹치는 식품·매듭 공예 — 한지가 아님 (합죽선도 부채)",
    ("X11", "커피"): "커피 브레이크(다과 차림), 커피박 화분·점토는 원두가 아님",
    ("Q09", "커피"): "커피 브레이크(다과 차림), 커피박 화분·점토는 원두가 아님",
    ("L09", "커피"): "커피 브레이크(다과 차림), 커피박 화분·점토는 드립백이 아님",
    ("S04", "인쇄"): "전단이 아닌 인쇄물·로고 인쇄 판촉물 — 전단 디자인 상품은 '인쇄는 별도'라 제외",
    ("K11", "인쇄"): "명함이 아닌 인쇄물·로고 인쇄 판촉물",
    ("M09", "인쇄"): "명함·대봉투가 아닌 인쇄물·로고 인쇄 판촉물",
    ("S11", "쇼핑백"): "마들렌 선물세트에 쇼핑백이 딸려 올 뿐 봉투 상품이 아님",
    ("T05", "관광"): "부채·통역·번역은 관광 팸플릿 제작이 아님",
    ("T06", "홍보"): "전단 인쇄, 카드뉴스(이미지)는 영상 콘텐츠가 아님",
    ("T07", "강사"): "다른 분야 강사(떡·목공·보드게임) — 레크리에이션 진행이 아님",
    ("T07", "체육대회"): "체육대회용 티셔츠·수건은 강사가 아님",
    ("T08", "기념"): "'기념'만 겹치는 다른 기념품·행사 상품 — 수건이 아님",
    ("T09", "수제"): "'수제'만 겹치는 떡케이크·쿠키·차·잼 — 초콜릿이 아님",
    ("H11", "수제"): "'수제'만 겹치는 떡케이크·초콜릿·차·잼 — 쿠키가 아님",
    ("H11", "쿠키"): "커피 브레이크 케이터링, 쿠키 만들기 체험은 쿠키 상품이 아님",
    ("T10", "판촉"): "판촉 우산은 볼펜이 아님",
    ("H03", "떡"): "떡케이크·떡 만들기 체험·떡갈비 도시락·다과 차림·떡 모양 비누는 답례떡이 아님",
    ("Q02", "떡"): "떡케이크·떡 만들기 체험·떡갈비 도시락·다과 차림·떡 모양 비누는 답례떡이 아님",
    ("M02", "떡"): "떡 만들기 체험·떡갈비 도시락·떡 모양 비누는 떡이 아님",
    ("H06", "청소"): "세정제(물건), 가정 방문 가사 지원은 건물 청소 용역이 아님",
    ("M06", "청소"): "세정제(물건), 가정 방문 가사 지원은 건물 청소가 아님",
    ("P02", "화환"): "축하화환·축하 쌀화환은 근조용이 아님",
    ("P03", "보드"): "폼보드 출력·보드게임은 화이트보드가 아님",
    ("P03", "화이트"): "화이트보드 마커는 보드가 아님",
    ("P05", "조끼"): "조끼에 놓는 자수 서비스는 조끼가 아님",
    ("P07", "화분"): "식물 없는 빈 화분은 공기정화식물이 아님",
    ("C07", "화분"): "식물 없는 빈 화분은 경조사용 꽃이 아님",
    ("P08", "크림"): "생크림 롤케이크 — 핸드크림 아님",
    ("P08", "핸드"): "핸드빌딩(도예 기법) — 핸드크림 아님",
    ("P09", "꽃"): "꽃모종·근조 바구니·한지 꽃 브로치는 꽃다발이 아님",
    ("P10", "바구니"): "꽃바구니는 장바구니가 아님",
    ("C07", "꽃"): "화단용 모종, 한지 꽃 브로치는 경조사 꽃이 아님",
    ("K08", "세탁"): "작업복이 아닌 침구·운동화·커튼 세탁, 수선, 세제",
    ("M08", "세탁"): "작업복이 아닌 침구·운동화·커튼 세탁, 세제",
    ("Q08", "수건"): "손수건은 목욕·세면 수건(40수 200g)이 아님",
    ("Q10", "쌀"): "쌀화환, 찹쌀로 만든 떡·유과·조청·고추장은 쌀(포대)이 아님",
    ("M10", "쌀"): "쌀화환, 찹쌀로 만든 떡·유과·조청·고추장은 백미가 아님",
    ("L01", "행사"): "'행사'만 겹치는 다른 행사 상품 — 책갈피가 아님",
    ("L01", "전주"): "'전주'만 겹침 — 책갈피가 아님",
    ("L01", "기념품"): "부채·손수건 기념품 — 책갈피가 아님",
    ("L02", "국화"): "국화가 든 근조 화환·바구니는 화단 모종이 아님",
    ("L03", "프로그램"): "책자 인쇄·중학생 진로 체험은 어르신 인지 교구가 아님",
    ("L03", "시간"): "'시간'만 겹침",
    ("L03", "교구"): "교구를 정리하는 수납장은 교구가 아님",
    ("L05", "로고"): "로고 인쇄·자수 다른 품목 — 물티슈가 아님",
    ("L05", "캠페인"): "캠페인용 현수막·손수건 — 물티슈가 아님",
    ("L06", "행사"): "'행사'만 겹침 — 통역이 아님 (수어 통역은 청각장애인용이라 영어·중국어 통역 대체 불가)",
    ("L06", "체험"): "체험 프로그램은 통역 인력이 아님",
    ("L06", "현장"): "'현장'만 겹치는 현장복·조끼",
    ("L06", "외국인"): "판소리 공연은 통역이 아님",
    ("L07", "전통"): "부채가 아닌 전통 식품·한지·매듭",
    ("L07", "기념품"): "부채가 아닌 기념품(책갈피·에코백·손수건)",
    ("L07", "부채"): "부채 만들기 체험은 부채 완제품이 아님",
    ("L07", "외국인"): "판소리 공연은 부채가 아님",
    ("L08", "체험"): "목공이 아닌 체험 프로그램",
    ("L08", "수업"): "환경 수업은 목공 체험이 아님",
    ("L08", "강사"): "레크리에이션·보드게임 강사는 목공 강사가 아님",
    ("L10", "출장"): "출장 수리·정비 — 식사가 아님",
    ("L11", "그림"): "그림 그리기 체험·그림카드·그림책은 액자가 아님",
    ("L11", "작품"): "도예 체험은 액자가 아님",
    ("C01", "사무실"): "사무실용 화분·원두·구급함은 사무용품(문구·지류)이 아님",
    ("C02", "전주"): "'전주'만 겹치는 현수막·화환·쌀 (전주 한지는 EXTRA_OK 로 1)",
    ("C02", "전통"): "전통 음료·유과(낱개 포장 아님)·매듭 체험은 기념품으로 보기 어려움 (전통 한지 원지는 EXTRA_OK 로 1)",
    ("C02", "기념품"): "로고 인쇄 에코백·손수건은 전주 전통 기념품이 아님",
    ("C03", "어르신"): "어르신 대상이지만 간식이 아님(반찬·수세미·놀이·돌봄·손수건·김치)",
    ("C04", "청소"): "청소 용역·가사 지원은 소모품이 아님",
    ("C04", "공원"): "녹지 관리 용역은 화장실 소모품이 아님",
    ("C05", "프로그램"): "프로그램 안내 책자 인쇄는 체험활동이 아님",
    ("C05", "방과후"): "방과후 간식은 체험활동이 아님",
    ("C06", "관리"): "'관리'만 겹치는 화분·주스·방역",
    ("C06", "용역"): "건물 청소 용역은 녹지 관리가 아님",
    ("C08", "행사"): "'행사'만 겹치는 식품·의류·대행·촬영·통역 — 홍보물이 아님 (스티커 라벨도 제품 라벨이라 제외)",
    ("C09", "겨울철"): "창호 단열 시공은 개인 방한용품이 아님",
    ("C11", "행사"): "'행사'만 겹치는 물품·인쇄물·촬영·통역 — 행사 대행이 아님",
    ("C11", "대행"): "현수막 설명의 '대행은 하지 않음'",
    ("C11", "무대"): "국악 공연은 행사 대행이 아닌 출연 상품",
    ("C11", "기획"): "영상·기록집 기획은 행사 대행이 아님",
    ("G06", "공방"): "'시공 방 1칸'이 붙어 생긴 우연한 일치 — 공방 아님",
}

# --------------------------------------------------------------------------- 도우미
def norm(s):
    return re.sub(r"\s+", "", s).lower()


def meets(cond, p):
    if not cond:
        return True
    if "max_price" in cond and p["price"] > cond["max_price"]:
        return False
    spec = norm(p["spec"])
    for s in cond.get("spec_all", []):
        if norm(s) not in spec:
            return False
    return True


def grade_tags(want, ok, cond, p):
    tags = set(p["tags"])
    if tags & set(want):
        return 2 if meets(cond, p) else 1
    if tags & set(ok):
        return 1
    return 0


def mechanical(need, p):
    """-> (등급, 품목)"""
    kind = need["kind"]
    if kind == "location":
        if need["shop"] in p["tags"]:
            return (2 if p["dong_base"] == need["dong"] else 1), ""
        return 0, ""
    if kind == "multi_item":
        best = (0, "")
        for item in need["items"]:
            name, want, ok = item[0], item[1], item[2]
            cond = item[3] if len(item) > 3 else {}
            g = grade_tags(want, ok, cond, p)
            if g > best[0]:
                best = (g, name)
        return best
    return grade_tags(need["want"], need.get("ok", []), need.get("cond", {}), p), ""


# --------------------------------------------------------------------------- sweep 내용어
STOP = set("""
이하 이내 개당 정도 만원 인분 예산 박스 하고 이랑 주실 업체 찾습니다 찾고 있습니다 합니다
부탁드립니다 구매 구입 하려고 하는데 좋겠습니다 필요합니다 가능한지요 납품 견적 정기적으로 제작
예정 있는 함께 드릴 나눠 쓰는 보낼 비치할 심을 위해 사용할 준비하려고 추천 직원 기관 센터
참여자 참여할 참석하는 구매하려고 구입하고자 하니 싶습니다 싶은데 받아보고 맞추려고 앞두고 넣어
있는 있습니다 가능하면 이었으면 제품이었으면 합니다 지원받고 올 많이 진행해 찾습니다 강사나
수 있는 것 등 및 중 월 일 명 개 장 벌 포 봉 때 약 한 개 안쪽이면 분기마다 하루 인력
정기 일체 쓸 사무실에서 알릴 있는 줄 해 줄 만든 드릴 나눠 시간에 어르신들이 할 하고자
""".split())
PARTICLES = sorted(["에서", "으로", "이나", "이랑", "하고", "까지", "부터", "에게", "을", "를", "이", "가",
                    "은", "는", "에", "의", "로", "과", "와", "도", "랑", "나"], key=len, reverse=True)
ONE_CHAR_OK = {"떡", "쌀", "꽃"}
NO_STRIP = {"한옥마을"}


def content_words(text):
    out = []
    for tok in re.findall(r"[0-9A-Za-z가-힣]+", text):
        for pa in ([] if tok in NO_STRIP else PARTICLES):
            if tok.endswith(pa) and len(tok) - len(pa) >= 1:
                rest = tok[: -len(pa)]
                if len(rest) >= 2 or rest in ONE_CHAR_OK:
                    tok = rest
                break
        if tok in STOP:
            continue
        if re.fullmatch(r"[0-9A-Za-z]+", tok) or re.search(r"[0-9]", tok):
            continue          # 숫자·규격·수량 표현은 조건이지 내용어가 아니다
        if len(tok) < 2 and tok not in ONE_CHAR_OK:
            continue
        out.append(tok)
    return list(dict.fromkeys(out))


def sweep_text(need):
    if need["kind"] in ("hanyeong", "choseong"):
        return need["intended"]
    return need["text"]


def sweep_words(need):
    words = content_words(sweep_text(need))
    if need["kind"] == "location":
        words = [need["shop"], need["dong"]]
    tags = list(need.get("want", [])) + list(need.get("ok", []))
    for it in need.get("items", []):
        tags += list(it[1]) + list(it[2])
    for t in tags:
        if t not in words:
            words.append(t)
    return words


# --------------------------------------------------------------------------- main
def label_all(prods):
    by_name = {}
    for p in prods:
        assert p["name"] not in by_name, "제품명 중복: " + p["name"]
        by_name[p["name"]] = p
    keys = {n["key"] for n in NEEDS}
    for (k, nm) in list(EXTRA_OK) + list(OVERRIDES):
        assert k in keys, k
        assert nm in by_name, nm
    labels = {}   # key -> {code: (grade, item, source)}
    for need in NEEDS:
        d = {}
        for p in prods:
            g, item = mechanical(need, p)
            if g:
                d[p["code"]] = (g, item, "mech")
        for (k, nm), (g, why) in OVERRIDES.items():
            if k == need["key"]:
                code = by_name[nm]["code"]
                old = d.get(code, (0, "", ""))
                if g == 0:
                    d.pop(code, None)
                else:
                    d[code] = (g, old[1], "override")
        for (k, nm), v in EXTRA_OK.items():
            if k == need["key"]:
                g, why = v[0], v[1]
                item = v[2] if len(v) > 2 else ""
                code = by_name[nm]["code"]
                assert code not in d, f"EXTRA_OK already labeled: {k} {nm}"
                d[code] = (g, item, "extra")
        labels[need["key"]] = d
    return labels, by_name


def sweep(prods, labels):
    lines = []
    unresolved = 0
    extra_names = {(k, nm) for (k, nm) in EXTRA_OK}
    override_names = {(k, nm) for (k, nm) in OVERRIDES}
    for need in NEEDS:
        words = sweep_words(need)
        d = labels[need["key"]]
        hits = defaultdict(list)
        for p in prods:
            if p["code"] in d:
                continue
            if (need["key"], p["name"]) in override_names:
                continue
            blob = p["name"] + " " + p["spec"] + " " + p["desc"]
            nblob = norm(blob)
            for w in words:
                if w in blob or norm(w) in nblob:
                    hits[w].append(p)
                    break
        if not hits:
            continue
        lines.append(f"## {need['key']} [{need['kind']}] {need['text']}  (내용어: {', '.join(words)})")
        for w, ps in hits.items():
            why = REVIEWED_ZERO.get((need["key"], w))
            tag = f"관련 없음 — {why}" if why else "!! 미검토"
            if not why:
                unresolved += len(ps)
            lines.append(f"  - '{w}': {tag}")
            for p in ps:
                lines.append(f"      {p['code']} {p['name']} | {p['spec']} | {p['desc']}")
    # 사람 판단 기록
    lines.append("")
    lines.append("## EXTRA_OK (기계 라벨에 없던 제품에 준 등급)")
    for (k, nm), v in sorted(EXTRA_OK.items()):
        lines.append(f"  {k} {nm} -> {v[0]} : {v[1]}")
    lines.append("## OVERRIDES (기계 라벨 등급 변경)")
    for (k, nm), v in sorted(OVERRIDES.items()):
        lines.append(f"  {k} {nm} -> {v[0]} : {v[1]}")
    return lines, unresolved


def main():
    prods = products()
    labels, by_name = label_all(prods)
    lines, unresolved = sweep(prods, labels)
    head = [f"SWEEP REPORT — 미검토 {unresolved}건", ""]
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(head + lines) + "\n")

    # ---------------------------------------------------------------- 셔플·번호
    allneeds = [dict(n) for n in NEEDS] + [dict(n, kind="no_match") for n in NO_MATCH]
    rng = random.Random(SEED)
    rng.shuffle(allneeds)
    for i, n in enumerate(allneeds, 1):
        n["id"] = f"{PFX}-Q{i:03d}"

    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[n["id"], n["text"], n.get("qty") or "", n.get("budget") or ""] for n in allneeds])
    w("query_kinds.csv", ["수요번호", "유형"], [[n["id"], n["kind"]] for n in allneeds])
    qrows = []
    for n in allneeds:
        if n["kind"] == "no_match":
            continue
        d = labels[n["key"]]
        for code, (g, item, src) in sorted(d.items(), key=lambda kv: (-kv[1][0], kv[0])):
            qrows.append([n["id"], code, g, item if n["kind"] == "multi_item" else ""])
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[n["id"], n["level"], n["overlap"], n["why"]] for n in allneeds if n["kind"] == "no_match"])
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [[n["id"], n["text"], n["intended"]] for n in allneeds if n["kind"] == "hanyeong"])
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["수요번호", "내부키", "유형", "기관"])
        for n in allneeds:
            wr.writerow([n["id"], n["key"], n["kind"], n["org"]])
    g2 = sum(1 for r in qrows if r[2] == 2)
    print(f"needs={len(allneeds)} qrels={len(qrows)} (grade2={g2}, grade1={len(qrows)-g2}) sweep_unresolved={unresolved}")


if __name__ == "__main__":
    main()
