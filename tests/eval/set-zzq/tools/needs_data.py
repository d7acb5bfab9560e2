"""수요(검색어) 자료 — 1단계: 카탈로그 없이 먼저 작성함.

각 수요: key, kind, inst(기관), text(검색창 입력), qty, budget,
  want: 정확히 원하는 품목 태그 (관련도 2)
  ok:   허용 대체 품목 태그 (관련도 1)
  price_max: 단가 상한(원), spec: 규격 정규식 목록(제품명+규격에 모두 맞아야 함)
  absent: 카탈로그에 나오면 안 되는 말 (synonym/typo)
  intended: 한영/초성 입력이 뜻하는 한글
  dong/shop: location 수요의 법정동·가게 종류
  items: multi_item 수요의 품목별 [{'item': 수요에 적힌 말, 'want': [...], 'ok': [...]}]
category 수요는 want 에 품목군(여러 태그)을 적음.
"""

HJ = '한국전력공사 전북본부'
KT = 'KT 전북광역본부'
SG = '전주시 선거관리위원회'
BW = '전주 종합사회복지관'
JD = '전북 제대군인지원센터'
TN = '전주 시립 테니스장·배드민턴 전용구장'
SR = '전주시청 씨름팀'
GH = '전주 게스트하우스 협의회'
FN = '전주 시립 장례식장'
FC = '전주시청 펜싱팀'

NEEDS = []


def N(kind, inst, text, **kw):
    d = dict(kind=kind, inst=inst, text=text, qty=None, budget=None, want=[], ok=[], price_max=None,
             spec=None, absent=None, intended=None, dong=None, shop=None, items=None)
    d.update(kw)
    n = sum(1 for x in NEEDS if x['kind'] == kind) + 1
    d['key'] = f'{kind}{n:02d}'
    NEEDS.append(d)


# ---------------- exact (11) ----------------
N('exact', HJ, '복사용지', want=['복사용지'])
N('exact', JD, '명함 제작', want=['명함'])
N('exact', FN, '근조화환', want=['근조화환'], ok=['근조바구니'])
N('exact', TN, '테니스공', want=['테니스공'])
N('exact', TN, '셔틀콕', want=['셔틀콕'])
N('exact', SR, '샅바', want=['샅바'])
N('exact', GH, '수건', want=['수건'])
N('exact', SG, '현수막', want=['현수막'], ok=['배너'])
N('exact', FN, '육개장', want=['육개장'])
N('exact', BW, '쌀', want=['쌀'], ok=['현미'])
N('exact', KT, '도시락', want=['도시락'], ok=['주먹밥', '샌드위치'])

# ---------------- synonym (11) ----------------
N('synonym', KT, '호치키스', want=['스테이플러'], ok=['스테이플침'], absent=['호치키스'])
N('synonym', GH, '뽁뽁이 포장재', want=['에어캡'], ok=['포장박스'], absent=['뽁뽁이'])
N('synonym', SR, '대일밴드', want=['일회용밴드'], ok=['구급함'], absent=['대일밴드'])
N('synonym', HJ, '스카치테이프', want=['투명테이프'], ok=['박스테이프'], absent=['스카치테이프', '스카치'])
N('synonym', JD, '포스트잇', want=['점착메모지'], absent=['포스트잇'])
N('synonym', BW, '행사 찌라시 인쇄', want=['전단지'], ok=['리플릿', '포스터'], absent=['찌라시'])
N('synonym', SR, '씨름부 츄리닝', want=['트레이닝복'], ok=['단체티셔츠'], absent=['츄리닝'])
N('synonym', GH, '객실용 쓰레빠', want=['슬리퍼'], absent=['쓰레빠'])
N('synonym', FN, '크리넥스', want=['각티슈'], ok=['물티슈'], absent=['크리넥스'])
N('synonym', HJ, '목장갑', want=['면장갑'], ok=['코팅장갑'], absent=['목장갑'])
N('synonym', FC, '손목 아대', want=['손목보호대'], ok=['보호대'], absent=['아대'])

