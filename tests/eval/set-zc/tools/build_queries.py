# -*- coding: utf-8 -*-
"""수요 + 카탈로그 -> 관련도 라벨(기계적) -> 스윕 -> 셔플·번호 -> CSV 출력.

라벨 규칙
  일반 수요 : 제품 태그가 want 와 겹치고 조건(cond)을 만족 -> 2
              want 와 겹치나 조건(단가 상한, 규격, 용량) 불만족 -> 1
              ok(대체품) 태그와 겹침 -> 1
  location : 같은 가게 유형 + 그 동(○○동1가 등 포함) -> 2, 같은 유형 다른 동 -> 1
  multi_item: 품목별로 위 규칙, 제품 등급 = 품목 중 최고, 품목 열 = 그 품목 표현
  그 다음 EXTRA_OK(추가·상향) / OVERRIDES(하향·제외) 를 적용. 모두 스윕 검토 결과이며 이유를 적어 둔다.
"""
import csv
import os
import random
import re

import build_catalog
import needs_data as nd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
SEED = 7151

# ------------------------------------------------------------------ 스윕 검토 후 판단 기록
# 라벨 검토 후 want/ok 태그 자체를 좁힌 경우 (수요 문장은 그대로). 키 -> (필드, 새 목록, 이유)
NEED_TAG_FIXES = {
    'EX09': ('ok', [], '다른 공예 체험(비누·떡·목공 등)은 도자기 체험의 대체로 보기 어려움'),
    'SP07': ('ok', [], '다른 공예 체험은 한지 공예 체험의 대체로 보기 어려움'),
    'SP11': ('ok', [], '다른 공예 체험은 목공 체험의 대체로 보기 어려움'),
    'TY05': ('ok', [], '낱개 떡·찰떡은 떡케이크 대체가 아님 (한 판 떡만 EXTRA_OK 로 1)'),
    'TY10': ('ok', [], '양파즙·배도라지즙은 사과주스의 대체가 아님 (다른 주스는 조건 불만족으로 1)'),
    'TY11': ('ok', [], '아동·환경·치매·자전거 교육은 팀빌딩 대체가 아님 (리더십 교육만 EXTRA_OK 로 1)'),
    'SP05': ('ok', [], '사과주스 등은 배도라지즙 대체가 아님 (배주스만 EXTRA_OK 로 1, 다른 즙은 조건 불만족 1)'),
}

