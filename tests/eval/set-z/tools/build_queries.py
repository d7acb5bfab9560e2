# -*- coding: utf-8 -*-
"""수요 150건(매칭 120 + 해당 없음 30)의 관련도 판정과 출력 파일 생성.

1) 기계적 판정: 제품 품목태그 ∩ 수요 want -> 2 (조건 불충족이면 1), ∩ ok -> 1
   location: 같은 가게유형 & 같은 동(○○동N가 포함) -> 2, 같은 유형 다른 동 -> 1
   multi_item: 품목별로 판정하고 품목 열에 수요에 적힌 품목명을 적는다
2) 사람 검토 결과: EXTRA_OK (0 -> 1), OVERRIDES (어떤 등급으로든 고정)
3) 스윕: 수요의 내용어가 제품명/규격/설명에 들어 있는데 미판정인 제품을 모두 나열 -> sweep_report.txt
4) 고정 시드로 섞어 Z-Q001…Z-Q150 부여
"""
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_catalog  # noqa: E402
from needs_data import NEEDS  # noqa: E402
from needs_data import I_EDU, I_CARE, I_SPED, I_VOC, I_SENIOR, I_WOMEN, I_FOREIGN, I_SELF, I_FOOD, I_JBDC, I_PARK, I_BUS  # noqa

PFX = 'Z'
SEED = 4242

