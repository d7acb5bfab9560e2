# -*- coding: utf-8 -*-
"""수요·카탈로그 태그로 관련도를 기계적으로 매기고, 훑기(sweep) 결과를 반영해 파일을 쓴다.

규칙
- 제품 태그가 수요 want 와 겹치면 2. 단 cond(단가 상한, 꼭 있어야 할 말)를 어기면 1.
- want 와 안 겹치고 ok 와 겹치면 1 (받아들일 만한 대체품).
- location: 그 가게 종류(기업 shops)이면서 가게 품목 태그가 있는 제품. 수요의 동(…1가 포함)이면 2,
  다른 동이면 1.
- multi_item: 품목마다 따로 매기고 가장 높은 등급을 쓴다. 품목 칸에 수요에 쓴 품목 표기를 넣는다.
- EXTRA_OK / OVERRIDES: 훑기에서 사람이 본 판단(이유 포함). OVERRIDES 가 마지막에 이긴다.
- no_match 는 qrels 행이 없다.

출력: ../queries.csv, ../query_kinds.csv, ../qrels.csv, ../no_match_detail.csv,
      ../hanyeong_intended.csv, ./sweep_report.txt
"""
import csv
import os
import random
import re

import build_catalog
import needs_data as nd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SEED = 20251207

# ---------------------------------------------------------------------------------------
# 훑기에서 사람이 내린 판단. 키: (수요 key, 제품명) -> (관련도, 품목 또는 "", 이유)
# EXTRA_OK: 기계 규칙이 놓친 관련 제품을 더한다 (보통 1).
EXTRA_OK = {}
# OVERRIDES: 기계 규칙의 등급을 고친다. 0 은 "훑기에서 보았고 관련 없음"이라는 기록이다.
OVERRIDES = {}


def _j(table, need_keys, products, grade, why, item=""):
    for nk in need_keys.split():
        for pn in products:
            table[(nk, pn)] = (grade, item, why)


MYEONGHAM_HOLDERS = ["한지 명함지갑", "나전칠기 명함함", "원목 명함꽂이", "가죽 명함지갑"]
BANNER_LOOKALIKES = ["현수막 게시 대행", "폐현수막 장바구니", "현수막 업사이클 토트백",
                     "현수막 재활용 파우치", "업사이클 에코백 만들기 체험", "폐현수막 수거·재활용"]
DESIGN_ONLY = ["리플릿 디자인 (인쇄 별도)"]

# --- 관련 없음(0): 말은 같지만 다른 물건·서비스
_j(OVERRIDES, "ex02 ty04 hy11 ch04 qt02 mi05", MYEONGHAM_HOLDERS, 0,
   "명함을 넣는 지갑·함·꽂이. 명함 인쇄가 아님")
_j(OVERRIDES, "ex03 sy07 hy02 ch02 qt03 mi02", BANNER_LOOKALIKES, 0,
   "현수막으로 만든 가방·파우치, 게시·수거 서비스, 체험. 현수막 제작이 아님")
_j(OVERRIDES, "ex04 sp06 lo01 mi04", ["떡 만들기 체험 교실"], 0, "떡을 파는 게 아니라 체험 프로그램")
_j(OVERRIDES, "ex04 sp06 lo01 mi04", ["떡메모지 (무점착)", "사무실 관엽 화분 (떡갈고무나무)"], 0,
   "'떡'이 들어간 다른 물건(메모지, 떡갈고무나무)")
_j(OVERRIDES, "sp06", ["답례떡 꿀설기 (개별포장)", "찹쌀떡 (국산 팥앙금)", "떡국떡",
                       "영양찰떡 (낱개 비닐포장)", "팥 시루떡", "가래떡 (당일 뽑음)"], 0,
   "떡케이크를 찾는데 케이크 모양이 아닌 떡")
_j(OVERRIDES, "sp06 lo01", ["다과 케이터링 (떡·과일·음료)"], 0, "떡케이크·떡집이 아닌 다과 차림 서비스")
_j(OVERRIDES, "sp06", ["파운드케이크"], 0, "떡케이크가 아닌 구움과자")
_j(OVERRIDES, "ex06 sy09 hy03 ch03 qt04 ls06 lo10 mi03", ["보온 도시락통 (3단)"], 0,
   "도시락 용기(빈 통). 먹는 도시락이 아님")
