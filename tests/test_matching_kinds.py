"""One test per kind of need, on a small catalog and needs invented here (not from any evaluation set),
bad input, and the RapidFuzz-style entry points."""

import numpy as np
import polars as pl
import pytest

from sse_match.catalog import listing as catalog_io
from sse_match.matching import hangul, morph
from sse_match.matching import index as search
from sse_match.matching import needs as matching

PRODUCTS = [
    # code, enterprise, type, name, category, spec, description, address
    ("T01", "햇살협동조합", "협동조합", "행사 도시락", "식품/도시락", "1인분", "한식 반찬 도시락 배달", "전주시 완산구 효자로 1 (효자동2가)"),
    ("T02", "든든마을기업", "마을기업", "채식 도시락", "식품/도시락", "1인분", "채소 반찬 도시락", "전주시 덕진구 기린대로 9 (인후동1가)"),
    ("T03", "푸른인쇄", "사회적기업", "현수막 제작", "인쇄/홍보물", "5m", "행사 현수막 디자인 출력", "전주시 완산구 서신로 3 (서신동)"),
    ("T04", "푸른인쇄", "사회적기업", "명함 인쇄", "인쇄/홍보물", "100매", "양면 컬러 명함", "전주시 완산구 서신로 3 (서신동)"),
    ("T05", "종이나라", "자활기업", "종이 봉투", "인쇄/홍보물", "대", "크라프트 서류 봉투 인쇄", "전주시 덕진구 팔달로 5 (금암동)"),
    ("T06", "깨끗한손", "사회적기업", "입주 청소", "청소/방역 용역", "1회", "이사 전후 사무실 입주 청소", "전주시 완산구 용머리로 7 (삼천동1가)"),
    ("T07", "깨끗한손", "사회적기업", "방역 소독", "청소/방역 용역", "1회", "소독필증 발급", "전주시 완산구 용머리로 7 (삼천동1가)"),
    ("T08", "사무나라", "협동조합", "복사용지 A4", "사무용품", "2500매", "80g 복사 용지", "전주시 덕진구 백제대로 2 (덕진동1가)"),
    ("T09", "사무나라", "협동조합", "투명 테이프", "사무용품", "18mm", "사무용 셀로판 테이프", "전주시 덕진구 백제대로 2 (덕진동1가)"),
    ("T10", "사무나라", "협동조합", "유성 마커", "사무용품", "12색", "지워지지 않는 네임펜", "전주시 덕진구 백제대로 2 (덕진동1가)"),
    ("T11", "꽃마을", "마을기업", "축하 화환", "꽃/조경", "3단", "개업 축하 화환 배송", "전주시 완산구 삼천천변로 4 (삼천동2가)"),
    ("T12", "꽃마을", "마을기업", "꽃다발", "꽃/조경", "중", "계절 꽃다발", "전주시 완산구 삼천천변로 4 (삼천동2가)"),
    ("T13", "로컬카페", "사회적기업", "원두커피", "음료/다과", "1kg", "전주 로스팅 원두", "전주시 완산구 홍산로 8 (효자동3가)"),
    ("T14", "로컬카페", "사회적기업", "수제 쿠키", "음료/다과", "20개입", "우리밀 버터 쿠키", "전주시 완산구 홍산로 8 (효자동3가)"),
    ("T15", "한옥놀이", "사회적기업", "한옥 체험", "교육/체험", "1회 20명", "한옥마을 전통 체험 프로그램", "전주시 완산구 은행로 11 (풍남동3가)"),
    ("T16", "살림가방", "자활기업", "장바구니", "생활용품", "1개", "폐현수막 재활용 장바구니", "전주시 덕진구 가리내로 6 (팔복동1가)"),
    ("T17", "살림가방", "자활기업", "에코백", "생활용품", "1개", "면 에코백 인쇄", "전주시 덕진구 가리내로 6 (팔복동1가)"),
    ("T18", "맑은물", "사회적기업", "저수조 청소", "청소/방역 용역", "1회", "청사 물탱크 청소 및 수질검사", "전주시 덕진구 동부대로 3 (송천동1가)"),
    ("T19", "바른세탁", "자활기업", "커튼 세탁", "세탁", "1창", "사무실 커튼 수거 세탁", "전주시 완산구 모악로 10 (평화동1가)"),
    ("T20", "정든가구", "사회적협동조합", "사무용 의자", "사무가구", "1개", "메쉬 등받이 회전 의자", "전주시 덕진구 번영로 4 (우아동1가)"),
]
CATALOG_HEADER = ("제품코드", "기업명", "기업유형", "사업자등록번호", "제품명", "분류", "규격", "단가", "단위", "설명", "주소")


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    path = tmp_path_factory.mktemp("cat") / "catalog.csv"
    rows = [dict(zip(CATALOG_HEADER, (c, e, t, "000-00-00000", n, cat, spec, "10000", "개", d, a), strict=True))
            for c, e, t, n, cat, spec, d, a in PRODUCTS]
    pl.DataFrame(rows).write_csv(path)
    return catalog_io.read_catalog(path)


@pytest.fixture(scope="module")
def index(catalog):
    return search.SearchIndex(catalog)


def top_codes(index, query, k=5):
    r = search.search(query, index, limit=k)
    return r, [index.catalog["code"][m.row] for m in r.matches]


@pytest.mark.parametrize(("kind", "need", "code", "how"), [
    ("exact", "명함 인쇄", "T04", "exact"),
    ("synonym", "사무실 미화", "T06", "synonym"),
    ("typo", "현수먁 제작", "T03", "typo"),
    ("hanyeong", "wkdqkrnsl", "T16", "hanyeong"),
    ("spacing", "복사 용지", "T08", None),
    ("spacing", "저수조청소", "T18", "spacing"),
    ("choseong", "ㅎㅅㅁ", "T03", "choseong"),
    ("quantity", "채식 도시락 120개 (10월 2일 납품)", "T02", "exact"),
    ("long_sentence", "다음 주 금요일 민원실 리모델링 끝나면 입주 청소 맡아 주실 곳 찾습니다", "T06", "exact"),
    ("category", "사무용품", "T09", None),
    ("location", "삼천동 꽃집", "T11", "shop"),
])
def test_each_kind_finds_the_product_with_its_reason(index, kind, need, code, how):
    r, codes = top_codes(index, need)
    assert not r.no_match, (kind, need)
    assert code in codes, (kind, need, codes)
    if how:
        hit = next(m for m in r.matches if index.catalog["code"][m.row] == code)
        assert any(x.how == how for x in hit.reasons), hit.reasons


def test_hanyeong_mixed_with_hangul_gives_a_readable_reason(index):
    r, codes = top_codes(index, "gksdhr 체험")
    assert codes[0] == "T15"
    assert "영문 자판 입력 'gksdhr'을 '한옥'으로 읽었습니다" in search.explain_text(r.matches[0].reasons)


def test_hanyeong_is_not_forced_on_real_latin_words(index):
    r = index.parse("A4 복사용지")
    assert "a4" in [c.text for c in r.concepts]


def test_multi_item_need_answers_each_item(index):
    r, codes = top_codes(index, "명함이랑 종이 봉투", k=5)
    assert r.query.multi_item
    assert {"T04", "T05"} <= set(codes[:4])
    items = {index.catalog["code"][m.row]: m.item for m in r.matches}
    assert items["T04"] == "명함" and items["T05"] == "종이 봉투"


def test_multi_item_with_and(index):
    r, codes = top_codes(index, "원두커피 및 쿠키")
    assert {"T13", "T14"} <= set(codes[:4])


def test_location_boosts_the_place(index):
    r = search.search("삼천동 방역", index, limit=3)
    assert r.matches[0].place_boost


def test_no_match_need_is_rejected_but_shows_the_closest(index):
    r = search.search("굴착기 장기 임차", index, limit=5)
    assert r.no_match
    assert r.nearest_categories


def test_context_words_do_not_sink_confidence(index):
    plain = search.search("입주 청소", index, limit=1)
    wordy = search.search("내년 3월 본관 2층 민원실 리모델링 끝나면 입주 청소 부탁드립니다", index, limit=1)
    assert not wordy.no_match
    assert wordy.matches[0].confidence >= plain.matches[0].confidence - 0.25


@pytest.mark.parametrize(("need", "problem"), [
    ("", "empty"),
    ("   ", "empty"),
    ("😀🎉🙏", "empty"),
    ("\x00\x07\x1b\x7f", "empty"),
    ("!!! ... ???", "no_words"),
    ("12345", "only_digits"),
    ("ㄱ", "lone_choseong"),
])
def test_bad_input_is_rejected_with_a_problem(index, need, problem):
    r = search.search(need, index, limit=5)
    assert r.no_match
    assert r.query.problem == problem


def test_a_5000_character_need_is_read_in_part(index):
    r = search.search("입주 청소 " + "가나다라 " * 1000, index, limit=5)
    assert r.query.problem == "too_long"
    assert len(r.query.raw) > 4000


def test_emoji_and_control_characters_around_a_word_are_ignored(index):
    r, codes = top_codes(index, "🎉현수막\x07 제작🙏")
    assert codes[0] == "T03"


def test_match_needs_gives_the_no_match_row_for_bad_input(index):
    needs = pl.DataFrame({"need_id": ["1", "2", "3", "4", "5", "6"],
                          "text": ["", "가" * 5000, "😀", "\x01\x02", "2024", "ㅎ"]})
    out = matching.cli_output(matching.match_needs(needs, index, limit=3))
    assert out["수요번호"].to_list() == ["1", "2", "3", "4", "5", "6"]
    assert out["제품코드"].to_list() == [""] * 6


def test_match_needs_marks_the_item_of_each_row(index):
    needs = pl.DataFrame({"need_id": ["A"], "text": ["명함이랑 종이 봉투"]})
    out = matching.match_needs(needs, index, limit=3)
    assert set(out["item"]) == {"명함", "종이 봉투"}
    assert "품목" in matching.results_for_people(out).columns


def test_extra_synonyms_from_the_database_take_effect(catalog):
    plain = search.SearchIndex(catalog)
    before = search.search("뚝딱이", plain, limit=1)
    assert before.no_match or plain.catalog["code"][before.matches[0].row] != "T10"
    taught = search.SearchIndex(catalog, extra_synonyms=[("뚝딱이", "마커")])
    r, codes = top_codes(taught, "뚝딱이")
    assert not r.no_match and codes[0] == "T10"
    assert any(x.how == "synonym" for x in r.matches[0].reasons)


def test_entry_points_share_one_signature(index):
    one = search.search("방역 소독", index, limit=2, score_cutoff=0.0)
    many = search.search_many(["방역 소독", "명함"], index, limit=2, score_cutoff=0.0)
    assert [m.row for m in one.matches] == [m.row for m in many[0].matches]
    strict = search.search("방역 소독", index, limit=2, score_cutoff=1.01)
    assert strict.no_match and strict.matches  # rejected, the closest kept as 비슷한 제품


def test_reason_is_a_small_frozen_dataclass():
    r = search.Reason("rkqkd", "가방", "hanyeong")
    assert r.text() == "영문 자판 입력 'rkqkd'을 '가방'으로 읽었습니다"
    with pytest.raises(AttributeError):
        r.how = "exact"  # type: ignore[misc]


def test_catalog_words_act_as_a_user_dictionary_without_changing_kiwi():
    from sse_match.matching import morph

    kiwi = morph.analyzer()
    assert morph.content_spans(kiwi, "햇살꾸러미에서", {"햇살꾸러미"}) == (["햇살꾸러미"], 5)
    assert morph.content_spans(kiwi, "햇살꾸러미에서") != (["햇살꾸러미"], 5)  # nothing was added to Kiwi


