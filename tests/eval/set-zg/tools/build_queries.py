"""수요 150건(매칭 120 + 해당 없음 30)을 만들고, 태그로 기계적으로 관련도를 매긴 뒤
스윕(누락 점검) 판단을 반영해 queries.csv / query_kinds.csv / qrels.csv / no_match_detail.csv /
hanyeong_intended.csv / tools/sweep_report.txt 를 쓴다."""
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from needs_data import NEEDS  # noqa: E402
from build_catalog import build  # noqa: E402

# ---------------- 3단계: 카탈로그를 만든 뒤 쓴 '해당 없음' 수요 30건 ----------------
# (수요내용, 난이도, 겹치는 말, 해당 없음 이유, 목소리)
NO_MATCH = [
    ('복사기 임대', 'hard', '복사', '복사용지만 있고 사무기기 임대(렌탈) 상품은 없음', '감사'),
    ('현수막 게시대 설치 공사', 'hard', '현수막', '현수막 출력만 있고 게시대 구조물 설치 공사는 없음', '시장'),
    ('떡 제조기 구입', 'hard', '떡', '떡 제품만 있고 떡 만드는 기계는 없음', '시장'),
    ('업소용 세탁기 구매', 'hard', '세탁', '세탁 대행 서비스만 있고 세탁기(기계)는 없음', '돌봄'),
    ('사무실 에어컨 고장 수리', 'hard', '에어컨', '에어컨 분해 세척만 있고 고장 수리(냉매·부품 교체)는 없음', '경찰'),
    ('공연용 음향장비 대여', 'hard', '공연', '공연팀 섭외만 있고 음향장비 렌탈은 없음', '생활문화'),
    ('배달용 전기 오토바이 구매', 'hard', '배달', '배달·배송 서비스만 있고 차량(이륜차) 판매는 없음', '푸드'),
    ('청사 전기안전관리 대행', 'hard', '청사, 대행', '청소·방역 용역은 있으나 전기안전관리(면허 업종) 대행은 없음', '경찰'),
    ('보드게임 카페 대관', 'hard', '보드게임', '보드게임 판매·수업만 있고 공간 대관은 없음', '청년'),
    ('레이저 각인기 구입', 'hard', '각인, 레이저', '각인한 완제품(키링·명패)만 있고 각인 장비는 없음', '생활문화'),
    ('재생 토너 카트리지', 'hard', '재생', '재생 복사용지는 있으나 프린터 토너·카트리지는 없음', '감사'),
    ('민원실 정수기 렌탈', 'hard', '정수기, 민원실', '정수기용 종이컵만 있고 정수기 임대는 없음', '경찰'),
    ('청사 외벽 도장 공사', 'hard', '외벽', '외벽 유리창 청소는 있으나 도장(페인트) 공사는 없음', '감사'),
    ('한옥 기와 보수 공사', 'hard', '한옥, 보수', '소규모 집수리·도배는 있으나 기와 지붕 공사는 없음', '생활문화'),
    ('동시통역 장비 임대', 'hard', '통역', '통역 인력 서비스만 있고 통역 수신기·부스 임대는 없음', '장애인'),
    ('행사용 몽골텐트 대여', 'hard', '행사', '행사 물품 운반은 있으나 천막 대여는 없음', '시장'),
    ('체육복 줄임 수선', 'hard', '체육복, 운동복', '운동복 세탁·단체복 제작은 있으나 옷 수선은 없음', '돌봄'),
    ('급식 조리원 인력 파견', 'hard', '급식', '급식 식자재 납품은 있으나 조리 인력 파견은 없음', '푸드'),
    ('가로수 가지치기 작업', 'hard', '나무', '원목 가구·식물 관리는 있으나 수목 전정(조경 면허 작업)은 없음', '환경청'),
    ('방역용 드론 구입', 'hard', '방역, 드론', '방역소독 서비스와 드론 촬영은 있으나 드론 기체 판매는 없음', '농어촌'),
    ('해외출장 항공권 예약', 'easy', '-', '여행·항공 상품 없음', '농어촌'),
    ('직원 단체 상해보험 가입', 'easy', '-', '보험 상품 없음', '감사'),
    ('서버용 스토리지 구매', 'easy', '-', '전산 장비 없음', '청년'),
    ('골프장 회원권', 'easy', '-', '레저 회원권 없음', '농어촌'),
    ('반려견 미용', 'easy', '-', '반려동물 서비스 없음', '시장'),
    ('치과 스케일링', 'easy', '-', '의료 서비스 없음', '경찰'),
    ('헬스장 이용권', 'easy', '-', '체육시설 이용권 없음', '청년'),
    ('휴대폰 요금제 변경', 'easy', '-', '통신 상품 없음', '감사'),
    ('아파트 분양 상담', 'easy', '-', '부동산 서비스 없음', '장애인'),
    ('중고차 매입', 'easy', '-', '차량 매매 없음', '환경청'),
]


