# -*- coding: utf-8 -*-
"""4~5단계: 기계적 라벨링 + 누락 점검(sweep) + 섞어서 번호 붙이기.

라벨 규칙
  - 일반 수요: 제품 태그가 want 와 겹치고 cond(단가 상한/규격)를 만족하면 2,
              want 와 겹치지만 조건을 못 맞추면 1, ok(대체 품목)와 겹치면 1.
  - location : 가게 종류(shops)가 맞고 법정동 뿌리(○가 제거)가 수요의 동과 같으면 2,
               가게 종류만 맞고 다른 동이면 1.
  - multi_item: 품목별로 위 규칙을 적용, 가장 높은 등급과 그 품목(수요에 적힌 말)을 기록.
  - no_match : qrels 없음.
  - OVERRIDES 로 개별 판단(등급 지정, 0=제외)을 덧씌우고, EXTRA_OK 는 점검 목록에 떴지만
    검토 후 관련 없음으로 남겨 둔 것(사유 기록).
"""
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from needs_data import NEEDS, NO_MATCH  # noqa: E402
from build_catalog import products, dong_root  # noqa: E402

SEED = 7342

# ---------------------------------------------------------------------------
# 개별 판단 (sweep 검토 결과). 제품은 제품명으로 적고 실행 때 제품코드로 바꾼다.
# OVERRIDES: (수요키, 제품명) -> (등급, 사유)   등급 0 = 자동 라벨 제거
#   multi_item 은 사유를 "품목|사유" 로 적어 품목 칸을 채운다.
# 수요키는 "유형-순번"(needs_data.NEEDS 안에서 유형별 1부터). tools/id_map.csv 에 수요번호 대조표.
# ---------------------------------------------------------------------------
_NOT_ED = "다른 주제 강사 — 독서 프로그램 강사의 대체가 아님(수요 작성 때 ok=교육강사로 넓게 잡았으나 검토 후 제외)"
OVERRIDES_BY_NAME = {
    ("exact-04", "한지 미니 소품 꾸러미"): (1, "부채가 든 3종 소품 세트 — 한지 부채 단품 요구에는 대체"),
    ("synonym-06", "바람막이 점퍼"): (1, "봄가을용 바람막이 — 겨울 잠바(방한점퍼) 요구에 점퍼류 대체"),
    ("spacing-11", "목공 체험 교실"): (2, "체험 품목으로 새집 만들기를 고를 수 있음 — 같은 활동"),
    ("choseong-05", "성인지 감수성 교육"): (0, _NOT_ED),
    ("choseong-05", "폭력예방통합교육"): (0, _NOT_ED),
    ("choseong-05", "양성평등 찾아가는 교실"): (0, _NOT_ED),
    ("choseong-05", "기후위기 환경교육 강사 파견"): (0, _NOT_ED),
    ("long_sentence-06", "양성평등 찾아가는 교실"): (1, "주제는 맞으나 초등 학급 대상 — 직원 대상 교육 요구에는 대체"),
    ("long_sentence-06", "어린이 독서 프로그램 강사 파견"): (0, "독서 강사는 성인지 교육 대체가 아님(ok=교육강사 검토 후 제외)"),
    ("long_sentence-06", "기후위기 환경교육 강사 파견"): (0, "환경 강사는 성인지 교육 대체가 아님(ok=교육강사 검토 후 제외)"),
    ("long_sentence-03", "일회용 비옷"): (1, "PE 일회용 비옷 — 현장 작업용 우비로는 약한 대체"),
    ("long_sentence-08", "반사 스티커 시트"): (1, "가방에 붙이는 반사 스티커 — 반사 키링의 대체"),
    ("long_sentence-08", "아크릴 키링"): (0, "반사 기능 없는 일반 키링 — 교통안전용 대체 아님(ok=키링 검토 후 제외)"),
    ("long_sentence-08", "매듭 키링"): (0, "반사 기능 없는 일반 키링 — 교통안전용 대체 아님(ok=키링 검토 후 제외)"),
    ("multi_item-08", "반사 스티커 시트"): (1, "반사 키링|가방에 붙이는 반사 스티커 — 반사 키링의 대체"),
    ("category-02", "우리밀 쿠키 세트"): (1, "국산 밀 가공 과자 — 떡·빵과 같게 대체로 취급"),
    ("category-02", "마들렌 선물상자"): (1, "제과류 — 떡·빵과 같게 대체로 취급"),
    ("category-02", "유기농 쌈채소 꾸러미"): (1, "지역 농산물이지만 가공품이 아닌 생채소 — 대체"),
    ("category-02", "수제 유자청"): (2, "국산 유자로 담근 청 — 농산 가공식품(분류만 커피·음료)"),
    ("category-02", "포기김치"): (1, "농산물 가공식품이지만 반찬으로 파는 것 — 대체"),
    ("category-02", "부추김치"): (1, "농산물 가공식품이지만 반찬으로 파는 것 — 대체"),
    ("category-02", "깍두기"): (1, "농산물 가공식품이지만 반찬으로 파는 것 — 대체"),
    ("category-03", "현장 작업복 상하"): (1, "작업복은 보호구는 아니나 현장 안전용품 묶음에 가까움 — 대체"),
    ("category-04", "원목 책꽂이"): (0, "가구 — 기념품 아님(그룹 태그 목공예품으로 자동 부여된 것 제거)"),
    ("category-04", "원목 명패"): (0, "사무용 명패 — 기념품 아님"),
    ("category-04", "원목 독서대"): (0, "학습용 독서대 — 기념품 아님"),
    ("category-04", "완성형 버드하우스"): (0, "야외 설치용 새집 — 기념품 아님"),
    ("category-04", "편백 도마"): (1, "목공예품이지만 '전통' 공예 기념품으로는 약함 — 대체"),
    ("category-04", "원목 쟁반"): (1, "목공예품이지만 '전통' 공예 기념품으로는 약함 — 대체"),
    ("category-04", "원목 연필꽂이"): (1, "목공예품이지만 '전통' 공예 기념품으로는 약함 — 대체"),
    ("category-04", "도자 화분(소)"): (1, "도자 공예품이지만 기념품보다 원예용 — 대체"),
    ("category-05", "회의 다과 세트"): (1, "떡·과일·음료 다과 세팅 서비스 — 간식거리 대체"),
    ("category-06", "행사용 손수건"): (2, "인쇄 기념 손수건 — 대표적 홍보물품"),
    ("category-06", "맞춤 원형 스티커"): (1, "로고 스티커 — 홍보물품으로 쓸 수 있음"),
    ("category-06", "캐릭터 스티커 팩"): (1, "기관 캐릭터 스티커 — 홍보물품으로 쓸 수 있음"),
    ("category-06", "마스킹테이프"): (1, "주문 디자인 굿즈 — 홍보물품으로 쓸 수 있음"),
    ("category-06", "일러스트 엽서 세트"): (1, "굿즈 엽서 — 홍보물품으로 쓸 수 있음"),
    ("category-06", "드립백 답례 세트"): (1, "스티커 인쇄 답례 드립백 — 홍보 나눔용으로 쓸 수 있음"),
    ("category-06", "종이 쇼핑백(로고 인쇄)"): (1, "로고 인쇄 쇼핑백 — 홍보물품 대체"),
    ("category-06", "기관 로고 탁상달력"): (1, "로고 달력 — 홍보물품 대체"),
    ("category-07", "주방세제 리필"): (2, "용기 지참 리필 — 플라스틱 줄이는 생활용품"),
    ("category-07", "세탁세제 리필"): (2, "용기 지참 리필 — 플라스틱 줄이는 생활용품"),
    ("category-07", "텀블러 세척솔"): (2, "코코넛 섬유 솔 — 플라스틱 솔 대체 생활용품"),
    ("category-07", "커피박 업사이클 화분"): (1, "업사이클 친환경 화분 — 생활용품으로는 대체"),
    ("category-07", "거즈 손수건"): (1, "휴지 대신 쓰는 면 손수건 — 대체"),
    ("location-11", "행사 도시락"): (1, "도시락을 파는 케이터링 업체(다른 동) — 같은 종류 가게로 봄"),
    # --- 라벨 감사(audit)에서 고친 것 ---
    ("category-01", "자개 볼펜"): (1, "선물용 고급 볼펜 — 사무용품으로는 대체"),
    ("category-03", "자율방범 야광조끼"): (1, "'방범' 인쇄 조끼 — 하수 현장 안전조끼로는 대체"),
    ("category-03", "일회용 비옷"): (1, "PE 일회용 비옷 — 현장 우비로는 약한 대체"),
    ("multi_item-03", "자율방범 야광조끼"): (1, "안전조끼|'방범' 인쇄 조끼 — 하수 현장 안전조끼로는 대체"),
    ("category-05", "가래떡(떡국떡)"): (1, "조리용 떡국떡 — 바로 먹는 간식은 아님"),
    ("category-06", "유성 볼펜 0.7mm"): (1, "로고 인쇄 없는 사무용 볼펜 묶음 — 홍보물품으로는 대체"),
    ("category-06", "전주 한지 합죽선"): (1, "개당 25,000원 공예품 — 나눔용 홍보물품으로는 대체"),
    ("category-06", "나전 자개 손거울"): (1, "고가 공예 거울 — 나눔용 홍보물품으로는 대체"),
    ("category-06", "자개 볼펜"): (1, "고가 선물용 볼펜 — 나눔용 홍보물품으로는 대체"),
    ("category-06", "수제 도자기 머그"): (1, "고가 수제 머그 — 나눔용 홍보물품으로는 대체"),
    ("category-11", "반사 스티커 시트"): (0, "교통안전 반사 스티커 — 상가 홍보 인쇄물 아님(태그 '스티커'로 자동 부여된 것 제거)"),
    ("category-11", "캐릭터 스티커 팩"): (1, "캐릭터 굿즈 스티커 — 홍보 인쇄물로는 대체"),
    ("category-11", "분리배출 안내 스티커"): (1, "분리배출 안내용 — 상가 홍보 인쇄물로는 대체"),
    ("typo-07", "반사 스티커 시트"): (0, "반사 스티커 — 분리배출 스티커 대체 아님(ok=스티커 검토 후 제외)"),
    ("exact-05", "한지 미니 소품 꾸러미"): (1, "책갈피가 든 3종 세트 — 책갈피 단품 요구에는 대체"),
    ("long_sentence-04", "한지 무드등"): (1, "'작은 소품' 요구에 비해 큰 조명 — 대체"),
    ("location-11", "보냉 도시락 가방"): (1, "해당 동 도시락집이지만 음식이 아닌 가방 — 대체"),
    ("location-09", "떡 모양 천연비누"): (0, "떡집 제품이지만 먹는 떡이 아닌 비누 — 떡집 찾는 요구와 무관"),
    ("typo-09", "과일 선물세트"): (1, "사과즙이 든 선물세트 — 사과주스 단품 요구에는 대체"),
}

