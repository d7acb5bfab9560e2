"""두벌식 한영: Korean typed while the keyboard was in English mode ('rkqkd' → 가방), and back.

Pure text functions; deciding whether a converted word is meant (it names something in the
catalog) belongs to the engine. Conversion follows what the Korean input method does with the
same keys: consonant–vowel pairs open a syllable, a consonant after a vowel becomes the final
until a vowel follows and pulls it into the next syllable (rkqkd: 가 + 방, not 갑 + 앙), and two
keys form compound vowels (hk → ㅘ) and finals (rt → ㄳ).
"""

from __future__ import annotations

import re

# Standard 2-set layout. Shift gives the doubled consonants and ㅒ ㅖ; other shifted letters type
# the same jamo as without shift, which is what the input method does.
_KEYS = {
    "q": "ㅂ", "w": "ㅈ", "e": "ㄷ", "r": "ㄱ", "t": "ㅅ", "y": "ㅛ", "u": "ㅕ", "i": "ㅑ", "o": "ㅐ", "p": "ㅔ",
    "a": "ㅁ", "s": "ㄴ", "d": "ㅇ", "f": "ㄹ", "g": "ㅎ", "h": "ㅗ", "j": "ㅓ", "k": "ㅏ", "l": "ㅣ",
    "z": "ㅋ", "x": "ㅌ", "c": "ㅊ", "v": "ㅍ", "b": "ㅠ", "n": "ㅜ", "m": "ㅡ",
}
_SHIFT = {"Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ"}
KEY_TO_JAMO: dict[str, str] = {**_KEYS, **{k.upper(): v for k, v in _KEYS.items()}, **_SHIFT}
JAMO_TO_KEY: dict[str, str] = {**{v: k for k, v in _KEYS.items()}, **{v: k for k, v in _SHIFT.items()}}

_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ",
         "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
_VOWELS = frozenset(_JUNG)
_COMPOUND_VOWEL = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
                   ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
_COMPOUND_FINAL = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
                   ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
                   ("ㅂ", "ㅅ"): "ㅄ"}
_SPLIT = {v: k for k, v in {**_COMPOUND_VOWEL, **_COMPOUND_FINAL}.items()}

_LATIN_RUN = re.compile(r"[A-Za-z]+")
_WORD = re.compile(r"^[A-Za-z]+$")
MIN_LETTERS = 2  # one key is one jamo, never a word
CAPS_LOCK_MIN = 5  # an all-capital token this long is Korean typed with Caps Lock on; shorter ones are acronyms
_STANDALONE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")  # not part of a model number like a4, kf94
# Latin tokens common in needs and catalogs that must stay English even when their keys happen to
# spell syllables (DHL → 외): acronyms, units and brand-like words.
ENGLISH_WORDS = frozenset(
    "usb led lcd pc tv cctv kf kf94 kf80 pvc pet pp pe abs a4 a3 b4 b5 mm cm kg ml ok id it ai ar vr qr "
    "hdmi ups wifi lan ssd hdd cpu ram dvd cd mp3 ppt pdf hwp xls xlsx doc ea set box pack".split()
)


def _compose(cho: str, jung: str, jong: str = "") -> str:
    return chr(0xAC00 + (_CHO.index(cho) * 21 + _JUNG.index(jung)) * 28 + _JONG.index(jong))


def _compose_jamo(jamos: list[str]) -> str:
    """Jamo in typing order → syllables, as the 2-set input method composes them."""
    out: list[str] = []
    cho = jung = jong = ""

    def flush() -> None:
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_compose(cho, jung, jong))
        else:  # a lone consonant or vowel stays a compatibility jamo
            out.append(cho + jung)
        cho = jung = jong = ""

    for j in jamos:
        if j in _VOWELS:
            if jong:  # the final moves to the new syllable (a compound final gives up its second part)
                first, second = _SPLIT.get(jong, ("", jong))
                jong = first
                flush()
                cho, jung = second, j
            elif jung and (jung, j) in _COMPOUND_VOWEL:
                jung = _COMPOUND_VOWEL[(jung, j)]
            elif jung:
                flush()
                jung = j
            else:
                jung = j
        else:
            if cho and jung and not jong and j in _JONG:
                jong = j
            elif jong and (jong, j) in _COMPOUND_FINAL:
                jong = _COMPOUND_FINAL[(jong, j)]
            else:
                if cho or jung:
                    flush()
                cho = j
    if cho or jung:
        flush()
    return "".join(out)