# ---------------- 4단계 스윕 판단 기록 ----------------
# 수요 키는 수요내용의 앞부분(접두어)으로 쓴다. 제품은 제품명으로 가리킨다.
GENERIC = ['행사', '단체', '시간', '아이들', '기관', '로고', '문구', '환경', '만들기', '편집', '진행하', '식사', '한옥마',
           '캠페인', '홍보용', '서류', '청년', '관리', '용역', '프로그램', '직원', '매씩', '출장', '현장', '사진']
# 낱말 단위 판단: 이 낱말로만 걸린 제품은 무관
EXTRA_OK_WORDS = {('*', w): '수요의 맥락어일 뿐 품목을 가리키지 않음(제품 설명의 일반어와 겹침)' for w in GENERIC}
EXTRA_OK = {}   # (수요 접두어, 제품명) -> 무관 판단 이유
OVERRIDES = {}  # (수요 접두어, 제품명) -> (관련도, 품목, 이유)  관련도 0 이면 라벨 제거


def ok(need, names, why):
    for nm in names:
        EXTRA_OK[(need, nm)] = why


def ov(need, names, grade, item, why):
    for nm in names:
        OVERRIDES[(need, nm)] = (grade, item, why)


def ok_reason(text, pname):
    for (k, nm), why in EXTRA_OK.items():
        if nm == pname and text.startswith(k):
            return why
    return None


CARD_HOLDERS = ['한지 명함꽂이', '가죽 명함지갑']
BANNER_REUSE = ['현수막 디자인 시안', '폐현수막 업사이클 토트백', '폐현수막 접이식 장바구니', '현수막 원단 파우치',
                '재활용 원단 신발주머니']
ECO_OTHERS = ['친환경 현수막', '친환경 주방세제 리필 1L', '친환경 세탁세제 2.5L', '친환경 채소 꾸러미', '친환경 감자 5kg',
              '친환경 쌀 10kg']
for q in ['명함 제작', 'ㅁㅎ', '명함 200매씩', '명함, 봉투']:
    ok(q, CARD_HOLDERS, '명함을 넣는 소품이지 명함 인쇄가 아님')
ok('친환경 쌀', ECO_OTHERS, '친환경이라는 말만 같고 쌀이 아님')
ok('친환경 ㅅㅈ', ECO_OTHERS, '친환경이라는 말만 같고 세제가 아님')
ok('학교급식용 친환경', ECO_OTHERS[:3], '농산물이 아님')
ok('학교급식용 친환경', ['로컬 쌀·잡곡 선물세트', '전주 로컬푸드 선물세트'], '선물 포장 세트라 급식 식재료로 부적합')
ok('일회용품 줄이는', ECO_OTHERS[:1] + ECO_OTHERS[3:], '생활용품이 아님(현수막·농산물)')
ov('일회용품 줄이는', ['제로웨이스트 입문 키트'], 2, '', '대나무칫솔·소창 행주·고체치약 묶음으로 바로 그 품목들임')
ov('화환', ['근조 바구니'], 1, '', '화환은 아니지만 조화 용도로 대신 보내는 상품')
for q in ['rmswh 화환', '근조 ㅎㅎ']:
    ov(q, ['근조 바구니'], 1, '', '근조화환 대신 보내는 조화 바구니(대체 가능)')
    ok(q, ['축하화환 3단', '개업 쌀화환'], '축하용 화환이라 근조 용도에 쓸 수 없음')
