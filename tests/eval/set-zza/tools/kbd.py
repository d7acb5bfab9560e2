"""두벌식 자판 변환기 (표준 라이브러리만 사용).
hangul_to_keys('가방') -> 'rkqkd' ; keys_to_hangul('rkqkd') -> '가방'
choseong('복사용지') -> 'ㅂㅅㅇㅈ'
"""
CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

KEY = {  # 낱자 -> 키
    "ㅂ": "q", "ㅈ": "w", "ㄷ": "e", "ㄱ": "r", "ㅅ": "t", "ㅛ": "y", "ㅕ": "u", "ㅑ": "i",
    "ㅐ": "o", "ㅔ": "p", "ㅁ": "a", "ㄴ": "s", "ㅇ": "d", "ㄹ": "f", "ㅎ": "g", "ㅗ": "h",
    "ㅓ": "j", "ㅏ": "k", "ㅣ": "l", "ㅋ": "z", "ㅌ": "x", "ㅊ": "c", "ㅍ": "v", "ㅠ": "b",
    "ㅜ": "n", "ㅡ": "m",
    "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P",
}
REV = {v: k for k, v in KEY.items()}
# 겹모음 / 겹받침
VCOMP = {"ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ"}
CCOMP = {"ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
         "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"}
VJOIN = {v: k for k, v in VCOMP.items()}
CJOIN = {v: k for k, v in CCOMP.items()}
VOWELS = set(JUNG)


def decompose(ch):
    o = ord(ch) - 0xAC00
    if 0 <= o < 11172:
        return CHO[o // 588], JUNG[(o % 588) // 28], JONG[o % 28]
    return None


def jamo_keys(j):
    j = VCOMP.get(j, CCOMP.get(j, j))
    return "".join(KEY[x] for x in j)


def hangul_to_keys(s):
    out = []
    for ch in s:
        d = decompose(ch)
        if d:
            out.append("".join(jamo_keys(x) for x in d if x))
        elif ch in KEY or ch in VCOMP or ch in CCOMP:
            out.append(jamo_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def compose(c, v, t=""):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(t))


def _flush_jamo(buf):
    """buf: 낱자 목록(한 어절의 연속 한글 키) -> 완성형 문자열 (두벌식 오토마타)"""
    out = []
    c = v = t = ""

    def emit():
        nonlocal c, v, t
        if c and v:
            out.append(compose(c, v, t))
        else:
            out.extend(x for x in (c, v, t) if x)
        c = v = t = ""

    for j in buf:
        if j in VOWELS:
            if c and not v:
                v = j
            elif c and v and not t:
                if v + j in VJOIN:
                    v = VJOIN[v + j]
                else:
                    emit(); v = j; out.append(v); v = ""
            elif c and v and t:
                # 받침을 다음 글자 초성으로 넘김
                if t in CCOMP:
                    t1, t2 = CCOMP[t]
                    t = t1; nc = t2
                else:
                    nc = t; t = ""
                emit(); c = nc; v = j
            else:  # 초성 없는 모음
                if not c and v and v + j in VJOIN:
                    v = VJOIN[v + j]
                else:
                    emit(); v = j
        else:  # 자음
            if c and v and not t:
                if j in JONG:
                    t = j
                else:  # ㄸ ㅃ ㅉ 는 받침 불가
                    emit(); c = j
            elif c and v and t:
                if t + j in CJOIN:
                    t = CJOIN[t + j]
                else:
                    emit(); c = j
            else:
                emit(); c = j
    emit()
    return "".join(out)


def keys_to_hangul(s):
    out = []
    buf = []
    for ch in s:
        if ch in REV:
            buf.append(REV[ch])
        elif ch.lower() in REV and ch.isupper():  # 쌍자음/ㅒㅖ 외 대문자는 소문자로
            buf.append(REV[ch.lower()])
        else:
            if buf:
                out.append(_flush_jamo(buf)); buf = []
            out.append(ch)
    if buf:
        out.append(_flush_jamo(buf))
    return "".join(out)


def choseong(s):
    r = []
    for ch in s:
        d = decompose(ch)
        r.append(d[0] if d else ch)
    return "".join(r)


if __name__ == "__main__":
    import sys
    for w in sys.argv[1:] or ["가방", "복사용지", "안전모 구매", "쓰레빠", "꽃바구니", "닭", "읽기", "왜곡"]:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), keys_to_hangul(k) == w)