# (수요키, 제품명) -> (관련도, 이유[, 품목])  — 기계 라벨에 없던 것을 추가하거나 등급을 올림
EXTRA_OK = {
    # --- 스윕 후보에서 올린 것
    ('TY02', '편집디자인 (인쇄 전 단계)'): (1, '팸플릿 "제작"의 디자인 단계만 해 주므로 부분 대체'),
    ('TY06', '편집디자인 (인쇄 전 단계)'): (1, '카탈로그 "제작"의 디자인 단계만 해 주므로 부분 대체'),
    ('SP09', '보드게임 교육 강사 파견'): (1, '게임 대여가 포함된 수업이라 보드게임을 쓰려는 목적엔 대체 가능'),
    ('SP09', '기관 맞춤 보드게임 제작'): (1, '보드게임이긴 하나 주문 제작(고가·장기)이라 대체품 수준'),
    ('SP10', '기념 수건 (면 40수, 자수)'): (1, '"핸드 타월"을 천 손수건으로 읽으면 맞는 물건. 종이 타월 뜻이 우선이라 1'),
    ('LS10', '폐현수막 파우치'): (1, '같은 폐현수막 재활용 배포품. 장바구니는 아니지만 캠페인 배포용 대체 가능'),
    ('LS11', '입주·이사 청소'): (1, '청소 용역이긴 하나 일회성 집중 청소라 정기 용역의 대체 수준'),
    ('CA03', '샌드위치 박스 (2종+음료)'): (1, '조찬·회의용 가벼운 음식. 다과보다는 식사에 가까워 1'),
    ('CA03', '아메리카노 단체 주문 (배달)'): (1, '회의 음료. 다과와 함께 내는 대체·보완품'),
    ('CA04', '소창 행주 3장'): (1, '주방 청소용 천. 위생용품 범주의 주변 품목'),
    ('CA05', '홍보영상 제작 (3분 내외)'): (1, '홍보 수단이지만 인쇄 홍보물은 아님'),
    ('MI03', '회의용 간식 꾸러미 (떡·과일·음료)'): (1, '떡이 한 조각 든 간식 상자. 떡 품목의 대체', '떡'),
    # --- 스윕 단어에는 안 걸렸지만 검토 중 발견한 누락
    ('EX01', 'A4 색상지 10색 혼합'): (1, '복사기에 넣어 쓰는 색 복사지. 흰 복사용지의 대체'),
    ('CH01', 'A4 색상지 10색 혼합'): (1, '복사기에 넣어 쓰는 색 복사지. 흰 복사용지의 대체'),
    ('QT01', 'A4 색상지 10색 혼합'): (1, 'A4 80g이지만 색지이고 250매 팩 단위'),
    ('MI01', 'A4 색상지 10색 혼합'): (1, '색 복사지. 복사용지 품목의 대체', '복사용지'),
    ('CA01', 'A4 색상지 10색 혼합'): (2, '사무용 소모품(용지)'),
    ('CA01', '재생 드럼 HP CF219A'): (1, '프린터 소모품. 토너와 같은 급으로 주변 품목'),
    ('CA03', '콜드브루 원액 500ml'): (1, '회의 음료. 드립백과 같은 급의 보완품'),
    ('CA08', '굵은 심 색연필 36색'): (2, '어르신 활동용으로 만든 색연필이라 인지 프로그램 재료 그 자체'),
    ('EX07', '근조 국화 바구니'): (1, '빈소에 보내는 바구니형 조화. 근조화환의 대체'),
    ('HY08', '근조 국화 바구니'): (1, '빈소에 보내는 바구니형 조화. 근조화환의 대체'),
    ('MI05', '근조 국화 바구니'): (1, '근조화환 품목의 대체', '근조화환'),
    # --- 태그를 좁힌 뒤 개별로 살린 대체품
    ('TY05', '백설기 한 판 (소분 절단)'): (1, '한 판 설기떡은 초·장식 없이 기념 케이크 대용 가능'),
    ('TY05', '무지개떡 한 판'): (1, '한 판 설기떡은 초·장식 없이 기념 케이크 대용 가능'),
    ('TY11', '리더십 교육 강사 파견'): (1, '같은 업체의 직원 대상 조직 교육. 팀빌딩의 대체 수준'),
    ('SP05', '착즙 배주스 30포'): (1, '배 음료라 배도라지즙에 가장 가까운 대체'),
}
# (수요키, 제품명) -> (관련도, 이유)  — 기계 라벨을 낮추거나(0이면 삭제) 고침
OVERRIDES = {
    ('QT08', '하계 근무복 상하 세트'): (0, '동절기 점퍼를 찾는데 여름 근무복은 대체가 아님'),
    ('QT08', '춘추 근무복 상의'): (0, '동절기 점퍼를 찾는데 봄가을 상의는 대체가 아님'),
    ('CA03', '출장 뷔페 (한식 20찬)'): (0, '식사 뷔페는 회의 다과가 아님'),
    ('CA03', '출장 뷔페 (한·양식)'): (0, '식사 뷔페는 회의 다과가 아님'),
    ('CA03', '행사용 고급 도시락 케이터링'): (0, '도시락 식사는 회의 다과가 아님'),
    ('LS05', '유아 침구 세탁·살균'): (0, '유아 시설 낮잠 이불 전용 서비스라 근무복 세탁 대체로 보기 어려움'),
    ('TY07', '한지 스탠드 조명'): (0, '조명은 액세서리의 대체가 아님'),
}


def _z(key, reason, *names):
    for n in names or ('*',):
        SWEEP_ZERO[(key, n)] = reason


