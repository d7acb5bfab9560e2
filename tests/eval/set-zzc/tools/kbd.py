"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글 (오토마타)."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {"ㄱ": "r", "ㄲ": "R", "ㄴ": "s", "ㄷ": "e", "ㄸ": "E", "ㄹ": "f", "ㅁ": "a", "ㅂ": "q", "ㅃ": "Q",
       "ㅅ": "t", "ㅆ": "T", "ㅇ": "d", "ㅈ": "w", "ㅉ": "W", "ㅊ": "c", "ㅋ": "z", "ㅌ": "x", "ㅍ": "v",
       "ㅎ": "g", "ㅏ": "k", "ㅐ": "o", "ㅑ": "i", "ㅒ": "O", "ㅓ": "j", "ㅔ": "p", "ㅕ": "u", "ㅖ": "P",
       "ㅗ": "h", "ㅛ": "y", "ㅜ": "n", "ㅠ": "b", "ㅡ": "m", "ㅣ": "l"}
CV = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
CC = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
      "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
REV = {v: k for k, v in KEY.items()}
CV_R = {v: k for k, v in CV.items()}
CC_R = {v: k for k, v in CC.items()}
VOWELS = set(JUNG)


def _jamo_keys(j):
    return "".join(KEY[x] for x in (CV.get(j) or CC.get(j) or j))


def to_keys(text):
    """한글 문자열을 두벌식 영문 키 입력으로 바꾼다 (한글 외 문자는 그대로)."""
    out = []
    for ch in text:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            c -= 0xAC00
            out.append(_jamo_keys(CHO[c // 588]) + _jamo_keys(JUNG[(c % 588) // 28]) + _jamo_keys(JONG[c % 28]))
        elif ch in KEY or ch in CV or ch in CC:
            out.append(_jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def _compose(cho, jung, jong=""):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def _keys_to_jamo(keys):
    js = []
    for k in keys:
        if k in REV:
            js.append(REV[k])
        elif k.lower() in REV:
            js.append(REV[k.lower()])
        else:
            js.append(k)
    return js


def to_hangul(keys):
    """두벌식 영문 키 입력을 한글로 조합한다 (표준 오토마타)."""
    js = _keys_to_jamo(keys)
    out = []
    cho = jung = jong = ""

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_compose(cho, jung, jong))
        else:
            out.append(cho + jung)
        cho = jung = jong = ""

    for j in js:
        if j in VOWELS:
            if cho and not jung:
                jung = j
            elif jung and not jong and (jung + j) in CV_R and cho:
                jung = CV_R[jung + j]
            elif jong:
                # 종성을 다음 음절 초성으로 넘긴다
                if jong in CC:
                    first, second = CC[jong]
                    jong = first
                    flush()
                    cho = second
                else:
                    nxt = jong
                    jong = ""
                    flush()
                    cho = nxt
                jung = j
            else:
                if cho or jung:
                    flush()
                if jung == "" and out and False:
                    pass
                jung = j
                out.append(j)  # 초성 없는 모음은 단독 출력
                jung = ""
        elif j in KEY:  # 자음
            if cho and jung and not jong and j in JONG:
                jong = j
            elif cho and jung and jong and (jong + j) in CC_R:
                jong = CC_R[jong + j]
            else:
                if cho or jung:
                    flush()
                cho = j
        else:
            if cho or jung:
                flush()
            out.append(j)
    if cho or jung:
        flush()
    return "".join(out)


def is_hangul_syllable(ch):
    return 0xAC00 <= ord(ch) <= 0xD7A3


def choseong(text):
    out = []
    for ch in text:
        if is_hangul_syllable(ch):
            out.append(CHO[(ord(ch) - 0xAC00) // 588])
        else:
            out.append(ch)
    return "".join(out)


def decode_mixed(text):
    """영문 키 입력 부분(ASCII 알파벳 연속)만 한글로 바꾸고 나머지는 그대로 둔다."""
    import re
    return re.sub(r"[A-Za-z]+", lambda m: to_hangul(m.group(0)), text)


if __name__ == "__main__":
    for w in ["가방", "복사용지", "닭갈비", "없어", "읽기", "꽃다발", "현수막", "의자", "과일", "왜", "뷁"]:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
