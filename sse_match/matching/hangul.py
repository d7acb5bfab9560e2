"""Hangul text handling for matching: normalisation, jamo decomposition, 초성, tokens, quantities.

Jamo strings keep the silent initial ㅇ and split compound vowels and finals (값 → ㄱㅏㅂㅅ,
과 → ㄱㅗㅏ), so one slipped key is one edit: 도시럭/도시락, 방억/방역, 현수먁/현수막.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = ("ㅏ", "ㅐ", "ㅑ", "ㅒ", "ㅓ", "ㅔ", "ㅕ", "ㅖ", "ㅗ", "ㅗㅏ", "ㅗㅐ", "ㅗㅣ", "ㅛ", "ㅜ", "ㅜㅓ", "ㅜㅔ",
         "ㅜㅣ", "ㅠ", "ㅡ", "ㅡㅣ", "ㅣ")
_JONG = ("", "ㄱ", "ㄲ", "ㄱㅅ", "ㄴ", "ㄴㅈ", "ㄴㅎ", "ㄷ", "ㄹ", "ㄹㄱ", "ㄹㅁ", "ㄹㅂ", "ㄹㅅ", "ㄹㅌ", "ㄹㅍ",
         "ㄹㅎ", "ㅁ", "ㅂ", "ㅂㅅ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
# Compound compatibility jamo typed on their own, split the same way.
_COMPAT_SPLIT = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ",
                 "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
                 "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}

# Full-width ASCII → ASCII, ideographic space → space, and symbols that hide plain words.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH.update({0x3000: 0x20})
_SYMBOLS = str.maketrans({"㈜": "(주)", "㎡": "m2", "㎏": "kg", "ℓ": "l", "㎖": "ml", "㎜": "mm", "㎝": "cm",
                          "㎞": "km", "·": " ", "ㆍ": " ", "•": " ", "‧": " "})

# A measure said in Hangul after its number is the unit's symbol (1리터 → 1l, 6.5온스 → 6.5oz), as catalogs
# write it; longest first (밀리리터 before 리터). 미리 and 밀리 alone stay: 500미리 is ml, 10밀리 often mm.
_SPOKEN_UNITS = {"밀리리터": "ml", "미리리터": "ml", "리터": "l", "킬로그램": "kg", "키로그램": "kg", "킬로미터": "km",
                 "킬로": "kg", "키로": "kg", "그램": "g", "온스": "oz", "센티미터": "cm", "센치미터": "cm", "센티": "cm",
                 "센치": "cm", "밀리미터": "mm", "미리미터": "mm", "미터": "m", "인치": "inch"}
_SPOKEN_UNIT_RE = re.compile(r"(\d)\s*(밀리리터|미리리터|리터|킬로그램|키로그램|킬로미터|킬로|키로|그램|온스|센티미터|센치미터|"
                             r"센티|센치|밀리미터|미리미터|미터|인치)")
TOKEN_RE = re.compile(r"[가-힣]+|[ㄱ-ㅣ]+|[a-z0-9]+")
HANGUL_RE = re.compile(r"^[가-힣]+$")
CHOSEONG_RE = re.compile(r"^[ㄱ-ㅎ]+$")


def normalise(text: str, units: bool = True) -> str:
    """NFC, width folding, symbol unfolding, lower case, single spaces; with `units`, measures said in Hangul
    as their symbols (the frozen v1 engine passes False)."""
    text = unicodedata.normalize("NFC", text or "").translate(_WIDTH).translate(_SYMBOLS).lower()
    if units:
        text = _SPOKEN_UNIT_RE.sub(lambda m: m.group(1) + _SPOKEN_UNITS[m.group(2)], text)
    return " ".join(text.split())


@lru_cache(maxsize=200_000)
def jamo(text: str) -> str:
    """Decompose syllables into compatibility jamo, compounds split; other characters kept."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            cho, rest = divmod(code, 588)
            jung, jong = divmod(rest, 28)
            out.append(_CHO[cho] + _JUNG[jung] + _JONG[jong])
        else:
            out.append(_COMPAT_SPLIT.get(ch, ch))
    return "".join(out)