ov('근조화환, 축하화분', ['근조 바구니'], 1, '근조화환', '근조화환 대신 보내는 조화 바구니')
ok('두부', ['바삭 두부과자 100g', '손두부 만들기 체험'], '두부가 든 과자·체험이지 두부가 아님')
ok('쌀 잡곡 두부', ['바삭 두부과자 100g', '손두부 만들기 체험'], '두부가 든 과자·체험이지 두부가 아님')
ok('쌀 잡곡 두부', ['로컬 쌀·잡곡 선물세트', '전주 로컬푸드 선물세트'], '소포장 선물세트라 급식 식재료 구매로 부적합')
ok('수제 초콜렛', ['저자극 올리브 천연비누', '수제 레몬청 500ml', '수제 자몽청 500ml'], '"수제"만 같음')
ok('수제 초콜렛', ['수제 초코파이 6입'], '초콜릿 선물을 찾는 수요라 초코파이는 대체품으로 보지 않음(판단 경계)')
ok('개업 화한', ['답례 떡 3종 박스', '팥 시루떡 1되'], '개업용 떡이지 화환이 아님')
for q in ['gustnakr', 'ㅎㅅㅁ', '현수막 5m', '현수막 및 X배너']:
    ok(q, BANNER_REUSE, '현수막 디자인만 하거나 폐현수막으로 만든 잡화로, 현수막 출력물이 아님')
for q in ['xjaqmffj', '텀블러 200개', '텀블러하고 에코백']:
    ok(q, ['소창 텀블러 주머니'], '텀블러를 담는 주머니이지 텀블러가 아님')
ok('ghkqns', ['어린이 반려식물 키트'], '씨앗 심기 교구 키트로 완성된 화분이 아님')
for q in ['qhemrpdla', '보드 게임']:
    ok(q, ['보드게임 지도사 양성과정'], '성인 대상 자격 과정으로 보드게임이 아님')
ok('보드 게임', ['화이트보드 마커 4색 세트', '폼보드 안내판'], '"보드"만 같음')
for q in ['ehtlfkr', 'ㄷㅅㄹ', '도시락 개당', '도시락이랑 음료', '평화동 도시락집']:
    ok(q, ['스테인리스 보온 도시락통'], '빈 도시락 용기이지 음식 도시락이 아님')
ok('소창 godwn', ['소창 손수건', '소창 타월', '소창 텀블러 주머니', '소창 손수건 쪽염색 체험'], '같은 소창 원단이지만 행주가 아님')
ok('소창 godwn', ['행주·물수건 위생 세탁'], '행주 세탁 서비스이지 행주 판매가 아님')
ov('소창 godwn', ['제로웨이스트 입문 키트'], 1, '', '소창 행주가 들어 있는 묶음 상품(단품 아님)')
ok('물 티슈', ['미용티슈 250매 6개입'], '마른 곽 티슈로 물티슈가 아님')
ok('대나무 칫솔', ['한지 태극선 부채'], '대나무 살 부채')
ov('대나무 칫솔', ['제로웨이스트 입문 키트'], 1, '', '대나무칫솔이 들어 있는 묶음 상품(단품 아님)')
ok('천연 비누', ['소창 손수건 쪽염색 체험', '밀랍랩 3종 세트', '수세미 열매 천연 수세미', '두루마리 화장지 3겹 30롤',
                '우리밀 식빵'], '"천연"만 같음')
ok('천연 비누', ['비누꽃 부케'], '장식용 비누꽃으로 씻는 비누가 아님')
ok('천연 비누', ['천연비누 만들기 체험'], '비누 구매가 아니라 체험 수업')
ok('방역 소독', ['손소독제 젤 500ml', '스프레이 손소독제 250ml'], '손 소독 용품이지 방역소독 용역이 아님')
ov('ㅊㄱㄹ', ['전주 로컬푸드 선물세트', '명절 실속 김·참기름 세트'], 1, '', '참기름이 구성품 중 하나인 세트')
ok('개별포장 떡', ['KF94 마스크 50매', '단팥빵 10개입', '쌀 쿠키 개별포장', '수제 초코파이 6입'], '개별포장이지만 떡이 아님')
ok('개별포장 떡', ['전통 약과 20입'], '한과로 떡이 아님(수요는 떡 100개)')
ok('수건 40수', ['소창 손수건', '소창 손수건 쪽염색 체험', '대량 세탁 (숙박·목욕탕)', '행주·물수건 위생 세탁'],
   '손수건·세탁 서비스로 수건 구매가 아님')
