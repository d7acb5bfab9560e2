"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글 (오토마타). 표준 라이브러리만 사용."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = ["ㅏ","ㅐ","ㅑ","ㅒ","ㅓ","ㅔ","ㅕ","ㅖ","ㅗ","ㅘ","ㅙ","ㅚ","ㅛ","ㅜ","ㅝ","ㅞ","ㅟ","ㅠ","ㅡ","ㅢ","ㅣ"]
JONG = ["","ㄱ","ㄲ","ㄳ","ㄴ","ㄵ","ㄶ","ㄷ","ㄹ","ㄺ","ㄻ","ㄼ","ㄽ","ㄾ","ㄿ","ㅀ","ㅁ","ㅂ","ㅄ","ㅅ","ㅆ","ㅇ","ㅈ","ㅊ","ㅋ","ㅌ","ㅍ","ㅎ"]
KEY = {"ㄱ":"r","ㄲ":"R","ㄴ":"s","ㄷ":"e","ㄸ":"E","ㄹ":"f","ㅁ":"a","ㅂ":"q","ㅃ":"Q","ㅅ":"t","ㅆ":"T",
       "ㅇ":"d","ㅈ":"w","ㅉ":"W","ㅊ":"c","ㅋ":"z","ㅌ":"x","ㅍ":"v","ㅎ":"g",
       "ㅏ":"k","ㅐ":"o","ㅑ":"i","ㅒ":"O","ㅓ":"j","ㅔ":"p","ㅕ":"u","ㅖ":"P","ㅗ":"h","ㅛ":"y","ㅜ":"n","ㅠ":"b","ㅡ":"m","ㅣ":"l"}
REV = {v: k for k, v in KEY.items()}
COMP_V = {"ㅘ":"ㅗㅏ","ㅙ":"ㅗㅐ","ㅚ":"ㅗㅣ","ㅝ":"ㅜㅓ","ㅞ":"ㅜㅔ","ㅟ":"ㅜㅣ","ㅢ":"ㅡㅣ"}
COMP_C = {"ㄳ":"ㄱㅅ","ㄵ":"ㄴㅈ","ㄶ":"ㄴㅎ","ㄺ":"ㄹㄱ","ㄻ":"ㄹㅁ","ㄼ":"ㄹㅂ","ㄽ":"ㄹㅅ","ㄾ":"ㄹㅌ","ㄿ":"ㄹㅍ","ㅀ":"ㄹㅎ","ㅄ":"ㅂㅅ"}
JOIN_V = {v: k for k, v in COMP_V.items()}
JOIN_C = {v: k for k, v in COMP_C.items()}
VOWELS = set("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ")


def jamo_keys(j):
    if j in COMP_V:
        return "".join(KEY[x] for x in COMP_V[j])
    if j in COMP_C:
        return "".join(KEY[x] for x in COMP_C[j])
    return KEY.get(j, j)


def to_keys(text):
    """한글 문자열을 두벌식 영문 키 입력으로 바꾼다 (한글 아닌 글자는 그대로)."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            s = o - 0xAC00
            out.append(jamo_keys(CHO[s // 588]) + jamo_keys(JUNG[(s % 588) // 28]) + jamo_keys(JONG[s % 28]))
        elif ch in KEY or ch in COMP_V or ch in COMP_C:
            out.append(jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def _compose(cho, jung, jong):
    if jung is None:
        return cho or ""
    if cho is None:
        return jung
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong or ""))


def from_keys(keys):
    """영문 키 입력을 두벌식 오토마타로 한글로 조합한다. 자판에 없는 글자는 그대로 둔다."""
    out = []
    cho = jung = jong = None

    def flush():
        nonlocal cho, jung, jong
        if cho or jung:
            out.append(_compose(cho, jung, jong))
        cho = jung = jong = None

    for k in keys:
        j = REV.get(k)
        if j is None:
            # 대문자지만 쌍자음/ㅒㅖ가 아닌 키는 소문자로 본다
            if k.isalpha() and k.lower() in REV:
                j = REV[k.lower()]
            else:
                flush(); out.append(k); continue
        if j in VOWELS:
            if cho is not None and jung is None:
                jung = j
            elif jung is not None and jong is None and (jung + j) in JOIN_V:
                jung = JOIN_V[jung + j]
            elif jong is not None:
                # 받침을 다음 글자 초성으로 넘긴다
                if jong in COMP_C:
                    a, b = COMP_C[jong]
                    jong = a; prev = b
                else:
                    prev = jong; jong = None
                flush(); cho = prev; jung = j
            else:
                flush(); out.append(j)  # 초성 없는 모음 단독
        else:
            if cho is None and jung is None:
                cho = j
            elif jung is None:
                flush(); cho = j
            elif jong is None:
                if j in JONG:
                    jong = j
                else:
                    flush(); cho = j
            elif (jong + j) in JOIN_C:
                jong = JOIN_C[jong + j]
            else:
                flush(); cho = j
    flush()
    return "".join(out)


def choseong(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            out.append(CHO[(o - 0xAC00) // 588])
        else:
            out.append(ch)
    return "".join(out)


if __name__ == "__main__":
    for w in ["가방", "물티슈", "떡", "헬멧", "사무용품", "괜찮아", "닭갈비", "읽기", "값싼"]:
        k = to_keys(w)
        print(w, k, from_keys(k), from_keys(k) == w)
