# -*- coding: utf-8 -*-
"""수요 + 카탈로그 태그 -> queries.csv, query_kinds.csv, qrels.csv, no_match_detail.csv,
hanyeong_intended.csv, tools/id_map.csv, tools/sweep_report.txt

라벨링 규칙 (기계적):
  제품 태그 ∩ want  -> 2 (req 속성을 모두 갖추고 단가 <= maxprice 일 때), 아니면 1
  제품 태그 ∩ sub   -> 1
  location : 제품 태그 ∩ shop 이고 주소 법정동이 그 동(…1가 등 포함)이면 2, 다른 동이면 1
  multi_item: 품목별로 위 규칙을 적용해 가장 높은 등급, 품목 열에는 수요에 쓰인 품목 표현
그 다음 EXTRA_OK / OVERRIDES (스윕에서 내린 판단)를 적용한다.
"""
import csv, json, os, random, re
import needs_data
from jeonju_dong import base

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20250607

# --------------------------------------------------------------------------
# 스윕 판단 기록. 키는 (수요 key, 제품명). 제품명은 카탈로그에서 유일하다.
# EXTRA_OK: 태그 규칙이 놓친 관련 제품 -> (등급, 품목(multi_item만), 이유)
# OVERRIDES: 태그 규칙이 준 등급을 고침 -> (새 등급(0=삭제), 이유)
# REVIEWED_NOT: 스윕에 걸렸지만 검토 결과 관련 없음 -> 이유
#   (수요 key, "*낱말") 은 그 낱말 하나로만 걸린 제품 전부에 대한 판단.
# --------------------------------------------------------------------------
EXTRA_OK = {}
OVERRIDES = {}
REVIEWED_NOT = {}


def OK(keys, product, grade, reason, item=""):
    for k in keys:
        EXTRA_OK[(k, product)] = (grade, item, reason)


def NOT(keys, products, reason):
    for k in keys:
        for p in products:
            REVIEWED_NOT[(k, p)] = reason


def NOTW(keys, words, reason):
    for k in keys:
        for w in words:
            REVIEWED_NOT[(k, "*" + w)] = reason


# ---- 태그 규칙이 놓친 관련 제품 (EXTRA_OK)
OK(["ex08", "hy05"], "타월 케이크 (3장 선물 포장)", 1, "40수 수건 3장을 선물 포장한 것. 그냥 '수건'을 찾는 사람에게 대체품은 됨")
OK(["mi04"], "타월 케이크 (3장 선물 포장)", 1, "수건 3장 선물 포장, 수건 대체품", item="수건")
OK(["sy06"], "작업용 트레이닝 바지", 1, "트레이닝 하의만 있는 단품, 상하의 세트의 부분 대체")
OK(["ty03"], "다국어 리플릿 편집 디자인 (인쇄 별도)", 1, "팸플릿 편집 디자인만 하고 인쇄는 별도, 부분 충족")
OK(["hy06"], "떡국떡 (2kg)", 1, "떡이긴 하나 조리용 떡국떡. 용도를 밝히지 않은 '떡' 검색에는 대체품")
OK(["lc01"], "떡국떡 (2kg)", 2, "효자동 떡집(효자떡방)의 떡 제품. 태그에 '떡'이 빠져 있었음")
OK(["mi03"], "개별 다과 세트", 1, "떡·과일·음료 다과 세트, 행사용 떡의 대체", item="떡")
OK(["mi03"], "회의용 다과 플래터 (10인)", 1, "떡이 들어간 다과 접시, 행사용 떡의 대체", item="떡")
OK(["ct02"], "개별 다과 세트", 1, "떡·과일 간식 구성, 어르신 간식으로 대체 가능")
OK(["ct02"], "회의용 다과 플래터 (10인)", 1, "쿠키·과일·떡 모둠, 간식 대체 가능")
OK(["ls02"], "시트·베개커버 임대", 1, "린넨을 빌려 쓰며 세탁까지 맡기는 방식, 위탁 세탁의 대체")
OK(["lc04"], "시트·베개커버 임대", 1, "세탁 업체(다른 동)의 세탁 포함 린넨 서비스")
OK(["lc04"], "옷 수선 (기장 줄임)", 2, "송천동 세탁소(송천세탁)의 서비스. 세탁소 업무의 일부")
OK(["ls06"], "비누꽃 다발", 1, "시들지 않는 비누꽃 다발, 수료식 꽃다발 대체")
OK(["ct10"], "단팥빵·소보로 모둠 (20개)", 1, "행사 간식용 빵, 행사 음식의 일부 대체")
OK(["ct10"], "기관 간식 빵 꾸러미", 1, "교육·회의 참석자 간식 꾸러미, 행사 음식 대체")
OK(["ct10"], "행사 출장 커피차", 1, "행사장 음료 케이터링")
OK(["ct11"], "콜드브루 원액 (1L)", 2, "탕비실에 두고 희석해 마시는 커피. 태그(커피음료)가 want 목록에 없었음")
OK(["lc11"], "가래떡 (1kg)", 1, "다른 동(평화동) 방앗간의 제품")