# ---------------------------------------------------------------------------
# 해당 없음 수요 30건 (카탈로그 작성 후 작성)
# (key, 난이도, 기관, 문장, 수량, 예산, 겹치는 말, 해당 없음 이유)
NO_MATCH = [
    ('nm-01', 'hard', I_EDU, '복사기 임대', None, None, '복사',
     '복사기(기계) 임대를 원함. 카탈로그에는 복사용지만 있고 사무기기 임대는 없음'),
    ('nm-02', 'hard', I_BUS, '버스정보안내기(BIS) 단말기 유지보수', None, None, '버스정류장',
     '전자 장비 유지보수. 카탈로그의 정류장 관련 제품은 쉘터 세척 용역뿐'),
    ('nm-03', 'hard', I_BUS, '현수막 지정게시대 설치 공사', None, None, '현수막, 게시대',
     '게시대 구조물 설치 공사(건설). 카탈로그는 현수막 출력물만 있음'),
    ('nm-04', 'hard', I_BUS, '버스승강장 쉘터 유리 교체 공사', 3, None, '버스정류장 쉘터, 유리',
     '시설물 부품 교체 공사. 카탈로그의 쉘터 관련 제품은 고압 세척(청소)뿐'),
    ('nm-05', 'hard', I_EDU, '벽걸이 에어컨 이전 설치', 4, None, '벽걸이 에어컨',
     '냉난방기 이전·설치(설비 공사). 카탈로그에는 에어컨 세척만 있음'),
    ('nm-06', 'hard', I_JBDC, '정화조 청소 (분뇨 수거)', None, None, '청소',
     '분뇨수집운반업 허가가 필요한 업종. 카탈로그의 청소 용역과 다른 일'),
    ('nm-07', 'hard', I_SENIOR, '어르신 도시락 배달용 냉장 탑차 구입', 1, None, '도시락 배달, 어르신',
     '차량 구입. 카탈로그의 어르신 도시락 배달은 도시락(식사) 서비스이고 차량은 없음'),
    ('nm-08', 'hard', I_JBDC, '전기 안전 점검 용역', None, None, '용역',
     '전기안전관리 면허 업무. 카탈로그의 용역은 청소·방역·조경뿐'),
    ('nm-09', 'hard', I_PARK, '가로수 작업용 고소작업차 임대', None, None, '가로수',
     '장비(차량) 임대. 카탈로그의 가로수 관련 제품은 가지치기 작업 용역으로 장비 단독 임대가 아님'),
    ('nm-10', 'hard', I_SELF, '떡 절편기 (떡 만드는 기계)', 1, None, '떡, 절편',
     '떡 제조 기계 구입. 카탈로그에는 떡(식품)만 있음'),
    ('nm-11', 'hard', I_WOMEN, '커피 머신 렌탈', None, None, '커피',
     '커피 머신 임대. 카탈로그에는 원두·커피 음료·출장 커피뿐'),
    ('nm-12', 'hard', I_SENIOR, '업소용 세탁기 수리', None, None, '업소용, 세탁',
     '가전 수리. 카탈로그의 세탁 관련 제품은 세탁 대행 서비스'),
    ('nm-13', 'hard', I_PARK, '승용 잔디깎기 기계 구입', 2, None, '잔디 깎기',
     '기계 구입. 카탈로그에는 잔디 깎기 작업 용역만 있음'),
    ('nm-14', 'hard', I_FOOD, '쌀 도정기', 1, None, '쌀',
     '농기계 구입. 카탈로그에는 쌀(양곡)만 있음'),
    ('nm-15', 'hard', I_EDU, '명함 관리 프로그램', None, None, '명함, 프로그램',
     '소프트웨어. 카탈로그에는 명함 인쇄와 명함 케이스만 있음'),
    ('nm-16', 'hard', I_SENIOR, '식기세척기 설치', 1, None, '식기, 세척',
     '주방 설비 구입·설치. 카탈로그의 주방·식기 분류는 소모품·식기뿐'),
    ('nm-17', 'hard', I_JBDC, '연막 방역 소독기 구매', 2, None, '방역 소독',
     '방역 장비 구입. 카탈로그에는 방역 소독 용역만 있음'),
    ('nm-18', 'hard', I_FOREIGN, '휴대용 통역기', 10, None, '통역',
     '전자기기 구입. 카탈로그의 통역은 통역사 파견(사람) 서비스'),
    ('nm-19', 'hard', I_WOMEN, '청소년 상담 프로그램', None, None, '청소년, 프로그램',
     '심리상담(자격이 필요한 다른 활동). 카탈로그의 청소년 프로그램은 진로 체험 교육'),
    ('nm-20', 'hard', I_SPED, '감각통합 치료사 파견', None, None, '감각, 파견',
     '치료(자격 필요) 인력. 카탈로그에는 감각 교구(물건)와 강사·통역사 파견만 있음'),
    ('nm-21', 'easy', I_EDU, '법률 자문 변호사 선임', None, None, '', '법률 서비스, 카탈로그와 무관'),
    ('nm-22', 'easy', I_FOREIGN, '해외 출장 항공권 예약', None, None, '', '여행·항공, 카탈로그와 무관'),
    ('nm-23', 'easy', I_SELF, '직원 건강검진 기관', None, None, '', '의료 서비스, 카탈로그와 무관'),
    ('nm-24', 'easy', I_SPED, '노트북 컴퓨터 20대', 20, None, '', '전자기기, 카탈로그와 무관'),
    ('nm-25', 'easy', I_JBDC, '관용차 자동차보험 갱신', None, None, '', '보험, 카탈로그와 무관'),
    ('nm-26', 'easy', I_CARE, '수영 강습 등록', None, None, '', '체육 강습, 카탈로그와 무관'),
    ('nm-27', 'easy', I_VOC, '휴대폰 요금제 변경', None, None, '', '통신, 카탈로그와 무관'),
    ('nm-28', 'easy', I_PARK, '골프장 부킹', None, None, '', '레저, 카탈로그와 무관'),
    ('nm-29', 'easy', I_SENIOR, '치과 진료 예약', None, None, '', '의료, 카탈로그와 무관'),
    ('nm-30', 'easy', I_FOOD, '주차장 부지 매입', None, None, '', '부동산, 카탈로그와 무관'),
]