# A second small catalog, invented here, for how a need is read: joiners after one-syllable words, a modifier
# shared by two items, compounds the synonym list knows, typos that are dictionary words, shop names.
READING_PRODUCTS = [
    ("R01", "답례 떡", "떡/음료", "백설기 낱개 포장"),
    ("R02", "전통 식혜", "떡/음료", "엿기름 식혜 1.5L"),
    ("R03", "랜 배선 공사", "시설 보수", "사무실 네트워크 배선"),
    ("R04", "CCTV 설치", "시설 보수", "방범 카메라 설치"),
    ("R05", "사무용 책상", "가구", "서랍 포함 책상"),
    ("R06", "사무용 의자", "가구", "메쉬 회전 의자"),
    ("R07", "어린이 의자", "가구", "원목 의자"),
    ("R08", "출장 세차", "차량 관리", "관용차량 세차"),
    ("R09", "상장 액자", "인쇄/홍보물", "A4 상장 액자"),
    ("R10", "에어컨 세척", "청소/방역 용역", "벽걸이 에어컨 분해 세척"),
    ("R11", "유리창 청소", "청소/방역 용역", "고층 유리창 청소"),
    ("R12", "청사 청소 용역", "청소/방역 용역", "연간 청소 용역"),
    ("R13", "단체 주문 도시락", "식품/도시락", "행사 단체 주문 배달"),
    ("R14", "방충망 교체", "시설 보수", "창문 방충망 교체"),
    ("R15", "방문 요양", "돌봄", "어르신 방문 요양"),
    ("R16", "핸드 드립 원두", "떡/음료", "드립 커피 원두"),
    ("R17", "청소 용품 세트", "생활용품", "고무장갑 걸레 세정제"),
    ("R18", "몽골텐트 임대", "행사", "몽골텐트 설치 철거"),
    ("R19", "쌍화차", "떡/음료", "전통 쌍화차"),
]


def _one_supplier_catalog(path, products) -> pl.DataFrame:
    """(code, name, category, description) rows of one invented cooperative, read as the CLI reads a catalog."""
    rows = [dict(zip(CATALOG_HEADER, (c, "새날협동조합", "협동조합", "000-00-00000", n, cat, "1", "10000", "개", d,
                                      "전주시 덕진구 가리내로 6 (팔복동1가)"), strict=True)) for c, n, cat, d in products]
    pl.DataFrame(rows).write_csv(path)
    return catalog_io.read_catalog(path)


def _small_index(tmp_path, products, synonyms=()):
    return search.SearchIndex(_one_supplier_catalog(tmp_path / "catalog.csv", products), synonyms=list(synonyms))


@pytest.fixture(scope="module")
def reading(tmp_path_factory):
    return search.SearchIndex(_one_supplier_catalog(tmp_path_factory.mktemp("reading") / "catalog.csv", READING_PRODUCTS))


def _items(index, need):
    return [[c.text for c in it.concepts] for it in index.parse(need).items]


def test_a_joiner_after_a_one_syllable_word_splits_the_items(reading):
    assert _items(reading, "떡이랑 식혜") == [["떡"], ["식혜"]]
    r, codes = top_codes(reading, "떡이랑 식혜", k=4)
    assert {"R01", "R02"} <= set(codes)


def test_a_joiner_typed_apart_splits_the_items(reading):
    assert _items(reading, "떡 하고 식혜") == [["떡"], ["식혜"]]


def test_a_joiner_after_a_count_splits_the_items(reading):
    assert _items(reading, "떡 30개랑 식혜 10병") == [["떡"], ["식혜"]]  # the count goes, 랑 still joins two items


def test_a_one_syllable_catalog_word_is_kept_as_an_item(reading):
    items = _items(reading, "CCTV 설치와 랜 공사")
    assert len(items) == 2 and "랜" in items[1]
    r, codes = top_codes(reading, "CCTV 설치와 랜 공사", k=4)
    assert {"R03", "R04"} <= set(codes[:2])


def test_the_first_items_modifier_describes_a_bare_item_after_it(reading):
    items = _items(reading, "사무용 책상, 의자 각 10개")
    assert items == [["사무용", "책상"], ["사무용", "의자"]]
    r, codes = top_codes(reading, "사무용 책상, 의자 각 10개", k=5)
    assert codes.index("R06") < codes.index("R07")  # the office chair before the children's chair


def test_a_compound_the_synonym_list_knows_is_read_through_the_catalogs_words(reading):
    r, codes = top_codes(reading, "유리창청소")
    assert codes[0] == "R11"
    assert any(x.how == "spacing" for x in r.matches[0].reasons)


def test_a_dictionary_word_is_a_typo_only_where_it_is_used_alike(tmp_path):
    reading = _small_index(tmp_path, READING_PRODUCTS)  # no synonym list: the synonym list spells 에어콘 too
    r, codes = top_codes(reading, "에어콘 세척")
    assert codes[0] == "R10"
    assert any(x.how == "typo" and x.via == "에어컨" for x in r.matches[0].reasons)
    assert "주문" not in [a.via for c in reading.parse("자문").concepts for a in c.alternatives]


def test_a_shop_name_is_read_before_a_typo(reading):
    r, codes = top_codes(reading, "팔복동 세차장")
    assert codes[0] == "R08"
    assert "R09" not in codes  # 세차장 is not a slip of 상장
    assert any(x.how == "shop" for x in r.matches[0].reasons)


def test_a_product_sharing_only_the_action_does_not_answer(reading):
    r = search.search("우주선 발사 용역", reading, limit=5)
    assert r.no_match
    assert not search.search("청사 청소 용역", reading, limit=5).no_match


def test_the_understood_words_leave_out_the_scene(index):
    q = index.parse("다음 주 금요일 민원실 리모델링 끝나면 입주 청소 맡아 주실 곳 찾습니다")
    assert "청소" in q.understood and "입주" in q.understood
    assert "민원실" not in q.understood and "주실" not in q.understood
    assert "민원실" in [c.text for c in q.concepts]  # read, and kept as the scene


def _head(index, need):
    return [c.text for c in index.parse(need).concepts if c.head]


def test_the_object_of_the_request_names_the_item(reading):
    assert _head(reading, "경로당 창문 방충망을 새것으로 바꾸려 하니 방문 견적 부탁드립니다") == ["방충망"]


def test_kiwis_sure_readings_are_not_typos(reading):
    vias = [a.via for c in reading.parse("손님들께 드릴 원두").concepts for a in c.alternatives]
    assert "드립" not in vias  # 드릴 is 드리다
    assert [c.text for c in reading.parse("도시락 배달을 부탁").concepts][:2] == ["도시락", "배달"]
    assert "다시" not in [c.text for c in reading.parse("다시 유리창 청소").concepts]  # an adverb


def test_a_word_kiwi_knows_is_a_typo_only_one_jamo_away(reading):
    assert "쌍화차" not in [a.via for c in reading.parse("승합차").concepts for a in c.alternatives]


def test_a_class_noun_leaves_the_item_to_the_word_before_it(reading):
    assert _head(reading, "청소 용품") == ["청소"]


def test_a_part_that_only_sets_the_scene_has_no_head(reading):
    q = reading.parse("몽골텐트 10동, 이틀 설치")
    assert _head(reading, "몽골텐트 10동, 이틀 설치") == ["몽골텐트"] and len(q.items) == 1
    r, codes = top_codes(reading, "몽골텐트 10동, 이틀 설치")
    assert not r.no_match and codes[0] == "R18"


def test_a_real_word_beside_its_catalog_context_is_read_as_a_typo(reading):
    r, codes = top_codes(reading, "사무용 의지 5개")  # 의지 is a word, but beside 사무용 a key slipped
    assert codes[:2] == ["R06", "R07"]  # the office chair, then another chair before the office desk
    assert any(x.how == "typo" and x.via == "의자" for x in r.matches[0].reasons)
    alone = [a.via for c in reading.parse("의지").concepts for a in c.alternatives]
    assert "의자" not in alone  # with nothing beside it, 의지 is read as typed


def test_a_real_word_stays_where_kiwi_finds_it_likelier_than_the_repair(tmp_path):
    index = _small_index(tmp_path, [("F1", "마을 축제 기획", "행사", "마을 축제 운영"), ("F2", "축제 부스 임대", "행사", "부스")])
    assert "마을" not in [a.via for c in index.parse("가을 축제 기획").concepts for a in c.alternatives]
    assert "마을" in [a.via for c in index.parse("마울 축제 기획").concepts for a in c.alternatives]


def test_a_size_the_catalog_lacks_does_not_lower_the_confidence(reading):
    plain = search.search("몽골텐트 임대", reading, limit=3)
    sized = search.search("몽골텐트 6x6 임대", reading, limit=3)
    assert [c.context for c in reading.parse("몽골텐트 6x6 임대").concepts if c.text == "6x6"] == [True]
    assert sized.matches[0].confidence == pytest.approx(plain.matches[0].confidence)


def test_a_loanword_spelled_another_way_is_read_as_the_catalogs_spelling(tmp_path):
    index = _small_index(tmp_path, READING_PRODUCTS + [("R20", "생과일 주스", "떡/음료", "착즙 주스 1L")])
    r, codes = top_codes(index, "생과일 쥬스")
    assert codes[0] == "R20"
    assert any(x.how == "variant" and x.via == "주스" for x in r.matches[0].reasons)
    assert "표기 차이" in search.explain_text(r.matches[0].reasons)
    assert [a.how for c in index.parse("콜라").concepts for a in c.alternatives] == ["meaning"]  # not 주스
    assert "책상" not in [a.via for c in index.parse("걸상").concepts for a in c.alternatives if a.how == "variant"]


def test_a_compound_synonym_reaches_the_catalog_through_its_head(tmp_path):
    index = _small_index(tmp_path, [("H1", "휴대 선풍기", "생활용품", "손 선풍기"), ("H3", "불용 PC 수거", "재활용", "불용 전자제품")],
                         synonyms=[("랩탑", "휴대용컴퓨터"), ("폐품", "불용물품")])
    vias = [a.via for c in index.parse("랩탑").concepts for a in c.alternatives]
    assert "휴대" not in vias  # a 휴대용컴퓨터 is a computer, not a 휴대 선풍기: without 컴퓨터 it reaches nothing
    assert "불용" in [a.via for c in index.parse("폐품").concepts for a in c.alternatives]  # 물품 is a class noun


def test_the_typed_word_in_a_name_outranks_a_synonym_in_name_and_category(tmp_path):
    index = _small_index(tmp_path, [("M1", "방역 소독", "방역 용역", "정기 소독"), ("M2", "쥐 방제", "방역 용역", "쥐덫 설치")],
                         synonyms=[("방제", "방역")])
    codes = index.catalog["code"].to_list()
    assert [codes[m.row] for m in index.search("방제", 2).matches] == ["M2", "M1"]  # a second field adds less than a synonym loses


def test_a_bare_noun_of_time_ends_a_clause(tmp_path):
    index = _small_index(tmp_path, [("W1", "옥상 방수 공사", "집수리", "우레탄 방수"), ("W2", "현장 사진 촬영", "영상", "공사 현장")])
    need = "현장 확인 후 방수 공사 견적 부탁드립니다"
    concepts = {c.text: c for c in index.parse(need).concepts}
    assert concepts["방수"].head and not concepts["현장"].in_head_phrase  # 현장 확인 후: the clause before the item
    assert concepts["확인"].context  # an unknown word of that clause does not lower the confidence
    assert "\x00" not in index.parse(need).core and "\x00" not in index.parse(need).items[0].text


def test_a_phrase_that_says_when_is_not_the_item(tmp_path):
    index = _small_index(tmp_path, [("T1", "에어컨 분해 세척", "시설", "벽걸이"), ("T2", "키오스크 사용 교육", "교육", "어르신")])
    concepts = {c.text: c for c in index.parse("에어컨에서 냄새가 나서 여름 사용 전에 세척해 줄 곳").concepts}
    assert concepts["에어컨"].head and not concepts["사용"].head  # 사용 *전에* says when