_j(OVERRIDES, "ex07 ty07 hy07 ch06 qt06 mi06", ["업사이클 에코백 만들기 체험"], 0,
   "에코백을 만드는 체험 프로그램. 에코백 납품이 아님")
_j(OVERRIDES, "ex08", ["손소독제 (에탄올 62%)", "휴대용 손소독제 젤", "소독용 에탄올 스프레이"], 0,
   "소독 약품. 방역 소독 용역이 아님")
_j(OVERRIDES, "ex10 hy04 lo02", ["원예용 상토"], 0, "화분 흙. 화분(식물)이 아님")
_j(OVERRIDES, "lo02", ["토분 (빈 화분)", "커피박 화분 (다육 포함)"], 0,
   "꽃집 품목이 아님(빈 화분 / 공방 공예품)")
_j(OVERRIDES, "sy01", ["수정테이프"], 0, "글자 지우는 수정용 테이프")
_j(OVERRIDES, "sy05", ["물티슈 (캡형)", "업소용 물티슈 (1매 개별포장)"], 0, "물티슈는 미용티슈 대체품이 아님")
_j(OVERRIDES, "ty05", ["국악 공연 (4인조)"], 0, "축하 공연. 화환 아님")
_j(OVERRIDES, "ty06", ["친환경 세탁세제 (액상)", "패딩·방한복 세탁"], 0, "빨래용 세제·세탁 서비스")
_j(OVERRIDES, "hy10", ["패딩·방한복 세탁"], 0, "세탁 서비스. 세제가 아님")
_j(OVERRIDES, "hy09 lo08", ["다과 케이터링 (떡·과일·음료)", "종이컵 8oz (240ml)",
                            "커피박 화분 (다육 포함)", "커피박 연필 (10자루)", "커피박 키링 (로고 각인)"], 0,
   "커피가 설명에만 나오는 다른 물건(케이터링, 컵, 커피 찌꺼기 공예품)")
_j(OVERRIDES, "hy09", ["커피 출장 핸드드립 서비스"], 0, "내려 주는 커피 음료 서비스. 원두 납품 아님")
_j(OVERRIDES, "sp02", ["백설기 답례세트", "참기름·들기름 선물세트", "수제쿠키 선물세트 (12개입)",
                       "핸드타월 (페이퍼타올)", "로고 인쇄 부채 (판촉용)"], 0, "'종이' 상자·타월·부채. 종이컵 아님")
_j(OVERRIDES, "sp03", ["앙금플라워 떡케이크", "싱글오리진 원두 (에티오피아)", "국화차", "호접란 (3대)",
                       "메리골드 모종", "국화 모종 (가을 화단용)", "야생화 씨앗 (혼합)",
                       "꽃길 조성 (식재 작업 포함)", "폐현수막 장바구니", "보냉 장바구니"], 0,
   "꽃이나 바구니가 들어가지만 꽃바구니가 아님")
_j(OVERRIDES, "sp10", ["커피 출장 핸드드립 서비스"], 0, "출장 커피 서비스. 뷔페 차림이 아님")
_j(OVERRIDES, "sp11 mi09", ["쿠키 만들기 체험 교실"], 0, "쿠키를 만드는 체험. 쿠키 납품이 아님")
_j(OVERRIDES, "qt09", ["전통한과 선물세트 (유과·약과·정과)", "아메리카노 단체 주문",
                       "한지 공예 체험 (단체)", "단체 조끼 (남색·회색·검정)", "단체 바람막이 점퍼"], 0,
   "'단체'가 들어가지만 티셔츠가 아님")
_j(OVERRIDES, "ls01", ["3단 리플릿 인쇄", "A4 전단지 인쇄 (양면)", "로고·CI 디자인", "카드뉴스 디자인",
                       "리플릿 디자인 (인쇄 별도)"], 0, "소식지(책자)가 아닌 인쇄·디자인")
_j(OVERRIDES, "ls01", ["보고서 제본 (무선·스프링)"], 0, "제본만 하는 서비스. 편집·인쇄를 한 번에 맡길 수 없음")
_j(OVERRIDES, "ls02", ["책자 인쇄 (무선제본)", "천 현수막 (열재단)", "폼보드 안내판", "기관 소식지 편집·인쇄",
                       "카탈로그 디자인·제작", "문서 번역 (중국어·일본어)", "로고·CI 디자인", "카드뉴스 디자인",
                       "형광 안전조끼"], 0, "리플릿이 아닌 다른 인쇄물·서비스")
