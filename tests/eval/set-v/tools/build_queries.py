# -*- coding: utf-8 -*-
"""4~5단계: 기계적 라벨링 + 스윕 + 섞기 -> queries.csv, query_kinds.csv, qrels.csv,
no_match_detail.csv, hanyeong_intended.csv, tools/sweep_report.txt

라벨 규칙 (needs_data.py 의 태그로만 판정)
  - 제품 태그가 want 와 겹치면 2, sub 와 겹치면 1
  - price_max 초과 / spec 태그 없음 / dong 불일치 이면 2 -> 1 (대체품(sub)은 조건을 못 맞추면 0)
  - location: 제품 법정동이 need 의 dong 으로 시작하면 그대로, 아니면 2 -> 1
  - multi_item: 품목별로 판정해 가장 높은 등급, 품목 칸에는 그 품목 이름
그 뒤 EXTRA_OK / OVERRIDES 로 사람이 검토한 판단을 덧씌운다.
"""
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import build_catalog  # noqa: E402
import kbd  # noqa: E402
from needs_data import NEEDS, NO_MATCH  # noqa: E402

PFX = "V"
SEED = 20251207

# ---------------------------------------------------------------- 검토 결과
# 스윕에서 나온 (수요 key, 제품명) 중 "라벨에 넣어야 한다"고 판단한 것: (등급, 품목, 이유)
EXTRA_OK = {
    # 타월 케이크: 30수 타월 3장을 케이크 모양으로 싼 것 -> 수건으로는 쓸 수 있으나 선물 포장품
    ("exact-08", "타월 케이크 답례품 (3단)"): (1, "", "수건이긴 하나 답례용 포장품(30수) — 대체 가능"),
    ("qt-06", "타월 케이크 답례품 (3단)"): (1, "", "같은 품목(수건)이지만 40수·150g 조건 불충족"),
    ("multi-07", "타월 케이크 답례품 (3단)"): (1, "수건", "수건이긴 하나 답례용 포장품"),
    # 무지 재생원사 티셔츠: 인쇄 없는 티셔츠지만 단체로 맞춰 입을 수는 있음
    ("hy-11", "페트병 재생원사 티셔츠"): (1, "", "무지 티셔츠 — 단체 티셔츠 대체 가능"),
    ("sp-04", "페트병 재생원사 티셔츠"): (1, "", "무지 티셔츠 — 단체 티셔츠 대체 가능"),
    ("multi-09", "페트병 재생원사 티셔츠"): (1, "단체티", "무지 티셔츠 — 단체 티셔츠 대체 가능"),
    ("qt-10", "원목 장난감 자동차"): (1, "", "원목 놀잇감(교구는 아님) — 원목교구 수요의 sub 판단과 맞춤"),
    ("sp-11", "근조 꽃바구니"): (1, "", "꽃바구니이긴 하나 조문용"),
    ("long-03", "무지개 설기 (개별포장)"): (1, "", "개별포장 떡 — 간식 꾸러미 대신 나눠줄 수 있는 단품"),
    ("long-03", "백설기 개별포장 (100g)"): (1, "", "개별포장 떡 — 간식 단품 대체 (무지개 설기와 같은 판단)"),
    ("long-03", "꿀설기 한입 포장"): (1, "", "개별포장 떡 — 간식 단품 대체 (무지개 설기와 같은 판단)"),
    ("long-03", "답례떡 3종 세트"): (1, "", "1인 박스 떡 — 간식 단품 대체 (무지개 설기와 같은 판단)"),
    ("long-04", "화장실 위생관리 (주 2회)"): (1, "", "요청 범위 중 화장실 청소만 맡는 용역"),
    ("long-06", "상자텃밭 키트"): (1, "", "배양토·씨앗이 든 텃밭 세트 — 상토/모종 대신 나눠줄 수 있음"),
    ("long-08", "드론 항공 촬영"): (1, "", "영상 촬영이지만 항공 원본만, 편집 미포함"),
    ("long-10", "영유아 간식 정기배송 (주 3회)"): (1, "", "떡을 포함해 순환 식단으로 보내는 어린이집 간식 배송"),
    ("cat-03", "안내책자 편집디자인"): (1, "", "홍보 책자의 디자인만(인쇄 별도)"),
    ("typo-03", "안내책자 편집디자인"): (1, "", "책자 디자인만(인쇄 별도) — cat-03 과 같은 판단"),
    ("typo-10", "안내책자 편집디자인"): (1, "", "책자 디자인만(인쇄 별도) — 카탈로그 제작의 일부"),
    ("cat-06", "수제 버터쿠키 선물상자 (12입)"): (1, "", "선물상자 포장 쿠키 — 명절 선물 대체"),
    ("cat-06", "답례 타월 2매 선물상자"): (1, "", "선물상자 포장 타월"),
    ("cat-06", "진공 텀블러 선물상자 세트"): (1, "", "선물상자 포장 텀블러"),
    ("cat-07", "전통 식혜 1.5L"): (1, "", "엿기름 당화 음료 — 흔히 전통 발효음료로 분류"),
    ("cat-08", "입주 청소"): (1, "", "일회성 전체 청소 — 창문·바닥 작업과 같은 대체 등급"),
    ("cat-10", "허브 천연비누 만들기"): (1, "", "농촌 마을(곡식마을)에서 하는 마을 허브 체험"),
    ("loc-05", "제육 도시락"): (1, "", "평화동 반찬가게(마을밥상)의 제품이지만 반찬은 아님"),
    ("loc-05", "국물 떡볶이 밀키트 (2인)"): (1, "", "평화동 반찬가게(마을밥상)의 제품이지만 반찬은 아님"),
    ("loc-08", "수제 유자청 1kg"): (1, "", "삼천동 카페(쉼표커피)의 음료 재료"),
    ("loc-08", "바리스타 기초 교육 (4회)"): (1, "", "삼천동 카페(쉼표커피)의 교육 상품"),
    ("loc-09", "회의용 샌드위치 박스"): (1, "", "만성동 도시락집(행복한찬합)의 다른 상품"),
    ("loc-09", "출장뷔페 기본 한식 (30인 이상)"): (1, "", "만성동 도시락집(행복한찬합)의 다른 상품"),
    ("multi-02", "회의 음료 출장 제공 (아메리카노 50잔)"): (1, "음료수", "커피 음료 — 음료수 대체"),
    ("multi-05", "회의 다과 세트 (떡·과일·음료)"): (2, "떡", "떡·과일·음료를 한 번에 담은 1인 다과 — 세 품목 모두 충족"),
    ("multi-05", "회의 음료 출장 제공 (아메리카노 50잔)"): (1, "음료", "커피 음료 — 음료 대체"),
}
# 기계 라벨을 바꾸는 판단: (수요 key, 제품명) -> (등급, 이유)  (등급 0 = 라벨에서 뺌)
OVERRIDES = {
    ("sp-06", "친환경 소꿉놀이 세트"): (0, "옥수수 전분 소재 — 원목이 아님"),
    ("syn-03", "창문 단열 에어캡 부착 (세대당)"): (1, "같은 에어캡이지만 로컬푸드 담당자는 포장용을 원함(단열 시공)"),
    ("cat-06", "컵과일 도시락 (제철 과일 3종)"): (0, "1인 컵과일 — 명절 선물감이 아님"),
    ("long-05", "운동화 세탁"): (0, "세탁업체지만 침구 대량 세탁의 대체가 아님"),
    ("long-05", "정장·교복 드라이클리닝"): (0, "세탁업체지만 침구 대량 세탁의 대체가 아님"),
    ("long-05", "근무복·작업복 세탁"): (0, "세탁업체지만 침구 대량 세탁의 대체가 아님"),
    ("long-05", "커튼·블라인드 세탁"): (0, "세탁업체지만 침구 대량 세탁의 대체가 아님"),
    ("loc-07", "생일 떡케이크 2호"): (0, "떡집(효자동)의 떡케이크 — 빵집이 아님"),
    ("sp-05", "EM 주방세제 1L"): (0, "설거지용 세제 — 세탁세제 대체가 아님"),
    ("qt-06", "답례 타월 2매 선물상자"): (1, "40수이나 2매 선물상자 포장·중량 미표기 — 대량 생활용 수건 조건에 못 미침"),
}
# 스윕에 걸렸지만 관련 없다고 판단한 것.
#   (수요 key, 제품명) -> 이유   또는   (수요 key, "*단어") -> 이유 (그 단어 하나로만 걸린 제품 모두)
_BANNER_NOT = "현수막 천을 재활용한 가방·파우치이거나 디자인만 — 현수막 자체가 아님"
_LUNCH_NOT = "도시락 용품(가방·젓가락)이나 과일컵 — 식사 도시락이 아님"
_TTEOK_NOT = "떡이 아닌 것(밀키트·찹쌀·체험·가공 서비스·다과 세트·영유아 간식 배송)"
_WOOD_NOT = "원목 가구·생활 목공품 — 교구가 아님"
_PRINT_NOT = "인쇄가 들어간 다른 물건(의류·가방·컵·물티슈 등) — 인쇄물이 아님"
NOT_RELEVANT = {}
for _k in ("exact-03", "syn-04", "typo-01", "hy-02", "ch-04", "multi-01", "qt-03"):
    NOT_RELEVANT[(_k, "*현수막")] = _BANNER_NOT
