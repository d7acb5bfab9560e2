# -*- coding: utf-8 -*-
"""4·5단계: 기계적 라벨링 + 누락 점검(sweep) + 섞어서 번호 매기기.

출력: ../queries.csv, ../query_kinds.csv, ../qrels.csv, ../no_match_detail.csv,
      ../hanyeong_intended.csv, sweep_report.txt

라벨 규칙
  want 태그(튜플이면 태그 전부)를 가진 제품 = 2. 단 cond(단가 상한·규격)를 못 맞추면 1.
  ok 태그를 가진 제품 = 1.
  위치: 가게 종류(SHOP_TAGS) 품목 + 같은 동(○○동1가 등 포함) = 2, 다른 동 = 1.
  복수품목: 품목별로 위 규칙, 제품마다 가장 높은 품목 하나를 품목 칸에 적는다.
  그 뒤 EXTRA_OK(추가) / OVERRIDES(변경, 0이면 삭제)를 적용한다. 모두 이유를 남긴다.
"""
import csv
import os
import random
import re

from needs_data import NEEDS, NO_MATCH, SHOP_TAGS
from build_catalog import products

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
SEED = 20251207

# ---------------------------------------------------------------------------
# 누락 점검 뒤 사람이 판단해 추가한 것: (수요 key, 제품코드) -> (관련도, 품목, 이유)
EXTRA_OK = {}
# 자동 라벨을 바꾼 것: (수요 key, 제품코드) -> (관련도, 품목, 이유). 관련도 0 = 삭제
OVERRIDES = {}
# 점검에서 본 뒤 관련 없다고 판단한 것: (수요 key, 제품코드) -> 이유
REVIEWED_NO = {}


def add(key, codes, grade, reason, item=''):
    for c in codes.split():
        EXTRA_OK[(key, c)] = (grade, item, reason)


def chg(key, codes, grade, reason, item=''):
    for c in codes.split():
        OVERRIDES[(key, c)] = (grade, item, reason)


def no(keys, codes, reason):
    for k in keys.split():
        for c in codes.split():
            REVIEWED_NO[(k, c)] = reason


# --- 추가 (EXTRA_OK) ---
add('SY10', 'ZK0231', 1, '부직포 쇼핑백: 천으로 된 배부용 가방이라 대체 가능')
add('TY10', 'ZK0231', 1, '부직포 쇼핑백: 에코백 대용으로 흔히 쓰는 배부용 가방')
add('QT08', 'ZK0231', 1, '부직포 쇼핑백 1,200원: 에코백 대용 가능(조건 단가는 맞지만 품목이 다름)')
add('TY04', 'ZK0094', 1, '석고 방향제: 디퓨저는 아니지만 실내 방향 용도로 대체 가능')
add('CA05', 'ZK0094', 1, '석고 방향제: 향 소품으로 키트 구성 대체 가능')
add('CA05', 'ZK0262', 2, '아로마 롤온: 힐링 키트에 바로 넣는 향 소품')
add('TY07', 'ZK0266', 1, '보드게임 강사 파견: 게임을 가지고 오는 수업. 물품 구매는 아님')
add('TY11', 'ZK0259', 1, '힐링키트 안에 말랑볼이 들어 있음(낱개 스트레스볼은 아님)')
add('LS01', 'ZK0259', 1, '힐링키트 안에 말랑볼이 들어 있음. 300개 배부용으로는 비싸지만 대체 가능')
add('SP11', 'ZK0160 ZK0163', 1, '병 커피(콜드브루·더치): 바로 마시는 커피 제품이라 드립백 대체 가능')
add('LS10', 'ZK0019', 1, '출력·복사 대행에 스프링 제본 포함: 자료집 100부 대체 가능(편집 디자인은 없음)')
add('CA01', 'ZK0038 ZK0039 ZK0063 ZK0288', 1,
    '어린이 문구세트·색연필·사무용 팔토시·박스테이프: 사무용품점에서 함께 사는 물품이나 핵심 사무용품은 아님')