def test_syllables_typed_apart_join_only_into_a_word_the_catalog_reads(tmp_path):
    index = _small_index(tmp_path, [("J1", "행사 진행", "행사", "사회자"), ("J2", "수제 떡", "떡", "답례품")],
                         synonyms=[("떡", "답례떡")])
    assert [c.text for c in index.parse("수 제 떡").concepts] == ["수제", "떡"]  # 수 제: one word typed apart
    assert "때쓸" not in index.parse("행사 때 쓸 답례떡").core.split()  # 때 쓸 is two words
    concepts = {c.text: c for c in index.parse("행사 때에 나눌 답례떡").concepts}
    assert concepts["답례떡"].head and not concepts["행사"].head  # 행사 *때에* says when, though 행사 is typed exactly


def test_a_buyers_place_the_catalog_lacks_sets_the_scene(tmp_path):
    index = _small_index(tmp_path, [("F1", "화단 조성", "조경", "초화류 식재"), ("F2", "잔디 깎기", "조경", "예초")])
    concepts = {c.text: c for c in index.parse("보건소 화단").concepts}
    assert concepts["화단"].head and concepts["보건소"].context  # 보건소 is where the buyer is, not what is bought
    assert not {c.text: c for c in index.parse("드럼 화단").concepts}["드럼"].context  # an unknown modifier still counts


def test_a_descriptions_verb_form_is_no_repair_for_a_typo(tmp_path):
    index = _small_index(tmp_path, [("V1", "에어컨 분해 세척", "시설", "곰팡이 냄새를 없애고 찬 바람을 냅니다")])
    vias = [a.via for c in index.parse("에어컨에서 냄새가 납니다").concepts for a in c.alternatives]
    assert "냅니다" not in vias and "에어컨" in vias  # 납니다 is a verb of the need, not 냅니다 mistyped


def test_a_numbered_dong_is_a_place(tmp_path):
    index = _small_index(tmp_path, [("D1", "답례떡", "떡", "개별 포장")])
    q = index.parse("송천1동에서 답례떡 주문")
    assert "송천1동" in q.dongs and "송천" not in q.core.split()  # not 송천 + 동, two words of no item


def test_a_spec_in_the_names_brackets_does_not_lower_its_coverage(tmp_path):
    index = _small_index(tmp_path, [("S1", "재생 잉크 카트리지", "사무용품", "잉크 카트리지를 다시 채운 제품"),
                                    ("S2", "재생 토너 카트리지(HP·삼성·캐논 호환)", "사무용품", "")],
                         synonyms=[("토너", "잉크")])
    codes = index.catalog["code"].to_list()
    assert [codes[m.row] for m in index.search("재생 토너 카트리지", 2).matches][0] == "S2"  # what was typed, in full


def test_a_compound_no_product_attests_is_only_a_part_match(tmp_path):
    index = _small_index(tmp_path, [("K1", "냉장고 자석", "기념품", "비빔밥 모양 자석"), ("K2", "포기김치", "식품", "김치 10kg"),
                                    ("K3", "유리창 청소", "청소", "고층 유리창")])
    fridge = [a.how for c in index.parse("김치냉장고").concepts for a in c.alternatives]
    assert fridge and set(fridge) == {"part"}  # no product is a 김치 냉장고: 냉장고 자석 is another thing
    assert [a.how for c in index.parse("유리창청소").concepts for a in c.alternatives] == ["spacing", "spacing"]
    assert [c.text for c in index.parse("경로당 김치냉장고").concepts][:1] == ["경로당"]  # the space stays


def test_a_descriptions_verb_form_names_nothing(tmp_path):
    index = _small_index(tmp_path, [("V1", "방충망 교체", "시설 보수", "찢어진 방충망 교체"),
                                    ("V2", "장판 교체", "시설 보수", "모노륨 장판")])
    q = index.parse("바닥 장판이 들뜨고 찢어진 곳이 많아 교체 부탁드립니다")
    assert "찢어진" not in [c.text for c in q.concepts]
    assert [c.text for c in q.concepts if c.head] == ["장판"]
    r, codes = top_codes(index, "바닥 장판이 들뜨고 찢어진 곳이 많아 교체 부탁드립니다")
    assert codes[0] == "V2"


def test_a_one_syllable_word_its_neighbours_make_a_verb_is_not_the_item(tmp_path):
    index = _small_index(tmp_path, [("J1", "김밥", "식품", "김밥 10줄"), ("J2", "방역 소독", "청소/방역 용역", "정기 방역"),
                                    ("J3", "리본 줄", "포장", "선물 포장 줄")])
    q = index.parse("정기 방역 소독해 줄 업체 찾습니다")
    assert "줄" not in [c.text for c in q.concepts]  # 주다 + ㄹ
    assert [c.text for c in q.concepts if c.head] == ["소독"]
    assert "줄" in [c.text for c in index.parse("리본 줄 구매").concepts]  # a noun beside a noun stays


def test_goods_asked_of_a_service_is_marked(tmp_path):
    index = _small_index(tmp_path, [("G1", "정수기 살균 관리", "청소/방역 용역", "정수기 필터 교체·살균"),
                                    ("G2", "현수막 제작", "인쇄", "행사 현수막"), ("G3", "에어컨 분해 세척", "시설", "벽걸이")])
    which = search.FEATURES.index("goods_to_service")

    def top_feature(need):
        q = index.parse(need)
        matches, feats = index._search_item(q, q.items[0], 3, None, False, 1)
        return index.catalog["code"][matches[0].row], feats[0][which]

    assert top_feature("민원실 정수기 2대 구입") == ("G1", 1.0)  # goods asked, a service offered
    assert top_feature("정수기 살균 관리 월 1회") == ("G1", 0.0)  # the service itself is asked
    assert top_feature("현수막 3장") == ("G2", 0.0)  # a made-to-order product is how goods are bought
    assert top_feature("벽걸이 에어컨 12대 세척") == ("G3", 0.0)  # the need names the act
    assert top_feature("민원실 대기용 정수기 2대 구입") == ("G1", 1.0)  # an act before the item describes it
    assert top_feature("정수기 2대 살균") == ("G1", 0.0)  # the act after the item is what is asked
    assert top_feature("사무실 정수기 새로 사서 놓으려고요") == ("G1", 1.0)  # 사다, the plain verb of buying
    assert top_feature("사무실 정수기 렌탈") == ("G1", 1.0)  # renting a thing is how goods are had, too


def test_an_act_asked_of_a_thing_is_offered_only_where_the_product_says_it(tmp_path):
    index = _small_index(tmp_path, [("A1", "재생 토너 카트리지", "사무용품", "레이저 프린터용 재생 토너"),
                                    ("A2", "프린터·복합기 출장 수리", "사무기기", "고장 난 프린터를 방문해 고칩니다"),
                                    ("A3", "원두커피 1kg", "커피", "커피머신용 원두"),
                                    ("A4", "몽골텐트 대여", "행사", "5x5 행사용 천막"),
                                    ("A5", "롤블라인드 설치", "시설", "창 블라인드 설치")])
    which = search.FEATURES.index("act_not_offered")

    def top_feature(need):
        q = index.parse(need)
        matches, feats = index._search_item(q, q.items[0], 3, None, False, 1)
        return index.catalog["code"][matches[0].row], feats[0][which]

    assert top_feature("레이저 프린터 토너") == ("A1", 0.0)  # no act asked
    assert top_feature("레이저 프린터용 재생 토너 수리") == ("A1", 1.0)  # repair asked, the toner is not one
    assert top_feature("프린터 수리") == ("A2", 0.0)  # the product says it
    assert top_feature("사무실 커피머신 렌탈") == ("A3", 1.0)  # renting a machine is not its beans
    assert top_feature("행사용 몽골텐트 임대") == ("A4", 0.0)  # 임대 and 대여 are one kind of act
    assert top_feature("대여용 몽골텐트") == ("A4", 0.0)  # an act before the item describes it
    assert top_feature("행사에 몽골텐트가 필요한데 설치 가능한 곳") == ("A4", 0.0)  # said of the request, not of the item
    r, _ = top_codes(index, "사무실 커피머신 렌탈")
    assert r.no_match  # the shipped model turns the beans down


def test_a_note_in_brackets_names_the_item_only_when_nothing_outside_does(tmp_path):
    index = _small_index(tmp_path, [("N1", "공원 조경 연간 관리", "조경", "공원 수목 관리"),
                                    ("N2", "제초 작업", "조경", "잡초 제거"),
                                    ("N3", "공기청정기 필터 교체", "시설", "교실 공기청정기")])

    def head(need):
        return next(c.text for it in index.parse(need).items for c in it.concepts if c.head)

    assert head("제초 작업 (공원 관리용)") == "제초"  # the note says what for
    assert head("(공원용) 공기청정기 필터") == "필터"  # before the item, too
    assert head("(공원 관리)") == "공원"  # a note alone is all there is
    note = [c for c in index.parse("공기청정기 필터 (뒷마당 교실 6개)").concepts if c.text == "뒷마당"]
    assert note and note[0].context  # an unknown word of the note does not lower the confidence


def test_a_synonym_compound_ending_in_a_stop_word_means_the_word_before_it(tmp_path):
    index = _small_index(tmp_path, [("S1", "다중이용시설 방역 소독", "방역", "해충 방역"),
                                    ("S2", "사무실 정기 청소", "청소", "지역 청소 업체가 방문")],
                         synonyms=[("방역업체", "세스코")])
    reached = {a.via for c in index.parse("세스코").concepts for a in c.alternatives}
    assert "방역" in reached
    assert "업체" not in reached  # 업체 says who, not what
    r, codes = top_codes(index, "세스코")
    assert codes == ["S1"]


def test_a_listed_compound_the_catalog_lacks_is_read_by_its_parts(tmp_path):
    index = _small_index(tmp_path, [("C1", "직장 내 괴롭힘 예방 교육", "교육", "법정 의무 교육"),
                                    ("C2", "재난 안전 교육", "교육", "소화기 사용법")],
                         synonyms=[("갑질예방교육", "직장내괴롭힘예방교육")])
    assert [c.text for c in index.parse("직장내괴롭힘예방교육").concepts] == ["직장", "괴롭힘", "예방", "교육"]
    r, codes = top_codes(index, "직장내괴롭힘예방교육")
    assert codes[0] == "C1"


def test_a_broad_word_reaches_its_kinds_one_way(tmp_path):
    catalog = _one_supplier_catalog(tmp_path / "catalog.csv", [
        ("K1", "동·하계 근무복 상하의", "단체복", "로고 자수"), ("K2", "방한 점퍼", "단체복", "충전재"),
        ("K3", "피복 수선", "수선", "옷 수선"), ("K4", "사무실 청소", "청소", "주 5회")])
    index = search.SearchIndex(catalog, synonyms=[("청소", "미화")],
                               broader=[("의류", ("근무복", "점퍼")), ("미화", ("청소", "건물청소"))])
    r, codes = top_codes(index, "직원 의류 지급")
    assert set(codes[:2]) == {"K1", "K2"}
    assert "의류→근무복(넓은 말)" in search.explain_text(next(m for m in r.matches if m.row == 0).reasons)
    assert "지급" not in [c.text for c in r.query.concepts]  # what is done with the clothes, not the item
    assert not any(a.how == "broader" for c in index.parse("근무복").concepts for a in c.alternatives)  # one way
    hit = top_codes(index, "미화")[0].matches[0]
    assert [x.how for x in hit.reasons] == ["synonym"]  # a synonym of the word is no mere kind of it


