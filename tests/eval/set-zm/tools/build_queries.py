# -*- coding: utf-8 -*-
"""3~5단계: no_match 수요 30건, 기계적 라벨링, 스윕, 섞어서 번호 매기기.

출력: ../queries.csv ../query_kinds.csv ../qrels.csv ../no_match_detail.csv ../hanyeong_intended.csv
      sweep_report.txt (이 폴더)
"""
import csv
import os
import random
import re

from needs_data import NEEDS
from build_catalog import products
import kbd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SEED = 7331

# ---------------------------------------------------------------------------
# 3단계: no_match 30건 (카탈로그를 다 쓴 뒤 작성). 카탈로그에 해당 제품이 없다.
# (내부번호, 난이도, 수요내용, 겹치는 말, 해당 없음 이유)
# ---------------------------------------------------------------------------
NO_MATCH = [
    ("X01", "hard", "복사기 임대", "복사", "카탈로그에는 복사용지·재생토너(소모품)만 있고 복사기 임대(렌탈)는 없음"),
    ("X02", "hard", "레이저 프린터 수리", "프린터", "재생토너 설명에 프린터 기종이 나오지만 프린터 수리 서비스는 없음"),
    ("X03", "hard", "현수막 게시대 설치 공사", "현수막, 게시대", "현수막 제작·지정게시대 게첨 대행만 있고 게시대 구조물 설치 공사는 없음(건설)"),
    ("X04", "hard", "업소용 세탁기 구매", "세탁", "세탁 서비스만 있고 세탁기(기계)는 없음"),
    ("X05", "hard", "가래떡 뽑는 기계", "가래떡, 떡", "가래떡(식품)과 떡 맞춤 서비스는 있으나 떡 제조 기계는 없음"),
    ("X06", "hard", "커피머신 렌탈", "커피", "원두·드립백·출장 커피는 있으나 커피머신 임대는 없음"),
    ("X07", "hard", "노면 청소차 구입", "청소", "청소용품·청소 용역만 있고 청소 차량은 없음"),
    ("X08", "hard", "한옥 기와 지붕 보수 공사", "한옥, 기와, 지붕", "소규모 집수리(방충망·문고리)만 있고 지붕 기와 공사(면허 필요한 건설)는 없음"),
    ("X09", "hard", "LED 조명 교체 전기공사", "LED, 조명", "한지 무드등(LED)은 소품일 뿐, 전기공사업 면허가 필요한 공사는 없음"),
    ("X10", "hard", "김치냉장고", "김치", "김치(식품)만 있고 가전제품은 없음"),
    ("X11", "hard", "관광버스 임차", "관광", "관광 해설 투어·팸투어 운영은 있으나 버스 임차(차량)는 없음"),
    ("X12", "hard", "보드게임 카페 대관", "보드게임", "보드게임 판매·강사 파견만 있고 공간 대관은 없음"),
    ("X13", "hard", "수분 마스크팩", "마스크", "보건용·작업용 마스크만 있고 화장품 마스크팩은 없음(같은 말, 다른 물건)"),
    ("X14", "hard", "쌀 도정기", "쌀", "쌀(양곡)만 있고 도정 기계는 없음"),
    ("X15", "hard", "전통주 제조면허 취득 대행", "전통주", "전통주 판매·교육은 있으나 면허 취득 대행(행정 대리)은 없음"),
    ("X16", "hard", "어린이집 통학 차량", "어린이집", "어린이집용 물품·세탁은 있으나 차량은 없음"),
    ("X17", "hard", "디지털 인쇄기 구입", "디지털, 인쇄", "디지털 컬러 인쇄 서비스만 있고 인쇄 장비 판매는 없음"),
    ("X18", "hard", "영상 촬영 장비 대여", "영상, 촬영", "영상 제작·촬영 대행은 있으나 장비 대여는 없음"),
    ("X19", "hard", "단체 운동화 구매", "운동화", "운동화 세탁 서비스만 있고 신발 판매는 없음"),
    ("X20", "hard", "소방 안전점검 대행", "안전", "안전조끼·안전모 같은 용품만 있고 소방시설 점검(면허 업종)은 없음"),
    ("X21", "easy", "법률 자문 변호사", "", "카탈로그와 무관"),
    ("X22", "easy", "해외 출장 항공권 예매", "", "카탈로그와 무관"),
    ("X23", "easy", "골프장 회원권", "", "카탈로그와 무관"),
    ("X24", "easy", "치과 진료", "", "카탈로그와 무관"),
    ("X25", "easy", "서버 컴퓨터 구매", "", "카탈로그와 무관"),
    ("X26", "easy", "해외 이사 업체", "", "카탈로그와 무관"),
    ("X27", "easy", "주차장 차단기 설치", "", "카탈로그와 무관"),
    ("X28", "easy", "반려견 미용", "", "카탈로그와 무관"),
    ("X29", "easy", "스마트폰 액정 수리", "", "카탈로그와 무관"),
    ("X30", "easy", "업무용 차량 보험", "", "카탈로그와 무관"),
]