_j(OVERRIDES, "ls03", ["떡국떡"], 0, "조리용 떡. 1인 답례용으로 내놓을 수 없음")
_j(OVERRIDES, "ls03", ["개성약과 (개별포장)", "마들렌·휘낭시에 답례 세트", "쌀 수제쿠키 (개별포장)",
                       "초콜릿 답례품 (2구 개별포장)", "꿀 선물세트 (아카시아·야생화)", "OPP 박스테이프 (투명)",
                       "에어캡 롤 (포장용)", "KF94 마스크 (대형)", "업소용 물티슈 (1매 개별포장)", "백자 다기 세트",
                       "기념 수건 (자수·인쇄)", "단체 티셔츠 (면 20수 라운드)"], 0,
   "개별 포장이지만 떡이 아님")
_j(OVERRIDES, "ls04", ["문서 번역 (중국어·일본어)"], 0, "문서 번역. 파쇄 아님")
_j(OVERRIDES, "ls05", ["한식 도시락 (제육볶음)", "폐현수막 수거·재활용", "친환경 세탁세제 (액상)",
                       "보안박스 문서 수거 파쇄", "보안 파쇄함 설치·정기 수거", "잔디 깎기", "근무복 상의 제작"], 0,
   "수거·세탁·근무복이 들어가지만 세탁 서비스가 아님")
_j(OVERRIDES, "ls08", ["지렁이 분변토", "공원·녹지 유지관리 용역", "화단 조성 공사"], 0,
   "화단 관련이지만 꽃모종 납품이 아님")
_j(OVERRIDES, "ls09", ["떡 만들기 체험 교실", "구직자 면접 코칭 프로그램", "한지 기념품 세트 (책갈피·엽서)",
                       "나전 책갈피"], 0, "기념품·프로그램이지만 텀블러가 아님")
_j(OVERRIDES, "ls10", ["점보롤 화장지", "고무장갑 (중)", "공원·녹지 유지관리 용역"], 0,
   "화장실·청소에 쓰는 물건, 녹지 용역. 청소 용역이 아님")
_j(OVERRIDES, "ls11", ["해충 방제 (바퀴·개미·모기)"], 0, "'먹이'는 해충 유인 먹이")
_j(OVERRIDES, "ca05", ["전통한과 선물세트 (유과·약과·정과)", "전통 식혜", "전통차 선물세트",
                       "전통 장류 선물세트 (된장·고추장·간장)"], 0, "전통 식품. 공예품이 아님")
_j(OVERRIDES, "ca07", ["반응형 홈페이지 제작", "건물 정기 청소 용역"], 0, "녹지 관리가 아님")
_j(OVERRIDES, "ca11", ["불고기 도시락"], 0, "'교육용' 도시락")
_j(OVERRIDES, "lo02", ["앙금플라워 떡케이크", "싱글오리진 원두 (에티오피아)", "국화차", "메리골드 모종",
                       "국화 모종 (가을 화단용)", "야생화 씨앗 (혼합)", "꽃길 조성 (식재 작업 포함)"], 0,
   "꽃집이 아닌 곳의 제품(떡집·카페·찻집·모종 농원)")
_j(OVERRIDES, "lo03", ["리플릿 디자인 (인쇄 별도)", "무지 서류봉투 (대봉투)", "로고 인쇄 부채 (판촉용)",
                       "로고 인쇄 에코백 (캔버스 10수)", "로고 볼펜 (인쇄)", "자동 장우산 (로고 인쇄)",
                       "기념 수건 (자수·인쇄)", "면 에코백 (무지)", "로고 인쇄 에코백 (20수 캔버스)",
                       "포켓 에코백 (실크 인쇄)", "아크릴 키링 주문제작", "단체 티셔츠 (면 20수 라운드)",
                       "기능성 쿨 단체 티셔츠", "단체 바람막이 점퍼"], 0,
   "인쇄소가 아닌 곳(디자인 사무실, 문구점, 판촉물·의류 업체)이고 인후동도 아님")
_j(OVERRIDES, "lo04", ["친환경 세탁세제 (액상)"], 0, "세탁소가 아닌 세제 제조사")
_j(OVERRIDES, "lo06", ["한식 도시락 (제육볶음)", "불고기 도시락", "생선구이 정식 도시락"], 0,
   "도시락집의 도시락. 반찬가게 아님")
