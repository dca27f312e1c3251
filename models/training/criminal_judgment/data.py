"""Loads the labelled criminal sets from the team data folder and makes the stratified split."""
import hashlib
import json
import os
import random
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DATA = Path(os.environ.get('JUDGEDESK_DATA_DIR', REPO.parent / 'shared' / 'data'))

# MUD names charges in full (with 罪) and splits some CAIL charges; these map them onto CAIL2018 names.
MUD_CHARGE_MAP = {
    '容留卖淫': '引诱、容留、介绍卖淫',
    '介绍卖淫': '引诱、容留、介绍卖淫',
    '非法持有枪支': '非法持有、私藏枪支、弹药',
    '非法买卖枪支': '非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物',
    '非法制造枪支': '非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物',
    '掩饰、隐瞒犯罪所得': '掩饰、隐瞒犯罪所得、犯罪所得收益',
}


def fact_key(fact):
    return hashlib.sha256(''.join(fact.split()).encode('utf-8')).hexdigest()[:16]


def _lines(rel):
    with open(DATA / rel, encoding='utf-8') as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield number, json.loads(line)


def load_records(sources=('cail2018', 'epm_ljpe', 'mud')):
    records = []
    if 'cail2018' in sources:
        for rel in ('cases/cail2018/data_train.json', 'cases/cail2018/data_test.json'):
            for number, obj in _lines(rel):
                meta = obj['meta']
                term = meta['term_of_imprisonment']
                kind = 'death' if term['death_penalty'] else 'life' if term['life_imprisonment'] else 'fixed'
                records.append(dict(source=rel, line=number, fact=obj['fact'], names=list(meta['criminals']),
                                    charges=sorted(set(meta['accusation'])),
                                    articles=sorted(set(str(a) for a in meta['relevant_articles'])),
                                    term=dict(kind=kind, months=0 if kind != 'fixed' else int(term['imprisonment']))))
    if 'epm_ljpe' in sources:
        rel = 'cases/epm_ljpe/data_event.txt'
        for number, obj in _lines(rel):
            records.append(dict(source=rel, line=number, fact=obj['fact_cut'], names=[], charges=[obj['accu']],
                                articles=[str(obj['law'])], term=dict(kind='fixed', months=int(obj['time']))))
    if 'mud' in sources:
        for part in ('train', 'dev', 'test'):
            rel = f'cases/mud/{part}.json'
            for number, obj in _lines(rel):
                charges = set()
                for label in obj['labels']:
                    name = label['charge'][:-1] if label['charge'].endswith('罪') else label['charge']
                    charges.add(MUD_CHARGE_MAP.get(name, name))
                records.append(dict(source=rel, line=number, fact=obj['facts'],
                                    names=sorted({l['subject'] for l in obj['labels']}),
                                    charges=sorted(charges), articles=None, term=None))
    seen, unique = set(), []
    for record in records:
        key = fact_key(record['fact'])
        if key in seen:
            continue
        seen.add(key)
        record['key'] = key
        unique.append(record)
    return unique


def stratified_split(records, seed, dev=0.15, test=0.15):
    """Groups by each case's rarest charge, shuffles each group with the seed, cuts 70/15/15."""
    freq = Counter(c for r in records for c in r['charges'])
    groups = {}
    for r in records:
        # Records without charges (article- or term-only) group by their first article, else together.
        rarest = min(r['charges'], key=lambda c: (freq[c], c)) if r['charges'] else 'article:' + (r['articles'] or ['-'])[0]
        groups.setdefault(rarest, []).append(r)
    rng = random.Random(seed)
    split = {'train': [], 'dev': [], 'test': []}
    for charge in sorted(groups):
        members = sorted(groups[charge], key=lambda r: r['key'])
        rng.shuffle(members)
        n_test, n_dev = round(len(members) * test), round(len(members) * dev)
        split['test'] += members[:n_test]
        split['dev'] += members[n_test:n_test + n_dev]
        split['train'] += members[n_test + n_dev:]
    return split


def sample(records, n, seed):
    rng = random.Random(seed)
    chosen = sorted(records, key=lambda r: r['key'])
    rng.shuffle(chosen)
    return chosen[:n]