add('CA02', 'ZK0071', 1, '농작업 엉덩이 방석: 농작업용품이지만 보호용품은 아님')
add('CA02', 'ZK0076', 1, '볼캡: 햇빛 가리는 모자로 대체 가능')
add('CA03', 'ZK0152', 1, '로고 프린트 쿠키: 먹는 판촉물로 기념품 대체 가능')
add('CA03', 'ZK0058 ZK0059', 1, '반사 밴드·키링: 판촉용 배부 물품')
add('CA04', 'ZK0074', 1, '쿨론 기능성 티셔츠: 더위 대비 의류로 대체 가능')
add('CA04', 'ZK0076', 1, '볼캡: 햇빛 가리개 대체')
add('CA06', 'ZK0134', 1, '꼬마김밥: 간식으로도 쓰는 한입 김밥')
add('CA08', 'ZK0052', 1, '방한 작업 점퍼: 현장 작업복 계열(대체)')
add('CA09', 'ZK0020', 1, '홍보물 편집디자인: 홍보물 제작의 일부(인쇄 전 디자인)')
add('CA09', 'ZK0251', 1, '교통안전 인형극: 같은 캠페인 활동이지만 홍보물은 아님')
add('CA11', 'ZK0284', 1, '다국어 안내문 제작(번역+디자인): 홍보 콘텐츠 제작으로 일부 대체')
add('LO02', 'ZK0205', 1, '프리저브드 플라워 박스: 꽃집(꽃마중, 중화산동) 상품, 다른 동')
add('LO02', 'ZK0199 ZK0200', 1, '테라리움·꽃씨 키트: 화원(초록손, 효자동) 상품, 다른 동')
add('LO03', 'ZK0018 ZK0019', 1, '탁상달력 제작·출력 대행: 인쇄소(바른프린트, 금암동) 상품, 다른 동')
add('LO05', 'ZK0094', 2, '석고 방향제: 풍남동2가 비누 공방(비누꽃협동조합)이 만든 공방 상품')
add('LO05', 'ZK0155', 1, '쿠키 만들기 체험: 베이킹 공방(달콤공방, 금암동) 체험, 다른 동')
add('LO11', 'ZK0155', 1, '쿠키 만들기 체험: 빵집(달콤공방, 금암동) 상품, 다른 동')
add('MU04', 'ZK0137', 1, '핑거푸드 케이터링에 샌드위치 포함: 샌드위치 대체', item='샌드위치')

# CA09: 교통안전 캠페인 홍보물 — 수요 ok 에 적은 판촉물(우산·물티슈·에코백·볼펜·배지)과 같은 성격의
# 판촉 기념품(promo+souvenir)은 모두 1 로 맞춘다.
def _rule_extras(prods, auto):
    for p in prods:
        if {'promo', 'souvenir'} <= p['tags'] and p['code'] not in auto.get('CA09', {}) \
                and ('CA09', p['code']) not in EXTRA_OK:
            EXTRA_OK[('CA09', p['code'])] = (1, '', '판촉 기념품: 캠페인 배부물로 대체 가능(ok 에 적은 판촉물과 같은 성격)')


# --- 변경 (OVERRIDES) ---
chg('MU01', 'ZK0031', 1, 'A3 용지: A4용지 요청에 규격이 다름', item='A4용지')
chg('LS05', 'ZK0197', 1, '미니 다육 화분: 중형 화분 요청에 크기가 작음')