# ---------------- typo (11) ----------------
N('typo', SG, '투표 안내 플랭카드', want=['현수막'], ok=['배너'], absent=['플랭카드'])
N('typo', BW, '생일 케익', want=['케이크'], absent=['케익'])
N('typo', KT, '종이 쇼핑벡', want=['쇼핑백'], absent=['쇼핑벡'])
N('typo', GH, '호텔 타올', want=['호텔수건'], ok=['수건'], absent=['타올'])
N('typo', GH, '샴프 린스', want=['샴푸'], ok=['어메니티'], absent=['샴프'])
N('typo', TN, '쓰래기봉투', want=['쓰레기봉투'], absent=['쓰래기'])
N('typo', JD, '취업박람회 리플렛', want=['리플릿'], ok=['전단지'], absent=['리플렛'])
N('typo', TN, '썬크림', want=['선크림'], absent=['썬크림'])
N('typo', TN, '배드멘턴 셔틀콕', want=['셔틀콕'], absent=['배드멘턴'])
N('typo', FC, '팬싱 유니폼', want=['펜싱복'], ok=['트레이닝복'], absent=['팬싱'])
N('typo', FN, '육계장', want=['육개장'], absent=['육계장'])

# ---------------- hanyeong (8 full + 3 mixed) ----------------
N('hanyeong', JD, 'audgka', intended='명함', want=['명함'])
N('hanyeong', GH, 'tnrjs', intended='수건', want=['수건'])
N('hanyeong', HJ, 'qhrtkdydwl', intended='복사용지', want=['복사용지'])
N('hanyeong', SG, 'gustnakr', intended='현수막', want=['현수막'], ok=['배너'])
N('hanyeong', TN, 'xpsltmrhd', intended='테니스공', want=['테니스공'])
N('hanyeong', KT, 'ehtlfkr', intended='도시락', want=['도시락'], ok=['주먹밥', '샌드위치'])
N('hanyeong', BW, 'ekqfPEjr', intended='답례떡', want=['답례떡'], ok=['떡'])
N('hanyeong', SR, 'tkxqk', intended='샅바', want=['샅바'])
N('hanyeong', FN, 'rmswhghkghks 주문', intended='근조화환 주문', want=['근조화환'], ok=['근조바구니'])
N('hanyeong', FC, 'tmvhcm 타월', intended='스포츠 타월', want=['스포츠타월'], ok=['수건'])
N('hanyeong', KT, 'ekrhk 세트', intended='다과 세트', want=['다과세트'], ok=['한과', '떡', '쿠키'])

# ---------------- spacing (11) ----------------
N('spacing', SG, '종이 컵', want=['종이컵'])
N('spacing', FN, '일회용수저세트', want=['일회용수저'])
N('spacing', TN, '배드민턴라켓', want=['배드민턴라켓'])
N('spacing', BW, '손 소독제', want=['손소독제'])
N('spacing', FN, '물 티슈', want=['물티슈'], ok=['홍보물티슈'])
N('spacing', KT, '단체 티셔츠', want=['단체티셔츠'])
N('spacing', FN, '장례답례품', want=['장례답례품'])
N('spacing', GH, '침구 세트', want=['침구세트'], ok=['이불', '베개커버'])
N('spacing', SR, '스포츠테이프', want=['스포츠테이프'])
N('spacing', SG, '에코 백', want=['에코백'])
N('spacing', TN, '쓰레기 봉투', want=['쓰레기봉투'])

# ---------------- choseong (11) ----------------
N('choseong', JD, 'ㅁㅎ 제작', intended='명함 제작', want=['명함'])
N('choseong', HJ, 'ㅂㅅㅇㅈ', intended='복사용지', want=['복사용지'])
N('choseong', FN, 'ㄱㅈㅎㅎ', intended='근조화환', want=['근조화환'], ok=['근조바구니'])
N('choseong', TN, 'ㅅㅌㅋ', intended='셔틀콕', want=['셔틀콕'])
N('choseong', SG, 'ㅎㅅㅁ', intended='현수막', want=['현수막'], ok=['배너'])
N('choseong', KT, 'ㄷㅅㄹ', intended='도시락', want=['도시락'], ok=['주먹밥', '샌드위치'])
N('choseong', BW, 'ㅅㅅㄷㅈ', intended='손소독제', want=['손소독제'])
N('choseong', FN, 'ㅇㄱㅈ', intended='육개장', want=['육개장'])
N('choseong', TN, 'ㅌㄴㅅ 공', intended='테니스 공', want=['테니스공'])
N('choseong', GH, 'ㅅㄱ 세트', intended='수건 세트', want=['수건'])
N('choseong', SG, 'ㅇㅋㅂ', intended='에코백', want=['에코백'])