# ---------------------------------------------------------------------------
# 4단계: 스윕 후 판단 기록. 제품은 제품명으로 가리킨다(제품명은 카탈로그 안에서 유일).
# EXTRA_OK: 태그 매칭이 놓친 관련 제품 추가 (내부번호, 제품명) -> (관련도, 품목, 이유)
# OVERRIDES: 태그 매칭 결과를 바꿈 (내부번호, 제품명) -> (관련도, 이유)  관련도 0 = 삭제
# ZERO_OK: 스윕에 걸렸지만 관련 없음으로 판단 (내부번호, 제품명) -> 이유
# ZERO_WORD: 그 낱말 하나로만 걸린 후보는 모두 관련 없음 (내부번호, 낱말) -> 이유
# ---------------------------------------------------------------------------
EXTRA_OK = {
    ("E05", "원목 쌓기 블록 60pcs"): (1, "", "원목 놀잇감. 원목 교구 대신 쓸 수 있음"),
    ("E05", "원목 자동차 장난감"): (1, "", "원목 놀잇감. 원목 교구 대신 쓸 수 있음"),
    ("E05", "원목 소꿉놀이 세트"): (1, "", "원목 놀잇감. 원목 교구 대신 쓸 수 있음"),
    ("E07", "가양주 빚기 키트"): (1, "", "누룩이 들어 있는 술 빚기 재료 묶음"),
    ("S05", "디지털 컬러 출력 A4"): (1, "", "낱장 컬러 출력으로 소량 전단지를 대신할 수 있음"),
    ("S05", "소량 디지털 컬러 인쇄"): (1, "", "낱장 컬러 출력으로 소량 전단지를 대신할 수 있음"),
    ("H06", "타월 케이크 답례품"): (1, "", "수건 2장을 선물용으로 포장한 상품"),
    ("P08", "비누꽃 꽃바구니"): (1, "", "생화 대신 비누꽃으로 만든 바구니. 대체 가능"),
    ("C11", "가양주 교육 과정"): (1, "", "막걸리(가양주) 빚기를 배우는 정규 과정. 체험 대신 가능"),
    ("L03", "다회용 PP컵"): (1, "", "텀블러 대신 나눠 줄 수 있는 다회용 컵"),
    ("L08", "한옥마을 골목 도보 해설"): (1, "", "해설 투어지만 한국어만 가능(외국어 조건 미충족)"),
    ("L08", "단체 팸투어 기획·운영"): (1, "", "팸투어 전체 운영 대행. 해설 포함 가능"),
    ("L10", "바리스타 출장 커피"): (1, "", "행사장 출장 음료 서비스. 케이터링 일부를 대신"),
    ("L11", "무선제본 책자 인쇄"): (1, "", "교육 자료를 책자로 묶어 인쇄하는 대안"),
    ("G08", "클럽 샌드위치"): (1, "", "간식으로 쓸 수 있으나 식사에 가까움"),
    ("G09", "BI 브랜드 디자인 패키지"): (1, "", "명함·서식 디자인 포함. 홍보물 인쇄 자체는 아님"),
    ("M04", "롤업 배너"): (1, "X배너", "이동식 입식 배너로 X배너를 대신할 수 있음"),
    ("M09", "전통주 선물세트"): (1, "약주", "약주가 들어 있는 선물세트"),
    ("L07", "실시간 문자통역"): (1, "", "청각장애인 방청 지원의 다른 방식(자막). 수어는 아님"),
}
OVERRIDES = {
    ("M07", "돌리는 색연필 12색"): (1, "학용품 세트가 아닌 낱개 학용품"),
    ("M07", "수채 겸용 색연필 12색"): (1, "학용품 세트가 아닌 낱개 학용품"),
    ("M07", "색연필 24색 틴케이스"): (1, "학용품 세트가 아닌 낱개 학용품"),
    ("M07", "크레파스 24색"): (1, "학용품 세트가 아닌 낱개 학용품"),
    ("E11", "운동화 세탁"): (0, "세탁 서비스지만 이불을 다루지 않음"),
    ("E11", "정장 드라이클리닝"): (0, "세탁 서비스지만 이불을 다루지 않음"),
    ("E11", "근무복 세탁"): (0, "세탁 서비스지만 이불을 다루지 않음"),
    ("E11", "식당 행주·위생복 산업 세탁"): (0, "세탁 서비스지만 이불을 다루지 않음"),
    ("L10", "수제 쿠키 선물세트 12입"): (0, "선물 포장 상품이라 행사 다과 차림 대용으로 맞지 않음"),
    ("Q07", "대형 행사장 현수막"): (1, "같은 품목이지만 규격이 10m×1.2m로 요청(5m×90cm)과 다름"),
    ("Q08", "메쉬 안전조끼 (로고 인쇄)"): (1, "같은 품목이지만 형광 표기가 없음"),
}
ZERO_OK = {}
_Z = [
    ("E02 H05 G09", "명함", "BI 패키지는 디자인 용역이지 명함 인쇄가 아님"),
    ("E03 M03", "마대", "마대걸레는 바닥 걸레이지 포대가 아님"),
    ("E04", "설기", "떡케이크는 설기로 만든 케이크. 백설기 대용 아님"),
    ("E05 L02 M06", "원목", "원목 제품이지만 요청 품목이 아님(가구·도마·패·다른 교구)"),
    ("E05 L02", "원목교구", "원목 교구장은 교구를 넣는 가구"),
    ("E05", "교구", "교구장(가구)·코딩 로봇·교육 프로그램. 원목 교구 아님"),
    ("E06 T08 H09 M08", "한지", "한지 제품이지만 요청 품목이 아니거나 체험 프로그램"),
    ("E06", "부채", "부채 만들기 체험은 완제품 부채가 아님"),
    ("E06", "한지부채", "부채 만들기 체험은 완제품 부채가 아님"),
    ("E07 L09", "누룩", "누룩을 재료로 쓴 다른 제품·체험"),
    ("E09", "소독", "손소독제·저수조 청소. 방역 소독 서비스 아님"),
    ("E10", "보드게임", "강사 파견 수업. 게임 판매 아님"),
    ("E11", "세탁", "세제나 이불 상품. 세탁 서비스 아님"),
    ("E11", "이불", "이불 판매. 세탁 서비스 아님"),
    ("S02", "청소", "청소 용역·돌봄·빗자루. 카트 아님"),
    ("S05 T01", "인쇄", "다른 인쇄물 또는 인쇄가 딸린 상품"),
    ("S05 T01 T02", "리플릿", "편집 디자인만. 인쇄물 제작 아님"),
    ("S06 H02 Q07 M04", "현수막", "현수막 원단 재활용 상품이나 게시 대행. 현수막 제작 아님"),
    ("S10 Q09 C11", "막걸리", "막걸리를 재료로 쓰거나 담는 다른 상품, 또는 요청과 다른 형태"),
    ("T04", "케이크", "수건을 케이크 모양으로 포장한 답례품"),
    ("T05", "베개", "베개 커버만. 베개 아님"),
    ("T06 H10 M05", "쿠키", "쿠키 체험 키트나 1인 커피 브레이크 세트. 과자 상품 아님"),
    ("M05 G06", "커피", "원두가 아닌 커피 음료·서비스 또는 커피자루 가방"),
    ("T07", "세제", "세탁세제. 설거지용 아님"),
    ("H03 Q06", "도시락", "보냉 도시락 가방. 도시락 아님"),
    ("H06", "수건", "손수건. 수건(타월) 아님"),
    ("P01", "디자인", "인쇄·굿즈에 딸린 디자인. 로고 디자인 아님"),
    ("P02", "종이", "종이 재질의 다른 물건"),
    ("P03", "장갑", "작업용·주방용 장갑. 식품 위생장갑 아님"),
    ("P03", "위생", "위생모·위생복 세탁. 장갑 아님"),
    ("P05", "분리", "분리배출 보드게임"),
    ("P08", "바구니", "장바구니"),
    ("C03 G04 M06", "그림책", "그림책 프로그램·수업. 책 아님"),
    ("C08", "반찬", "도시락. 반찬 배달 아님"),
    ("Q03", "호환", "잉크 카트리지. 토너 아님"),
    ("Q05", "소형", "마스크가 아님"),
    ("Q08", "형광", "형광증백제 설명일 뿐"),
    ("Q11", "두부", "순두부는 판두부 대용이 아님"),
    ("L03", "환경정화", "집게. 텀블러 아님"),
    ("L04", "환경", "친환경 소재 상품. 환경 교육 아님"),
    ("L04", "만들기", "다른 주제의 만들기 체험"),
    ("L04", "아동", "환경 교육이 아닌 아동 대상 상품"),
    ("L05", "어르신", "김치 완제품 아님"),
    ("L05", "홀몸", "김치 완제품 아님"),
    ("L05", "김장", "고춧가루·김장 체험. 김치 완제품 아님"),
    ("L06", "답례품", "수건 답례품. 수제청 아님"),
    ("L08", "한옥마을", "기념품. 해설 투어 아님"),
    ("L09", "가양주", "교육 과정. 재료 키트 아님"),
    ("L11", "양면", "컬러 출력물이 아님(용지·명함·키링)"),
    ("L11", "자료", "파일·책자. 낱장 컬러 출력 아님"),
    ("L11", "컬러", "명함·상패. 문서 컬러 출력 아님"),
    ("L11", "컬러인쇄", "상패 인쇄. 문서 출력 아님"),
    ("G05", "여행", "팸투어 운영 서비스. 기념품 아님"),
    ("G06", "회의", "회의 관련 다른 상품(파일·촬영·통역·도시락)"),
    ("G07", "급식", "세탁·앞치마. 식재료 아님"),
    ("G07", "병원", "간병 서비스. 식재료 아님"),
    ("G10", "전통주", "선물세트. 교육 아님"),
    ("G11", "청소용", "청소 용역·도구. 세제 아님"),
    ("M06", "블록", "블록 코딩 교육"),
]
ZERO_WORD = {(nid, w): why for nids, w, why in _Z for nid in nids.split()}