def to_hangul(text: str) -> str:
    """Every run of Latin letters read as 2-set keys: 'wkdqkrnsl' → 장바구니, 'gksdhr 체험' → 한옥 체험.
    Hangul, digits, spaces and punctuation are kept as they are."""
    return _LATIN_RUN.sub(lambda m: _compose_jamo([KEY_TO_JAMO[c] for c in m.group()]), text)


def _jamo_keys(j: str) -> str:
    if j in _SPLIT:
        return "".join(JAMO_TO_KEY[p] for p in _SPLIT[j])
    return JAMO_TO_KEY.get(j, j)


def to_keys(hangul: str) -> str:
    """The keys that type this Hangul in 2-set mode (가방 → 'rkqkd'); other characters unchanged."""
    out: list[str] = []
    for ch in hangul:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            cho, rest = divmod(code, 588)
            jung, jong = divmod(rest, 28)
            out.append(_jamo_keys(_CHO[cho]) + _jamo_keys(_JUNG[jung]) + _jamo_keys(_JONG[jong]))
        else:
            out.append(_jamo_keys(ch))
    return "".join(out)


def _well_formed(word: str) -> bool:
    """Only full syllables, and only common ones (KS X 1001's 2,350): 'dog' → 앻 is no word."""
    if not word:
        return False
    for ch in word:
        if not 0 <= ord(ch) - 0xAC00 < 11172:
            return False
        if len(ch.encode("euc-kr")) != 2:  # rarer syllables take an 8-byte make-up sequence
            return False
    return True


def candidates(token: str) -> list[str]:
    """Hangul readings of a Latin token, most likely first: as typed, then as if Caps Lock was on
    (shift keys then mean nothing). Empty when no reading is a well-formed word."""
    if not _WORD.match(token or "") or len(token) < MIN_LETTERS:
        return []
    out: list[str] = []
    for keys in (token, token.lower()):
        word = to_hangul(keys)
        if _well_formed(word) and word not in out:
            out.append(word)
    return out


def looks_like_hanyeong(token: str) -> bool:
    """A Latin word that reads as well-formed Hangul and is not a common English or model token.
    Short all-capital tokens are acronyms (DHL, USB); long ones are Korean typed with Caps Lock on."""
    if not _WORD.match(token or "") or len(token) < MIN_LETTERS or token.lower() in ENGLISH_WORDS:
        return False
    if token.isupper():
        return len(token) >= CAPS_LOCK_MIN and _well_formed(to_hangul(token.lower()))
    return _well_formed(to_hangul(token))


def readings(text: str) -> dict[str, list[str]]:
    """Latin words of a raw need that look like 한영 slips → their Hangul readings, keyed by the lower-case
    word a tokenizer makes of them. Read the raw text: lower-casing first loses the shift keys (dPQms, 예쁜)."""
    out: dict[str, list[str]] = {}
    for m in _STANDALONE.finditer(text or ""):
        word = m.group()
        if looks_like_hanyeong(word):
            found = out.setdefault(word.lower(), [])
            found.extend(c for c in candidates(word) if c not in found)
    return out


def latin_to_hangul(run: str) -> str:
    """One run of Latin letters → Hangul (upper-case letters without a shifted key count as lower case)."""
    return _compose_jamo([KEY_TO_JAMO[c] for c in run])


def looks_mistyped(run: str) -> bool:
    """A Latin run that converts to whole syllables only (no stray jamo) could be Korean typed in English mode.
    Looser than `looks_like_hanyeong`: the search index accepts a reading only where it reaches the catalog."""
    if len(run) < 2 or not run.isalpha() or not run.isascii():
        return False
    return all(0xAC00 <= ord(c) <= 0xD7A3 for c in latin_to_hangul(run))