chg('EX06', 'ZK0077', 0, '자원봉사 망사 조끼: 봉사단 구분용이라 작업복 대체로 보기 어려움')
chg('HY04', 'ZK0119 ZK0126', 0, '떡케이크: 축하용 케이크로 답례떡 대체가 아님')
chg('QT03', 'ZK0119 ZK0126', 0, '떡케이크: 축하용 케이크로 답례떡 대체가 아님')
chg('CA06', 'ZK0119 ZK0126', 1, '떡케이크: 간식으로 나눌 수는 있으나 축하용 케이크')
chg('CA06', 'ZK0121', 1, '가래떡 1kg: 떡국·구이용이라 바로 먹는 간식은 아님')
chg('CA06', 'ZK0151', 1, '통밀 식빵 한 봉: 잘라서 나눠야 하는 식사용 빵')
chg('CA02', 'ZK0063', 1, '사무용 면 팔토시: 농작업 보호용으로는 약한 대체품')
chg('CA11', 'ZK0276', 1, '직원 프로필 사진: 홍보 콘텐츠라기보다 인사용 사진')
chg('LS10', 'ZK0021 ZK0022 ZK0023 ZK0224', 0, '카드뉴스·로고·인포그래픽·손글씨 디자인: 자료집 편집 디자인이 아님')

# --- 점검 후 관련 없음 (REVIEWED_NO) ---
no('EX02 TY08 HY03 CH02 MU06 LO03', 'ZK0211', '한지 명함꽂이는 명함 케이스(공예품)이지 명함 인쇄가 아님')
no('EX03 TY01 HY02 CH03 QT02 LO09 MU03', 'ZK0232 ZK0233', '폐현수막으로 만든 가방: 현수막이 아님')
no('EX03 TY01 HY02 CH03 QT02 LO09 MU03', 'ZK0235', '현수막 가방 만들기 체험: 현수막이 아님')
no('EX03 TY01 HY02 CH03 QT02 LO09 MU03', 'ZK0224', '현수막 제목용 손글씨 디자인만 함, 현수막 제작 아님')
no('EX06 SY07 CA08', 'ZK0107', '작업복 세탁 서비스: 작업복 자체가 아님')
no('SY02', 'ZK0044', '수정테이프: 투명 테이프가 아님')
no('SY02', 'ZK0288', '박스테이프(포장용 OPP): 사무용 투명 셀로판테이프와 다른 품목')
no('TY09', 'ZK0034', '사무용 투명 테이프(18mm): 박스 포장용 테이프가 아님')
no('TY09', 'ZK0044', '수정테이프: 포장 테이프가 아님')
no('SY05', 'ZK0083 ZK0087', '물티슈: 마른 티슈(각티슈)와 다른 품목')
no('SY06 TY05 MU03', 'ZK0020', '편집 디자인만 하는 서비스: 인쇄 요청에 해당하지 않음')
no('SY08', 'ZK0268 ZK0270', '체조 강사·탄력밴드: 운동복이 아님')
no('SY10 TY10', 'ZK0011 ZK0058 ZK0059 ZK0079 ZK0228', '설명에 "가방"이 나올 뿐 가방이 아님')
no('SY10 TY10', 'ZK0235', '가방 만들기 체험 수업: 가방 구매가 아님')
no('SY10', 'ZK0064', '면 캔버스 앞치마: 가방이 아님')
no('TY02 CA07', 'ZK0103 ZK0104 ZK0106', '방역 소독 서비스: 손소독제가 아님')
no('TY03 SP06', 'ZK0154', '파운드케이크: 떡케이크가 아님')
no('TY04', 'ZK0259', '힐링키트의 아로마 롤온: 디퓨저가 아님')
no('TY04', 'ZK0262', '아로마 롤온(바르는 오일): 공간용 디퓨저가 아님')
no('HY04 QT03', 'ZK0048', '답례품 포장 상자: 떡이 아님')
no('HY04 QT03 MU02 LO01', 'ZK0138', '다과 세트에 떡이 들어 있으나 떡 답례품·떡집 상품이 아님')
no('HY09 MU08', 'ZK0053 ZK0077', '작업조끼·자원봉사 조끼: 반사띠 없는 일반 조끼로 안전조끼가 아님')
no('HY11', 'ZK0090 ZK0147 ZK0162 ZK0263', '선물세트이지만 농산물이 아님(비누·쿠키·커피·허브티)')
no('HY11 CA10', 'ZK0290', '선물 포장 상자: 내용물 없음')
no('SP02', 'ZK0045 ZK0100 ZK0292 ZK0294', '"공기"/"정화"가 다른 뜻으로 쓰임(녹색구매, 공공건물, 환경정화)')
no('SP02 LS05 LO02', 'ZK0198', '원예치료 프로그램: 식물 판매가 아님')
no('SP03', 'ZK0113', '수건 세탁 서비스: 기념수건이 아님')
no('SP05', 'ZK0001 ZK0020', '"디자인 파일"의 파일: 문구류 파일이 아님')
no('SP09', 'ZK0034', '"탁상 커터": 달력과 무관')
no('SP11 QT10', 'ZK0159', '출장 커피 서비스: 드립백·원두 구매가 아님')
no('SP11', 'ZK0001 ZK0009 ZK0024 ZK0097 ZK0152 ZK0229', '"드립니다"의 "드립": 커피와 무관')
no('QT10', 'ZK0158 ZK0163', '드립백·더치커피: 원두 1kg 요청과 다른 품목')
no('QT01', 'ZK0002 ZK0005 ZK0006 ZK0007 ZK0014 ZK0019 ZK0036 ZK0043 ZK0221 ZK0258 ZK0282',
   '"A4"·"용지"·"복사"가 규격이나 서비스 설명에 나올 뿐 복사용지가 아님')
