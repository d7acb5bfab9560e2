"""3~5단계: 매칭 불가 수요 작성, 기계적 라벨링, 누락 점검(sweep), 섞어서 번호 매기기.

출력: queries.csv, query_kinds.csv, qrels.csv, no_match_detail.csv, hanyeong_intended.csv,
      tools/sweep_report.txt
"""
import csv
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from needs_data import NEEDS, SHOP_ITEMS  # noqa: E402
from build_catalog import load_products  # noqa: E402

OUT = os.path.dirname(HERE)
SEED = 20250917

# ---------------------------------------------------------------------------
# 4단계 sweep 판단 (관련도 0 으로 본 것). 수요 문장이 긴 경우 K('앞부분') 으로 찾는다.
# SWEEP_REJECT: (수요 문장, 제품코드) -> 이유   (OVERRIDES 의 0점 판단과 같은 뜻, 라벨은 붙이지 않음)
# WORD_REJECT : (수요 문장 또는 '*', 단어) -> 이유  (그 단어로만 걸린 후보 전부에 적용)
_TEXTS = [n["text"] for n in NEEDS]



def K(prefix):
    if prefix in _TEXTS:
        return prefix
    hits = [t for t in _TEXTS if t.startswith(prefix)]
    assert len(hits) == 1, (prefix, hits)
    return hits[0]


SWEEP_REJECT = {}


def rej(needs, codes, why):
    for n in needs:
        for c in codes:
            SWEEP_REJECT[(K(n), c)] = why


# 현수막 원단을 재활용한 상품: 현수막이 아님
rej(["현수막", "플랜카드 제작", "gustnakr wpwkr", "ㅎㅅㅁ", "현수막 가로", "시장 홍보물 인쇄"],
    ["ZD0048", "ZD0049", "ZD0050", "ZD0051"], "폐현수막으로 만든 업사이클 상품/체험, 현수막 제작이 아님")
rej(["장바구니 현수막 전단지"], ["ZD0049", "ZD0050", "ZD0051"], "폐현수막 업사이클 상품, 현수막도 장바구니도 아님")
# 명함 보관·거치 용품
rej(["명함 제작", "audgka", "ㅁㅎ 제작", "명함 및 봉투 인쇄", "중화산동 인쇄소", "중앙동 인쇄소"],
    ["ZD0068", "ZD0074"], "명함을 담거나 꽂는 소품, 명함 인쇄가 아님")
rej(["중화산동 인쇄소", "중앙동 인쇄소"], ["ZD0266", "ZD0267"], "디자인 회사 상품(인쇄 별도), 인쇄소가 아님")
rej(["중화산동 인쇄소", "중앙동 인쇄소"], ["ZD0204"], "상장 케이스는 인쇄물이 아님")
rej(["명함 및 봉투 인쇄"], ["ZD0023"], "기성 택배 안전봉투, 봉투 인쇄가 아님")
# 도시락 가방
rej(["도시락", "ehtlfkr", "ㄷㅅㄹ", "회의 도시락", "6월 12일", "금암동 도시락집", "워크숍 점심"],
    ["ZD0085"], "도시락을 넣는 보냉 가방, 도시락(음식)이 아님")
# 텀블러 세척솔
rej(["텀불러", "ㅌㅂㄹ", "로고 인쇄 텀블러", "수돗물", "친환경 생활용품"], ["ZD0059"], "텀블러 세척 솔, 텀블러가 아님")
# 떡이 들어간 말이지만 떡이 아님
rej(["다과 세트", "ㄷㄹ떡", "행사용 간식류", "효자동 떡집", "평화동 떡집", "워크숍 점심"],
    ["ZD0058"], "떡메모지는 메모지(문구)")
rej(["다과 세트", "ㄷㄹ떡", "행사용 간식류", "효자동 떡집", "평화동 떡집", "워크숍 점심"],
    ["ZD0124"], "떡볶이 조리용 밀키트, 떡집 떡·다과가 아님")