_j(OVERRIDES, "lo07", ["앙금플라워 떡케이크", "샐러드 도시락"], 0, "빵집이 아닌 곳의 제품")
_j(OVERRIDES, "lo09", ["원목 감사패"], 0, "상패 가게의 상패. 목공소 아님")
_j(OVERRIDES, "lo11", ["답례떡 꿀설기 (개별포장)", "개성약과 (개별포장)", "수제 쌀조청", "비빔밥 도시락",
                       "포기 배추김치", "쌀 수제쿠키 (개별포장)", "전통 식혜", "찹쌀 고추장", "작업복 세탁"], 0,
   "'가루'·'기름'이 설명에만 나오는 방앗간 아닌 곳의 제품")
_j(OVERRIDES, "mi04", ["사무실 관엽 화분 (떡갈고무나무)"], 0, "떡갈고무나무")

# --- 대체품(1) 또는 맞음(2): 훑기에서 찾은 것
_j(EXTRA_OK, "sy06 ty01 ty02 ls02", DESIGN_ONLY, 1, "리플릿 디자인만 하고 인쇄는 별도. 일부만 충족")
_j(EXTRA_OK, "ca06", DESIGN_ONLY, 1, "인쇄물 디자인만. 인쇄는 별도")
_j(EXTRA_OK, "ty03", ["파운드케이크"], 1, "케이크류이나 생일 케이크 모양이 아닌 구움과자")
_j(EXTRA_OK, "ex04", ["다과 케이터링 (떡·과일·음료)"], 1, "떡이 들어간 다과 차림 서비스. 떡만 사는 것의 대체")
_j(EXTRA_OK, "mi04", ["다과 케이터링 (떡·과일·음료)"], 1, "떡·식혜가 들어간 다과 차림 서비스", item="떡")
_j(EXTRA_OK, "mi04", ["떡국떡"], 1, "조리용 떡이라 바로 내놓기 어렵지만 떡", item="떡")
_j(EXTRA_OK, "mi03", ["다과 케이터링 (떡·과일·음료)"], 1, "음료가 들어간 다과 차림 서비스", item="음료")
_j(EXTRA_OK, "ca05", ["전통한지 A4 출력용지"], 1, "공예품은 아니지만 전주 전통한지 특산품")
_j(EXTRA_OK, "ex11 ls08", ["꽃길 조성 (식재 작업 포함)"], 1, "모종 공급과 심기까지 하는 용역. 모종만 사는 것의 대체")
_j(EXTRA_OK, "mi08", ["꽃길 조성 (식재 작업 포함)"], 1, "모종 공급 포함 식재 용역", item="꽃모종")
_j(EXTRA_OK, "lo01", ["떡국떡"], 2, "효자동 떡집에서 파는 떡")
_j(EXTRA_OK, "lo03", ["엽서 세트 (8종 인쇄)", "다꾸 스티커 제작"], 1,
   "인후동에서 엽서·스티커를 인쇄해 주는 곳이지만 인쇄소라기보다 굿즈 제작소")
_j(EXTRA_OK, "lo05", ["한지 공예 체험 (단체)"], 2, "풍남동 한지 공방이 여는 공예 체험")
_j(EXTRA_OK, "lo05", ["업사이클 에코백 만들기 체험", "목공 체험 교실"], 1, "다른 동 공방의 체험")
_j(EXTRA_OK, "lo07", ["쿠키 만들기 체험 교실"], 1, "중화산동 빵집의 체험 교실. 빵 자체는 아님")
_j(EXTRA_OK, "lo09", ["목공 체험 교실"], 1, "팔복동 목공소의 체험 교실. 목공 제품 자체는 아님")
_j(EXTRA_OK, "lo11", ["가래떡 (당일 뽑음)"], 2, "우아동 방앗간에서 뽑는 가래떡")
_j(EXTRA_OK, "lo11", ["콩고물 인절미"], 1, "다른 동(삼천동) 방앗간의 떡")
_j(OVERRIDES, "ls03", ["영양찰떡 (낱개 비닐포장)", "백설기 답례세트"], 2,
   "낱개 비닐포장·1인용 상자 세트라 개별 포장 조건을 채움(표기만 달라 기계 조건에서 빠짐)")