# ---------------------------------------------------------------------------
# 스윕 후 사람 판단.
# EXTRA_OK: (수요 key, 제품명) -> 사유.  기계 판정 0 -> 1 로 올린다.
EXTRA_OK = {
    ('hy-02', '단체 후드 집업'): '단체복으로 티셔츠 대신 쓸 수 있는 대체품',
    ('sp-04', '단체 후드 집업'): '단체복으로 티셔츠 대신 쓸 수 있는 대체품',
    ('hy-08', '물탱크 청소'): '시설 청소 용역의 한 종류. 일반 건물 청소는 아니지만 시설관리팀이 받아들일 만함',
    ('cs-08', '천연염색 손수건'): '기념품 맥락에서 수건 대신 줄 수 있는 섬유 기념품',
    ('cs-10', '방과후 보드게임 수업'): '돌봄교실에서 보드게임 대신 보드게임 수업을 들일 수 있음',
    ('cat-09', '답례품 꾸러미 (쿠키·차)'): '쿠키·차로 된 식품 선물 꾸러미, 명절용으로 쓸 만함',
    ('hy-10', '답례품 꾸러미 (쿠키·차)'): '쿠키·차로 된 식품 선물 꾸러미, 명절 선물세트의 대체품',
    ('cat-10', '제초·예초 작업'): '화단 관리 용역(ok 목록의 조경 용역과 같은 등급)',
    ('exact-11', '부직포 가방 로고 인쇄'): '부직포 쇼핑백으로 흔히 쓰는 대체품',
    ('sp-06', '답례품 꾸러미 (쿠키·차)'): '쿠키가 들어 있는 꾸러미, 부분 대체',
}

# OVERRIDES: (수요 key, 제품명) -> (등급, 품목, 사유).  등급 0 은 '검토했고 관련 없음'.
OVERRIDES = {}


def _zero(key, names, reason):
    for nm in names:
        OVERRIDES[(key, nm)] = (0, '', reason)


_UP = ['폐현수막 업사이클 장바구니', '현수막 원단 파우치', '업사이클 필통', '현수막 원단 방수 앞치마']
_RICE_WORD = ['쌀뜨물 설거지 비누', '찹쌀떡 낱개포장 (답례용)', '떡볶이 떡 쌀 100%', '쌀강정 500g', '찹쌀 고추장 1kg',
              '쌀겨 천연비누 100g']
_PRINTED_GOODS = ['기관명 인쇄 노크식 볼펜', '망사 조끼 (로고 인쇄)', '단체 티셔츠 라운드 면 20수', '단체 티셔츠 기능성 쿨론',
                  '종이 쇼핑백 로고 인쇄', '부직포 가방 로고 인쇄', '기념 수건 인쇄 (30수 140g)', '캔버스 에코백 (로고 인쇄)',
                  '머그컵 (로고 인쇄)', '장우산 로고 인쇄']
_zero('exact-03', ['두부과자 200g'], '두부로 만든 과자일 뿐 두부가 아님')
for k in ('exact-04', 'cs-04'):
    _zero(k, ['명함 지갑형 금속 케이스', '한지 명함 지갑'], '명함을 넣는 케이스, 명함 제작이 아님')
_zero('exact-06', ['작업복 정기 수거 세탁'], '작업복 세탁 서비스, 옷 자체가 아님')
for k in ('exact-07', 'qt-02', 'mi-07'):
    _zero(k, _RICE_WORD, '이름에 쌀이 들어간 다른 식품·비누')
for k in ('exact-08', 'ls-10'):
    _zero(k, ['손소독제 500ml 펌프형', 'KF94 방역 마스크 (50매)'], '소독·방역 물품, 방역 소독 용역이 아님')
_zero('typo-06', ['소고기 육개장 밀키트 (2인)'], '다른 음식의 밀키트')
_zero('typo-07', ['위생복·조리복 세탁', '작업복 정기 수거 세탁'], '옷 세탁 서비스, 커튼 세탁을 하지 않음')
_zero('typo-07', ['친환경 세탁세제 2.5L'], '세제(물품), 세탁 서비스가 아님')
_zero('typo-10', ['친환경 세탁세제 2.5L'], '빨래용 세제, 설거지용이 아님')
for k in ('hy-01', 'mi-09'):
    _zero(k, ['원형 화분 받침 (10개)', '에코 화분 만들기 키트'], '화분 받침·만들기 키트, 화분이 아님')
_zero('hy-02', ['한지 공예 체험 (단체 방문)', '망사 조끼 (로고 인쇄)', '회의용 아메리카노 단체주문', '염색 티셔츠 만들기 키트'],
      '단체·티셔츠라는 말만 겹침. 조끼·체험·커피·염색 키트는 단체 티셔츠가 아님')
for k in ('hy-04', 'qt-03', 'ls-06'):
    _zero(k, ['천연염색 손수건', '홀치기 염색 손수건 키트', '업소용 세탁 (수건·시트)'], '손수건·염색 키트·수건 세탁, 수건이 아님')