rej(["ㄷㄹ떡", "효자동 떡집", "평화동 떡집"], ["ZD0086", "ZD0089"], "떡이 일부 든 다과 구성, 답례떡/떡집 상품 아님")
rej(["다과 세트", "행사용 간식류", "워크숍 점심"], ["ZD0238"], "쿠키 만드는 체험 수업, 간식 납품이 아님")
rej(["금은동 메달", "대회 시상용품", "트로피랑 메달"], ["ZD0076"], "메달을 거는 진열대, 메달이 아님")
rej(["CF226A", "사무용품 일괄", "복사용지하고 토너"], ["ZD0021"], "빈 카트리지 수거 서비스, 토너 판매가 아님")
rej(["스포츠타올", "10월 전주시민", "현장 근로자"], ["ZD0154"], "화장실용 종이 핸드타월, 수건이 아님")
rej(["10월 전주시민"], ["ZD0063", "ZD0198"], "손수건은 기념 수건(타월)이 아님")
rej(["설겆이 세제"], ["ZD0156", "ZD0231"], "세탁 세제, 주방(설거지) 세제가 아님")
rej(["점포 qkddur"], ["ZD0148"], "'방역 마스크'는 마스크, 방역 소독 서비스가 아님")
rej(["ghkqns", "공기정화식물", "사무실 화분", "송천동 꽃집", "삼천동 꽃집"], ["ZD0136"],
    "커피박으로 화분을 빚는 체험 키트, 화분(식물) 판매가 아님")
rej(["공기정화식물", "송천동 꽃집", "삼천동 꽃집"], ["ZD0218"], "식물 없는 빈 토분, 꽃집 상품/공기정화 식물 아님")
rej(["풍남동 공방"], ["ZD0212"], "'도자기 화분'에 심은 식물, 공방 상품이 아님")
rej(["보건소 민원실", "친환경 생활용품"], ["ZD0163"], "비누 만들기 체험 수업, 비치용/생활용품 아님")
rej(["친환경 생활용품"], ["ZD0024", "ZD0035"], "친환경 소재의 포장재·명함, 생활용품이 아님")
rej(["보건소 직원들이"], ["ZD0184"], "근무복(의류) 판매, 세탁 서비스가 아님")
rej(["전주 전통 기념품"], ["ZD0037"], "맞춤 인쇄 서비스, 기념품 완제품 아님")
rej(["전주 전통 기념품"], ["ZD0053", "ZD0055"], "일반 판촉 기념품, 전통 기념품 아님")
rej(["전주 전통 기념품"], ["ZD0067", "ZD0286"], "체험 프로그램, 판매용 기념품이 아님")
rej(["전주 전통 기념품"], ["ZD0254"], "전통 놀이 교구(상담·교육용), 관광 기념품으로 보기 어려움")
rej(["보건소 민원실"], ["ZD0168", "ZD0169", "ZD0171"], "판매자가 위생용품으로 분류했지만 구급용품, 위생용품 요청과 다름")
rej(["대회 시상용품"], ["ZD0176"], "판매자 분류와 무관한 구급용품")