ok('X배너 거치대', ['실내용 족자 배너'], '벽걸이 천 배너로 거치대형 X배너가 아님')
ok('현수막 및 X배너', ['실내용 족자 배너'], '벽걸이 천 배너로 X배너가 아님')
ok('11월 중순', ['산세베리아 대형 화분'], '"로비"만 같음')
ok('관내 초등학교', ['무농약 블루베리 1kg', '친환경 쌀 10kg', '무농약 부추 1kg', '친환경 채소 꾸러미', '친환경 감자 5kg'],
   '무농약 농산물이지만 콩나물이 아님')
ov('6월 5일', ['재활용 원단 신발주머니'], 1, '', '폐현수막으로 만든 끈 가방이라 대체 가능(A4 서류 가방으로는 다소 작음)')
ok('6월 5일', ['크라프트 종이 쇼핑백 중형 100매', '롤업배너', '커피박 재활용 화분', '한지 태극선 부채'],
   '가방·재활용·기념품 낱말만 같음')
ok('5월 셋째', ['소창 손수건 쪽염색 체험', '천연비누 만들기 체험', '어린이 간식 도시락', '다도 체험', '테라리움 만들기 체험',
               '한지 공예 체험 (단체)', '도자기 만들기 체험', '가죽공예 체험', '찾아가는 목공 체험 (출장 수업)',
               '국악기 체험 교육', '손인형 만들기 체험', '업사이클 공예 체험'], '농촌 체험이 아닌 공예·문화 체험')
ok('5월 셋째', ['친환경 감자 5kg'], '감자 캐기 체험이 아니라 감자 판매')
ok('민원실 대기', ['친환경 주방세제 리필 1L', '사계절 실내 슬리퍼'], '"식물"·"민원실" 낱말만 같음')
ok('민원실 대기', ['커피박 재활용 화분', '분청 도자기 화분', '토분 3종 세트'], '식물이 없는 빈 화분')
ok('민원실 대기', ['어린이 반려식물 키트'], '어린이 씨앗 키트로 공기정화 식물 화분이 아님')
ok('민원실 대기', ['사무실 식물 관리 방문 서비스'], '식물 관리 용역이지 화분 공급이 아님')
CRAFT = ['소창 손수건 쪽염색 체험', '천연비누 만들기 체험', '테라리움 만들기 체험', '도자기 만들기 체험', '가죽공예 체험',
         '손인형 만들기 체험', '업사이클 공예 체험']
ov('여름방학', CRAFT, 1, '', '목공은 아니지만 아이들 만들기 수업으로 대체 가능(한지·요리 체험과 같은 등급으로 맞춤)')
ok('여름방학', ['간식용 모닝빵 세트', '보드게임 강사 파견 수업'], '"센터"·"수업" 낱말만 같음, 만들기 수업 아님')
ok('9월 한옥마을', ['국악기 체험 교육'], '국악 교육이지 공연이 아님')
ok('9월 한옥마을', ['어린이 마술 공연', '버블쇼 공연', '어린이 인형극 공연', '그림자극 공연'],
   '국악 공연을 지정한 수요라 다른 장르 공연은 제외(버스킹만 대체로 인정)')
ok('9월 한옥마을', ['수어통역 (행사·회의)'], '"무대"만 같음')
ok('발달장애인', ['유기농 쌀 20kg', '그림자극 공연'], '"경험"·"그림" 낱말만 같음')
ok('설 명절', ['로컬 제철 꾸러미 정기구독'], '정기구독 꾸러미로 경품용 선물세트가 아님')
ok('설 명절', ['판소리 공연', '접이식 장바구니'], '"대목"·"시장" 낱말만 같음')
ok('12월 10일', ['기관 홍보영상 제작', '드론 항공촬영', '수어 안내영상 제작'], '행사 현장 기록이 아닌 다른 영상 제작')
ok('12월 10일', ['카펫 세탁'], '"강당"만 같음')
ov('돌봄교실 아이들', ['주먹밥 간식 세트', '어린이 간식 도시락', '바삭 두부과자 100g', '수제 초코파이 6입'], 2, '',
   '아이 간식으로 바로 쓰는 상품(태그 목록에서 빠졌던 것)')