def test_vowels_spoken_alike_are_a_slip_and_a_dangling_verb_may_be_one(tmp_path):
    index = _small_index(tmp_path, [("V1", "메밀 베개", "침구", "국산 메밀껍질"), ("V2", "숙소 침구 세탁", "세탁", "이불 세탁"),
                                    ("V3", "생크림 케이크", "제과", "행사용")])
    assert top_codes(index, "배게")[1][:1] == ["V1"]  # ㅐ/ㅔ twice
    assert top_codes(index, "케익")[1][:1] == ["V3"]
    r, codes = top_codes(index, "수련관 숙소 베게")  # Kiwi reads 베 + 게 (a verb and a connective ending)
    assert codes[0] == "V1"
    assert any(x.how == "typo" and x.via == "베개" for x in r.matches[0].reasons)


def test_a_catalog_word_joined_to_a_slipped_one_is_read_as_both(tmp_path):
    index = _small_index(tmp_path, [("J1", "면 라운드 티셔츠", "단체복", "단체 인쇄"), ("J2", "원두커피", "커피", "단체 주문")])
    r, codes = top_codes(index, "단체티셔즈")  # Kiwi keeps it whole, an unknown noun
    assert codes[:1] == ["J1"]
    assert {(x.typed, x.how) for x in r.matches[0].reasons} == {("단체", "exact"), ("티셔즈", "typo")}


def test_a_buyer_place_is_the_scene_even_where_the_catalog_holds_its_parts(tmp_path):
    index = _small_index(tmp_path, [("P1", "공공시설 화단 조성", "조경", "식재"), ("P2", "주민 축제 기획", "행사", "마을 축제"),
                                    ("P3", "콜센터 상담 대행", "상담", "전화 상담")])
    q = index.parse("주민센터 화단 꾸미기")
    assert [(c.text, c.context) for c in q.concepts] == [("주민센터", True), ("화단", False)]
    r, codes = top_codes(index, "주민센터 화단 꾸미기")
    assert codes[0] == "P1"
    assert not r.no_match


def test_a_catalog_word_is_read_with_the_words_beside_it(tmp_path):
    index = _small_index(tmp_path, [("W1", "벽걸이 에어컨 분해 세척", "시설", "에어컨 분해"), ("W2", "입주 청소", "청소", "입주 전 청소"),
                                    ("W3", "방충망 교체", "시설 보수", "찢어진 방충망 교체")])
    assert "분해" in [c.text for c in index.parse("에어컨 분해 청소").concepts]  # alone Kiwi reads 분하 + 어
    r, codes = top_codes(index, "에어컨 분해 청소")
    assert codes[0] == "W1"
    assert "전" not in [c.text for c in index.parse("행사 전까지 방충망 교체").concepts]  # 전 is grammar here


def test_an_item_nothing_fits_is_named_while_the_other_is_answered(index):
    r, codes = top_codes(index, "명함 100장이랑 굴착기 1대")
    assert not r.no_match
    assert codes[0] == "T04"
    assert r.unanswered == ("굴착기",)


def test_a_need_whose_items_all_fit_names_none_unanswered(index):
    r, _ = top_codes(index, "명함이랑 종이 봉투")
    assert r.unanswered == ()


def test_a_scene_before_a_comma_is_not_called_an_unanswered_item(index):
    r, codes = top_codes(index, "다음 주 금요일 민원실 리모델링이 끝나는데, 입주 청소 맡아 주실 곳 찾습니다")
    assert codes[0] == "T06"
    assert r.unanswered == ()


def test_the_requests_verb_after_the_last_item_keeps_it_an_item(index):
    r, codes = top_codes(index, "원두커피 2kg이랑 굴착기 1대 구입하려고 합니다")
    assert codes[0] == "T13"
    assert r.unanswered == ("굴착기",)


def test_a_scene_may_open_a_list_of_items(index):
    r, codes = top_codes(index, "다음 주 행사 때 쓸 원두커피 2kg이랑 굴착기 1대 사려고 합니다")
    assert codes[0] == "T13"
    assert r.unanswered == ("굴착기",)


def test_a_pronoun_never_names_the_item(index):
    r, codes = top_codes(index, "명함 인쇄 어디서 하나요")
    assert "어디" not in r.query.understood
    assert not r.no_match
    assert codes[0] == "T04"


def test_match_needs_names_the_item_nothing_fits_on_the_needs_rows(index):
    needs = pl.DataFrame({"need_id": ["N1", "N2"], "text": ["명함 100장이랑 굴착기 1대", "명함 인쇄"]})
    out = matching.match_needs(needs, index, limit=3)
    assert set(out.filter(pl.col("need_id") == "N1")["unanswered"]) == {"굴착기"}
    assert set(out.filter(pl.col("need_id") == "N2")["unanswered"]) == {""}
    assert out.filter(pl.col("need_id") == "N1")["code"][0] == "T04"


def test_a_catalog_word_with_a_syllable_more_is_a_word_made_from_it(tmp_path):
    idx = _small_index(tmp_path, [
        ("M01", "우리밀 제빵 교실", "교육", "식빵과 쿠키를 굽는 제빵 체험"),
        ("M02", "공원 예초 작업", "조경", "잔디와 풀을 깎는 예초 용역"),
        ("M03", "시설 관리 용역", "시설관리", "청사 시설 관리"),
    ])
    for need, word in (("업소용 제빵기 구매", "제빵기"), ("예초기 5대 구입", "예초기")):
        alts = [a for c in idx.parse(need).concepts if c.text == word for a in c.alternatives]
        assert not [a for a in alts if a.how == "typo"], need  # 제빵기 is a machine, not a slip of 제빵
    assert search.search("업소용 제빵기 구매", idx, limit=3).no_match
    assert not search.search("청사 관리가 필요합니다", idx, limit=3).no_match  # 관리가: 관리 and a particle


def test_a_condition_of_the_request_is_not_the_item(tmp_path):
    idx = _small_index(tmp_path, [
        ("C01", "찾아가는 국악 공연", "공연", "경로당과 복지관을 찾아가는 국악 공연, 출연료와 음향 포함"),
        ("C02", "행사 음향 장비 대여", "행사", "스피커와 마이크, 설치 포함"),
    ])
    r = search.search("경로당 잔치에 국악 공연을 부탁합니다. 음향 포함 견적 주세요", idx, limit=3)
    assert "포함" not in r.query.understood
    assert [c.text for c in r.query.concepts if c.head] != ["포함"]
    assert idx.catalog["code"][r.matches[0].row] == "C01"


def test_a_word_about_the_search_is_not_the_item(index):
    r, codes = top_codes(index, "커튼 세탁 업체 목록")
    assert "목록" not in r.query.understood
    assert not r.no_match
    assert codes[0] == "T19"


def test_a_word_products_are_named_by_stays_a_noun_however_kiwi_reads_it(tmp_path):
    idx = _small_index(tmp_path, [
        ("Y01", "가로수 가지치기", "조경", "도로변 가로수 전정"),
        ("Y02", "예초 작업 (잔디·풀 깎기)", "조경", "공원 풀베기"),
        ("Y03", "제설 작업", "시설관리", "인도와 계단 제설"),
    ])
    r = search.search("가로수 가지치기 및 예초 작업", idx, limit=5)  # Kiwi alone reads 예초 작업 as 예/IC 초/NNB 작업
    assert [it.text for it in r.query.items] == ["가로수 가지치기", "예초 작업"]
    assert {"Y01", "Y02"} <= {idx.catalog["code"][m.row] for m in r.matches[:2]}


@pytest.mark.parametrize("need", [
    "명함 100장, 7월 1주차 희망",  # 1주차: a unit glued to a number
    "명함 100장, L 40장",  # a size
    "명함 인쇄가 필요합니다. 굴착기는 따로 구하겠습니다",  # two sentences: prose, not a list
    "명함 인쇄랑 설치 가능한 곳",  # 가능한: only a guessed repair of a typo
])
def test_only_a_thing_is_named_as_an_item_nothing_fits(index, need):
    r, codes = top_codes(index, need)
    assert codes[0] == "T04"
    assert r.unanswered == ()


def test_things_named_one_after_another_are_a_list(tmp_path):
    index = _small_index(tmp_path, [
        ("L1", "A4 복사용지", "사무용품", "80g 2500매"), ("L2", "재생토너 HP", "사무용품", "레이저 프린터용"),
        ("L3", "점착 메모지", "사무용품", "76x76 노랑"), ("L4", "원두커피", "커피", "로스팅 원두"),
        ("L5", "하우스 블렌드 원두", "커피", "사무실 원두"), ("L6", "도자기 머그컵", "생활용품", "로고 인쇄"),
        ("L7", "떡케이크", "떡", "백설기 케이크"), ("L8", "생크림 케이크", "제과", "행사용"), ("L9", "답례 떡", "떡", "백설기"),
        ("L10", "에어캡 롤", "포장재", "완충 포장")])
    r, codes = top_codes(index, "복사용지 토너 메모지 구매")  # 토너: the last part of the name's 재생토너
    assert [it.text for it in r.query.items] == ["복사용지", "토너", "메모지"]
    assert set(codes[:3]) == {"L1", "L2", "L3"}
    assert {m.item for m in r.matches[:3]} == {"복사용지", "토너", "메모지"}
    assert len(index.parse("커피 원두").items) == 1  # a name holds both: one thing
    assert len(index.parse("사무실 원두").items) == 1  # no product is sold as 사무실
    assert [it.text for it in index.parse("원두 머그컵").items] == ["원두", "머그컵"]
    assert [it.text for it in index.parse("떡 케이크").items] == ["떡케이크"]  # one catalog word typed apart
    assert [it.text for it in index.parse("에어캡 머그컵").items] == ["에어캡", "머그컵"]  # 롤 only says how it comes


def test_a_unit_price_the_need_sets_orders_what_is_shown(tmp_path):
    path = tmp_path / "catalog.csv"
    products = [("D1", "드립백 커피 세트 (하우스 블렌드)", 24000), ("D2", "드립백 (개별 포장)", 900),
                ("D3", "드립백 커피 (싱글)", 1100)]
    rows = [dict(zip(CATALOG_HEADER, (c, "새날협동조합", "협동조합", "000-00-00000", n, "커피", "10g", str(p), "개",
                                      "핸드드립 드립백 커피", "전주시 덕진구 가리내로 6 (팔복동1가)"), strict=True))
            for c, n, p in products]
    pl.DataFrame(rows).write_csv(path)
    index = search.SearchIndex(catalog_io.read_catalog(path))
    plain = top_codes(index, "드립백 커피 100개")[1]
    assert plain[0] == "D3"  # by fit alone: all its name is asked for
    r, codes = top_codes(index, "드립백 커피 100개 개당 1,000원 이하")
    assert codes[0] == "D2"
    assert not r.no_match
    assert r.query.price_cap == hangul.PriceCap(1_000, "개당 1,000원 이하")
    assert not {"개당", "이하"} & set(r.query.understood)
    assert "단가 900원(개당 1,000원 이하)" in search.explain_text(r.matches[0].reasons)
    assert codes[1] == "D3"  # the same thing, a little dearer: shown next, marked
    assert "단가 1,100원(개당 1,000원 이하보다 비쌈)" in search.explain_text(r.matches[1].reasons)