# ---- 태그 규칙이 준 등급을 검토 후 고친 것 (OVERRIDES)
OVERRIDES[("ct03", "중성 볼펜 0.5mm (12자루)")] = (1, "사무용 볼펜 묶음, 로고를 넣는 기념품이 아님")
OVERRIDES[("ct08", "초등 자전거 안전교육")] = (0, "초등학생 대상 교육, 성인 수강생 프로그램이 아님")
OVERRIDES[("ls04", "현수막 문구 디자인 대행")] = (0, "현수막 문구 디자인, 리플릿 디자인이 아님")
OVERRIDES[("ls07", "행사 스케치 영상 촬영·편집")] = (1, "행사 기록 영상, 기획부터 하는 정책 홍보 영상의 대체")
OVERRIDES[("ls08", "커피박 키링 만들기 체험")] = (1, "업사이클링 체험이지만 폐현수막 가방 만들기가 아님")
OVERRIDES[("ty09", "양파즙 (110ml×50포)")] = (0, "과일이 아닌 양파즙")
OK(["sy08"], "기록물 보존 상자", 1, "문서 이관용 보존 상자, 골판지 박스의 대체")

# ---- 스윕에 걸렸지만 관련 없음 (REVIEWED_NOT)
NOT(["ex02", "hy02", "sp03", "qt02", "ty11", "cs09", "lc03", "mi05"], ["한지 명함첩", "편백 펜꽂이·명함꽂이 세트"],
    "명함을 보관하는 소품이지 명함 인쇄가 아님")
BANNER = ["ex03", "ty01", "hy03", "cs02", "mi02", "ct06"]
NOT(BANNER, ["현수막 문구 디자인 대행"], "디자인만 하고 출력은 별도라 현수막을 받을 수 없음")
NOT(BANNER, ["폐현수막 업사이클 토트백"], "현수막 원단으로 만든 가방이지 현수막이 아님")
NOT(BANNER, ["현수막 재활용 가방 만들기 체험"], "업사이클 체험 교육이지 현수막 제작이 아님")
NOT(BANNER, ["기관 폐현수막 수거"], "다 쓴 현수막 수거 서비스")
NOT(["ex06", "hy04", "cs03", "qt03", "lc10", "mi03", "ct10"], ["보냉 도시락 가방"], "도시락을 담는 가방")
NOT(["ex08", "hy05", "qt04", "mi04"], ["전주 문양 면 손수건"], "손수건은 수건(타월)이 아님")
NOT(["qt04"], ["타월 케이크 (3장 선물 포장)"], "선물 포장 3장 묶음, 150g 규격 미표기라 300장 규격 납품에 맞지 않음")
NOT(["ex10", "hy07", "lc08", "ct11"], ["커피 원두 방향제"], "원두를 넣은 방향제, 마시는 커피가 아님")
NOT(["ex11"], ["손소독제 젤 (에탄올 70%, 500ml)", "손소독제 리필 (1L)", "휴대용 손소독제 (50ml, 로고 인쇄)"],
    "손 소독 제품이지 방역 소독 용역이 아님")