_zero('cs-08', ['홀치기 염색 손수건 키트', '업소용 세탁 (수건·시트)'], '염색 키트·세탁 서비스, 수건 기념품이 아님')
_zero('ls-06', ['춘추 근무복 상하 세트'], '자수라는 말만 겹치는 근무복')
for k in ('hy-08', 'ls-08', 'cat-11'):
    _zero(k, ['청소년 진로 체험 프로그램'], "'청소년'의 청소, 청소 용역이 아님")
_zero('hy-08', ['잔디 깎기 용역'], '조경 용역, 청소 용역이 아님')
_zero('ls-08', ['물탱크 청소'], '사무실 바닥 정기 청소를 원함. 물탱크 청소는 다른 일')
_zero('cat-11', ['물탱크 청소', '잔디 깎기 용역'], '승강장 정비와 무관한 시설 용역')
_zero('hy-09', ['친환경 주방세제 1L', '친환경 세탁세제 2.5L'], '친환경이라는 말만 겹침, 화장지가 아님')
_zero('cs-09', ['재생펄프 두루마리 화장지 30롤'], '친환경이라는 말만 겹침, 세제가 아님')
OVERRIDES[('mi-04', '다과 세트 (떡·과일·음료)')] = (1, '떡', '떡이 들어 있는 다과 세트, 떡 품목의 대체품')
_zero('hy-11', ['목공 체험 (새집 만들기)', '천연비누 만들기 체험', '도자기 컵 만들기 체험'], '방문 체험 프로그램, 키트(물건)가 아님')
_zero('hy-11', ['소고기 육개장 밀키트 (2인)', '국물 떡볶이 밀키트 (2인)'], '밀키트(음식)')
_zero('sp-01', ['폐현수막 업사이클 장바구니', '접이식 면 장바구니'], '장바구니, 꽃바구니가 아님')
_zero('sp-02', ['바람떡 1kg', '행사용 모둠떡 (30인분)', '가래떡 (떡국용 썰기)', '찹쌀떡 낱개포장 (답례용)', '팥시루떡 (1되)',
                '떡볶이 떡 쌀 100%', '다과 세트 (떡·과일·음료)', '국물 떡볶이 밀키트 (2인)'],
      '떡케이크를 찾는 상품 검색. 일반 떡은 케이크 대용이 아님')
for k in ('sp-02', 'ls-02'):
    _zero(k, ['수건 케이크 (답례용)'], '수건을 케이크 모양으로 포장한 답례품')
_zero('sp-03', ['에코 화분 만들기 키트'], '에코라는 말만 겹침')
_zero('sp-07', ['미용티슈 200매 (6개입)'], '마른 티슈, 물티슈가 아님')
_zero('sp-08', ['스테인리스 모종삽', '스테이플러 중형 35매', '홀치기 염색 손수건 키트', '목장갑 13게이지 (10켤레)'],
      '고무/장갑이라는 말만 겹침. 면장갑은 물일용 고무장갑 대용이 아님')
for k in ('cs-02', 'qt-05', 'ls-01', 'mi-02'):
    _zero(k, _UP, '폐현수막으로 만든 가방·소품, 현수막이 아님')
_zero('cs-03', ['펄프 도시락 용기 (100개)', '도시락 보냉 가방', '도시락김 (24봉)'], '도시락 용기·가방·김, 도시락이 아님')
_zero('cs-07', ['텀블러·빨대 세척솔 세트'], '세척솔, 텀블러가 아님')
_zero('cs-11', ['팬지 모종'], '설명의 화단용이라는 말만 겹침')
_zero('qt-01', ['꿀설기 개별포장'], '규격 80g만 겹침')
_zero('qt-02', ['부숙 유기질 비료 20kg', '쌍화차 (10포)'], '규격어만 겹침')
_zero('qt-04', ['KF94 방역 마스크 (50매)', '미니 약과 개별포장 (30개)', '단팥빵 개별포장', '버터 수제 쿠키 개별포장',
                '햄치즈 샌드위치', '에그베이컨 샌드위치', '마들렌 개별포장', '위생 나무젓가락 개별포장 (100벌)'],
      '개별포장이라는 말만 겹침. 답례떡을 원함')