no('QT11', 'ZK0234', '폐우산 원단 파우치: 우산이 아님')
no('LS03', 'ZK0254 ZK0255', '국악·판소리 공연: 인형극이 아님')
no('LS04', 'ZK0067', '냉감 쿨타월: 토시가 아님')
no('LS06', 'ZK0052', '방한 점퍼: 장갑이 아님')
no('LS08', 'ZK0083 ZK0162', '스티커를 붙인 완제품: 라벨 스티커 인쇄가 아님')
no('LS09 CA09', 'ZK0056', '반사띠 안전조끼: 작업자용 조끼로 아이들 배부물·홍보물이 아님')
no('LS09 CA09', 'ZK0077', '반사띠 없는 봉사 조끼')
no('LS10', 'ZK0005', '리플릿: 제본 자료집이 아님')
no('LS10', 'ZK0278 ZK0280', '영상 편집: 인쇄물 편집과 무관')
no('LS11', 'ZK0196 ZK0197', '화분 판매: 원예 체험 운영(강사) 요청이 아님')
no('CA01', 'ZK0002 ZK0007 ZK0024 ZK0049 ZK0056 ZK0059 ZK0083 ZK0095 ZK0116 ZK0156 ZK0193 ZK0195 ZK0201 ZK0213 ZK0215 ZK0260',
   '"문구"(글귀)·"용지"·"사무실"이 다른 뜻으로 나올 뿐 사무용품이 아님')
no('CA03', 'ZK0001 ZK0003 ZK0005 ZK0014 ZK0020 ZK0022 ZK0047 ZK0048 ZK0050 ZK0051 ZK0054 ZK0064 ZK0278 ZK0297',
   '로고 인쇄·홍보 인쇄물·포장재·단체복·디자인: 배부용 기념품이 아님')
no('CA04', 'ZK0055 ZK0057', '여름용 작업복·안전조끼: 어르신 배부용 폭염 대비 물품이 아님')
no('CA04', 'ZK0099', '에어컨 세척 서비스')
no('CA04', 'ZK0210', '한지 부채 만들기 체험: 물품이 아님')
no('CA05', 'ZK0261', '명상 프로그램: 키트 구성품(물품)이 아님')
no('CA06', 'ZK0155', '쿠키 만들기 체험: 간식 구매가 아님')
no('CA08', 'ZK0042 ZK0053 ZK0065 ZK0069 ZK0071 ZK0114 ZK0134 ZK0251 ZK0271 ZK0275',
   '"현장"·"작업"·"안전"이 나오지만 도로 현장 안전용품이 아님')
