"""The matching engine (v2): from how officers type a need to ranked suppliers, with reasons.

Built once per catalog version (`SearchIndex`), then shared read-only. A need is read with Korean
morphology (Kiwi, `morph.py`): it is cleaned, Korean typed in English mode is converted where the result
is a catalog word (`hanyeong.py`), it is split into items at list markers (쉼표, 및, ~이랑, ~와/과 …),
and each item's eojeols become *concepts*: catalog words reached exactly, by spacing repair, by a typo
of a jamo or two, by 초성, by a synonym (data/synonyms.csv plus pairs approved in the database) or by
meaning (CoNg neighbours precomputed for the catalog vocabulary). Words that reach nothing are context
(dates, places, 공문 phrasing): they are kept apart and do not sink the confidence.

Ranking is structural (idf × field weight × how sure the word is). Whether anything fits is a small
logistic model over three coverages of the best product, fitted out-of-fold by `evaluation.py`; its
coefficients live in data/match_model.json.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import polars as pl
from rapidfuzz import fuzz, process

from sse_match.config import DATA_DIR
from sse_match.matching import hangul, hanyeong, morph
from sse_match.places import geo

# Field weights: a word in the product name says most about what is sold (kept from v1, not fitted).
FIELD_WEIGHTS = {"name": 3.0, "spec": 1.5, "category": 3.0, "keywords": 1.0, "description": 1.0, "enterprise": 0.6}
W_MAX = FIELD_WEIGHTS["name"]
# A word in the name *and* the category counts a little more than in one, but less than a synonym loses
# (1/0.9 − 1 ≈ 0.11): 방역 in 방역 소독's name and category must not outrank 방제 typed and in 쥐 방제's name.
SECOND_FIELD_SHARE = 0.1
MODEL_FILE = DATA_DIR / "match_model.json"
MAX_NEED_CHARS = 400  # longer needs are read up to here (a pasted document is not one need)
FUZZY_MIN = 75.0  # jamo similarity of a typo: one slipped key in a 2–3 syllable word (방억/방역 = 83)
FUZZY_TIE = 0.10  # typo readings this close to the best are kept too: which one was meant, the catalog decides
FUZZY_KEEP = 3
FUZZY_REAL_MIN = 85.0  # a word Kiwi knows is a typo only one jamo away (에어콘 86; 단말기/칸막이 75 is two)
TYPO_SIMILAR_MIN = 0.6  # a dictionary word is a typo only if used alike (에어콘/에어컨 0.70, 카페트/카펫 0.82, 자문/주문 0.27)
TYPO_LM_GAIN = 1.0  # nats: the repaired words must be clearly likelier (e ≈ 2.7×) than the typed ones
CONG_MIN = 0.70  # CoNg similarity below this is mostly noise (도시락 → 책가방 is 0.71: still weak)
# A CoNg neighbour that also sounds alike, from the same first consonant, is the same word spelled another way
# (타올/타월 73, 카페트/카펫 73, 쥬스/주스 75); unrelated neighbours share few jamo (반티/손두부 17, 겨울/여름 40)
# or start apart (걸상/책상 67).
VARIANT_SOUND_MIN = 65.0
CONG_TOP = 20  # neighbours kept per catalog word
CONG_QUERY_TOP = 30  # neighbours of an unknown need word searched for catalog words
RERANK_POOL = 200
LEXICAL_COMPOUND_SHARE = 0.5  # 소방차 is not 차: a part of a dictionary compound is only half a match
PLACE_BOOST = 0.15  # added share for a supplier in the asked place

# How sure each way of reaching a catalog word is (structure, not fitted: exact > repaired > related).
QUALITY = {"exact": 1.0, "spacing": 1.0, "hanyeong": 1.0, "synonym": 0.9, "typo": 0.85, "choseong": 0.85,
           "substring": 0.75, "meaning": 0.55, "part": 0.6, "shop": 0.6,
           "broader": 0.8}  # 피복 → 근무복: a kind of what was asked, named less exactly than by a synonym

# Size and grade words that follow the item (마스크 대형, 텐트 중형): a spec, never the item itself.
SPEC_NOUNS = frozenset("대형 중형 소형 초대형 특대형 특대 미니 대용량 소용량 고급형 보급형 일반형 표준형 기본형 "
                       "고급 최고급 저가형 실속형 대량 소량".split())

# Class nouns (청소 *용품*, 사무용 *소모품*): they say what kind of thing, the word before them says which.
# Words that pack what a product is (장류 3종 *선물세트*): the word before them is what is sold.
SET_WORDS = frozenset("세트 선물세트 묶음 패키지 키트 박스 팩 꾸러미 롤 개입".split())
# Of those, the ones a need never buys by themselves (골프채 *세트*): 선물세트, 키트, 박스 and 꾸러미 are things too.
PACKING_WORDS = frozenset("세트 묶음 패키지".split())
CLASS_NOUNS = frozenset("용품 소모품 물품 비품 제품 자재 기자재 집기 도구 준비물 재료 상품 물건 소품 잡화 일체 사업 "
                        "장비 기기 설비 장치".split())  # 음향 *장비*, 실사출력기 *장비*: the word before says which

# Words officers add that say nothing about the item (kept from v1); 출연료 *포함*, 업체 *목록*, 피복 *지급*: about
# the request or what is done with what is bought, never the item.
STOPWORDS = frozenset(
    "구매 구입 납품 요청 필요 관련 및 등 의뢰 희망 업체 제품 물품 건 용 위한 위해 대한 에 의 를 을 이 가 는 은 "
    "으로 로 에서 하는 할 한 것 좀 주세요 바랍니다 예정 요망 가능 원함 원합니다 구해요 찾습니다 추천 견적 "
    "계약 발주 조달 신청 문의 일괄 전체 전반 전부 기타 각종 일반 긴급 당일 익일 내 이내 까지 부터 예산 예산액 금액 추정가격 "
    "단가 총액 기간 납기 납기일 일정 말까지 초까지 중순 오늘 내일 모레 다음주 이번주 다음달 이번달 금주 익월 연말 연초 "
    "상반기 하반기 분기 월요일 화요일 수요일 목요일 금요일 토요일 일요일 약 정도 내외 가량 곳 데 수 때 분 명 "
    "일체 같이 함께 대신 등등 우리 저희 해당 기관 부서 담당 주 다음 이번 근처 인근 주변 부근 지역 시내 관내 "
    "신규 가게 상점 매장 업소 하루 이틀 사흘 나흘 닷새 일주일 주실 주시는 주시면 주시길 주십시오 드리는 "
    "포함 제외 별도 완료 목표 목록 리스트 명단 연락처 지급 배부".split()
)
# Nouns of action (중장비 *임대*, 현수막 *제작*): what is done, weaker than the item itself.
ACTION_NOUNS = frozenset(
    "임대 대여 렌탈 렌트 임차 제작 설치 교체 수리 보수 정비 점검 용역 서비스 관리 운영 지원 대행 공사 시공 구입 "
    "납품 위탁 출력 배송 운반 청구 작업 생산 판매 공급 제공 진행 개최 실시 처리 섭외 가입 파기 폐기 파견 "
    "주문 배달 준비 구비 비치 마련 처분 추진 검토 조율".split()
)
# One-syllable words that are grammar or vagueness, even where a catalog description uses them (랜, 떡 and 꽃 stay).
FUNCTION_SYLLABLES = frozenset("및 등 각 약 총 좀 더 꼭 또 건 것 수 중 곳 분 때 외 내 위 앞 뒤 후 전 간 제 저 이 그 안 밖 옆 씩 "
                               "만 뿐 참 개 명 회 번 차 장 식 용 별 급 형 대 소 상 하 고 신 구 쪽 층 편".split())
# Where the buyer is (시청 후문 화단, 보건소 물품): a public place a catalog may not name sets the scene of a need.
BUYER_PLACES = frozenset("시청 구청 도청 군청 본청 청사 별관 본관 주민센터 행정복지센터 동사무소 면사무소 보건소 보건지소 "
                         "도서관 복지관 경로당 어린이집 유치원 학교 초등학교 중학교 고등학교 시의회 구의회 소방서 경찰서 "
                         "지구대 파출소 우체국 사업소 출장소 민원실 후문 정문 옥상 지하 주차장 로비 복도".split())
# Bare nouns of time that end a clause (현장 확인 *후* 방수 공사, 행사 *때* 쓸 의자): the words before them are
# another phrase, as they are before 후에 or 때에, whose particle already closes the phrase.
CLAUSE_NOUNS = frozenset("후 전 때 중 뒤 이후 동안 직후 직전".split())  # not 이전: 사무실 이전 is a move
_CLAUSE_END = "\x00"  # marks the end of such a clause among a need's words
# A note in brackets after the item (예초기 구매 *(공원 관리용)*, 렌탈 *(교실 6개)*) says what for, how many or
# when: it is a phrase of its own that names the item only when nothing outside it does, like a clause of time.
_NOTE_OPEN, _NOTE_CLOSE = "\x01", "\x02"
_NOTE_SPLIT = re.compile(r"([(\[（][^()\[\]（）]*[)\]）])")
_MARKS = frozenset({_CLAUSE_END, _NOTE_OPEN, _NOTE_CLOSE})
MODIFIER_CARRY = 0.5  # 사무용 책상, 의자: the first item's modifier, at this weight, describes the bare items after it
ACTION_WEIGHT = 0.5
# 물품 or 용역: public purchasing tells goods from services. A need asks for goods when it buys or rents (구매, 렌탈) or
# counts (2대, 300권) and names no act but buying's own; a product is a service when its name ends in an act
# (정수기 살균 *관리*, 잔디 *깎기*). Made-to-order products (현수막 *제작*) are how goods are bought.
_GOODS_CUE = re.compile(r"구매|구입|납품|비치|렌탈|렌트|임대|임차|대여|리스|\d[\d,]*\s*(?:대|개|켤레|권|매|장|벌|병|박스|상자|세트|포|롤|팩|자루|통)(?![가-힣])")
# What is done to a thing, asked at or after it (프린터 *수리*, 에어컨 *설치*, 커피머신 *렌탈*), is a purchase of its own. A
# product offers it when its own text says so in any word of the kind (집수리, 몽골텐트 대여, 옥상 방수 공사); one that
# does not (재생 토너 for 프린터 수리, 원두 for 커피머신 렌탈) sells the thing's goods, not the act (feature act_not_offered).
ACT_KINDS = (("수리", "수선", "보수", "정비"), ("점검", "검사", "진단"), ("설치", "시공", "공사"),
             ("렌탈", "대여", "임대", "임차", "렌트", "리스", "대관"))
_ACT_WORDS = tuple(w for kind in ACT_KINDS for w in kind)
# Nouns of a machine (떡 뽑는 *기계*, 커피*머신*, 프린터 *본체*): a need naming one asks for the machine itself, which a
# product that only serves it (세탁기에 쓰는 세제, 캡슐 머신*용* 커피) does not sell (feature device_not_offered).
DEVICE_NOUNS = frozenset("기계 머신 본체".split())  # 음향 *장비*, 출입통제 *장치*: a kind of equipment, which a product
# may name otherwise (무대 음향 임대)
# What a seller says it does not do: the word before 하지 않음, 불가, 제외, 안 함 (수리는 하지 않음, 설치 불가).
_NOT_DONE = r"[가-힣]+(?:은|는|이|가|도)?\s*(?:하지\s*않|불가|제외|안\s*(?:함|해|됨|됩|합))"
# What the goods went through before they were sold (세척·수리 *후* 재판매, 점검·정비 *완료*, 정비*한* 재생품): the seller
# did it to its own stock, which is not doing it for the buyer (재생 의자 for 의자 수리).
_DONE_BEFORE_SALE = (r"[가-힣]+(?:\s*[·,/]\s*[가-힣]+)*(?:\s*후\s*(?:재)?(?:판매|출고|납품)|\s*완료"
                     r"|(?:한|된|을\s*마친|를\s*마친)\s*(?:재생품|중고품?|제품|상품|물품))")
# 세탁기*에 쓰는*, 머신*용*, 커피머신*에 잘 맞는*: for it, not it (a word such as 잘 or 바로 may come between)
_FOR_A_DEVICE = r"(?!\s*(?:용|전용|에\s*(?:[가-힣]+\s+)?(?:쓰|끼|넣|맞)|호환))"
BUYING_ACTS = frozenset("구매 구입 납품 비치 교체 설치 임차 렌트 렌탈 대여 임대 배송 배달".split())
MAKING_ACTS = frozenset("제작 인쇄 출력 생산 제조 각인 주문".split())
ACTIVITY_GAIN = 3.5  # nats; 체험 +3.7 (하는), 교실 +3.9 and 프로그램 +4.3 (운영하는); 공방 +0.7, 현수막 +0.3
VERBAL_NOUN_GAIN = 4.0  # nats; acts score +4.4 (컨설팅) to +21 (대여), things −4 (잔디) to +2.9 (승강기)
PRICE_OVER_SHARE = 0.7  # a product dearer than the need's unit price ranks below one within it that fits 70 % as well
NAME_HEAD_BOOST = 0.1  # a product named by the item's head as its own last word ranks 10 % higher (chosen on the evaluation: 0.05 → +9, 0.1 → +11, 0.2 → +6, 0.35 → −3 hits)
PURPOSE_SUFFIX = "용"  # 수업용, 배달용: the word says what the item is for
QUALIFYING_SUFFIXES = frozenset({"용", "형"})  # 어린이*용*, 펌프*형*: for whom, of which type; a thing's qualifier
ABBREVIATION_MAX = 3  # letters of a capitals-only run read as an abbreviation or a size (XL, LED), never as 두벌식 keys
HEAD_BOOST = 1.3  # kept from v1 (not fitted): Korean puts the item last (행사용 *도시락*, 사무실 *청소*)
_NUMBERED_DONG = re.compile(r"([가-힣]+\d+[동가])")  # 송천1동, 효자4동, 중앙동3가
_COUNTED = re.compile(r"\d[가-힣]+")  # 타월 40*수*, 클리어파일 20*매*, 떡 10*구*: a unit after a number, not what is sold
_SIZED = re.compile(r"\d+\s*[가-힣]{0,2}짜리")  # 3분짜리, 10인용짜리: a size, not the item
# 5m x 90cm, 60 * 180: an x spaced between two measures is "by", no word (X배너 is one)
_TIMES = re.compile(r"(?<=\d)((?:\s*(?:mm|cm|m))?)(?:\s+[x*]\s*|\s*[x*]\s+)(?=\d)", re.IGNORECASE)  # 5x5 stays a token
_BRACKETS = re.compile(r"[(\[（][^)\]）]*[)\]）]")  # 화장지(3겹 30m×30롤): the brackets hold the spec
_SIZE_TOKEN = re.compile(r"(?:[2-5]?x{0,3}[sml]|f)$")  # s, m, xl, 2xl, f(ree): a garment's size (MRI may be the item)
_SPEC_TOKEN = re.compile(r"^[^가-힣]*\d[^가-힣]*$")  # 5x5, 640x640, 4k: a size or model the catalog lacks is no item
# Markers between items of one need: 명함이랑 봉투, 커피 및 쿠키, 다과, 기자재.
_ITEM_SPLIT = re.compile(r"\s*(?:[,;/+&·]|\s및\s|\s그리고\s|\s또는\s)\s*")
_SENTENCE_END = re.compile(r"[.?!。]\s*\S")  # a second sentence: prose, not a list of items
_MEASURE = re.compile(r"\d[\d.,]*[a-z]{1,3}")  # 2kg, 500ml: a size ends an item as a count does (3장이랑)
_ITEM_JOINERS = ("이랑", "랑", "하고", "와", "과")  # Kiwi's JC particles at the end of an eojeol
# Shop words (~집, ~소, ~방 …): the stem names what is sold.
SHOP_SUFFIXES = ("가게", "공방", "상회", "집", "소", "방", "점", "관", "장", "포")
SHOP_AFTER_ONE_SYLLABLE = ("가게", "집", "방")  # 꽃집, 빵가게, 떡방; 배관, 시장, 업소 are words
SIOT_FINAL = 19  # index of the final ㅅ among the 28 finals of a Hangul syllable
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


@dataclass(frozen=True)
class Reason:
    """Why a product matched one typed word: 'typed' reached catalog word 'via' by 'how'."""

    typed: str
    via: str
    how: str

    LABELS = {"exact": "일치", "spacing": "띄어쓰기", "typo": "오타 교정", "choseong": "초성", "synonym": "동의어",
              "substring": "부분 단어", "meaning": "비슷한 말", "hanyeong": "한영 전환", "part": "부분 일치",
              "shop": "가게 이름", "variant": "표기 차이", "broader": "넓은 말"}

    def text(self) -> str:
        if self.how == "price":
            return f"단가 {self.via}({self.typed})"
        if self.how == "price_over":
            return f"단가 {self.via}({self.typed}보다 비쌈)"
        if self.how == "hanyeong":
            return f"영문 자판 입력 '{self.typed}'을 '{self.via}'으로 읽었습니다"
        word = self.via if self.typed == self.via else f"{self.typed}→{self.via}"
        return f"{word}({self.LABELS.get(self.how, self.how)})"


@dataclass(frozen=True)
class Alternative:
    term_id: int
    quality: float
    how: str
    via: str


@dataclass(frozen=True)
class Concept:
    text: str  # what the officer typed (after 한영 conversion)
    alternatives: tuple[Alternative, ...]
    weight: float = 1.0
    known: bool = True  # False: nothing in the catalog resembles the word (context)
    typed: str = ""  # the Latin keys, when the word came from 한영 conversion
    head: bool = False  # the last item word of its item
    context: bool = False  # an unknown word outside the item's noun phrase: it does not lower confidence
    in_head_phrase: bool = True  # in the noun phrase of the item's head (not the scene around it)
    purpose: bool = False  # typed with 용 (수업*용* 노트북, 배달*용* 탑차): what the item is for, not what is asked


@dataclass(frozen=True)
class Item:
    text: str
    concepts: tuple[Concept, ...]


@dataclass(frozen=True)
class ParsedQuery:
    raw: str
    core: str  # the need without quantities, dates, places and filler
    items: tuple[Item, ...]
    gus: frozenset[str] = frozenset()
    dongs: frozenset[str] = frozenset()
    places: tuple[str, ...] = ()  # place words as typed (matched against addresses)
    budget: int | None = None
    problem: str = ""  # empty | too_long | no_words | only_digits | lone_choseong
    hanyeong: tuple[tuple[str, str], ...] = ()  # (keys typed, Hangul read) for 한영 conversions
    listed: tuple[tuple[str, str], ...] = ()  # items of a list (명함 | 식혜 50병 사려고): (item text, its nouns)
    unread: tuple[str, ...] = ()  # listed items the catalog has no word for (명함, *굴착기*): said, not searched
    price_cap: hangul.PriceCap | None = None  # 개당 1,000원 이하: the most one unit may cost

    @property
    def concepts(self) -> tuple[Concept, ...]:
        return tuple(c for it in self.items for c in it.concepts)

    @property
    def understood(self) -> tuple[str, ...]:
        """The words the need was read as, without the scene around the item (다음 주, 주실): what the page
        shows under "이렇게 이해했습니다"."""
        return tuple(dict.fromkeys(c.text for c in self.concepts if not c.context))

    @property
    def place_words(self) -> tuple[str, ...]:
        return tuple(sorted(self.gus | self.dongs | set(self.places)))

    @property
    def multi_item(self) -> bool:
        return len(self.items) > 1


@dataclass(frozen=True)
class Match:
    row: int  # row in the index's catalog frame
    score: float  # ranking score (boosts included)
    confidence: float  # 0..1: how likely the need is answered here (the no-match decision uses it)
    reasons: tuple[Reason, ...]
    place_boost: bool = False
    item: str = ""  # which item of the need this answers


# One part of a need, for telling a list from a sentence: its item text, the nouns since its last predicate, and
# whether a predicate comes before those nouns and after them.
_Piece = tuple[str, tuple[Concept, ...], bool, bool]


@dataclass(frozen=True)
class SearchResult:
    query: ParsedQuery
    matches: tuple[Match, ...]  # when no_match, the closest products ("비슷한 제품")
    no_match: bool
    nearest_categories: tuple[str, ...] = ()
    unanswered: tuple[str, ...] = ()  # items of a several-item need that nothing fits (답례떡 answered, 식혜 not)


# What the no-match model sees of a product: share of the need's catalog words it holds, the same share
# counting unknown words of the item's own noun phrase (unknown context outside it is left out: it must not
# sink confidence), share of its own name (or category) the need accounts for, how well the need's head word
# (the item) is matched, whether the match is in the name rather than the description (share of the best
# field weight), whether the catalog knows the head word at all, how many words of the item's phrase it does
# not know, how much of the match is only an action (설치, 임대), how rare the best matched word is, how
# much of the match is a guess (`GUESSES`), the share of the item's own phrase matched, and whether goods are
# asked of a service (`_GOODS_CUE`: 정수기 2대 구입 → 정수기 살균 관리), and whether what an act is done to is
# missed (object_missed: 저수조 청소 for 정화조 청소) or a word the catalog does not know at all (object_unknown).
FEATURES = ("query_coverage", "query_coverage_with_unknown", "product_coverage", "head_match", "field_weight",
            "head_known", "open_words", "action_share", "specificity", "guessed_share", "phrase_coverage",
            "goods_to_service", "act_not_offered", "device_not_offered", "object_missed", "object_unknown")
# The direction each feature may push the confidence, from what it means (0: either way). A fit that gives a
# feature the other sign is leaning on its correlation with the rest (head_match with head_known), and then a
# product sharing only a modifier can outrank the one holding the item: such a feature is left out instead.
FEATURE_SIGNS = (1, 1, 1, 1, 1, 1, -1, -1, 0, -1, 1, -1, -1, -1, -1, -1)
ACTION_SHARE = FEATURES.index("action_share")
QUERY_COVERAGE = FEATURES.index("query_coverage")
GUESSES = frozenset({"meaning", "part"})  # ways of reaching a catalog word that may well be wrong (CoNg, 소방차 → 차)
LIST_READINGS = frozenset({"synonym", "typo", "variant", "part", "spacing", "hanyeong", "choseong", "shop"})  # how a
# need word may reach the catalog word it names in a list (not broader, inside another word, nor by meaning)
MAX_LISTED_NOUNS = 3  # an item of a list is a short noun phrase (업소용 굴착기 1대); more nouns make a clause
LEXICON_CHOSEONG_KEEP = 3  # synonym-list words sharing one 초성 read together (few: it is a guess)
SPACED_MAX_WORDS = 3  # a compound a product name writes apart spans a few words (손 소독 젤), not a phrase
MAX_OPEN_WORDS = 2  # unknown words in the item's own phrase, counted up to this many


@dataclass(frozen=True)
class MatchModel:
    """The no-match decision: logistic over the best product's coverages (`FEATURES`)."""

    coef: tuple[float, ...] = (-4.0, 2.0, 2.0, 3.0, 3.0, 1.0, 1.0, -1.0, -1.0, 0.0, -1.0, 1.0, -2.0, -2.0, -2.0, -2.0, -2.0)
    cutoff: float = 0.5
    fitted_on: str = "defaults"

    def confidence(self, feats: np.ndarray) -> np.ndarray:
        """The fitted logistic, except that a product sharing only what is done (용역, 설치, 교체) and
        nothing of what is asked for does not answer the need (법률 자문 *용역*, 수소충전소 *설치*), nor does one
        reached only by a guess (굴착기 → 방충망 by CoNg)."""
        z = self.coef[0] + feats @ np.asarray(self.coef[1:], dtype=np.float64)
        conf = 1.0 / (1.0 + np.exp(-z))
        if not len(feats):
            return conf
        return np.where((feats[:, ACTION_SHARE] >= 1.0) | (feats[:, QUERY_COVERAGE] <= 0.0), 0.0, conf)


