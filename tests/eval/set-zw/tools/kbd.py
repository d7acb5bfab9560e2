"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글 (오토마타)."""
CHO = list("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")
JUNG = list("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
JONG = [""] + list("ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
KEY = {'ㄱ':'r','ㄲ':'R','ㄴ':'s','ㄷ':'e','ㄸ':'E','ㄹ':'f','ㅁ':'a','ㅂ':'q','ㅃ':'Q','ㅅ':'t','ㅆ':'T',
       'ㅇ':'d','ㅈ':'w','ㅉ':'W','ㅊ':'c','ㅋ':'z','ㅌ':'x','ㅍ':'v','ㅎ':'g',
       'ㅏ':'k','ㅐ':'o','ㅑ':'i','ㅒ':'O','ㅓ':'j','ㅔ':'p','ㅕ':'u','ㅖ':'P','ㅗ':'h','ㅛ':'y',
       'ㅜ':'n','ㅠ':'b','ㅡ':'m','ㅣ':'l'}
CVOW = {'ㅘ':'ㅗㅏ','ㅙ':'ㅗㅐ','ㅚ':'ㅗㅣ','ㅝ':'ㅜㅓ','ㅞ':'ㅜㅔ','ㅟ':'ㅜㅣ','ㅢ':'ㅡㅣ'}
CJONG = {'ㄳ':'ㄱㅅ','ㄵ':'ㄴㅈ','ㄶ':'ㄴㅎ','ㄺ':'ㄹㄱ','ㄻ':'ㄹㅁ','ㄼ':'ㄹㅂ','ㄽ':'ㄹㅅ','ㄾ':'ㄹㅌ',
         'ㄿ':'ㄹㅍ','ㅀ':'ㄹㅎ','ㅄ':'ㅂㅅ'}
REV = {v: k for k, v in KEY.items()}
VOWELS = set(JUNG)
CVOW_R = {v: k for k, v in CVOW.items()}
CJONG_R = {v: k for k, v in CJONG.items()}


def jamo_to_keys(j):
    if j in CVOW:
        return ''.join(KEY[x] for x in CVOW[j])
    if j in CJONG:
        return ''.join(KEY[x] for x in CJONG[j])
    return KEY.get(j, j)


def to_keys(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            c -= 0xAC00
            out.append(jamo_to_keys(CHO[c // 588]) + jamo_to_keys(JUNG[(c % 588) // 28]) + jamo_to_keys(JONG[c % 28]))
        else:
            out.append(jamo_to_keys(ch))
    return ''.join(out)


def _compose(cho, jung, jong=''):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def to_hangul(keys):
    """영문 키 -> 한글. 두벌식 오토마타(도깨비불 포함)."""
    # 키를 자모로
    jamos = []
    for k in keys:
        if k in REV:
            jamos.append(REV[k])
        elif k.lower() in REV and k.isupper():
            jamos.append(REV[k.lower()])
        else:
            jamos.append(k)
    out = []
    cho = jung = jong = ''

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(_compose(cho, jung, jong))
        else:
            out.append(cho + jung + jong)
        cho = jung = jong = ''

    for j in jamos:
        isv = j in VOWELS
        isc = j in CHO or j in JONG[1:]
        if not isv and not isc:
            flush(); out.append(j); continue
        if isc:
            if cho and jung:
                if not jong:
                    if j in JONG:
                        jong = j
                    else:
                        flush(); cho = j
                else:
                    comb = CJONG_R.get(jong + j)
                    if comb:
                        jong = comb
                    else:
                        flush(); cho = j
            elif cho and not jung:
                flush(); cho = j
            else:
                flush(); cho = j
        else:  # vowel
            if cho and jung and jong:
                # 도깨비불: 받침을 떼어 다음 음절 초성으로
                if jong in CJONG:
                    a, b = CJONG[jong]
                    jong = a; nxt = b
                else:
                    nxt = jong; jong = ''
                flush(); cho = nxt; jung = j
            elif cho and jung:
                comb = CVOW_R.get(CVOW.get(jung, jung) + j) if jung not in CVOW else None
                if comb:
                    jung = comb
                else:
                    flush(); jung = j
            elif cho:
                jung = j
            else:
                if jung:
                    comb = CVOW_R.get(jung + j)
                    if comb:
                        jung = comb; continue
                flush(); jung = j
    flush()
    return ''.join(out)


def choseong(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0xAC00 <= c <= 0xD7A3:
            out.append(CHO[(c - 0xAC00) // 588])
        else:
            out.append(ch)
    return ''.join(out)


if __name__ == '__main__':
    for w in ['현수막', '복사용지', '앞치마', '한지 체험', '괜찮아요', '닭볶음탕', '읽기', '쓰레기']:
        k = to_keys(w)
        print(w, k, to_hangul(k), to_hangul(k) == w)
