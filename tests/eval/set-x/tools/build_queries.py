"""수요 150건(매칭 120 + 해당없음 30)을 판정·섞어서 CSV 로 낸다.  python3 tools/build_queries.py

순서: needs_data.py(카탈로그 이전 작성) -> catalog_data.py -> 이 파일의 NO_MATCH(카탈로그 이후 작성)
판정은 태그 대조로 기계적으로 하고, 스윕(SWEEP)에서 걸린 것만 EXTRA_OK / OVERRIDES 로 손본다.
"""
import csv
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_catalog  # noqa: E402
import catalog_data  # noqa: E402
import kbd  # noqa: E402
from needs_data import NEEDS  # noqa: E402

PFX = 'X'
SEED = 20251207
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------------------
# no_match 30건 (카탈로그 작성 후). 20 hard: 카탈로그와 말·주제가 겹치지만 그런 제품이 없음.
# (수요, 난이도, 겹치는 말, 해당 없음 이유, 목소리)
NO_MATCH = [
    ('복사기 임대', 'hard', '복사', '복사용지만 있고 복사기 임대(렌털)는 없음', 'C'),
    ('노트북 수리', 'hard', '노트', '노트(공책)만 있음. 전자기기 수리 업체 없음', 'L'),
    ('에어컨 수리', 'hard', '에어컨', '에어컨 분해 세척만 있고 고장 수리는 없음', 'A'),
    ('행사용 천막 대여', 'hard', '행사', '행사 기획·음식은 있으나 천막 대여(렌털) 없음', 'G'),
    ('음향 장비 대여', 'hard', '음향', '음향 오퍼레이팅 인력만 있고 장비는 별도(대여 없음)', 'K'),
    ('도시락 배달용 오토바이 구입', 'hard', '도시락, 배달', '도시락은 있으나 차량(이륜차) 판매 없음', 'H'),
    ('떡 제조기', 'hard', '떡', '떡은 있으나 떡 만드는 기계는 없음', 'H'),
    ('업소용 대형 세탁기', 'hard', '세탁', '세탁 서비스만 있고 세탁기(설비) 판매 없음', 'A'),
    ('레이저 프린터 토너', 'hard', '레이저', '레이저 각인·레이저 겸용 용지만 있고 토너 없음', 'C'),
    ('경로당 보일러 교체 공사', 'hard', '경로당, 교체', '도배·장판 집수리만 있고 보일러 공사(면허 업종) 없음', 'H'),
    ('방역 연무기 구입', 'hard', '방역', '방역 소독 서비스만 있고 장비 판매 없음', 'A'),
    ('강당 조명 전기 공사', 'hard', '조명, 강당', '한지 조명 스탠드만 있고 전기공사(면허 업종) 없음', 'B'),
    ('소방시설 정기 점검', 'hard', '정기, 점검', '정기 방역·홈페이지 점검은 있으나 소방시설 관리업 없음', 'D'),
    ('체육관 바닥 공사', 'hard', '체육', '체육용품만 있고 시설 공사 없음', 'I'),
    ('한옥마을 투어 전세버스', 'hard', '한옥마을, 투어', '도보 해설 투어만 있고 차량 임차 없음', 'K'),
    ('현수막 출력용 대형 프린터', 'hard', '현수막, 출력', '현수막 제작 서비스만 있고 출력 장비 판매 없음', 'J'),
    ('원목 마루 시공', 'hard', '원목', '원목 가구만 있고 바닥 시공 없음', 'L'),
    ('도자기 가마 구입', 'hard', '도자기', '도자기 체험·제품만 있고 가마(설비) 없음', 'D'),
    ('커피머신 렌탈', 'hard', '커피', '원두·커피차만 있고 커피머신 임대 없음', 'E'),
    ('꽃꽂이 자격증 강좌', 'hard', '꽃, 강좌', '꽃 상품과 캘리그라피 강좌는 있으나 꽃꽂이 자격 과정 없음', 'F'),
    ('독감 예방접종 단체 위탁', 'easy', '', '의료 서비스, 카탈로그와 무관', 'A'),
    ('법률 자문 변호사', 'easy', '', '법률 서비스, 무관', 'J'),
    ('관용차량 타이어 교체', 'easy', '', '차량 정비, 무관', 'C'),
    ('해외 연수 항공권', 'easy', '', '항공권, 무관', 'B'),
    ('반려견 미용', 'easy', '', '반려동물 서비스, 무관', 'G'),
    ('정수기 필터 교체', 'easy', '', '가전 관리, 무관', 'E'),
    ('청사 CCTV 증설', 'easy', '', '보안 설비, 무관', 'F'),
    ('산업용 지게차', 'easy', '', '중장비, 무관', 'K'),
    ('직원 건강검진 기관', 'easy', '', '의료기관, 무관', 'I'),
    ('골프장 회원권', 'easy', '', '무관', 'D'),
]