# 스윕에 걸렸지만 검토 결과 0 으로 둔 것. '*' = 그 수요의 나머지 후보 전부 (하나씩 보고 같은 이유로 묶음)
SWEEP_ZERO = {}
_z('EX02', '명함을 넣는 지갑이지 명함 인쇄가 아님 (의도한 혼동 제품)')
_z('TY04', '명함을 넣는 지갑이지 명함 인쇄가 아님')
_z('CH10', '명함을 넣는 지갑이지 명함 인쇄가 아님')
_z('QT10', '명함을 넣는 지갑이지 명함 인쇄가 아님')
_z('MI06', '명함을 넣는 지갑이지 명함 인쇄가 아님')
_z('EX05', '손소독제·세제·에어컨 세척 등은 "소독/세척" 말만 같음. 교구는 장난감 자체이지 소독 서비스 아님')
_z('LS08', '손소독제·세제·에어컨 세척 등은 "소독/세척" 말만 같음. 교구는 장난감 자체이지 소독 서비스 아님')
_z('EX08', '세탁세제·촉감책(세탁 가능)은 세탁 서비스가 아님')
_z('EX09', '도자기 분·용기·접시는 체험이 아님')
_z('SY06', '폐현수막으로 만든 가방·파우치·체험은 현수막이 아님 (의도한 혼동 제품)')
_z('CH02', '폐현수막으로 만든 가방·파우치·체험은 현수막이 아님')
_z('QT04', '폐현수막으로 만든 가방·파우치·체험은 현수막이 아님')
_z('MI02', '폐현수막으로 만든 가방·파우치·체험은 현수막이 아님')
_z('LS02', '복사용지(출력), 리플릿·안내판·배너 거치대 단품·로고 디자인 등은 현수막 제작이 아님; 폐현수막 제품도 아님')
_z('TY03', '"인쇄"를 원하는데 디자인만 하고 인쇄는 하지 않음')
_z('TY07', '한지 만들기 체험이지 액세서리 제품이 아님')
_z('TY11', '체육복 설명에 워크숍이 나올 뿐')
_z('HY09', '손소독제는 방역 용역이 아님; 장난감 소독은 대상이 장난감뿐이라 시설 방역이 아님')
_z('CH09', '손소독제는 방역 용역이 아님; 장난감 소독은 대상이 장난감뿐이라 시설 방역이 아님')
_z('SP01', '물티슈·소독 티슈는 미용티슈(각티슈)가 아님')
_z('SP03', '스티커·수건·쇼핑백·기름 세트·도마는 답례용일 뿐 떡이 아님')
_z('CH06', '스티커·쇼핑백·도마는 답례용일 뿐 떡이 아님')
_z('SP06', '수세미는 세제가 아님')
_z('SP07', '한지 완제품은 체험이 아님')
_z('SP07', '양말목 공예 체험은 한지 공예가 아님 (다른 공예 체험은 대체로 보지 않음, NEED_TAG_FIXES)', '양말목 업사이클 공예 체험')
_z('SP08', '인쇄 홍보물·카드뉴스·보드게임 제작은 영상이 아님')
_z('CH03', '도시락 가방·숄더백·반찬·젓가락은 도시락(식사)이 아님 (의도한 혼동 제품)')
_z('QT05', '도시락 가방·숄더백·반찬·젓가락은 도시락(식사)이 아님')
_z('LS01', '도시락 가방 등은 식사가 아니고, 간식 빵 박스는 점심 식사가 아님, 사진 촬영 무관')
_z('CH08', '커피박 재활용품, 커피 브레이크 케이터링, 커피차는 원두가 아님')
_z('QT01', '명함 용지 설명의 "용지"일 뿐')
_z('QT08', '점퍼 지퍼 수선·근무복 세탁/수선은 점퍼 구매가 아님')
_z('QT11', '근조화환은 축하화환의 대체가 될 수 없음')
_z('LS03', '일반 판촉 기념품은 한지 공예품이 아님; 한지공예 체험은 물건이 아님')
_z('LS04', '다른 로고 인쇄 판촉물·의류는 텀블러가 아님')
_z('LS05', '근무복 구매·수선·세탁세제·촉감책·장바구니(세척)는 세탁 대행이 아님')
_z('LS06', '기념식 관련 떡·뷔페·행사 대행·사진은 꽃다발이 아님')
_z('LS07', '완제품 비누·비누꽃·설거지바는 만들기 재료가 아님; 다른 만들기 체험은 강사 수업이지 비누 키트 아님')
_z('LS09', '영유아용 교구와 장난감 소독은 어르신 인지 교구가 아님')
_z('LS10', '전단지(캠페인)·만들기 체험은 장바구니가 아님')
_z('LS11', '화장지·핸드타월·손소독제·조경·청소년 프로그램은 청소 용역이 아님')
_z('CA01', '현수막·답례떡·화환 설명의 "문구"(글귀)일 뿐; 사무용 책상은 가구지 사무용품이 아님')
_z('CA02', '텀블러·비누꽃·합죽선·찻잔은 선물 포장이 될 뿐 명절 선물세트로 보기 어려움 (판단 여지 있음)')
_z('CA03', '도시락·복사용지·티슈·종이컵·화분·워크숍·행사대행·통역은 다과가 아님')
_z('CA04', '나무젓가락은 위생 포장일 뿐 청소·위생용품 아님; 청소 용역은 용품이 아님; 보드게임·청소년 무관')
_z('CA05', '판촉물(우산·수건·가방·티셔츠)·음식·사진·무대 등은 행사 관련이지만 홍보물 인쇄가 아님 (판단 여지 있음)')
_z('CA06', '색지·앞치마는 재료·복장; 강사 파견 교육·농촌 체험·진로 체험은 만들기 강좌가 아님')
_z('CA07', '장난감 소독·어린이집 소독·유아 침구 세탁은 서비스; 어르신 교구·강사 수업·국악 공연은 영유아 교구 아님')
_z('CA08', '반찬 배송·방문 돌봄은 프로그램 재료가 아님')
_z('CA09', '친환경 볼펜·유기농 쌀·페인트는 생활용품이 아님; 이불 세탁·회상 카드의 "생활"은 다른 뜻')
_z('CA10', '근무복 세탁·수선·명함·커피·체험의 "단체"는 단체복이 아님')
_z('CA11', '주방세제 설명의 "식물 유래"')
_z('LO08', '커피박 화분·책장 설명의 "카페"일 뿐 카페가 아님')
_z('MI03', '떡 만들기 체험은 떡이 아님; 핑거푸드 케이터링에 떡이 곁들여질 뿐')
_z('MI07', '손소독제는 장난감 소독 서비스가 아님; 원목 가구는 교구가 아님; 어르신 인지 교구는 영유아 원목 교구가 아님')
# 스윕에 쓸 내용어를 수요별로 따로 줄 때 (지정 없으면 문장에서 자동 추출)
SWEEP_WORDS = {
    'EX05': ['장난감', '소독', '세척'], 'EX08': ['이불', '세탁', '침구'], 'EX09': ['도자기', '물레', '도예'],
    'SY03': ['뽁뽁', '단열', '에어캡', '창문'], 'SY09': ['찹쌀떡', '찰떡'], 'SY11': ['운동복', '체육복'],
    'TY02': ['팸플릿', '리플릿', '책자', '브로슈어'], 'TY06': ['카탈로그', '책자', '브로슈어'],
    'SP01': ['티슈', '미용'], 'SP02': ['단체 티셔츠', '티셔츠'], 'SP04': ['쇼핑백', '종이 가방'],
    'SP06': ['주방세제', '세제', '설거지'], 'SP07': ['한지', '공예 체험', '한지공예'], 'SP09': ['보드게임', '게임'],
    'SP10': ['핸드타월', '타월'], 'SP11': ['목공', '나무 만들기'],
    'HY09': ['방역', '소독'], 'HY11': ['에어컨', '냉방'], 'CH09': ['방역', '소독'], 'CH08': ['원두', '커피'],
    'QT01': ['복사용지', '복사지', '용지'], 'QT02': ['볼펜'], 'QT05': ['도시락'], 'QT08': ['점퍼', '동절기', '근무복'],
    'QT10': ['명함'], 'QT11': ['축하화환', '화환', '승진'],
    'LS01': ['도시락', '점심', '세미나'], 'LS02': ['현수막', '안내', '시안', '출력'],
    'LS03': ['한지', '공예품', '기념품', '해외'], 'LS04': ['텀블러', '기념품', '로고'],
    'LS05': ['근무복', '세탁', '다림질', '수거'], 'LS06': ['꽃다발', '퇴직', '퇴임', '기념식'],
    'LS07': ['천연비누', '비누', '만들기', '키트'], 'LS08': ['장난감', '세척', '소독', '스팀'],
    'LS09': ['인지', '교구', '소근육'], 'LS10': ['폐현수막', '재활용', '장바구니', '캠페인'],
    'LS11': ['청소', '용역', '화장실', '로비', '민원실'],
    'CA01': ['사무용', '문구'], 'CA02': ['명절', '선물'], 'CA03': ['회의', '다과', '간식'],
    'CA04': ['청소', '위생'], 'CA05': ['행사', '홍보'], 'CA06': ['만들기', '체험', '강좌', '수업'],
    'CA07': ['영유아', '유아', '놀이', '교구'], 'CA08': ['인지', '어르신', '치매'], 'CA09': ['친환경', '생활'],
    'CA10': ['단체', '근무복', '작업복', '유니폼'], 'CA11': ['식물', '화분', '조경'],
    'MI03': ['떡', '식혜'], 'MI07': ['원목', '교구', '장난감', '소독'],
}