# ---------------- quantity (11) ----------------
N('quantity', HJ, 'A4 복사용지 80g 10박스', qty=10, want=['복사용지'], spec=[r'A4', r'80\s?g'])
N('quantity', JD, '명함 100매 단가 15,000원 이하', want=['명함'], price_max=15000, spec=[r'100\s?매'])
N('quantity', TN, '테니스공 30캔 예산 30만원', qty=30, budget=300000, want=['테니스공'])
N('quantity', TN, '셔틀콕 50타 타당 2만원 이하', qty=50, price_max=20000, want=['셔틀콕'])
N('quantity', GH, '수건 40수 150g 300장', qty=300, want=['수건'], spec=[r'150\s?g'])
N('quantity', KT, '도시락 80개 개당 8천원 이하', qty=80, price_max=8000, want=['도시락'], ok=['주먹밥', '샌드위치'])
N('quantity', SR, '생수 500ml 20박스', qty=20, want=['생수'], spec=[r'500\s?ml'])
N('quantity', HJ, '재생토너 HP 85A 6개', qty=6, want=['재생토너'], spec=[r'85A'])
N('quantity', FN, '근조화환 3단 10만원 이하', price_max=100000, want=['근조화환'], ok=['근조바구니'], spec=[r'3단'])
N('quantity', BW, '쌀 10kg 50포', qty=50, want=['쌀'], ok=['현미'], spec=[r'10\s?kg'])
N('quantity', BW, '손소독제 500ml 30개 예산 15만원', qty=30, budget=150000, want=['손소독제'], spec=[r'500\s?ml'])

# ---------------- long_sentence (11) ----------------
N('long_sentence', SG, '2026년 6월 지방선거를 앞두고 투표 참여 캠페인(전주 객사 앞, 5월 말 예정)에서 시민들께 나눠드릴 홍보용 에코백 500개를 구매하고자 하오니 견적 부탁드립니다.',
  qty=500, want=['에코백'])
N('long_sentence', BW, '10월 중순 복지관 강당에서 열리는 어르신 경로잔치 때 참석하신 어르신 200분께 답례로 드릴 떡을 개별 포장으로 맞추려고 합니다.',
  want=['답례떡', '떡'], ok=['다과세트', '한과'])
N('long_sentence', HJ, '3월 12일 본부 대회의실에서 실시하는 협력업체 직원 전기안전 교육 실습 때 착용할 안전모 40개가 필요하여 구매 가능한 업체를 찾고 있습니다.',
  qty=40, want=['안전모'])
N('long_sentence', KT, '11월 말 KT 전북광역본부 임직원 사랑의 김장 나눔 행사에 사용할 국산 절임배추 20kg 10박스를 행사 전날 오후에 받을 수 있는지 문의드립니다.',
  qty=10, want=['절임배추'], ok=['김장양념'])
N('long_sentence', JD, '12월 5일 제대군인 취업역량 강화 교육 수료식에서 수료생들에게 기념품으로 드릴 텀블러에 센터 로고를 인쇄해서 제작하려고 합니다.',
  want=['텀블러'], ok=['머그컵'])
N('long_sentence', TN, '시립 테니스장 코트 이용객 휴게실에서 운영하는 셀프 커피 코너에 매달 정기적으로 원두커피를 납품해 주실 곳을 찾고 있습니다.',
  want=['원두커피'], ok=['드립백'])
N('long_sentence', SR, '전주시청 씨름팀 선수단 하계 합숙훈련 기간 동안 샤워 후 사용할 몸집 큰 선수용 대형 수건(비치타월 크기)을 구매하려고 합니다.',
  want=['대형타월'], ok=['수건'])
N('long_sentence', GH, '한옥마을 인근 게스트하우스 협의회 회원 업소 객실에 비치할 일회용 칫솔·치약 세트를 회원사 공동구매로 한 번에 주문하려고 합니다.',
  want=['칫솔세트'], ok=['어메니티'])
N('long_sentence', FN, '시립 장례식장 접객실에서 조문객 상차림에 쓰는 일회용 접시와 일회용 컵이 매달 필요해서 정기 납품이 가능한 업체를 찾습니다.',
  want=['일회용접시', '종이컵'], ok=['일회용수저', '일회용용기'])
N('long_sentence', FC, '전주시청 펜싱팀이 전국체전 출전을 앞두고 선수단 트레이닝 재킷에 팀 로고 자수를 넣어 단체로 제작하려고 하는데 가능한지 여쭙니다.',
  want=['트레이닝복'], ok=['팀재킷', '단체티셔츠'])
N('long_sentence', SG, '공정선거 홍보 행사에서 시민들에게 나누어 드릴 선관위 문구가 인쇄된 홍보용 물티슈 2,000개를 주문하려고 하는데 제작 기간이 얼마나 걸리는지 궁금합니다.',
  qty=2000, want=['홍보물티슈'], ok=['물티슈'])