# ---------------------------------------------------------------------------
# 스윕 검토 결과. 키는 (수요 문장, 제품명). 제품 코드는 순서에 따라 바뀔 수 있어 이름으로 적는다.


def T(prefix):
    """수요 문장을 앞부분으로 찾는다(정확히 하나여야 함)."""
    if any(n['text'] == prefix for n in NEEDS):
        return prefix
    hits = [n['text'] for n in NEEDS if n['text'].startswith(prefix)]
    assert len(hits) == 1, (prefix, hits)
    return hits[0]


DOSIRAK = [T('도시락'), T('ㄷㅅㄹ'), T('도시락 80개'), T('전주역사박물관 학술대회')]
DRINK_BASE = ['원두커피 블렌드 1kg', '드립백 커피 (50개입)', '콜드브루 원액 1L', '수제청 선물세트 (3종)', '생강청 500g',
              '오미자청 1L', '유자차 선물세트', '전통차 선물세트 (쌍화·대추)']

# EXTRA_OK: 태그 대조에서 빠졌지만 받아들일 만한 것 -> (관련도, 품목, 이유)
EXTRA_OK = {}
for _t in DOSIRAK:
    EXTRA_OK[(_t, '샌드위치 박스 (회의용)')] = (1, '', '1인 식사 상자라 도시락 대용은 됨(밥 도시락은 아님)')
for _pn in DRINK_BASE:
    EXTRA_OK[(T('떡, 음료'), _pn)] = (1, '음료', '타거나 내려 마시는 음료 재료: 바로 마시는 음료는 아님')
for _pn in ['커피차 출장 (200잔)', '커피차 행사 지원 (200잔)']:
    EXTRA_OK[(T('도립미술관 기획전'), _pn)] = (1, '', '음료만 현장 제공, 다과 케이터링의 일부')