# ---------------------------------------------------------------------------
def dong_base(d):
    return re.sub(r"\d+가$", "", d)


def ptext(p):
    return " ".join([p["name"], p["spec"], p["desc"]])


def cond_ok(p, cond):
    if not cond:
        return True
    t = ptext(p)
    if "max_price" in cond and p["price"] > cond["max_price"]:
        return False
    if "spec_all" in cond and not all(s in t for s in cond["spec_all"]):
        return False
    if "spec_any" in cond and not any(s in t for s in cond["spec_any"]):
        return False
    return True


def label_need(n, prods):
    """태그 매칭. 반환: {code: (grade, 품목)}"""
    out = {}
    if n["kind"] == "location":
        dong, shop = n["loc"]
        for p in prods:
            if shop in p["shop"]:
                out[p["code"]] = (2 if dong_base(p["dong"]) == dong else 1, "")
        return out
    if n["kind"] == "multi_item":
        for item, want, alt in n["items"]:
            for p in prods:
                g = 2 if p["tags"] & set(want) else (1 if p["tags"] & set(alt) else 0)
                if g and g > out.get(p["code"], (0, ""))[0]:
                    out[p["code"]] = (g, item)
        return out
    want, alt, cond = set(n["want"]), set(n["alt"]), n.get("cond")
    for p in prods:
        if p["tags"] & want:
            out[p["code"]] = (2 if cond_ok(p, cond) else 1, "")
        elif p["tags"] & alt:
            out[p["code"]] = (1, "")
    return out