def test_a_class_noun_the_lexicon_reads_as_kinds_names_things(tmp_path):
    catalog = _one_supplier_catalog(tmp_path / "catalog.csv", [
        ("C1", "원목 책상", "가구", "1200폭"), ("C2", "회전 의자", "가구", "메쉬"), ("C3", "사무 파티션 설치", "인테리어", "칸막이"),
        ("C4", "청소 용품 세트", "청소", "빗자루 대걸레"), ("C5", "문구 세트", "문구", "볼펜 자 지우개"),
        ("C6", "사무실 정기 청소", "청소", "주 3회")])
    index = search.SearchIndex(catalog, synonyms=[("문구", "사무용품")], broader=[("비품", ("책상", "의자"))])
    r, codes = top_codes(index, "민원실 비품 전반")
    assert not r.no_match  # 비품 alone is the item, not a class waiting for the word before it
    assert set(codes[:2]) == {"C1", "C2"}
    assert "전반" not in r.query.understood  # how much of it, not what
    r, codes = top_codes(index, "사무용품")  # the lexicon's whole word, not 사무 + 용품 that no product holds together
    assert codes[0] == "C5"
    assert [(x.typed, x.how) for x in r.matches[0].reasons] == [("사무용품", "synonym")]


def test_a_machine_asked_for_is_offered_only_where_the_product_is_that_machine(tmp_path):
    index = _small_index(tmp_path, [
        ("M1", "식기세척기 전용 세제", "세제", "업소용 식기세척기에 쓰는 분말 세제"), ("M2", "답례떡 세트", "떡", "백설기 꿀떡"),
        ("M3", "분말 소화기", "소방", "ABC 분말 소화기 3.3kg"), ("M4", "세탁기 분해 청소", "청소", "드럼 세탁기 분해 세척")])
    device = search.FEATURES.index("device_not_offered")

    def first(need):
        q = index.parse(need)
        matches, feats = index._search_item(q, q.items[0], 5, None, False, 1)
        return index.catalog["code"][matches[0].row], feats[0][device]

    assert first("급식실 식기세척기 구입") == ("M1", 1.0)  # 세척기 only as what the soap is for
    assert first("떡 뽑는 기계 구입") == ("M2", 1.0)  # the machine after the 떡 is what is asked
    assert first("ABC 분말소화기 15대") == ("M3", 0.0)  # 소화기, the machine's own word, is sold
    assert first("세탁기 분해 청소") == ("M4", 0.0)
    assert first("답례떡 보내 주시기 바랍니다") == ("M2", 0.0)  # 주시기: a verb made a noun, no machine
    assert search.search("떡 뽑는 기계 구입", index).no_match
    assert not search.search("ABC 분말소화기 15대", index).no_match


def test_a_dong_typed_onto_the_shop_is_still_the_place(index):
    r, codes = top_codes(index, "삼천동꽃집")
    assert r.query.places == ("삼천동",)
    assert not r.no_match
    assert set(codes[:2]) == {"T11", "T12"}
    assert r.matches[0].place_boost
    assert index.parse("덕진동물병원").places == ()  # 동물병원 is no word the catalog reads: no place split off


def test_a_verb_made_noun_inside_a_compound_keeps_the_noun_after_it(tmp_path):
    index = _small_index(tmp_path, [("E1", "올리브 천연비누", "생활용품", "수제 비누"),
                                    ("E2", "천연비누 만들기 체험", "체험", "아이와 함께"), ("E3", "부채 만들기 체험", "체험", "한지")])
    r, codes = top_codes(index, "천연비누만들기체험")  # Kiwi: 천연 비누 만들/VV 기/ETN 체험/NNG
    assert codes[0] == "E2"
    assert "체험" in r.query.understood


def test_a_product_that_is_the_thing_asked_ranks_above_one_that_only_holds_it(tmp_path):
    index = _small_index(tmp_path, [("H1", "두부 만들기 체험", "체험", "국산콩 두부"), ("H2", "급식용 판두부", "식품", "매일 아침 두부"),
                                    ("H3", "현수막 제작", "인쇄", "실사 출력")])
    assert top_codes(index, "두부")[1][0] == "H2"  # 판두부 is a 두부; the experience only holds the word
    assert top_codes(index, "현수막")[1][0] == "H3"  # 제작 says it is made to order: the 현수막 is still the thing


def test_what_an_item_is_for_is_not_the_service_asked(tmp_path):
    index = _small_index(tmp_path, [("U1", "블록코딩 수업", "교육", "노트북 지참, 회당 2시간"), ("U2", "한지 노트", "문구", "무선 제본")])
    goods_to_service = search.FEATURES.index("goods_to_service")
    q = index.parse("코딩 수업용 노트북 30대 구매")
    assert [(c.text, c.purpose) for c in q.items[0].concepts][:2] == [("코딩", False), ("수업", True)]
    matches, feats = index._search_item(q, q.items[0], 5, None, False, 1)
    assert index.catalog["code"][matches[0].row] == "U1"
    assert feats[0][goods_to_service] == 1.0  # laptops asked; the class is for what they are used in
    q = index.parse("코딩 수업 20명")
    matches, feats = index._search_item(q, q.items[0], 5, None, False, 1)
    assert feats[0][goods_to_service] == 0.0  # the class itself is asked


def test_an_equipment_noun_leaves_the_item_to_the_word_before_it(tmp_path):
    index = _small_index(tmp_path, [("Q1", "현수막 실사출력", "인쇄", "대형 실사 출력"), ("Q2", "무대 음향 장비 대여", "행사", "스피커 앰프")])
    q = index.parse("현수막 실사출력기 장비 구입")
    assert next(c.text for c in q.items[0].concepts if c.head) != "장비"
    assert index._asked_devices(q.items[0]) == ("출력기",)  # the printer itself, which the printing service is not
    assert top_codes(index, "음향 장비 대여")[1][0] == "Q2"


def test_a_shop_word_the_synonym_list_holds_still_sells_what_it_names(tmp_path):
    index = _small_index(tmp_path, [("B1", "답례떡 세트", "떡", "꿀떡 설기"), ("B2", "저온압착 참기름", "방앗간", "국산 참깨"),
                                    ("B3", "우리밀 식빵", "제빵", "매일 굽는 빵")],
                         synonyms=[("떡집", "떡방앗간"), ("베이커리", "빵집", "제빵")])
    assert top_codes(index, "떡집")[1][0] == "B1"  # not 방앗간, the last part of a synonym the catalog lacks
    r, codes = top_codes(index, "빵집")
    assert codes[0] == "B3"
    assert {(a.via, a.how) for a in r.query.concepts[0].alternatives} >= {("빵", "shop"), ("제빵", "synonym")}


def test_a_price_in_hangul_numerals_is_a_price_not_a_word(index):
    r, codes = top_codes(index, "에코백 장당 만원 이하")
    assert not r.no_match
    assert codes[0] == "T17"
    assert r.query.price_cap == hangul.PriceCap(10_000, "장당 10,000원 이하")
    assert "만원" not in r.query.understood


def test_placing_is_an_act_not_an_unknown_word(tmp_path):
    index = _small_index(tmp_path, [("V1", "위생 물티슈", "위생용품", "캡형 100매"), ("V2", "종이 핸드타월", "위생용품", "200매")])
    item = index.parse("민원실 비치용 물티슈").items[0]
    placing = next(c for c in item.concepts if c.text == "비치")
    assert placing.weight == search.ACTION_WEIGHT  # like 구비, 설치: what is done with it, no open word of the item
    r, codes = top_codes(index, "민원실 비치용 물티슈")
    assert not r.no_match
    assert codes[0] == "V1"


def test_a_lexicon_word_typed_in_two_is_read_whole(tmp_path):
    index = _small_index(tmp_path, [("W1", "손소독제 (겔형)", "위생용품", "500ml 펌프"), ("W2", "종이 핸드타월", "위생용품", "200매"),
                                    ("W3", "카펫 세탁", "세탁", "사무실 카펫")],
                         synonyms=[("손소독제", "핸드새니타이저"), ("카펫청소", "카페트세탁")])
    assert index.parse("핸드 새니타이저").core == "핸드새니타이저"  # 새니타이저 alone reads as nothing
    assert top_codes(index, "핸드 새니타이저")[1][0] == "W1"
    assert index.parse("카페트 세탁").core == "카페트 세탁"  # its synonym 카펫청소 is no catalog word: 세탁 stays


def test_a_count_after_a_number_does_not_name_the_product(tmp_path):
    index = _small_index(tmp_path, [("X1", "타월 케이크 답례품", "섬유", "30수 타월 3장을 케이크 모양으로 포장, 답례 타월"),
                                    ("X2", "면 타월 40수", "섬유", "40×80cm 면 100%")])
    assert top_codes(index, "타월")[1][0] == "X2"  # named by 타월 (40*수* is its yarn count), not a cake of towels


def test_a_syllable_split_off_the_front_of_a_word_joins_it(tmp_path):
    index = _small_index(tmp_path, [("J1", "감사 꽃바구니", "꽃", "생화 바구니"), ("J2", "접이식 장바구니", "가방", "폐현수막 재활용")])
    assert index.parse("장 바구니").core == "장바구니"  # not 바구니 with 장 dropped as grammar
    assert top_codes(index, "장 바구니")[1][0] == "J2"


def test_a_shop_word_found_only_in_a_sellers_name_still_sells_its_stem(tmp_path):
    path = tmp_path / "catalog.csv"
    rows = [dict(zip(CATALOG_HEADER, (c, e, "자활기업", "000-00-00000", n, "세탁", "1", "10000", "개", d, a), strict=True))
            for c, e, n, d, a in [
                ("L1", "늘봄세탁소", "침구 정기 세탁", "이불 세탁", "전주시 완산구 서신천로 12 (서신동)"),
                ("L2", "햇빛세탁", "작업복 세탁", "현장 작업복 수거 세탁", "전주시 덕진구 안덕원로 77 (인후동1가)")]]
    pl.DataFrame(rows).write_csv(path)
    index = search.SearchIndex(catalog_io.read_catalog(path))
    r, codes = top_codes(index, "인후동 세탁소")
    assert ("세탁", "shop") in {(a.via, a.how) for a in r.query.concepts[0].alternatives}
    assert codes[0] == "L2"  # a 세탁소 in 인후동, though only the other seller is named 세탁소


def test_a_shop_words_lexicon_reading_is_no_stronger_than_its_stem(tmp_path):
    products = [("D1", "한식 도시락", "도시락", "1인분 배달"), ("D2", "참치 김밥", "분식", "김밥 10줄")]
    index = search.SearchIndex(_one_supplier_catalog(tmp_path / "catalog.csv", products), synonyms=[],
                               broader=[("도시락집", ("김밥", "도시락"))])
    alts = {a.via: a for a in index.parse("도시락집").concepts[0].alternatives}
    assert alts["도시락"].how == "shop"
    assert alts["김밥"].quality <= alts["도시락"].quality  # a kind the lexicon adds does not outrank what the word names
    assert top_codes(index, "도시락집")[1][0] == "D1"


def test_a_slip_in_a_word_of_the_synonym_list_is_read_through_it(tmp_path):
    index = _small_index(tmp_path, [("K1", "현수막 제작", "인쇄", "행사 현수막 5m"), ("K2", "리플릿 제작", "인쇄", "A4 3단")],
                         synonyms=[("현수막", "플래카드")])
    r, codes = top_codes(index, "프랭카드 제작")  # one key from 플래카드, which the catalog does not use
    assert not r.no_match
    assert codes[0] == "K1"
    assert [(a.via, a.how) for a in r.query.concepts[0].alternatives] == [("현수막", "typo")]


def test_an_act_word_inside_another_word_offers_nothing(tmp_path):
    index = _small_index(tmp_path, [("A1", "출장 커피 케이터링 (바리스타 2인)", "커피", "에스프레소 머신을 가져가 추출합니다"),
                                    ("A2", "몽골텐트 대여", "행사", "설치 포함 대여합니다")])
    act_not_offered = search.FEATURES.index("act_not_offered")
    q = index.parse("커피머신 렌탈")
    matches, feats = index._search_item(q, q.items[0], 5, None, False, 1)
    assert index.catalog["code"][matches[0].row] == "A1"
    assert feats[0][act_not_offered] == 1.0  # 바*리스*타 is no 리스 (lease)
    q = index.parse("몽골텐트 렌탈")
    matches, feats = index._search_item(q, q.items[0], 5, None, False, 1)
    assert feats[0][act_not_offered] == 0.0