EXTRA_OK.update({
    (T('도립미술관 기획전'), '샌드위치 박스 (회의용)'): (1, '', '개별 다과 상자: 리셉션 차림은 아니지만 다과 대용'),
    (T('gkswl'), '한지 부채 만들기 키트'): (2, '', '한지 공예 재료 키트: 다른 한지 키트와 같은 급(태그 누락 보정)'),
    (T('팜플렛'), '전단 인쇄 A4 (4,000장)'): (1, '', '팜플렛을 전단 뜻으로 쓰는 일이 많아 대체 가능'),
    (T('수제 청'), '유자차 선물세트'): (1, '', '유자차는 사실상 유자청이라 수제청 선물세트 대용 가능'),
    (T('본교 총무과'), '축하 꽃바구니'): (1, '', '축하 화환 대신 보내는 꽃바구니: 대체 가능'),
    (T('본교 총무과'), '관엽식물 화분 (축하용)'): (1, '', '축하 화분은 화환의 흔한 대체품'),
    (T('외부 손님께'), 'USB 메모리 32GB (각인)'): (1, '', '기념품이지만 전주 특색은 없음(조건 미충족)'),
    (T('외부 손님께'), '전주 비빔밥 밀키트 (2인)'): (1, '', '전주 특색 선물이 될 수 있으나 기념품보다는 식품'),
    (T('체육대회 시상품'), '상장 인쇄 (금박, A4)'): (1, '', '시상에 쓰이는 상장: 시상품 본체(메달·트로피·상패)는 아님'),
    (T('전시 홍보물'), '포토존 제작 (폼보드)'): (1, '', '전시 홍보용 설치물로 볼 수 있음'),
    (T('전시 홍보물'), '기관 홍보영상 제작 (3분 내외)'): (1, '', '영상 홍보물: 인쇄·게시 홍보물은 아님'),
    (T('야시장 먹거리'), '크라프트 쇼핑백 (중, 200장)'): (1, '', '종이 포장 봉투: 음식 용기는 아니지만 포장 일회용품'),
    (T('떡, 음료'), '떡·과일 다과 세트 (1인)'): (1, '떡', '떡·과일·음료가 든 다과 상자: 낱개 떡 주문은 아님'),
    (T('조끼 모자'), '위생 비닐 장갑 (200매)'): (1, '장갑', '장갑이지만 작업용이 아닌 일회용 위생장갑'),
    (T('조끼 모자'), '니트릴 장갑 (100매)'): (1, '장갑', '장갑이지만 작업용이 아닌 일회용 위생장갑'),
})
# OVERRIDES: 태그 대조 결과를 바꾸는 것 -> (관련도, 이유)  (관련도 0 이면 행 삭제)
OVERRIDES = {
    (T('마을 tlsans'), '전시 도록 인쇄 (양장)'): (0, '책자 태그로 1이 되었으나 양장 도록은 마을 신문 대용이 못 됨'),
    (T('어르신 간식용'), '떡국떡 2kg'): (1, '떡이지만 끓여 먹는 떡국용이라 간식으로 바로 드릴 수 없음'),
}

# SWEEP_NO: 스윕에서 걸렸지만 검토 후 관련 없음(0)으로 둔 것.
# (수요, 낱말) -> 그 낱말로 걸린 제품 전부에 대한 이유,  (수요, 제품명) -> 그 제품에 대한 이유
_CARD = '명함 보관용품(명함첩·명함케이스)이지 명함 인쇄가 아님'
_BANNER = '게첨 대행은 게시 서비스, 폐현수막 가방·파우치는 현수막으로 만든 다른 물건'
SWEEP_NO = {}
for _t in [T('명함 제작'), T('ㅁㅎ'), T('명함 10명분')]:
    SWEEP_NO[(_t, '명함')] = _CARD
for _t in [T('현수막'), T('ㅎㅅㅁ'), T('현수막 5m'), T('현수막하고')]:
    SWEEP_NO[(_t, '현수막')] = _BANNER
for _t in DOSIRAK[:3]:
    SWEEP_NO[(_t, '도시락')] = '컷팅 과일 상자를 도시락이라 부른 것: 식사가 아님'
for _t in [T('원목 책장'), T('원목 ㅊㄲㅇ'), T('원목 독서대'), T('작은도서관 공간')]:
    SWEEP_NO[(_t, '원목')] = '원목이지만 요청 품목과 다른 가구·소품(명패·액자 등)'