JOSA = ["에서", "에게", "께서", "으로", "까지", "부터", "이랑", "하고", "이면", "이나",
        "을", "를", "이", "가", "은", "는", "에", "께", "로", "의", "와", "과", "도", "만", "랑"]
STOP = set("""제작 구매 구입 세트 전주 지역 업체 기업 제품 행사 가능 있는 있으면 있을까요 합니다 하고자 하려고
 찾습니다 찾고 있습니다 주실 수 곳을 곳이 부탁드립니다 문의드립니다 견적 받고 싶습니다 좋겠습니다 오는 동안 대상 대상으로
 진행할 운영해 운영하는 위한 위해 드릴 드립니다 나눠 나누어 선물할 참석자 참석하는 참여하는 예정이어서 열리는 다음 당일
 이전 오전 오후 매일 약 가급적 친환경 일정 일대 중 넷째 셋째 토요일 금요일 수요일 주 회 명 개 장 박스 포 병 판 벌 매 세대 인분
 만든 만든다 구매하고자 구입하려고 의뢰드리고 준비하려고 전달할 담근 국내산 재료로 재료 납품 납품받으려 납품해 납품이 하는데
 쓸 사용할 실습에 수강생 과정 교육 프로그램 관련 일괄 나눔 사무실 아이들 영유아 안전 원아들에게 하오니 싶습니다
 2025년 6월 5월 7월 9월 10월 11월 12월 3월 15일 5일 있는 업체를 경로잔치 경로당 체육대회 생일 의정활동 관광 수제 명절 전통 축하 빚기 체험 배달
 에서 포함 이하 개당 행사용 센터 관내""".split())