# ---------------- category (11) ----------------
N('category', KT, '사무용품', want=['복사용지', '스테이플러', '스테이플침', '투명테이프', '점착메모지', '볼펜', '클리어파일', '수정테이프', '화이트보드마커', '바인더'],
  ok=['재생토너', '노트'])
N('category', JD, '행사 다과', want=['다과세트', '떡', '답례떡', '한과', '쿠키', '과자', '식혜'], ok=['음료', '생수', '컵과일'])
N('category', HJ, '안전용품', want=['안전모', '안전조끼', '면장갑', '코팅장갑', '안전화', '구급함'], ok=['마스크', '일회용밴드'])
N('category', FN, '장례용품', want=['근조화환', '근조바구니', '상복', '근조완장', '방명록', '근조리본'], ok=['장례답례품'])
N('category', GH, '객실 비품', want=['수건', '호텔수건', '침구세트', '이불', '베개커버', '슬리퍼', '칫솔세트', '어메니티', '샴푸', '각티슈'],
  ok=['비누', '매트리스커버'])
N('category', TN, '테니스·배드민턴 용품', want=['테니스공', '셔틀콕', '배드민턴라켓', '테니스라켓', '그립테이프'], ok=['스포츠타월'])
N('category', SR, '훈련 간식', want=['견과류', '에너지바', '단백질바', '컵과일', '쌀과자'], ok=['생수', '음료', '과일'])
N('category', TN, '청소용품', want=['쓰레기봉투', '대걸레', '걸레', '고무장갑', '락스', '세제', '수세미'], ok=['물티슈'])
N('category', SG, '홍보물 인쇄', want=['현수막', '배너', '전단지', '리플릿', '포스터', '팸플릿'], ok=['스티커', '명함'])
N('category', KT, '홍보 기념품', want=['에코백', '텀블러', '홍보물티슈', '볼펜인쇄', '우산', '머그컵', '부채'], ok=['쇼핑백'])
N('category', BW, '김장 재료', want=['절임배추', '김장양념', '고춧가루', '젓갈'], ok=['배추김치'])

# ---------------- location (10) ----------------
N('location', BW, '효자동 떡집', dong='효자동', shop='떡집')
N('location', SG, '서신동 인쇄소', dong='서신동', shop='인쇄소')
N('location', FN, '인후동 꽃집', dong='인후동', shop='꽃집')
N('location', JD, '송천동 빵집', dong='송천동', shop='빵집')
N('location', BW, '중화산동 반찬가게', dong='중화산동', shop='반찬가게')
N('location', KT, '삼천동 도시락집', dong='삼천동', shop='도시락집')
N('location', GH, '풍남동 한지공방', dong='풍남동', shop='한지공방')
N('location', BW, '평화동 방앗간', dong='평화동', shop='방앗간')
N('location', TN, '덕진동 카페', dong='덕진동', shop='카페')
N('location', GH, '금암동 세탁소', dong='금암동', shop='세탁소')

# ---------------- multi_item (11) ----------------
N('multi_item', HJ, '복사용지 및 재생토너', items=[
    dict(item='복사용지', want=['복사용지']), dict(item='재생토너', want=['재생토너'])])
N('multi_item', TN, '테니스공이랑 셔틀콕', items=[
    dict(item='테니스공', want=['테니스공']), dict(item='셔틀콕', want=['셔틀콕'])])
N('multi_item', GH, '수건하고 슬리퍼', items=[
    dict(item='수건', want=['수건']), dict(item='슬리퍼', want=['슬리퍼'])])
N('multi_item', FN, '육개장, 수육', items=[
    dict(item='육개장', want=['육개장']), dict(item='수육', want=['수육'], ok=['편육'])])
N('multi_item', SG, '현수막 배너', items=[
    dict(item='현수막', want=['현수막']), dict(item='배너', want=['배너'])])
N('multi_item', JD, '명함 및 봉투 인쇄', items=[
    dict(item='명함', want=['명함']), dict(item='봉투', want=['서류봉투'])])
N('multi_item', BW, '쌀하고 라면', items=[
    dict(item='쌀', want=['쌀'], ok=['현미']), dict(item='라면', want=['라면'], ok=['국수'])])
N('multi_item', SR, '샅바, 테이핑 테이프, 아이스팩', items=[
    dict(item='샅바', want=['샅바']), dict(item='테이핑 테이프', want=['스포츠테이프']),
    dict(item='아이스팩', want=['아이스팩'])])
N('multi_item', KT, '에코백 텀블러', items=[
    dict(item='에코백', want=['에코백']), dict(item='텀블러', want=['텀블러'])])
N('multi_item', FC, '손소독제, 마스크', items=[
    dict(item='손소독제', want=['손소독제']), dict(item='마스크', want=['마스크'])])