WORD_REJECT = {
    ("*", "로고"): "로고 인쇄·각인은 가공 방식일 뿐 품목이 다름",
    ("*", "세트"): "'세트'는 포장 단위, 품목이 다름",
    ("*", "상자"): "'상자'는 포장 단위/용기, 품목이 다름",
    ("*", "박스"): "포장 단위 또는 다른 품목",
    ("*", "작업"): "작업용 다른 품목",
    ("*", "작업용"): "작업용 다른 품목(장갑 대체는 따로 판단)",
    ("*", "교실"): "사용 장소 언급일 뿐",
    ("*", "기념"): "'기념' 수식어만 같음",
    ("*", "컬러"): "인쇄 색상만 같은 다른 인쇄물",
    ("*", "회의"): "사용 장면만 같음",
    ("*", "사무실"): "사용 장소만 같음",
    ("*", "현장"): "사용 장소만 같음",
    ("*", "홍보"): "홍보용이지만 다른 매체",
    ("*", "캠페인"): "캠페인용 다른 품목",
    ("*", "시장"): "시장이 언급될 뿐 다른 품목",
    ("*", "공연"): "공연 관련 다른 품목",
    ("*", "축하"): "축하용 다른 품목",
    ("*", "축하용"): "축하용 다른 품목",
    ("*", "대회"): "대회용 다른 품목",
    ("*", "체육대회"): "대회용 다른 품목",
    ("*", "선수단"): "선수단용 다른 품목",
    ("*", "배달"): "배달 방식만 같음",
    ("*", "지역"): "수식어만 같음",
    ("*", "점심"): "점심 언급만 같음",
    ("*", "프로그램"): "프로그램북·안내문, 다른 뜻",
    ("*", "청소년"): "대상만 같음",
    ("*", "청소"): "'청소년'의 일부 글자",
    ("*", "상담"): "상담실 비치용/상담 통역, 상담 도구 아님",
    ("*", "중국어"): "통역 서비스, 번역이 아님",
    ("*", "영어"): "영어 안내 동행, 번역이 아님",
    ("*", "한옥마"): "한옥마을 관련 다른 상품",
    ("*", "비치용"): "비치 용도만 같음",
    ("*", "행사용"): "행사용 다른 품목",
    ("*", "인분"): "분량 표기만 같음",
    ("*", "가로"): "규격 표기만 같음",
    ("*", "되는"): "어미 토막(토큰화 잡음)",
    ("*", "개를"): "조사 토막(토큰화 잡음)",
    ("*", "파일"): "'인쇄 파일' 뜻, 서류 파일이 아님",
    ("*", "용지"): "상장용지, 복사용지가 아님",
    ("*", "바닥"): "다른 품목",
    ("*", "검정"): "색상만 같음",
    ("*", "시민"): "대상만 같음",
    ("*", "점포"): "점포용 다른 품목",
    ("*", "스티커"): "스티커 부착 가능 정도, 스티커·인쇄 상품 아님",
    ("*", "체험"): "체험 키트, 프로그램 아님(따로 판단)",
    (K("외국인 관광객에게"), "책자"): "책자 인쇄, 번역이 아님",
    (K("전주 전통 기념품"), "전주"): "'전주' 지명만 같음",
    (K("연구성과 홍보"), "디자인"): "인쇄물·지도에 딸린 디자인, 홍보 콘텐츠 제작 아님",
    (K("서신동 반찬가게"), "반찬"): "반찬이 든 도시락, 반찬가게 상품 아님",
    (K("한지 부채하고 엽서"), "한지"): "한지 제품이지만 부채·엽서가 아님",
    (K("보건소 민원실"), "위생용품"): "판매자 분류만 같음",
}

# --- 분류(카테고리) 칸 때문에 걸린 같은 분류의 다른 품목
BANNER_NEEDS = ["현수막", "플랜카드 제작", "gustnakr wpwkr", "ㅎㅅㅁ", "현수막 가로", "장바구니 현수막 전단지"]
rej(BANNER_NEEDS, ["ZD0046", "ZD0047"], "같은 분류의 세움 배너·폼보드, 현수막이 아님")
LUNCH_NEEDS = ["도시락", "ehtlfkr", "ㄷㅅㄹ", "회의 도시락", "6월 12일", "워크숍 점심", "금암동 도시락집"]
rej(LUNCH_NEEDS, ["ZD0082", "ZD0087", "ZD0088"], "같은 분류의 출장 뷔페, 도시락이 아님")
rej(LUNCH_NEEDS, ["ZD0086", "ZD0089", "ZD0143"], "같은 분류의 다과·과일, 식사 도시락이 아님")
rej(["트로피", "감사패제작", "트로피랑 메달"], ["ZD0036", "ZD0204"], "같은 분류의 상장·상장 케이스, 트로피·상패가 아님")
rej(["트로피", "감사패제작"], ["ZD0175", "ZD0203"], "같은 분류의 메달, 트로피·상패가 아님")
rej(["화환"], ["ZD0205", "ZD0210"], "꽃다발은 화환과 용도가 다름 (꽃바구니만 대체로 인정)")
rej(["화환", "화환이랑 꽃다발"], ["ZD0208"], "축하 난은 화환과 용도가 다름 (꽃바구니만 대체로 인정)")
BOARD_NEEDS = ["보드게임", "qhemrpdla", "ㅂㄷㄱㅇ"]
rej(BOARD_NEEDS, ["ZD0251", "ZD0252", "ZD0255"], "같은 분류의 상담 카드·워크북, 보드게임이 아님")
rej(["보드게임, 감정카드"], ["ZD0255"], "워크북은 보드게임도 감정카드도 아님")
rej(["포기짐치"], ["ZD0117", "ZD0120", "ZD0121"], "같은 분류의 일반 반찬, 김치가 아님")
rej(["설겆이 세제"], ["ZD0059", "ZD0062", "ZD0157", "ZD0158", "ZD0159", "ZD0160", "ZD0161", "ZD0162", "ZD0165"],
    "같은 분류의 다른 생활용품(수세미·행주·비누 등), 주방 세제가 아님")