SWEEP_NO.update({
    (T('앞치마'), '앞치마'): '앞치마 세탁 서비스, 앞치마 판매 아님',
    (T('앞치마와'), '앞치마'): '앞치마 세탁 서비스, 앞치마 판매 아님',
    (T('매직'), '검정'): '색 이름만 겹침(쓰레기봉투)',
    (T('가게 홍보'), '홍보'): '전단이 아닌 다른 홍보물(포스터·스티커·영상·배너·디자인)',
    (T('전시 브로마이드'), '전시'): '전시 관련이지만 포스터가 아님(도록·액자·케이터링 등)',
    (T('한지 악세사리'), '한지'): '한지 제품이지만 액세서리가 아님',
    (T('팜플렛'), '인쇄'): '다른 인쇄물(명함·포스터·책자 등) 또는 인쇄 가능 표시',
    (T('체육대회 매달'), '체육대회'): '체육대회용 다른 물건·서비스',
    (T('메트리스'), '커버'): '방석·북커버·이불커버 등 다른 커버',
    (T('켈리그라피'), '수업'): '다른 수업',
    (T('gkswl'), '공예'): '규방공예 컵받침: 한지 공예가 아님',
    (T('tkdwkd'), '상장'): '상장 인쇄물: 상장을 넣는 케이스가 아님',
    (T('tkdwkd'), '케이스'): '메달 케이스·명함케이스: 상장 케이스가 아님',
    (T('마을 tlsans'), '마을'): '마을이라는 말만 겹침(뷔페·컨설팅·한옥마을 상품)',
    (T('어르신 whRl'), '어르신'): '어르신 대상 다른 물건·서비스',
    (T('야시장 qosj'), '배너'): '거치대만 파는 것: 배너 출력물이 아님',
    (T('야시장 qosj'), '야시장'): '야시장 공연',
    (T('수제 청'), '선물세트'): '청이 아닌 선물세트(쿠키·배·전통차·한과)',
    (T('수제 청'), '수제'): '수제라는 말만 겹침',
    (T('스포츠 타월'), '스포츠'): '뉴스포츠 수업',
    (T('스포츠 타월'), '타월'): '화장실 핸드타월(종이)',
    (T('홍보 영상'), '홍보'): '영상이 아닌 홍보 인쇄물',
    (T('북 커버'), '커버'): '방석·침구 커버',
    (T('ㅎㅈ 부채'), '한지'): '한지 제품이지만 부채가 아님',
    (T('어르신 간식용'), '간식용'): '떡이 아닌 간식(빵·과일)',
    (T('어르신 간식용'), '어르신'): '어르신 대상 다른 물건·서비스',
    (T('원목 독서대'), '원목'): '원목이지만 독서대가 아님',
})
_LD = T('국립전주박물관 교육팀')
for _w, _why in [('강당', '납품 장소'), ('꾸러미', '반찬·채소 꾸러미'), ('납품', '설명 문구'), ('문양', '완제품 부채'),
                 ('박물관', '도록 인쇄'), ('어린', '어린이용 다른 물건'), ('프로그램', '다른 프로그램·인쇄물'),
                 ('전통', '전통이라는 말만 겹침'), ('만들기', '다른 재료의 만들기 체험(서비스)'),
                 ('재료', '재료 포함 체험·강좌: 재료 꾸러미 구매가 아님'),
                 ('한지', '한지 완제품·체험 서비스: 한지 만들기 재료 꾸러미가 아님')]:
    SWEEP_NO[(_LD, _w)] = _why
_LA = T('동계 방학')
for _w, _why in [('기숙사', '기숙사 대상 다른 서비스·물품'), ('방학', '방학 프로그램 키트'), ('배송', '배송 문구만 겹침'),
                 ('수거', '수거 문구만 겹침'), ('이불', '침구 판매: 세탁이 아님'), ('호실', '청소·소독 서비스')]:
    SWEEP_NO[(_LA, _w)] = _why
SWEEP_NO[(T('2월 학위수여식'), '내빈')] = '가슴꽃(코사지): 꽃다발이 아님'
SWEEP_NO[(T('2월 학위수여식'), '배송')] = '배송 문구만 겹침'
_LC = T('본교 총무과')
for _w, _why in [('설치', '설치 문구만 겹침'), ('축하용', '케이크: 화환 대용 아님'), ('행사', '행사 관련 다른 물건·서비스'),
                 ('화환', '근조화환: 축하용이 아님')]:
    SWEEP_NO[(_LC, _w)] = _why