no('CA09', 'ZK0152 ZK0259 ZK0273 ZK0275 ZK0278', '캠페인 관련 서비스·키트·식품: 교통안전 홍보물이 아님')
no('CA10', 'ZK0038 ZK0048 ZK0090 ZK0123 ZK0147 ZK0154 ZK0162', '선물용이지만 농산물이 아님')
no('CA11', 'ZK0001 ZK0005 ZK0006 ZK0014 ZK0018 ZK0024 ZK0058 ZK0230 ZK0244',
   '인쇄물·판촉물: 디자인·사진·영상 콘텐츠 제작 서비스가 아님')
no('LO02', 'ZK0049 ZK0119 ZK0169', '"꽃"이 다른 뜻(꽃씨 종이·앙금 꽃·국화차)')
no('LO03', 'ZK0008 ZK0010 ZK0024 ZK0026', '현수막·배너 출력 업체 상품: 종이 인쇄소로 보지 않음')
no('LO03', 'ZK0028 ZK0030 ZK0031 ZK0041 ZK0042 ZK0047 ZK0049 ZK0056 ZK0059 ZK0064 ZK0066 ZK0073 ZK0077 ZK0083 '
           'ZK0152 ZK0207 ZK0217 ZK0227 ZK0228 ZK0231 ZK0238 ZK0260 ZK0290 ZK0297',
   '인쇄소가 아닌 곳의 인쇄 가능 상품·용지')
no('LO03', 'ZK0020', '디자인 회사: 인쇄소가 아님')
no('LO05', 'ZK0064 ZK0178 ZK0199 ZK0235 ZK0247 ZK0252 ZK0256', '체험 프로그램이지만 공방이 아닌 기업(양봉·원예·업사이클·독서·인형극·국악)')
no('LO06', 'ZK0131 ZK0132', '도시락: 반찬가게 상품이 아님')
no('LO11', 'ZK0119 ZK0126', '떡케이크: 떡집 상품')
no('LO11', 'ZK0138', '케이터링 다과 세트: 빵집이 아님')
no('MU05', 'ZK0076', '볼캡: 밀짚모자가 아님')
no('MU07', 'ZK0202', '근조 화환: 개소식 축하 화환이 아님')
no('MU08', 'ZK0068 ZK0069', '밀짚모자·농모: 캡모자가 아님')
no('MU08', 'ZK0087 ZK0286 ZK0287', '"캡"이 다른 뜻(캡형 뚜껑, 에어캡)')
no('MU10', 'ZK0066 ZK0189 ZK0233', '장바구니·과일 바구니: 꽃바구니가 아님')
no('SY01', 'ZK0049 ZK0115 ZK0132', '"심"이 다른 뜻(심을 수 있는, 심의, 점심)')
no('SP03', 'ZK0024 ZK0047 ZK0048 ZK0136 ZK0139 ZK0162 ZK0212 ZK0213 ZK0215 ZK0245 ZK0254 ZK0271 ZK0275 ZK0277',
   '"기념"만 겹치고 수건이 아님')
# ---------------------------------------------------------------------------