rej(["점포 qkddur"], ["ZD0219", "ZD0220", "ZD0221", "ZD0225"], "같은 분류의 청소 용역, 방역 소독이 아님")
rej(["홍보 영상 제작"], ["ZD0259", "ZD0262"], "같은 분류의 사진 촬영·인화, 영상 제작이 아님")
rej(["ㄷㄹ떡"], ["ZD0099", "ZD0113"], "같은 분류의 한과, 답례떡이 아님")
rej(["전주 전통 기념품"], ["ZD0026", "ZD0052", "ZD0054", "ZD0057", "ZD0058"], "일반 판촉물, 전통 기념품이 아님")
rej(["친환경 생활용품"], ["ZD0165"], "아크릴사 뜨개 수세미, 천연 수세미가 아님")
rej(["친환경 생활용품"], ["ZD0231"], "친환경 표시 없는 업소용 세제")
rej(["워크숍 점심"], ["ZD0239"], "워크숍 진행 레크리에이션, 음식이 아님")
rej(["외국인 관광객에게"], ["ZD0271", "ZD0273"], "통역(말), 책자 번역이 아님")
rej(["다음 달 정기공연"], ["ZD0040"], "공연 프로그램북(인쇄물), 꽃다발이 아님")


# ---------------------------------------------------------------------------
# 3단계: 매칭 불가 수요 30건 (카탈로그 작성 후). (목소리, 문장, 난이도, 겹치는 말, 해당 없음 이유, 수량)
NO_MATCH = [
    ("과학고등학교 행정실", "교무실 복사기 임대", "hard", "복사",
     "복사용지·재생토너는 있지만 복사기 기계 임대(렌탈)는 없음", None),
    ("전통시장 상인회 사무국", "시장 입구 현수막 게시대 설치 공사", "hard", "현수막, 게시대",
     "현수막 제작·게시대용 현수막은 있으나 게시대 구조물 설치 공사는 없음", None),
    ("보건소 건강증진과", "비접촉식 자동 손소독기 구매", "hard", "손소독",
     "손소독제(액·겔)만 있고 자동 분사 기기는 없음", None),
    ("전통시장 상인회 사무국", "방역용 연무기 구입", "hard", "방역",
     "방역 소독 용역은 있으나 소독 장비 판매는 없음", None),
    ("과학고등학교 행정실", "기숙사 업소용 세탁기 수리", "hard", "세탁, 업소용",
     "세탁 대행 서비스와 업소용 세탁 세제는 있지만 세탁기 수리는 없음", None),
    ("전통시장 상인회 사무국", "가래떡 뽑는 기계", "hard", "떡",
     "떡 제품만 있고 떡 제조 기계는 없음", None),
    ("덕진예술회관", "분장실 에어컨 설치 공사", "hard", "에어컨",
     "에어컨 분해 세척(청소)만 있고 설치 공사(냉매 취급 자격 필요)는 없음", None),
    ("전주시체육회", "체육대회 선수단 수송 버스 임차", "hard", "체육대회, 선수단",
     "체육대회용 단체티·메달·타월은 있으나 차량 임차는 없음(팸투어도 차량 별도)", None),
    ("전북대학교 산학협력단", "연구실 복합기 고장 수리", "hard", "복합기/토너 주제",
     "재생토너·잉크는 있으나 사무기기 수리는 없음", None),
    ("덕진예술회관", "공연장 무대 조명 설치 공사", "hard", "공연, 무대",
     "공연·무대 음향 운영 용역은 있으나 조명 설비 설치 공사는 없음", None),
    ("관광안내소", "한지 제조 설비 견적", "hard", "한지",
     "한지 공예품·한지 뜨기 체험은 있으나 한지 생산 설비는 없음", None),
    ("상하수도사업본부", "수도 계량기 교체 공사", "hard", "교체, 수도",
     "방충망 교체·소규모 집수리(수전)는 있지만 계량기 교체는 상수도 공사업 영역이라 없음", None),
    ("전북대학교 산학협력단", "국제회의 동시통역 장비 대여", "hard", "통역",
     "통역 인력 파견은 있으나 통역 장비(수신기·부스) 대여는 없음", None),
    ("청소년상담복지센터", "보드게임 카페 대관", "hard", "보드게임",
     "보드게임 판매만 있고 공간 대관은 없음", None),
    ("상하수도사업본부", "정수장 점검용 구명조끼 20벌", "hard", "조끼",
     "안전조끼·단체조끼는 있으나 부력 구명조끼는 없음", 20),
    ("관광안내소", "홍보 촬영용 드론 구매", "hard", "드론, 촬영",
     "드론 항공 촬영 용역은 있으나 드론 기체 판매는 없음", None),
    ("보건소 건강증진과", "자동심장충격기 구입", "hard", "구급/응급 주제",
     "구급상자·반창고는 있으나 의료기기(AED)는 없음", None),
    ("전북지방중소벤처기업청", "사무실 커피머신 렌탈", "hard", "커피머신, 커피",
     "원두·드립백은 있고 설명에 '커피머신용 원두'가 있으나 커피머신 임대는 없음", None),
    ("전북대학교 산학협력단", "도시락 배달용 냉장 탑차 구입", "hard", "도시락, 배달",
     "도시락은 있으나 차량은 없음", None),
    ("과학고등학교 행정실", "소화기 충전 및 점검", "hard", "점검",
     "자전거 점검·수리는 있으나 소방시설 점검(자격 필요)과 소화기 충전은 없음", None),
    ("상하수도사업본부", "관용차 자동차보험 갱신", "easy", "", "보험 상품은 카탈로그 주제 밖", None),
    ("전북지방중소벤처기업청", "법률 자문 계약", "easy", "", "법률 서비스는 카탈로그 주제 밖", None),
    ("전북대학교 산학협력단", "해외 출장 항공권 발권", "easy", "", "항공권 판매 없음", None),
    ("과학고등학교 행정실", "실험실 광학 현미경 10대", "easy", "", "실험 기자재 없음", 10),
    ("상하수도사업본부", "굴착기 임차", "easy", "", "건설 중장비 없음", None),
    ("덕진예술회관", "주차관제 시스템 구축", "easy", "", "주차 설비 없음", None),
    ("관광안내소", "외화 환전", "easy", "", "금융 업무는 주제 밖", None),
    ("전주시체육회", "전산실 서버 랙", "easy", "", "전산 장비 없음", None),
    ("청소년상담복지센터", "옥상 태양광 발전 설비", "easy", "", "발전 설비 없음", None),
    ("전통시장 상인회 사무국", "세무 결산 대행", "easy", "", "세무 서비스 없음", None),
]