def load_model(path: Path = MODEL_FILE) -> MatchModel:
    if not path.exists():
        return MatchModel()
    raw = json.loads(path.read_text(encoding="utf-8"))
    if len(raw["coef"]) != len(FEATURES) + 1:
        raise ValueError(f"{path} was fitted on other features: run `python -m sse_match eval --save-model`")
    return MatchModel(tuple(raw["coef"]), float(raw["cutoff"]), raw.get("fitted_on", ""))


def load_synonyms(path: Path = DATA_DIR / "synonyms.csv") -> list[tuple[str, ...]]:
    with path.open(encoding="utf-8") as fh:
        return [tuple(hangul.normalise(t).replace(" ", "") for t in row["terms"].split("|") if t.strip())
                for row in csv.DictReader(fh)]


def load_broader(path: Path = DATA_DIR / "broader.csv") -> list[tuple[str, tuple[str, ...]]]:
    """An officer's broad word (피복, 소모품) → the words catalogs use for its kinds (근무복, 복사용지)."""
    with path.open(encoding="utf-8") as fh:
        return [(hangul.normalise(row["broad"]).replace(" ", ""),
                 tuple(hangul.normalise(t).replace(" ", "") for t in row["narrow"].split("|") if t.strip()))
                for row in csv.DictReader(fh)]


def load_categories(path: Path = DATA_DIR / "categories.csv") -> pl.DataFrame:
    return pl.read_csv(path)


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Place words → 구, and place words → set of 행정동 (효자동 → 효자1동…효자5동)."""

    dongs = geo.admin_dongs_all()
    gu_words = {g: g for g in geo.GUS} | {g[:-1] + "구청": g for g in geo.GUS}
    dong_words: dict[str, set[str]] = {}
    for dong in dongs["dong"]:
        dong_words.setdefault(dong, set()).add(dong)
        stem = dong.rstrip("동").rstrip("0123456789")
        dong_words.setdefault(stem + "동", set()).add(dong)
    for legal in geo.legal_dongs()["legal_dong"]:
        base = legal.split("동")[0] + "동" if "동" in legal else legal
        if base in dong_words:
            dong_words.setdefault(legal, set()).update(dong_words[base])
    return gu_words, {k: frozenset(v) for k, v in dong_words.items()}


# Tense consonants made plain (Shift held a moment too long: 책쌍/책상) and the vowels Korean no longer tells apart
# in speech (ㅐ/ㅔ, ㅒ/ㅖ: 베게/베개, 케익/캐익) folded: the likeliest slips, not differences.
_TENSE_TO_PLAIN = str.maketrans("ㄲㄸㅃㅆㅉㅐㅒ", "ㄱㄷㅂㅅㅈㅔㅖ")


# A loanword's last consonant written as a syllable of its own (카페*트*, 로보*트*, 케이*크*) or as the coda of the
# syllable before (카펫, 로봇, 케익): both spellings are in use, so the key writes the coda.
_LOANWORD_END = re.compile("(?<=[ㅏㅐㅑㅓㅔㅕㅗㅛㅜㅠㅡㅣ])(ㅌㅡ|ㄷㅡ|ㅋㅡ)$")
_LOANWORD_CODA = {"ㅌㅡ": "ㅅ", "ㄷㅡ": "ㅅ", "ㅋㅡ": "ㄱ"}


_REQUEST_CLAUSE = re.compile(r"(?:려는데|싶은데|필요한데|원하는데)$")  # the clause asks: what it holds is the item
_REQUEST_BEFORE = ("려고", "려", "고자", "야")  # 사려고 *하는데*, 준비해야 *하는데*


def _sets_the_scene(before: str, word: str) -> bool:
    """행사를 *진행하는데*, 건강교실을 *여는데*, 프린터가 M201*인데*: a clause closed by -는데 or -ㄴ데 (the syllable before
    데 ends in ㄴ) tells the background, and the request follows it. Not when that clause is the request itself
    (구매하려는데, 받고 싶은데, 천막이 필요한데, 준비해야 하는데, 맞추려고 하는데)."""
    if len(word) < 2 or word[-1] != "데" or not hangul.HANGUL_RE.match(word[-2]) \
            or not hangul.jamo(word[-2]).endswith("ㄴ"):
        return False
    return not _REQUEST_CLAUSE.search(word) and not before.endswith(_REQUEST_BEFORE)


def _typo_key(word: str) -> str:
    """Jamo with the likeliest slips folded (`_TENSE_TO_PLAIN`) and a loanword's last consonant as a coda."""
    key = hangul.jamo(word).translate(_TENSE_TO_PLAIN)
    if len(word) >= 3:
        key = _LOANWORD_END.sub(lambda m: _LOANWORD_CODA[m.group(1)], key)
    return key


def _syllable_dropped_inside(a: str, b: str) -> bool:
    """스테플러/스테이플러: the longer word, one syllable inside it left out, is the shorter (of three syllables or more)."""
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 3 and len(long_) == len(short) + 1
            and any(long_[:i] + long_[i + 1:] == short for i in range(1, len(long_) - 1)))


def _without_saisiot(stem: str) -> str:
    """찻(집) → 차, 횟(집) → 회: the ㅅ a compound adds to its first part (사이시옷)."""
    if not stem or not hangul.HANGUL_RE.match(stem[-1]):
        return stem
    code = ord(stem[-1]) - 0xAC00
    if code % 28 != SIOT_FINAL:
        return stem
    return stem[:-1] + chr(0xAC00 + code - SIOT_FINAL)


def clean_need(text: str) -> tuple[str, str]:
    """Control characters and emoji out, length capped; returns (text, problem)."""
    text = _CONTROL.sub(" ", text or "")
    text = "".join(ch if unicodedata.category(ch)[0] in "LNPZ" or ch in "-*/.,%&+()" else " " for ch in text)
    text = " ".join(text.split())
    problem = ""
    if len(text) > MAX_NEED_CHARS:
        text, problem = text[:MAX_NEED_CHARS], "too_long"
    if not text:
        return "", "empty"
    if re.fullmatch(r"[ㄱ-ㅎㅏ-ㅣ]", text):
        return text, "lone_choseong"
    if not re.search(r"[가-힣A-Za-z]", text) and not re.search(r"[ㄱ-ㅎ]{2,}", text):
        return text, "only_digits" if re.search(r"\d", text) else "no_words"
    return text, problem