def test_what_is_made_to_order_is_a_thing_of_a_list(tmp_path):
    index = _small_index(tmp_path, [("M1", "금도금 메달", "상패", "행사 메달"), ("M2", "크리스탈 트로피", "상패", "각인"),
                                    ("M3", "상장 인쇄 (금박)", "인쇄", "A4 상장")])
    assert [it.text for it in index.parse("메달 트로피 상장").items] == ["메달", "트로피", "상장"]  # not 상장하다 (listing)


def test_a_set_word_after_a_thing_does_not_name_the_item(tmp_path):
    index = _small_index(tmp_path, [("S1", "동계 작업복 상하 세트", "단체복", "1세트"), ("S2", "행사 음향 운영", "행사", "스피커·무선마이크·믹서")])
    head = next(c.text for c in index.parse("무선 마이크 세트 구매").items[0].concepts if c.head)
    assert head == "무선마이크"  # the set is of microphones: a set of work clothes shares only the packing word
    assert next(c.text for c in index.parse("작업복 세트").items[0].concepts if c.head) == "작업복"
    assert next(c.text for c in index.parse("세트").items[0].concepts if c.head) == "세트"  # alone it is all there is


def test_a_compound_a_name_writes_apart_is_read_in_any_spacing(tmp_path):
    index = _small_index(tmp_path, [("G1", "손 소독 젤 500ml(펌프)", "위생용품", "에탄올 70%"), ("G2", "방역 소독", "방역", "1회 소독")])
    for need in ("손소독젤", "손소 독젤", "손 소독젤"):
        r, codes = top_codes(index, need)
        assert not r.no_match, need
        assert codes[0] == "G1", need  # its one-syllable words (손, 젤) are too short to segment alone
    assert [piece for piece, _ in index._segment("소독젤")] == ["소독", "젤"]


def test_what_an_act_is_done_to_must_be_what_the_product_does_it_to(tmp_path):
    index = _small_index(tmp_path, [("C1", "사무실 정기 청소", "청소", "바닥·책상 청소"), ("C2", "유리창 청소", "청소", "고층 유리창"),
                                    ("C3", "정화조 청소", "청소", "분뇨 수거")])
    object_missed = search.FEATURES.index("object_missed")
    features = {}
    for need in ("저수조 청소", "유리창 청소"):
        q = index.parse(need)
        assert index._acted_on(q.items[0]).text == need.split()[0]  # the act 청소 is done to the word before it
        matches, feats = index._search_item(q, q.items[0], 5, None, False, 1)
        features[need] = feats[0][object_missed]
    assert features == {"저수조 청소": 1.0, "유리창 청소": 0.0}  # no product cleans water tanks; one cleans windows
    assert index._acted_on(index.parse("유리창").items[0]) is None  # a thing, no act: nothing is acted on
    confidence = {need: search.search(need, index).matches[0].confidence for need in ("저수조 청소", "유리창 청소")}
    assert confidence["저수조 청소"] < confidence["유리창 청소"]


def test_latin_letters_said_in_hangul_are_the_letters(tmp_path):
    assert hangul.spelled_letters("유에스비메모리") == [("usb", "메모리"), ("us", "비메모리")]
    assert hangul.spelled_letters("비누") == []  # one one-syllable name opens too many words
    index = _small_index(tmp_path, [("E1", "USB 메모리 32GB", "전산", "기념 각인"), ("E2", "LED 평판 조명", "조명", "사무실 천장"),
                                    ("E3", "메모리폼 방석", "생활", "의자용")])
    for need, code in (("유에스비 메모리", "E1"), ("유에스비메모리", "E1"), ("엘이디 조명", "E2")):
        r, codes = top_codes(index, need)
        assert not r.no_match, need
        assert codes[0] == code, need
    assert ("유에스비", "variant") in {(x.typed, x.how) for x in top_codes(index, "유에스비 메모리")[0].matches[0].reasons}


def test_a_word_kiwi_knows_may_still_drop_a_syllable_inside_a_catalog_word(tmp_path, monkeypatch):
    index = _small_index(tmp_path, [("N1", "스테이플러 (대형)", "사무용품", "100매 철"), ("N2", "현수막", "인쇄", "5m")])
    monkeypatch.setattr(search.morph, "is_dictionary_word", lambda kiwi, word: True)  # as if Kiwi knew every word
    assert [index.terms[t] for t, _ in index._fuzzy("스테플러")] == ["스테이플러"]  # 이 dropped inside
    assert index._fuzzy("현수막대") == []  # a syllable more at the end makes another word, no slip
    assert search._syllable_dropped_inside("스테플러", "스테이플러")
    assert not search._syllable_dropped_inside("스테이플", "스테이플러")  # dropped at the end: a part, no slip


def test_an_acts_noun_with_gi_is_a_machine_however_kiwi_splits_it(tmp_path):
    index = _small_index(tmp_path, [("P1", "원목 명패 (레이저 각인)", "각인", "이름 각인"), ("P2", "코팅 서비스", "인쇄", "A4 코팅")])
    assert [t.form for t in index.base_kiwi.tokenize("각인기")] != ["각인", "기"]  # Kiwi does not see 각인 + 기
    assert index._device("각인기") == "각인기"  # an engraver: the machine, which engraved nameplates are not
    assert index._device("코팅기") == "코팅기"
    assert index._device("만들기") == ""  # a verb made a noun
    assert index._device("분위기") == ""
    q = index.parse("레이저 각인기 구입")
    matches, feats = index._search_item(q, q.items[0], 5, None, False, 1)
    assert feats[0][search.FEATURES.index("device_not_offered")] == 1.0


def test_a_synonym_ending_in_an_act_noun_means_the_word_before_it(tmp_path):
    index = _small_index(tmp_path, [("Y1", "사무실 청소 용역", "청소", "월 4회"), ("Y2", "서류 배송 서비스", "배송", "시내 당일")],
                         synonyms=[("컨설팅", "자문", "자문용역"), ("오토바이심부름", "퀵배송")])
    assert "용역" not in {a.via for a in index.parse("자문").concepts[0].alternatives}  # 자문용역 is advice, not any 용역
    r, _ = top_codes(index, "법률 자문")
    assert r.no_match
    # 퀵배송 is a kind of 배송 all the same: one syllable before the act noun names no thing
    assert "배송" in {a.via for a in index.parse("오토바이심부름").concepts[0].alternatives}


def test_a_slip_into_another_word_beside_an_act_of_making_is_read_by_the_language_model(tmp_path):
    index = _small_index(tmp_path, [("Z1", "단체 모자 (자수 로고)", "단체복", "볼캡 면 100%"), ("Z2", "장우산 (로고 인쇄)", "판촉물", "65cm"),
                                    ("Z3", "현수막", "인쇄", "5m")])
    # 모사 is a word of its own and no product names it with 제작 (an act, no anchor): 모자 제작 is likelier
    r, codes = top_codes(index, "모사 제작")
    assert codes[:1] == ["Z1"]
    assert ("모사", "모자", "typo") in {(x.typed, x.via, x.how) for x in r.matches[0].reasons}
    # 우선 구매 (priority purchasing) is likelier as typed than 우산 구매: it stays
    assert "우산" not in {a.via for c in index.parse("우선 구매 현수막").concepts for a in c.alternatives}


def test_choseong_of_a_word_only_the_synonym_list_holds_reads_through_it(tmp_path):
    index = _small_index(tmp_path, [("K1", "면 에코백", "가방", "로고 인쇄"), ("K2", "종이 쇼핑백", "포장", "크라프트")],
                         synonyms=[("에코백", "시장가방")])
    r, codes = top_codes(index, "ㅅㅈㄱㅂ")  # 시장가방, which no product says
    assert not r.no_match
    assert codes[:1] == ["K1"]
    assert {(a.via, a.how) for a in r.query.concepts[0].alternatives} == {("에코백", "choseong")}
    assert top_codes(index, "ㅇㅋㅂ")[1][:1] == ["K1"]  # a catalog word's 초성 is read first, as before


def test_an_x_spaced_between_two_measures_is_by_not_a_word(tmp_path):
    index = _small_index(tmp_path, [("X1", "X배너 거치대", "인쇄", "600×1800mm"), ("X2", "현수막 제작", "인쇄", "3m×0.6m 천"),
                                    ("X3", "몽골텐트 5x5 대여", "행사", "설치 포함")])
    q = index.parse("현수막 3m x 60cm 2장")
    assert "x" not in [c.text for c in q.concepts]  # 3m by 60cm: no X배너
    assert top_codes(index, "현수막 3m x 60cm 2장")[1][:1] == ["X2"]
    assert "5x5" in [c.text for c in index.parse("몽골텐트 5x5").concepts]  # typed together it stays a size token


def test_a_measure_said_in_hangul_is_a_size_not_the_item(tmp_path):
    index = _small_index(tmp_path, [("U1", "무형광 화장지", "위생", "30롤"), ("U2", "물병 500ml", "생활", "트라이탄"),
                                    ("U3", "물병 가방", "생활", "500ml 물병 수납")])
    q = index.parse("물병500미리리터 20개")
    assert [c.text for c in q.concepts if c.head] == ["물병"]  # 밀리리터 is no head word that sinks the need
    r, codes = top_codes(index, "물병500미리리터 20개")
    assert not r.no_match
    assert codes[:1] == ["U2"]


def test_a_compound_ending_in_an_act_of_making_is_made_to_order_not_a_service(tmp_path):
    index = _small_index(tmp_path, [("M1", "현수막 실사출력", "인쇄", "5m"), ("M2", "현수막 거치대 설치", "시설", "출장"),
                                    ("M3", "현수막 재활용 가방", "생활", "에코백")])
    assert index._service_of("현수막 실사출력") == -1  # 실사 + 출력: printed to order, a thing one buys by the sheet
    assert index._service_of("현수막 거치대 설치") >= 0
    r, codes = top_codes(index, "현수막 5m 3장")
    assert not r.no_match
    assert codes[:1] == ["M1"]
    assert r.matches[0].confidence >= index.model.cutoff


def test_a_loanword_spelt_with_its_last_consonant_as_a_syllable_is_the_catalog_word(tmp_path):
    index = _small_index(tmp_path, [("W1", "카펫 세탁", "세탁", "㎡당"), ("W2", "커튼 세탁", "세탁", "1창"),
                                    ("W3", "로봇 코딩 교구", "교육", "10세트"), ("W4", "생일 케이크", "제과", "2호")])
    for need, code in (("카페트 세탁", "W1"), ("로보트 코딩", "W3"), ("생일 케익", "W4")):
        r, codes = top_codes(index, need)
        assert not r.no_match, need
        assert codes[:1] == [code], need
    assert top_codes(index, "커튼 세탁")[1][:1] == ["W2"]


def test_what_a_run_activity_is_of_is_the_word_before_it(tmp_path):
    index = _small_index(tmp_path, [("A1", "어린이 도예 체험", "체험", "1회"), ("A2", "숲 체험 프로그램", "체험", "2시간"),
                                    ("A3", "세탁 세제", "생활", "2L")])
    for need, acted_on in (("어린이 양궁 체험", "양궁"), ("청소년 양궁 체험 프로그램", "양궁"), ("도예 교실", "도예"),
                           ("친환경 세탁 세제", None)):
        item = index.parse(need).items[0]
        found = index._acted_on(item)
        assert (found.text if found else None) == acted_on, need
    # 양궁 is no word of the catalog: the 체험 products do another activity, and the no-match model sees it
    feats = index._search_item(index.parse("청소년 양궁 체험 프로그램"), index.parse("청소년 양궁 체험 프로그램").items[0],
                               5, None, False, 2)[1]
    assert feats[0][search.FEATURES.index("object_missed")] == 1.0


