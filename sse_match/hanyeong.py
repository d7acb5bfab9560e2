"""두벌식 한영 conversion: Korean typed while the keyboard was in English mode ('rkqkd' → '가방').

`to_hangul` rebuilds syllables with the standard 두벌식 automaton (a final consonant moves to the next
syllable when a vowel follows, double finals and compound vowels combine). `to_keys` is its inverse,
used by tests to prove the round trip. Whether a converted word is *meant* is not decided here: the
search index accepts it only where it resolves against the catalog vocabulary.
"""

from __future__ import annotations

import re

# Key → compatibility jamo on a 두벌식 keyboard (shifted keys give the tense consonants and ㅒ/ㅖ).
KEYS = {
    "q": "ㅂ", "w": "ㅈ", "e": "ㄷ", "r": "ㄱ", "t": "ㅅ", "y": "ㅛ", "u": "ㅕ", "i": "ㅑ", "o": "ㅐ", "p": "ㅔ",
    "a": "ㅁ", "s": "ㄴ", "d": "ㅇ", "f": "ㄹ", "g": "ㅎ", "h": "ㅗ", "j": "ㅓ", "k": "ㅏ", "l": "ㅣ",
    "z": "ㅋ", "x": "ㅌ", "c": "ㅊ", "v": "ㅍ", "b": "ㅠ", "n": "ㅜ", "m": "ㅡ",
    "Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ",
}
_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ",
         "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
_VOWEL_PAIRS = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
                ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
_FINAL_PAIRS = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ", ("ㄹ", "ㅁ"): "ㄻ",
                ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ", ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ",
                ("ㅂ", "ㅅ"): "ㅄ"}
_SPLIT_FINAL = {v: k for k, v in _FINAL_PAIRS.items()}
_SPLIT_VOWEL = {v: k for k, v in _VOWEL_PAIRS.items()}
_JAMO_TO_KEY = {v: k for k, v in KEYS.items()}
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def _syllable(cho: str, jung: str, jong: str = "") -> str:
    return chr(0xAC00 + (_CHO.index(cho) * 21 + _JUNG.index(jung)) * 28 + _JONG.index(jong))


def _compose(jamos: list[str]) -> str:
    """Jamo typed in order → text, as a 두벌식 input method would show it."""
    out: list[str] = []
    cho = jung = jong = ""

    def flush() -> None:
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_syllable(cho, jung, jong))
        else:
            out.append(cho + jung + jong)
        cho = jung = jong = ""

    for j in jamos:
        if j in _JUNG:
            if cho and jung and jong:  # the final moves on: 각+ㅏ → 가가
                first, second = _SPLIT_FINAL.get(jong, ("", jong))
                jong = first
                flush()
                cho, jung = second, j
            elif cho and jung and (jung, j) in _VOWEL_PAIRS:
                jung = _VOWEL_PAIRS[(jung, j)]
            elif cho and not jung:
                jung = j
            elif not cho and jung and (jung, j) in _VOWEL_PAIRS:
                jung = _VOWEL_PAIRS[(jung, j)]
            else:
                flush()
                jung = j
        else:
            if cho and jung and not jong and j in _JONG:
                jong = j
            elif cho and jung and jong and (jong, j) in _FINAL_PAIRS:
                jong = _FINAL_PAIRS[(jong, j)]
            else:
                flush()
                cho = j
    flush()
    return "".join(out)


def latin_to_hangul(run: str) -> str:
    """One run of Latin letters → Hangul (upper-case letters without a shifted key count as lower case)."""
    jamos = [KEYS.get(ch) or KEYS[ch.lower()] for ch in run]
    return _compose(jamos)


def to_hangul(text: str) -> str:
    """Convert every Latin-letter run to Hangul; Hangul, digits and everything else pass through."""
    return _LATIN_RUN.sub(lambda m: latin_to_hangul(m.group(0)), text)


def to_keys(text: str) -> str:
    """Hangul → the keys a 두벌식 typist presses (the inverse of `to_hangul`, for round trips)."""
    keys: list[str] = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            cho, rest = divmod(code, 588)
            jung, jong = divmod(rest, 28)
            parts = [_CHO[cho], *(_SPLIT_VOWEL.get(_JUNG[jung], (_JUNG[jung],))),
                     *(_SPLIT_FINAL.get(_JONG[jong], (_JONG[jong],)) if jong else ())]
            keys.extend(_JAMO_TO_KEY[p] for p in parts)
        elif ch in _JAMO_TO_KEY:
            keys.append(_JAMO_TO_KEY[ch])
        else:
            keys.append(ch)
    return "".join(keys)


def looks_mistyped(run: str) -> bool:
    """A Latin run that converts to whole syllables only (no stray jamo) could be Korean typed in English mode."""
    if len(run) < 2 or not run.isalpha() or not run.isascii():
        return False
    converted = latin_to_hangul(run)
    return all(0xAC00 <= ord(c) <= 0xD7A3 for c in converted)
