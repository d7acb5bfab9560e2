"""4~5단계: 태그 기반 기계적 관련도 부여 + 스윕 검토 반영 + 섞기/번호 부여.

관련도 규칙
  2 = 원하는 품목(want 태그)이고 수요 조건(단가 상한·규격 정규식)을 만족
  1 = 허용 대체품(ok 태그), 또는 원하는 품목이지만 단가/규격 조건 불충족
      (예산만 있으면 예산 ÷ 수량 = 단가 상한)
  location: 그 동(○○동1가~n가 포함)의 해당 가게 종류 제품 = 2, 같은 종류 다른 동 = 1
  multi_item: 품목별로 적용, 품목 열에 수요에 적힌 말
  no_match: qrels 없음
"""
import csv, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import needs_data as ND
import build_catalog as BC
import kbd
from review_data import OVERRIDES, REVIEWED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7341

PRODUCTS = BC.products()
BYCODE = {p['제품코드']: p for p in PRODUCTS}


def dong_match(need_dong, prod_dong):
    return re.fullmatch(re.escape(need_dong[:-1]) + r'동(\d가)?', prod_dong) is not None


def cond_ok(need, p):
    cap = need.get('price_max')
    if need.get('budget') and need.get('qty'):
        b = need['budget'] // need['qty']
        cap = b if cap is None else min(cap, b)
    if cap is not None and p['단가'] > cap:
        return False
    for rx in need.get('spec') or []:
        if not re.search(rx, p['제품명'] + ' ' + p['규격'], re.I):
            return False
    return True


def label_simple(need, want, ok, check=True):
    out = {}
    for p in PRODUCTS:
        t = set(p['_tags'])
        if t & set(want):
            out[p['제품코드']] = 2 if (not check or cond_ok(need, p)) else 1
        elif t & set(ok):
            out[p['제품코드']] = 1
    return out


def auto_labels(need):
    """-> list of (code, rel, 품목)"""
    k = need['kind']
    if k == 'location':
        rows = []
        for p in PRODUCTS:
            if p['_shop'] == need['shop']:
                rows.append((p['제품코드'], 2 if dong_match(need['dong'], p['_dong']) else 1, ''))
        return rows
    if k == 'multi_item':
        rows = []
        for it in need['items']:
            for c, r in label_simple(need, it['want'], it.get('ok', []), check=False).items():
                rows.append((c, r, it['item']))
        return rows
    return [(c, r, '') for c, r in label_simple(need, need['want'], need['ok']).items()]


def final_labels(need):
    rows = {(c, it): r for c, r, it in auto_labels(need)}
    for (key, code), (rel, item, why) in OVERRIDES.items():
        if key != need['key']:
            continue
        if rel == 0:
            rows = {k: v for k, v in rows.items() if not (k[0] == code and k[1] == item)}
        else:
            rows[(code, item)] = rel
    return sorted(((c, r, it) for (c, it), r in rows.items()), key=lambda x: (x[0], x[2]))


# ---------------- 스윕 ----------------
STOP = set('''구매 구입 제작 주문 필요 필요하여 필요해서 업체 가능 가능한 가능한지 찾습니다 찾고 있습니다 합니다 하려고 하는데 하오니 부탁드립니다
견적 문의드립니다 여쭙니다 궁금합니다 이하 예산 단가 개당 타당 세트 행사 행사에 행사에서 사용할 위해 위한 때 동안 중순 예정 매달 정기 정기적으로
납품 납품해 주실 곳을 곳 받을 있는지 한 번에 모두 시민 시민들께 시민들에게 나누어 나눠드릴 드릴 드릴 참석하신 어르신 분께 선수단 선수 선수용
회원 회원사 회원 업소 공동구매로 앞두고 출전을 넣어 단체로 얼마나 걸리는지 기간이 기간 전날 오후에 실시하는 착용할 맞추려고 인근 비치할 쓰는
이용객 운영하는 셀프 코너에 코너 실습 교육 열리는 강당에서 조문객 상차림에 접객실에서 시립 전주시청 본부 대회의실에서 임직원 사랑의 나눔 크기
사용 후 샤워 몸집 큰 개별 포장으로 답례로 하계 합숙훈련 하계 단체 전국체전 팀 로고 문구가 인쇄된 홍보용 캠페인 참여 투표 안내 지방선거를 객사 앞
월 말 중 일 년 및 이랑 하고 용 객실용 국산 수료식에서 수료생들에게 기념품으로 센터 인쇄해서 제작하려고 제대군인 취업역량 강화 공정선거 선관위
협력업체 직원 전기안전 구매하고자 구매하려고 주문하려고 주문하려 합니다 있는 찾고
에서 앞 말 중 월 일 분 때 후 큰 한 번 곳 수 것 및'''.split())
PARTICLES = ['에서', '으로', '에게', '이랑', '하고', '을', '를', '랑', '이', '가', '에', '로', '의', '와', '과', '은', '는', '도', '들']
SHORT_OK = {'을', '를', '이랑', '하고', '랑'}  # 이 조사들만 떼고 한 글자 낱말을 남길 수 있음
PROTECT = ('마을', '종이', '다과', '과일', '한과', '소독제', '스테이플러')