STOP = set('''업체 제작 구매 구입 주문 인쇄 필요 가능 찾습니다 찾고 있습니다 합니다 하려고 하고자 주세요 바랍니다
좋겠습니다 있을까요 있어요 알아보고 검토 예정 계약 정도 다음 당일 오전 오후 이상 이하 이내 개당 1인 같이
근처 어디 하는 해줄 해 줄 드릴 드릴게요 나눠 드립니다 있는 있으며 중입니다 되면 원하는 구하고 준비하려 받아야
직원 기관 본사 청사 시민 어르신 참석자 수강생 분들께 분께 오시는 하시는 맡아 정기적으로 매달 한 번씩 주 회
대상 일괄 들이기 재료 용품 프로그램 일체 관련 위한 쓸 사용할 줄 것 곳 등 및 또는 각 약 전 후'''.split())
PARTICLES = ['에서는', '에서', '으로', '하고', '이랑', '에게', '까지', '부터', '처럼', '와', '과', '을', '를', '은', '는',
             '이', '가', '의', '에', '로', '랑', '도']


def content_words(need):
    if need['key'] in SWEEP_WORDS:
        return SWEEP_WORDS[need['key']]
    texts = [need['text']]
    for f in ('intended', 'canonical', 'catalog_form'):
        if need.get(f):
            texts.append(need[f])
    if need['kind'] in ('hanyeong', 'choseong'):
        texts = [need['intended']]
    if need['kind'] == 'multi_item':
        texts = [it['label'] for it in need['items']]
    words = []
    for t in texts:
        for tok in re.split(r'[\s,.·()"\'/]+', t):
            tok = re.sub(r'[0-9A-Za-z,~x×%]+', '', tok) if re.search('[가-힣]', tok) else ''
            for p in PARTICLES:
                if tok.endswith(p) and len(tok) - len(p) >= 2:
                    tok = tok[:-len(p)]
                    break
            if len(tok) >= 2 and tok not in STOP and not re.fullmatch('[ㄱ-ㅎ]+', tok):
                words.append(tok)
    out = []
    for w in words:
        if w not in out:
            out.append(w)
    return out


