# -*- coding: utf-8 -*-
"""수요(검색어) 데이터.  1단계: 카탈로그 없이 먼저 작성한 120개 '매칭 가능' 수요.
NO_MATCH(30개)는 카탈로그 작성 뒤 맨 아래에 따로 작성했다.

필드
  key     내부 키 (유형-번호). 최종 번호(ZZZ-Q###)는 build_queries.py 에서 섞어서 매김
  kind    유형
  inst    수요 기관
  text    검색창에 입력한 문장
  qty     수량(물건 개수를 밝힌 경우만), budget 예산(원)
  want    원하는 품목 태그(관련도 2), ok 대체 가능 품목 태그(관련도 1)
  cap     개당 단가 상한(원). budget 만 있으면 budget // qty 를 상한으로 씀
  spec    규격 조건 정규식(제품명+규격에 적용). 원하는 품목이지만 조건 불충족이면 1
  absent  동의어/오타 유형: 카탈로그에 나타나면 안 되는 말
  intended 한영/초성 유형: 의도한 한글
  form/catalog_form  띄어쓰기 유형: 수요의 표기 / 카탈로그가 쓸 표기
  dong/shop 위치 유형: 법정동 / 가게 종류
  items   여러 품목 유형: [(품목 표기, want, ok, cap, spec), ...]
"""

INSTITUTIONS = [
    '전주 게이트볼 협회', '전주 파크골프장 관리소', '전주 그라운드골프 동호회',
    '전주 카누 수상안전 교실', '전주 시민 바둑·장기 교실', '전주 e스포츠 경기장',
    '전주 난타 공연단', '전주 동화구연 봉사단', '전주 웹툰·애니메이션 창작센터',
    '전주 영상미디어센터 라디오·팟캐스트 스튜디오',
]
G, P, GR, C, B, E, N, D, W, R = INSTITUTIONS


def n(key, kind, inst, text, want=(), ok=(), qty=None, budget=None, cap=None, spec=None, **kw):
    d = dict(key=key, kind=kind, inst=inst, text=text, want=list(want), ok=list(ok),
             qty=qty, budget=budget, cap=cap, spec=spec)
    d.update(kw)
    return d


# 범주형 수요가 뜻하는 품목 묶음 (README 에도 옮겨 적음)
CATEGORY_GROUPS = {
    '행사 다과': dict(want=['떡', '한과', '쿠키', '빵', '다과세트', '떡케이크'],
                  ok=['주스', '커피', '드립백', '과일', '초콜릿', '생수']),
    '사무용품': dict(want=['복사용지', '볼펜', '스테이플러', '점착메모지', '파일', '유성마커', '투명테이프'], ok=[]),
    '수상 안전용품': dict(want=['구명조끼', '호루라기', '구급상자'], ok=['드라이백', '래쉬가드']),
    '게이트볼 용품': dict(want=['게이트볼공', '게이트볼스틱', '게이트볼게이트', '게이트볼골폴', '게이트볼세트'], ok=[]),
    '파크골프 용품': dict(want=['파크골프공', '파크골프클럽', '파크골프티', '파크골프가방'], ok=[]),
    '게이밍 주변기기': dict(want=['마우스패드', '게이밍헤드셋', '키보드'], ok=['게이밍의자']),
    '난타 공연 용품': dict(want=['난타북', '북채', '공연복'], ok=['귀마개']),
    '동화구연 교구': dict(want=['손인형', '융판동화', '막대인형'], ok=['동화책']),
    '홍보 굿즈': dict(want=['아크릴키링', '아크릴스탠드', '엽서', '스티커', '캔뱃지'], ok=['에코백', '텀블러', '풍경엽서']),
    '방음 자재': dict(want=['흡음폼', '흡음패널', '방음커튼'], ok=['암막커튼']),
    '대회 시상품': dict(want=['트로피', '메달', '상패', '상장'], ok=[]),
}


def cat(key, inst, text, group):
    g = CATEGORY_GROUPS[group]
    return n(key, 'category', inst, text, g['want'], g['ok'], group=group)


