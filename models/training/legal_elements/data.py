"""CAIL2019 要素识别 (ie/cail2019_element/{loan,divorce,labor}): sentences with multi-label element
codes. Split by judgment (all sentences of one judgment stay in one split): per domain, judgments
shuffled with a fixed seed, 15% test, 10% dev (threshold choice), the rest train."""
import json
import os
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DATA = Path(os.environ.get('JUDGEDESK_DATA_DIR', str(REPO.parent / 'shared' / 'data')))
ELEMENTS = DATA / 'ie' / 'cail2019_element'
DOMAINS = ['loan', 'divorce', 'labor']


def label_set(domain):
    folder = ELEMENTS / domain
    codes = (folder / 'tags.txt').read_text('utf-8').split()
    names = [n.strip() for n in (folder / 'selectedtags.txt').read_text('utf-8').splitlines() if n.strip()]
    return codes, names


def load_split(domain, seed):
    docs = []
    for line_no, line in enumerate((ELEMENTS / domain / 'data_small_selected.json').read_text('utf-8').splitlines(), 1):
        if line.strip():
            docs.append((line_no, json.loads(line)))
    order = list(range(len(docs)))
    random.Random(f'{seed}-{domain}').shuffle(order)
    n_test, n_dev = round(len(docs) * 0.15), round(len(docs) * 0.10)
    part = {}
    for rank, i in enumerate(order):
        part[i] = 'test' if rank < n_test else 'dev' if rank < n_test + n_dev else 'train'
    split = {'train': [], 'dev': [], 'test': []}
    for i, (line_no, doc) in enumerate(docs):
        for k, s in enumerate(doc):
            split[part[i]].append({'domain': domain, 'line': line_no, 'index': k, 'sentence': s['sentence'], 'labels': s['labels']})
    return split