# 누락 점검에 쓸 내용어. 지정하지 않은 수요는 수요 문장(한영·초성은 의도한 한글)에서 자동으로 뽑는다.
SWEEP_WORDS = {
    'SY01': ['호치키스', '스테이플러', '철기', '심'],
    'SY02': ['스카치', '테이프'],
    'SY03': ['뽁뽁이', '에어캡', '완충'],
    'SY04': ['포스트잇', '메모지', '점착'],
    'SY05': ['크리넥스', '티슈'],
    'SY06': ['찌라시', '전단', '리플릿'],
    'SY07': ['곤색', '작업복', '네이비', '남색'],
    'SY08': ['츄리닝', '트레이닝', '운동복', '체조'],
    'SY09': ['잠바', '점퍼', '바람막이'],
    'SY10': ['천가방', '에코백', '캔버스', '가방'],
    'SY11': ['빠찌', '배지'],
    'TY01': ['현수막'],
    'TY02': ['소독'],
    'TY03': ['떡케이크', '케이크'],
    'TY04': ['디퓨저', '방향', '아로마'],
    'TY05': ['리플릿', '전단', '팸플릿', '책자'],
    'TY06': ['케이터링', '뷔페', '핑거푸드', '다과'],
    'TY07': ['보드게임', '게임'],
    'TY08': ['명함'],
    'TY09': ['테이프'],
    'TY10': ['에코백', '가방'],
    'TY11': ['스트레스', '말랑'],
    'HY04': ['답례', '떡'],
    'HY10': ['볼펜', '펜'],
    'HY11': ['선물세트', '농산'],
    'QT01': ['복사', '용지', 'A4'],
    'QT02': ['현수막'],
    'QT03': ['답례', '떡'],
    'QT06': ['도시락'],
    'QT09': ['배너'],
    'QT10': ['원두', '커피'],
    'QT11': ['우산'],
    'LS01': ['스트레스', '말랑'],
    'LS02': ['앞치마'],
    'LS03': ['인형극', '공연', '그림자극'],
    'LS04': ['쿨토시', '토시', '냉감'],
    'LS05': ['화분', '식물'],
    'LS06': ['장갑', '방한'],
    'LS07': ['물티슈'],
    'LS08': ['라벨', '스티커'],
    'LS09': ['반사', '야광', '팔찌'],
    'LS10': ['자료집', '제본', '책자', '편집'],
    'LS11': ['원예', '반려식물', '식물'],
    'CA01': ['사무', '문구', '용지'],
    'CA02': ['농작업', '장갑', '토시', '모자'],
    'CA03': ['기념품', '홍보', '판촉', '로고'],
    'CA04': ['폭염', '냉감', '쿨', '여름', '부채', '모자'],
    'CA05': ['힐링', '마음', '컬러링', '스트레스', '아로마', '명상'],
    'CA06': ['간식', '다과', '쿠키', '빵', '떡'],
    'CA07': ['위생', '소독', '마스크', '티슈'],
    'CA08': ['안전', '현장', '작업', '장갑'],
    'CA09': ['교통안전', '캠페인', '홍보', '반사'],
    'CA10': ['선물', '농산', '농가'],
    'CA11': ['홍보', '영상', '사진', '디자인', '콘텐츠', '카드뉴스'],
    'LO01': ['떡'],
    'LO02': ['꽃', '화분', '화환', '식물'],
    'LO03': ['인쇄', '명함', '출력'],
    'LO04': ['세탁'],
    'LO05': ['공방', '공예', '체험'],
    'LO06': ['반찬', '김치'],
    'LO07': ['카페', '커피', '원두'],
    'LO08': ['도시락'],
    'LO09': ['현수막', '배너'],
    'LO10': ['청소'],
    'LO11': ['빵', '쿠키', '제과', '케이크'],
    'MU02': ['떡', '식혜'],
    'MU04': ['샌드위치', '커피'],
    'MU05': ['토시', '밀짚', '모자', '장갑'],
    'MU07': ['꽃다발', '화환'],
    'MU08': ['조끼', '모자', '캡'],
    'MU10': ['감사패', '상패', '꽃바구니', '바구니'],
}
STOP = {'제작', '인쇄', '서비스', '일체', '업체', '용역', '구매', '개당', '이하', '이내', '예산', '로고', '개', '장', '박스',
        '및', '신규', '직원', '행사', '캠페인', '어르신', '단체', '세트', '인분', '대형', '기념품', '선물세트', '홍보용',
        '농산물', '안전', '개소식', '축하', '퇴임식', '경로잔치', '강연회', '체조용'}


def norm(s):
    s = s.lower().replace('×', 'x').replace('*', 'x').replace(' ', '')
    return s