# EXTRA_OK: sweep 에 떴지만 검토 후 관련 없음으로 둔 것.
# (수요키, 선택자, 사유). 선택자는 제품명 목록, 또는 "w:단어" = 그 단어로만 걸린 제품 전부.
REVIEWED = [
    ("exact-01", ["복사지 상자 재활용 정리함"], "빈 복사지 상자로 만든 정리함 — 복사용지 아님"),
    ("exact-02", ["한지 명함케이스", "자개 명함케이스"], "명함을 넣는 케이스 — 명함 제작 아님"),
    ("exact-04", "w:한지", "한지 제품이지만 부채가 아님"),
    ("exact-04", ["한지 공예 체험"], "부채 만들기 체험 프로그램 — 부채 구매 아님"),
    ("exact-06", ["텀블러 세척솔"], "텀블러 세척용 솔(텀블러 미포함)"),
    ("exact-07", ["전주 한지 합죽선"], "대나무 살 부채 — 칫솔 아님"),
    ("exact-08", "w:현수막", "폐현수막 재활용품 또는 게첩 대행 — 현수막 제작 아님"),
    ("exact-11", ["보냉 도시락 가방"], "도시락 담는 가방(도시락 미포함)"),
    ("exact-11", ["취약계층 반찬 나눔 도시락"], "복지 연계 반찬 배달 — 행사용 도시락 아님"),
    ("synonym-03", "w:기념품", "기념품 자체 — 포장용 완충재 아님"),
    ("synonym-03", "w:포장용", "종이 봉투·쇼핑백 — 완충 포장재 아님"),
    ("synonym-05", "w:전통시장", "장바구니·길놀이 — 전단지 아님"),
    ("synonym-06", "w:방범대", "경광봉 — 점퍼 아님"),
    ("synonym-06", "w:겨울", "핫팩·넥워머 — 점퍼 아님"),
    ("synonym-10", "w:현장", "현장 작업용품 — 도시락 아님"),
    ("synonym-11", "w:종이", "종이 재질 다른 제품 — 종이 봉투 아님"),
    ("typo-02", "w:안내", "안내 스티커·배너·화장실 청소 — 안내 팸플릿 아님"),
    ("typo-02", "w:한옥마을", "엽서·해설 투어 — 안내 팸플릿 아님"),
    ("typo-03", "w:캠페인", "다른 캠페인 물품 — 배지 아님"),
    ("typo-06", "w:탁상", "탁상용 식물 — 달력 아님"),
    ("typo-07", "w:분리배출", "분리배출 주제 뮤지컬 — 스티커 아님"),
    ("typo-10", "w:한지", "체험 프로그램 또는 한지 포장 비누 — 한지 액세서리 아님"),
    ("hanyeong-02", "w:홍보용", "전단·물티슈 — 우산 아님"),
    ("hanyeong-05", ["실내 식물 관리 서비스"], "관리 용역 — 화분 구매 아님"),
    ("hanyeong-05", ["꽃씨 심기 키트"], "종이 화분이 든 씨앗 키트 — 화분으로 보지 않음(판단 여지 있음)"),
    ("hanyeong-09", "w:한지", "체험 프로그램 또는 한지 포장 비누 — 한지 공예품(물품) 아님"),
    ("hanyeong-10", "w:작업용", "조끼·우비·토시 — 장갑 아님"),
    ("hanyeong-11", "w:어린이", "어린이용 다른 제품 — 도서 아님"),
    ("hanyeong-11", "w:도서", "도서관 용품·서비스 — 도서 아님"),
    ("spacing-01", "w:공기", "'공기'가 다른 뜻으로 쓰임(공공기관 등) — 식물 아님"),
    ("spacing-01", "w:식물", "식물 관리 용역·식물성 세제 — 공기정화식물 아님"),
    ("spacing-03", "w:반사", "반사 소재 다른 제품 — 조끼 아님"),
    ("spacing-03", "w:조끼", "방한 패딩 조끼 — 반사 조끼 아님"),
    ("spacing-04", "w:체험", "다른 종류 체험·재료·도시락 — 한지 공예 체험 아님(공예 체험은 대체로 이미 1)"),
    ("spacing-06", "w:그림책", "그림책 독서 강사 파견 — 그림책 구매 아님"),
    ("spacing-06", "w:그림", "그림책 독서 강사 파견 — 그림책 구매 아님"),
    ("spacing-08", "w:상자", "택배·선물·보석 상자 등 — 문서보관상자 아님"),
    ("spacing-08", "w:보관", "음식 밀폐용기 — 문서 보관 아님"),
    ("spacing-08", "w:문서", "인문서(책) — 상자 아님"),
    ("spacing-11", "w:만들기", "다른 만들기 키트·체험 — 새집 아님"),
    ("choseong-04", "w:한지", "한지 제품이지만 조명이 아님"),
    ("choseong-05", "w:강사", "다른 분야 체험·교육 강사 — 독서 프로그램 아님"),
    ("choseong-05", "w:독서", "독서대(가구) — 프로그램 아님"),
    ("choseong-07", "w:교육", "다른 교육 또는 교육용 간식·키트 — 탄소중립 교육 아님"),
    ("choseong-08", ["충전식 LED 경광봉"], "호루라기 내장 경광봉 — 호루라기 구매 요구에는 해당 없음(판단 여지 있음)"),
    ("choseong-09", "w:방범", "호루라기·경광봉 — 조끼 아님"),
    ("choseong-09", "w:조끼", "방한 패딩 조끼 — 방범 조끼 아님"),
    ("choseong-11", "w:커피", "커피 음료·콜드브루 원액·커피박 화분 — 원두 아님"),
    ("quantity-01", "w:A4", "A4 규격 다른 제품 — 복사용지 아님"),
    ("quantity-01", "w:복사용지", "복사지 상자 정리함 — 복사용지 아님"),
    ("quantity-02", "w:답례품", "비누 답례 세트 — 떡 답례품 아님"),
    ("quantity-03", "w:마스크", "마스크 줄 — 마스크 아님"),
    ("quantity-04", "w:부채", "부채 만들기 체험 — 부채 구매 아님"),
    ("quantity-06", "w:텀블러", "세척솔 — 텀블러 아님"),
    ("quantity-07", "w:책상용", "명패 — 화분 아님"),
    ("quantity-07", "w:화분", "빈 화분·관리 용역·씨앗 키트 — 공기정화 식물 아님"),
    ("quantity-08", "w:현수막", "폐현수막 재활용품 또는 게첩 대행 — 현수막 제작 아님"),
    ("quantity-10", "w:도시락", "도시락 가방·반찬 배달 — 도시락 아님"),
    ("quantity-11", "w:HP", "잉크젯 잉크 — CF283A 토너 아님"),
    ("long_sentence-01", "w:납품", "디자인 파일 납품 — 상자 아님"),
    ("long_sentence-01", "w:서류", "L자 파일 — 보관 상자 아님"),
    ("long_sentence-01", "w:박스", "빵 간식 박스·택배 상자 — 문서 보관 박스 아님"),
    ("long_sentence-01", "w:보관용", "음식 밀폐용기 — 문서 보관 아님"),
    ("long_sentence-01", "w:문서", "인문서(책) — 상자 아님"),
    ("long_sentence-02", "w:행사", "행사용 다른 물품·서비스 — 장바구니 아님"),
    ("long_sentence-02", "w:제품", "설명에 '제품'이 들어간 무관 제품"),
    ("long_sentence-02", "w:전통시장", "풍물 길놀이 — 장바구니 아님"),
    ("long_sentence-03", "w:납품", "디자인 파일 납품 — 우비 아님"),
    ("long_sentence-03", "w:현장", "현장 작업용 다른 물품 — 우비 아님"),
    ("long_sentence-03", "w:점검", "손전등·자전거 점검 — 우비 아님"),
    ("long_sentence-04", "w:행사", "행사용 다른 물품·서비스 — 한지 소품 아님"),
    ("long_sentence-04", "w:기념품", "일반 기념품·포장재 — 한지 소품 아님"),
    ("long_sentence-04", "w:한지", "체험 프로그램 또는 한지 포장 비누 — 한지 소품 아님"),
    ("long_sentence-04", "w:소품", "현수막 파우치·종이봉투 — 한지 소품 아님"),
    ("long_sentence-04", "w:한옥마을", "해설 투어 — 물품 아님"),
    ("long_sentence-05", "w:어린이", "어린이용 다른 제품 — 인형극 공연 아님"),
    ("long_sentence-05", "w:유아", "유아용 미술재료·그림책 — 공연 아님"),
    ("long_sentence-05", "w:단체", "단체 주문 물품 — 공연 아님"),
    ("long_sentence-05", "w:도서관", "도서관 가구·청소·행사 기획 — 인형극 아님"),
    ("long_sentence-05", "w:공연", "인형 만들기 키트(공연 아님)·어른 대상 국악 공연 — 유아 인형극 대체 아님"),
    ("long_sentence-05", "w:인형극", "인형 만들기 키트 — 공연 아님"),
    ("long_sentence-05", "w:열람실", "열람 의자 — 공연 아님"),
    ("long_sentence-06", "w:기관", "기관용 다른 물품 — 성인지 교육 아님"),
    ("long_sentence-06", "w:강사", "다른 분야 체험·교육 강사 — 성인지 교육 아님"),
    ("long_sentence-06", "w:교육", "다른 교육 또는 교육용 간식·키트 — 성인지 교육 아님"),
    ("long_sentence-06", "w:파견", "청소 인력 파견 — 강사 아님"),
    ("long_sentence-07", "w:캠페인", "다른 캠페인 물품 — 컵 아님"),
    ("long_sentence-07", "w:일회용", "일회용 마스크·비옷 — 컵 아님"),
    ("long_sentence-07", "w:청사", "청사 관리 용역 — 컵 아님"),
    ("long_sentence-07", "w:텀블러", "세척솔 — 텀블러 아님"),
    ("long_sentence-07", "w:실천", "탄소중립 교육 — 컵 아님"),
    ("long_sentence-07", "w:탄소중립", "탄소중립 교육 — 컵 아님"),
    ("long_sentence-08", "w:캠페인", "다른 캠페인 물품 — 반사 키링 아님"),
    ("long_sentence-08", "w:가방", "가방 자체·마스크 — 반사 키링 아님"),
    ("long_sentence-08", "w:반사", "반사띠 달린 우산·조끼·우비 — 가방 고리 대체로 보기 어려움"),
    ("long_sentence-08", "w:야광", "야광 조끼 — 키링 아님"),
    ("long_sentence-08", "w:키링", "키링 만들기 키트(반사 아님) — 대체 아님"),
    ("long_sentence-09", "w:문구", "문구 인쇄 다른 물품 — 티셔츠 아님"),
    ("long_sentence-09", "w:단체", "단체 주문 다른 물품·서비스 — 티셔츠 아님"),
    ("long_sentence-09", "w:등판", "방범 조끼 — 티셔츠 아님"),
    ("long_sentence-10", "w:어린이", "어린이용 다른 제품 — 업사이클링 키트 아님"),
    ("long_sentence-10", "w:환경", "환경 관련 다른 제품·교육 — 만들기 재료 아님"),
    ("long_sentence-10", "w:기념", "기념품 — 만들기 재료 아님"),
    ("long_sentence-10", "w:만들기", "한지·매듭 체험, 양말 인형 키트 — 업사이클링 재료 아님"),
    ("long_sentence-10", "w:재료", "한지·매듭 체험, 양말 인형 키트 — 업사이클링 재료 아님"),
    ("long_sentence-10", "w:키트", "양말 인형 키트 — 업사이클링 아님"),
    ("long_sentence-11", "w:워크숍", "사진 촬영 — 식사 아님"),
    ("category-03", "w:작업자", "김밥 도시락 — 안전용품 아님"),
    ("category-03", "w:현장", "김밥 도시락 — 안전용품 아님"),
    ("category-04", "w:기념품", "일반 판촉 기념품·포장재 — 전통 공예품 아님"),
    ("category-04", "w:공예", "체험 프로그램 — 기념품(물품) 아님"),
    ("category-04", "w:전통", "전통 식품·놀이·공연·장바구니 — 공예 기념품 아님"),
    ("category-04", "w:한옥마을", "해설 투어 — 기념품 아님"),
    ("category-05", "w:어린이", "어린이용 비식품 — 간식 아님"),
    ("category-06", "w:캠페인", "포스터 인쇄 — 나눠줄 물품 아님"),
    ("category-07", "w:플라스틱", "플라스틱 부채·화분, 병뚜껑 키트 — 친환경 생활용품 아님"),
    ("category-08", "w:캠페인", "일반 판촉물·포스터 — 교통안전 물품 아님"),
    ("category-08", "w:어린이", "어린이용 다른 제품 — 교통안전 물품 아님"),
    ("category-09", "w:장비", "행사장 일회용 비옷 — 순찰 장비 아님"),
    ("category-11", "w:홍보", "디지털 홍보·판촉물 — 인쇄물 아님"),
    ("category-11", "w:인쇄물", "로고 물티슈 — 인쇄물 아님"),
    ("location-01", "w:인쇄", "인쇄소가 아닌 판촉·봉제·포장 업체의 로고 인쇄 제품"),
    ("location-02", "w:반찬", "도시락집·밀폐용기 — 반찬가게 아님"),
    ("location-03", "w:세탁", "세제·면생리대 — 세탁소 아님"),
    ("location-05", "w:빵", "포장 봉투 — 빵집 아님"),
    ("location-06", "w:꽃", "꽃 모양 공예품·떡케이크·꽃씨 키트 — 꽃집 아님"),
    ("location-09", "w:떡", "케이터링 다과 — 떡집 아님"),
    ("location-11", ["취약계층 반찬 나눔 도시락"], "반찬가게의 반찬 배달 — 도시락집 아님"),
    ("multi_item-01", "w:복사용지", "복사지 상자 정리함 — 복사용지 아님"),
    ("multi_item-02", "w:현수막", "폐현수막 재활용품 또는 게첩 대행 — 현수막 제작 아님"),
    ("multi_item-04", "w:방역", "방역용 마스크 — 방역 소독 서비스 아님"),
    ("multi_item-04", "w:소독", "손소독제 — 방역 소독 서비스 아님"),
    ("multi_item-05", "w:그림책", "그림책 독서 강사 — 그림책 구매 아님"),
    ("multi_item-06", "w:텀블러", "세척솔 — 텀블러 아님"),
    ("multi_item-07", "w:대나무", "대나무 살 부채 — 칫솔 아님"),
    ("multi_item-08", "w:키링", "반사 기능 없는 키링·만들기 키트 — 반사 키링 대체 아님"),
    ("multi_item-08", "w:반사", "반사띠 달린 우산·조끼·우비 — 반사 키링 대체로 보기 어려움"),
    ("multi_item-08", "w:호루라기", "호루라기 내장 경광봉 — 호루라기 구매 요구에는 해당 없음"),
    ("multi_item-10", "w:키트", "다른 만들기 키트 — 씨앗 키트 아님"),
    ("multi_item-10", "w:화분", "식물 관리 용역 — 화분 아님"),
]
OVERRIDES = {}   # (수요키, 제품코드) -> (등급, 사유) : OVERRIDES_BY_NAME 에서 만든다
EXTRA_OK = {}    # (수요키, 제품코드) -> 사유       : REVIEWED 에서 sweep 때 만든다


