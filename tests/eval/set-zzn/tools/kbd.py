"""두벌식 자판 변환기 (표준 라이브러리만 사용).
hangul_to_keys('가방') -> 'rkqkd' ; keys_to_hangul('rkqkd') -> '가방'
한글이 아닌 글자(공백, 숫자 등)는 그대로 둔다."""
CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
JUNG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'
JONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ',
        'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ']
KEY = {'ㄱ': 'r', 'ㄲ': 'R', 'ㄴ': 's', 'ㄷ': 'e', 'ㄸ': 'E', 'ㄹ': 'f', 'ㅁ': 'a', 'ㅂ': 'q', 'ㅃ': 'Q',
       'ㅅ': 't', 'ㅆ': 'T', 'ㅇ': 'd', 'ㅈ': 'w', 'ㅉ': 'W', 'ㅊ': 'c', 'ㅋ': 'z', 'ㅌ': 'x', 'ㅍ': 'v',
       'ㅎ': 'g', 'ㅏ': 'k', 'ㅐ': 'o', 'ㅑ': 'i', 'ㅒ': 'O', 'ㅓ': 'j', 'ㅔ': 'p', 'ㅕ': 'u', 'ㅖ': 'P',
       'ㅗ': 'h', 'ㅛ': 'y', 'ㅜ': 'n', 'ㅠ': 'b', 'ㅡ': 'm', 'ㅣ': 'l'}
REV = {v: k for k, v in KEY.items()}
CVOW = {'ㅘ': 'ㅗㅏ', 'ㅙ': 'ㅗㅐ', 'ㅚ': 'ㅗㅣ', 'ㅝ': 'ㅜㅓ', 'ㅞ': 'ㅜㅔ', 'ㅟ': 'ㅜㅣ', 'ㅢ': 'ㅡㅣ'}
CJONG = {'ㄳ': 'ㄱㅅ', 'ㄵ': 'ㄴㅈ', 'ㄶ': 'ㄴㅎ', 'ㄺ': 'ㄹㄱ', 'ㄻ': 'ㄹㅁ', 'ㄼ': 'ㄹㅂ', 'ㄽ': 'ㄹㅅ',
         'ㄾ': 'ㄹㅌ', 'ㄿ': 'ㄹㅍ', 'ㅀ': 'ㄹㅎ', 'ㅄ': 'ㅂㅅ'}
VOW_JOIN = {v: k for k, v in CVOW.items()}
JONG_JOIN = {v: k for k, v in CJONG.items()}
VOWELS = set(JUNG)


def decompose(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            out.append(CHO[c // 588])
            v = JUNG[(c % 588) // 28]
            out.extend(CVOW.get(v, v))
            j = JONG[c % 28]
            out.extend(CJONG.get(j, j))
        elif ch in CVOW:
            out.extend(CVOW[ch])
        elif ch in CJONG:
            out.extend(CJONG[ch])
        else:
            out.append(ch)
    return out


def hangul_to_keys(s):
    return ''.join(KEY.get(j, j) for j in decompose(s))


def choseong(s):
    return ''.join(CHO[(ord(ch) - 0xAC00) // 588] if 0 <= ord(ch) - 0xAC00 < 11172 else ch for ch in s)


def _compose(cho, jung, jong=''):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def keys_to_hangul(keys):
    """두벌식 오토마타: 키 문자열을 한글로 조합."""
    jamo = [REV.get(k, k) for k in keys]
    out = []
    i, n = 0, len(jamo)
    while i < n:
        j = jamo[i]
        if j in CHO and i + 1 < n and jamo[i + 1] in VOWELS:
            cho = j
            i += 1
            v = jamo[i]
            i += 1
            if i < n and (v + jamo[i]) in VOW_JOIN:
                v = VOW_JOIN[v + jamo[i]]
                i += 1
            jong = ''
            # 받침 후보
            if i < n and jamo[i] in JONG and jamo[i] != '' and not (i + 1 < n and jamo[i + 1] in VOWELS):
                jong = jamo[i]
                i += 1
                if i < n and (jong + jamo[i]) in JONG_JOIN and not (i + 1 < n and jamo[i + 1] in VOWELS):
                    jong = JONG_JOIN[jong + jamo[i]]
                    i += 1
            out.append(_compose(cho, v, jong))
        else:
            out.append(j)
            i += 1
    return ''.join(out)


if __name__ == '__main__':
    for w in ['가방', '안전조끼', '꽃다발', '곰인형', '닭갈비', '값싼', '외국어 번역', '의자', '앉아']:
        k = hangul_to_keys(w)
        print(w, k, keys_to_hangul(k), choseong(w))