ok('청사 위생', ['행주·물수건 위생 세탁'], '세탁 서비스로 청사 위생관리 용역이 아님')
ov('명절 직원 선물', ['수제 초콜릿 선물상자'], 1, '', '선물상자이지만 명절 선물로는 통상적이지 않음')
ok('명절 직원 선물', ['가죽 명함지갑'], '퇴임 선물 용도 소품')
ok('기관 홍보용', ['크라프트 종이 쇼핑백 중형 100매'], '기념품을 담는 포장재')
ov('기관 홍보용', ['가죽 키링 각인', '휴대용 물티슈 20매', '천연비누 답례 3입 세트'], 2, '', '판촉·답례용으로 파는 기념품')
ov('기관 홍보용', ['로고 인쇄 캡 모자'], 1, '', '로고 인쇄 의류로 기념품 대용 가능')
ok('아이들 체험', ['어린이 간식 도시락'], '"체험학습용" 도시락')
ov('아이들 체험', ['다도 체험', '국악기 체험 교육'], 2, '', '아이들이 참여할 수 있는 체험 프로그램(태그 목록에서 빠졌던 것)')
ok('효자동 떡집', ['회의용 다과 세트'], '다과 배달 업체로 떡집이 아님')
ok('효자동 떡집', ['떡메치기 체험'], '떡집이 하는 체험 프로그램으로 떡 판매가 아님')
ok('서신동 꽃집', ['비누꽃 부케', '앙금플라워 떡케이크 1호'], '꽃 모양 상품이지 꽃집이 아님')
ok('경원동 인쇄소', ['복사용지 A4 80g', '홍보물 디자인 (포스터·리플렛)', '휴대용 물티슈 20매', '로고 인쇄 머그컵',
                   '단체 티셔츠 (면 라운드)', '단체 망사 조끼', '로고 인쇄 캡 모자', '카페 앞치마', '면 에코백 로고 인쇄',
                   '답례 수건 문구 인쇄', '스테인리스 텀블러 500ml 로고 인쇄', '실속형 텀블러 350ml', '홍보용 부채 문구 인쇄',
                   '전사 인쇄 머그컵'], '인쇄가 들어간 상품·디자인 업체일 뿐 인쇄소가 아님')
ok('송천동 세탁소', ['친환경 세탁세제 2.5L'], '세제 판매처로 세탁소가 아님')
ok('풍남동 공방', ['목공 교실 (공방 수업)'], '목공소는 별도 가게 종류로 분류(평화동)')
ok('인후동 반찬가게', ['스테인리스 보온 도시락통', '행사용 불고기 도시락', '한식 정식 도시락', '가정식 도시락'],
   '도시락집으로 반찬가게가 아님')
ok('덕진동 카페', ['카페 앞치마'], '카페용 앞치마')
ok('삼천동 청소업체', ['고무장갑 중형 10켤레', '업소용 대용량 물티슈 400매', '어르신 방문 돌봄'], '청소 용품·돌봄으로 청소업체가 아님')
ov('도시락이랑 음료', ['김밥 세트', '샌드위치 세트'], 1, '도시락', '도시락 대신 쓸 수 있는 간편식(음료 포함)')
ok('도시락이랑 음료', ['회의용 다과 세트'], '다과 구성이라 식사·음료 어느 쪽도 아님')
ov('도시락이랑 음료', ['아메리카노 단체 주문', '수정과 1L'], 2, '음료', '음료 상품(태그 목록에서 빠졌던 것)')
ok('명함, 봉투', ['홍보물 디자인 (포스터·리플렛)'], '디자인만 하는 서비스로 리플렛 인쇄가 아님')
ov('사무용품 일괄', ['수정테이프 5mm 10개입'], 2, '', '사무용품(태그 목록에서 빠졌던 것)')
ov('청년 행사 홍보물', ['실내용 족자 배너'], 2, '', '행사 홍보용 배너 출력물')
ov('청년 행사 홍보물', ['폼보드 안내판'], 1, '', '안내용 출력물로 홍보물에 준함')
ov('행사 다과', ['수정과 1L'], 2, '', '전통 음료로 다과상에 바로 오름')


def cond_ok(cond, p):
    if not cond:
        return True
    typ, val = cond
    text = p['name'] + ' ' + p['spec'] + ' ' + p['desc']
    if typ == 'price_le':
        return p['price'] <= val
    if typ == 'spec_all':
        return all(v in p['spec'] for v in val)
    if typ == 'text_any':
        return any(v in text for v in val)
    if typ == 'tag':
        return val in p['tags']
    raise ValueError(cond)


def grade_simple(want, sub, cond, mode, p):
    tags = set(p['tags'])
    hit = [t for t in want if t in tags]
    if hit:
        if mode == 'all' and len(hit) < len(want):
            return 1
        return 2 if cond_ok(cond, p) else 1
    if any(t in tags for t in sub):
        return 1
    return 0