_LE = T('전주역사박물관 학술대회')
SWEEP_NO[(_LE, '도시락')] = '컷팅 과일 상자: 점심 식사가 아님'
SWEEP_NO[(_LE, '메뉴')] = '메뉴판 디자인·커피차 메뉴'
_LF = T('도립미술관 기획전')
SWEEP_NO[(_LF, '개막식')] = '공연'
SWEEP_NO[(_LF, '김밥 도시락 세트')] = '식사 도시락: 리셉션 다과가 아님'
SWEEP_NO[(_LF, '오미자청 1L')] = '음료 재료만: 차려 주는 서비스가 아님'
SWEEP_NO[(_LF, '수정과 (500ml×10병)')] = '병 음료만: 차려 주는 서비스가 아님'
SWEEP_NO[(_LF, '생분해 PLA 컵 16oz (500개)')] = '빈 컵'
_LG = T('마을공동체 활동가')
for _w in ['시간', '워크숍', '주민', '진행', '활동']:
    SWEEP_NO[(_LG, _w)] = '일정·대상 낱말만 겹침: 퍼실리테이션이 아님'
_LH = T('노인일자리 참여')
SWEEP_NO[(_LH, '배송')] = '배송 문구만 겹침'
SWEEP_NO[(_LH, '어르신')] = '어르신 대상 다른 물건·서비스'
SWEEP_NO[(T('장애인체육회 주최'), '문구')] = '각인 문구만 겹침(상패 아님)'
_LK = T('남부시장 야시장이')
for _w, _why in [('수거', '수거 문구만 겹침'), ('시장', '시장 관련 다른 물건·서비스'), ('야시장', '야시장 공연'),
                 ('정리', '정리 문구만 겹침'), ('쓰레기', '쓰레기 봉투·집게 물품: 청소 용역이 아님')]:
    SWEEP_NO[(_LK, _w)] = _why
_LJ = T('전통시장 상인분들')
for _w in ['교육', '전통시장', '회차']:
    SWEEP_NO[(_LJ, _w)] = 'SNS 마케팅 교육이 아닌 다른 교육·물품'
SWEEP_NO.update({
    (T('사무실에서'), '사무실'): '사무실에서 쓰는 다른 물건·서비스(명패·화분·원두·청소·물티슈): 문구류가 아님',
    (T('기숙사 공용'), '공용'): '소독 서비스',
    (T('기숙사 공용'), '기숙사'): '기숙사 대상 서비스·침구',
    (T('기숙사 공용'), '청소'): '청소 용역(서비스): 비치할 물품이 아님',
    (T('기숙사 공용'), '화장실'): '청소 용역·점자 안내판',
    (T('외부 손님께'), '종이 쇼핑백 인쇄 제작'): '포장 봉투',
    (T('외부 손님께'), '손님'): '접대용 커피: 기념품이 아님',
    (T('외부 손님께'), '전주 쌀 10kg (신동진)'): '농산물: 기념품이 아님',
    (T('외부 손님께'), '제철 채소 꾸러미'): '농산물: 기념품이 아님',
    (T('어르신들 드실'), '어르신들'): '수세미',
    (T('체육대회 시상품'), '체육대회'): '단체티·레크리에이션: 시상품이 아님',
    (T('전시 홍보물'), '전시'): '전시 관련이지만 홍보물이 아님(도록·액자·케이터링·번역·아트상품)',
    (T('어린이 전통문화'), '어린'): '어린이용 가구·과학·원예 키트',
    (T('어린이 전통문화'), '체험'): '전통문화가 아닌 체험(환경·목공·원예·과학·향)',
    (T('어린이 전통문화'), '프로그램'): '전통문화가 아닌 프로그램',
    (T('상권 홍보용'), '홍보용'): '인쇄 홍보물: 나눠 주는 판촉물이 아님',
    (T('야시장 먹거리'), '야시장'): '공연',
    (T('야시장 먹거리'), '친환경'): '재생 복사지',
    (T('야시장 먹거리'), '포장용'): '박스테이프·에어캡: 음식 포장용이 아님',
    (T('작은도서관 공간'), '공간'): '소독 서비스',
    (T('전동 빵집'), '전동'): '전동성당 투어',
    (T('메달 트로피'), '상장'): '상장 케이스·액자: 상장 자체가 아님',
    (T('현수막하고'), '배너'): '거치대만: 배너 출력물이 아님',
    (T('떡, 음료'), '과일'): '과일이 들어간 다른 음식·세제',
    (T('떡, 음료'), '음료'): '음료가 딸린 식사·다과 상자, 빈 컵',
    (T('조끼 모자'), '모자'): '조리용 위생모: 야외 활동 모자가 아님',
})