NOT(["ex11"], ["병원 린넨 위탁 세탁"], "세탁 공정의 고온 소독일 뿐 방역 아님")
NOT(["sy05"], ["캡형 물티슈 (100매)", "휴대용 물티슈 (10매, 로고 인쇄)"], "물티슈는 마른 미용 티슈를 대신하지 못함")
NOTW(["sy06", "hy10", "qt11"], ["단체", "상하"], "'단체'·'상하'만 겹치는 다른 의류·세탁·체험")
NOT(["sy11", "hy08", "cs11", "qt05", "mi08"], ["텀블러 파우치 (네오프렌)"], "텀블러를 넣는 주머니")
NOT(["ty02", "sp09", "ls05", "lc07"], ["타월 케이크 (3장 선물 포장)"], "수건을 케이크 모양으로 포장한 선물, 먹는 케이크 아님")
NOT(["ty03"], ["X배너 세트 (거치대 포함)", "카드뉴스 제작 (8컷)", "형광 안전조끼 (반사띠, 인쇄)"], "'안내'라는 말만 겹침")
NOT(["ty03", "ls04", "ct06", "lc03"], ["관광 안내문 번역 (영·중·일)"], "원고 번역만, 팸플릿·리플릿 제작이 아님")
NOTW(["ty07", "ty11", "cs09", "mi05", "ls04", "ct06"], ["인쇄"],
     "다른 물건에 로고·문구를 인쇄한다는 뜻이거나 다른 인쇄물(요청 품목 아님)")