def cond_ok(cond, p):
    if not cond:
        return True
    if 'max_price' in cond and p['price'] > cond['max_price']:
        return False
    if 'attrs' in cond and not all(a in p['attrs'] for a in cond['attrs']):
        return False
    if 'min_ml' in cond:
        ml = [int(a[2:]) for a in p['attrs'] if re.fullmatch(r'ml\d+', a)]
        if not ml or ml[0] < cond['min_ml']:
            return False
    return True


def grade_item(want, ok, cond, p):
    tags = set(p['tags'])
    if tags & set(want):
        return 2 if cond_ok(cond, p) else 1
    if tags & set(ok or ()):
        return 1
    return 0


def label_need(need, products):
    """-> {code: (grade, 품목)}"""
    res = {}
    if need['kind'] == 'location':
        for p in products:
            if p['shop'] == need['shop']:
                g = 2 if p['dong'].startswith(need['dong']) else 1
                res[p['code']] = (g, '')
        return res
    if need['kind'] == 'multi_item':
        for p in products:
            best, lab = 0, ''
            for it in need['items']:
                g = grade_item(it['want'], it.get('ok'), it.get('cond'), p)
                if g > best:
                    best, lab = g, it['label']
            if best:
                res[p['code']] = (best, lab)
        return res
    for p in products:
        g = grade_item(need['want'], need['ok'], need['cond'], p)
        if g:
            res[p['code']] = (g, '')
    return res


def apply_judgements(need, res, by_name):
    for table in (EXTRA_OK, OVERRIDES):
        for (key, pname), val in table.items():
            if key != need['key']:
                continue
            p = by_name[pname]
            g, reason = val[0], val[1]
            item = val[2] if len(val) > 2 else ''
            if g == 0:
                res.pop(p['code'], None)
            else:
                res[p['code']] = (g, item if need['kind'] == 'multi_item' else '')
    return res