NEEDS = [
    # ---------------- exact (11)
    n('exact-01', 'exact', G, '게이트볼 게이트', ['게이트볼게이트'], ['게이트볼세트']),
    n('exact-02', 'exact', P, '면장갑', ['면장갑'], ['코팅장갑']),
    n('exact-03', 'exact', GR, '그라운드골프 클럽', ['그라운드골프클럽'], ['그라운드골프세트']),
    n('exact-04', 'exact', C, '드라이백', ['드라이백'], ['방수파우치']),
    n('exact-05', 'exact', B, '장기 세트', ['장기세트'], ['장기알']),
    n('exact-06', 'exact', E, '생수', ['생수']),
    n('exact-07', 'exact', N, '귀마개', ['귀마개']),
    n('exact-08', 'exact', D, '동화책', ['동화책']),
    n('exact-09', 'exact', W, '스티커 인쇄', ['스티커']),
    n('exact-10', 'exact', R, '흡음패널', ['흡음패널'], ['흡음폼']),
    n('exact-11', 'exact', P, '도시락', ['도시락']),

    # ---------------- synonym (11)
    n('synonym-01', 'synonym', G, '게이트볼 망치', ['게이트볼스틱'], ['게이트볼세트'], absent=['망치']),
    n('synonym-02', 'synonym', P, '파크골프채', ['파크골프클럽'], absent=['파크골프채', '골프채']),
    n('synonym-03', 'synonym', GR, '동호회 쪼끼', ['조끼'], absent=['쪼끼']),
    n('synonym-04', 'synonym', C, '구명자켓', ['구명조끼'], absent=['구명자켓', '자켓']),
    n('synonym-05', 'synonym', B, '호치키스', ['스테이플러'], absent=['호치키스']),
    n('synonym-06', 'synonym', E, '마우스판', ['마우스패드'], absent=['마우스판']),
    n('synonym-07', 'synonym', N, '공연단 연습용 츄리닝', ['트레이닝복'], absent=['츄리닝']),
    n('synonym-08', 'synonym', D, '핸드퍼펫', ['손인형'], ['막대인형'], absent=['핸드퍼펫', '퍼펫']),
    n('synonym-09', 'synonym', W, '아크릴 열쇠고리', ['아크릴키링'], absent=['열쇠고리']),
    n('synonym-10', 'synonym', R, '계란판 스펀지', ['흡음폼'], ['흡음패널'], absent=['계란판']),
    n('synonym-11', 'synonym', P, '행사 찌라시', ['리플렛'], ['포스터'], absent=['찌라시']),

    # ---------------- typo (11)
    n('typo-01', 'typo', E, '게이밍 해드셋', ['게이밍헤드셋'], absent=['해드셋']),
    n('typo-02', 'typo', C, '카누 페들', ['카누패들'], absent=['페들']),
    n('typo-03', 'typo', W, '스캐치북', ['스케치북'], absent=['스캐치']),
    n('typo-04', 'typo', W, '케릭터 엽서', ['엽서'], ['풍경엽서'], absent=['케릭터']),
    n('typo-05', 'typo', G, '개이트볼 공', ['게이트볼공'], ['게이트볼세트'], absent=['개이트볼']),
    n('typo-06', 'typo', P, '파크골프장 개장 플랭카드', ['현수막'], ['배너'], absent=['플랭카드']),
    n('typo-07', 'typo', D, '봉사단 명암 제작', ['명함'], absent=['명암']),
    n('typo-08', 'typo', B, '바둑교실 간식 쵸콜렛', ['초콜릿'], absent=['쵸콜렛']),
    n('typo-09', 'typo', N, '난타 북체', ['북채'], absent=['북체']),
    n('typo-10', 'typo', R, '스튜디오 방음 커텐', ['방음커튼'], ['암막커튼'], absent=['커텐']),
    n('typo-11', 'typo', GR, '창립기념 떡케잌', ['떡케이크'], ['케이크'], absent=['케잌']),

    # ---------------- hanyeong (8 전부 영문 + 3 섞임)
    n('hanyeong-01', 'hanyeong', B, 'qkenrvks', ['바둑판'], intended='바둑판'),
    n('hanyeong-02', 'hanyeong', C, 'rnaudwhRl', ['구명조끼'], intended='구명조끼'),
    n('hanyeong-03', 'hanyeong', D, 'thsdlsgud', ['손인형'], ['막대인형'], intended='손인형'),
    n('hanyeong-04', 'hanyeong', P, 'vkzmrhfvmrhd', ['파크골프공'], intended='파크골프공'),
    n('hanyeong-05', 'hanyeong', E, 'akdntmvoem', ['마우스패드'], intended='마우스패드'),
    n('hanyeong-06', 'hanyeong', G, 'gustnakr', ['현수막'], ['배너'], intended='현수막'),
    n('hanyeong-07', 'hanyeong', GR, 'qhrtkdydwl', ['복사용지'], intended='복사용지'),
    n('hanyeong-08', 'hanyeong', R, 'gmqdmawo', ['흡음폼', '흡음패널'], intended='흡음재'),
    n('hanyeong-09', 'hanyeong', N, '난타 qnrco', ['북채'], intended='난타 북채'),
    n('hanyeong-10', 'hanyeong', G, '게이트볼 tmxlr', ['게이트볼스틱'], ['게이트볼세트'], intended='게이트볼 스틱'),
    n('hanyeong-11', 'hanyeong', W, '웹툰 tmzpclqnr', ['스케치북'], intended='웹툰 스케치북'),

    # ---------------- spacing (11)
    n('spacing-01', 'spacing', P, '파크골프 공', ['파크골프공'], form='파크골프 공', catalog_form='파크골프공'),
    n('spacing-02', 'spacing', B, '바둑 알', ['바둑알'], form='바둑 알', catalog_form='바둑알'),
    n('spacing-03', 'spacing', C, '구명 조끼', ['구명조끼'], form='구명 조끼', catalog_form='구명조끼'),
    n('spacing-04', 'spacing', E, '게이밍의자', ['게이밍의자'], form='게이밍의자', catalog_form='게이밍 의자'),
    n('spacing-05', 'spacing', D, '손 인형', ['손인형'], ['막대인형'], form='손 인형', catalog_form='손인형'),
    n('spacing-06', 'spacing', N, '종이 컵', ['종이컵'], form='종이 컵', catalog_form='종이컵'),
    n('spacing-07', 'spacing', GR, '복사 용지', ['복사용지'], form='복사 용지', catalog_form='복사용지'),
    n('spacing-08', 'spacing', R, '팝 필터', ['팝필터'], form='팝 필터', catalog_form='팝필터'),
    n('spacing-09', 'spacing', W, '아크릴스탠드', ['아크릴스탠드'], ['아크릴키링'], form='아크릴스탠드', catalog_form='아크릴 스탠드'),
    n('spacing-10', 'spacing', GR, '홀 포스트', ['홀포스트'], ['그라운드골프세트'], form='홀 포스트', catalog_form='홀포스트'),
    n('spacing-11', 'spacing', C, '구급 상자', ['구급상자'], form='구급 상자', catalog_form='구급상자'),

    # ---------------- choseong (11)
    n('choseong-01', 'choseong', B, 'ㅂㄷㅍ', ['바둑판'], intended='바둑판'),
    n('choseong-02', 'choseong', C, 'ㄱㅁㅈㄲ', ['구명조끼'], intended='구명조끼'),
    n('choseong-03', 'choseong', P, 'ㅎㅅㅁ', ['현수막'], ['배너'], intended='현수막'),
    n('choseong-04', 'choseong', D, 'ㅁㅎ 제작', ['명함'], intended='명함 제작'),
    n('choseong-05', 'choseong', G, 'ㄱㅇㅌㅂ 공', ['게이트볼공'], ['게이트볼세트'], intended='게이트볼 공'),
    n('choseong-06', 'choseong', D, 'ㅅㅇㅎ', ['손인형'], ['막대인형'], intended='손인형'),
    n('choseong-07', 'choseong', R, 'ㅎㅇㅍ', ['흡음폼'], ['흡음패널'], intended='흡음폼'),
    n('choseong-08', 'choseong', W, 'ㅅㅋㅊㅂ', ['스케치북'], intended='스케치북'),
    n('choseong-09', 'choseong', N, '난타 ㅂㅊ', ['북채'], intended='난타 북채'),
    n('choseong-10', 'choseong', GR, 'ㅌㄹㅍ', ['트로피'], ['상패'], intended='트로피'),
    n('choseong-11', 'choseong', E, 'ㅁㅇㅅㅍㄷ', ['마우스패드'], intended='마우스패드'),

    # ---------------- quantity (11)
    n('quantity-01', 'quantity', G, '게이트볼 스틱 10개 개당 5만원 이하', ['게이트볼스틱'], ['게이트볼세트'], qty=10, cap=50000),
    n('quantity-02', 'quantity', P, '파크골프공 50개', ['파크골프공'], qty=50),
    n('quantity-03', 'quantity', GR, '그라운드골프공 30개 예산 30만원', ['그라운드골프공'], qty=30, budget=300000),
    n('quantity-04', 'quantity', C, '성인용 구명조끼 20벌', ['구명조끼'], qty=20, spec=r'성인'),
    n('quantity-05', 'quantity', B, '19줄 바둑판 10개', ['바둑판'], qty=10, spec=r'19\s*(줄|로)'),
    n('quantity-06', 'quantity', E, '대형 마우스패드 900x400 16장', ['마우스패드'], qty=16, spec=r'900\s*[xX×*]\s*400'),
    n('quantity-07', 'quantity', D, '복사용지 A4 80g 10박스', ['복사용지'], qty=10, spec=r'(A4.*80\s*g)|(80\s*g.*A4)'),
    n('quantity-08', 'quantity', N, '북채 50쌍 예산 25만원', ['북채'], qty=50, budget=250000),
    n('quantity-09', 'quantity', D, '동물 손인형 세트 20만원 이내', ['손인형'], ['막대인형'], cap=200000),
    n('quantity-10', 'quantity', R, '흡음폼 50x50cm 24장', ['흡음폼'], ['흡음패널'], qty=24, spec=r'50\s*[xX×*]\s*50'),
    n('quantity-11', 'quantity', P, '현수막 3장 장당 3만원 이하', ['현수막'], ['배너'], qty=3, cap=30000),

    # ---------------- long_sentence (11)
    n('long-01', 'long_sentence', G, '2025년 5월 17일(토) 덕진공원 인근 게이트볼장에서 열리는 협회장기 대회 시상용으로 우승·준우승·3위 트로피를 제작하려고 하니 사회적기업 제품으로 견적 부탁드립니다', ['트로피'], ['상패', '메달']),
    n('long-02', 'long_sentence', P, '여름철 무더위에 파크골프장을 이용하시는 어르신들께 나눠드릴 쿨토시를 구매하고자 하오니 7월 초까지 납품 가능한 업체를 찾습니다', ['쿨토시']),
    n('long-03', 'long_sentence', GR, '동호회 회원 60명이 10월 가을 대회 때 함께 입을 단체 티셔츠를 맞추려고 하는데, 등판에 동호회 이름 인쇄가 가능한 곳이면 좋겠습니다', ['단체티']),
    n('long-04', 'long_sentence', C, '6월부터 전주천에서 운영하는 어린이 카누 수상안전 교실 참가자에게 지급할 방수 드라이백을 구입하려고 하니 제품 규격과 단가를 알려주시기 바랍니다', ['드라이백'], ['방수파우치']),
    n('long-05', 'long_sentence', B, '매주 토요일 시민 바둑·장기 교실 수강생 간식으로 지역 떡집의 낱개 포장 떡을 정기적으로 납품받고 싶습니다', ['떡'], ['한과', '떡케이크']),
    n('long-06', 'long_sentence', E, '11월 전주 e스포츠 대회 기간 선수와 운영요원 점심 도시락 총 240개를 주문하려 하오니 메뉴와 배달 가능 여부를 알려주십시오', ['도시락'], qty=240),
    n('long-07', 'long_sentence', N, '다음 달 한옥마을 거리 공연 때 단원들이 입을 전통 문양 공연복을 새로 맞추고자 하오니 제작 기간과 비용을 안내해 주십시오', ['공연복']),
    n('long-08', 'long_sentence', D, '봉사단이 지역아동센터와 작은도서관을 순회하며 들려줄 그림 동화책을 20권 정도 구매하려고 하는데 전주 이야기를 담은 책이면 더 좋겠습니다', ['동화책'], qty=20),
    n('long-09', 'long_sentence', W, '창작센터 입주작가 작품을 알리는 홍보용 굿즈로 아크릴 스탠드를 작가별 소량 제작하려고 하니 최소 주문 수량을 알려주세요', ['아크릴스탠드'], ['아크릴키링']),
    n('long-10', 'long_sentence', R, '팟캐스트 스튜디오 녹음 시 치찰음과 파열음이 심해서 마이크 앞에 다는 팝필터를 2개 구매하고자 합니다', ['팝필터'], qty=2),
    n('long-11', 'long_sentence', G, '여름 대회 때 어르신 선수들 온열질환 예방을 위해 시원한 생수를 대회장으로 배달받고 싶은데 8월 둘째 주 토요일 오전 납품이 가능한지 문의드립니다', ['생수']),

    # ---------------- category (11)
    cat('category-01', B, '교실 행사 다과', '행사 다과'),
    cat('category-02', P, '관리소 사무용품', '사무용품'),
    cat('category-03', C, '수상 안전용품', '수상 안전용품'),
    cat('category-04', G, '게이트볼 용품', '게이트볼 용품'),
    cat('category-05', P, '파크골프 용품', '파크골프 용품'),
    cat('category-06', E, '게이밍 주변기기', '게이밍 주변기기'),
    cat('category-07', N, '난타 공연 용품', '난타 공연 용품'),
    cat('category-08', D, '동화구연 교구', '동화구연 교구'),
    cat('category-09', W, '홍보 굿즈', '홍보 굿즈'),
    cat('category-10', R, '녹음실 방음 자재', '방음 자재'),
    cat('category-11', GR, '대회 시상품', '대회 시상품'),

    # ---------------- location (11)
    n('location-01', 'location', B, '효자동 떡집', dong='효자동', shop='떡집'),
    n('location-02', 'location', D, '서신동 꽃집', dong='서신동', shop='꽃집'),
    n('location-03', 'location', W, '중화산동 인쇄소', dong='중화산동', shop='인쇄소'),
    n('location-04', 'location', R, '인후동 카페', dong='인후동', shop='카페'),
    n('location-05', 'location', E, '송천동 도시락집', dong='송천동', shop='도시락'),
    n('location-06', 'location', P, '삼천동 현수막집', dong='삼천동', shop='현수막'),
    n('location-07', 'location', G, '평화동 체육사', dong='평화동', shop='체육사'),
    n('location-08', 'location', N, '덕진동 세탁소', dong='덕진동', shop='세탁소'),
    n('location-09', 'location', B, '금암동 목공방', dong='금암동', shop='목공방'),
    n('location-10', 'location', GR, '우아동 빵집', dong='우아동', shop='빵집'),
    n('location-11', 'location', W, '풍남동 한지공방', dong='풍남동', shop='한지공방'),

    # ---------------- multi_item (10)
    n('multi-01', 'multi_item', G, '게이트볼 공 및 스틱',
      items=[('게이트볼 공', ['게이트볼공'], ['게이트볼세트'], None, None), ('스틱', ['게이트볼스틱'], ['게이트볼세트'], None, None)]),
    n('multi-02', 'multi_item', P, '파크골프공이랑 티',
      items=[('파크골프공', ['파크골프공'], [], None, None), ('티', ['파크골프티'], [], None, None)]),
    n('multi-03', 'multi_item', GR, '조끼하고 모자',
      items=[('조끼', ['조끼'], [], None, None), ('모자', ['모자'], [], None, None)]),
    n('multi-04', 'multi_item', C, '구명조끼, 호루라기, 구급상자',
      items=[('구명조끼', ['구명조끼'], [], None, None), ('호루라기', ['호루라기'], [], None, None), ('구급상자', ['구급상자'], [], None, None)]),
    n('multi-05', 'multi_item', B, '바둑판 장기판',
      items=[('바둑판', ['바둑판'], [], None, None), ('장기판', ['장기세트'], [], None, None)]),
    n('multi-06', 'multi_item', E, '마우스패드 및 물티슈',
      items=[('마우스패드', ['마우스패드'], [], None, None), ('물티슈', ['물티슈'], [], None, None)]),
    n('multi-07', 'multi_item', N, '난타북 북채',
      items=[('난타북', ['난타북'], [], None, None), ('북채', ['북채'], [], None, None)]),
    n('multi-08', 'multi_item', D, '손인형하고 앞치마',
      items=[('손인형', ['손인형'], ['막대인형'], None, None), ('앞치마', ['앞치마'], [], None, None)]),
    n('multi-09', 'multi_item', W, '아크릴키링, 엽서',
      items=[('아크릴키링', ['아크릴키링'], [], None, None), ('엽서', ['엽서'], ['풍경엽서'], None, None)]),
    n('multi-10', 'multi_item', R, '흡음폼 및 팝필터',
      items=[('흡음폼', ['흡음폼'], ['흡음패널'], None, None), ('팝필터', ['팝필터'], [], None, None)]),
]