def need_keys():
    seen = {}
    keys = []
    for n in NEEDS:
        seen[n["kind"]] = seen.get(n["kind"], 0) + 1
        keys.append("%s-%02d" % (n["kind"], seen[n["kind"]]))
    return keys


def cond_ok(n, p):
    c = n.get("cond") or {}
    if "max_price" in c and not (p["단가"] <= c["max_price"]):
        return False
    if "spec_re" in c and not re.search(c["spec_re"], p["제품명"] + " " + p["규격"]):
        return False
    return True


def grade_simple(want, ok, n, p):
    tags = set(p["_tags"])
    if tags & set(want):
        return 2 if cond_ok(n, p) else 1
    if tags & set(ok):
        return 1
    return 0


def label(n, p):
    """-> (등급, 품목)"""
    if n["kind"] == "location":
        if n["shop"] in p["_shops"]:
            return (2 if dong_root(p["_dong"]) == n["dong"] else 1), ""
        return 0, ""
    if n["kind"] == "multi_item":
        best, item = 0, ""
        for (written, want, ok) in n["items"]:
            g = grade_simple(want, ok, n, p)
            if g > best:
                best, item = g, written
        return best, item
    return grade_simple(n["want"], n["ok"], n, p), ""


# ---------------------------------------------------------------------------
# sweep: 수요의 내용어가 제품명/규격/설명에 들어 있는데 라벨이 없는 제품을 나열
# ---------------------------------------------------------------------------
JOSA = ["으로", "에서", "에게", "까지", "부터", "이랑", "하고", "이며", "이고", "을", "를", "이", "가", "은", "는",
        "에", "의", "로", "과", "와", "랑", "도", "만", "께"]