def _dong_ok(pdong, dong):
    return pdong == dong or re.fullmatch(re.escape(dong) + r'\d가', pdong) is not None


def _is_shop_product(p, shop):
    if shop not in p['shops']:
        return False
    core = catalog_data.SHOP_CORE[shop]
    return core is None or bool(set(p['tags']) & core)


def grade_item(it, p):
    tags = set(p['tags'])
    if tags & set(it['want']):
        good = True
        if it['max_price'] is not None and p['price'] > it['max_price']:
            good = False
        if it['spec']:
            hay = (p['name'] + ' ' + p['spec']).lower()
            if not all(s.lower() in hay for s in it['spec']):
                good = False
        return 2 if good else 1
    if tags & set(it['ok']):
        return 1
    return 0


def label(need, products):
    rows = {}
    for p in products:
        if need['kind'] == 'location':
            shop = need['items'][0]['want'][0]
            if _is_shop_product(p, shop):
                rows[p['name']] = (2 if _dong_ok(p['dong'], need['dong']) else 1, '')
            continue
        best, item = 0, ''
        for it in need['items']:
            g = grade_item(it, p)
            if g > best:
                best, item = g, it['item']
        if best:
            rows[p['name']] = (best, item if need['kind'] == 'multi_item' else '')
    for (t, pname), (g, item, why) in EXTRA_OK.items():
        if t == need['text'] and pname not in rows:
            rows[pname] = (g, item)
    for (t, pname), (g, why) in OVERRIDES.items():
        if t == need['text']:
            assert pname in rows, ('override target not labelled', t, pname)
            if g == 0:
                del rows[pname]
            else:
                rows[pname] = (g, rows[pname][1])
    return rows


# ---------------------------------------------------------------------------
# 스윕: 수요의 내용어가 제품명·규격·설명에 있는데 판정이 없는 제품 목록
STOP = set('''제작 구매 구입 필요 업체 주문 준비 찾습니다 찾고 있습니다 합니다 드립니다 부탁드립니다 요청드립니다
가능한 가능 곳을 곳으로 곳 주실 주시면 좋겠습니다 모시고 모시려 싶습니다 바랍니다 알려주세요 운영하려 하려 하려고
이하 이내 예산 개당 1개 인분 박스 세트 장 개 명 대상 일괄 전반 일체 용 위해 동안 기간 중 오전 오후 당일 단체로 단체
총 및 또는 각인 포함 문의 구합니다 맡아 맡겨 받아야 있는 드릴 드실 줄 만한 쓸 꾸밀 비치할 나눠드릴 수여할 차려
진행하는데 진행을 도와주실 한 분을 분 하루 직접 실습까지 몇 도 까지 으로 로 의 에 에서 를 을 이 가 과 와 은 는'''.split())

JOSA = ('에서', '으로', '까지', '부터', '에게', '께서', '하고', '이랑', '와', '과', '을', '를', '이', '가', '은', '는',
        '에', '의', '로', '도', '랑', '께')


def content_words(need):
    text = need['text']
    if need['kind'] in ('hanyeong', 'choseong'):
        text = need['intended']
    words = set()
    for tok in re.findall(r'[가-힣A-Za-z]+', text):
        for j in JOSA:
            if tok.endswith(j) and len(tok) - len(j) >= 2:
                tok = tok[:-len(j)]
                break
        if tok in STOP or len(tok) < 2:
            continue
        if re.fullmatch(r'[A-Za-z]+', tok):
            continue
        words.add(tok)
    return sorted(words)