# ---------------------------------------------------------------------------
# 4단계 보정: 기계 라벨 위에 덮어쓰는 판단 (수요 문장, 제품코드) -> (관련도, 이유)
# OVERRIDES: 기계 라벨을 낮추거나 0으로 만든 것 / EXTRA_OK: 기계가 놓친 것을 올린 것
OVERRIDES = {
    (K("로고 인쇄 텀블러"), "ZD0054"): (1, "로고 인쇄 가능 여부가 제품 정보에 없음"),
    (K("현수막 가로"), "ZD0045"): (1, "지정 게시대 규격이라 5m×90cm 주문과 규격이 다름"),
    (K("산학협력 성과보고서"), "ZD0039"): (1, "중철제본, 무선제본 조건 불충족"),
    (K("산학협력 성과보고서"), "ZD0040"): (1, "공연용 중철 책자, 무선제본 조건 불충족"),
    (K("여름방학"), "ZD0219"): (1, "정기 청소 용역, 방학 중 왁스 포함 대청소와 다름"),
    (K("여름방학"), "ZD0221"): (1, "유리창만 청소"),
    (K("10월 전주시민"), "ZD0197"): (1, "백색 무지 수건, 로고를 넣을 수 있다는 정보 없음"),
    (K("외국인 관광객에게"), "ZD0268"): (1, "영어만 번역, 중국어·일본어 빠짐"),
    (K("외국인 관광객에게"), "ZD0269"): (1, "중국어·일본어만, 영어 빠짐"),
    (K("외국인 관광객에게"), "ZD0272"): (1, "베트남어·중국어만, 영어·일본어 빠짐"),
    (K("보건소 직원들이"), "ZD0227"): (1, "세탁 서비스지만 근무복이 아니라 커튼"),
    (K("보건소 직원들이"), "ZD0228"): (1, "세탁 서비스지만 근무복이 아니라 침구"),
    (K("보건소 직원들이"), "ZD0230"): (1, "세탁 서비스지만 근무복이 아니라 행주·앞치마"),
    (K("공연 축하용 꽃"), "ZD0211"): (0, "근조 화환은 공연 축하용으로 쓸 수 없음"),
    (K("풍남동 공방"), "ZD0285"): (0, "같은 동 공방 체험 업체지만 골목 투어는 공방 상품이 아님"),
    (K("공연 팜플렛"), "ZD0031"): (1, "책자 인쇄는 되지만 보고서·자료집용, 공연 안내물로 내세운 상품 아님"),
    (K("공연 팜플렛"), "ZD0039"): (1, "책자 인쇄는 되지만 기관 소식지용, 공연 안내물로 내세운 상품 아님"),
}
EXTRA_OK = {
    (K("사무용품 일괄"), "ZD0005"): (2, "노트는 기본 사무용품"),
    (K("사무용품 일괄"), "ZD0020"): (1, "토너와 같은 프린터 소모품"),
    (K("사무용품 일괄"), "ZD0023"): (1, "에어캡과 같은 포장 소모품"),
    (K("사무용품 일괄"), "ZD0024"): (1, "에어캡과 같은 포장 소모품"),
    (K("사무용품 일괄"), "ZD0025"): (1, "에어캡과 같은 포장 소모품"),
    (K("행사용 간식류"), "ZD0107"): (2, "케이크도 행사 간식"),
    (K("행사용 간식류"), "ZD0092"): (1, "설명에 행사 간식용, 식사류라 대체품"),
    (K("행사용 간식류"), "ZD0093"): (1, "현장 간식용 주먹밥, 식사류라 대체품"),
    (K("행사용 간식류"), "ZD0101"): (1, "음료, 주스·수제청과 같은 대체 취급"),
    (K("행사용 간식류"), "ZD0142"): (1, "음료, 주스·수제청과 같은 대체 취급"),
    (K("행사용 간식류"), "ZD0111"): (1, "간식이 될 수 있는 제과"),
    (K("행사용 간식류"), "ZD0130"): (1, "과자류 간식"),
    (K("행사용 간식류"), "ZD0090"): (1, "행사 음료 서비스, 음료 대체 취급"),
    (K("전주 전통 기념품"), "ZD0071"): (1, "전통 부채 만들기 키트, 기념품 대체 가능"),
    (K("전주 전통 기념품"), "ZD0099"): (1, "전통 약과 선물 상자, 선물세트와 같은 취급"),
    (K("대회 시상용품"), "ZD0204"): (1, "상장과 함께 쓰는 시상 부속품"),
    (K("청소년 체험 프로그램"), "ZD0136"): (1, "체험 재료 키트(강사 진행 없음)"),
    (K("청소년 체험 프로그램"), "ZD0237"): (1, "교육 프로그램, 체험형은 아님"),
    (K("청소년 체험 프로그램"), "ZD0281"): (1, "교육 프로그램, 체험형은 아님"),
    (K("작업용 rhanwkdrkq"), "ZD0179"): (1, "작업용 장갑 대체(코팅장갑과 같은 취급)"),
    (K("청소년 집단상담"), "ZD0255"): (1, "집단상담 활동지, 상담 도구의 하나"),
    (K("중앙동 인쇄소"), "ZD0038"): (2, "중앙동 인쇄업체의 인쇄물(달력)"),
    (K("중화산동 인쇄소"), "ZD0038"): (1, "다른 동 인쇄업체의 인쇄물(달력)"),
    (K("한지 부채하고 엽서"), "ZD0071"): (1, "한지 부채|직접 만드는 한지 부채 키트"),
    (K("선물셋트"), "ZD0162"): (1, "꽃 모양 비누 선물 상자, 선물세트로 쓸 수 있음"),
    (K("선물셋트"), "ZD0099"): (1, "약과 선물 상자, 선물세트로 쓸 수 있음"),
    (K("금암동 도시락집"), "ZD0093"): (1, "다른 동(전동) 도시락집의 주먹밥 세트"),
    (K("시장 홍보물 인쇄"), "ZD0047"): (1, "실사 출력 홍보물, 현수막·배너와 같은 대체 취급"),
    (K("현장 근로자"), "ZD0183"): (2, "안전모는 현장 작업용품 그 자체"),
    (K("친환경 생활용품"), "ZD0160"): (1, "산소계 표백제, 친환경 세정제로 흔히 쓰임"),
}