NOSTRIP = {"한옥마을"}


def strip_josa(tok):
    if tok in NOSTRIP:
        return tok
    for j in JOSA:
        if tok.endswith(j) and len(tok) - len(j) >= 2:
            return tok[: -len(j)]
    return tok


def content_words(n):
    base = n.get("ko") or n["text"]
    toks = re.split(r"[\s,()·~\-.?]+", base)
    if n["kind"] == "multi_item":
        for item, want, alt in n["items"]:
            toks += item.split()
            toks += want + alt
    else:
        toks += n["want"] + n["alt"]
    words = set()
    for t in toks:
        t = strip_josa(t.strip())
        if len(t) < 2 or t in STOP or re.fullmatch(r"[\d,]+[a-zA-Z가-힣]{0,2}", t) or re.search(r"\d", t):
            continue
        words.add(t)
    return words


def build():
    prods = products()
    by_name = {p["name"]: p for p in prods}
    for key in list(EXTRA_OK) + list(OVERRIDES) + list(ZERO_OK):
        assert key[1] in by_name, key
    qrels = {}   # nid -> {code: (grade, item, why)}
    for n in NEEDS:
        lab = {c: (g, it, "태그") for c, (g, it) in label_need(n, prods).items()}
        for (nid, pname), (g, item, why) in EXTRA_OK.items():
            if nid == n["nid"]:
                lab[by_name[pname]["code"]] = (g, item, "추가: " + why)
        for (nid, pname), (g, why) in OVERRIDES.items():
            if nid == n["nid"]:
                c = by_name[pname]["code"]
                if g == 0:
                    lab.pop(c, None)
                else:
                    item = lab.get(c, (0, "", ""))[1]
                    lab[c] = (g, item, "수정: " + why)
        qrels[n["nid"]] = lab

    # ---- 스윕 ----
    lines, unreviewed = [], 0
    for n in NEEDS:
        words = content_words(n)
        lab = qrels[n["nid"]]
        for p in prods:
            if p["code"] in lab:
                continue
            t = ptext(p).replace(" ", "")
            hits = sorted(w for w in words if w.replace(" ", "") in t)
            if not hits:
                continue
            key = (n["nid"], p["name"])
            if key in ZERO_OK:
                verdict = "0 (검토: %s)" % ZERO_OK[key]
            elif all((n["nid"], h) in ZERO_WORD for h in hits):
                verdict = "0 (낱말 규칙: %s)" % "; ".join(ZERO_WORD[(n["nid"], h)] for h in hits)
            else:
                verdict = "미검토"
                unreviewed += 1
            lines.append("%s\t%s\t%s\t%s\t[%s]\t%s" % (n["nid"], n["text"][:30], p["code"], p["name"], ",".join(hits), verdict))
    return prods, qrels, lines, unreviewed