_zero('qt-05', ['중성 볼펜 0.5mm 흑색', '원목 책꽂이 3단', '원목 교구장 3×3', 'PP 마대자루 60×90',
                '어린이 유기농 포도 주스 (125ml×24)'], '규격 숫자만 겹침')
_zero('qt-10', ['신동진 쌀 10kg'], '규격 10kg만 겹침')
_zero('ls-03', ['원목 교구장 3×3'], '교구를 넣는 수납 가구, 교구가 아님')
_zero('cat-03', ['원목 교구장 3×3'], '교구를 넣는 수납 가구, 교구·놀이 용품이 아님')
_zero('ls-03', ['위생 나무젓가락 개별포장 (100벌)'], '나무라는 말만 겹침')
_zero('ls-05', ['어르신 영양 도시락 배달', '밑반찬 3종 정기배달', '직장인 정기 도시락'], '김치가 아닌 도시락·반찬')
_zero('ls-07', ['소책자 중철 16쪽 100부'], '인쇄는 따로 맡긴다고 했음. 번역만 원함')
_zero('ls-07', ['결혼이민자 한국어 교재'], '대상만 겹치는 교재')
_zero('ls-11', ['부숙 유기질 비료 20kg', '스테인리스 모종삽', '화단 꽃 식재 작업', '화단 조성 및 연간 관리'],
      '모종 납품을 원함. 비료·도구·식재 용역은 아님')
_zero('cat-01', ['사무실 정기 청소 (월 2회)', '커튼 세탁 (수거·설치 포함)'], '사무실이라는 말만 겹침')
_zero('cat-05', ['주방용 방수 앞치마'], '경로식당이 설명에 나올 뿐 식재료가 아님')
_zero('cat-06', _PRINTED_GOODS, '로고를 인쇄한 판촉물·의류, 홍보 인쇄물이 아님')
_zero('cat-06', ['명함 인쇄 일반지 200매', '명함 인쇄 고급지 양면 200매', '대봉투 인쇄 500매', '수료증·상장 인쇄 (100매)',
                 '문서 보존상자 (10개입)'], '인쇄물이지만 홍보물이 아님')
_zero('cat-09', ['테이프 커터 + 투명 테이프 세트', '한지 부채 만들기 키트', '춘추 근무복 상하 세트', '트레이닝복 상하 세트',
                 '다과 세트 (떡·과일·음료)', '주먹밥 세트 (3개)', '어묵탕 세트 (4인)', '텀블러·빨대 세척솔 세트',
                 '수건 2장 선물세트', '스테인리스 수저 세트 (10벌)', '빗자루·쓰레받기 세트', '한옥마을 엽서 세트 (8매)',
                 '스투키 화분 (중)'],
      '세트라는 말만 겹침. 명절 선물용 식품 세트가 아님(다과·어묵탕 세트는 행사·조리용)')
_zero('cat-10', ['방부목 피크닉 테이블'], '공원 시설물, 화단 자재가 아님')
_zero('loc-09', ['편백 원목 쟁반 (대)', '커피박 화분'], '설명의 카페라는 말만 겹침')
_zero('mi-04', ['가래떡 (떡국용 썰기)', '떡볶이 떡 쌀 100%', '국물 떡볶이 밀키트 (2인)'], '간식용 떡이 아닌 요리 재료')
_zero('mi-05', ['한지 선물 포장 상자'], '선물 포장 상자, 택배상자가 아님 (ok 태그 gift_box 를 사람이 0 으로 고침)')

# 스윕에서 뺄 문맥어 (수요 key -> 단어): 품목이 아니라 상황·규격을 말하는 말
SWEEP_IGNORE = {
    'syn-05': ['행사'], 'qt-01': ['A4'], 'qt-02': ['20kg', '10포'], 'qt-05': ['5m', '90cm'], 'qt-07': ['100벌'],
    'qt-09': ['A4', '3단'], 'qt-10': ['10kg'], 'ls-01': ['1개'], 'ls-02': ['있는', '돌봄교실'],
    'ls-03': ['저학년', '수업'], 'ls-04': ['장애인', '있는', '작업장'], 'ls-05': ['배식', '20kg', '정기', '어르신'],
    'ls-07': ['전주', '인쇄', '안내', '있는'], 'ls-08': ['사무실'], 'ls-09': ['인쇄', '식품'], 'ls-10': ['단지', '시설'],
    'cat-06': ['행사'], 'cat-09': ['식품', '선물용'], 'cat-10': ['필요한'], 'cat-11': ['환경'],
}