def test_a_machine_named_only_as_what_a_product_fits_is_not_offered(tmp_path):
    index = _small_index(tmp_path, [("D1", "주방 세제 2L", "생활", "식기세척기에 잘 맞는 저거품"),
                                    ("D2", "원두 1kg", "음료", "커피머신에 바로 넣어 쓰는 분쇄 원두"),
                                    ("D3", "가정용 식기세척기", "가전", "6인용")])
    docs = np.arange(3)
    assert index._offers_devices(docs, ("식기세척기",)).tolist() == [False, False, True]
    assert index._offers_devices(docs, ("커피머신",)).tolist() == [False, False, False]


def test_an_act_the_seller_says_it_does_not_do_is_not_offered(tmp_path):
    index = _small_index(tmp_path, [("N1", "벽걸이 에어컨 분해 세척", "설비", "에어컨 내부 세척(수리는 하지 않음)"),
                                    ("N2", "에어컨 점검 및 수리", "설비", "출장"),
                                    ("N3", "천막 판매", "행사", "대여 불가, 판매만")])
    repair = search.ACT_KINDS.index(("수리", "수선", "보수", "정비"))
    rental = next(k for k, kind in enumerate(search.ACT_KINDS) if "대여" in kind)
    assert index._offers_act[repair].tolist() == [False, True, False]
    assert index._offers_act[rental].tolist() == [False, False, False]


def test_an_act_done_to_a_thing_the_catalog_does_not_know_is_seen_by_the_no_match_model(tmp_path):
    index = _small_index(tmp_path, [("O1", "유리창 청소", "청소", "3층 이하"), ("O2", "사무실 정기 청소", "청소", "주 2회")])
    unknown = search.FEATURES.index("object_unknown")
    for need, fires in (("굴뚝 청소", 1.0), ("유리창 청소", 0.0), ("사무실 청소", 0.0)):
        q = index.parse(need)
        feats = index._search_item(q, q.items[0], 5, None, False, 2)[1]
        assert feats[0][unknown] == fires, need


def test_a_misspelt_synonym_is_no_compound_of_its_parts(tmp_path):
    index = _small_index(tmp_path, [("L1", "현수막 제작", "인쇄", "5m"), ("L2", "감사 카드", "문구", "봉투 포함"),
                                    ("L3", "출장 뷔페", "식사", "50인")],
                         synonyms=[("현수막", "플래카드", "플랜카드"), ("뷔페", "출장뷔페")])
    # 플랜카드 is 플래카드 misspelt (one word of Kiwi's), not 플랜 (plan) + 카드
    assert "카드" not in {a.via for a in index.parse("현수막").concepts[0].alternatives}
    assert index._word_terms("출장뷔페") == ((index.words["뷔페"], "part"),)  # a compound keeps its last part


def test_name_coverage_is_the_idf_share_of_the_name_the_need_reached(reading):

    docs = np.arange(reading.n_docs)
    wanted = {reading.words["의자"], reading.words["사무용"]}
    got = reading._coverage(docs, [wanted] * len(docs), "name")
    for d in docs:  # the plain definition, one product at a time
        terms = reading._name_tid[reading._name_ptr[d]:reading._name_ptr[d + 1]]
        w = reading.idf[terms].astype(np.float64)
        expected = w[[t in wanted for t in terms]].sum() / w.sum() if len(terms) else 0.0
        assert got[d] == pytest.approx(expected)
    codes = reading.catalog["code"].to_list()
    assert got[codes.index("R06")] > 0.5  # 사무용 의자
    assert got[codes.index("R08")] == 0.0  # 출장 세차


def test_an_act_the_goods_went_through_before_sale_is_not_offered(tmp_path):
    index = _small_index(tmp_path, [("R1", "중고 선풍기", "가전", "분해 세척·점검 후 재판매"),
                                    ("R2", "재생 전기포트", "가전", "부품 교체와 정비를 마친 재생품"),
                                    ("R3", "소형 가전 출장 수리", "가전", "선풍기·전기포트 고장 점검 후 수리합니다")])
    act_not_offered = search.FEATURES.index("act_not_offered")

    def feature_of(need, code):
        q = index.parse(need)
        matches, feats = index._search_item(q, q.items[0], 5, None, False, 3)
        rows = [index.catalog["code"][m.row] for m in matches]
        return feats[rows.index(code)][act_not_offered]

    # the seller checked and serviced its own stock; it does not check or repair the buyer's fan
    assert feature_of("선풍기 점검", "R1") == 1.0
    assert feature_of("전기포트 정비", "R2") == 1.0
    # a repairer whose text says it checks before it repairs still offers both
    assert feature_of("선풍기 점검", "R3") == 0.0
    assert feature_of("전기포트 수리", "R3") == 0.0


def test_goods_whose_name_kiwi_glues_to_hada_are_no_service(tmp_path):
    index = _small_index(tmp_path, [("S1", "대형 스테이플러", "문구", "100매 철"), ("S2", "서류 파쇄 대행", "문구", "방문 수거")])
    # Kiwi reads 스테이플러하는 as one proper noun, not a stapler and 하다: no act is named
    assert index._service_of("대형 스테이플러") == -1
    assert index._service_of("서류 파쇄 대행") >= 0
    q = index.parse("대형 스테이플러 5개 구매")
    matches, feats = index._search_item(q, q.items[0], 5, None, False, 3)
    assert index.catalog["code"][matches[0].row] == "S1"
    assert feats[0][search.FEATURES.index("goods_to_service")] == 0.0


def test_a_two_syllable_word_reads_the_longer_loanword_it_sounds_like(tmp_path):
    index = _small_index(tmp_path, [("L1", "교육용 로보트 키트", "교구", "조립식 코딩 교구"),
                                    ("L2", "로프 세트", "체육", "줄다리기용")])
    # 로봇 and 로보트 have one typo key (the loanword's 트 heard as a coda): one word, a syllable apart
    r, codes = top_codes(index, "교육용 로봇", k=1)
    assert codes == ["L1"]
    robot = next(c for c in r.query.items[0].concepts if c.text == "로봇")
    assert [(a.via, a.how) for a in robot.alternatives][:1] == [("로보트", "typo")]


def test_choseong_names_the_item_as_its_word_would(tmp_path):
    index = _small_index(tmp_path, [("C1", "머그컵 세척솔", "생활", "긴 손잡이"), ("C2", "도자기 머그컵", "생활", "350ml"),
                                    ("C3", "머그컵 받침", "생활", "코르크")])
    # ㅁㄱㅋ stands for 머그컵, the item's head: the cup itself before what is sold for it
    r, codes = top_codes(index, "ㅁㄱㅋ", k=3)
    assert [c.head for c in r.query.items[0].concepts] == [True]
    assert codes[0] == "C2"


def test_a_word_the_seller_excludes_is_not_a_word_of_its_product(tmp_path):
    index = _small_index(tmp_path, [("X1", "화분 분갈이", "원예", "흙 교체와 뿌리 정리(배송 불가)"),
                                    ("X2", "다육 화분", "원예", "택배 배송 가능")])
    assert index.vocab.get("배송") is not None  # X2 still says it
    rows = index.post_doc[index.term_ptr[index.vocab["배송"]]:index.term_ptr[index.vocab["배송"] + 1]]
    assert rows.tolist() == [1]
    q = index.parse("분갈이 배송")
    feats = index._search_item(q, q.items[0], 5, None, False, 2)[1]
    assert feats[0][search.FEATURES.index("query_coverage")] < 1.0


def test_a_list_reads_each_word_as_the_officer_says_it(tmp_path):
    index = _small_index(tmp_path, [("Y1", "면 티셔츠", "의류", "단체복"), ("Y2", "야구 모자", "의류", "로고 자수"),
                                    ("Y3", "현수막 인쇄", "인쇄", "5m")], synonyms=[("티셔츠", "단체티")])
    # 단체티 (the synonym list) and 티셔쯔 (a slipped key) name 티셔츠, which products are sold as: a list of two things
    assert _items(index, "단체티 모자") == [["단체티"], ["모자"]]
    assert _items(index, "티셔쯔 모자") == [["티셔쯔"], ["모자"]]
    # an act is no thing of a list, whatever it reaches (인쇄 stays with what is printed)
    assert len(index.parse("모자 인쇄").items) == 1


def test_a_noun_kiwi_can_only_read_as_a_bare_verb_stem_is_an_unknown_item(tmp_path):
    index = _small_index(tmp_path, [("T1", "욕실 타일 (300각)", "건축자재", "벽·바닥 겸용 도기질 타일"),
                                    ("T2", "타일 줄눈 보수", "집수리", "욕실 줄눈 재시공")])
    # Kiwi reads 타일쏘 as 타일 + 쏘/VV, but a Korean verb never ends a word without an ending: 쏘 is a noun it does
    # not know, the last part of the compound, and so the thing asked for. The tile is only what it cuts.
    assert morph.bare_stem_tail(index.kiwi, "타일쏘") == "쏘"
    assert morph.bare_stem_tail(index.kiwi, "타일을") == ""
    q = index.parse("타일쏘 구입")
    texts = [(c.text, c.known) for c in q.items[0].concepts]
    assert texts[-1] == ("쏘", False)
    tile = next(c for c in q.items[0].concepts if c.text == "타일")
    assert all(a.how == "part" and a.quality < 1.0 for a in tile.alternatives)
    plain = index.parse("욕실 타일 구입")
    assert [a.how for c in plain.items[0].concepts if c.text == "타일" for a in c.alternatives][:1] == ["exact"]
    matches, feats = index._search_item(q, q.items[0], 5, None, False, 3)
    assert feats[0][search.FEATURES.index("open_words")] > 0.0


def test_a_clause_closed_by_neunde_is_the_background_not_the_item(tmp_path):
    index = _small_index(tmp_path, [("U1", "접이식 장우산", "생활용품", "로고 인쇄 가능"),
                                    ("E1", "찾아가는 교육 (출장)", "교육", "법정 의무교육 강사 파견")])
    # 교육을 진행하는데: the object of a clause of background; the thing to buy comes after it
    r, codes = top_codes(index, "다음 달 교육을 진행하는데 참석자들이 쓸 장우산 30개 정도 구매 가능한지 문의드립니다", k=2)
    assert codes[0] == "U1"
    assert next(c.text for c in r.query.items[0].concepts if c.head) == "장우산"
    assert search._sets_the_scene("", "진행하는데") and search._sets_the_scene("", "여는데")
    assert search._sets_the_scene("프린터가", "M201인데")
    # a clause that is the request itself keeps its object: 장우산을 구매하려는데, 사려고 하는데
    assert not search._sets_the_scene("", "구매하려는데") and not search._sets_the_scene("사려고", "하는데")
    assert not search._sets_the_scene("", "싶은데") and not search._sets_the_scene("", "비데")
    r, codes = top_codes(index, "장우산을 구매하려는데 직원 교육 때 나눠 줄 겁니다", k=2)
    assert codes[0] == "U1"



def test_a_word_that_goes_on_past_a_catalog_word_is_no_spelling_of_it(tmp_path):
    index = _small_index(tmp_path, [("M1", "출장 미용 (어르신)", "복지", "커트·염색"), ("G1", "가정용 구급상자", "안전", "밴드 포함"),
                                    ("K1", "수제 케이크 (2호)", "제과", "생크림")])
    # 미용사 (a hairdresser) and 구급대 (an ambulance crew) are words of Kiwi's own: a compound, not 미용 or 구급 misspelt
    for word, near in (("미용사", "미용"), ("구급대", "구급")):
        alts = [a for c in index._resolve_eojeol(word) for a in c.alternatives]
        assert [a.via for a in alts] == [near]
        assert all(a.how == "meaning" for a in alts)
    # a spelling that differs inside the word is still a variant of it
    r, codes = top_codes(index, "생크림 케익", k=1)
    assert codes == ["K1"]