STOP = set("""제작 구매 구입 인쇄 용역 업체 서비스 필요 필요합니다 찾습니다 찾고 있습니다 있는 있으면 있을까요 하려고 합니다
부탁드립니다 주세요 가능한 가능 관련 제품 안내 같은 하는 해서 해야 하는데 좋겠습니다 정도 이상 이하 이내 각 개 개당
일괄 및 때 중 곳을 곳 수 등 드릴 드립니다 시 참석자 오후 당일 다음 달 기간 동안 본관 맡아줄 맡길 구하고 알아보는
배부할 대상 외국인 정기적으로 한 번씩 매월 방식으로 다시 가져다주는 일주일에 직원들이 입는 모두""".split())
PARTICLES = ["에서는", "에게", "에서", "으로", "이나", "이랑", "하고", "까지", "부터", "들께", "께", "을", "를", "이", "가",
             "은", "는", "에", "로", "과", "와", "의", "도", "랑", "나"]


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def dong_match(need_dong, prod_dong):
    return prod_dong == need_dong or re.fullmatch(re.escape(need_dong) + r"\d가", prod_dong) is not None


def cond_ok(need, p):
    c = need["cond"]
    if not c:
        return True
    text = norm(p["제품명"] + " " + p["규격"])
    if "max_price" in c and p["단가"] > c["max_price"]:
        return False
    if "spec_all" in c and not all(norm(t) in text for t in c["spec_all"]):
        return False
    if "spec_any" in c and not any(norm(t) in text for t in c["spec_any"]):
        return False
    if c.get("budget_qty") and p["단가"] * need["qty"] > need["budget"]:
        return False
    return True