def label(need, meta):
    """{code: (grade, 품목)}"""
    res = {}
    for p in meta:
        if need['kind'] == 'location':
            if p['shop'] == need['shop']:
                res[p['code']] = (2 if p['dong'].startswith(need['loc']) else 1, '')
            continue
        if need['kind'] == 'multi_item':
            best = (0, '')
            for item, want, sub in need['items']:
                g = grade_simple(want, sub, None, 'any', p)
                if g > best[0]:
                    best = (g, item)
            if best[0]:
                res[p['code']] = best
            continue
        g = grade_simple(need['want'], need['sub'], need['cond'], need['mode'], p)
        if g:
            res[p['code']] = (g, '')
    return res


STOP = set('''제작 구매 구입 정도 업체 찾고 찾습니다 있습니다 합니다 하려고 하고 있으면 좋겠습니다 주세요 주실 해 줄
있는 곳이면 곳 부탁드립니다 계획 중입니다 함께 같은 대상 직접 오셔서 동안 가능한 알려 이면 하는데 드릴 드립니다
되는 됩니다 위해 싶습니다 하는 사려는데 맡아 추천해 주십시오 만들려고 그림과 쉬운 문장으로 있도록 읽기 당사자도
준비 섭외 일괄 개당 이하 예산 포함 기념 시민 참가자 참여 열리는 다음 저녁 식사로 부르려고 견적 앞두고 관내 들어갈
시간에 받을 생산자를 1회 납품량은 크기는 서류가 들어가는 정도면 됩니다 셋째 토요일에 직원 가족 초청 아이들과
마을 프로그램이 안내 의견이 많아 두려고 직원들이 관리하기 품종이면 기간 초등학생 20명을 센터에 수업을 강사나 구합니다
무대에서 30분 단체를 섭외하고 출연료 편성을 맞아 방문객 이벤트를 하려고 지역 구성된 세트당 안팎이면 현장
하이라이트 편집을 업체를 11월 중순 1층 로비에서 진행하는 때 시민들께 나눠드릴 300개 문구와 로고를 인쇄할 수
'''.split())
SHOP_WORD = {'떡집': '떡', '꽃집': '꽃', '인쇄소': '인쇄', '세탁소': '세탁', '공방': '공방', '반찬가게': '반찬',
             '빵집': '빵', '도시락집': '도시락', '카페': '카페', '청소업체': '청소', '목공소': '목공'}
PARTICLES = ['으로', '에서', '에게', '까지', '부터', '이나', '이랑', '하고', '을', '를', '이', '가', '은', '는', '에', '의',
             '로', '와', '과', '도', '랑', '께']


def content_words(need):
    base = need['intended'] if need['kind'] in ('hanyeong', 'choseong') and need['intended'] else need['text']
    if need['kind'] == 'choseong':
        base = re.sub(r'[ㄱ-ㅎ]+', ' ', base) + ' ' + need['intended']
    toks = re.split(r'[\s,.()~·\-/!?]+', base)
    out = []
    for t in toks:
        t = re.sub(r'[0-9,]+(개|명|장|포|팩|매|박스|kg|g|m|원|세트|분|월|일|주|수|만원|씩|명분)?$', '', t)
        t = re.sub(r'^[0-9.xX]+', '', t)
        for pp in PARTICLES:
            if t.endswith(pp) and len(t) - len(pp) >= 2:
                t = t[:-len(pp)]
                break
        if len(t) >= 2 and t not in STOP and re.search('[가-힣A-Za-z]', t):
            out.append(t)
    if need['kind'] == 'location':
        out = [SHOP_WORD[need['shop']]]
    return sorted(set(out))