NOT_RELEVANT[("multi-01", "*배너")] = _BANNER_NOT
for _k in ("exact-07", "hy-03", "ch-03", "qt-02", "long-01", "loc-09", "multi-02"):
    NOT_RELEVANT[(_k, "*도시락")] = _LUNCH_NOT
for _k in ("hy-06", "ch-08", "qt-05", "loc-01", "long-10", "multi-05"):
    NOT_RELEVANT[(_k, "*떡")] = _TTEOK_NOT
for _k in ("ch-08", "qt-05"):
    NOT_RELEVANT[(_k, "*답례")] = "떡이 아닌 답례품(타월)"
for _k in ("exact-02", "typo-11", "hy-09", "ch-02", "multi-03"):
    NOT_RELEVANT[(_k, "*명함")] = "명함을 넣는 지갑 — 명함 인쇄가 아님"
for _k in ("exact-08", "qt-06", "multi-07"):
    NOT_RELEVANT[(_k, "*타월")] = "타월 세탁 서비스 — 수건 구매가 아님"
    NOT_RELEVANT[(_k, "*수건")] = "손수건 — 수건(타월)이 아님"
for _k in ("exact-11", "ch-11"):
    NOT_RELEVANT[(_k, "*커피")] = "커피차 운영·커피박 화분 — 원두가 아님"