def choseong(text: str) -> str:
    """초성 of each syllable (현수막 → ㅎㅅㅁ); non-syllables are dropped."""
    return "".join(_CHO[(ord(ch) - 0xAC00) // 588] for ch in text if 0 <= ord(ch) - 0xAC00 < 11172)


def is_choseong(token: str) -> bool:
    return bool(CHOSEONG_RE.match(token))


def tokens(text: str, units: bool = True) -> list[str]:
    """Hangul runs, jamo runs and ASCII/digit runs of normalised text: 'A4용지 KF94' → a4, 용지, kf94."""
    return TOKEN_RE.findall(normalise(text, units))


def join_spaced_syllables(toks: list[str], is_word: Callable[[str], bool] | None = None) -> list[str]:
    """'사 무 용 품' → '사무용품': runs of two or more one-syllable tokens were one word typed with spaces.
    `is_word`: join only the longest stretches it accepts (행사 때 쓸 stays: 때쓸 is no word)."""
    out: list[str] = []
    run: list[str] = []
    for t in [*toks, ""]:
        if len(t) == 1 and HANGUL_RE.match(t):
            run.append(t)
            continue
        if is_word is not None:
            i = 0
            while i < len(run):
                j = next((j for j in range(len(run), i + 1, -1) if is_word("".join(run[i:j]))), i + 1)
                out.append("".join(run[i:j]))
                i = j
        elif len(run) >= 2:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        if t:
            out.append(t)
    return out


# Counting words after a number: a quantity, not part of the item ("도시락 200개", "12개월").
_COUNTERS = ("개월|개소|개|명|인분|인|식|회|부|장|권|박스|상자|세트|건|대|벌|시간|매|통|병|팩|포|롤|켤레|그루|주|곳|"
             "차례|차|일|월|년|잔|짝|가구|세대|쪽|페이지|분|초|평|매입|개입|입|구|판|두|포기|마리|톤|면|봉지|봉|캔|단|"
             "묶음|송이|다발|자루|그릇|주년|다스|본|갑|호|층|m2|ea|set|box|pcs")
# What may follow a quantity and still be part of it: 6명분, 10개씩, 200개 정도, 20박스를.
_QTY_TAIL = "(?:분|씩|정도|가량|내외|이상|이하|안팎|쯤|용)?(?:을|를|이|가|은|는|의|도|만|으로|로|에)?"
_MONEY_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(억\s*원?|천만\s*원?|백만\s*원?|만\s*원?|천\s*원|원)")
_DATE_RES = (
    re.compile(r"\d{4}\s*[년./-]\s*\d{1,2}\s*[월./-]\s*\d{1,2}\s*일?"),
    re.compile(r"\d{1,2}\s*월\s*\d{1,2}\s*일"),
    re.compile(r"\d{1,2}\s*/\s*\d{1,2}(?!\d)"),
)
_QTY_RE = re.compile(rf"(?<![a-z0-9])\d[\d,]*(?:\.\d+)?\s*(?:{_COUNTERS}){_QTY_TAIL}(?![가-힣a-z])")
# 현수막 3장이랑 X배너: the count goes, the particle that joins the items stays, as a word of its own.
_QTY_JOINER_RE = re.compile(rf"(?<![a-z0-9])\d[\d,]*(?:\.\d+)?\s*(?:{_COUNTERS})(?:씩|정도)?(이랑|랑|하고|와|과)(?![가-힣a-z])")
# 5천 개, 2만 면, 3백 명: a number with a Korean place unit before its counter (read before amounts: 2만 면 is no 원).
_UNIT_QTY_RE = re.compile(rf"(?<![a-z0-9])\d[\d,]*(?:\.\d+)?\s*[십백천만억]+\s*(?:{_COUNTERS}){_QTY_TAIL}(?![가-힣a-z])")
# 천막 2동, 몽골텐트 10동: 동 counts tents and buildings, but 효자1동 is a place (no Hangul right before the number).
_DONG_COUNT_RE = re.compile(rf"(?<![가-힣a-z0-9])\d+\s*동{_QTY_TAIL}(?![가-힣a-z])")
# A bare number, but not the number of a 동 or 가 (송천1동, 효자4동, 중앙동3가): that is a place's name.
_BARE_NUMBER_RE = re.compile(r"(?<![a-z0-9.])(?:(?<![가-힣])|(?!\d+[동가]))\d[\d,]*(?:\.\d+)?(?![a-z0-9.])")
_MONEY_UNITS = {"억": 100_000_000, "천만": 10_000_000, "백만": 1_000_000, "만": 10_000, "천": 1_000, "": 1}


def _won(m: re.Match[str]) -> int:
    """The amount a `_MONEY_RE` match says, in 원."""
    return round(float(m.group(1).replace(",", "")) * _MONEY_UNITS[m.group(2).replace("원", "").replace(" ", "")])


def parse_money(text: str) -> int | None:
    """'3천만원' → 30_000_000, '500만 원' → 5_000_000, '1,200,000원' → 1_200_000; None if no amount."""
    m = _MONEY_RE.search(_UNIT_QTY_RE.sub(" ", normalise(text)))  # A4 1만매 is a count, not 1만 원
    return _won(m) if m else None


# 7월 초, 11월 말, 다음 달 중순: a part of a period (초 and 말 are no candle nor horse here).
_PERIOD_PART_RE = re.compile(r"(?<![가-힣0-9])(?:\d{1,2}\s*월|(?:다음|이번|지난)\s*(?:달|주)|내달|내년|올해)\s*"
                             r"(?:초순|초|중순|하순|말경|말)(?:경|쯤|까지|부터|에|께)?(?![가-힣])")
# 월 1회, 주 2회, 연 4번: how often, not what (월 is also a catalog word: 월 임대료).
_FREQUENCY_RE = re.compile(r"(?<![가-힣])(?:매월|매주|매일|매년|월|주|연|년|일|하루)\s*\d+\s*(?:회|번)(?:씩)?(?![가-힣])")
# A number with a short word glued after it is a count in that word (이불 40채, 모종 2000포트, 5종, 4인용): Korean
# counts with a counter right after the number, and no item is typed glued to a count. Not after a syllable
# (효자4동, 제1회) nor a letter (A4용지); a longer word after it is a compound of its own (1회용품, 5단서랍장).
_GLUED_COUNT_RE = re.compile(r"(?<![가-힣a-z0-9.])\d[\d,]*(?:\.\d+)?[가-힣]{1,2}(?![가-힣a-z0-9])"
                             r"(?:\s*(?:이상|이하|미만|초과|이내|내외)(?![가-힣]))?")  # 65세 이상: the bound goes with it
QUANTITY_RES = (_UNIT_QTY_RE, _FREQUENCY_RE, _QTY_RE, _DONG_COUNT_RE, _GLUED_COUNT_RE, _BARE_NUMBER_RE)


# 500ml 이상, 150g 이하짜리: a bound after a measure is part of the size, not a word of the item.
_MEASURE_BOUND_RE = re.compile(r"(\d[\d.,]*[a-z]{1,3})\s*(?:이상|이하|미만|초과|이내|내외)(?:짜리|의|인|으로|로)?(?![가-힣])")


def strip_quantities(text: str, quantities: tuple[re.Pattern[str], ...] = QUANTITY_RES, units: bool = True) -> str:
    """Remove amounts, dates, quantities and bare numbers so they cannot outweigh the item.

    Spec tokens with letters stay (A4, KF94, 20L, 500ml, 3M; 1리터 → 1l). `quantities` and `units`: the frozen
    v1 engine passes the patterns it shipped with, and no unit reading.
    """
    text = normalise(text, units)
    if _UNIT_QTY_RE in quantities:
        text = _MEASURE_BOUND_RE.sub(r"\1", text)
        text = _QTY_JOINER_RE.sub(r" \1 ", text)
        text = _UNIT_QTY_RE.sub(" ", text)
    text = _MONEY_RE.sub(" ", text)
    for r in _DATE_RES:
        text = r.sub(" ", text)
    if _UNIT_QTY_RE in quantities:
        text = _PERIOD_PART_RE.sub(" ", text)
    for r in quantities:
        text = r.sub(" ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class PriceCap:
    """A price a need puts on one unit (개당 1,000원 이하, 1인 2만원 이내, 1만원대): `amount` is the most it allows,
    `said` the words that set it, as typed."""

    amount: int
    said: str


# Words that make an amount the price of one unit: 개당 1,000원, 단가 1만원, 1인 2만원, 한 개에 3천원.
_PER_UNIT = re.compile(r"(?:(?:(?:1|한)\s*)?(?:개|인|명|장|병|세트|벌|권|부|팩|박스|상자|가구|회|건|인분|마리|그릇|켤레|매|통|식|잔)\s*당"
                       r"|(?<![가-힣])[가-힣]{1,3}당"  # 자루당, 포트당: any counter + 당 is a price per unit
                       r"|단가\s*(?:는|가|를|이)?|(?:1|한)\s*(?:인|명|개|세트|인분|식|벌|잔)\s*(?:에|씩)?)\s*$")
# Words that make an amount a whole budget, not a unit's price: 예산 240만원, 총 300만원.
_WHOLE = re.compile(r"(?:예산|총액|총|합계|전체|사업비|금액)\s*(?:은|는|이|가|을|를)?\s*$")
# An amount the price may not pass (1만원 이하), or may pass a little (1만원 안팎), read after the amount.
_CAP_HARD = re.compile(r"\s*(?:으로|로)?\s*(?:이하|이내|미만|안쪽|아래|밑|까지|넘지)")
_CAP_SOFT = re.compile(r"\s*(?:으로|로)?\s*(?:안팎|내외|정도|선(?=에서|으로|이면|[^가-힣]|$)|쯤|전후|가량|수준|언저리)")
_CAP_BAND = re.compile(r"\s*대(?=의|로|에서|이면|[^가-힣]|$)")  # 1만원대: from 1만원 up to the next 1만원
SOFT_CAP_SHARE = 1.2  # 1만원 안팎, 개당 3천원 정도: about that price, so a fifth over still fits
_BEFORE_CHARS = 8  # how far before an amount its unit word (개당, 예산은) may stand


def parse_price_cap(text: str) -> PriceCap | None:
    """The most a need will pay for one unit, if it says so: 개당 1,000원 이하 → 1,000; 1만원 안팎 → 12,000;
    3만원대 → 40,000; 단가 5천원 → 6,000. A whole budget (예산 240만원) is no unit price: None."""
    norm = normalise(text)
    clean = _UNIT_QTY_RE.sub(lambda m: " " * len(m.group(0)), norm)  # A4 1만매 is a count, not 1만 원
    for m in _MONEY_RE.finditer(clean):
        before, after = clean[max(0, m.start() - _BEFORE_CHARS): m.start()], clean[m.end():]
        if _WHOLE.search(before):
            continue
        amount = _won(m)
        if amount <= 0:
            continue
        unit_word = _PER_UNIT.search(before)
        hard, soft = _CAP_HARD.match(after), _CAP_SOFT.match(after)
        band = None if hard or soft else _CAP_BAND.match(after)
        if not (unit_word or hard or soft or band):
            continue
        end = max((x.end() for x in (hard, soft, band) if x), default=0)
        start = m.start() - (len(before) - unit_word.start()) if unit_word else m.start()
        said = norm[start: m.end() + end].strip()
        if band:
            cap = amount + 10 ** (len(str(amount)) - 1)  # 3만원대: below 4만원
        elif hard:
            cap = amount
        else:
            cap = round(amount * SOFT_CAP_SHARE)
        return PriceCap(cap, said)
    return None


def without_said(text: str, said: str) -> str:
    """`text` with the words of `said` (as `normalise` gave them) taken out: 개당 1,000원 이하 is a price, not
    words to match."""
    pattern = r"\s*".join(re.escape(ch) for ch in said.replace(" ", ""))
    return re.sub(pattern, " ", text, count=1, flags=re.IGNORECASE) if pattern else text


_NUMERAL_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_NUMERAL_UNITS = {"십": 10, "백": 100, "천": 1_000}
_NUMERAL_BIG = {"만": 10_000, "억": 100_000_000}
# 만원, 오천 원, 장당 만원: an amount in Hangul numerals, which must hold a unit of ten or more (사원 is an employee)
_HANGUL_AMOUNT = re.compile(r"(?:(?<![가-힣0-9.,])|(?<=당))([일이삼사오육칠팔구]?(?:[십백천만억][일이삼사오육칠팔구]?)+)(\s*원)")


def _numeral_value(word: str) -> int:
    total = section = digit = 0
    for ch in word:
        if ch in _NUMERAL_DIGITS:
            digit = _NUMERAL_DIGITS[ch]
        elif ch in _NUMERAL_UNITS:
            section += (digit or 1) * _NUMERAL_UNITS[ch]
            digit = 0
        else:
            total += ((section + digit) or 1) * _NUMERAL_BIG[ch]
            section = digit = 0
    return total + section + digit


def amounts_in_digits(text: str) -> str:
    """만원 → 10,000원, 이만오천 원 → 25,000원: amounts written in Hangul numerals, read like the digits officers
    type elsewhere (장당 만원 이하 is a price, not the word 만원)."""
    return _HANGUL_AMOUNT.sub(lambda m: f"{_numeral_value(m.group(1)):,}{m.group(2)}", text)


# How Korean reads the Latin letters (A4 용지 is said 에이포, X배너 엑스배너, LED 엘이디).
LETTER_NAMES = {"에이": "a", "비": "b", "씨": "c", "디": "d", "이": "e", "에프": "f", "지": "g", "에이치": "h", "아이": "i",
                "제이": "j", "케이": "k", "엘": "l", "엠": "m", "엔": "n", "오": "o", "피": "p", "큐": "q", "알": "r",
                "에스": "s", "티": "t", "유": "u", "브이": "v", "더블유": "w", "엑스": "x", "와이": "y", "제트": "z"}
_LONGEST_NAME = max(map(len, LETTER_NAMES))


def spelled_letters(word: str) -> list[tuple[str, str]]:
    """The ways `word` opens with Latin letters said in Hangul: (letters, rest), the longest opening first
    (엑스베너 → ('x', '베너'); 엘이디 → ('led', ''), ('le', '디'), ('l', '이디')). An opening of one one-syllable
    name is left out: 비, 이, 지 and 오 begin too many words."""
    out: list[tuple[str, str]] = []

    def walk(i: int, letters: str) -> None:
        if letters and (len(letters) >= 2 or i >= 2):
            out.append((letters, word[i:]))
        for n in range(1, min(_LONGEST_NAME, len(word) - i) + 1):
            latin = LETTER_NAMES.get(word[i:i + n])
            if latin:
                walk(i + n, letters + latin)

    walk(0, "")
    return sorted(out, key=lambda x: len(x[1]))