# ======================================================================
# 3단계: 카탈로그를 쓴 뒤에 작성한 '해당 없음' 수요 30개 (hard 20 + easy 10)
# (key, 기관, 수요내용, 난이도, 겹치는 말, 해당 없음 이유)
NO_MATCH = [
    # hard 20: 카탈로그와 말이 겹치지만 원하는 것이 어떤 제품도 아님
    ('nomatch-01', G, '게이트볼장 인조잔디 시공', 'hard', '게이트볼장, 인조잔디', '시공(공사)을 원함. 카탈로그에는 인조잔디 청소 용역만 있음', None),
    ('nomatch-02', P, '파크골프장 승용 잔디깎기 기계 구입', 'hard', '파크골프장, 잔디', '기계 구입. 카탈로그에는 잔디 관리 용역(대행)만 있음', None),
    ('nomatch-03', C, '2인승 카누 구입', 'hard', '카누', '배(카누) 자체는 팔지 않음. 패들·거치대·체험만 있음', None),
    ('nomatch-04', C, '카누 운반용 트레일러', 'hard', '카누', '차량(트레일러). 카누 보관 거치대는 벽걸이 보관 설비라 다름', None),
    ('nomatch-05', C, '구명조끼 부력재 수리', 'hard', '구명조끼', '수리. 구명조끼 판매만 있음', None),
    ('nomatch-06', B, '바둑판 옻칠 복원 수리', 'hard', '바둑판', '수리·복원. 바둑판 판매만 있음', None),
    ('nomatch-07', E, 'e스포츠 대회용 게이밍 PC 50대 구입', 'hard', '게이밍', '컴퓨터 본체(기계). 주변기기와 의자만 있음', 50),
    ('nomatch-08', E, '게이밍 의자 수리', 'hard', '게이밍 의자', '수리. 의자 판매만 있음', None),
    ('nomatch-09', E, '경기장 대형 LED 전광판 설치', 'hard', 'LED, 설치', '전광판 설비·설치 공사. LED 조명·실내등 교체와 다름', None),
    ('nomatch-10', N, '모듬북 가죽 교체 수리', 'hard', '모듬북', '악기 수리. 모듬북·스탠드 판매만 있음', None),
    ('nomatch-11', N, '난타 공연 무대 트럭 대여', 'hard', '난타, 공연', '차량 대여. 공연복·북·체험만 있음', None),
    ('nomatch-12', D, '손인형 수선', 'hard', '손인형, 수선', '인형 수선. 손인형 판매·만들기 체험·자전거 수선만 있음', None),
    ('nomatch-13', W, '웹툰 작화용 액정 태블릿 구입', 'hard', '태블릿', '전자기기. 태블릿에 붙이는 필름만 있음', None),
    ('nomatch-14', R, '방송용 오디오 믹서 콘솔 구입', 'hard', '방송', '음향 장비(기계). 흡음재·팝필터·스탠드만 있음', None),
    ('nomatch-15', R, '스튜디오 전기 배선 공사', 'hard', '스튜디오', '면허 업종(전기공사). 스튜디오 조명·대관과 다름', None),
    ('nomatch-16', P, '현수막 게시대 설치 공사', 'hard', '현수막, 설치', '고정식 게시대 공사. 이동식 거치대·현수막 인쇄와 다름', None),
    ('nomatch-17', GR, '복사기 임대', 'hard', '복사', '사무기기 임대. 복사용지만 있음', None),
    ('nomatch-18', R, '커피 머신 렌탈', 'hard', '커피', '기계 임대. 원두·드립백·출장 바리스타만 있음', None),
    ('nomatch-19', E, '도시락 배달용 냉장 탑차 구입', 'hard', '도시락, 배달', '차량 구입. 도시락 자체만 있음', None),
    ('nomatch-20', GR, '그라운드골프장 조성 토목 공사', 'hard', '그라운드골프', '토목 공사. 그라운드골프 용품만 있음', None),
    # easy 10: 무관
    ('nomatch-21', G, '굴착기 임대', 'easy', '', '무관(건설기계 임대)', None),
    ('nomatch-22', P, '자동차 타이어 교체', 'easy', '', '무관(자동차 정비)', None),
    ('nomatch-23', C, '해외 항공권 예약', 'easy', '', '무관(여행사 발권)', None),
    ('nomatch-24', B, '반려견 미용', 'easy', '', '무관(반려동물 서비스)', None),
    ('nomatch-25', E, '세무 기장 대행', 'easy', '', '무관(세무 대리)', None),
    ('nomatch-26', N, '치과 스케일링', 'easy', '', '무관(의료)', None),
    ('nomatch-27', D, '휴대폰 요금제 변경', 'easy', '', '무관(통신)', None),
    ('nomatch-28', W, '아파트 분양 상담', 'easy', '', '무관(부동산)', None),
    ('nomatch-29', R, '운전면허 학원 등록', 'easy', '', '무관(운전 교육)', None),
    ('nomatch-30', GR, '주식 투자 상담', 'easy', '', '무관(금융)', None),
]