def sweep(needs, products, labels, id_of):
    lines, pending = [], 0
    for n in needs:
        rows = labels[n['text']]
        hits = []
        for w in content_words(n):
            for p in products:
                hay = ' '.join([p['name'], p['spec'], p['desc']])
                if w in hay and p['name'] not in rows:
                    hits.append((w, p))
        if not hits:
            continue
        lines.append('## %s [%s] %s' % (id_of[n['text']], n['kind'], n['text']))
        for w, p in hits:
            why = SWEEP_NO.get((n['text'], p['name'])) or SWEEP_NO.get((n['text'], w))
            if why is None:
                pending += 1
                why = '??? 미검토'
            lines.append('  - "%s" in %s %s -> 0 : %s' % (w, p['code'], p['name'], why))
    return lines, pending


def main():
    products = build_catalog.load()
    names = [p['name'] for p in products]
    assert len(set(names)) == len(names), 'product names must be unique'
    texts = [n['text'] for n in NEEDS] + [x[0] for x in NO_MATCH]
    assert len(set(texts)) == len(texts)
    for (t, pn) in list(EXTRA_OK) + list(OVERRIDES):
        assert t in texts and pn in names, (t, pn)

    allq = [dict(n, nm=None) for n in NEEDS] + [
        dict(kind='no_match', voice=v, text=t, qty=None, budget=None, items=[], nm=(d, ov, why))
        for t, d, ov, why, v in NO_MATCH]
    rnd = random.Random(SEED)
    rnd.shuffle(allq)
    for i, q in enumerate(allq, 1):
        q['id'] = '%s-Q%03d' % (PFX, i)

    id_of = {q['text']: q['id'] for q in allq}
    labels = {n['text']: label(n, products) for n in NEEDS}
    lines, pending = sweep(NEEDS, products, labels, id_of)
    extra_lines = ['## EXTRA_OK (스윕 후 추가)'] + ['  - %s | %s -> %d (%s) : %s' % (t, pn, g, it or '-', why)
                                                 for (t, pn), (g, it, why) in EXTRA_OK.items()]
    extra_lines += ['## OVERRIDES (스윕 후 조정)'] + ['  - %s | %s -> %d : %s' % (t, pn, g, why)
                                                   for (t, pn), (g, why) in OVERRIDES.items()]
    with open(os.path.join(HERE, 'sweep_report.txt'), 'w', encoding='utf-8') as f:
        f.write('스윕 보고서: 수요의 내용어가 제품명·규격·설명에 들어 있지만 판정이 없는 제품\n')
        f.write('미검토 %d 건\n\n' % pending)
        f.write('\n'.join(lines + [''] + extra_lines) + '\n')
    print('sweep pending', pending)

    code_of = {p['name']: p['code'] for p in products}

    def w(name, header, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            cw = csv.writer(f)
            cw.writerow(header)
            cw.writerows(rows)

    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[q['id'], q['text'], '' if q['qty'] is None else q['qty'], '' if q['budget'] is None else q['budget']]
       for q in allq])
    w('query_kinds.csv', ['수요번호', '유형'], [[q['id'], q['kind']] for q in allq])
    qrels = []
    for q in allq:
        if q['kind'] == 'no_match':
            continue
        rows = labels[q['text']]
        for pn in sorted(rows, key=lambda x: code_of[x]):
            g, item = rows[pn]
            qrels.append([q['id'], code_of[pn], g, item])
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrels)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[q['id']] + list(q['nm']) for q in allq if q['kind'] == 'no_match'])
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[q['id'], q['text'], q['intended']] for q in allq if q['kind'] == 'hanyeong'])
    # 작성자용 대조표(도구 폴더): 수요번호 ↔ 목소리 ↔ 원래 태그
    with open(os.path.join(HERE, 'need_map.csv'), 'w', encoding='utf-8', newline='') as f:
        cw = csv.writer(f)
        cw.writerow(['수요번호', '유형', '기관', '수요내용'])
        from needs_data import VOICES
        for q in allq:
            cw.writerow([q['id'], q['kind'], VOICES[q['voice']], q['text']])
    print('queries', len(allq), 'qrels', len(qrels))


if __name__ == '__main__':
    main()
