# -*- coding: utf-8 -*-
"""4·5단계: 태그로 관련도를 기계적으로 매기고, 점검(sweep) 후보를 뽑고, 수요를 섞어 번호를 붙인다."""
import csv, os, re, random
from needs_data import NEEDS, NO_MATCH, GROUPS
import review_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7331


def load_catalog():
    cat = {r['제품코드']: r for r in csv.DictReader(open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8'))}
    for r in csv.DictReader(open(os.path.join(HERE, 'product_tags.csv'), encoding='utf-8')):
        c = cat[r['제품코드']]
        c['_tags'] = set(r['태그'].split())
        c['_shop'] = r['가게종류']
        c['_dong'] = r['법정동']
        c['_text'] = ' '.join([c['제품명'], c['규격'], c['설명']])
    return cat


def unit_cap(n):
    if n.get('cap'):
        return n['cap']
    if n.get('budget') and n.get('qty'):
        return n['budget'] // n['qty']
    return None


def rel_for(cond, p):
    """cond: want/ok/spec/cap 를 가진 dict. 반환 0/1/2"""
    tags = p['_tags']
    if tags & set(cond.get('want', [])):
        good = True
        cap = cond.get('_cap')
        if cap is not None and int(p['단가']) > cap:
            good = False
        for rx in cond.get('spec', []) or []:
            if not re.search(rx, p['_text']):
                good = False
        return 2 if good else 1
    if tags & set(cond.get('ok', [])):
        return 1
    return 0


def dong_match(prod_dong, dong):
    return prod_dong == dong or (prod_dong.startswith(dong) and re.fullmatch(r'\d가', prod_dong[len(dong):]) is not None)


def label(n, cat):
    """반환: {(code, 품목): rel}"""
    out = {}
    kind = n['kind']
    if kind == 'no_match':
        return out
    if kind == 'location':
        for code, p in cat.items():
            if p['_shop'] == n['shop']:
                out[(code, '')] = 2 if dong_match(p['_dong'], n['dong']) else 1
        return out
    if kind == 'multi_item':
        for itm in n['items']:
            c = dict(itm); c['_cap'] = unit_cap(itm)
            for code, p in cat.items():
                r = rel_for(c, p)
                if r:
                    out[(code, itm['item'])] = r
        return out
    if kind == 'category':
        g = GROUPS[n['group']]
        c = dict(want=g['want'], ok=g['ok'], _cap=None)
    else:
        c = dict(n); c['_cap'] = unit_cap(n)
    for code, p in cat.items():
        r = rel_for(c, p)
        if r:
            out[(code, '')] = r
    return out


STOP = set('''및 이랑 하고 제작 구매 구입 인쇄 업체 주문 납품 부탁드립니다 찾습니다 합니다 하고자 위해 위하여 동안 기간 가능
 가능한 여부 알려 주십시오 주실 있는 수 곳을 곳 진행해 운영해 기관을 모집합니다 연락 바랍니다 하오니 견적을 드릴 드릴 나눠드릴
 시민들께 시민 관람객께 기념품으로 들어간 하며 말까지 납품이 가능해야 이하 이하로 개당 권당 1인 개 권 벌 주 박스 명 명에게 세트
 사용할 입을 긴급히 하니 당일 제공할 자원봉사자와 주민 함께 보는 수업을 중 센터 앞두고 대상으로 한 총 하나로 사업의 하반기
 구매하려고 구매하고자 제작하려고 제작하고자 들여놓고 싶습니다 몇 관리가 쉬운 쉬는 교대 근무자들이 공간의 위하여 넣어 기관 로고를
 날 기념 거리 캠페인 직접 배달해 있는 주실 연말 격려를 야간 상황근무자 종합상황실로 정기분 일괄 발송을 주소가 보이는 기관명을
 해 체납 안내문 지방세 현장 초소 근무자들이 특별방역 가을철 분류 작업자들이 우편집중국 우편물 특별소통기간 명절 설 손바닥 마을축제
 점심 정기연주회 전통 문양이 식목일 나무 나눠주기 행사 일원 배부할 결혼이민자 가족 빚어 체험 보호자를 영유아와 유아실에서 도서관
 서비스 만들기'''.split())


def content_words(n):
    if n['kind'] in ('hanyeong', 'choseong'):
        src = n['intended']
    elif n['kind'] == 'multi_item':
        src = ' '.join(i['item'] for i in n['items'])
    else:
        src = n['text']
    words = []
    for w in re.split(r'[\s,·()~.]+', src):
        w = re.sub(r'(을|를|이나|에게|에서|으로|로|의|과|와|에|은|는|이|가)$', '', w) if len(w) > 2 else w
        if len(w) >= 2 and w not in STOP and not re.fullmatch(r'[\d,]+\w?', w) and not re.fullmatch(r'[ㄱ-ㅎ]+', w):
            words.append(w)
    return words


def sweep(n, labelled, cat):
    rows = []
    for w in content_words(n):
        wn = w.replace(' ', '')
        for code, p in cat.items():
            if code in labelled:
                continue
            t = p['_text']
            if w in t or wn in t.replace(' ', ''):
                rows.append((code, w))
    return rows


def main():
    cat = load_catalog()
    allneeds = NEEDS + NO_MATCH
    rng = random.Random(SEED)
    order = list(range(len(allneeds)))
    rng.shuffle(order)
    ids = {}
    for i, idx in enumerate(order):
        ids[allneeds[idx]['key']] = 'ZS-Q%03d' % (i + 1)

    qrels, sweep_rows = [], []
    ov = review_data.OVERRIDES
    rv = review_data.REVIEWED
    used_ov = set()
    for n in allneeds:
        lab = label(n, cat)
        # overrides: (need key, code) -> (rel, reason); rel 0 = 행 삭제
        for (k, code), (rel, item, why) in ov.items():
            if k != n['key']:
                continue
            used_ov.add((k, code))
            if rel == 0:
                for key in [x for x in lab if x[0] == code]:
                    del lab[key]
            else:
                lab[(code, item)] = rel
        codes = {c for c, _ in lab}
        for (code, item), rel in sorted(lab.items()):
            qrels.append((ids[n['key']], code, rel, item))
        if n['kind'] != 'location':
            for code, w in sweep(n, codes, cat):
                sweep_rows.append((n['key'], ids[n['key']], code, cat[code]['제품명'], w,
                                   rv.get((n['key'], code), ov.get((n['key'], code), (None, None, ''))[2] if (n['key'], code) in ov else '')))
        else:
            for code, w in sweep(n, codes, cat):
                sweep_rows.append((n['key'], ids[n['key']], code, cat[code]['제품명'], w, rv.get((n['key'], code), '')))
    assert used_ov == set(ov), set(ov) - used_ov

    qrels.sort()
    W = lambda name: csv.writer(open(os.path.join(OUT, name), 'w', encoding='utf-8', newline=''))
    w = W('qrels.csv'); w.writerow(['수요번호', '제품코드', '관련도', '품목'])
    for r in qrels:
        w.writerow(r)
    byid = sorted(allneeds, key=lambda n: ids[n['key']])
    w = W('queries.csv'); w.writerow(['수요번호', '수요내용', '수량', '예산'])
    for n in byid:
        w.writerow([ids[n['key']], n['text'], n.get('qty') or '', n.get('budget') or ''])
    w = W('query_kinds.csv'); w.writerow(['수요번호', '유형'])
    for n in byid:
        w.writerow([ids[n['key']], n['kind']])
    w = W('hanyeong_intended.csv'); w.writerow(['수요번호', '입력', '의도한 한글'])
    for n in byid:
        if n['kind'] == 'hanyeong':
            w.writerow([ids[n['key']], n['text'], n['intended']])
    w = W('no_match_detail.csv'); w.writerow(['수요번호', '난이도', '겹치는 말', '해당 없음 이유'])
    for n in byid:
        if n['kind'] == 'no_match':
            w.writerow([ids[n['key']], n['level'], n['overlap'], n['reason']])
    w = csv.writer(open(os.path.join(HERE, 'id_map.csv'), 'w', encoding='utf-8', newline=''))
    w.writerow(['수요번호', '내부키', '유형', '기관'])
    for n in byid:
        w.writerow([ids[n['key']], n['key'], n['kind'], n['inst']])
    w = csv.writer(open(os.path.join(HERE, 'sweep.csv'), 'w', encoding='utf-8', newline=''))
    w.writerow(['내부키', '수요번호', '제품코드', '제품명', '겹친 말', '검토 결과'])
    for r in sweep_rows:
        w.writerow(r)
    unrev = [r for r in sweep_rows if not r[5]]
    print('qrels', len(qrels), 'sweep', len(sweep_rows), 'unreviewed', len(unrev))
    return unrev


if __name__ == '__main__':
    for r in main():
        print(*r[:5], sep=' | ')
