# -*- coding: utf-8 -*-
"""두벌식(KS X 5002) 자판 변환기 — 표준 라이브러리만 사용.

kor2eng('가방 20개')  -> 'rkqkd 20rO'   (한글을 영문 모드로 친 글자로)
eng2kor('rkqkd 20개') -> '가방 20개'    (영문 모드로 친 글자를 한글로 조합)
choseong('도시락')     -> 'ㄷㅅㄹ'
"""

CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

KEY = {
    "ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a",
    "ㅂ": "q", "ㅃ": "Q", "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W",
    "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v", "ㅎ": "g",
    "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u",
    "ㅖ": "P", "ㅗ": "h", "ㅛ": "y", "ㅜ": "n", "ㅠ": "b", "ㅡ": "m", "ㅣ": "l",
}
# 겹모음·겹받침은 두 번 타자
COMPOUND_V = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ",
              "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
COMPOUND_C = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ",
              "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ", "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ",
              "ㅄ": "ㅂㅅ"}
V_JOIN = {v: k for k, v in COMPOUND_V.items()}
C_JOIN = {v: k for k, v in COMPOUND_C.items()}

KEY2JAMO = {v: k for k, v in KEY.items()}
# 쉬프트가 없는 글자는 대문자로 쳐도 같은 자모
for _k, _v in list(KEY2JAMO.items()):
    if _k.islower() and _k.upper() not in KEY2JAMO:
        KEY2JAMO[_k.upper()] = _v

VOWELS = set(JUNG)
CONSONANTS = set(CHO) | set(COMPOUND_C)


def _jamo_keys(j):
    if j in COMPOUND_V:
        return "".join(KEY[x] for x in COMPOUND_V[j])
    if j in COMPOUND_C:
        return "".join(KEY[x] for x in COMPOUND_C[j])
    return KEY[j]


def decompose(ch):
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]
    return None


def kor2eng(text):
    out = []
    for ch in text:
        d = decompose(ch)
        if d:
            out.append("".join(_jamo_keys(j) for j in d if j))
        elif ch in KEY or ch in COMPOUND_V or ch in COMPOUND_C:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def _compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def eng2kor(text):
    out = []
    cho = jung = jong = ""

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_compose(cho, jung, jong))
        else:
            if cho:
                out.append(cho)
            if jung:
                out.append(jung)
        cho = jung = jong = ""

    for ch in text:
        j = KEY2JAMO.get(ch)
        if j is None:
            flush()
            out.append(ch)
            continue
        if j in VOWELS:
            if cho and jung and jong:
                if jong in COMPOUND_C:
                    keep, move = COMPOUND_C[jong][0], COMPOUND_C[jong][1]
                else:
                    keep, move = "", jong
                jong = keep
                flush()
                cho, jung = move, j
            elif cho and jung:
                if jung + j in V_JOIN:
                    jung = V_JOIN[jung + j]
                else:
                    flush()
                    jung = j
            elif cho:
                jung = j
            else:
                if jung and jung + j in V_JOIN:
                    jung = V_JOIN[jung + j]
                else:
                    flush()
                    jung = j
        else:  # consonant
            if cho and jung:
                if not jong:
                    if j in JONG:
                        jong = j
                    else:
                        flush()
                        cho = j
                elif jong + j in C_JOIN:
                    jong = C_JOIN[jong + j]
                else:
                    flush()
                    cho = j
            else:
                flush()
                cho = j
    flush()
    return "".join(out)


def choseong(text):
    out = []
    for ch in text:
        d = decompose(ch)
        out.append(d[0] if d else ch)
    return "".join(out)


if __name__ == "__main__":
    tests = ["가방 20개", "보드게임", "떡 답례품", "친환경 쌀", "박스", "닭갈비", "괜찮아요",
             "의자", "앉아", "없어요", "꽃다발", "뷁", "읽어요", "값이", "외국어 번역"]
    for t in tests:
        e = kor2eng(t)
        back = eng2kor(e)
        print(t, "->", e, "->", back, "OK" if back == t else "FAIL")
    assert eng2kor("rkqkd 20개") == "가방 20개"
    assert choseong("도시락") == "ㄷㅅㄹ"