NOT(["ty10"], ["포스터 인쇄 A2 (100장)", "판촉용 미니 각티슈 (100매)"], "'홍보'만 겹침, 콘텐츠 제작 아님")
NOT(["ty10", "ls07"], ["청년 영상 제작 교육 (8차시)"], "영상 제작을 배우는 교육 과정이지 제작 대행이 아님")
DDUK = ["hy06", "mi03", "ct02", "ls05", "lc01"]
NOT(DDUK, ["떡메치기 체험 (출장)"], "떡을 치는 체험 행사, 떡 구매가 아님")
NOT(["mi03", "ct02", "ls05", "ct07"], ["떡국떡 (2kg)"], "떡국용 조리 떡, 간식·행사 음식이나 선물세트가 아님")
NOT(["hy06", "ls05", "lc01"], ["개별 다과 세트", "회의용 다과 플래터 (10인)"], "떡이 일부 든 다과 구성(저당 아님 / 떡집 아님)")
NOT(["hy09", "sp01"], ["축하화환 3단", "축하 쌀화환 (쌀 20kg)"], "축하용 화환, 근조용으로 쓸 수 없음")
NOTW(["hy11"], ["사무실"], "사무실용 다른 물건·용역")
NOT(["hy11"], ["실내 식물 정기 관리 (관리만)"], "기존 화분 관리만, 화분 구매가 아님")
NOT(["hy11"], ["반려식물 키우기 교실"], "식물 키우기 교실(체험)")
NOT(["sp10"], ["천연펄프 각티슈 (250매×6개)", "판촉용 미니 각티슈 (100매)", "휴대용 티슈 (30개)"], "마른 티슈, 물티슈가 아님")
NOT(["sp11"], ["재생지 명함 (100매)"], "'용지'만 겹침, 명함")
NOT(["cs10"], ["명절 잡곡 선물세트 (5종)"], "한지 상자 포장일 뿐")
NOT(["cs10", "ls09", "ct03"], ["한지 공예 체험 (단체)", "부채 만들기 체험"], "부채를 만드는 체험 교육, 부채 구매가 아님")
NOT(["cs10"], ["한지 조명 스탠드", "한지 명함첩", "한지 엽서 세트 (8매)"], "한지 제품이지만 부채가 아님")
NOT(["cs10", "ls09"], ["전주 문양 면 손수건"], "부채 문양을 인쇄한 손수건")
NOT(["cs11"], ["원목 명패 (레이저 각인)"], "각인 명패, 텀블러 아님")
NOT(["qt09"], ["재생 드럼 유닛 CF219A 호환"], "같은 프린터의 드럼 유닛, 토너가 아님")
NOT(["qt09"], ["스테이플러 중형 (No.35 심 사용)"], "'호환'만 겹침")
NOTW(["qt10"], ["대형"], "'대형'만 겹치는 다른 물건")
NOTW(["ls01"], ["납품", "전통", "답례품"], "한과가 아닌 다른 제품(식혜·차·공예품·비누 등)")
NOTW(["ls02"], ["수거", "배송"], "수거·배송이라는 말만 겹침")
NOT(["ls02", "lc04"], ["친환경 세탁 세제 (2L)"], "세탁 세제 판매, 세탁 서비스 아님")
NOT(["ls02"], ["환자복 상하 (병원 납품)"], "환자복 판매, 세탁 아님")
NOTW(["ls03"], ["수거", "다음", "오전", "당일", "작업"], "낱말만 겹치는 다른 제품·용역")
NOT(["ls03"], ["야외 메쉬 현수막"], "경기장 외벽용 현수막")
NOT(["ls03"], ["다회용 컵 운영 (축제·경기장)"], "경기장 다회용 컵 운영, 청소 아님")
NOT(["ls03", "ct09"], ["청소 도구 세트"], "청소 도구 판매, 청소 용역 아님")
NOT(["ls03", "ct09"], ["레크리에이션 강사 파견 (2시간)"], "'청소년'에 '청소'가 걸림")
NOTW(["ls04"], ["안내", "나눠", "디자인", "중국어", "한옥마"], "낱말만 겹침 (배너·카드뉴스·통역·엽서 등)")
NOTW(["ls05", "ct02"], ["어르신"], "어르신 대상 다른 제품·서비스")
NOT(["ls05"], ["뻥튀기 쌀과자 (10봉)"], "설탕 없는 과자지만 떡·케이크가 아님")
NOTW(["ls07"], ["편집", "홍보", "내외", "기획", "촬영", "전주시"], "낱말만 겹치는 인쇄·디자인·꽃 등")
NOTW(["ls08"], ["재활용해", "교육", "체험", "가방"], "업사이클링 체험이 아닌 다른 체험·교육·가방")
NOT(["ls08"], ["폐현수막 업사이클 토트백"], "업사이클 완제품 가방이지 체험 프로그램이 아님")
NOT(["ls08"], ["기관 폐현수막 수거"], "현수막 수거 서비스, 체험 아님")
NOTW(["ls09"], ["로고", "문구", "나눠", "하고", "안전", "캠페인"], "낱말만 겹치는 다른 판촉물·안전용품")
NOTW(["ls10"], ["사무실", "관리", "식물", "도청", "물주기"], "낱말만 겹침 (반려식물 교실, 식물성 세제 등)")
NOTW(["ls11"], ["만든", "방문", "선물", "위문", "지역"], "건강즙이 아닌 다른 선물·서비스")
NOTW(["ct01"], ["파일", "풀"], "'원본 파일', '풀컬러'에 걸림")
NOTW(["ct03", "ct10"], ["행사"], "'행사'만 겹치는 인쇄물·의류·용역 등 (기념품·음식 아님)")
NOTW(["ct04"], ["전통"], "전통 음식·차·문양 인쇄 기념품, 공예품 아님")
NOTW(["ct06"], ["출력", "홍보물", "경기"], "용지·토너·영상·청소 등 낱말만 겹침")
NOTW(["ct08"], ["교육"], "'교육'만 겹침 (교육 자료집, 간병인 교육 등)")
NOT(["ct11"], ["커피박 키링 만들기 체험", "커피박 화분 (다육식물 포함)"], "커피 찌꺼기 재활용품")
NOT(["ct11"], ["행사 출장 커피차"], "행사장 출장 서비스, 탕비실 비치용 아님")
NOT(["ct11"], ["사무실 청소 용역 (정기)"], "'탕비실' 청소 포함이라는 말만 겹침")
NOT(["ct10"], ["행사용 다회용기 세척·회수"], "식기 세척·회수 서비스, 음식 아님")
NOTW(["lc01", "lc02", "lc03", "lc04", "lc05", "lc06", "lc07", "lc08", "lc09", "lc10", "lc11"], ["[같은 동]"],
     "같은 동에 있지만 찾는 가게 종류가 아님")