# ---------------------------------------------------------------------------


def dong_base(d):
    return re.sub(r'\d+가$', '', d)


def text_of(p):
    return ' '.join([p['name'], p['spec'], p['desc']])


def cond_ok(cond, p):
    t = text_of(p)
    if 'price_max' in cond and p['price'] > cond['price_max']:
        return False
    if 'spec_all' in cond and not all(s in t for s in cond['spec_all']):
        return False
    if 'spec_any' in cond and not any(s in t for s in cond['spec_any']):
        return False
    return True


def grade_simple(want, ok, cond, p):
    if p['tags'] & set(want):
        return 2 if cond_ok(cond, p) else 1
    if p['tags'] & set(ok):
        return 1
    return 0


def mechanical(n, p):
    """(등급, 품목) 반환."""
    kind = n['kind']
    if kind == 'location':
        loc = n['loc']
        if p['shop'] in loc['shops']:
            return (2 if dong_base(p['dong']) == loc['dong'] else 1), ''
        return 0, ''
    if kind == 'multi_item':
        best, label = 0, ''
        for it in n['items']:
            g = grade_simple(it['want'], it['ok'], {}, p)
            if g > best:
                best, label = g, it['label']
        return best, label
    return grade_simple(n['want'], n['ok'], n['cond'], p), ''


STOP = set('''제작 서비스 구매 구입 업체 제품 주문 가능 가능한 필요 필요합니다 있을까요 있으면 좋겠습니다 부탁드립니다
정도 예정 예정이라 대상 사회적기업 사회적경제기업 우선구매 견적 추천 적합한 것을 하려고 하는데 하는데요 합니다 있어
알려 주세요 주시기 바랍니다 찾고 찾습니다 구합니다 있습니다 정보를 실시하려고 계약 저희 관리하는 매주 한 번에 국내산 재료로
일체 쓸 사무실에서 다음 달 셋째 주에 같이 나눠 먹을 곳이 곳을 곳 하오니 본교 학급당 세트씩 수업에 용품 준비 등 수량은 각
내년 중순까지 납품받고 싶습니다 드릴 준비하려 넣을 수 때 우선 따로 맡길 옮기려고 해 줄 만 개 장 벌 박스 포 부 켤레 이하 이하로
개당 예산 만원 천원 원 약 두 달에 기념 센터 이름을 인쇄하거나 자수로 위해 분기마다 대해 단지의 공사가 기부받은 식품을 가정에
취약계층 드릴 튼튼한 구매하려고 로고 인쇄가 가능하면 바닥 교육장 정기적으로 맡길 한 달에 번 1월부터'''.split())
PARTICLES = ['에서', '으로', '까지', '하고', '이랑', '을', '를', '이', '가', '은', '는', '에', '의', '로', '와', '과', '도', '랑', '나']


def content_words(n):
    base = n.get('intended') or n['text']
    words = set()
    for tok in re.findall(r'[가-힣A-Za-z0-9]+', base):
        cands = {tok}
        for pa in PARTICLES:
            if tok.endswith(pa) and len(tok) - len(pa) >= 1:
                cands.add(tok[:-len(pa)])
        for c in cands:
            if c in STOP or c.isdigit():
                continue
            if len(c) >= 2 or c in ('떡', '쌀'):
                words.add(c)
    if n['kind'] == 'multi_item':
        words |= {it['label'] for it in n['items']}
    if n['kind'] == 'location':
        words = {w for w in words if w != n['loc']['dong']}
    return words


def label_all(products):
    qrels = {}  # key -> {code: (grade, item, source)}
    for n in NEEDS:
        d = {}
        for p in products:
            g, item = mechanical(n, p)
            if g:
                d[p['code']] = (g, item, 'auto')
        qrels[n['key']] = d
    by_name = {p['name']: p for p in products}
    for (key, pname), reason in EXTRA_OK.items():
        p = by_name[pname]
        if p['code'] not in qrels[key]:
            qrels[key][p['code']] = (1, '', 'extra_ok')
    for (key, pname), (g, item, reason) in OVERRIDES.items():
        p = by_name[pname]
        if g == 0:
            qrels[key].pop(p['code'], None)
        else:
            qrels[key][p['code']] = (g, item, 'override')
    return qrels