def has(tags, t):
    return set(t).issubset(tags) if isinstance(t, tuple) else t in tags


def grade_simple(p, want, ok, cond):
    tags = p['tags']
    if any(has(tags, t) for t in want):
        cond = cond or {}
        text = norm(p['name'] + ' ' + p['spec'])
        good = True
        if 'max_price' in cond and p['price'] > cond['max_price']:
            good = False
        if 'spec_all' in cond and not all(norm(x) in text for x in cond['spec_all']):
            good = False
        if 'spec_any' in cond and not any(norm(x) in text for x in cond['spec_any']):
            good = False
        return 2 if good else 1
    if any(has(tags, t) for t in (ok or [])):
        return 1
    return 0


def dong_base(d):
    return re.sub(r'\d가$', '', d)


def auto_labels(n, prods):
    """{코드: (관련도, 품목)}"""
    out = {}
    for p in prods:
        if n['kind'] == 'location':
            if p['tags'] & set(SHOP_TAGS[n['shop']]):
                g = 2 if dong_base(p['dong']) == n['dong'] else 1
                out[p['code']] = (g, '')
        elif n['kind'] == 'multi_item':
            best = (0, '')
            for item, want, ok in n['items']:
                g = grade_simple(p, want, ok, None)
                if g > best[0]:
                    best = (g, item)
            if best[0]:
                out[p['code']] = best
        else:
            g = grade_simple(p, n['want'], n.get('ok'), n.get('cond'))
            if g:
                out[p['code']] = (g, '')
    return out


def final_labels(n, prods):
    lab = auto_labels(n, prods)
    for (k, code), (g, item, _why) in EXTRA_OK.items():
        if k == n['key']:
            assert code not in lab, ('EXTRA_OK already labeled', k, code)
            lab[code] = (g, item)
    for (k, code), (g, item, _why) in OVERRIDES.items():
        if k == n['key']:
            if g == 0:
                lab.pop(code, None)
            else:
                lab[code] = (g, item)
    return lab


def sweep_words(n):
    if n['key'] in SWEEP_WORDS:
        return SWEEP_WORDS[n['key']]
    base = n.get('intended') or n['text']
    words = []
    for w in re.split(r'[\s,·/()]+', base):
        w = re.sub(r'[0-9,.]+[a-zA-Z가-힣]*$', '', w) if re.match(r'^[0-9]', w) else w
        w = re.sub(r'(하고|이랑|랑|및)$', '', w)
        if len(w) >= 2 and w not in STOP and not re.match(r'^[ㄱ-ㅎ]+$', w):
            words.append(w)
    if n['kind'] == 'multi_item':
        words += [it[0] for it in n['items']]
    return list(dict.fromkeys(words))


def sweep(prods, labels):
    lines = ['누락 점검 보고서 (sweep)',
             '각 수요의 내용어가 제품명·규격·설명에 들어 있는데 라벨이 없는 제품을 모두 나열하고 판단을 적었다.',
             '판단 기록: build_queries.py 의 EXTRA_OK(추가), OVERRIDES(변경), REVIEWED_NO(관련 없음 확인).', '']
    pending = 0
    for n in NEEDS:
        words = sweep_words(n)
        lab = labels[n['key']]
        hits = []
        for p in prods:
            text = p['name'] + ' ' + p['spec'] + ' ' + p['desc']
            matched = [w for w in words if w in text]
            if not matched:
                continue
            key = (n['key'], p['code'])
            if p['code'] in lab and key not in EXTRA_OK:
                continue
            if key in EXTRA_OK:
                hits.append('  + %s %s [%s] -> %d: %s' % (p['code'], p['name'], ','.join(matched), EXTRA_OK[key][0], EXTRA_OK[key][2]))
            elif key in OVERRIDES:
                hits.append('  ~ %s %s [%s] -> %d: %s' % (p['code'], p['name'], ','.join(matched), OVERRIDES[key][0], OVERRIDES[key][2]))
            elif key in REVIEWED_NO:
                hits.append('  - %s %s [%s] -> 0: %s' % (p['code'], p['name'], ','.join(matched), REVIEWED_NO[key]))
            else:
                hits.append('  ? %s %s [%s] (미검토) | %s | %s' % (p['code'], p['name'], ','.join(matched), p['spec'], p['desc']))
                pending += 1
        # 라벨에서 빠진 EXTRA/OVERRIDES 도 보고
        for (k, code), (g, item, why) in OVERRIDES.items():
            if k == n['key']:
                hits.append('  ~ %s -> %d %s: %s' % (code, g, item, why)) if not any(code in h for h in hits) else None
        lines.append('[%s] %s (%s) 내용어=%s 라벨 %d건' % (n['key'], n['text'], n['kind'], '/'.join(words), len(lab)))
        lines.extend(hits if hits else ['  (라벨 없는 일치 제품 없음)'])
    lines.insert(3, '미검토 %d건' % pending)
    return '\n'.join(lines) + '\n', pending