NOT(["lc02"], ["비누꽃 다발"], "비누 공예품, 꽃집이 아님")
NOT(["lc03"], ["셀로판 투명테이프 18mm 리필 (10개입)", "접이식 장바구니", "에어캡 봉투 (20×30cm, 100매)",
               "대형 스테이플러 (100매 철)", "다국어 리플릿 편집 디자인 (인쇄 별도)"], "인쇄소가 아님(사무용품·가방·포장재·디자인 회사)")
NOT(["mi05"], ["셀로판 투명테이프 18mm 리필 (10개입)", "접이식 장바구니", "에어캡 봉투 (20×30cm, 100매)"], "'봉투'만 겹침, 봉투 인쇄 아님")
NOT(["lc06", "mi09"], ["김장 체험 프로그램"], "김장 체험, 반찬·김치 구매 아님")
NOT(["lc07"], ["앙금꽃 떡케이크 (2호)"], "떡집 제품, 빵집 아님")
NOT(["lc07"], ["회의용 다과 플래터 (10인)"], "케이터링 업체, 빵집 아님")
NOT(["lc11"], ["포기김치 (3kg)", "저염 백김치 (2kg)", "배추 포기김치 (10kg)"], "고춧가루가 들어간 김치")
NOT(["mi04"], ["비누꽃 다발", "천연비누 만들기 체험"], "비누로 만든 꽃 / 비누 만들기 체험")
NOT(["mi04"], ["천연 설거지 비누 (150g)"], "주방 설거지용, 몸 씻는 비누 아님")
NOTW(["mi09"], ["쌀"], "쌀로 만든 다른 식품(떡·한과·과자)이나 쌀화환, 쌀 자체가 아님")

STOP = set("""제작 구매 업체 일체 종류 준비 프로그램 개 세트 주문 가능 이하 이내 예산 개당 원 만원 짜리 각
씩 명분 매 박스 장 벌 및 있는 합니다 싶습니다 필요합니다 찾습니다 찾고 있습니다 좋겠습니다 바랍니다 검토하고
알려 주시기 드릴 드릴께 하려고 하려 만들려고 사려고 주문하려고 맡아 맡길 주실 해 줄 전부 한 번에 곳이면 정도
예정입니다 진행하려 하나로 이후 위해 때 등 곳 것 수 있는 분이 많아서 여는데 이번 달에는 매달 가져갈 참여할
""".split())
PARTICLES = ("으로", "에게", "께서", "에서", "부터", "까지", "하고", "이랑", "이나", "을", "를", "이", "가", "은", "는",
             "에", "께", "의", "로", "와", "과", "랑", "도", "만")


def content_words(need):
    texts = [need.get("intended") or need["text"]]
    for it in need.get("items", []):
        texts.append(it[0])
    words = set()
    for t in texts:
        for tok in re.split(r"[\s,.·()]+", t):
            tok = tok.strip()
            if not tok or re.search(r"\d", tok) or re.fullmatch(r"[A-Za-z]+", tok):
                continue
            if re.fullmatch(r"[ㄱ-ㅎ]+", tok):
                continue
            for p in PARTICLES:
                if tok.endswith(p) and len(tok) - len(p) >= 2:
                    tok = tok[: -len(p)]
                    break
            if len(tok) >= 2 and tok not in STOP:
                words.add(tok)
    for tg in need.get("want", []) + need.get("shop", []):
        words.add(tg)
    for it in need.get("items", []):
        for tg in it[1]:
            words.add(tg)
    return sorted(w for w in words if not w.startswith("@"))