N('multi_item', TN, '커피 원두하고 종이컵', items=[
    dict(item='커피 원두', want=['원두커피'], ok=['드립백']), dict(item='종이컵', want=['종이컵'])])


# ---------------- NO_MATCH (3단계: 카탈로그 작성 후 작성) ----------------
# (inst, text, 난이도, 겹치는 말, 해당 없음 이유)
NO_MATCH_RAW = [
    (HJ, '복사기 임대', 'hard', '복사', '복사용지·복사 대행은 있으나 복사기(기계) 임대 상품은 없음'),
    (SG, '현수막 게시대 설치 공사', 'hard', '현수막', '현수막 인쇄만 있고 게시대 구조물 설치 공사는 없음'),
    (TN, '테니스장 코트 바닥 도색 공사', 'hard', '테니스', '테니스공·라켓만 있고 코트 도장 공사 없음'),
    (TN, '배드민턴 라켓 줄 교체 수리', 'hard', '배드민턴 라켓', '라켓 판매만 있고 스트링 교체 수리 서비스 없음'),
    (FN, '근조화환 배송용 탑차 렌트', 'hard', '근조화환, 배송', '화환 판매(배송 포함)만 있고 차량 임대 없음'),
    (FN, '장례식장 운구 차량 구입', 'hard', '장례', '장례용품·답례품은 있으나 차량은 없음'),
    (GH, '업소용 수건 건조기', 'hard', '수건', '수건·수건 세탁 서비스는 있으나 건조기(기계)는 없음'),
    (GH, '세탁기 수리', 'hard', '세탁', '세탁 서비스·세제만 있고 가전 수리 없음'),
    (SR, '씨름 모래판 교체 공사', 'hard', '씨름', '샅바·씨름 체험은 있으나 경기장 모래판 공사 없음'),
    (FC, '펜싱 전자 채점기', 'hard', '펜싱', '펜싱 연습복만 있고 전자 채점 장비 없음'),
    (HJ, '프린터 수리', 'hard', '프린터', '재생토너 설명에 프린터가 나오나 프린터 수리 서비스 없음'),
    (HJ, '수변전 설비 전기안전관리 대행', 'hard', '안전', '안전용품은 있으나 면허가 필요한 전기안전관리 대행 없음'),
    (KT, '도시락 배달용 오토바이', 'hard', '도시락, 배달', '도시락은 있으나 이륜차는 없음'),
    (BW, '떡 뽑는 기계', 'hard', '떡', '떡은 있으나 제병기(기계)는 없음'),
    (TN, '커피 머신 렌탈', 'hard', '커피', '원두·커피 케이터링은 있으나 머신 임대 없음'),
    (GH, '객실 도배 시공', 'hard', '객실', '객실 비품은 있으나 도배 공사 없음'),
    (GH, '한지 창호 문 수리 시공', 'hard', '한지', '한지 공예품·체험은 있으나 창호 시공 없음'),
    (BW, '쌀 도정기', 'hard', '쌀', '쌀은 있으나 도정 기계 없음'),
    (KT, '에코백 재봉용 공업용 미싱', 'hard', '에코백', '에코백은 있으나 재봉틀(기계) 없음'),
    (TN, '셔틀콕 자동 발사기', 'hard', '셔틀콕', '셔틀콕은 있으나 발사 머신 없음'),
    (KT, '노트북 컴퓨터', 'easy', '', '전산 장비 없음'),
    (JD, '항공권 발권', 'easy', '', '여행사 업무 없음'),
    (SG, '법률 자문 계약', 'easy', '', '법률 서비스 없음'),
    (HJ, '엘리베이터 유지보수', 'easy', '', '승강기 유지보수 없음'),
    (JD, '한글 오피스 라이선스', 'easy', '', '소프트웨어 없음'),
    (FN, '주차 차단기', 'easy', '', '주차 설비 없음'),
    (BW, '냉난방기 설치', 'easy', '', '냉난방 설비 없음'),
    (SG, 'CCTV 카메라', 'easy', '', '영상 보안 장비 없음'),
    (FC, '선수 상해보험 가입', 'easy', '', '보험 상품 없음'),
    (SR, '선수 건강검진 위탁', 'easy', '', '의료기관 서비스 없음'),
]
NO_MATCH = []
for i, (inst, text, lvl, ov, why) in enumerate(NO_MATCH_RAW, 1):
    NO_MATCH.append(dict(kind='no_match', key=f'no_match{i:02d}', inst=inst, text=text, qty=None, budget=None,
                         level=lvl, overlap=ov, reason=why))