for _k in ("sp-06", "qt-10"):
    NOT_RELEVANT[(_k, "*원목")] = _WOOD_NOT
    NOT_RELEVANT[(_k, "어린이집 원목 교구장")] = "교구를 꽂는 선반(가구) — 교구가 아님"
for _k in ("typo-04", "long-11", "multi-06"):
    NOT_RELEVANT[(_k, "*화환")] = "근조화환 — 축하용과 정반대 용도"
for _k in ("cat-03", "loc-03", "multi-03", "long-07"):
    NOT_RELEVANT[(_k, "*인쇄")] = _PRINT_NOT
NOT_RELEVANT.update({
    ("sp-05", "EM 주방세제 1L"): "설거지용 세제 — 세탁세제가 아님(OVERRIDES 참고)",
    ("syn-01", "*테이프"): "박스 포장용 48mm 테이프 — 사무용 투명테이프 대체 아님",
    ("syn-09", "*출장"): "커피 음료 출장 — 음식 출장 연회가 아님",
    ("typo-02", "*케이크"): "타월을 케이크 모양으로 포장한 답례품 — 먹는 케이크가 아님",
    ("typo-07", "*유기농"): "유기농이지만 주스가 아님(상토·딸기)",
    ("sp-07", "*청소"): "사무실 정기 청소가 아닌 다른 청소(입주·유리창·저수조)",
    ("sp-08", "*보냉"): "보냉 텀블러 — 가방이 아님",
    ("ch-10", "*소독"): "손소독제·저수조 소독 — 방역 소독 용역이 아님",
    ("qt-01", "*A4"): "A4 규격의 다른 인쇄물·문구",
    ("qt-02", "*점심"): "점심 포함 농사 체험",
    ("qt-04", "*로고"): "로고를 넣는 다른 판촉물",
    ("qt-08", "*토너"): "폐카트리지 수거 — 토너 구매가 아님",
    ("qt-11", "*쌀"): "쌀로 만든 가공품·다른 곡물·배달 — 쌀 10kg 포장이 아님",
    ("long-01", "*참석자"): "참석자 답례·간식 — 점심 도시락이 아님",
    ("long-01", "*점심"): "점심 포함 농사 체험",
    ("long-02", "*화분"): "식물 관리 서비스·상토·빈 화분 — 공기정화 식물 화분이 아님",
    ("long-02", "*실내"): "실내화·벤치·식물관리 — 화분이 아님",
    ("long-02", "*민원실"): "민원실 비치용 다른 물건",
    ("long-03", "*간식"): "간식이지만 꾸러미·나눔용이 아님(샌드위치·영유아 배송·빵우유는 이미 라벨)",
    ("long-03", "*꾸러미"): "반찬·로컬푸드 꾸러미 — 간식이 아님",
    ("long-03", "*응원"): "커피차 — 간식 꾸러미 아님",
    ("long-04", "*청소"): "청사 정기 청소가 아닌 일회성·특수 청소",
    ("long-04", "*민원실"): "민원실 비치용 다른 물건",
    ("long-04", "*화장실"): "화장실 비품(핸드워시)",
    ("long-05", "*세탁"): "세탁 세제 — 세탁 서비스가 아님",
    ("long-05", "*이불"): "새 이불 판매 — 세탁이 아님",
    ("long-05", "*생활관"): "생활관 비품",
    ("long-05", "*부대"): "군부대 위문품",
    ("long-06", "*교육"): "다른 교육·교육용 물품",
    ("long-06", "*친환경"): "친환경이지만 상토·모종이 아님",
    ("long-06", "*인증"): "인증 제품이지만 상토·모종이 아님",
    ("long-06", "*텃밭"): "텃밭 강사 파견 — 자재가 아님",
    ("long-06", "*도시농업"): "텃밭 강사 파견 — 자재가 아님",
    ("long-07", "*대량"): "대량 세탁·복사지",
    ("long-07", "*로고"): "로고를 넣는 다른 판촉물",
    ("long-07", "*가방"): "에코백·도시락 가방 — 매장 판매용 보냉 가방이 아님",
    ("long-07", "*보냉"): "보냉 텀블러 — 가방이 아님",
    ("long-08", "*촬영"): "사진 촬영·카탈로그 — 영상 촬영·편집이 아님",
    ("long-08", "*편집"): "편집디자인(인쇄물)",
    ("long-08", "*현장"): "현장 운영 다른 서비스",
    ("long-08", "*가을"): "가을 농사 체험",
    ("long-08", "*한옥마"): "한옥마을 엽서",
    ("long-09", "*인력"): "통역이 아닌 인력",
    ("long-10", "*간식"): "떡이 아닌 간식",
    ("long-10", "*국산"): "국산 원료의 다른 식품",
    ("long-10", "*어린이집"): "어린이집용 다른 물건",
    ("long-10", "*쌀로"): "쌀 가공품(과자·막걸리)",
    ("long-11", "*축하"): "축하 공연",
    ("long-11", "*기념식"): "기념식용 다른 서비스",
    ("long-11", "*행사장"): "행사장용 다른 서비스",
    ("long-11", "*배송"): "배송되는 다른 상품",
    ("long-11", "*전주"): "지명만 같음",
    ("long-11", "*시내"): "지명만 같음",
    ("cat-01", "*문구"): "인쇄 '문구'(글귀) — 문구류가 아님",
    ("cat-02", "*행사"): "행사용 비식품",
    ("cat-02", "*간식"): "영유아 전용 정기 배송 — 행사 먹거리 아님",
    ("cat-04", "*어린이집"): "어린이집용 공연·침구",
    ("cat-05", "*친환경"): "친환경이지만 생활용품이 아님(식품·놀잇감·냉매)",
    ("cat-06", "*선물"): "선물 포장은 되나 명절 선물감으로 보기 어려움(단품·난·양말)",
    ("cat-07", "*발효"): "발효빵·발효액 세제·장 담그기 체험 — 발효식품 상품이 아님",
    ("cat-07", "*전통"): "전통 공예·다과",
    ("cat-08", "*위생"): "위생 포장 젓가락",
    ("cat-09", "*행사"): "행사용 공연 외 상품",
    ("cat-09", "*공연"): "공연 중계 — 공연팀이 아님",
    ("cat-10", "*체험"): "도시 공방 체험·체험용 물품 — 농촌 체험이 아님",
    ("loc-02", "*꽃"): "앙금꽃 떡케이크",
    ("loc-04", "*세탁"): "세탁 세제",
    ("loc-05", "*반찬"): "반찬이 딸린 도시락(다른 동)",
    ("loc-08", "*카페"): "카페용 앞치마·커피박 화분",
    ("loc-08", "*커피"): "커피박 화분",
    ("loc-10", "*고춧가루"): "고춧가루가 들어간 김치",
    ("loc-10", "*참기름"): "참기름이 든 선물 꾸러미(다른 동, 방앗간 아님)",
    ("loc-11", "*원목"): "원목 교구 업체 — 목공방이 아님",
    ("multi-02", "*음료"): "음료가 일부 든 간식·다과 세트",
    ("multi-03", "*봉투"): "간식 봉투",
    ("multi-04", "*토너"): "폐카트리지 수거",
    ("multi-05", "*과일"): "과일 장식 케이크·영유아 간식",
    ("multi-05", "*음료"): "음료가 일부 든 간식 꾸러미",
    ("multi-06", "*화분"): "식물 관리·상토·빈 화분",
    ("multi-07", "*비누"): "비누 만들기 체험",
    ("multi-08", "*종이"): "종이 제품이지만 쇼핑백이 아님",
    ("multi-10", "*김치"): "김치용 고춧가루·김치 체험",
})