STOP = set("""구매 구입 필요 필요합니다 합니다 하려 하려고 하고자 있는 있습니다 정도 수량 예정 위해 위한 드릴 드리는
나눠 나눠줄 나눠 줄 좋겠습니다 가능한 가능한지 문의드립니다 부탁드립니다 찾습니다 찾고 희망하며 검토 중입니다 맞춰 알아보고
받아야 하며 해야 해 주실 주실 수 단체를 기관을 업체 연락 개 세트 장 벌 명 회 년 월 일 중 대상 전주 전주시 제작 인쇄
일괄 이하 이상 개당 1개 1세트 예산 만원 분 약 곳 것 등 또는 하반기 다음 달 때 시 이 그 저 직원 직원들 직원들이 참석자
만든 작은 줄이 줄이는 내외 쓸 입을 달아 찾는 열리는 나가는 오는 우리 지역 싶습니다 활용한 진행해 좋겠고
""".split())
# 끝 글자가 조사처럼 보이지만 떼면 안 되는 말
PROTECT = {"어린이", "한옥마을", "마을", "관광객에게"}


def content_words(n):
    src = n.get("intended") or n["text"]
    words = set()
    for tok in re.split(r"[\s,.()·'\"/]+", src):
        t = tok
        for j in ([] if tok in PROTECT else JOSA):
            if len(t) > len(j) + 1 and t.endswith(j):
                t = t[: -len(j)]
                break
        if len(t) < 2 or t in STOP or re.fullmatch(r"[\d,]+\w{0,2}", t):
            continue
        words.add(t)
    if n["kind"] == "spacing":
        words.add(n["text"].replace(" ", ""))
    if n["kind"] == "location":
        s = n["shop"]
        for suf in ("가게", "집", "소", "샵"):
            if s.endswith(suf) and len(s) > len(suf) + 0:
                words.add(s[: -len(suf)])
    if n["kind"] == "multi_item":
        for (written, _, _) in n["items"]:
            words.add(written.replace(" ", ""))
    return {w for w in words if len(w) >= 1}