# --- 전체 라벨 검토(수요별 목록을 읽고)에서 고친 것
_j(OVERRIDES, "ls05", ["이불·침구 세탁", "업소용 수건 세탁", "커튼 세탁 (탈착·설치 포함)"], 1,
   "세탁 업체이지만 근무복·방한복이 아닌 침구·수건·커튼 세탁 상품")
_j(OVERRIDES, "ca02", ["우리밀 식빵"], 1, "통식빵은 다과로 바로 내기 어려움")
_j(EXTRA_OK, "ca10", ["수제 쌀조청"], 2, "국산 쌀 가공품(조청). 태그 묶음에 없어 빠졌던 것")
_j(OVERRIDES, "ca10", ["사과즙 (100% 착즙)", "배도라지즙", "착즙 토마토 주스 (무가당)"], 2,
   "지역 과일·채소를 짠 즙도 대표적인 농산물 가공품(수요 작성 때 1로 둔 것을 올림)")
_j(EXTRA_OK, "ca06", ["엽서 세트 (8종 인쇄)"], 1, "인쇄물이지만 굿즈 성격")
_j(EXTRA_OK, "ca06", ["보고서 제본 (무선·스프링)"], 1, "인쇄 후가공(제본)만")
_j(EXTRA_OK, "ca06", ["폼보드 안내판"], 1, "출력물 안내판. 현수막류와 같은 수준")
_j(OVERRIDES, "sp10", ["다과 케이터링 (떡·과일·음료)"], 1, "다과 차림이라 식사 뷔페의 대체 수준")
_j(OVERRIDES, "ty08", ["기관 소식지 편집·인쇄", "기록집·자서전 출판"], 1, "책자류이지만 카탈로그가 아닌 소식지·단행본")
_j(OVERRIDES, "ty01", ["기록집·자서전 출판"], 0, "단행본 출판. 팸플릿 대체가 아님")
_j(OVERRIDES, "ls01", ["카탈로그 디자인·제작", "기록집·자서전 출판", "팸플릿 제작 (8면 중철)"], 1,
   "책자류이지만 소식지가 아님(카탈로그·단행본·소책자)")
_j(OVERRIDES, "ls01", ["책자 인쇄 (무선제본)"], 1, "인쇄·제본은 되나 편집 디자인까지 맡는지 알 수 없음")
_j(OVERRIDES, "hy08", ["앙금플라워 떡케이크", "모둠 절편", "송편 (깨·콩)", "팥 시루떡", "가래떡 (당일 뽑음)",
                       "콩고물 인절미"], 1, "떡이지만 답례용 포장 단위가 아님(케이크·kg·판 단위)")
_j(OVERRIDES, "ls08", ["국화 모종 (가을 화단용)"], 1, "가을용 모종이라 3월 봄 화단 요청과 안 맞음")
_j(OVERRIDES, "ca11", ["떡 만들기 체험 교실", "쿠키 만들기 체험 교실", "한지 공예 체험 (단체)",
                       "목공 체험 교실", "업사이클 에코백 만들기 체험"], 1,
   "취미·공예 체험이라 구직자 직업체험으로는 대체 수준")
# ---------------------------------------------------------------------------------------


def norm(s):
    return s.lower()


def cond_ok(cond, row):
    text = norm(" ".join([row["제품명"], row["규격"], row["설명"]]))
    if "max_price" in cond and not (0 < int(row["단가"]) <= cond["max_price"]):
        return False
    if "text_all" in cond and not all(norm(w) in text for w in cond["text_all"]):
        return False
    if "text_any" in cond and not any(norm(w) in text for w in cond["text_any"]):
        return False
    return True


def grade_simple(want, ok, cond, row):
    tags = row["_tags"]
    if tags & nd.expand(want):
        return 2 if cond_ok(cond, row) else 1
    if tags & nd.expand(ok):
        return 1
    return 0


def mechanical(need, rows):
    """need -> {code: (grade, 품목)}"""
    out = {}
    kind = need["kind"]
    for r in rows:
        if kind == "multi_item":
            best = (0, "")
            for label, want, ok in need["items"]:
                g = grade_simple(want, ok, {}, r)
                if g > best[0]:
                    best = (g, label)
            if best[0]:
                out[r["제품코드"]] = best
        elif kind == "location":
            shop = need["shop"]
            if shop in r["_shops"] and r["_tags"] & nd.expand([shop]):
                out[r["제품코드"]] = (2 if r["_dong_base"] == need["dong"] else 1, "")
        else:
            g = grade_simple(need["want"], need["ok"], need["cond"], r)
            if g:
                out[r["제품코드"]] = (g, "")
    return out