def main():
    prods = products()
    codes = {p['code'] for p in prods}
    ca09 = [n for n in NEEDS if n['key'] == 'CA09'][0]
    _rule_extras(prods, {'CA09': auto_labels(ca09, prods)})
    for (k, c) in list(EXTRA_OK) + list(OVERRIDES) + list(REVIEWED_NO):
        assert c in codes, c
    labels = {n['key']: final_labels(n, prods) for n in NEEDS}

    report, pending = sweep(prods, labels)
    with open(os.path.join(HERE, 'sweep_report.txt'), 'w', encoding='utf-8') as f:
        f.write(report)

    # 섞고 번호 매기기
    allq = [dict(key=n['key'], kind=n['kind'], text=n['text'], qty=n.get('qty'), budget=n.get('budget'))
            for n in NEEDS]
    allq += [dict(key=k, kind='no_match', text=t, qty=None, budget=None, level=lv, overlap=ov, why=why)
             for (k, lv, _org, t, ov, why) in NO_MATCH]
    rng = random.Random(SEED)
    rng.shuffle(allq)
    ids = {}
    for i, q in enumerate(allq, 1):
        q['id'] = 'ZK-Q%03d' % i
        ids[q['key']] = q['id']

    def w(name, header, rows):
        with open(os.path.join(ROOT, name), 'w', encoding='utf-8', newline='') as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[q['id'], q['text'], '' if q['qty'] is None else q['qty'], '' if q['budget'] is None else q['budget']]
       for q in allq])
    w('query_kinds.csv', ['수요번호', '유형'], [[q['id'], q['kind']] for q in allq])
    rows = []
    for q in allq:
        if q['kind'] == 'no_match':
            continue
        lab = labels[q['key']]
        for code in sorted(lab, key=lambda c: (-lab[c][0], c)):
            g, item = lab[code]
            rows.append([q['id'], code, g, item if q['kind'] == 'multi_item' else ''])
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], rows)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[q['id'], q['level'], q['overlap'], q['why']] for q in sorted(allq, key=lambda q: q['id']) if q['kind'] == 'no_match'])
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[ids[n['key']], n['text'], n['intended']] for n in sorted(NEEDS, key=lambda n: ids[n['key']]) if n['kind'] == 'hanyeong'])
    with open(os.path.join(HERE, 'id_map.csv'), 'w', encoding='utf-8', newline='') as f:
        wr = csv.writer(f)
        wr.writerow(['key', '수요번호'])
        for q in sorted(allq, key=lambda q: q['key']):
            wr.writerow([q['key'], q['id']])
    n2 = sum(1 for r in rows if r[2] == 2)
    print('queries', len(allq), 'qrels', len(rows), 'grade2', n2, 'grade1', len(rows) - n2, 'sweep pending', pending)


if __name__ == '__main__':
    main()
