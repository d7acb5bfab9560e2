"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글 (오토마타)."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {'ㅂ': 'q', 'ㅈ': 'w', 'ㄷ': 'e', 'ㄱ': 'r', 'ㅅ': 't', 'ㅛ': 'y', 'ㅕ': 'u', 'ㅑ': 'i', 'ㅐ': 'o', 'ㅔ': 'p',
       'ㅁ': 'a', 'ㄴ': 's', 'ㅇ': 'd', 'ㄹ': 'f', 'ㅎ': 'g', 'ㅗ': 'h', 'ㅓ': 'j', 'ㅏ': 'k', 'ㅣ': 'l',
       'ㅋ': 'z', 'ㅌ': 'x', 'ㅊ': 'c', 'ㅍ': 'v', 'ㅠ': 'b', 'ㅜ': 'n', 'ㅡ': 'm',
       'ㅃ': 'Q', 'ㅉ': 'W', 'ㄸ': 'E', 'ㄲ': 'R', 'ㅆ': 'T', 'ㅒ': 'O', 'ㅖ': 'P'}
COMP_V = {'ㅘ': 'ㅗㅏ', 'ㅙ': 'ㅗㅐ', 'ㅚ': 'ㅗㅣ', 'ㅝ': 'ㅜㅓ', 'ㅞ': 'ㅜㅔ', 'ㅟ': 'ㅜㅣ', 'ㅢ': 'ㅡㅣ'}
COMP_C = {'ㄳ': 'ㄱㅅ', 'ㄵ': 'ㄴㅈ', 'ㄶ': 'ㄴㅎ', 'ㄺ': 'ㄹㄱ', 'ㄻ': 'ㄹㅁ', 'ㄼ': 'ㄹㅂ', 'ㄽ': 'ㄹㅅ',
          'ㄾ': 'ㄹㅌ', 'ㄿ': 'ㄹㅍ', 'ㅀ': 'ㄹㅎ', 'ㅄ': 'ㅂㅅ'}
JAMO_OF_KEY = {v: k for k, v in KEY.items()}
V_JOIN = {v: k for k, v in COMP_V.items()}
C_JOIN = {v: k for k, v in COMP_C.items()}


def jamo_keys(j):
    s = COMP_V.get(j) or COMP_C.get(j) or j
    return ''.join(KEY[c] for c in s)


def to_keys(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            o -= 0xAC00
            c, v, t = o // 588, (o % 588) // 28, o % 28
            out.append(jamo_keys(CHO[c]) + jamo_keys(JUNG[v]) + (jamo_keys(JONG[t]) if t else ''))
        elif ch in KEY or ch in COMP_V or ch in COMP_C:
            out.append(jamo_keys(ch))
        else:
            out.append(ch)
    return ''.join(out)


def _compose(c, v, t=''):
    return chr(0xAC00 + CHO.index(c) * 588 + JUNG.index(v) * 28 + JONG.index(t))


def to_hangul(keys):
    """키 입력열을 두벌식 오토마타로 한글로 조합한다."""
    seq = []
    for k in keys:
        j = JAMO_OF_KEY.get(k)
        if j is None and k.isupper():
            j = JAMO_OF_KEY.get(k.lower())
        seq.append(j if j else k)
    out = []
    i, n = 0, len(seq)
    isv = lambda x: x in JUNG
    isc = lambda x: x in CHO or x in C_JOIN.values()
    while i < n:
        x = seq[i]
        if x in CHO and i + 1 < n and isv(seq[i + 1]):
            c = x; v = seq[i + 1]; i += 2
            if i < n and isv(seq[i]) and (v + seq[i]) in V_JOIN:
                v = V_JOIN[v + seq[i]]; i += 1
            t = ''
            if i < n and seq[i] in JONG and seq[i] != '' and not (i + 1 < n and isv(seq[i + 1])):
                t = seq[i]; i += 1
                if i < n and (t + str(seq[i])) in C_JOIN and not (i + 1 < n and isv(seq[i + 1])):
                    t = C_JOIN[t + seq[i]]; i += 1
            out.append(_compose(c, v, t))
        elif isv(x):
            v = x; i += 1
            if i < n and isv(seq[i]) and (v + seq[i]) in V_JOIN:
                v = V_JOIN[v + seq[i]]; i += 1
            out.append(v)
        else:
            out.append(x); i += 1
    return ''.join(out)


def choseong(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3:
            out.append(CHO[(o - 0xAC00) // 588])
        else:
            out.append(ch)
    return ''.join(out)


if __name__ == '__main__':
    for w in ['장구', '화선지', '꽃다발', '색종이', '명찰', '괜찮아요', '닭갈비', '값', '뷁']:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