def main():
    rows, meta = build()
    by_code = {p['code']: p for p in meta}
    by_name = {p['name']: p['code'] for p in meta}
    assert len(by_name) == len(meta), '제품명이 겹침'

    needs = [dict(n) for n in NEEDS]
    for text, diff, overlap, reason, voice in NO_MATCH:
        needs.append(dict(kind='no_match', voice=voice, text=text, difficulty=diff, overlap=overlap, reason=reason,
                          qty=None, budget=None, intended=None))
    texts = [n['text'] for n in needs]
    assert len(set(texts)) == len(texts), '수요내용 중복'
    for key in set(k for k, _ in list(EXTRA_OK) + list(OVERRIDES)):
        hit = [t for t in texts if t.startswith(key)]
        assert len(hit) == 1, ('판단 키가 수요 하나를 가리키지 않음', key, hit)
    for _, nm in list(EXTRA_OK) + list(OVERRIDES):
        assert nm in by_name, ('없는 제품명', nm)

    report = []
    qrels = {}
    unreviewed = 0
    for n in needs:
        if n['kind'] == 'no_match':
            continue
        lab = label(n, meta)
        # 판단 반영
        for (ntext, pname), (g, item, why) in OVERRIDES.items():
            if n['text'].startswith(ntext):
                code = by_name[pname]
                if g == 0:
                    lab.pop(code, None)
                else:
                    lab[code] = (g, item)
        # 스윕
        words = content_words(n)
        flagged = []
        for p in meta:
            if p['code'] in lab:
                continue
            hay = p['name'] + ' ' + p['spec'] + ' ' + p['desc']
            hits = [w for w in words if w in hay]
            if not hits:
                continue
            if ok_reason(n['text'], p['name']):
                flagged.append((p, hits, '판단: 무관 - ' + ok_reason(n['text'], p['name'])))
            elif all((n['text'], w) in EXTRA_OK_WORDS or ('*', w) in EXTRA_OK_WORDS for w in hits):
                why = '; '.join(f"'{w}' " + EXTRA_OK_WORDS.get((n['text'], w), EXTRA_OK_WORDS.get(('*', w), ''))
                                for w in hits)
                flagged.append((p, hits, '판단: 무관 - ' + why))
            else:
                flagged.append((p, hits, '미검토'))
                unreviewed += 1
        if flagged or any(n['text'].startswith(k[0]) for k in OVERRIDES):
            report.append(f"## [{n['kind']}] {n['text']}  (내용어: {', '.join(words)})")
            for (ntext, pname), (g, item, why) in OVERRIDES.items():
                if n['text'].startswith(ntext):
                    report.append(f"  * 재판정 {by_name[pname]} {pname} -> {g} {item} : {why}")
            for p, hits, verdict in flagged:
                report.append(f"  - {p['code']} {p['name']} [{'/'.join(hits)}] {verdict}")
        n['lab'] = lab
        qrels[n['text']] = lab

    # 섞기와 번호 붙이기
    rng = random.Random(150150)
    order = list(range(len(needs)))
    rng.shuffle(order)
    shuffled = [needs[i] for i in order]
    for i, n in enumerate(shuffled, 1):
        n['id'] = f"ZG-Q{i:03d}"

    def w(name, header, data):
        with open(os.path.join(ROOT, name), 'w', encoding='utf-8', newline='') as f:
            cw = csv.writer(f)
            cw.writerow(header)
            cw.writerows(data)

    w('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[n['id'], n['text'], '' if n.get('qty') is None else n['qty'], '' if n.get('budget') is None else n['budget']]
       for n in shuffled])
    w('query_kinds.csv', ['수요번호', '유형'], [[n['id'], n['kind']] for n in shuffled])
    qr = []
    for n in shuffled:
        if n['kind'] == 'no_match':
            continue
        for code in sorted(n['lab'], key=lambda c: (-n['lab'][c][0], c)):
            g, item = n['lab'][code]
            qr.append([n['id'], code, g, item if n['kind'] == 'multi_item' else ''])
    w('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qr)
    w('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[n['id'], n['difficulty'], n['overlap'], n['reason']] for n in shuffled if n['kind'] == 'no_match'])
    w('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[n['id'], n['text'], n['intended']] for n in shuffled if n['kind'] == 'hanyeong'])
    with open(os.path.join(HERE, 'sweep_report.txt'), 'w', encoding='utf-8') as f:
        f.write('# 스윕 보고서: 수요의 내용어가 제품명·규격·설명에 나오지만 태그로는 라벨되지 않은 제품\n')
        f.write('# (재판정 = OVERRIDES, 판단: 무관 = EXTRA_OK / EXTRA_OK_WORDS, 미검토 = 아직 판단 안 함)\n\n')
        f.write('\n'.join(report) + '\n')
        f.write(f"\n미검토 {unreviewed}건\n")
    print('needs', len(needs), 'qrels rows', len(qr), 'unreviewed', unreviewed)


if __name__ == '__main__':
    main()