def sweep(needs, products, labels):
    lines = ['스윕 보고서: 수요의 내용어가 제품명/규격/설명에 들어 있지만 기계 라벨이 없던 제품', '',
             '형식: [수요키] 수요문장 | 내용어 -> 제품코드 제품명 :: 판정', '']
    n_cand = 0
    unreviewed = []
    for need in needs:
        words = content_words(need)
        lab = labels[need['key']]
        hits = []
        for p in products:
            blob = ' '.join([p['name'], p['spec'], p['desc']])
            ws = [w for w in words if w in blob]
            if ws and p['code'] not in lab.get('_machine', {}):
                hits.append((p, ws))
        if not hits:
            continue
        lines.append('[%s] %s (%s) | 내용어: %s' % (need['key'], need['text'], need['kind'], ', '.join(words)))
        for p, ws in hits:
            n_cand += 1
            k = (need['key'], p['name'])
            if k in EXTRA_OK:
                verdict = '추가 %d — %s' % (EXTRA_OK[k][0], EXTRA_OK[k][1])
            elif k in SWEEP_ZERO or (need['key'], '*') in SWEEP_ZERO:
                verdict = '0 유지 — %s' % SWEEP_ZERO.get(k, SWEEP_ZERO.get((need['key'], '*')))
            else:
                verdict = '미검토'
                unreviewed.append(k)
            lines.append('   %s %s [%s] :: %s' % (p['code'], p['name'], '/'.join(ws), verdict))
        lines.append('')
    lines.append('')
    lines.append('NEED_TAG_FIXES (want/ok 태그 좁힘): %d건' % len(NEED_TAG_FIXES))
    for key, (field, val, reason) in sorted(NEED_TAG_FIXES.items()):
        lines.append('   [%s] %s -> %s — %s' % (key, field, val, reason))
    lines.append('')
    lines.append('OVERRIDES (기계 라벨 수정): %d건' % len(OVERRIDES))
    for (key, pname), val in sorted(OVERRIDES.items()):
        lines.append('   [%s] %s -> %d — %s' % (key, pname, val[0], val[1]))
    lines.insert(2, '후보 %d건, 미검토 %d건' % (n_cand, len(unreviewed)))
    with open(os.path.join(HERE, 'sweep_report.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    return unreviewed


def main():
    products = build_catalog.build()
    by_name = {p['name']: p for p in products}
    assert len(by_name) == len(products), '제품명 중복'
    for table in (EXTRA_OK, OVERRIDES):
        for (key, pname) in table:
            assert pname in by_name, pname
    for (key, pname) in SWEEP_ZERO:
        assert pname == '*' or pname in by_name, pname

    import copy
    needs = copy.deepcopy(nd.NEEDS)
    for need in needs:
        if need['key'] in NEED_TAG_FIXES:
            field, val, _ = NEED_TAG_FIXES[need['key']]
            need[field] = list(val)
    labels = {}
    for need in needs:
        machine = label_need(need, products)
        final = apply_judgements(need, dict(machine), by_name)
        final['_machine'] = machine
        labels[need['key']] = final
    unreviewed = sweep(needs, products, labels)

    # ---- 셔플·번호
    allq = [dict(key=n['key'], kind=n['kind'], text=n['text'], qty=n['qty'], budget=n['budget']) for n in needs]
    for key, diff, org, text, overlap, reason in nd.NOMATCH:
        allq.append(dict(key=key, kind='no_match', text=text, qty=None, budget=None,
                         diff=diff, overlap=overlap, reason=reason))
    rng = random.Random(SEED)
    rng.shuffle(allq)
    for i, q in enumerate(allq, 1):
        q['id'] = 'ZC-Q%03d' % i
    idmap = {q['key']: q['id'] for q in allq}

    def w(name, header, rows):
        with open(os.path.join(ROOT, name), 'w', encoding='utf-8', newline='') as f:
            cw = csv.writer(f)
            cw.writerow(header)
            cw.writerows(rows)

    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[q['id'], q['text'], '' if q['qty'] is None else q['qty'], '' if q['budget'] is None else q['budget']]
       for q in allq])
    w('query_kinds.csv', ['수요번호', '유형'], [[q['id'], q['kind']] for q in allq])
    qrows = []
    for q in allq:
        if q['kind'] == 'no_match':
            continue
        lab = labels[q['key']]
        for code in sorted(c for c in lab if c != '_machine'):
            g, item = lab[code]
            qrows.append([q['id'], code, g, item])
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrows)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      sorted([[q['id'], q['diff'], q['overlap'], q['reason']] for q in allq if q['kind'] == 'no_match']))
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      sorted([[idmap[n['key']], n['text'], n['intended']] for n in needs if n['kind'] == 'hanyeong']))
    # 내부 대응표 (검증용)
    w('tools/id_map.csv', ['수요번호', '내부키'], sorted([[q['id'], q['key']] for q in allq]))
    print('queries %d, qrels %d, sweep 미검토 %d' % (len(allq), len(qrows), len(unreviewed)))


if __name__ == '__main__':
    main()