def test_a_word_that_sounds_as_a_catalog_word_is_that_word_though_kiwi_hears_a_verb(tmp_path):
    index = _small_index(tmp_path, [("P1", "메모리폼 베개", "침구", "40x60cm"), ("S1", "김치찌개 밀키트", "식품", "2인분"),
                                    ("D1", "배 선물세트", "농산물", "신고배 7.5kg")])
    # Kiwi hears 배 + 게 and 찌 + 게 (verbs); spoken Korean no longer tells ㅐ from ㅔ: the officer wrote 베개, 찌개
    r, codes = top_codes(index, "배게 대량 구매", k=1)
    assert codes == ["P1"]
    assert any(x.how == "typo" and x.typed == "배게" and x.via == "베개" for x in r.matches[0].reasons)
    r, codes = top_codes(index, "찌게 밀키트 주문", k=1)
    assert codes == ["S1"]
    # a verb that sounds as no catalog word stays a verb
    assert index._sounds_as_word("보내게") == ""


def test_a_catalog_word_made_a_predicate_stays_a_predicate(tmp_path):
    index = _small_index(tmp_path, [("L1", "어르신 반찬 도시락", "식품", "당일 배달 가능"),
                                    ("L2", "한과 선물세트", "식품", "택배 가능")])
    # 가능 is a catalog word (the descriptions say 가능); Kiwi reads 가능한 as 가능 + 하 + ㄴ, an adjective. Forcing the
    # catalog's 가능 on it left 한 as a determiner and the whole word a noun, read as a typo of 가능 and as the item.
    assert morph.read_eojeol(index.kiwi, "가능한", index.words)[:2] == ("가능", True)
    assert morph.read_eojeol(index.kiwi, "가능한", ())[:2] == ("가능", True)
    concepts = [c for it in index.parse("한과 선물세트 가능한 곳").items for c in it.concepts]
    assert "가능한" not in [c.text for c in concepts]
    assert next(c.text for c in concepts if c.head) == "선물세트"


def test_a_word_glued_to_a_number_is_its_counter(tmp_path):
    # 국수 10사리, 모종 300포기: Korean counts with a counter right after the number, whatever the counter
    assert hangul.strip_quantities("국수 10사리") == "국수"
    assert hangul.strip_quantities("효자4동 2인용 텐트") == "효자4동 텐트"  # a place's number stays; 인용 is a count
    assert hangul.strip_quantities("a4용지 3단서랍장") == "a4용지 단서랍장"  # a model's number stays; a longer word
    # glued to a number is a compound of its own (only the bare number goes, as before)
    # any counter before 당 makes the amount the price of one
    cap = hangul.parse_price_cap("국수 사리당 800원 이하")
    assert cap is not None and cap.amount == 800 and cap.said == "사리당 800원 이하"
    index = _small_index(tmp_path, [("N1", "생면 국수 (1kg)", "식품", "중면"), ("N2", "멸치 육수팩", "식품", "10팩")])
    assert _items(index, "국수 10사리 사리당 800원 이하") == [["국수"]]


def test_a_clause_that_describes_the_next_noun_is_not_the_item(tmp_path):
    index = _small_index(tmp_path, [("G1", "면장갑 (10켤레)", "안전용품", "작업용 목장갑"),
                                    ("G2", "코팅 장갑", "안전용품", "손바닥 코팅")])
    # 장갑 짜는 편직기: the clause (장갑을 짜는) says what the machine is for; the machine is asked for
    q = index.parse("장갑 짜는 편직기 구입")
    assert next(c.text for c in q.items[0].concepts if c.head) == "편직기"
    assert search.search(q, index, limit=3).no_match
    # a clause that describes only who sells (납품 가능한 업체) leaves the item where it was
    q = index.parse("코팅 장갑 납품 가능한 업체")
    assert next(c.text for c in q.items[0].concepts if c.head) == "장갑"


def test_a_size_or_a_qualifier_after_the_thing_does_not_name_it(tmp_path):
    index = _small_index(tmp_path, [("V1", "형광 안전조끼", "안전용품", "반사띠 부착"), ("V2", "고무 장화", "안전용품", "작업용"),
                                    ("V3", "물병 (유아용)", "생활용품", "트라이탄"), ("V4", "티 코스터", "주방", "원목"),
                                    ("V5", "분무기 (스프레이형)", "생활용품", "500ml")])
    # XL is a size typed in capitals, not 두벌식 keys for 티
    assert _items(index, "안전조끼 XL 30벌") == [["안전조끼", "xl"]]
    assert not index.parse("안전조끼 XL 30벌").hanyeong
    assert all(c.context for c in index.parse("안전조끼 XL 30벌").items[0].concepts if c.text == "xl")
    assert not any(c.context for c in index.parse("MRI 촬영 장화").items[0].concepts if c.text == "mri")  # no size
    # 500ml 이상: the bound belongs to the size
    assert hangul.strip_quantities("분무기 500ml 이상 20개") == "분무기 500ml"
    assert hangul.strip_quantities("어르신 70세 이상") == "어르신"
    # 물병 유아용, 분무기 스프레이형: after the thing, a word of purpose or type qualifies it and does not take the head
    # (after a word the catalog does not know, 야외 유아용, the qualifier is still what the need names)
    for need, head in (("물병 유아용", "물병"), ("분무기 스프레이형", "분무기"), ("유아용 물병", "물병"), ("야외 유아용", "유아용")):
        q = index.parse(need)
        assert next(c.text for c in q.items[0].concepts if c.head) == head


def test_an_act_named_after_the_last_item_of_a_list_is_asked_of_each(tmp_path):
    index = _small_index(tmp_path, [("R1", "몽골 천막 (3x3)", "행사용품", "판매 전용"), ("R2", "천막 대여 (3x3)", "행사용품", "설치·철거 포함"),
                                    ("R3", "접이식 의자 대여", "행사용품", "행사장 배송·수거")])
    # 천막이랑 의자 대여: both are to be rented; the tent for sale does not answer the tent
    q = index.parse("천막이랑 의자 대여")
    assert [[c.text for c in it.concepts] for it in q.items] == [["천막", "대여"], ["의자", "대여"]]
    matches, feats = index._search_item(q, q.items[0], 3, None, False, 3)
    assert index.catalog["code"][matches[0].row] == "R2"
    by_code = {index.catalog["code"][m.row]: f for m, f in zip(matches, feats, strict=False)}
    assert by_code["R1"][search.FEATURES.index("act_not_offered")] == 1.0
    # an item that names its own act keeps it (천막 설치랑 의자 대여)
    q = index.parse("천막 설치랑 의자 대여")
    assert [c.text for c in q.items[0].concepts] == ["천막", "설치"]


def test_a_word_that_reaches_only_the_catalogs_acts_names_an_act(tmp_path):
    index = _small_index(tmp_path, [("W1", "사무실 청소 용역", "청소", "주 2회"), ("W2", "보일러 배관 청소", "설비", "난방 배관 세척")],
                         synonyms=[("용역", "위탁관리")])
    # 위탁관리 reaches only 용역, an act noun: it says how the thing is bought, and 온수기 is what is asked for
    q = index.parse("온수기 위탁관리")
    concepts = {c.text: c for c in q.items[0].concepts}
    assert concepts["위탁관리"].weight == search.ACTION_WEIGHT
    assert concepts["온수기"].head
    assert search.search(q, index, limit=3).no_match
    # a word that reaches a thing keeps its weight (보일러 → the product's own word)
    assert next(c for c in index.parse("보일러 위탁관리").items[0].concepts if c.text == "보일러").head



def test_an_object_reached_only_by_meaning_is_as_unknown_as_one_not_reached(tmp_path):
    index = _small_index(tmp_path, [("O1", "유리창 청소", "청소", "3층 이하"), ("O2", "사무실 정기 청소", "청소", "주 2회"),
                                    ("O3", "공기청정기 필터", "생활", "교체용"), ("O4", "선풍기", "가전", "스탠드형"),
                                    ("O5", "정수기 렌탈", "생활", "냉온수")])
    unknown = search.FEATURES.index("object_unknown")
    for need, fires in (("제습기 청소", 1.0), ("굴뚝 청소", 1.0), ("유리창 청소", 0.0)):
        q = index.parse(need)
        acted_on = q.items[0].concepts[0]
        if need == "제습기 청소":  # CoNg finds neighbours (청정기, 정수기): a guess, not the thing to be cleaned
            assert acted_on.alternatives and all(a.how == "meaning" for a in acted_on.alternatives)
        feats = index._search_item(q, q.items[0], 5, None, False, 2)[1]
        assert feats[0][unknown] == fires, need


def test_a_word_that_goes_on_past_a_thing_it_holds_names_no_thing_of_a_list(tmp_path):
    index = _small_index(tmp_path, [("Y1", "무지 노트 B5", "문구", "10권"), ("Y2", "교재 인쇄·제본", "인쇄", "무선 제본"),
                                    ("Y3", "스프링 제본", "인쇄", "A4")])
    # 제본기 is a machine for binding, not 제본 (a product's last word): one item, not 노트 | 제본기
    assert len(index.parse("노트 제본기").items) == 1
    # the word itself still names a thing of a list
    assert _items(index, "노트 제본") == [["노트"], ["제본"]]


def test_a_catalog_word_does_not_cut_a_noun_kiwi_hears_whole(tmp_path):
    index = _small_index(tmp_path, [("K1", "사무실 정기 청소", "청소", "주 2회"), ("K2", "아이 돌봄 교실", "돌봄", "방과후"),
                                    ("K3", "떡 간식 꾸러미", "식품", "개별포장"), ("K4", "차량 정비", "정비", "출장"),
                                    ("K5", "탁구 라켓", "체육", "공인구 호환")])
    # 청소년 + 수련관 and 아이스 + 링크 are Kiwi's nouns: the catalog's 청소 and 아이 are not in them
    assert [c.text for c in index.parse("청소년수련관 간식").items[0].concepts] == ["청소년", "수련관", "간식"]
    assert "아이" not in [c.text for it in index.parse("아이스링크 장비 정비").items for c in it.concepts]
    # where Kiwi's own reading cuts a word short (정 + 비용), the catalog's word stays whole
    assert [c.text for c in index.parse("정비용 공구").items[0].concepts][0] == "정비"
    # 대 after 탁구 is a stand, a noun of its own, not the counter forcing 탁구 makes of it: no 탁구 exactly
    table = index.parse("탁구대").items[0].concepts
    assert not any(a.how == "exact" for c in table for a in c.alternatives)


def test_goods_asked_come_before_a_programme_that_holds_their_word(tmp_path):
    index = _small_index(tmp_path, [("G1", "그림책 읽어주기 프로그램", "교육", "주 1회"),
                                    ("G2", "창작 그림책 『골목의 고양이』", "도서", "양장 40쪽"),
                                    ("G3", "카누 체험 프로그램", "체험", "2시간"), ("G4", "다회용컵 대여 세척", "행사", "500개 단위")])
    # 30권 asks for books: the programme reads them aloud, the book is what is bought
    assert search.search("그림책 30권", index, limit=3).matches[0].row == 1
    # with no canoe for sale, the programme is the closest, and the no-match model sees it is no goods
    q = index.parse("카누 2대 구입")
    feats = index._search_item(q, q.items[0], 5, None, False, 2)[1]
    assert feats[0][search.FEATURES.index("goods_to_service")] == 1.0
    # a service whose name holds the act the need names (대여) is of the kind asked
    assert search.search("다회용컵 500개 대여", index, limit=3).matches[0].row == 3