def main():
    prods = products()
    keys = need_keys()
    labels = {}  # key -> {code: (grade, item)}
    for k, n in zip(keys, NEEDS):
        d = {}
        for p in prods:
            g, item = label(n, p)
            if g:
                d[p["제품코드"]] = (g, item)
        labels[k] = d
    codes = {p["제품코드"] for p in prods}
    by_name = {p["제품명"]: p["제품코드"] for p in prods}
    for (k, name), v in OVERRIDES_BY_NAME.items():
        assert name in by_name, name
        OVERRIDES[(k, by_name[name])] = v
    for (k, code), (g, reason) in OVERRIDES.items():
        assert k in labels and code in codes, (k, code)
        if g == 0:
            labels[k].pop(code, None)
        else:
            n = NEEDS[keys.index(k)]
            item = ""
            if n["kind"] == "multi_item":
                item = reason.split("|", 1)[0] if "|" in reason else n["items"][0][0]
            labels[k][code] = (g, item)
    for (rk, sel, why) in REVIEWED:
        assert rk in labels, rk
        if not isinstance(sel, str):
            for name in sel:
                assert name in by_name, name

    # ---- sweep ----
    lines = []
    pending = 0
    for k, n in zip(keys, NEEDS):
        ws = content_words(n)
        hits = []
        for p in prods:
            if p["제품코드"] in labels[k]:
                continue
            hay = p["제품명"] + " " + p["규격"] + " " + p["설명"]
            hay_ns = hay.replace(" ", "")
            m = sorted(w for w in ws if w in hay or w.replace(" ", "") in hay_ns)
            if m:
                reasons = []
                for (rk, sel, why) in REVIEWED:
                    if rk != k:
                        continue
                    if isinstance(sel, str) and sel.startswith("w:"):
                        if sel[2:] in m:
                            reasons.append((sel[2:], why))
                    elif p["제품명"] in sel:
                        reasons.append(("*", why))
                ov = OVERRIDES.get((k, p["제품코드"]))
                if ov and ov[0] == 0:
                    reasons.append(("*", "OVERRIDE 0: " + ov[1]))
                covered = {w for w, _ in reasons}
                if reasons and ("*" in covered or set(m) <= covered):
                    EXTRA_OK[(k, p["제품코드"])] = " / ".join(dict.fromkeys(why for _, why in reasons))
                mark = "reviewed-not-relevant: " + EXTRA_OK[(k, p["제품코드"])] if (k, p["제품코드"]) in EXTRA_OK else "UNREVIEWED"
                if mark == "UNREVIEWED":
                    pending += 1
                hits.append("   %s %s [%s] words=%s -> %s" % (p["제품코드"], p["제품명"], p["기업명"], ",".join(m), mark))
        if hits:
            lines.append("%s  %s" % (k, n["text"]))
            lines.extend(hits)
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("# 누락 점검: 수요 내용어가 제품 텍스트에 있으나 라벨이 없는 제품\n")
        f.write("# OVERRIDES(등급 부여) 로 처리한 것은 라벨이 생겨 목록에서 빠지고, EXTRA_OK 는 사유와 함께 남는다.\n")
        f.write("# UNREVIEWED 남은 수: %d\n\n" % pending)
        f.write("\n".join(lines) + "\n")
        f.write("\n# OVERRIDES (%d)\n" % len(OVERRIDES))
        for (k, code), (g, reason) in sorted(OVERRIDES.items()):
            f.write("   %s %s -> %d : %s\n" % (k, code, g, reason))
    print("sweep pending:", pending)

    # ---- shuffle & number ----
    allq = []
    for k, n in zip(keys, NEEDS):
        allq.append(dict(key=k, kind=n["kind"], text=n["text"], qty=n["qty"], budget=n["budget"], n=n))
    for i, (text, voice, diff, overlap, reason) in enumerate(NO_MATCH, 1):
        allq.append(dict(key="no_match-%02d" % i, kind="no_match", text=text, qty=None, budget=None,
                         diff=diff, overlap=overlap, reason=reason))
    rng = random.Random(SEED)
    rng.shuffle(allq)
    for i, q in enumerate(allq, 1):
        q["id"] = "ZP-Q%03d" % i

    def w(name, header, rows):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f)
            cw.writerow(header)
            cw.writerows(rows)

    fmt = lambda v: "" if v is None else int(v)
    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"], [[q["id"], q["text"], fmt(q["qty"]), fmt(q["budget"])] for q in allq])
    w("query_kinds.csv", ["수요번호", "유형"], [[q["id"], q["kind"]] for q in allq])
    qrows = []
    for q in allq:
        if q["kind"] == "no_match":
            continue
        for code, (g, item) in sorted(labels[q["key"]].items(), key=lambda x: (-x[1][0], x[0])):
            qrows.append([q["id"], code, g, item if q["kind"] == "multi_item" else ""])
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrows)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[q["id"], q["diff"], q["overlap"], q["reason"]] for q in allq if q["kind"] == "no_match"])
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [[q["id"], q["text"], q["n"]["intended"]] for q in allq if q["kind"] == "hanyeong"])
    # 내부 대조표(키 <-> 번호), 검증·README용
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        cw = csv.writer(f)
        cw.writerow(["수요번호", "키", "유형"])
        for q in sorted(allq, key=lambda q: q["id"]):
            cw.writerow([q["id"], q["key"], q["kind"]])
    print("queries:", len(allq), "qrels:", len(qrows))


if __name__ == "__main__":
    main()