def grade_simple(want, ok, need, p):
    tags, alt = set(p["_tags"]), set(p["_alt"])
    if tags & set(want):
        return 2 if cond_ok(need, p) else 1
    if (alt & set(want)) or (tags & set(ok)):
        return 1
    return 0


def machine_labels(need, products):
    """-> {code: (grade, 품목)}"""
    out = {}
    kind = need["kind"]
    if kind == "location":
        dong, shop = need["extra"]["loc"]
        items = set(SHOP_ITEMS[shop])
        shop_ents = {p["기업명"] for p in products if set(p["_tags"]) & items}
        for p in products:
            if set(p["_tags"]) & items:
                out[p["제품코드"]] = (2 if dong_match(dong, p["_dong"]) else 1, "")
            elif p["기업명"] in shop_ents and dong_match(dong, p["_dong"]):
                out[p["제품코드"]] = (1, "")   # 그 동 해당 가게의 다른 상품
        return out
    if kind == "multi_item":
        for p in products:
            best = (0, "")
            for item, tags in need["want"].items():
                g = grade_simple(tags, need["ok"].get(item, []), need, p)
                if g > best[0]:
                    best = (g, item)
            if best[0]:
                out[p["제품코드"]] = best
        return out
    for p in products:
        g = grade_simple(need["want"], need["ok"], need, p)
        if g:
            out[p["제품코드"]] = (g, "")
    return out


def content_words(need):
    texts = [need["text"]]
    if "intended" in need["extra"]:
        texts.append(need["extra"]["intended"])
    words = set()
    for t in texts:
        for tok in re.split(r"[\s,.·?!()]+", t):
            tok = re.sub(r"^[\d,]+", "", tok)
            for suf in PARTICLES:
                if tok.endswith(suf) and len(tok) - len(suf) >= 2:
                    tok = tok[: -len(suf)]
                    break
            if len(tok) >= 2 and tok not in STOP and re.search("[가-힣]", tok) and not re.search("[ㄱ-ㅎ]", tok):
                words.add(tok)
    if need["kind"] == "location":
        words |= set(SHOP_ITEMS[need["extra"]["loc"][1]])
    elif isinstance(need["want"], dict):
        for v in list(need["want"].values()) + list(need["ok"].values()):
            words |= set(v)
    else:
        words |= set(need["want"]) | set(need["ok"])
    return sorted(words)


def final_labels(need, products):
    labels = machine_labels(need, products)
    key = need["text"]
    for (k, code), (g, why) in list(OVERRIDES.items()) + list(EXTRA_OK.items()):
        if k != key:
            continue
        item = labels.get(code, (0, ""))[1]
        if need["kind"] == "multi_item" and not item:
            item = why.split("|")[0] if "|" in why else ""
        if g == 0:
            labels.pop(code, None)
        else:
            labels[code] = (g, item)
    return labels