def write_all(prods, qrels, lines, unreviewed):
    with open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8") as f:
        f.write("# 스윕: 수요의 내용어가 제품명·규격·설명에 들어 있으나 라벨이 없는 제품 목록과 판단\n")
        f.write("# 내부번호\t수요\t제품코드\t제품명\t[걸린 낱말]\t판단\n")
        f.write("# 미검토 %d건 / 전체 %d건\n" % (unreviewed, len(lines)))
        for l in lines:
            f.write(l + "\n")
        f.write("\n# 추가·수정 기록 (EXTRA_OK / OVERRIDES)\n")
        for (nid, pn), (g, item, why) in sorted(EXTRA_OK.items()):
            f.write("추가\t%s\t%s\t관련도 %d\t%s\t%s\n" % (nid, pn, g, item, why))
        for (nid, pn), (g, why) in sorted(OVERRIDES.items()):
            f.write("수정\t%s\t%s\t관련도 %d\t%s\n" % (nid, pn, g, why))

    allneeds = [dict(nid=n["nid"], kind=n["kind"], text=n["text"], qty=n.get("qty"), budget=n.get("budget"), src=n)
                for n in NEEDS]
    allneeds += [dict(nid=x[0], kind="no_match", text=x[2], qty=None, budget=None, src=x) for x in NO_MATCH]
    order = sorted(allneeds, key=lambda d: d["nid"])
    random.Random(SEED).shuffle(order)
    idmap = {}
    for i, d in enumerate(order, 1):
        idmap[d["nid"]] = "ZM-Q%03d" % i

    def w(name, header, rows):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    w("queries.csv", ["수요번호", "수요내용", "수량", "예산"],
      [[idmap[d["nid"]], d["text"], "" if d["qty"] is None else d["qty"], "" if d["budget"] is None else d["budget"]]
       for d in order])
    w("query_kinds.csv", ["수요번호", "유형"], [[idmap[d["nid"]], d["kind"]] for d in order])
    code_order = {p["code"]: i for i, p in enumerate(prods)}
    rows = []
    for d in order:
        if d["kind"] == "no_match":
            continue
        lab = qrels[d["nid"]]
        for c in sorted(lab, key=lambda c: (-lab[c][0], code_order[c])):
            g, item, _ = lab[c]
            rows.append([idmap[d["nid"]], c, g, item if d["kind"] == "multi_item" else ""])
    w("qrels.csv", ["수요번호", "제품코드", "관련도", "품목"], rows)
    w("no_match_detail.csv", ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"],
      [[idmap[x[0]], x[1], x[3], x[4]] for x in sorted(NO_MATCH, key=lambda x: idmap[x[0]])])
    w("hanyeong_intended.csv", ["수요번호", "입력", "의도한 한글"],
      [[idmap[n["nid"]], n["text"], n["ko"]] for n in sorted(NEEDS, key=lambda n: idmap[n["nid"]] if n["kind"] == "hanyeong" else "")
       if n["kind"] == "hanyeong"])
    with open(os.path.join(HERE, "id_map.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["내부번호", "수요번호"])
        for d in sorted(order, key=lambda d: d["nid"]):
            wr.writerow([d["nid"], idmap[d["nid"]]])
    return idmap, rows


if __name__ == "__main__":
    import sys
    prods, qrels, lines, unreviewed = build()
    idmap, rows = write_all(prods, qrels, lines, unreviewed)
    print("qrels rows", len(rows), "sweep candidates", len(lines), "unreviewed", unreviewed)
    if "-v" in sys.argv:
        for l in lines:
            if l.endswith("미검토"):
                print(l)
