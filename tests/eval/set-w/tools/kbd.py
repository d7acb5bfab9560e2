"""두벌식(표준) 자판 변환기 — 한글 ↔ 영문 자판 입력.

to_keys(text):  한글 문자열을 두벌식 자판에서 누르는 영문 키 순서로 바꾼다.
                (한글이 아닌 문자는 그대로 둔다.)
to_hangul(keys): 영문 자판 상태로 친 글자를 한글로 조합한다.
                오토마타 방식: 초성→중성→종성, 겹모음(ㅘ 등), 겹받침(ㄳ 등),
                받침이 다음 모음을 만나면 다음 음절 초성으로 넘어가는 처리,
                겹받침 뒤 모음이면 겹받침의 뒤 자음만 넘어가는 처리를 포함한다.
                자판에 없는 문자(숫자, 공백, 한글 등)는 조합을 끊고 그대로 둔다.
표준 라이브러리만 사용한다. `python3 kbd.py` 로 자체 점검을 돌린다.
"""

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
        "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

KEY2JAMO = {
    "r": "ㄱ", "R": "ㄲ", "s": "ㄴ", "e": "ㄷ", "E": "ㄸ", "f": "ㄹ", "a": "ㅁ", "q": "ㅂ",
    "Q": "ㅃ", "t": "ㅅ", "T": "ㅆ", "d": "ㅇ", "w": "ㅈ", "W": "ㅉ", "c": "ㅊ", "z": "ㅋ",
    "x": "ㅌ", "v": "ㅍ", "g": "ㅎ",
    "k": "ㅏ", "o": "ㅐ", "i": "ㅑ", "O": "ㅒ", "j": "ㅓ", "p": "ㅔ", "u": "ㅕ", "P": "ㅖ",
    "h": "ㅗ", "y": "ㅛ", "n": "ㅜ", "b": "ㅠ", "m": "ㅡ", "l": "ㅣ",
}
# 대문자로 쳐도 쌍자음/ㅒㅖ가 아닌 키는 소문자와 같게 취급 (Shift 실수)
for _k in list(KEY2JAMO):
    if _k.islower() and _k.upper() not in KEY2JAMO:
        KEY2JAMO[_k.upper()] = KEY2JAMO[_k]

JAMO2KEY = {}
for _k, _v in KEY2JAMO.items():
    if _v not in JAMO2KEY or _k.islower():
        JAMO2KEY.setdefault(_v, _k)
# 쌍자음·ㅒ·ㅖ는 대문자
for _k, _v in [("R", "ㄲ"), ("E", "ㄸ"), ("Q", "ㅃ"), ("T", "ㅆ"), ("W", "ㅉ"), ("O", "ㅒ"), ("P", "ㅖ")]:
    JAMO2KEY[_v] = _k

VOWEL_COMB = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ",
              ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