def content_words(need):
    text = need.get('intended') or need['text']
    toks = re.findall(r'[가-힣A-Za-z0-9]+', text)
    out = []
    for t in toks:
        if t in STOP:
            continue
        if re.fullmatch(r'[가-힣]+', t) and len(t) >= 2 and not t.endswith(PROTECT):
            for pa in PARTICLES:
                rest = len(t) - len(pa)
                if t.endswith(pa) and (rest >= 2 or (rest == 1 and pa in SHORT_OK)):
                    t = t[:-len(pa)]
                    break
        if t in STOP or t in PARTICLES or re.fullmatch(r'\d+', t):
            continue
        if len(t) == 1 and need['kind'] in ('spacing', 'choseong', 'hanyeong') and len(toks) > 1:
            continue  # 띄어쓰기로 갈라진 한 글자 조각은 아래 붙여쓴 말로 대신함
        out.append(t)
    if need['kind'] in ('spacing', 'choseong', 'hanyeong') and len(toks) > 1:
        out.append(''.join(toks))
    return sorted(set(out))


def sweep(need, labelled):
    hits = []
    words = content_words(need)
    for p in PRODUCTS:
        if p['제품코드'] in labelled:
            continue
        hay = ' '.join([p['제품명'], p['규격'], p['설명']])
        m = [w for w in words if w.lower() in hay.lower()]
        if m:
            hits.append((p['제품코드'], m))
    return hits


def all_needs():
    return ND.NEEDS + ND.NO_MATCH


def id_map():
    keys = [n['key'] for n in all_needs()]
    rng = random.Random(SEED)
    rng.shuffle(keys)
    return {k: f'ZZQ-Q{i:03d}' for i, k in enumerate(keys, 1)}


def w(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        wr = csv.writer(f)
        wr.writerow(header)
        wr.writerows(rows)


if __name__ == '__main__':
    ids = id_map()
    needs = sorted(all_needs(), key=lambda n: ids[n['key']])
    unreviewed = []
    qrels = []
    for n in needs:
        if n['kind'] == 'no_match':
            continue
        labs = final_labels(n)
        for c, r, it in labs:
            qrels.append((ids[n['key']], c, r, it))
        labelled = {c for c, _, _ in labs}
        for code, m in sweep(n, labelled):
            if (n['key'], code) not in REVIEWED and not any(k == (n['key'], code) for k in
                                                            [(a, b) for (a, b) in OVERRIDES]):
                unreviewed.append((n['key'], code, BYCODE[code]['제품명'], '/'.join(m)))
    w(os.path.join(OUT, 'queries.csv'), ['수요번호', '수요내용', '수량', '예산'],
      [(ids[n['key']], n['text'], n['qty'] if n['qty'] is not None else '', n['budget'] if n['budget'] is not None else '')
       for n in needs])
    w(os.path.join(OUT, 'query_kinds.csv'), ['수요번호', '유형'], [(ids[n['key']], n['kind']) for n in needs])
    w(os.path.join(OUT, 'qrels.csv'), ['수요번호', '제품코드', '관련도', '품목'], qrels)
    w(os.path.join(OUT, 'no_match_detail.csv'), ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [(ids[n['key']], '어려움' if n['level'] == 'hard' else '쉬움', n['overlap'], n['reason'])
       for n in needs if n['kind'] == 'no_match'])
    w(os.path.join(OUT, 'hanyeong_intended.csv'), ['수요번호', '입력', '의도한 한글'],
      [(ids[n['key']], n['text'], n['intended']) for n in needs if n['kind'] == 'hanyeong'])
    w(os.path.join(HERE, 'id_map.csv'), ['수요번호', '내부키', '유형', '기관'],
      [(ids[n['key']], n['key'], n['kind'], n['inst']) for n in needs])
    # 스윕 기록
    rows = []
    for (k, c), why in sorted(REVIEWED.items()):
        rows.append((ids[k], k, c, BYCODE[c]['제품명'], 'REVIEWED(무관)', '', why))
    for (k, c), (rel, it, why) in sorted(OVERRIDES.items()):
        rows.append((ids[k], k, c, BYCODE[c]['제품명'], 'OVERRIDE', rel, why))
    w(os.path.join(HERE, 'sweep_decisions.csv'), ['수요번호', '내부키', '제품코드', '제품명', '결정', '관련도', '이유'], rows)
    print('qrels', len(qrels), 'unreviewed sweep hits', len(unreviewed))
    for u in unreviewed:
        print(u)