class SearchIndex:
    """An inverted index over a catalog frame. Build once per catalog version; never mutate."""

    REQUIRED = ("name", "category", "spec", "description", "enterprise_name")

    def __init__(self, catalog: pl.DataFrame, synonyms: list[tuple[str, ...]] | None = None,
                 categories: pl.DataFrame | None = None, *, extra_synonyms: Sequence[tuple[str, str]] = (),
                 analyses: Mapping[str, tuple[str, ...]] | None = None, model: MatchModel | None = None,
                 kiwi=None, broader: Sequence[tuple[str, tuple[str, ...]]] | None = None):
        missing = [c for c in self.REQUIRED if c not in catalog.columns]
        if missing:
            raise ValueError(f"catalog lacks columns {missing}")
        self.catalog = catalog
        self.n_docs = catalog.height
        self.model = model or load_model()
        categories = load_categories() if categories is None else categories
        self.category_names = tuple(sorted(set(categories["name"].to_list()) | set(catalog["category"].drop_nulls())))
        keywords = dict(zip(categories["name"], categories["keywords"], strict=True))
        self.base_kiwi = kiwi or morph.analyzer()
        self._build(catalog, keywords, analyses or {})
        self.kiwi = self.base_kiwi
        self._build_synonyms(load_synonyms() if synonyms is None else synonyms, extra_synonyms,
                             load_broader() if broader is None else broader)
        self._build_neighbours()
        self.gu_words, self.dong_words = _places()
        self._gu = catalog["gu"].to_numpy() if "gu" in catalog.columns else None
        self._dong = catalog["dong"].to_numpy() if "dong" in catalog.columns else None
        self._address = (catalog["address"].fill_null("").to_numpy().astype(str) if "address" in catalog.columns
                         else None)
        # Place words of the catalog's addresses (익산, 에코시티, 삼천동): a boost, never the item.
        self._address_words = frozenset(
            w for a in (catalog["address"].drop_nulls().unique().to_list() if "address" in catalog.columns else [])
            for w in hangul.tokens(a) if len(w) >= 2 and hangul.HANGUL_RE.match(w))
        self._name_code = catalog["name"].cast(pl.Categorical).to_physical().to_numpy()  # no 1M Python strings
        ent_col = "enterprise_id" if "enterprise_id" in catalog.columns else "enterprise_name"
        self._ent = catalog[ent_col].cast(pl.String).cast(pl.Categorical).to_physical().to_numpy()
        self._price = (catalog["unit_price"].cast(pl.Float64, strict=False).fill_null(-1.0).to_numpy()
                       if "unit_price" in catalog.columns else np.full(self.n_docs, -1.0))
        self._cert = (catalog["cert_valid"].fill_null(False).to_numpy().astype(np.float32)
                      if "cert_valid" in catalog.columns else np.zeros(self.n_docs, np.float32))
        self._resolve_eojeol = lru_cache(maxsize=50_000)(self._resolve_eojeol_uncached)
        # a synonym's catalog terms ask Kiwi's CoNg model whether its parts are words (about 0.5 ms each); the
        # list's words recur from need to need, and the catalog's words do not change after the build
        self._word_terms = lru_cache(maxsize=100_000)(self._word_terms_uncached)
        self._read = lru_cache(maxsize=50_000)(lambda w: morph.read_eojeol(self.kiwi, w, self.words))
        self._act_gains = lru_cache(maxsize=50_000)(self._act_gains_uncached)
        self._device = lru_cache(maxsize=50_000)(self._device_uncached)
        self._service_of = lru_cache(maxsize=200_000)(self._service_of_uncached)
        self._buys = lru_cache(maxsize=10_000)(self._buys_uncached)
        # Kiwi's own reading of one word, (form, tag) per morpheme: asked of the same need words again and again
        self._base_tokens = lru_cache(maxsize=50_000)(
            lambda w: tuple((t.form, t.tag) for t in self.base_kiwi.tokenize(w)))
        self._names_nothing = lru_cache(maxsize=50_000)(lambda *ws: morph.names_nothing(self.base_kiwi, *ws))
        # a catalog word from a description that is a verb form (냅니다, 갑니다) is no repair for a typo
        self._term_names_nothing = lru_cache(maxsize=50_000)(
            lambda tid: bool(hangul.HANGUL_RE.match(self.terms[tid])) and self._names_nothing("", self.terms[tid], ""))
        self._popular_categories = tuple(
            catalog.group_by("category").len().sort(["len", "category"], descending=[True, False])["category"])
        own_text = catalog.select(pl.concat_str([pl.col(c).fill_null("").cast(pl.String)
                                                 for c in ("name", "category", "spec", "description")], separator=" "))
        # an act word at the start or the end of a word (대여합니다, 집수리), never inside one (바*리스*타), and not
        # one the seller says it does not do (수리는 하지 않음, 설치 불가, 대여 제외)
        acts = ["|".join(kind) for kind in ACT_KINDS]
        own_text = own_text.select(pl.all().str.replace_all(_NOT_DONE, " ").str.replace_all(_DONE_BEFORE_SALE, " "))
        self._offers_act = tuple(own_text.to_series().str.contains(f"(?:^|[^가-힣])(?:{a})|(?:{a})(?:$|[^가-힣])").to_numpy()
                                 for a in acts)

    # ---- build ------------------------------------------------------------------------------
    def _build(self, catalog: pl.DataFrame, keywords: dict[str, str], stored: Mapping[str, tuple[str, ...]]) -> None:
        # what a seller says it does not do or include (충약 제외, 택배 불가) is not a word of its product
        fields = {
            "name": pl.col("name").cast(pl.String).str.replace_all(_NOT_DONE, " "),
            "spec": pl.col("spec").cast(pl.String).str.replace_all(_NOT_DONE, " "),
            "category": pl.col("category").str.replace_all("[·/]", " "),
            "keywords": pl.col("category").replace_strict(keywords, default=""),
            "description": pl.col("description").cast(pl.String).str.replace_all(_NOT_DONE, " "),
            "enterprise": pl.col("enterprise_name"),
        }
        base = catalog.select(**{k: v.fill_null("").cast(pl.String) for k, v in fields.items()}).with_row_index("doc")
        long = base.unpivot(index="doc", variable_name="field", value_name="text")
        uniq = long.select(pl.col("text").unique())["text"].to_list()
        toks = {t: hangul.tokens(t) for t in uniq}
        eojeols = {e for ts in toks.values() for e in ts if hangul.HANGUL_RE.match(e)}
        missing = [e for e in eojeols if e not in stored]
        self.analyses: dict[str, tuple[str, ...]] = {e: stored[e] for e in eojeols if e in stored}
        self.analysed_now = len(missing)
        if missing:
            self.analyses.update(morph.analyse_eojeols(self.base_kiwi, missing))
        expand = {t: self._expansion(ts) for t, ts in toks.items()}
        long = long.with_columns(tok=pl.col("text").replace_strict(expand, return_dtype=pl.String).str.split(" "))
        exploded = (long.explode("tok").filter(pl.col("tok").str.len_chars() > 0)
                    .with_columns(w=pl.col("field").replace_strict(FIELD_WEIGHTS, return_dtype=pl.Float32)))
        terms = exploded.group_by("doc", "tok").agg(
            (pl.col("w").max() + SECOND_FIELD_SHARE * (pl.col("w").sum() - pl.col("w").max()).clip(0, W_MAX)).alias("w"))
        vocab = terms.group_by("tok").agg(df=pl.len()).sort("tok").with_row_index("term_id")
        postings = terms.join(vocab.select("tok", "term_id"), on="tok").sort("term_id", "doc")
        self.vocab: dict[str, int] = dict(zip(vocab["tok"], vocab["term_id"], strict=True))
        self.terms: list[str] = vocab["tok"].to_list()
        counts = vocab["df"].to_numpy()
        self.term_ptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self.post_doc = postings["doc"].to_numpy().astype(np.int32)
        self.post_w = postings["w"].to_numpy().astype(np.float32)
        self.idf = np.log1p(self.n_docs / counts).astype(np.float32)
        self.max_idf = float(self.idf.max()) if len(self.idf) else 1.0
        # The catalog's words as a need is read against them: nouns and compounds of nouns, not the
        # inflected eojeols of descriptions (도시락으로, 간담회용), which would catch typos and particles.
        self.words: dict[str, int] = {t: tid for t, tid in self.vocab.items()
                                      if not morph.inflected(t, self.analyses.get(t, ()))}
        # Name and category terms per product, for product-side coverage.
        field_terms: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # field → (ptr by doc, term ids)
        # The name's own words: its brackets hold the spec (재생 토너 카트리지(HP·삼성 호환)), which a need
        # need not name for the product to be what it asks for.
        bracketed = base.filter(pl.col("name").str.contains(_BRACKETS.pattern)).select(
            "doc", text=pl.col("name").str.replace_all(_BRACKETS.pattern, " "))
        outside = {t: self._expansion(hangul.tokens(t)) for t in bracketed["text"].unique().to_list()}
        name_core = pl.concat([
            exploded.filter((pl.col("field") == "name") & ~pl.col("doc").is_in(bracketed["doc"].implode()))
            .select("doc", "tok"),
            bracketed.with_columns(tok=pl.col("text").replace_strict(outside, return_dtype=pl.String).str.split(" "))
            .explode("tok").filter(pl.col("tok").str.len_chars() > 0).select("doc", "tok")])
        for fname in ("name", "category"):
            rows = name_core if fname == "name" else exploded.filter(pl.col("field") == fname).select("doc", "tok")
            sub = (rows.unique().join(vocab.select("tok", "term_id"), on="tok").sort("doc"))
            ptr = np.zeros(self.n_docs + 1, np.int64)
            np.add.at(ptr, sub["doc"].to_numpy() + 1, 1)
            field_terms[fname] = (np.cumsum(ptr), sub["term_id"].to_numpy().astype(np.int32))
        self._name_ptr, self._name_tid = field_terms["name"]
        self._category_ptr, self._category_tid = field_terms["category"]
        # words products are named by (names outside brackets, categories)
        self._named = frozenset(np.unique(np.concatenate([self._name_tid, self._category_tid])).tolist())
        # the word each name ends in, with and without a closing set word (신동진 *쌀*, 드립백 *커피* 세트, 택배 *박스*),
        # and the last part of that word (재생*토너*): what products are sold as; and each product's own head, the
        # last word that is not a set nor a making (판두부 → 판두부 and 두부; 두부 만들기 *체험*; 현수막 제작 → 현수막)
        words = pl.col("w")
        lasts = (base.select(w=pl.col("name").str.replace_all(_BRACKETS.pattern, " ").str.replace_all(_COUNTED.pattern, " ")
                             .str.extract_all("[가-힣]+"))
                 .select(raw=words.list.last(),
                         kept=words.list.eval(pl.element().filter(~pl.element().is_in(SET_WORDS))).list.last(),
                         own=words.list.eval(pl.element().filter(~pl.element().is_in(SET_WORDS | MAKING_ACTS)))
                         .list.last().fill_null("")))
        ends = set(lasts["raw"].drop_nulls().unique().to_list()) | set(lasts["kept"].drop_nulls().unique().to_list())
        heads = {w for last in ends for w in (last, *self.analyses.get(last, ())[-1:])}
        self._name_heads = frozenset(self.vocab[w] for w in heads if w in self.vocab)
        # what is made to order (상장 *인쇄*, 현수막 *제작*) is a thing, even where Kiwi hears a verb in it (상장하다)
        self._made_heads = frozenset(self.vocab[w] for w in lasts.filter(pl.col("raw").is_in(MAKING_ACTS))["own"].unique()
                                     .to_list() if w in self.vocab)
        self._name_heads |= self._made_heads
        part_of = {w: (self.analyses.get(w, ())[-1:] or ("",))[0] for w in lasts["own"].unique().to_list()}
        ids = {w: self.vocab.get(w, -1) for w in set(part_of) | set(part_of.values())}
        self._doc_head = lasts["own"].replace_strict(ids, return_dtype=pl.Int32).to_numpy()
        self._doc_head_part = lasts["own"].replace_strict({w: ids[p] for w, p in part_of.items()},
                                                          return_dtype=pl.Int32).to_numpy()
        del lasts
        # the same name terms by term: the products whose name holds a word (for telling a list from a compound)
        entry_doc = np.repeat(np.arange(self.n_docs, dtype=np.int32), np.diff(self._name_ptr))
        self._name_post = entry_doc[np.argsort(self._name_tid, kind="stable")]
        self._name_post_ptr = np.concatenate([[0], np.cumsum(np.bincount(self._name_tid, minlength=len(self.terms)))])
        self._by_len: dict[int, tuple[list[str], list[int]]] = {}
        self._cho: dict[str, list[int]] = {}
        self._inside: dict[str, list[int]] = {}  # 용지 → [복사용지, …]
        self._first: dict[str, list[int]] = {}  # 꽃 → [꽃다발, …]: words by their first syllable
        for t, tid in self.words.items():
            if not hangul.HANGUL_RE.match(t):
                continue
            bucket = self._by_len.setdefault(len(t), ([], []))
            bucket[0].append(_typo_key(t))
            bucket[1].append(tid)
            if len(t) >= 2:
                self._cho.setdefault(hangul.choseong(t), []).append(tid)
                self._first.setdefault(t[0], []).append(tid)
            if len(t) >= 3:
                for i in range(len(t) - 1):
                    for j in range(i + 2, len(t) + 1):
                        if j - i < len(t):
                            self._inside.setdefault(t[i:j], []).append(tid)
        # 손 소독 젤: a compound a name writes apart, with a one-syllable word that segmenting never tries alone
        runs = (base.select(run=pl.col("name").str.replace_all(_BRACKETS.pattern, " ")
                            .str.extract_all(r"[가-힣]+(?: [가-힣]+)+")).explode("run").drop_nulls().unique()
                .filter(pl.col("run").str.contains(r"(?:^| )[가-힣](?: |$)"))["run"].to_list())
        self._spaced: dict[str, tuple[str, ...]] = {}
        for run in runs:
            ws = run.split(" ")
            for i in range(len(ws)):
                for j in range(i + 2, min(len(ws), i + SPACED_MAX_WORDS) + 1):
                    piece = tuple(ws[i:j])
                    if any(len(w) == 1 for w in piece) and all(w in self.words for w in piece) \
                            and len("".join(piece)) >= 3:
                        self._spaced.setdefault("".join(piece), piece)

    def _build_synonyms(self, groups: list[tuple[str, ...]], extra: Sequence[tuple[str, str]],
                        broader: Sequence[tuple[str, tuple[str, ...]]] = ()) -> None:
        self.synonyms: dict[str, set[str]] = {}
        for group in groups:
            for t in group:
                self.synonyms.setdefault(t, set()).update(x for x in group if x != t)
        # one direction: 피복 is read as 근무복 or 작업복, never the other way
        self._broader = {(b, n) for b, narrow in broader for n in narrow if n != b and n not in self.synonyms.get(b, ())}
        for b, n in self._broader:
            self.synonyms.setdefault(b, set()).add(n)
        for query_word, catalog_word in extra:  # approved in the database: one direction, query → catalog
            q = hangul.normalise(query_word).replace(" ", "")
            c = hangul.normalise(catalog_word).replace(" ", "")
            if q and c and q != c:
                self.synonyms.setdefault(q, set()).add(c)

    @cached_property
    def _by_sound(self) -> dict[str, str]:
        """The catalog's Hangul words of two syllables or more by typo key (걸레 and 걸래 share one: ㅐ/ㅔ). Built on
        the first need that asks."""
        out: dict[str, str] = {}
        for w in self.words:
            if len(w) >= 2 and hangul.HANGUL_RE.match(w):
                out.setdefault(_typo_key(w), w)
        return out

    def _sounds_as_word(self, word: str) -> str:
        """걸래 → 걸레, 베게 → 베개: a need word that sounds exactly as a catalog word (`_typo_key`), though Kiwi hears a
        verb in it (걸 + 래). Spoken Korean no longer tells ㅐ from ㅔ; the officer wrote the thing, not a verb."""
        if len(word) < 2 or word in self.words or not hangul.HANGUL_RE.match(word):
            return ""
        return self._by_sound.get(_typo_key(word), "")

    @cached_property
    def _lexicon_only(self) -> list[str]:
        """The synonym list's Hangul words of two syllables or more that the catalog lacks, sorted. Built on the
        first need that asks, not on every index build."""
        return [w for w in sorted(self.synonyms) if w not in self.words and len(w) >= 2 and hangul.HANGUL_RE.match(w)]

    @cached_property
    def _lexicon_by_length(self) -> dict[int, tuple[list[str], list[str]]]:
        """Those of three syllables or more by length: their typo keys and the words."""
        out: dict[int, tuple[list[str], list[str]]] = {}
        for w in self._lexicon_only:
            if len(w) >= 3:
                keys, words = out.setdefault(len(w), ([], []))
                keys.append(_typo_key(w))
                words.append(w)
        return out

    @cached_property
    def _lexicon_choseong(self) -> dict[str, list[str]]:
        """Those by 초성, for 초성 no catalog word has."""
        out: dict[str, list[str]] = {}
        for w in self._lexicon_only:
            out.setdefault(hangul.choseong(w), []).append(w)
        return out

    def _lexicon_typo(self, word: str) -> tuple[Alternative, ...]:
        """프랭카드 → 플래카드 → 현수막: a word of three syllables or more, no word of Kiwi's, one slipped key from a
        word of the synonym list that reaches the catalog, read through that word's synonyms."""
        if len(word) < 3 or not hangul.HANGUL_RE.match(word) or morph.is_dictionary_word(self.base_kiwi, word):
            return ()
        by_len, key = self._lexicon_by_length, _typo_key(word)
        hits = [(score, by_len[n][1][k]) for n in (len(word) - 1, len(word), len(word) + 1) if n in by_len
                for _, score, k in process.extract(key, by_len[n][0], scorer=fuzz.ratio,
                                                   score_cutoff=FUZZY_REAL_MIN, limit=FUZZY_KEEP)]
        for score, w in sorted(hits, reverse=True):
            alts = self._with_synonyms(w, [])
            if alts:
                return tuple(Alternative(a.term_id, a.quality * QUALITY["typo"] * score / 100.0, "typo", a.via)
                             for a in alts)
        return ()

    def _build_neighbours(self) -> None:
        """CoNg neighbours of catalog nouns, reversed: outside word → catalog words it resembles."""
        words = sorted({self.terms[t] for t in np.concatenate([self._name_tid, self._category_tid]).tolist()
                        if hangul.HANGUL_RE.match(self.terms[t]) and len(self.terms[t]) >= 2})
        self.neighbours: dict[str, list[tuple[int, float]]] = {}
        for word, near in _cong_neighbours(self.base_kiwi, tuple(words)).items():
            tid = self.vocab[word]
            for other, score in near:
                if other not in self.words:
                    self.neighbours.setdefault(other, []).append((tid, score))

    @property
    def memory_bytes(self) -> int:
        return int(self.post_doc.nbytes + self.post_w.nbytes + self.term_ptr.nbytes + self.idf.nbytes
                   + self._name_tid.nbytes + self._name_ptr.nbytes + self._category_tid.nbytes
                   + self._category_ptr.nbytes + self._name_post.nbytes + self._name_post_ptr.nbytes
                   + self._price.nbytes + self._doc_head.nbytes + self._doc_head_part.nbytes)

    # ---- reading a need ---------------------------------------------------------------------
    def _expansion(self, eojeols: Iterable[str]) -> str:
        """The terms a text indexes: each eojeol and its morphemes (복사용지 → 복사용지 복사 용지)."""
        return " ".join(x for e in eojeols for x in (e, *(m for m in self.analyses.get(e, ()) if m != e)))

    def _df(self, tid: int) -> int:
        return int(self.term_ptr[tid + 1] - self.term_ptr[tid])

    def _docs_of(self, tids: Iterable[int]) -> np.ndarray:
        """The products holding any of `tids` (sorted, unique): one posting list or their union."""
        lists = [self.post_doc[self.term_ptr[t]:self.term_ptr[t + 1]] for t in tids]
        return np.unique(np.concatenate(lists)) if lists else np.zeros(0, self.post_doc.dtype)

    def _fuzzy(self, word: str) -> list[tuple[int, float]]:
        """Catalog words a jamo or two away, the closest first (a syllable dropped or added too, from three
        syllables: 스테풀러/스테이플러), a real word of its own only where CoNg says it is used alike."""
        if len(word) < 2:
            return []
        real = morph.is_dictionary_word(self.base_kiwi, word) or morph.is_word_with_suffix(self.base_kiwi, word)
        lengths = (len(word) - 1, len(word), len(word) + 1) if len(word) >= 3 else (len(word),)
        key = _typo_key(word)
        hits: list[tuple[int, float]] = []
        for n in lengths:
            bucket = self._by_len.get(n)
            if bucket:
                hits += [(bucket[1][k], score / 100.0) for _, score, k in process.extract(
                    key, bucket[0], scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=FUZZY_KEEP)]
        if len(word) == 2 and (bucket := self._by_len.get(3)):  # 캐익/케이크: a short word spelt as the longer one
            # sounds (the same typo key, the loanword's 크 heard as a coda) is that word, though a syllable shorter
            hits += [(bucket[1][k], 1.0) for _, _, k in process.extract(
                key, bucket[0], scorer=fuzz.ratio, score_cutoff=100.0, limit=FUZZY_KEEP)]
        hits = [h for h in hits if not self._term_names_nothing(h[0])]  # 납니다 is no typo of 냅니다 (a verb form)
        # a catalog word and one syllable more, with no grammar in it, is a word made from it (제빵기, 예초기:
        # machines), not a slip; 관리가 is 관리 and a particle. Kiwi is asked only when such a hit exists.
        made = [h for h in hits if len(word) == len(self.terms[h[0]]) + 1 and word.startswith(self.terms[h[0]])]
        if made and morph.has_no_ending(self.base_kiwi, word):
            hits = [h for h in hits if h not in made]
        if real:  # 에어콘 is Kiwi's word too, but used like 에어컨; 자문 is not used like 주문, 소방차 is not 소방;
            # a word of Kiwi's may still be a catalog word with a syllable dropped inside (never at an end: 소방 + 차),
            # or the same loanword spelt the other way (카페트/카펫: one key)
            hits = [h for h in hits if len(self.terms[h[0]]) == len(word) and h[1] * 100 >= FUZZY_REAL_MIN
                    and morph.similarity(self.base_kiwi, word, self.terms[h[0]]) >= TYPO_SIMILAR_MIN
                    or _syllable_dropped_inside(word, self.terms[h[0]]) or h[1] >= 1.0]
        if not hits:
            return []
        best = max(h[1] for h in hits)
        return sorted((h for h in hits if h[1] >= best - FUZZY_TIE), key=lambda h: -h[1])[:FUZZY_KEEP]

    def _typo_reads_more(self, eojeol: str, stem: str, kiwi_sure: bool = False) -> bool:
        """텀블더, 소하기, 정화죠: Kiwi reads an ending where one key slipped; the typo reading wins when it is a
        catalog word that holds what Kiwi kept (정화조 ⊃ 정화) or what Kiwi kept is no catalog word."""
        hits = self._fuzzy(eojeol)
        if not hits or hits[0][1] * 100 < FUZZY_REAL_MIN:
            return False  # over Kiwi's own reading only one jamo away (수거하여 is not 수거함, 돌봄사업의 not 돌봄사업단)
        best = self.terms[hits[0][0]]
        if kiwi_sure:  # 도시랑 is 도시락 (it holds 도시); 주에 is 주 + 에, 배달을 is 배달 + 을, as Kiwi says
            return len(stem) >= 2 and best.startswith(stem) and best != stem
        known = stem in self.words or stem in self.synonyms
        return not known or best.startswith(stem) and best != stem

    def _read_word(self, word: str) -> tuple[str, bool, str, str]:
        """Kiwi's reading of a need word (`morph.read_eojeol`); catalog and synonym-list words stay whole."""
        if hangul.HANGUL_RE.match(word) and word not in self.words and word not in self.synonyms:
            return self._read(word)
        return word, False, "", "noun"

    def _anchors(self, word: str) -> frozenset[int]:
        """Catalog words a need word surely names (not by a guess, not an action or a class noun): what a
        typo beside it is checked against (`_context_typo`)."""
        stem = self._read_word(word)[0]
        return frozenset(a.term_id for c in (self._resolve_eojeol(stem) if stem else ())
                         if c.text not in ACTION_NOUNS and c.text not in CLASS_NOUNS and c.text not in STOPWORDS
                         for a in c.alternatives if a.how not in GUESSES)

    def _context_typo(self, word: str, anchors: set[int], before: Sequence[str] = (),
                      after: Sequence[str] = ()) -> tuple[Alternative, ...]:
        """유리창 청서 → 청소, 명암 인쇄 → 명함, 레이저 토나 → 토너: a word one jamo from a catalog word that a
        product names together with a word right beside it, where Kiwi's language model finds the repaired
        words likelier than the typed ones by TYPO_LM_GAIN (가을 축제 stays, though 마을 축제 is a product).
        Alone, such a word is read as typed: 청서 and 명암 are words of their own."""
        bucket = self._by_len.get(len(word))
        # 명암 제작: beside an act of making or buying, a word products are named by need not share a product with
        # the act's word (명함 (스노우지 250g) never says 제작), which is no anchor anyway
        acted = any(w in MAKING_ACTS or w in BUYING_ACTS for w in (*before, *after))
        if len(word) < 2 or not (anchors or acted) or not bucket or word in self.words:
            return ()
        hits = process.extract(_typo_key(word), bucket[0], scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=FUZZY_KEEP)
        if not hits:
            return ()
        beside = self._docs_of(anchors)
        typed = morph.phrase_score(self.base_kiwi, " ".join([*before, word, *after]))
        gains = []
        for _, score, k in hits:
            tid = bucket[1][k]
            if acted and tid in self._name_heads \
                    or np.intersect1d(self._docs_of((tid,)), beside, assume_unique=True).size:
                gain = morph.phrase_score(self.base_kiwi, " ".join([*before, self.terms[tid], *after])) - typed
                if gain >= TYPO_LM_GAIN:
                    gains.append((gain, tid, score))
        if not gains:
            return ()
        best = max(g for g, _, _ in gains)
        alts = [Alternative(tid, QUALITY["typo"] * score / 100.0, "typo", self.terms[tid])
                for gain, tid, score in sorted(gains, reverse=True) if gain >= best - TYPO_LM_GAIN]
        return tuple(self._with_synonyms(word, alts))

    def _with_synonyms(self, typed: str, alts: list[Alternative]) -> list[Alternative]:
        out = list(alts)
        have = {a.term_id for a in out}
        for word in dict.fromkeys([typed, *(a.via for a in alts)]):
            # true synonyms first: a word they reach is not a mere kind of the typed one
            for syn in sorted(self.synonyms.get(word, ()), key=lambda x: ((word, x) in self._broader, x)):
                for tid, how in self._word_terms(syn):
                    if tid not in have:
                        kind = "broader" if (word, syn) in self._broader else "synonym"
                        q = QUALITY[kind] * (max((a.quality for a in alts), default=1.0) if alts else 1.0)
                        out.append(Alternative(tid, q * (1.0 if how == "exact" else 0.9), kind, self.terms[tid]))
                        have.add(tid)
        return out

    def _word_terms_uncached(self, word: str) -> tuple[tuple[int, str], ...]:
        """A synonym's catalog terms: the word itself, or its head morpheme (출장뷔페 → 뷔페)."""
        if word in self.words:
            return ((self.words[word], "exact"),)
        parts = self.analyses.get(word) or morph.content_morphemes(self.base_kiwi, word)
        if len(parts) < 2 or not all(morph.is_dictionary_word(self.base_kiwi, p) for p in parts):
            return ()  # 플래카드 is not 플래 + 카드
        near = set(self.synonyms.get(word, ())).union(*(self.synonyms.get(x, ()) for x in self.synonyms.get(word, ())))
        if any(fuzz.ratio(_typo_key(word), _typo_key(other)) >= FUZZY_MIN and morph.is_dictionary_word(self.base_kiwi, other)
               for other in near - {word}):
            return ()  # 프랑카드 is 플래카드 misspelt, one word of Kiwi's, not 프랑 + 카드
        # 휴대용컴퓨터 is a 컴퓨터, 버스대절 a 대절: a compound means what its last part means, unless that part is
        # a class noun that leaves the meaning to the word before it (불용물품 → 불용)
        # (방역업체 → 방역: a stop word such as 업체 says who, the word before it says what; 자문용역 → 자문: an act
        # noun such as 용역 says how it is bought)
        head = next((x for x in reversed(parts) if x not in CLASS_NOUNS and x not in STOPWORDS), parts[-1])
        if head in ACTION_NOUNS:  # but 퀵서비스 is a 서비스: one syllable before names no thing
            head = next((x for x in reversed(parts) if x not in CLASS_NOUNS | STOPWORDS | ACTION_NOUNS), head)
            head = head if len(head) >= 2 else parts[-1]
        return (((self.words[head], "part"),) if head in self.words and len(head) >= 2 and head not in STOPWORDS
                else ())

    def _meaning(self, word: str) -> list[Alternative]:
        """Catalog words close in meaning: precomputed neighbours of catalog words, else the word's own
        neighbours that the catalog holds (one CoNg look-up, only for a word nothing else resolved)."""
        near = list(self.neighbours.get(word, ()))
        if not near:
            own = morph.neighbours(self.base_kiwi, [word], top_n=CONG_QUERY_TOP, min_score=CONG_MIN).get(word, [])
            near = [(self.words[w], score) for w, score in own if w in self.words]
        near = sorted(near, key=lambda x: -x[1])[:3]
        key = _typo_key(word)
        sound = [fuzz.ratio(key, _typo_key(self.terms[tid])) for tid, _ in near]
        variants = [Alternative(tid, QUALITY["typo"] * ratio / 100.0, "variant", self.terms[tid])
                    for (tid, _), ratio in zip(near, sound, strict=True) if ratio >= VARIANT_SOUND_MIN
                    and hangul.choseong(self.terms[tid][:1]) == hangul.choseong(word[:1])  # 걸상 is not 책상
                    and not (word.startswith(self.terms[tid]) and morph.is_dictionary_word(self.base_kiwi, word))]
        # 구급차, 세척기, 휴대폰: a word of Kiwi's that goes on past the catalog word is a compound of its own, not a
        # spelling of 구급, 세척, 휴대
        return variants or [Alternative(tid, QUALITY["meaning"] * score, "meaning", self.terms[tid]) for tid, score in near]

    def _resolve_word(self, word: str) -> tuple[Alternative, ...]:
        """One Hangul word → catalog words: exact, synonym, typo, inside a compound, by meaning."""
        alts: list[Alternative] = []
        if word in self.words:
            alts.append(Alternative(self.words[word], QUALITY["exact"], "exact", word))
        elif word not in self.synonyms:
            alts += self._typo_alts(self._fuzzy(word))
        alts = self._with_synonyms(word, alts)
        if not alts and len(word) >= 2 and word in self._inside:
            inside = [t for t in self._inside[word] if self._aligned(word, t)]  # 용지 in 복사용지, not 관용 in 보관용
            top = sorted(inside, key=lambda t: -self._df(t))[:8]
            alts = [Alternative(t, QUALITY["substring"], "substring", self.terms[t]) for t in top]
        if not alts:
            alts = self._meaning(word)
        return tuple(alts)

    def _attested(self, parts: Sequence[Sequence[Alternative]]) -> bool:
        """A compound the catalog attests: some product holds its last part together with another of its parts
        (유리창청소: 유리창 청소). One part alone attests nothing to compare, and is kept."""
        sure = [{a.term_id for a in alts if a.how not in GUESSES} for alts in parts]
        sure = [t for t in sure if t]
        if len(sure) < 2:
            return True
        head = self._docs_of(sure[-1])
        return any(np.intersect1d(head, self._docs_of(other), assume_unique=True).size for other in sure[:-1])

    def _aligned(self, part: str, tid: int) -> bool:
        """`part` is a morpheme of the catalog word (복사용지 = 복사 + 용지), or ends a word Kiwi keeps whole
        (참기름 ⊃ 기름); 관용 straddles 보관 + 용."""
        term = self.terms[tid]
        parts = self.analyses.get(term)
        if not parts or part in parts:
            return True
        return len(parts) == 1 and parts[0] == term and term.endswith(part)

    def _shop_stem(self, word: str, exact_only: bool = False) -> tuple[Alternative, ...]:
        """꽃집 → 꽃, 인쇄소 → 인쇄, 빵집 → 빵, 찻집 → 차, 세차장 → 세차: a shop named by what it sells.
        exact_only: only a stem the catalog or the synonym list holds as a word."""
        for suffix in SHOP_SUFFIXES:
            if not word.endswith(suffix) or len(word) == len(suffix):
                continue
            stem = _without_saisiot(word[: -len(suffix)])
            if len(stem) == 1 and suffix not in SHOP_AFTER_ONE_SYLLABLE:
                continue  # 배관, 업소, 점포: a word, not a shop
            if stem in self.words or stem in self.synonyms:
                alts = self._with_synonyms(stem, [Alternative(self.words[stem], QUALITY["shop"], "shop", stem)]
                                           if stem in self.words else [])
                if alts:
                    return tuple(alts)
            if exact_only:
                continue
            if len(stem) == 1 and stem not in self.words and stem in self._first:
                tids = sorted(self._first[stem], key=lambda t: -self._df(t))[:5]  # 꽃 → 꽃다발, 꽃바구니
                return tuple(Alternative(t, QUALITY["shop"], "shop", self.terms[t]) for t in tids)
            if len(stem) >= 2 and stem in self._inside:  # 기름집 → 참기름, 들기름
                tids = sorted(self._inside[stem], key=lambda t: -self._df(t))[:5]
                return tuple(Alternative(t, QUALITY["shop"], "shop", self.terms[t]) for t in tids)
        return ()

    def _segment(self, token: str) -> list[tuple[str, tuple[Alternative, ...]]] | None:
        """사무실청소용역 → 사무실 청소 용역 when catalog words cover every syllable."""
        n = len(token)
        best: list[tuple[int, list[str]] | None] = [None] * (n + 1)  # fewest pieces, the pieces
        best[0] = (0, [])
        for i in range(n):
            here = best[i]
            if here is None:
                continue
            pieces, path = here
            for j in range(i + 2, min(n, i + 8) + 1):
                piece = token[i:j]
                if piece in self.words:
                    cand = (pieces + 1, [*path, piece])
                    there = best[j]
                    if there is None or cand[0] < there[0]:
                        best[j] = cand
        final = best[n]
        if final is None or len(final[1]) < 2:
            spaced = self._spaced.get(token)
            if spaced is None:
                return None
            final = (len(spaced), list(spaced))
        return [(p, tuple(self._with_synonyms(p, [Alternative(self.words[p], QUALITY["spacing"], "spacing", p)])))
                for p in final[1]]

    def _spelled_letters(self, eojeol: str) -> tuple[Concept, ...]:
        """엑스배너 → x 배너, 엘이디 → led: Latin letters said in Hangul, where the letters are a catalog word and
        what follows reads as one too (or nothing follows)."""
        for letters, rest in hangul.spelled_letters(eojeol):
            tid = self.words.get(letters)
            if tid is None:
                continue
            after = self._resolve_eojeol(rest) if rest else ()
            if rest and not any(c.known for c in after):
                continue
            said = eojeol[: len(eojeol) - len(rest)]
            return (Concept(said, (Alternative(tid, QUALITY["exact"], "variant", letters),)), *after)
        return ()

    def _resolve_eojeol_uncached(self, eojeol: str) -> tuple[Concept, ...]:
        if eojeol in BUYER_PLACES and eojeol not in self.words and eojeol not in self.synonyms:
            return (Concept(eojeol, (), known=False),)  # 주민센터 is where the buyer is, not 주민 + 센터
        if hangul.is_choseong(eojeol):
            return self._resolve_choseong(eojeol)
        if not hangul.HANGUL_RE.match(eojeol):  # A4, KF94, LED, 3M, 20l: exact tokens only
            tid = self.words.get(eojeol)
            exact = self._with_synonyms(eojeol, [Alternative(tid, 1.0, "exact", eojeol)] if tid is not None else [])
            return (Concept(eojeol, tuple(exact), known=bool(exact)),)
        seg = None if eojeol in self.words else self._segment(eojeol)  # 유리창청소: the catalog's own words first
        # 세탁소 in a catalog only as part of a seller's name (늘봄세탁소) still sells 세탁
        shop_first = () if eojeol in self.words and self.words[eojeol] in self._named else \
            self._shop_stem(eojeol, exact_only=True)
        if any(a.how == "shop" for a in shop_first):  # 떡집 sells 떡; with it, the synonyms the catalog holds whole
            # (빵집 → 베이커리, 제빵), not the last part of one it lacks (떡방앗간 → 방앗간, which sells 참기름)
            have = {a.term_id for a in shop_first}
            top = max(a.quality for a in shop_first)  # what the shop word names says no more than its stem
            named = [replace(a, quality=min(a.quality, top)) if a.how != "exact" else a for a in self._resolve_word(eojeol)
                     if (a.how == "exact" or a.via in self.synonyms.get(eojeol, ())) and a.term_id not in have]
            return (Concept(eojeol, (*shop_first, *named)),)
        if not seg and (eojeol in self.words or eojeol in self.synonyms):
            alts = self._resolve_word(eojeol)
            if eojeol in self.words or any(a.how not in GUESSES for a in alts) and not self._parts_say_more(eojeol):
                return (Concept(eojeol, alts, known=bool(alts)),)
            # 꽃집 is a synonym of 꽃, which this catalog lacks: read it as a shop, a typo, a compound
        if shop_first:
            return (Concept(eojeol, shop_first),)  # 세차장 → 세차 before any typo (상장)
        if seg and eojeol in self.synonyms and not self._attested([alts for _, alts in seg]):
            alts = self._resolve_word(eojeol)  # 사무용품: the lexicon knows the whole word, no product holds 사무 용품
            if any(a.how not in GUESSES for a in alts):
                return (Concept(eojeol, alts),)
        if seg:
            if not self._attested([alts for _, alts in seg]):  # 김치냉장고: no product is both, 냉장고 is another thing
                seg = [(p, tuple(Alternative(a.term_id, a.quality * LEXICAL_COMPOUND_SHARE, "part", a.via) for a in alts))
                       for p, alts in seg]
            return tuple(Concept(p, alts) for p, alts in seg)
        spelled = self._spelled_letters(eojeol)
        if spelled:
            return spelled
        tail = morph.bare_stem_tail(self.kiwi, eojeol, self.words)  # 테이블쏘: 쏘 is an unknown noun, not a verb
        whole = () if tail else self._fuzzy(eojeol)  # 텀블더, 소하기: one slipped key in a catalog word
        if whole:
            typos = self._typo_alts(whole)
            return (Concept(eojeol, tuple(self._with_synonyms(eojeol, typos))),)
        shop = self._shop_stem(eojeol)
        if shop:
            return (Concept(eojeol, shop),)
        parts, span = morph.content_spans(self.kiwi, eojeol, self.words)  # the catalog as user dictionary
        parts = [m for m in parts if hangul.HANGUL_RE.match(m)]
        if not parts or parts == [eojeol]:
            alts = self._resolve_word(eojeol)
            if alts:
                return (Concept(eojeol, alts, known=True),)
            slip = self._word_and_slip(eojeol)  # 단체티셔즈: a catalog word and a slipped one, before a slip in a
            lexicon_typo = () if slip[0].known else self._lexicon_typo(eojeol)  # word of the synonym list (프랭카드)
            return (Concept(eojeol, lexicon_typo),) if lexicon_typo else slip
        resolved: list[tuple[str, tuple[Alternative, ...]]] = []
        covered = 0
        for p in parts:
            if p in STOPWORDS or len(p) < 2 and p not in self.words and p not in self.synonyms:
                continue
            alts = self._resolve_word(p)
            covered += len(p) if any(a.how not in GUESSES for a in alts) else 0  # 안마 → 심폐소생술 covers nothing
            resolved.append((p, alts))
        # 소방차 → 소방 + 차: a part of a compound says less than the compound (share of syllables covered),
        # and much less when the compound is a word of its own that the catalog does not hold
        span += len(tail)
        share = min(1.0, covered / span) if span else 0.0
        if morph.is_dictionary_word(self.base_kiwi, eojeol) or not self._attested([a for _, a in resolved if a]):
            share *= LEXICAL_COMPOUND_SHARE
        out = []
        for p, alts in resolved:
            if share < 1.0:
                alts = tuple(Alternative(a.term_id, a.quality * share, "part", a.via) for a in alts)
            out.append(Concept(p, alts, known=bool(alts)))
        if tail:
            out.append(Concept(tail, (), known=False))
        return tuple(out)

    def _word_and_slip(self, eojeol: str) -> tuple[Concept, ...]:
        """단체티셔즈: a catalog word joined to one with a slipped key (티셔즈 → 티셔츠), which Kiwi keeps whole as an
        unknown noun; the longest catalog word first, each part two syllables or more. Nothing else read it."""
        for k in range(len(eojeol) - 2, 1, -1):
            head, rest = eojeol[:k], eojeol[k:]
            for known, slipped in ((head, rest), (rest, head)):
                if known in self.words and (hits := self._fuzzy(slipped)):
                    read = (Concept(known, self._resolve_word(known)),
                            Concept(slipped, tuple(self._with_synonyms(slipped, self._typo_alts(hits)))))
                    return read if known == head else read[::-1]
        return (Concept(eojeol, (), known=False),)

    def _typo_alts(self, hits: list[tuple[int, float]]) -> list[Alternative]:
        """`_fuzzy`'s hits as typo repairs, at the typo quality scaled by their similarity."""
        return [Alternative(tid, QUALITY["typo"] * score, "typo", self.terms[tid]) for tid, score in hits]

    def _choseong_alts(self, cho: str, quality: float) -> list[Alternative]:
        tids = sorted(self._cho.get(cho, []), key=lambda t: -self._df(t))[:8]
        return [Alternative(t, quality * (1.0 - 0.05 * min(k, 5)), "choseong", self.terms[t]) for k, t in enumerate(tids)]

    def _resolve_choseong(self, token: str) -> tuple[Concept, ...]:
        """ㅎㅅㅁ → 현수막; ㅈㄹㅅㅂㅅ → 장례 + 서비스: 초성 of one catalog word, or of two in a row."""
        if len(token) < 2:
            return ()
        alts = self._choseong_alts(token, QUALITY["choseong"])
        if alts:
            return (Concept(token, tuple(alts)),)
        best: tuple[int, int] | None = None
        for k in range(2, len(token) - 1):
            left, right = self._cho.get(token[:k], []), self._cho.get(token[k:], [])
            if left and right:
                dl, dr = self._docs_of(left), self._docs_of(right)
                both = np.intersect1d(dl, dr, assume_unique=True).size
                if best is None or both > best[1]:
                    best = (k, both)
        if best is None:
            # ㄷㅊㅌ → 단체티 → 티셔츠: 초성 of a word of the synonym list, read through the synonyms it has here
            alts = [a for w in self._lexicon_choseong.get(token, [])[:LEXICON_CHOSEONG_KEEP]
                    for a in self._with_synonyms(w, []) if a.how == "synonym"]
            best_of: dict[int, Alternative] = {}
            for a in alts:
                if a.term_id not in best_of or a.quality > best_of[a.term_id].quality:
                    best_of[a.term_id] = replace(a, quality=a.quality * QUALITY["choseong"], how="choseong")
            return (Concept(token, tuple(best_of.values()), known=bool(best_of)),)
        k = best[0]
        return (Concept(token[:k], tuple(self._choseong_alts(token[:k], QUALITY["choseong"] * 0.95))),
                Concept(token[k:], tuple(self._choseong_alts(token[k:], QUALITY["choseong"] * 0.95))))

    def _hanyeong(self, text: str) -> tuple[str, dict[str, str]]:
        """Latin runs that read as catalog words in 두벌식 become Hangul: 'rkqkd' → '가방'."""
        converted: dict[str, str] = {}

        def swap(m: re.Match) -> str:
            run = m.group(0)
            if run.lower() in self.words or run.lower() in self.synonyms \
                    or run.isupper() and len(run) <= ABBREVIATION_MAX:  # XL, LED: a size or an abbreviation
                return run
            for keys in dict.fromkeys([run, run.lower()]):  # Shift gives ㅃ ㅆ …; caps lock does not mean it
                if not hanyeong.looks_mistyped(keys):
                    continue
                word = hanyeong.to_hangul(keys)
                concepts = self._resolve_eojeol(word)
                if any(c.known and any(a.how != "meaning" for a in c.alternatives) for c in concepts):
                    converted[word] = run
                    return f" {word} "
            return run

        return re.sub(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])", swap, text), converted

    def _split_items(self, core: str) -> list[str]:
        parts = [p for p in _ITEM_SPLIT.split(core) if p.strip()]
        out: list[str] = []
        for p in parts:  # 명함이랑 종이 봉투 → 명함 | 종이 봉투
            cur: list[str] = []
            for w in p.split():
                if w in _ITEM_JOINERS and cur:  # 도배 장판 *하고* 방충망: the particle typed apart
                    out.append(" ".join(cur))
                    cur = []
                    continue
                joiner = next((j for j in _ITEM_JOINERS if w.endswith(j) and len(w) > len(j)
                               and (self._item_word(w[: -len(j)]) or _MEASURE.fullmatch(w[: -len(j)]))),
                              None)  # 떡이랑 식혜, 설치와 랜 공사, 원두 2kg이랑 컵
                if joiner and w not in self.words:
                    cur.append(w[: -len(joiner)])
                    out.append(" ".join(cur))
                    cur = []
                else:
                    cur.append(w)
            if cur:
                out.append(" ".join(cur))
        return [piece for p in out for piece in self._split_list(p)]

    def _split_list(self, part: str) -> list[str]:
        """복사용지 토너 메모지, 원두 드립백 머그컵: things named one after another with no joiner are a list when
        every word names what products are sold as (a name ends in it) and no product's name holds two
        neighbours together (커피 원두 is one thing where a name holds both), nor are they one word typed apart
        (떡 케이크). Words that only say buy (구매) stay with the last thing."""
        words = part.split()
        heads = []
        for w in words:  # the first word that is neither a thing nor a word of buying ends it: no list
            h = self._thing_head(w)
            if h < 0 and w not in STOPWORDS and w not in BUYING_ACTS:
                h = self._read_thing(w)
                if h < 0:
                    return [part]
            heads.append(h)
        things = [i for i, h in enumerate(heads) if h >= 0]
        if len(things) < 2:
            return [part]
        cuts = [j for i, j in zip(things, things[1:], strict=False)
                if words[i] + words[j] not in self.words and words[i] + words[j] not in self.synonyms  # 떡 케이크
                and not np.intersect1d(self._named_docs(heads[i]), self._named_docs(heads[j]), assume_unique=True).size]
        if not cuts:
            return [part]
        return [" ".join(words[a:b]) for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True)]

    def _thing_head(self, word: str) -> int:
        """The term a word of a need ends in when products are sold under it (the last word of some name),
        not an act (세탁, 인쇄) nor a buyer's place: -1 otherwise."""
        if word in BUYER_PLACES or word in STOPWORDS or not hangul.HANGUL_RE.match(word):
            return -1
        seg = None if word in self.words else self._segment(word)
        last = seg[-1][0] if seg else word
        tid = self.words.get(last, -1)
        if tid not in self._name_heads or last in ACTION_NOUNS or last in CLASS_NOUNS \
                or self._is_verbal(last) and tid not in self._made_heads:
            return -1
        return tid

    def _read_thing(self, word: str) -> int:
        """`_thing_head` of the catalog word a need word is read as (단체티 → 티셔츠 by the synonym list, 목장갑 → 장갑 by
        its last part, 타올 → 타월 by a typo): a list names things as the officer says them. An act is no thing, whatever
        its synonyms (인쇄 → 출력, 소독 → 방제), and a broader word or a guess by meaning names no one thing."""
        if word in BUYER_PLACES or word in STOPWORDS or not hangul.HANGUL_RE.match(word) or self._is_verbal(word):
            return -1
        concepts = self._resolve_eojeol(word)
        if not concepts:
            return -1
        for a in sorted(concepts[-1].alternatives, key=lambda a: -a.quality):
            if a.how == "part" and not word.endswith(concepts[-1].text):
                continue  # 제본기 goes on past 제본 (a machine for it): no 제본 is named
            if a.how in LIST_READINGS and (tid := self._thing_head(self.terms[a.term_id])) >= 0:
                return tid
        return -1

    def _named_docs(self, tid: int) -> np.ndarray:
        """Products whose name (outside brackets) holds the term."""
        return self._name_post[self._name_post_ptr[tid]:self._name_post_ptr[tid + 1]]

    def _acted_on(self, item: Item) -> Concept | None:
        """What an act the item names is done to (*정화조* 청소, *반려견* 미용): the word just before a head that
        names an act, in the head's own phrase. A product that does the act to something else does not fit."""
        at = next((i for i, c in enumerate(item.concepts) if c.head), -1)
        if at < 1:
            return None
        head = item.concepts[at]
        read = max(head.alternatives, key=lambda a: a.quality).via if head.alternatives else head.text  # 베게 → 베개
        if not self._is_activity(read):
            return None
        while at > 1 and self._is_activity(item.concepts[at - 1].text):  # 승마 *체험* 프로그램: what is experienced
            at -= 1
        before = item.concepts[at - 1]
        return before if before.in_head_phrase and not before.context and before.weight >= 1.0 else None

    def _dangles(self, word: str) -> bool:
        """보내게, 주시고: the word ends in a connective ending (EC), which ends no request."""
        toks = self._base_tokens(word)
        return bool(toks) and toks[-1][1] == "EC"

    def _adnominal(self, word: str) -> bool:
        """가능한, 만드는: the word ends in an adnominal ending (ETM), so its clause describes the noun after it."""
        toks = self._base_tokens(word)
        return bool(toks) and toks[-1][1] == "ETM"

    def _qualifier(self, word: str) -> bool:
        """어린이용, 펌프형: a noun and a suffix of purpose or type (`QUALIFYING_SUFFIXES`)."""
        toks = self._base_tokens(word)
        return (len(toks) >= 2 and toks[-1][1] == "XSN" and toks[-1][0] in QUALIFYING_SUFFIXES
                and toks[-2][1].startswith("NN"))

    def _act_gains_uncached(self, word: str) -> tuple[float, float]:
        """How much likelier Kiwi's language model finds 'X하는 업체' and 'X를 운영하는 업체' than 'X를 파는 업체', in
        nats: a noun of an act (수거 +8, 설치 +11; 현수막 +0.3, 냉장고 −3) or of something run (교실, 프로그램)."""
        if len(word) < 2 or not hangul.HANGUL_RE.match(word):
            return (-np.inf, -np.inf)
        particle = "을" if (ord(word[-1]) - 0xAC00) % 28 else "를"
        sold = morph.phrase_score(self.base_kiwi, f"{word}{particle} 파는 업체")
        # only where Kiwi hears the word and 하다 (청소+하+는): 스테이플러하 read as one proper noun is no act of stapling
        verb = any(t.form == "하" and t.tag in ("XSV", "VV") for t in self.base_kiwi.tokenize(f"{word}하는 업체"))
        return ((morph.phrase_score(self.base_kiwi, f"{word}하는 업체") - sold) if verb else -np.inf,
                morph.phrase_score(self.base_kiwi, f"{word}{particle} 운영하는 업체") - sold)

    def _is_verbal(self, word: str) -> bool:
        """정비, 수거, 관리: a noun that names an act."""
        return self._act_gains(word)[0] >= VERBAL_NOUN_GAIN

    def _is_activity(self, word: str) -> bool:
        """An act (청소, 수리) or something run for people rather than sold (체험, 교실, 프로그램, 캠프)."""
        return max(self._act_gains(word)) >= ACTIVITY_GAIN

    def _service_of_uncached(self, name: str) -> int:
        """The term id of the act a product's name ends in (정수기 살균 *관리*) or of what it runs for people (카누
        체험 *프로그램*: no canoe is sold), or -1 for goods and made-to-order products (현수막 *제작*)."""
        words = [w for w in hangul.tokens(_BRACKETS.sub(" ", name)) if hangul.HANGUL_RE.match(w)]
        last = words[-1] if words else ""
        made = last in MAKING_ACTS or (self.analyses.get(last) or ("",))[-1] in MAKING_ACTS  # 실사*출력*
        if not last or made or not (last in ACTION_NOUNS or self._is_activity(last)):
            return -1
        return self.vocab.get(last, -1)

    def _buys_uncached(self, text: str) -> bool:
        """The need says 사다, the plain verb of buying (새로 *사서* 달려고, *살* 수 있는 곳), read by Kiwi in context
        (도서관 *사서* is a librarian)."""
        return any(t.form == "사" and t.tag == "VV" for t in self.base_kiwi.tokenize(text[:MAX_NEED_CHARS]))

    def _spaced_word(self, joined: str) -> bool:
        """사 무 용 품 → 사무용품: syllables typed apart are one word when the catalog (or the synonym list) reads it."""
        return joined in self.words or joined in self.synonyms or bool(self._segment(joined)) or bool(self._fuzzy(joined))

    def _asks_goods(self, q: ParsedQuery, item: Item) -> bool:
        """The item is goods to buy: a buying word or a count of things, and no act of its own. Korean puts the
        act asked for at or after the item (에어컨 12대 *세척*, 데이터 *삭제*); an act before it describes the item (*대기*용 소파,
        대여소에 *배치*할 자전거)."""
        head = next((i for i, c in enumerate(item.concepts) if c.head), -1)
        return bool(_GOODS_CUE.search(q.raw) or self._buys(q.raw)) and not any(
            c.text in ACTION_NOUNS and c.text not in BUYING_ACTS or c.text not in BUYING_ACTS and self._is_verbal(c.text)
            for c in item.concepts[max(head, 0):] if not c.context)

    @staticmethod
    def _asked_acts(item: Item) -> tuple[int, ...]:
        """The kinds of act (`ACT_KINDS`) the item asks for: a word of its own from the head on that ends in one
        (수리, 유지보수, 정기검사). An act before the head describes the thing (*대여*용 한복)."""
        head = next((i for i, c in enumerate(item.concepts) if c.head), 0)
        return tuple(k for k, kind in enumerate(ACT_KINDS)
                     if any(c.text.endswith(kind) for c in item.concepts[head:] if not c.context and c.in_head_phrase))

    def _asked_devices(self, item: Item) -> tuple[str, ...]:
        """Machines the item asks for: a word from the head's on that is or ends in a machine noun (`DEVICE_NOUNS`:
        커피*머신*) or is an act's noun with 기 (세척기, 코팅기, 제조기). Korean names the thing last, so a machine after
        the head word (떡 뽑는 *기계*) is what is asked, whatever the head was read as; one before it is what the thing
        is for (커피머신용 원두)."""
        head = next((c.text for c in item.concepts if c.head), "")
        words = item.text.split()
        start = max((i for i, w in enumerate(words) if head and head in w), default=0)
        found = []
        for w in words[start:]:
            machine = next((d for d in DEVICE_NOUNS if w.endswith(d)), "") or self._device(w)
            if machine:
                found.append(machine)
        return tuple(dict.fromkeys(found))

    def _device_uncached(self, word: str) -> str:
        """The machine a word names, by its last part: 세척기 in 식기세척기, 소화기 in 분말소화기, 코팅기 (코팅 + 기): 기
        after a noun of an act makes a machine. 보내기, 주시기 are verbs made nouns (Kiwi's ETN): ''."""
        if len(word) < 3 or not word.endswith("기") or not hangul.HANGUL_RE.match(word):
            return ""
        toks = self.base_kiwi.tokenize(word)
        if len(toks) >= 2 and toks[-1].tag == "XSN" and toks[-1].form == "기":
            machine = toks[-2].form + "기"
        elif toks[-1].tag in ("NNG", "NNP") and toks[-1].form.endswith("기") and len(toks[-1].form) >= 3:
            machine = toks[-1].form
        elif toks[-1].tag != "ETN":  # Kiwi split the act's noun itself (세 + 단 + 기, 각 + 인기): the word as typed
            machine = word
        else:
            return ""
        return machine if len(machine) >= 3 and self._is_verbal(machine[:-1]) else ""

    def _offers_devices(self, docs: np.ndarray, devices: tuple[str, ...]) -> np.ndarray:
        """Whether each product's own words (name, category, spec, description) name every machine asked for, and not
        only as what it is for (식기세척기 *전용* 세제)."""
        if not devices or not len(docs):
            return np.ones(len(docs), bool)
        own = self.catalog[docs.tolist()].select(pl.concat_str(
            [pl.col(c).fill_null("").cast(pl.String) for c in ("name", "category", "spec", "description")],
            separator=" ")).to_series()
        named = [re.compile(re.escape(dev) + _FOR_A_DEVICE) for dev in devices]
        return np.array([all(p.search(text) for p in named) for text in own.to_list()], bool)

    def _item_word(self, word: str) -> bool:
        """A word the catalog or the synonym list knows, and not a one-syllable function word."""
        return (word in self.words or word in self.synonyms) and (
            len(word) > 1 or not hangul.HANGUL_RE.match(word) or word in self.synonyms
            or word not in FUNCTION_SYLLABLES)

    def parse(self, text: str, budget: int | None = None) -> ParsedQuery:
        cleaned, problem = clean_need(text)
        if problem and problem != "too_long":
            return ParsedQuery(text or "", "", (), budget=budget, problem=problem)
        cleaned = hangul.amounts_in_digits(cleaned)  # 장당 만원 이하: a price like 10000원
        budget = budget if budget is not None else hangul.parse_money(cleaned)
        cap = hangul.parse_price_cap(cleaned)
        sized = _TIMES.sub(r"\1 ", _SIZED.sub(" ", hangul.without_said(cleaned, cap.said) if cap else cleaned))
        core, converted = self._hanyeong(sized)  # before lower-casing: Shift is a key
        core = hangul.strip_quantities(core)
        gus: set[str] = set()
        dongs: set[str] = set()
        places: list[str] = []
        items: list[Item] = []
        words_all: list[str] = []
        parts = self._split_items(core)
        pieces: list[_Piece] = []
        for part in parts:
            toks = [t for segment in _NOTE_SPLIT.split(part)
                    for t in ([_NOTE_OPEN, *self._part_tokens(segment[1:-1]), _NOTE_CLOSE]
                              if _NOTE_SPLIT.fullmatch(segment) else self._part_tokens(segment))]
            toks = self._join_leading_syllables(hangul.join_spaced_syllables(toks, self._spaced_word))
            words: list[str] = []
            for t in toks:
                if t in (_NOTE_OPEN, _NOTE_CLOSE):
                    words.append(t)
                elif t in self.gu_words:
                    gus.add(self.gu_words[t])
                elif t in self.dong_words and t not in self.words:
                    dongs.update(self.dong_words[t])
                    places.append(t)
                elif t not in self.words and t not in self.synonyms and t in self._address_words:
                    places.append(t)
                elif len(t) == 1 and words and words[-1] + t in self.words:
                    words[-1] += t  # 현수 막 → 현수막: a syllable split off a catalog word
                elif t in CLAUSE_NOUNS and words:
                    words.append(_CLAUSE_END)  # 현장 확인 *후* 방수 공사: what comes before is another clause
                elif t in STOPWORDS or (len(t) == 1 and hangul.HANGUL_RE.match(t) and not self._item_word(t)):
                    continue
                else:
                    words.append(t)
            words = self._merge_split_words(words)
            shown = [w for w in words if w not in _MARKS]
            words_all += shown
            concepts: list[Concept] = []
            candidates: list[int] = []  # concepts that can name the item (known nouns, unknown non-predicate nouns)
            phrase_of: list[int] = []  # noun phrase of each concept: a particle or a predicate closes a phrase
            in_predicate: list[bool] = []  # 배달(해 주실): a noun of a predicate names the item less often
            qualifying: list[bool] = []  # 어린이용, 펌프형: a word that says what a thing is for or of which type
            phrase = 0
            objects: set[int] = set()  # phrases closed by 을/를: what the request is about
            time_clauses: set[int] = set()  # phrases closed by a noun of time (전에, 후, 때): when, not what
            modifying: set[int] = set()  # phrases closed by an adnominal verb (상담 *가능한*, 에코백 *만드는*)
            scene_from = 0  # the first phrase after the last clause of background (…하는데)
            anchors = [self._anchors(w) if w not in _MARKS else frozenset() for w in words]
            tail: list[Concept] = []  # the nouns since the last predicate: what a list's part names
            said_before = said_after = False  # a predicate before those nouns; one after them
            for i, w in enumerate(words):
                if w == _NOTE_OPEN:
                    phrase += 1
                    continue
                if w == _NOTE_CLOSE:
                    time_clauses.add(phrase)  # the note: like a clause of time, it names the item last
                    phrase += 1
                    continue
                if w == _CLAUSE_END:
                    time_clauses.add(phrase)
                    phrase += 1
                    said_after = True  # 행사 *때* (쓸) 답례떡: the clause before is the scene, not the item
                    continue
                # 점심을 → 점심 (closes its phrase), 배달해 → a predicate; catalog words stay whole
                stem, predicate, ends, sure = self._read_word(w)
                if sure == "verb" and self._sounds_as_word(w):
                    stem, predicate, ends, sure = w, False, "", ""  # 걸래 대량 구매: 걸레 misspelt, not 걸 + 래
                if _sets_the_scene(words[i - 1] if i else "", w) and w not in self.words:
                    time_clauses.update(range(scene_from, phrase + 1))  # 교육을 진행하는데 (장우산 구매): the
                    scene_from = phrase + 1  # clause before -는데 is the background, like a clause of time
                    ends = ends or "other"
                if w in self.words and not (len(w) > 1 and self.words[w] in self._named) and hangul.HANGUL_RE.match(w) \
                        and self._names_nothing(words[i - 1] if i else "", w, words[i + 1] if i + 1 < len(words) else ""):
                    stem, predicate, ends, sure = "", True, "other", "verb"  # 찢어진 곳, 소독해 줄: no noun
                    # (a word of two syllables or more that products are named by is a noun, however Kiwi reads it:
                    # 예초 작업 is no 예 + 초; one syllable may be grammar: 소독해 *줄*, though 리본 줄 is a product)
                if stem in CLAUSE_NOUNS and ends:
                    time_clauses.add(phrase)  # 사용 *전에*, 행사 *때에*: the phrase says when, not what
                if len(stem) == 1 and stem in FUNCTION_SYLLABLES and stem not in self.synonyms:
                    stem = ""  # 전까지, 곳이: Kiwi's noun, but grammar or vagueness
                if sure == "verb" and all(x in _MARKS for x in words[i + 1:]) and self._dangles(w):
                    sure = ""  # 숙소 베게: a verb with a connective ending ends nothing; maybe a typo (베개)
                if stem != w and sure != "verb" and self._typo_reads_more(w, stem, sure == "noun"):
                    stem, predicate = w, False  # 텀블더, 소하기, 정화죠: a typo Kiwi reads as an ending
                resolved = self._resolve_eojeol(stem) if stem else ()
                if sure != "verb" and hangul.HANGUL_RE.match(w) \
                        and not any(a.how not in GUESSES for c in resolved for a in c.alternatives):
                    beside = set().union(*anchors[max(0, i - 1):i], *anchors[i + 1:i + 2])  # the words beside it
                    for typed in dict.fromkeys((stem, w) if stem else (w,)):
                        typos = self._context_typo(typed, beside, words[max(0, i - 1):i], words[i + 1:i + 2])
                        if typos:
                            stem, predicate, resolved = typed, False, (Concept(typed, typos),)
                            break
                said_after = said_after or predicate or not stem
                if predicate and self._adnominal(w):
                    modifying.add(phrase)  # 노무 상담 가능한 (노무사 사무소): the clause describes the noun after it
                if not stem:
                    if ends:
                        phrase += 1
                    continue
                if ends == "object":
                    objects.add(phrase)
                for c in resolved:
                    if c.text in STOPWORDS:
                        continue
                    typed = converted.get(w, "")
                    # a class noun the lexicon reads as its kinds (비품 → 책상, 의자) names things itself
                    # (유지관리 → 관리용역: a word that reaches only the catalog's acts names an act too, not the item)
                    sure_alts = [a for a in c.alternatives if a.how not in GUESSES]
                    weight = ACTION_WEIGHT if c.text in ACTION_NOUNS or c.text in CLASS_NOUNS and not any(
                        a.how in ("synonym", "broader") for a in c.alternatives) or sure_alts and all(
                        self.terms[a.term_id] in ACTION_NOUNS for a in sure_alts) else 1.0
                    # 초성 (ㅌㅂㄹ) stand for a Hangul word and may name the item as well as it would
                    if weight == 1.0 and (hangul.HANGUL_RE.match(c.text) or hangul.is_choseong(c.text)) \
                            and (c.known or not predicate) and c.text not in SPEC_NOUNS:
                        candidates.append(len(concepts))  # an unknown noun of a predicate is context
                    concepts.append(Concept(c.text, c.alternatives, weight, c.known, typed,
                                            purpose=stem.endswith(PURPOSE_SUFFIX) and c.text != stem))
                    if not predicate:
                        if said_after:
                            tail, said_before, said_after = [], True, False
                        tail.append(concepts[-1])
                    phrase_of.append(phrase)
                    in_predicate.append(predicate)
                    qualifying.append(self._qualifier(c.text))
                if ends:
                    phrase += 1
            if concepts:
                concepts = self._mark_head(concepts, candidates, phrase_of, in_predicate, objects, time_clauses,
                                           modifying, qualifying)
            if concepts:
                items.append(Item(" ".join(shown), tuple(concepts)))
                pieces.append((items[-1].text, tuple(tail), said_before, said_after))
        known_items = [it for it in items if any(c.known and c.weight >= 1.0 for c in it.concepts)]
        if len(known_items) >= 2:
            # context-only parts join the nearest item instead of being an item of their own
            items = self._carry_acts(self._carry_modifiers(known_items))
        elif items:  # one item; the other parts only set the scene (…, 이틀 설치): their heads are not the item's
            items = [Item(" ".join(it.text for it in items), tuple(
                c if not known_items or it in known_items or (c.known and not c.head) else
                replace(c, weight=1.0 if c.head else c.weight, head=False, context=not c.known, in_head_phrase=False)
                for it in items for c in it.concepts))]
        return ParsedQuery(text, " ".join(words_all), tuple(items), frozenset(gus), frozenset(dongs),
                           tuple(places), budget, problem, tuple((k, w) for w, k in converted.items()),
                           *self._listed(pieces, bool(known_items), cleaned), cap)

    @staticmethod
    def _listed(pieces: list[_Piece], answered: bool, text: str
                ) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
        """A need that lists its items (답례떡 100개랑 식혜 50병 사려고요): each part ends in a short noun phrase; a
        scene may open the first (행사 때 쓸 답례떡) and the request close the last, but a part that says something
        elsewhere (리모델링이 끝나는데, 퇴임식이 27일이라 받아야) makes it a sentence, not a list; so do several
        sentences. Each part must name a thing: a Hangul noun of two syllables or more, not only a guessed repair of a
        typo (설치 가능한), and not a unit glued to a number (7월 1*주차*, 양은 500kg, L 40장). Returns the items with
        their nouns, and those of them the catalog has no word for (when another item is answered)."""
        if len(pieces) < 2 or _SENTENCE_END.search(text):
            return (), ()
        last = len(pieces) - 1

        def names_a_thing(c: Concept) -> bool:
            return (c.weight >= 1.0 and len(c.text) > 1 and bool(hangul.HANGUL_RE.match(c.text))
                    and not re.search(rf"\d\s*{re.escape(c.text)}", text)
                    and not (c.alternatives and all(a.how in ("typo", "variant") for a in c.alternatives)))

        for k, (_, tail, before, after) in enumerate(pieces):
            if not tail or len(tail) > MAX_LISTED_NOUNS or before and k > 0 or after and k < last \
                    or not any(names_a_thing(c) for c in tail):
                return (), ()
        listed = tuple((item, " ".join(c.text for c in tail)) for item, tail, _, _ in pieces)
        unread = tuple(nouns for (_, tail, _, _), (_, nouns) in zip(pieces, listed, strict=True)
                       if not any(c.known for c in tail))
        return listed, unread if answered else ()

    @staticmethod
    def _carry_acts(items: list[Item]) -> list[Item]:
        """천막이랑 의자 *대여*, 에어컨 및 냉장고 *수리*: an act named after the last item (`ACT_KINDS`) is asked of every
        item of the list that names no act of its own."""
        last = items[-1].concepts
        h = next((i for i, c in enumerate(last) if c.head), len(last))
        acts = tuple(c for c in last[h + 1:] if not c.context and c.text.endswith(_ACT_WORDS))
        if not acts:
            return items
        return [it if any(c.text.endswith(_ACT_WORDS) for c in it.concepts) else Item(it.text, it.concepts + acts)
                for it in items[:-1]] + [items[-1]]

    @staticmethod
    def _carry_modifiers(items: list[Item]) -> list[Item]:
        """사무용 책상, 의자 → the chair is an office chair too: the known words before the first item's head
        join each later item that is only a head, at MODIFIER_CARRY of their weight."""
        first = items[0].concepts
        h = next((i for i, c in enumerate(first) if c.head), None)
        mods = [replace(c, weight=c.weight * MODIFIER_CARRY) for c in first[:h] if c.known and not c.context] if h else []
        if not mods:
            return items
        return [items[0]] + [Item(it.text, tuple(mods) + it.concepts) if len(it.concepts) == 1 else it
                             for it in items[1:]]

    @staticmethod
    def _mark_head(concepts: list[Concept], candidates: list[int], phrase_of: list[int],
                   in_predicate: list[bool], objects: Container[int] = (),
                   time_clauses: Container[int] = (), modifying: Container[int] = (),
                   qualifying: Sequence[bool] = ()) -> list[Concept]:
        """The item is the head (last noun) of one noun phrase: of the phrases, one that does not say when (사용
        *전에*), then one that is no clause describing the noun phrase right after it (상담 *가능한* 노무사 사무소: the
        office is asked for), then the one whose head the catalog knows best, a noun phrase before a verb's own noun,
        the object (방충망을 바꾸려) on a tie, then the later (the item comes just before 찾습니다). Unknown words of the
        other phrases set the scene (다음 주 민원실 리모델링 끝나면 …) and do not lower the confidence; so do unknown
        nouns of a predicate (부탁드립니다) and sizes the catalog lacks (5x5)."""
        heads: dict[int, int] = {}
        for i in candidates:
            p = phrase_of[i]
            if p not in heads or concepts[i].text not in PACKING_WORDS and not (
                    qualifying and qualifying[i] and concepts[heads[p]].known):
                heads[p] = i  # the last candidate of each phrase, but not a set word after a thing (마이크 세트), nor
                # a word that qualifies a thing the catalog knows (스케치북 어린이용; 거리 게시용 is no thing's)
        if not heads:
            return concepts
        best = max(heads, key=lambda p: (p not in time_clauses, p not in modifying or p + 1 not in heads,
                                         max((a.quality for a in concepts[heads[p]].alternatives), default=0.0),
                                         not in_predicate[heads[p]], p in objects, p))
        h = heads[best]
        out = []
        for i, x in enumerate(concepts):
            weight = HEAD_BOOST if i == h else x.weight
            out.append(Concept(x.text, x.alternatives, weight, x.known, x.typed, i == h,
                               context=not x.known and (phrase_of[i] != best or in_predicate[i]
                                                        or bool(_SPEC_TOKEN.search(x.text) or _SIZE_TOKEN.match(x.text))
                                                        or x.text in BUYER_PLACES),
                               in_head_phrase=phrase_of[i] == best, purpose=x.purpose))
        return out

    def _straddles(self, joined: str, boundary: int) -> bool:
        """The catalog's words cover `joined` with one across the space (사무 용품 → 사무용품, 현수 막대 → 현수막 대);
        경로당 김치냉장고 keeps its space: joining would only split 김치냉장고."""
        seg = self._segment(joined)
        if not seg:
            return False
        ends = np.cumsum([len(piece) for piece, _ in seg])
        return boundary not in ends

    def _parts_say_more(self, word: str) -> bool:
        """A compound of the synonym list that the catalog lacks, with no synonym the catalog holds whole, whose
        parts are all catalog words of two syllables or more: 직장내괴롭힘예방교육 is 직장 괴롭힘 예방 교육, not just
        the 교육 that its synonym 갑질예방교육 ends in. (물휴지 keeps its synonym 물티슈 → 티슈: 물 is one syllable.)"""
        if any(s in self.words for s in self.synonyms.get(word, ())):
            return False
        parts = morph.content_morphemes(self.base_kiwi, word)
        return len(parts) >= 2 and all(len(p) >= 2 and p in self.words for p in parts)

    def _part_tokens(self, text: str) -> list[str]:
        """Tokens of a stretch of a need; 송천1동 stays one token (tokens would split off its number) and is read
        like any 동."""
        return [t for piece in _NUMBERED_DONG.split(text)
                for tok in ([piece] if piece in self.dong_words else hangul.tokens(piece))
                for t in self._place_and_word(tok)]

    def _place_and_word(self, token: str) -> tuple[str, ...]:
        """효자동꽃집 → 효자동, 꽃집: a 동 typed onto what is bought there, when the rest is a word the catalog, the
        synonym list or a shop name reads (덕진동물병원 keeps its 동물병원)."""
        if token in self.dong_words or token in self.words or not hangul.HANGUL_RE.match(token):
            return (token,)
        for end in range(len(token) - 1, 1, -1):
            place, rest = token[:end], token[end:]
            if place.endswith("동") and place in self.dong_words and (
                    rest in self.words or rest in self.synonyms or self._shop_stem(rest, exact_only=True)):
                return place, rest
        return (token,)

    def _join_leading_syllables(self, toks: list[str]) -> list[str]:
        """장 바구니 → 장바구니: a syllable split off the front of a catalog word (one split off its end, 현수 막, is
        joined as the words are read), before it is dropped as grammar."""
        out: list[str] = []
        for t in toks:
            if out and len(out[-1]) == 1 and hangul.HANGUL_RE.match(out[-1]) and out[-1] + t in self.words:
                out[-1] += t
            else:
                out.append(t)
        return out

    def _merge_split_words(self, words: list[str]) -> list[str]:
        """'사무 용품' → '사무용품', 'a 용지' → 'a용지' when only the joined word is in the catalog."""
        out: list[str] = []
        i = 0
        while i < len(words):
            joined = words[i] + words[i + 1] if i + 1 < len(words) else ""
            if joined and hangul.HANGUL_RE.match(joined) and (
                    joined in self.words or (words[i] not in self.words or words[i + 1] not in self.words)
                    and self._straddles(joined, len(words[i]))
                    or words[i] not in self.words and words[i + 1] not in self.words
                    and not any(morph.is_dictionary_word(self.base_kiwi, x) for x in words[i:i + 2])
                    and self._fuzzy(joined)  # 손소 독젤, but not 관용차 장기
                    or self._lexicon_compound(joined, words[i:i + 2])):
                out.append(joined)
                i += 2
            else:
                out.append(words[i])
                i += 1
        return out

    def _lexicon_compound(self, joined: str, pair: Sequence[str]) -> bool:
        """핸드 새니타이저 → 핸드새니타이저: a word of the synonym list typed in two, one of which reads as nothing
        on its own (only a guess reaches the catalog from it), when a synonym of the whole word is a catalog word
        (손소독제). 카페트 세탁 stays: its synonym 카펫청소 would reach only 청소."""
        return any(syn in self.words for syn in self.synonyms.get(joined, ())) and any(
            not any(a.how not in GUESSES for c in self._resolve_eojeol(w) for a in c.alternatives) for w in pair)

    # ---- scoring ----------------------------------------------------------------------------
    def _concept_scores(self, c: Concept) -> tuple[np.ndarray | None, np.ndarray | None, float]:
        """Best contribution per document for one concept, which alternative gave it, and the most possible."""
        own = [a for a in c.alternatives if a.how not in ("synonym", "meaning", "broader")] or list(c.alternatives)
        idf_ref = max(float(self.idf[a.term_id]) for a in own) if own else self.max_idf
        possible = idf_ref * W_MAX * c.weight
        if not c.alternatives:
            return None, None, possible
        arr = np.zeros(self.n_docs, np.float32)
        which = np.full(self.n_docs, -1, np.int16)
        for k, a in enumerate(c.alternatives):
            lo, hi = self.term_ptr[a.term_id], self.term_ptr[a.term_id + 1]
            docs = self.post_doc[lo:hi]
            contrib = self.post_w[lo:hi] * (idf_ref * a.quality * c.weight)
            better = contrib > arr[docs]
            arr[docs[better]] = contrib[better]
            which[docs[better]] = k
        return arr, which, possible

    def _coverage(self, docs: np.ndarray, matched_tids: list[set[int]], field_name: str) -> np.ndarray:
        """The idf-weighted share of each product's field (name or category) that the need's words reached."""
        ptr, tid = getattr(self, f"_{field_name}_ptr"), getattr(self, f"_{field_name}_tid")
        starts, lengths = ptr[docs], ptr[docs + 1] - ptr[docs]
        if not len(docs) or not lengths.sum():
            return np.zeros(len(docs), np.float64)
        owner = np.repeat(np.arange(len(docs)), lengths)  # the product (by position in docs) of each field term
        first = np.cumsum(lengths) - lengths  # where each product's terms begin in the flat list
        ts = tid[np.repeat(starts - first, lengths) + np.arange(int(lengths.sum()))]
        n_terms = len(self.terms)
        wanted = np.fromiter((k * n_terms + t for k, got in enumerate(matched_tids) for t in got), np.int64)
        hit = np.isin(owner.astype(np.int64) * n_terms + ts, wanted)
        w = self.idf[ts].astype(np.float64)
        total = np.bincount(owner, weights=w, minlength=len(docs))
        reached = np.bincount(owner, weights=np.where(hit, w, 0.0), minlength=len(docs))
        return np.divide(reached, total, out=np.zeros(len(docs), np.float64), where=total > 0)

    def _search_item(self, q: ParsedQuery, item: Item, limit: int, mask, place_filter: bool,
                     per_enterprise: int) -> tuple[list[Match], np.ndarray]:
        """Ranked matches of one item of a need, and the no-match model's features (`FEATURES`) of the products
        in order of fit alone: the first row decides whether anything fits. A unit price the need sets (개당 1천원
        이하) reorders what is shown, never that decision: a dearer product is still the thing asked for."""
        total = np.zeros(self.n_docs, np.float32)
        possible_known = 0.0
        possible_phrase = 0.0  # known words of the head's own noun phrase (배관을 뚫어 주실: not 청사 1층 구내식당)
        unknown_mass = 0.0
        scored: list[tuple[Concept, np.ndarray, np.ndarray, float]] = []
        head = -1  # Korean is head-final: the last item word (not an action noun) names the item
        for c in item.concepts:
            arr, which, pos = self._concept_scores(c)
            if c.known:
                possible_known += pos
                possible_phrase += pos if c.in_head_phrase else 0.0
            elif not c.context:
                unknown_mass += self.max_idf * c.weight
            if arr is not None:
                assert which is not None  # _concept_scores returns both arrays or neither
                total += arr
                scored.append((c, arr, which, pos / W_MAX))
                if c.head:
                    head = len(scored) - 1
            elif c.head:
                head = -2  # the head word is unknown
        if possible_known == 0.0 or not scored:
            return [], np.zeros((0, len(FEATURES)))
        ranked = total.copy()
        if mask is not None:
            ranked = np.where(mask, ranked, 0.0).astype(np.float32)
        place = self._place_mask(q)
        if place is not None and place_filter:
            ranked = np.where(place, ranked, 0.0).astype(np.float32)
        elif place is not None:
            ranked = ranked * np.where(place, 1.0 + PLACE_BOOST, 1.0).astype(np.float32)
        pool = min(RERANK_POOL, int(np.count_nonzero(ranked)))
        if pool == 0:
            return [], np.zeros((0, len(FEATURES)))
        top = np.argpartition(-ranked, pool - 1)[:pool] if pool < self.n_docs else np.arange(self.n_docs)
        top = top[ranked[top] > 0]
        # product-side coverage: how much of the name (or category) the need accounts for
        matched = [{c.alternatives[w].term_id for c, _, wh, _ in scored if (w := int(wh[d])) >= 0} for d in top]
        name_cov = self._coverage(top, matched, "name")
        cat_cov = self._coverage(top, matched, "category")
        dcov = np.maximum(name_cov, cat_cov)
        fine = ranked[top] / possible_known * (1.0 + 0.25 * name_cov) + 0.01 * self._cert[top]
        if head >= 0:  # a product that is the thing asked (판두부 for 두부) before one that only holds it (두부 만들기 체험)
            wanted = np.array([a.term_id for a in scored[head][0].alternatives if a.how != "meaning"], dtype=np.int32)
            fine = fine * (1.0 + NAME_HEAD_BOOST * (np.isin(self._doc_head[top], wanted) | np.isin(self._doc_head_part[top], wanted)))
        names = self.catalog["name"]
        asks_goods = self._asks_goods(q, item)
        # goods asked (그림책 50권): a service or a programme the need names no act of (그림책 읽어주기 *프로그램*) is
        # another kind of product, after every product of the kind asked, however well its words fit
        # (다회용컵 *대여* 세척 does rent what is asked)
        services = np.array([self._service_of(names[int(d)]) for d in top] if asks_goods else [-1] * len(top))
        other_kind = services >= 0
        if other_kind.any():
            acts_reached = [a.term_id for c in item.concepts for a in c.alternatives
                            if self._is_verbal(self.terms[a.term_id])]
            other_kind &= np.array([not np.isin(self._name_tid[self._name_ptr[d]:self._name_ptr[d + 1]], acts_reached).any()
                                    for d in top], bool)
        chosen = self._diverse(top[np.lexsort((-fine, other_kind))], limit, per_enterprise)
        shown = chosen  # the order the officer sees; `chosen` (by fit alone) decides whether anything fits
        over = np.zeros(len(top), bool)
        if q.price_cap is not None:
            over = self._price[top] > q.price_cap.amount
            if over.any():
                shown = self._diverse(top[np.lexsort((-np.where(over, fine * PRICE_OVER_SHARE, fine), other_kind))],
                                      limit, per_enterprise)
                chosen = np.concatenate([chosen, shown[~np.isin(shown, chosen)]])
        pos_of = {int(d): k for k, d in enumerate(top)}
        known_mass = possible_known / W_MAX
        head_known = 0.0 if head == -2 or head >= 0 and all(a.how == "meaning" for a in scored[head][0].alternatives) else 1.0
        open_words = sum(1 for c in item.concepts if not c.known and not c.context and c.weight >= 1.0)
        feats = np.zeros((len(chosen), len(FEATURES)), np.float64)
        acts = [int(services[pos_of[int(d)]]) for d in chosen]
        asked = self._asked_acts(item)
        offers_devices = self._offers_devices(chosen, self._asked_devices(item))
        acted_on = self._acted_on(item)
        acted_on_at = next((k for k, (c, _, _, _) in enumerate(scored) if c is acted_on), -1)
        # reached only by a CoNg neighbour, the object is as unknown as a word with no reading (시스템 *에어컨* 청소)
        acted_on_guessed = acted_on is not None and all(a.how == "meaning" for a in acted_on.alternatives)

        def asked_terms(d: int) -> set[int]:
            """The catalog words the item's own words reached in product d, not those it is for (수업*용*)."""
            return {c.alternatives[w].term_id for c, _, wh, _ in scored if not c.purpose and (w := int(wh[d])) >= 0}

        for k, d in enumerate(chosen):
            got = action = guessed = specific = in_phrase = 0.0
            quality = []
            for c, _, wh, mass in scored:
                w = int(wh[d])
                # a CoNg neighbour ranks a product but is no evidence that it fits (굴착기 → 방충망 is 0.89)
                quality.append(c.alternatives[w].quality if w >= 0 and c.alternatives[w].how != "meaning" else 0.0)
                got += mass * quality[-1]
                in_phrase += mass * quality[-1] if c.in_head_phrase else 0.0
                if c.weight < 1.0:
                    action += mass * quality[-1]
                if w >= 0 and c.alternatives[w].how in GUESSES:
                    guessed += mass * quality[-1]
                if w >= 0:
                    specific = max(specific, float(self.idf[c.alternatives[w].term_id]) * quality[-1] / self.max_idf)
            phrase_mass = possible_phrase / W_MAX if possible_phrase else known_mass
            feats[k] = (min(1.0, got / known_mass),
                        min(1.0, (in_phrase if possible_phrase else got) / (phrase_mass + unknown_mass)),
                        dcov[pos_of[int(d)]],
                        quality[head] if head >= 0 else (0.0 if head == -2 else 1.0),
                        min(1.0, float(total[d]) / (got * W_MAX)) if got else 0.0,
                        head_known, min(open_words, MAX_OPEN_WORDS) / MAX_OPEN_WORDS,
                        action / got if got else 0.0, specific, guessed / got if got else 0.0,
                        min(1.0, in_phrase * W_MAX / possible_phrase) if possible_phrase else min(1.0, got / known_mass),
                        float(acts[k] >= 0 and acts[k] not in asked_terms(int(d))),
                        float(any(not self._offers_act[a][d] for a in asked)), float(not offers_devices[k]),
                        float(acted_on is not None and (acted_on_at < 0 or quality[acted_on_at] == 0.0)),
                        float(acted_on is not None and (acted_on_at < 0 or acted_on_guessed)))
        conf = self.model.confidence(feats) if len(chosen) else np.zeros(0)
        conf_of = {int(d): float(conf[k]) for k, d in enumerate(chosen)}
        matches = [Match(int(d), float(fine[pos_of[int(d)]]), conf_of[int(d)],
                         self._explain(int(d), scored, q, bool(over[pos_of[int(d)]])),
                         bool(place is not None and place[d]), item.text) for d in shown]
        return matches, feats


    def search(self, query: str | ParsedQuery, limit: int = 10, *, score_cutoff: float | None = None,
               mask: np.ndarray | None = None, place_filter: bool = False, budget: int | None = None,
               per_enterprise: int = 2) -> SearchResult:
        """Rank catalog rows for a need. `mask` (bool per row) applies the page's filters; `score_cutoff`
        overrides the fitted no-match cutoff (a confidence in 0..1)."""
        q = query if isinstance(query, ParsedQuery) else self.parse(query, budget)
        cutoff = self.model.cutoff if score_cutoff is None else score_cutoff
        per_item = []
        for item in q.items:
            matches, feats = self._search_item(q, item, limit, mask, place_filter, per_enterprise)
            per_item.append((item, matches, float(self.model.confidence(feats[:1])[0]) if matches else 0.0))
        if not per_item or all(not m for _, m, _ in per_item):
            return SearchResult(q, (), True, self.nearest_categories())
        accepted = [(it, m) for it, m, b in per_item if m and b >= cutoff]
        if not accepted:  # nothing fits: keep the closest as "비슷한 제품"
            closest = sorted((m for _, ms, _ in per_item for m in ms), key=lambda m: -m.confidence)[:limit]
            weak = np.array([m.row for m in closest], dtype=np.int64)
            return SearchResult(q, tuple(closest), True, self.nearest_categories(weak))
        named = dict(q.listed)
        unanswered = tuple(named[it.text] for it, m, b in per_item if not (m and b >= cutoff) and it.text in named) \
            + q.unread
        return SearchResult(q, tuple(_interleave([m for _, m in accepted], limit)), False, unanswered=unanswered)

    def search_many(self, queries: Sequence[str], limit: int = 5, *, score_cutoff: float | None = None,
                    budgets: Sequence[int | None] | None = None, mask: np.ndarray | None = None,
                    per_enterprise: int = 2) -> list[SearchResult]:
        budgets = budgets or [None] * len(queries)
        return [self.search(n, limit, score_cutoff=score_cutoff, budget=b, mask=mask, per_enterprise=per_enterprise)
                for n, b in zip(queries, budgets, strict=True)]

    def _diverse(self, ordered: np.ndarray, limit: int, per_enterprise: int) -> np.ndarray:
        """Distinct suppliers first: at most `per_enterprise` rows each, one row per name and supplier."""
        seen: dict[int, int] = {}
        names: set[tuple[int, int]] = set()
        out = []
        for i in ordered:
            ent = int(self._ent[i])
            key = (ent, int(self._name_code[i]))
            if seen.get(ent, 0) >= per_enterprise or key in names:
                continue
            seen[ent] = seen.get(ent, 0) + 1
            names.add(key)
            out.append(i)
            if len(out) == limit:
                break
        return np.array(out, dtype=np.int64)

    def _place_mask(self, q: ParsedQuery) -> np.ndarray | None:
        if not (q.gus or q.dongs or q.places):
            return None
        m = np.zeros(self.n_docs, bool)
        if q.gus and self._gu is not None:
            m |= np.isin(self._gu, list(q.gus))
        if q.dongs and self._dong is not None:
            m |= np.isin(self._dong, list(q.dongs))
        if q.places and self._address is not None:
            for p in q.places:
                stem = p[:-1] if p.endswith("동") and len(p) > 2 else p
                m |= np.char.find(self._address, stem) >= 0
        return m if m.any() else None

    def _explain(self, doc: int, scored: list, q: ParsedQuery, over: bool = False) -> tuple[Reason, ...]:
        out = []
        for c, arr, which, _ in scored:
            k = int(which[doc])
            if arr[doc] <= 0 or k < 0:
                continue
            a = c.alternatives[k]
            if c.typed:
                out.append(Reason(c.typed, c.text, "hanyeong"))
            out.append(Reason(c.text, a.via, a.how))
        if q.price_cap is not None and self._price[doc] >= 0:
            out.append(Reason(q.price_cap.said, f"{int(self._price[doc]):,}원", "price_over" if over else "price"))
        return tuple(out)

    def nearest_categories(self, weak: np.ndarray | None = None, k: int = 3) -> tuple[str, ...]:
        """Where to look instead: categories of the weak candidates, then the catalog's largest categories."""
        found: list[str] = []
        cats = self.catalog["category"]
        if weak is not None:
            for i in weak:
                c = cats[int(i)]
                if c not in found:
                    found.append(c)
        for c in self._popular_categories:
            if len(found) >= k:
                break
            if c not in found:
                found.append(c)
        return tuple(found[:k])