STOP = set("""
제작 구매 구입 주문 필요 업체 가능 있을까요 곳 찾습니다 찾고 있습니다 합니다 하고 하려고 싶은데 싶습니다
부탁드려요 부탁 알려 주세요 주십시오 주시기 바랍니다 안내해 문의드립니다 있는지 좋겠습니다 좋겠어요 정도
개 장 박스 포 이하 원 예산 만원 일괄 제품 사회적기업 수 있는 있는 해 줄 맡아 까지 으로 에서 에게 들이려고
년 월 일 금 오전 오후 시 명 저희 우리 각 층 매주 매장 더 좋게 먹기 작게 등 대략 한 번씩 번 대량으로
가능한 가능하면 곳이 곳을 곳이면 곳으 열리 열리는 열리는데 제공할 구매하고자 하오니 납품 끝나서 놓을 따로
관리하기 어려우니 자주 줘도 되는 걸로 추천 앞에서 나눠줄 나눠 드릴 준비 정기적 청소해 맺으려 하니 견적 내년
연간 계약 쓰는 분기마다 수거해서 세탁해 됩니다 구입하려고 제품이면 많아져서 판매할 들여놓으려고 이용 셋째
토요일 일원 내외 지원받 사흘간 만든 받아보고 포장되 보낼 알려주세요 기간 원아들 아이들 학생들 직원들
""".split())
PARTICLES = ["에서", "으로", "에게", "이랑", "하고", "까지", "부터", "을", "를", "이", "가", "은", "는", "에",
             "로", "와", "과", "랑", "의", "도", "및"]