def build_labels(rows):
    by_name = {}
    for r in rows:
        assert r["제품명"] not in by_name, "duplicate product name " + r["제품명"]
        by_name[r["제품명"]] = r["제품코드"]
    needs = {n["key"]: n for n in nd.NEEDS}
    labels = {k: mechanical(n, rows) for k, n in needs.items()}
    reviewed = {}
    for table in (EXTRA_OK, OVERRIDES):
        for (nk, pname), (g, item, why) in table.items():
            assert nk in needs, nk
            assert pname in by_name, pname
            code = by_name[pname]
            if needs[nk]["kind"] == "multi_item":
                assert g == 0 or item, (nk, pname, "multi_item needs 품목")
            if g:
                labels[nk][code] = (g, item)
            else:
                labels[nk].pop(code, None)
            reviewed[(nk, code)] = (g, why)
    return labels, reviewed


# ------------------------------------------------------------------ sweep
PARTICLES = ("에서", "으로", "까지", "부터", "하고", "이랑", "이면", "께서", "을", "를", "이", "가",
             "은", "는", "의", "에", "로", "와", "과", "도", "만", "께", "랑")
STOP = set("""제작 주문 구매 업체 곳 곳을 있는 있어야 합니다 필요합니다 찾습니다 찾고 정도 이하 개당 예산
만원 개 박스 장 매 포트 포트당 벌 명분 입니다 사무국입니다 좋겠습니다 싶습니다 있을까요 됩니다 괜찮습니다
주세요 알려 주실 해 수 한 번에 맡길 하는데 하려고 하려 드릴 드릴 쓸 것이면 더 좋고 모양이 고르지 않아도
매주 정기적으로 받고 이번 달 말까지 받을 정도 내년 전까지 개막 앞면에 나눠 사이즈별로 인쇄하고 주문할
당일 아침 가능한 배달 배달되어야 오전 열리는 참석자 점심 본관에서 기업지원 성과공유회 11월 12월 3월 4월
첫째 주 주까지 심으려고 주변 연못 납품해 관리사무소로 같은 마친 분들께 구직자분들께 새긴 센터 제작하고
관람객 휴게 공간과 주 3회 청소해 줄 인력이 와서 하는 용역이면 먹이로 농약을 적게 코끼리와 기린 계절이
바뀔 때마다 한꺼번에 세탁해야 수거와 배달까지 주는 역무원 겨울 보존기간이 끝난 재판 관련 약 폐기하려고
보안이 중요해서 직접 파쇄하고 발급해 입영 장병 환송 행사 때 입영자와 가족분들께 1인 1팩씩 준비하려
되어 병무청까지 곳이면 바뀌는 절차를 민원인께 안내하려고 접이식 중순까지 디자인과 인쇄까지 전주시의회
분기마다 천 부씩 찍어야 편집 디자인부터 인쇄·제본까지 및 포함 x 용 각종 지역 직원 역사 내 해외 게스트
선물용 공원 홍보용 구직자 영화제 간담회 명절 화단용 생일 취임 수제 과일 창문 친환경 로고 인쇄 답례
모양 계절 바뀌 인력 사이즈별 컬러 분기 부씩 민원인""".split())
SHOP_WORDS = {"shop_tteok": ["떡"], "shop_flower": ["꽃", "화환", "화분"], "shop_print": ["인쇄"],
              "shop_laundry": ["세탁"], "shop_craft": ["공방", "공예"], "shop_sidedish": ["반찬", "김치"],
              "shop_bakery": ["빵", "케이크", "쿠키"], "shop_cafe": ["커피", "원두"],
              "shop_wood": ["목공", "원목"], "shop_lunchbox": ["도시락"],
              "shop_mill": ["방앗간", "기름", "가루"]}
ONE_CHAR_OK = {"떡", "꽃", "빵", "난"}


def strip_particle(tok):
    for p in PARTICLES:
        if tok.endswith(p) and len(tok) - len(p) >= 2:
            return tok[: -len(p)]
    return tok