def sweep(products, qrels):
    reviewed = {(k, n) for (k, n) in EXTRA_OK} | {(k, n) for (k, n) in OVERRIDES}
    lines, open_items = [], 0
    for n in NEEDS:
        words = content_words(n)
        hits = []
        for p in products:
            if p['code'] in qrels[n['key']]:
                continue
            t = text_of(p)
            found = sorted(w for w in words if w in t and w not in SWEEP_IGNORE.get(n['key'], ()))
            if found:
                mark = 'REVIEWED' if (n['key'], p['name']) in reviewed else 'OPEN'
                if mark == 'OPEN':
                    open_items += 1
                hits.append(f'   [{mark}] {p["code"]} {p["name"]} <- {",".join(found)}')
        if hits:
            lines.append(f'{n["key"]} ({n["kind"]}) "{n["text"]}"')
            lines.extend(hits)
    return lines, open_items


def main():
    products = build_catalog.build()
    qrels = label_all(products)
    lines, open_items = sweep(products, qrels)

    # 검토 기록도 보고서에 남긴다
    rep = ['# 스윕 보고서: 수요 내용어가 들어 있는데 관련도가 없는 제품', f'# 미검토(OPEN) {open_items}건', '']
    rep += lines
    rep += ['', '# EXTRA_OK (0 -> 1)']
    rep += [f'{k} | {n} | {r}' for (k, n), r in sorted(EXTRA_OK.items())]
    rep += ['', '# SWEEP_IGNORE (문맥어, 스윕 대상에서 제외)']
    rep += [f'{k} | {", ".join(v)}' for k, v in sorted(SWEEP_IGNORE.items())]
    rep += ['', '# OVERRIDES (등급 고정; 0 = 검토 후 관련 없음)']
    rep += [f'{k} | {n} | {g} {it} | {r}' for (k, n), (g, it, r) in sorted(OVERRIDES.items())]
    with open(os.path.join(HERE, 'sweep_report.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(rep) + '\n')

    # 섞고 번호 매기기
    allneeds = [dict(key=n['key'], kind=n['kind'], text=n['text'], qty=n['qty'], budget=n['budget'], n=n)
                for n in NEEDS]
    for (key, diff, inst, text, qty, budget, overlap, reason) in NO_MATCH:
        allneeds.append(dict(key=key, kind='no_match', text=text, qty=qty, budget=budget, diff=diff, overlap=overlap,
                             reason=reason, n=None))
    rng = random.Random(SEED)
    rng.shuffle(allneeds)
    for i, a in enumerate(allneeds, 1):
        a['id'] = f'{PFX}-Q{i:03d}'

    def w(name, header, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[a['id'], a['text'], '' if a['qty'] is None else a['qty'], '' if a['budget'] is None else a['budget']]
       for a in allneeds])
    w('query_kinds.csv', ['수요번호', '유형'], [[a['id'], a['kind']] for a in allneeds])
    qrows = []
    for a in allneeds:
        if a['kind'] == 'no_match':
            continue
        for code, (g, item, src) in sorted(qrels[a['key']].items()):
            qrows.append([a['id'], code, g, item if a['kind'] == 'multi_item' else ''])
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrows)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[a['id'], a['diff'], a['overlap'], a['reason']] for a in sorted(allneeds, key=lambda x: x['id'])
       if a['kind'] == 'no_match'])
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[a['id'], a['text'], a['n']['intended']] for a in allneeds if a['kind'] == 'hanyeong'])
    # 내부 대응표 (도구 폴더에만)
    w('tools/id_map.csv', ['수요번호', 'key', '유형', '기관'],
      [[a['id'], a['key'], a['kind'], a['n']['inst'] if a['n'] else dict((x[0], x[2]) for x in NO_MATCH)[a['key']]]
       for a in allneeds])
    print(f'needs {len(allneeds)}, qrels rows {len(qrows)}, sweep OPEN {open_items}')


if __name__ == '__main__':
    main()