def content_words(need):
    words = list(need.get("canon", []))
    if need["kind"] in ("exact", "quantity", "long_sentence", "category", "location", "multi_item"):
        for tok in re.findall(r"[가-힣A-Za-z0-9]+", need["text"]):
            for p in PARTICLES:
                if tok.endswith(p) and len(tok) > len(p) + 1:
                    tok = tok[: -len(p)]
                    break
            if len(tok) >= 2 and tok not in STOP and not re.search(r"[0-9]", tok):
                words.append(tok)
    seen, out = set(), []
    for w in words:
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def grade_one(spec, need, prod):
    """spec: want/sub 를 가진 dict (need 자체이거나 multi 의 item)."""
    tags = prod["_tags"]
    g = 0
    if tags & set(spec.get("want", [])):
        g = 2
    elif tags & set(spec.get("sub", [])):
        g = 1
    if g == 0:
        return 0
    ok = True
    if need.get("price_max") is not None and prod["단가"] > need["price_max"]:
        ok = False
    if need.get("spec") and not set(need["spec"]) <= tags:
        ok = False
    if not ok:
        return 1 if g == 2 else 0
    if need.get("dong") and not prod["_dong"].startswith(need["dong"]):
        return 1 if g == 2 else 0
    return g


def label(need, catalog):
    res = {}
    for p in catalog:
        if need["kind"] == "multi_item":
            best, item = 0, ""
            for it in need["items"]:
                g = grade_one(it, need, p)
                if g > best:
                    best, item = g, it["label"]
            if best:
                res[p["제품명"]] = (best, item)
        else:
            g = grade_one(need, need, p)
            if g:
                res[p["제품명"]] = (g, "")
    return res