def content_words(need):
    texts = [need["text"]]
    texts += [need.get("intended", "")] + list(need.get("canon", []))
    if need["kind"] == "multi_item":
        texts += [it[0] for it in need["items"]]
    words = set()
    for t in texts:
        for tok in re.split(r"[^0-9A-Za-z가-힣]+", t):
            if not tok:
                continue
            base = strip_particle(tok)
            if base in STOP or re.search(r"[0-9]", tok):
                continue
            for w in {tok, base}:
                if w in STOP or w.upper() in ("XL", "L", "HP"):
                    continue
                if len(w) >= 2 or w in ONE_CHAR_OK:
                    words.add(w)
    if need["kind"] == "location":
        words |= set(SHOP_WORDS[need["shop"]])
        words.discard(need["dong"])
    if need["kind"] == "hanyeong":
        words = {w for w in words if re.search("[가-힣]", w)}
    return sorted(words)


def sweep(rows, labels, reviewed):
    lines, unreviewed = [], 0
    for n in nd.NEEDS:
        words = content_words(n)
        hits = []
        for r in rows:
            code = r["제품코드"]
            if code in labels[n["key"]] and (n["key"], code) not in reviewed:
                continue
            text = " ".join([r["제품명"], r["규격"], r["설명"]])
            found = [w for w in words if w.lower() in text.lower()]
            if not found and (n["key"], code) not in reviewed:
                continue
            if (n["key"], code) in reviewed:
                g, why = reviewed[(n["key"], code)]
                status = "검토됨 -> %d (%s)" % (g, why)
            else:
                status = "미검토"
                unreviewed += 1
            hits.append("  %s | %s | %s | 말: %s | %s" % (code, r["기업명"], r["제품명"],
                                                        ",".join(found) or "-", status))
        lines.append("[%s %s] %s   (말: %s)" % (n["key"], n["kind"], n["text"], " ".join(words)))
        lines.extend(hits or ["  (라벨 없는 제품 중 걸리는 것 없음)"])
    head = ["# 훑기 보고서: 수요의 내용어가 제품명·규격·설명에 들어 있는데 라벨이 없는 제품",
            "# 미검토 %d 건 (0 이어야 함). 검토 판단은 build_queries.py 의 EXTRA_OK/OVERRIDES." % unreviewed,
            ""]
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(head + lines) + "\n")
    return unreviewed


# ------------------------------------------------------------------ ids & output
def assign_ids():
    keys = sorted([n["key"] for n in nd.NEEDS] + [m[0] for m in nd.NO_MATCH])
    rng = random.Random(SEED)
    rng.shuffle(keys)
    return {k: "ZA-Q%03d" % i for i, k in enumerate(keys, 1)}


def write_csv(name, header, rows):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def main():
    rows = build_catalog.catalog_rows()
    labels, reviewed = build_labels(rows)
    unreviewed = sweep(rows, labels, reviewed)
    ids = assign_ids()
    needs = {n["key"]: n for n in nd.NEEDS}
    nomatch = {m[0]: m for m in nd.NO_MATCH}
    order = sorted(ids, key=lambda k: ids[k])

    q, kinds, qrels, hy, nmd = [], [], [], [], []
    for k in order:
        qid = ids[k]
        if k in needs:
            n = needs[k]
            q.append([qid, n["text"], n["qty"] if n["qty"] is not None else "",
                      n["budget"] if n["budget"] is not None else ""])
            kinds.append([qid, n["kind"]])
            for code, (g, item) in sorted(labels[k].items(), key=lambda x: (-x[1][0], x[0])):
                qrels.append([qid, code, g, item if n["kind"] == "multi_item" else ""])
            if n["kind"] == "hanyeong":
                hy.append([qid, n["text"], n["intended"]])
        else:
            m = nomatch[k]
            q.append([qid, m[3], "", ""])
            kinds.append([qid, "no_match"])
            nmd.append([qid, "어려움" if m[1] == "hard" else "쉬움", m[4], m[5]])
    write_csv("queries.csv", ["수요번호", "수요내용", "수량", "예산"], q)
    write_csv("query_kinds.csv", ["수요번호", "유형"], kinds)
    write_csv("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrels)
    write_csv("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"], nmd)
    write_csv("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"], hy)
    # 내부 키 <-> 수요번호 대응 (검토용)
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["내부키", "수요번호"])
        for k in sorted(ids):
            w.writerow([k, ids[k]])
    print("needs %d, qrels rows %d, sweep 미검토 %d" % (len(q), len(qrels), unreviewed))


if __name__ == "__main__":
    main()