@lru_cache(maxsize=8)
def _cong_neighbours(kiwi, words: tuple[str, ...]) -> dict[str, list[tuple[str, float]]]:
    """Precomputed per catalog vocabulary (a pure function of the model and the words)."""
    return morph.neighbours(kiwi, words, top_n=CONG_TOP, min_score=CONG_MIN)


def _interleave(lists: list[list[Match]], limit: int) -> list[Match]:
    """Round robin over the items of a need, so each item is answered near the top."""
    out: list[Match] = []
    seen: set[int] = set()
    for rank in range(max(len(x) for x in lists)):
        for lst in lists:
            if rank < len(lst) and lst[rank].row not in seen:
                out.append(lst[rank])
                seen.add(lst[rank].row)
    return out[: limit * max(1, len(lists))] if len(lists) > 1 else out[:limit]


# ---- RapidFuzz-style entry points ------------------------------------------------------------
def search(query: str, index: SearchIndex, *, limit: int = 10, score_cutoff: float | None = None,
           **options) -> SearchResult:
    """One need against the index (options: mask, place_filter, budget, per_enterprise)."""
    return index.search(query, limit, score_cutoff=score_cutoff, **options)


def search_many(queries: Sequence[str], index: SearchIndex, *, limit: int = 5, score_cutoff: float | None = None,
                **options) -> list[SearchResult]:
    return index.search_many(queries, limit, score_cutoff=score_cutoff, **options)


def explain_text(reasons: Sequence[Reason]) -> str:
    """Korean one-line reason: '도시럭→도시락(오타 교정), 케이터링(동의어)'."""
    return ", ".join(r.text() for r in reasons)


__all__ = ["Reason", "Match", "SearchResult", "SearchIndex", "search", "search_many", "explain_text"]