def main():
    catalog = build_catalog.load_catalog()
    by_name = {p["제품명"]: p for p in catalog}
    assert len(by_name) == len(catalog), "제품명 중복"

    labels = {}
    for n in NEEDS:
        lab = label(n, catalog)
        for (k, name), (g, why) in OVERRIDES.items():
            if k == n["key"]:
                assert name in by_name, name
                if g == 0:
                    lab.pop(name, None)
                else:
                    lab[name] = (g, lab.get(name, (0, ""))[1])
        for (k, name), (g, item, why) in EXTRA_OK.items():
            if k == n["key"]:
                assert name in by_name, name
                lab[name] = (g, item)
        labels[n["key"]] = lab

    # ------------------------------------------------------------ sweep
    lines = []
    unreviewed = 0
    used_review = set()
    for n in NEEDS:
        words = content_words(n)
        lab = labels[n["key"]]
        hits = []
        for p in catalog:
            if p["제품명"] in lab:
                continue
            text = " ".join([p["제품명"], p["규격"], p["설명"]])
            tns = text.replace(" ", "")
            found = [w for w in words if w in text or w.replace(" ", "") in tns]
            if found:
                hits.append((p, found))
        if not hits:
            continue
        lines.append("## %s [%s] %s   (내용어: %s)" % (n["key"], n["kind"], n["text"], ", ".join(words)))
        for p, found in hits:
            key = (n["key"], p["제품명"])
            if key in NOT_RELEVANT:
                status = "관련없음: " + NOT_RELEVANT[key]
                used_review.add(key)
            else:
                reasons = [NOT_RELEVANT.get((n["key"], "*" + w)) for w in found]
                if all(reasons):
                    status = "관련없음(단어 규칙): " + " / ".join(sorted(set(reasons)))
                    for w in found:
                        used_review.add((n["key"], "*" + w))
                else:
                    status = "미검토"
                    unreviewed += 1
            lines.append("  %s %s | 걸린 말: %s | %s" % (p["제품코드"], p["제품명"], ",".join(found), status))
    header = ["# 스윕 보고서",
              "# 라벨이 없는 제품 중 제품명·규격·설명에 수요의 내용어가 들어 있는 것을 모두 나열하고 검토 결과를 적는다.",
              "# 라벨에 추가한 것은 build_queries.py 의 EXTRA_OK, 기계 라벨을 고친 것은 OVERRIDES 에 이유와 함께 있다.",
              "# 미검토 건수: %d" % unreviewed, ""]
    extra_lines = ["", "# EXTRA_OK (스윕 후 라벨에 추가)"]
    for (k, name), (g, item, why) in sorted(EXTRA_OK.items()):
        extra_lines.append("  %s %s %s -> %d %s : %s" % (k, by_name[name]["제품코드"], name, g, item, why))
    extra_lines.append("")
    extra_lines.append("# OVERRIDES (기계 라벨 수정)")
    for (k, name), (g, why) in sorted(OVERRIDES.items()):
        extra_lines.append("  %s %s %s -> %d : %s" % (k, by_name[name]["제품코드"], name, g, why))
    stale = [k for k in NOT_RELEVANT if k not in used_review]
    if stale:
        extra_lines.append("")
        extra_lines.append("# (참고) 쓰이지 않은 NOT_RELEVANT 항목: %d" % len(stale))
        for k in stale:
            extra_lines.append("  %s %s" % k)
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(header + lines + extra_lines) + "\n")

    # ------------------------------------------------------------ shuffle & ids
    allneeds = [dict(n) for n in NEEDS] + [dict(n, kind="no_match") for n in NO_MATCH]
    rng = random.Random(SEED)
    rng.shuffle(allneeds)
    for i, n in enumerate(allneeds, 1):
        n["id"] = "%s-Q%03d" % (PFX, i)

    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[n["id"], n["text"], n.get("qty", ""), n.get("budget", "")] for n in allneeds])
    w("query_kinds.csv", ["수요번호", "유형"], [[n["id"], n["kind"]] for n in allneeds])
    qrows = []
    for n in allneeds:
        if n["kind"] == "no_match":
            continue
        lab = labels[n["key"]]
        items = sorted(lab.items(), key=lambda kv: (-kv[1][0], by_name[kv[0]]["제품코드"]))
        for name, (g, item) in items:
            qrows.append([n["id"], by_name[name]["제품코드"], g, item if n["kind"] == "multi_item" else ""])
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[n["id"], n["level"], n["overlap"], n["reason"]] for n in allneeds if n["kind"] == "no_match"])
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [[n["id"], n["text"], n["intended"]] for n in allneeds if n["kind"] == "hanyeong"])
    # 내부 key 와 최종 번호의 대응 (검토용)
    w(os.path.join("tools", "id_map.csv"), ["수요번호", "key", "유형", "화자"],
      [[n["id"], n["key"], n["kind"], n["voice"]] for n in allneeds])
    print("needs:", len(allneeds), "qrels rows:", len(qrows), "sweep unreviewed:", unreviewed)


if __name__ == "__main__":
    main()