def grade_simple(tags, price, want, sub, req, maxprice):
    if tags & set(want):
        ok = all(r in tags for r in req) and (maxprice is None or price <= maxprice)
        return 2 if ok else 1
    if tags & set(sub):
        return 1
    return 0


def load_catalog():
    rows = list(csv.DictReader(open(os.path.join(OUT, "catalog.csv"), encoding="utf-8")))
    tags = json.load(open(os.path.join(HERE, "catalog_tags.json"), encoding="utf-8"))
    for r in rows:
        r["_tags"] = set(tags[r["제품코드"]])
        r["_dong"] = re.search(r"\(([^)]+)\)$", r["주소"]).group(1)
        r["_text"] = " ".join([r["제품명"], r["규격"], r["설명"]])
    return rows


def label(need, cat):
    """-> {code: (grade, 품목)}"""
    res = {}
    kind = need["kind"]
    for r in cat:
        t, price = r["_tags"], int(r["단가"])
        if kind == "location":
            if t & set(need["shop"]):
                g = 2 if base(r["_dong"]) == need["dong"] else 1
                res[r["제품코드"]] = (g, "")
        elif kind == "multi_item":
            best = (0, "")
            for written, want, sub in need["items"]:
                g = grade_simple(t, price, want, sub, [], None)
                if g > best[0]:
                    best = (g, written)
            if best[0]:
                res[r["제품코드"]] = best
        else:
            g = grade_simple(t, price, need["want"], need["sub"], need.get("req", []), need.get("maxprice"))
            if g:
                res[r["제품코드"]] = (g, "")
    return res