JONG_COMB = {("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ",
             ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ",
             ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ"}
VOWEL_SPLIT = {v: k for k, v in VOWEL_COMB.items()}
JONG_SPLIT = {v: k for k, v in JONG_COMB.items()}

CONS = set(CHO)
VOWS = set("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ")


def is_hangul_syllable(ch):
    return "가" <= ch <= "힣"


def compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def decompose(ch):
    code = ord(ch) - 0xAC00
    return CHO[code // 588], JUNG[(code % 588) // 28], JONG[code % 28]


def jamo_to_keys(j):
    if j in VOWEL_SPLIT:
        return "".join(JAMO2KEY[x] for x in VOWEL_SPLIT[j])
    if j in JONG_SPLIT:
        return "".join(JAMO2KEY[x] for x in JONG_SPLIT[j])
    return JAMO2KEY.get(j, j)


def to_keys(text):
    out = []
    for ch in text:
        if is_hangul_syllable(ch):
            c, v, t = decompose(ch)
            out.append(jamo_to_keys(c) + jamo_to_keys(v) + (jamo_to_keys(t) if t else ""))
        elif ch in JAMO2KEY or ch in VOWEL_SPLIT or ch in JONG_SPLIT:
            out.append(jamo_to_keys(ch))
        else:
            out.append(ch)
    return "".join(out)


def to_hangul(keys):
    """영문 키 입력을 두벌식 오토마타로 조합."""
    out = []
    cho = jung = jong = ""  # 조합 중인 음절

    def flush():
        nonlocal cho, jung, jong
        if cho and jung:
            out.append(compose(cho, jung, jong))
        elif cho:
            out.append(cho)
        elif jung:
            out.append(jung)
        cho = jung = jong = ""

    for k in keys:
        j = KEY2JAMO.get(k)
        if j is None:
            flush()
            out.append(k)
            continue
        if j in CONS:
            if cho and jung:
                if not jong:
                    if j in JONG:  # ㄸㅃㅉ 는 받침이 될 수 없다
                        jong = j
                    else:
                        flush(); cho = j
                elif (jong, j) in JONG_COMB:
                    jong = JONG_COMB[(jong, j)]
                else:
                    flush(); cho = j
            elif cho and not jung:
                flush(); cho = j
            elif jung and not cho:
                flush(); cho = j
            else:
                cho = j
        else:  # 모음
            if cho and jung and jong:
                # 받침(또는 겹받침의 뒤 자음)이 다음 음절 초성으로 넘어감
                if jong in JONG_SPLIT:
                    first, second = JONG_SPLIT[jong]
                    jong = first
                    flush(); cho = second; jung = j
                else:
                    moved = jong
                    jong = ""
                    flush(); cho = moved; jung = j
            elif cho and jung:
                if (jung, j) in VOWEL_COMB:
                    jung = VOWEL_COMB[(jung, j)]
                else:
                    flush(); jung = j
            elif cho:
                jung = j
            elif jung:
                if (jung, j) in VOWEL_COMB:
                    jung = VOWEL_COMB[(jung, j)]
                else:
                    flush(); jung = j
            else:
                jung = j
    flush()
    return "".join(out)


def convert_latin_runs(text):
    """문자열 안의 영문 자판 구간(연속된 로마자)만 한글로 조합한다. 한글·숫자는 그대로."""
    out, run = [], []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            run.append(ch)
        else:
            if run:
                out.append(to_hangul("".join(run))); run = []
            out.append(ch)
    if run:
        out.append(to_hangul("".join(run)))
    return "".join(out)


def choseong(text):
    """음절마다 초성만 뽑는다(공백 등 비한글은 그대로)."""
    out = []
    for ch in text:
        if is_hangul_syllable(ch):
            out.append(decompose(ch)[0])
        else:
            out.append(ch)
    return "".join(out)


def _selftest():
    cases = {
        "복사용지": "qhrtkdydwl", "닭": "ekfr", "값어치": "rkqtdjcl", "읽어": "dlfrdj",
        "괜찮아": "rhoscksgdk", "의자": "dmlwk", "꽃바구니": "Rhcqkrnsl", "뭐": "anj",
        "않았다": "dksgdkTek", "삶": "tkfa", "없어": "djqtdj", "쌍화차": "Tkdghkck",
    }
    for hangul, keys in cases.items():
        assert to_keys(hangul) == keys, (hangul, to_keys(hangul), keys)
        assert to_hangul(keys) == hangul, (keys, to_hangul(keys), hangul)
    assert to_hangul("gksrmf") == "한글"
    assert to_hangul("dkssud") == "안녕"
    assert convert_latin_runs("행사용 ehtlfkr 50개") == "행사용 도시락 50개"
    assert choseong("미술치료 키트") == "ㅁㅅㅊㄹ ㅋㅌ"
    for w in ["재생토너", "형광조끼", "잔디관리", "수제쿠키", "한지부채", "잡곡", "묘목",
              "닭갈비", "삯", "앉아", "많이", "핥아", "읊어", "뚫어", "외국인", "웨딩", "휘어"]:
        assert to_hangul(to_keys(w)) == w, (w, to_keys(w), to_hangul(to_keys(w)))
    print("kbd selftest ok")


if __name__ == "__main__":
    _selftest()