def sweep(needs, products):
    lines = []
    unreviewed = 0
    for need in needs:
        labels = final_labels(need, products)
        words = content_words(need)
        hits = []
        for p in products:
            if p["제품코드"] in labels:
                continue
            blob = norm(p["제품명"] + " " + p["규격"] + " " + p["설명"] + " " + p["분류"])
            found = [w for w in words if norm(w) in blob]
            if found:
                hits.append((p, found))
        if not hits:
            continue
        lines.append("## [%s] %s  (단어: %s)" % (need["kind"], need["text"], ", ".join(words)))
        for p, found in hits:
            key = (need["text"], p["제품코드"])
            if key in OVERRIDES:
                verdict = "판단(0): " + OVERRIDES[key][1]
            elif key in SWEEP_REJECT:
                verdict = "관련 없음: " + SWEEP_REJECT[key]
            elif all((need["text"], w) in WORD_REJECT or ("*", w) in WORD_REJECT for w in found):
                verdict = "관련 없음: " + " / ".join(
                    "%s=%s" % (w, WORD_REJECT.get((need["text"], w)) or WORD_REJECT[("*", w)]) for w in found)
            else:
                verdict = "미검토"
                unreviewed += 1
            lines.append("  %s %s [%s] <- %s :: %s" % (p["제품코드"], p["제품명"], p["분류"], ",".join(found), verdict))
    return lines, unreviewed


def main():
    products = load_products()
    texts = [n["text"] for n in NEEDS] + [x[1] for x in NO_MATCH]
    assert len(texts) == len(set(texts)) == 150
    codes = {p["제품코드"] for p in products}
    for (k, c) in list(OVERRIDES) + list(EXTRA_OK):
        assert k in texts and c in codes, (k, c)

    lines, unreviewed = sweep(NEEDS, products)
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("누락 점검(sweep) 보고서: 수요의 내용어(또는 품목 태그명)가 제품명·규격·설명·분류에 들어 있는데 라벨이 없는 제품 목록\n")
        f.write("판단은 build_queries.py 의 OVERRIDES·EXTRA_OK(라벨 변경)와 SWEEP_REJECT·WORD_REJECT(관련 없음)에 이유와 함께 기록\n")
        f.write("미검토 %d건\n\n" % unreviewed)
        f.write("\n".join(lines) + "\n")
        f.write("\n## 라벨을 바꾼 판단 (EXTRA_OK: 올림 / OVERRIDES: 내림)\n")
        for name, d in (("EXTRA_OK", EXTRA_OK), ("OVERRIDES", OVERRIDES)):
            for (k, c), (g, why) in sorted(d.items()):
                f.write("  %s %s | %s -> %d : %s\n" % (name, k, c, g, why))

    allq = []
    for n in NEEDS:
        allq.append(dict(kind=n["kind"], text=n["text"], qty=n["qty"], budget=n["budget"], need=n))
    for voice, text, diff, overlap, why, qty in NO_MATCH:
        allq.append(dict(kind="no_match", text=text, qty=qty, budget=None, need=None,
                         nm=(diff, overlap, why)))
    rng = random.Random(SEED)
    rng.shuffle(allq)
    for i, q in enumerate(allq, 1):
        q["id"] = "ZD-Q%03d" % i

    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f)
            cw.writerow(header)
            cw.writerows(rows)

    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[q["id"], q["text"], "" if q["qty"] is None else q["qty"], "" if q["budget"] is None else q["budget"]]
       for q in allq])
    w("query_kinds.csv", ["수요번호", "유형"], [[q["id"], q["kind"]] for q in allq])
    qrels = []
    for q in allq:
        if q["need"] is None:
            continue
        labels = final_labels(q["need"], products)
        for code in sorted(labels):
            g, item = labels[code]
            qrels.append([q["id"], code, g, item if q["kind"] == "multi_item" else ""])
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], qrels)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[q["id"], q["nm"][0], q["nm"][1], q["nm"][2]] for q in allq if q["kind"] == "no_match"])
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [[q["id"], q["text"], q["need"]["extra"]["intended"]] for q in allq if q["kind"] == "hanyeong"])
    print("queries: %d, qrels rows: %d, sweep unreviewed: %d" % (len(allq), len(qrels), unreviewed))


if __name__ == "__main__":
    main()