def main():
    cat = load_catalog()
    by_name = {}
    for r in cat:
        assert r["제품명"] not in by_name, r["제품명"]
        by_name[r["제품명"]] = r
    needs = needs_data.NEEDS
    keys = {n["key"] for n in needs}
    for (k, pn) in list(EXTRA_OK) + list(OVERRIDES) + [x for x in REVIEWED_NOT if not x[1].startswith("*")]:
        assert k in keys, k
        assert pn in by_name, pn

    labels = {}
    for n in needs:
        lab = label(n, cat)
        for (k, pn), (g, item, why) in EXTRA_OK.items():
            if k == n["key"]:
                code = by_name[pn]["제품코드"]
                assert code not in lab, ("EXTRA_OK already labeled", k, pn)
                lab[code] = (g, item if n["kind"] == "multi_item" else "")
        for (k, pn), (g, why) in OVERRIDES.items():
            if k == n["key"]:
                code = by_name[pn]["제품코드"]
                assert code in lab, ("OVERRIDE on unlabeled", k, pn)
                if g == 0:
                    del lab[code]
                else:
                    lab[code] = (g, lab[code][1])
        labels[n["key"]] = lab

    # ------------------------------------------------------------ sweep
    lines = ["# 스윕 보고서: 수요의 내용어가 제품명/규격/설명에 들어 있는데 라벨이 없는 제품 (location 은 같은 동의 제품도)",
             "# 상태: REVIEWED_NOT(관련 없음 판단) / UNREVIEWED(검토 안 됨 -> 0 이어야 함)", ""]
    unreviewed = 0
    total_hits = 0
    extra_lines = ["", "# ---- EXTRA_OK / OVERRIDES 로 반영한 판단 ----"]
    for (k, pn), (g, item, why) in sorted(EXTRA_OK.items()):
        extra_lines.append("EXTRA_OK  %s  %s  -> %d %s | %s" % (k, pn, g, item, why))
    for (k, pn), (g, why) in sorted(OVERRIDES.items()):
        extra_lines.append("OVERRIDE  %s  %s  -> %d | %s" % (k, pn, g, why))
    for n in needs:
        words = content_words(n)
        lab = labels[n["key"]]
        hits = []
        for r in cat:
            if r["제품코드"] in lab:
                continue
            txt = r["_text"]
            nospace = txt.replace(" ", "")
            matched = [w for w in words if w in txt or w.replace(" ", "") in nospace]
            if n["kind"] == "location" and base(r["_dong"]) == n["dong"]:
                matched.append("[같은 동]")
            if matched:
                hits.append((r, matched))
        if not hits:
            continue
        lines.append("== %s [%s] %s   내용어: %s" % (n["key"], n["kind"], n["text"], ", ".join(words)))
        for r, matched in hits:
            total_hits += 1
            reason = REVIEWED_NOT.get((n["key"], r["제품명"]))
            if reason is None:
                wr = [REVIEWED_NOT.get((n["key"], "*" + w)) for w in matched]
                if all(wr):
                    reason = wr[0]
            if reason is None:
                unreviewed += 1
                status = "UNREVIEWED"
            else:
                status = "REVIEWED_NOT: " + reason
            lines.append("  %s %s (%s, %s) 걸린 말=%s -> %s" % (r["제품코드"], r["제품명"], r["기업명"], r["_dong"], "/".join(matched), status))
    lines = lines[:3] + ["총 걸린 건수 %d, 검토 안 된 건수 %d" % (total_hits, unreviewed), ""] + lines[3:] + extra_lines
    open(os.path.join(HERE, "sweep_report.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("sweep hits", total_hits, "unreviewed", unreviewed)

    # ------------------------------------------------------------ shuffle & write
    allq = [("m", n) for n in needs] + [("x", x) for x in needs_data.NOMATCH]
    rng = random.Random(SEED)
    rng.shuffle(allq)
    idmap = {}
    qrows, krows, rrows, nmrows, hyrows, maprows = [], [], [], [], [], []
    for i, (t, n) in enumerate(allq, 1):
        qid = "ZB-Q%03d" % i
        if t == "m":
            idmap[n["key"]] = qid
            qrows.append([qid, n["text"], n.get("qty", ""), n.get("budget", "")])
            krows.append([qid, n["kind"]])
            maprows.append([qid, n["key"], n["kind"], n["voice"]])
            for code, (g, item) in sorted(labels[n["key"]].items(), key=lambda x: (-x[1][0], x[0])):
                rrows.append([qid, code, g, item])
            if n["kind"] == "hanyeong":
                hyrows.append([qid, n["text"], n["intended"]])
        else:
            key, diff, voice, text, overlap, why = n
            qrows.append([qid, text, "", ""])
            krows.append([qid, "no_match"])
            maprows.append([qid, key, "no_match", voice])
            nmrows.append([qid, diff, overlap, why])

    def w(path, header, rows):
        with open(path, "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f)
            wr.writerow(header)
            wr.writerows(rows)

    w(os.path.join(OUT, "queries.csv"), ["수요번호", "수요내용", "수량", "예산"], qrows)
    w(os.path.join(OUT, "query_kinds.csv"), ["수요번호", "유형"], krows)
    w(os.path.join(OUT, "qrels.csv"), ["수요번호", "제품코드", "관련도", "품목"], rrows)
    w(os.path.join(OUT, "no_match_detail.csv"), ["수요번호", "난이도", "겹치는 말", "해당 없음 이유"], nmrows)
    w(os.path.join(OUT, "hanyeong_intended.csv"), ["수요번호", "입력", "의도한 한글"], hyrows)
    w(os.path.join(HERE, "id_map.csv"), ["수요번호", "key", "유형", "화자"], maprows)
    print("queries", len(qrows), "qrels", len(rrows))


if __name__ == "__main__":
    main()
