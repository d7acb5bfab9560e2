# -*- coding: utf-8 -*-
"""4~5단계: 태그로 관련도를 기계적으로 매기고, 스윕(미라벨 단어 겹침 제품) 목록을 만들고,
OVERRIDES/REVIEWED 결정을 반영한 뒤 150개 수요를 고정 시드로 섞어 번호를 붙인다."""
import csv, os, random, re
import needs_data as nd
from review_data import OVERRIDES, REVIEWED, COUNT_UNIT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7321


def load_catalog():
    with open(os.path.join(OUT, 'catalog.csv'), encoding='utf-8') as f:
        cat = {r['제품코드']: r for r in csv.DictReader(f)}
    with open(os.path.join(HERE, 'product_tags.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            p = cat[r['제품코드']]
            p['tags'] = set(t for t in r['품목태그'].split(',') if t)
            p['shops'] = set(r['가게종류'].split(';'))
            p['dong'] = r['법정동']
    return cat


def dong_match(need_dong, prod_dong):
    base = need_dong
    return prod_dong == base or re.fullmatch(re.escape(base) + r'\d가', prod_dong) is not None


def unit_price(p, count_unit=None):
    """수요가 세는 단위(count_unit)와 제품 단위가 다르면 규격의 입수(예: 50매)로 나눠 낱개 단가를 구한다."""
    price = int(p['단가'])
    if count_unit and p['단위'] != count_unit:
        m = re.search(r'(\d[\d,]*)\s*' + re.escape(count_unit), p['규격'])
        if m:
            return price / int(m.group(1).replace(',', ''))
    return price


def item_rel(p, want, ok, cap=None, spec=None, count_unit=None):
    t = p['tags']
    if t & set(want):
        up = unit_price(p, count_unit)
        if cap is not None and up > cap:
            return 1, '원하는 품목이나 단가 %s원 > 상한 %d원' % (round(up), cap)
        if spec and not re.search(spec, p['제품명'] + ' ' + p['규격'], re.I):
            return 1, '원하는 품목이나 규격 조건(%s) 불충족' % spec
        return 2, '원하는 품목'
    if t & set(ok):
        return 1, '대체 가능 품목'
    return 0, ''


def label(need, cat):
    """반환: {제품코드: (관련도, 품목, 근거)}"""
    res = {}
    kind = need['kind']
    if kind == 'no_match':
        return res
    cap = need.get('cap')
    if cap is None and need.get('budget') and need.get('qty'):
        cap = need['budget'] // need['qty']
    for code, p in cat.items():
        if kind == 'location':
            if need['shop'] in p['shops']:
                if dong_match(need['dong'], p['dong']):
                    res[code] = (2, '', '%s %s 소재 %s' % (p['기업명'], p['dong'], need['shop']))
                else:
                    res[code] = (1, '', '같은 가게 종류, 다른 동(%s)' % p['dong'])
            continue
        if kind == 'multi_item':
            best = (0, '', '')
            for it in need['items']:
                r, why = item_rel(p, it['want'], it.get('ok', []), it.get('cap'))
                if r > best[0]:
                    best = (r, it['label'], why)
            if best[0]:
                res[code] = best
            continue
        if kind == 'category':
            g = nd.CATEGORY_GROUPS[need['group']]
            r, why = item_rel(p, g['want'], g['ok'])
        else:
            r, why = item_rel(p, need['want'], need['ok'], cap, need.get('spec'), COUNT_UNIT.get(need['key']))
        if r:
            res[code] = (r, '', why)
    return res


STOP = set('구매 구입 제작 인쇄 요청 문의 업체 찾습니다 있는 있는지 주실 해주실 가능한 필요 관련 위한 위해 하는 하려 합니다 '
           '좋겠습니다 예정입니다 바랍니다 드립니다 개당 이하 이내 예산 박스 우리 저희 직원 직원들이 오는 곳을 '
           '주시기 알려 맞춰 맞아 때 열리는 있도록 하나씩 다음 새로 만들려고 찾고 있습니다 대상 진행할 일체를 싶습니다 '
           '수 것이면 좋겠습니다. 감사하겠습니다. 만들기 체험 행사 경로당 어르신 어르신들 기념 전주시 공단 센터 '
           '아이들이 문의드립니다. 추천해 하오니 받고자 납품받고자 납품 가능 먹을 드실 드릴 나눠 나눠줄 줄'.split())
JOSA = re.compile(r'(으로|에서|에게|까지|부터|처럼|께서|께|을|를|이|가|은|는|에|의|로|와|과|도|만|랑|하고|및)$')


def content_words(need):
    texts = []
    if need['kind'] == 'multi_item':
        texts = [it['label'] for it in need['items']]
    else:
        texts = [need.get('intended') or need['text']]
    words = set()
    for t in texts:
        for tok in re.split(r'[\s,()./~]+', t):
            tok = tok.strip('.,')
            tok2 = JOSA.sub('', tok)
            for w in (tok, tok2):
                if len(w) >= 2 and w not in STOP and not re.fullmatch(r'[\d,]+[a-zA-Z가-힣]{0,2}', w):
                    words.add(w)
    return words


def main():
    cat = load_catalog()
    allneeds = nd.NEEDS + nd.NO_MATCH
    labels, sweep = {}, []
    for need in allneeds:
        lab = label(need, cat)
        # 사람 검토 결정 반영
        for (k, code), (rel, item, why) in OVERRIDES.items():
            if k == need['key']:
                if rel == 0:
                    lab.pop(code, None)
                else:
                    lab[code] = (rel, item, '검토: ' + why)
        labels[need['key']] = lab
        if need['kind'] == 'no_match':
            words = set(w.strip() for w in need['overlap'].split(',') if w.strip())
        else:
            words = content_words(need)
        for code, p in cat.items():
            if code in lab:
                continue
            hay = p['제품명'] + ' ' + p['규격'] + ' ' + p['설명']
            hit = sorted(w for w in words if w in hay)
            if hit:
                dec = REVIEWED.get((need['key'], code)) or REVIEWED.get(('ALL', need['key']))
                ov = OVERRIDES.get((need['key'], code))
                sweep.append([need['key'], need['text'], code, p['제품명'], '/'.join(hit),
                              '관련도 0 유지: ' + dec if dec else ('검토: ' + ov[2] if ov else '미검토')])
    with open(os.path.join(HERE, 'sweep.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['내부키', '수요내용', '제품코드', '제품명', '겹친 말', '결정'])
        w.writerows(sweep)
    unrev = [s for s in sweep if s[5] == '미검토']
    print('sweep rows', len(sweep), 'unreviewed', len(unrev))

    # 5단계: 섞기와 번호
    order = list(allneeds)
    random.Random(SEED).shuffle(order)
    idmap = {}
    for i, need in enumerate(order, 1):
        idmap[need['key']] = 'ZR-Q%03d' % i

    def W(name, header, rows):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    W('queries.csv', ['수요번호', '수요내용', '수량', '예산'],
      [[idmap[n['key']], n['text'], n.get('qty', ''), n.get('budget', '')] for n in order])
    W('query_kinds.csv', ['수요번호', '유형'], [[idmap[n['key']], n['kind']] for n in order])
    qrows = []
    for n in order:
        for code in sorted(labels[n['key']]):
            rel, item, why = labels[n['key']][code]
            qrows.append([idmap[n['key']], code, rel, item if n['kind'] == 'multi_item' else ''])
    W('qrels.csv', ['수요번호', '제품코드', '관련도', '품목'], qrows)
    W('no_match_detail.csv', ['수요번호', '난이도', '겹치는 말', '해당 없음 이유'],
      [[idmap[n['key']], n['difficulty'], n['overlap'], n['reason']] for n in order if n['kind'] == 'no_match'])
    W('hanyeong_intended.csv', ['수요번호', '입력', '의도한 한글'],
      [[idmap[n['key']], n['text'], n['intended']] for n in order if n['kind'] == 'hanyeong'])
    W('tools/id_map.csv', ['수요번호', '내부키', '유형', '기관'],
      [[idmap[n['key']], n['key'], n['kind'], nd.INSTITUTIONS[n['inst']]] for n in order])
    # 근거가 붙은 라벨 전체(검토용)
    W('tools/qrels_explained.csv', ['수요번호', '내부키', '수요내용', '제품코드', '제품명', '단가', '관련도', '품목', '근거'],
      [[idmap[n['key']], n['key'], n['text'], c, cat[c]['제품명'], cat[c]['단가']] + list(labels[n['key']][c])
       for n in order for c in sorted(labels[n['key']])])
    print('needs', len(order), 'qrels', len(qrows))


if __name__ == '__main__':
    main()
