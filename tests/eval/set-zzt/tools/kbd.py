"""두벌식 자판 변환기: 한글 -> 영문 키 입력, 영문 키 입력 -> 한글 (오토마타). 표준 라이브러리만 사용."""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
        "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
KEY = {'ㅂ': 'q', 'ㅈ': 'w', 'ㄷ': 'e', 'ㄱ': 'r', 'ㅅ': 't', 'ㅛ': 'y', 'ㅕ': 'u', 'ㅑ': 'i', 'ㅐ': 'o', 'ㅔ': 'p',
       'ㅁ': 'a', 'ㄴ': 's', 'ㅇ': 'd', 'ㄹ': 'f', 'ㅎ': 'g', 'ㅗ': 'h', 'ㅓ': 'j', 'ㅏ': 'k', 'ㅣ': 'l',
       'ㅋ': 'z', 'ㅌ': 'x', 'ㅊ': 'c', 'ㅍ': 'v', 'ㅠ': 'b', 'ㅜ': 'n', 'ㅡ': 'm',
       'ㅃ': 'Q', 'ㅉ': 'W', 'ㄸ': 'E', 'ㄲ': 'R', 'ㅆ': 'T', 'ㅒ': 'O', 'ㅖ': 'P'}
REV = {v: k for k, v in KEY.items()}
CV = {'ㅘ': 'ㅗㅏ', 'ㅙ': 'ㅗㅐ', 'ㅚ': 'ㅗㅣ', 'ㅝ': 'ㅜㅓ', 'ㅞ': 'ㅜㅔ', 'ㅟ': 'ㅜㅣ', 'ㅢ': 'ㅡㅣ'}
CC = {'ㄳ': 'ㄱㅅ', 'ㄵ': 'ㄴㅈ', 'ㄶ': 'ㄴㅎ', 'ㄺ': 'ㄹㄱ', 'ㄻ': 'ㄹㅁ', 'ㄼ': 'ㄹㅂ', 'ㄽ': 'ㄹㅅ',
      'ㄾ': 'ㄹㅌ', 'ㄿ': 'ㄹㅍ', 'ㅀ': 'ㄹㅎ', 'ㅄ': 'ㅂㅅ'}
CV_R = {v: k for k, v in CV.items()}
CC_R = {v: k for k, v in CC.items()}
VOWELS = set(JUNG)


def decompose(ch):
    c = ord(ch) - 0xAC00
    if 0 <= c < 11172:
        return CHO[c // 588], JUNG[(c % 588) // 28], JONG[c % 28]
    return None


def to_keys(text):
    out = []
    for ch in text:
        d = decompose(ch)
        if d:
            for j in d:
                for a in CV.get(j, CC.get(j, j)):
                    out.append(KEY[a] if a else '')
        elif ch in KEY:
            out.append(KEY[ch])
        elif ch in CV or ch in CC:
            out.extend(KEY[a] for a in (CV.get(ch) or CC.get(ch)))
        else:
            out.append(ch)
    return ''.join(out)


def compose(cho, jung, jong=''):
    return chr(0xAC00 + CHO.index(cho) * 588 + JUNG.index(jung) * 28 + JONG.index(jong))


def from_keys(keys):
    """영문 키 입력을 두벌식 오토마타로 한글 조합."""
    # 먼저 키를 자모로 (대문자는 쌍자음/ㅒㅖ 이외에는 소문자로 취급)
    jamo = []
    for k in keys:
        if k in REV:
            jamo.append(REV[k])
        elif k.lower() in REV and k.isalpha():
            jamo.append(REV[k.lower()])
        else:
            jamo.append(k)
    out = []
    cho = jung = jong = ''

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong))
        else:
            out.append(cho + jung + jong)
        cho = jung = jong = ''

    for j in jamo:
        if j in VOWELS:
            if not cho and not jung:
                jung = j
            elif cho and not jung:
                jung = j
            elif jung and not jong:
                if cho and (jung + j) in CV_R:
                    jung = CV_R[jung + j]
                elif not cho and (jung + j) in CV_R:
                    jung = CV_R[jung + j]
                else:
                    flush(); jung = j
            else:  # 종성 있음 -> 종성(또는 그 뒤 자음)을 다음 음절 초성으로
                if jong in CC:
                    a, b = CC[jong]
                    jong = a
                    flush(); cho = b; jung = j
                else:
                    b = jong; jong = ''
                    flush(); cho = b; jung = j
        elif j in CHO or j in JONG:
            if not cho and not jung:
                if cho:
                    flush()
                cho = j
            elif cho and not jung:
                flush(); cho = j
            elif not cho and jung:
                flush(); cho = j
            elif not jong:
                if j in JONG:
                    jong = j
                else:  # ㄸㅃㅉ 는 종성 불가
                    flush(); cho = j
            else:
                if (jong + j) in CC_R:
                    jong = CC_R[jong + j]
                else:
                    flush(); cho = j
        else:
            if cho or jung or jong:
                flush()
            out.append(j)
    if cho or jung or jong:
        flush()
    return ''.join(out)


def choseong(text):
    out = []
    for ch in text:
        d = decompose(ch)
        out.append(d[0] if d else ch)
    return ''.join(out)


if __name__ == '__main__':
    for w in ['가방', '복사용지', '떡', '스케치북', '한지 공예 체험', '닭', '없다', '괜찮아', '의자', '뷁']:
        k = to_keys(w)
        print(w, k, from_keys(k), from_keys(k) == w)
