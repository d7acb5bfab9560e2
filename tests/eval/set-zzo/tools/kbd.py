"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글 (오토마타). 표준 라이브러리만 사용."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = ["ㅏ","ㅐ","ㅑ","ㅒ","ㅓ","ㅔ","ㅕ","ㅖ","ㅗ","ㅘ","ㅙ","ㅚ","ㅛ","ㅜ","ㅝ","ㅞ","ㅟ","ㅠ","ㅡ","ㅢ","ㅣ"]
JONG = ["","ㄱ","ㄲ","ㄳ","ㄴ","ㄵ","ㄶ","ㄷ","ㄹ","ㄺ","ㄻ","ㄼ","ㄽ","ㄾ","ㄿ","ㅀ","ㅁ","ㅂ","ㅄ","ㅅ","ㅆ","ㅇ","ㅈ","ㅊ","ㅋ","ㅌ","ㅍ","ㅎ"]
KEY = {"ㄱ":"r","ㄲ":"R","ㄴ":"s","ㄷ":"e","ㄸ":"E","ㄹ":"f","ㅁ":"a","ㅂ":"q","ㅃ":"Q","ㅅ":"t","ㅆ":"T",
       "ㅇ":"d","ㅈ":"w","ㅉ":"W","ㅊ":"c","ㅋ":"z","ㅌ":"x","ㅍ":"v","ㅎ":"g",
       "ㅏ":"k","ㅐ":"o","ㅑ":"i","ㅒ":"O","ㅓ":"j","ㅔ":"p","ㅕ":"u","ㅖ":"P","ㅗ":"h","ㅛ":"y",
       "ㅜ":"n","ㅠ":"b","ㅡ":"m","ㅣ":"l"}
VCOMB = {"ㅘ":"ㅗㅏ","ㅙ":"ㅗㅐ","ㅚ":"ㅗㅣ","ㅝ":"ㅜㅓ","ㅞ":"ㅜㅔ","ㅟ":"ㅜㅣ","ㅢ":"ㅡㅣ"}
CCOMB = {"ㄳ":"ㄱㅅ","ㄵ":"ㄴㅈ","ㄶ":"ㄴㅎ","ㄺ":"ㄹㄱ","ㄻ":"ㄹㅁ","ㄼ":"ㄹㅂ","ㄽ":"ㄹㅅ","ㄾ":"ㄹㅌ","ㄿ":"ㄹㅍ","ㅀ":"ㄹㅎ","ㅄ":"ㅂㅅ"}
REV = {v: k for k, v in KEY.items()}
VOWELS = set(JUNG)
CONS = set(CHO) | set(CCOMB)

def jamo_keys(j):
    if j in KEY: return KEY[j]
    if j in VCOMB: return "".join(KEY[x] for x in VCOMB[j])
    if j in CCOMB: return "".join(KEY[x] for x in CCOMB[j])
    return j

def hangul_to_keys(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            c -= 0xAC00
            out.append(KEY[CHO[c // 588]] + jamo_keys(JUNG[(c % 588) // 28]) + jamo_keys(JONG[c % 28]))
        else:
            out.append(jamo_keys(ch))
    return "".join(out)

def _keys_to_jamo(keys):
    seq = []
    for k in keys:
        j = REV.get(k)
        if j is None:
            j = REV.get(k.lower()) if k.isalpha() else None
        seq.append(j if j else k)
    # 모음 결합 (ㅗ+ㅏ -> ㅘ ...)
    vc = {v: k for k, v in VCOMB.items()}
    res = []
    for j in seq:
        if res and (res[-1] + j) in vc:
            res[-1] = vc[res[-1] + j]
        else:
            res.append(j)
    return res

def keys_to_hangul(keys):
    js = _keys_to_jamo(keys)
    cc = {v: k for k, v in CCOMB.items()}
    out = []; i = 0; n = len(js)
    isC = lambda x: x in CHO
    isV = lambda x: x in VOWELS
    while i < n:
        a = js[i]
        if isC(a) and i + 1 < n and isV(js[i + 1]):
            cho = CHO.index(a); jung = JUNG.index(js[i + 1]); jong = 0; i += 2
            if i < n and isC(js[i]) and js[i] in JONG and not (i + 1 < n and isV(js[i + 1])):
                # 겹받침 가능?
                if i + 1 < n and isC(js[i + 1]) and (js[i] + js[i + 1]) in cc and not (i + 2 < n and isV(js[i + 2])):
                    jong = JONG.index(cc[js[i] + js[i + 1]]); i += 2
                else:
                    jong = JONG.index(js[i]); i += 1
            out.append(chr(0xAC00 + cho * 588 + jung * 28 + jong))
        else:
            out.append(a); i += 1
    return "".join(out)

def choseong(s):
    out = []
    for ch in s:
        c = ord(ch)
        out.append(CHO[(c - 0xAC00) // 588] if 0xAC00 <= c <= 0xD7A3 else ch)
    return "".join(out)

if __name__ == "__main__":
    for w in ["가방", "수건", "현수막", "닭갈비", "읽기", "괜찮아", "꽃다발", "흙", "값싼", "한지 체험", "의자"]:
        k = hangul_to_keys(w); b = keys_to_hangul(k)
        print(w, k, b, "OK" if b == w else "FAIL")
