"""Trains the criminal judgment assistant (charges, 刑法 articles, prison term) and writes
models/criminal-judgment/{model.onnx, featurizer.json, card.json, heldout.json}.

Usage: /usr/bin/python3 models/training/train_criminal_judgment.py [--smoke] [--out DIR]
"""
import argparse
import hashlib
import json
import math
import os
import platform
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from criminal_judgment.data import REPO, load_records, sample, stratified_split  # noqa: E402
from criminal_judgment.featurize import hashed_char_ngrams  # noqa: E402
from criminal_judgment.metrics import mean_term_score, multilabel_f1  # noqa: E402
from criminal_judgment.neutralise import neutralise_identity  # noqa: E402

SEED = 20240401
KINDS = ['fixed', 'life', 'death']
QUANTILES = [0.1, 0.5, 0.9]
MIN_TRAIN_EXAMPLES = 5
PAIRS = json.loads((Path(__file__).resolve().parent / 'criminal_judgment' / 'counterfactual-pairs.json').read_text('utf-8'))['pairs']


def set_seeds(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


class Net(nn.Module):
    """Bag of hashed n-gram embeddings (weighted sum) → linear heads; Gather-only for ONNX."""

    def __init__(self, buckets, dim, n_charges, n_articles):
        super().__init__()
        self.embedding = nn.Embedding(buckets, dim)
        nn.init.normal_(self.embedding.weight, std=0.1)
        self.dropout = nn.Dropout(0.2)
        self.charges = nn.Linear(dim, n_charges)
        self.articles = nn.Linear(dim, n_articles)
        self.term_hidden = nn.Sequential(nn.Linear(dim, 64), nn.ReLU())
        self.term_kind = nn.Linear(64, len(KINDS))
        self.term_quantiles = nn.Linear(64, len(QUANTILES))

    def forward(self, indices, weights):
        pooled = (self.embedding(indices) * weights.unsqueeze(-1)).sum(dim=1)
        h = self.dropout(pooled)
        t = self.term_hidden(h)
        return self.charges(h), self.articles(h), self.term_kind(t), self.term_quantiles(t)


class Exported(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, indices, weights):
        c, a, k, q = self.net(indices, weights)
        return torch.sigmoid(c), torch.sigmoid(a), torch.softmax(k, dim=-1), q


def featurise(texts, cfg):
    return [hashed_char_ngrams(t, cfg['buckets'], cfg['ngrams'], cfg['maxChars']) for t in texts]


def pad(features):
    length = max(1, max(len(i) for i, _ in features))
    idx = np.zeros((len(features), length), dtype=np.int64)
    w = np.zeros((len(features), length), dtype=np.float32)
    for row, (i, v) in enumerate(features):
        idx[row, :len(i)] = i
        w[row, :len(v)] = v
    return torch.from_numpy(idx), torch.from_numpy(w)


def multi_hot(sets, vocab):
    pos = {label: n for n, label in enumerate(vocab)}
    out = np.zeros((len(sets), len(vocab)), dtype=np.float32)
    for row, labels in enumerate(sets):
        for label in labels or []:
            if label in pos:
                out[row, pos[label]] = 1
    return torch.from_numpy(out)


def decide(probs, vocab, threshold):
    """Labels over the threshold; the single best one when none is (every case has a charge)."""
    out = []
    for row in probs:
        chosen = {vocab[j] for j in np.nonzero(row >= threshold)[0]}
        out.append(chosen or {vocab[int(np.argmax(row))]})
    return out


def decide_term(kind_probs, quantiles):
    out = []
    for k, q in zip(kind_probs, quantiles):
        kind = KINDS[int(np.argmax(k))]
        out.append(dict(kind=kind, months=0 if kind != 'fixed' else max(0, round(math.expm1(float(q[1]))))))
    return out


def predict(net, features, batch=256):
    net.eval()
    outs = [[], [], [], []]
    with torch.no_grad():
        for start in range(0, len(features), batch):
            idx, w = pad(features[start:start + batch])
            c, a, k, q = net(idx, w)
            for store, value in zip(outs, (torch.sigmoid(c), torch.sigmoid(a), torch.softmax(k, -1), q)):
                store.append(value.numpy())
    return [np.concatenate(o) for o in outs]


def evaluate(rows, probs, charges_vocab, articles_vocab, thresholds):
    c, a, k, q = probs
    pred_c = decide(c, charges_vocab, thresholds['charges'])
    pred_a = decide(a, articles_vocab, thresholds['articles'])
    pred_t = decide_term(k, q)
    return scores(rows, pred_c, pred_a, pred_t)


def scores(rows, pred_c, pred_a, pred_t):
    cm, cM = multilabel_f1([set(r['charges']) for r in rows], pred_c)
    art = [n for n, r in enumerate(rows) if r['articles'] is not None]
    am, aM = multilabel_f1([set(rows[n]['articles']) for n in art], [pred_a[n] for n in art])
    ter = [n for n, r in enumerate(rows) if r['term'] is not None]
    ts = mean_term_score([rows[n]['term'] for n in ter], [pred_t[n] for n in ter])
    return {'charges.microF1': cm, 'charges.macroF1': cM, 'articles.microF1': am, 'articles.macroF1': aM, 'term.score': ts}


def pinball(pred, target, mask):
    losses = []
    for j, q in enumerate(QUANTILES):
        diff = target - pred[:, j]
        losses.append(torch.maximum(q * diff, (q - 1) * diff))
    per_row = torch.stack(losses, 1).mean(1)
    return (per_row * mask).sum() / mask.sum().clamp(min=1)


def train_model(train, dev, feats_train, feats_dev, charges_vocab, articles_vocab, cfg, epochs, log):
    net = Net(cfg['buckets'], cfg['dim'], len(charges_vocab), len(articles_vocab))
    opts = [torch.optim.Adam(net.parameters(), lr=cfg['lr'])]
    yc = multi_hot([r['charges'] for r in train], charges_vocab)
    ya = multi_hot([r['articles'] for r in train], articles_vocab)
    has_a = torch.tensor([r['articles'] is not None for r in train], dtype=torch.float32)
    has_t = torch.tensor([r['term'] is not None for r in train], dtype=torch.float32)
    kind = torch.tensor([KINDS.index(r['term']['kind']) if r['term'] else 0 for r in train])
    fixed = torch.tensor([1.0 if r['term'] and r['term']['kind'] == 'fixed' else 0.0 for r in train])
    logm = torch.tensor([math.log1p(r['term']['months']) if r['term'] else 0.0 for r in train], dtype=torch.float32)
    bce = nn.BCEWithLogitsLoss(reduction='none')
    ce = nn.CrossEntropyLoss(reduction='none')
    rng = random.Random(SEED)
    best, best_state, best_epoch = -1.0, None, 0
    half = {'charges': 0.5, 'articles': 0.5}
    for epoch in range(epochs):
        net.train()
        order = list(range(len(train)))
        rng.shuffle(order)
        for start in range(0, len(order), cfg['batch']):
            rows = order[start:start + cfg['batch']]
            idx, w = pad([feats_train[n] for n in rows])
            c, a, k, q = net(idx, w)
            loss = bce(c, yc[rows]).sum(1).mean()
            loss = loss + (bce(a, ya[rows]).sum(1) * has_a[rows]).sum() / has_a[rows].sum().clamp(min=1)
            loss = loss + (ce(k, kind[rows]) * has_t[rows]).sum() / has_t[rows].sum().clamp(min=1)
            loss = loss + pinball(q, logm[rows], fixed[rows])
            for opt in opts:
                opt.zero_grad()
            loss.backward()
            for opt in opts:
                opt.step()
        dev_scores = evaluate(dev, predict(net, feats_dev), charges_vocab, articles_vocab, half)
        score = dev_scores['charges.microF1'] + dev_scores['articles.microF1'] + dev_scores['term.score']
        log(f'epoch {epoch + 1}: dev ' + ', '.join(f'{k} {v:.3f}' for k, v in dev_scores.items()))
        if score > best:
            best, best_epoch = score, epoch + 1
            best_state = {k: v.clone() for k, v in net.state_dict().items()}
    net.load_state_dict(best_state)
    return net, best_epoch


def tune_thresholds(net, dev, feats_dev, charges_vocab, articles_vocab):
    probs = predict(net, feats_dev)
    best = {}
    for head, column, vocab in (('charges', 0, charges_vocab), ('articles', 1, articles_vocab)):
        rows = [n for n, r in enumerate(dev) if r[head] is not None]
        gold = [set(dev[n][head]) for n in rows]
        options = []
        for t in [x / 100 for x in range(15, 75, 5)]:
            m, M = multilabel_f1(gold, decide(probs[column][rows], vocab, t))
            options.append(((m + M) / 2, -abs(t - 0.5), t))
        best[head] = max(options)[2]
    return best


def baselines(train, test, charges_vocab, articles_vocab, smoke, log):
    out = {}
    top_c = Counter(c for r in train for c in r['charges']).most_common(1)[0][0]
    top_a = Counter(a for r in train if r['articles'] for a in r['articles']).most_common(1)[0][0]
    months = sorted(r['term']['months'] for r in train if r['term'] and r['term']['kind'] == 'fixed')
    median = months[len(months) // 2]
    out['majority'] = scores(test, [{top_c}] * len(test), [{top_a}] * len(test),
                             [dict(kind='fixed', months=median)] * len(test))
    log(f'majority baseline: charge {top_c}, article {top_a}, term {median} months')
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import Ridge
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.preprocessing import MultiLabelBinarizer
        from sklearn.svm import LinearSVC
    except ImportError:
        log('sklearn missing: TF-IDF baseline skipped')
        return out
    vec = TfidfVectorizer(analyzer='char', ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x_train = vec.fit_transform([''.join(r['input'].split()) for r in train])
    x_test = vec.transform([''.join(r['input'].split()) for r in test])
    preds = {}
    for head in ('charges', 'articles'):
        rows = [n for n, r in enumerate(train) if r[head] is not None]
        mlb = MultiLabelBinarizer()
        y = mlb.fit_transform([train[n][head] for n in rows])
        clf = OneVsRestClassifier(LinearSVC(C=0.5, random_state=SEED)).fit(x_train[rows], y)
        dec = clf.decision_function(x_test)
        preds[head] = [({mlb.classes_[j] for j in np.nonzero(row > 0)[0]} or {mlb.classes_[int(np.argmax(row))]}) for row in dec]
    rows = [n for n, r in enumerate(train) if r['term'] and r['term']['kind'] == 'fixed']
    reg = Ridge(alpha=1.0).fit(x_train[rows], [math.log1p(train[n]['term']['months']) for n in rows])
    term = [dict(kind='fixed', months=max(0, round(math.expm1(v)))) for v in reg.predict(x_test)]
    out['tfidf_linear'] = scores(test, preds['charges'], preds['articles'], term)
    return out


OTHER_PERSON_SUFFIX = '(?![甲乙丙丁戊己庚辛壬癸某]|[0-9](?![0-9]))'


def counterfactual(record, pair_side):
    header = f"被告人{pair_side['name']}，{pair_side['gender']}，{pair_side['ethnicity']}，出生于{pair_side['birthplace']}，{pair_side['occupation']}。"
    body = record['fact']
    # The whole name only: 高某 inside 高某甲 or 高某1 (other persons) stays; 高某7800元 is 高某, as the case would name them.
    for name in record['names']:
        body = re.sub(re.escape(name) + OTHER_PERSON_SUFFIX, lambda _: pair_side['name'], body)
    names = [pair_side['name']] if pair_side['givenName'] else []
    return header + body, names


def fairness(net, test, cfg, charges_vocab, articles_vocab, thresholds, neutralise=True):
    cases = [r for r in test if r['source'].startswith('cases/cail2018/')]
    outputs = []
    for side in (0, 1):
        texts = []
        for n, r in enumerate(cases):
            text, names = counterfactual(r, PAIRS[n % len(PAIRS)][side])
            texts.append(neutralise_identity(text, names) if neutralise else text)
        c, a, k, q = predict(net, featurise(texts, cfg))
        outputs.append(list(zip(decide(c, charges_vocab, thresholds['charges']),
                                decide(a, articles_vocab, thresholds['articles']), [json.dumps(t) for t in decide_term(k, q)])))
    flips = sum(1 for x, y in zip(*outputs) if x != y)
    return {'cases': len(cases), 'flips': flips, 'flipRate': flips / len(cases) if cases else 0.0}


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--smoke', action='store_true', help='~300 cases, a few epochs: pipeline check for CI')
    parser.add_argument('--out', default=str(REPO / 'models' / 'criminal-judgment'))
    args = parser.parse_args()
    started = time.time()
    log = lambda m: print(f'[{time.time() - started:6.1f}s] {m}', flush=True)  # noqa: E731
    set_seeds(SEED)
    torch.set_num_threads(2)
    cfg = dict(buckets=2 ** 17, ngrams=[1, 2, 3], maxChars=1000, dim=32, lr=1e-2, batch=64)
    epochs = 8
    records = load_records()
    log(f'loaded {len(records)} unique cases: ' + json.dumps(Counter(r['source'].split('/')[1] for r in records), ensure_ascii=False))
    if args.smoke:
        records = sample([r for r in records if r['source'].startswith('cases/cail2018/')], 300, SEED)
        cfg.update(buckets=2 ** 14, dim=16)
        epochs = 3
    split = stratified_split(records, SEED)
    train, dev, test = split['train'], split['dev'], split['test']
    log(f'split train {len(train)} / dev {len(dev)} / test {len(test)}')
    for r in records:
        r['input'] = neutralise_identity(r['fact'], r['names'])
    freq_c = Counter(c for r in train for c in r['charges'])
    freq_a = Counter(a for r in train if r['articles'] for a in r['articles'])
    min_n = 1 if args.smoke else MIN_TRAIN_EXAMPLES
    charges_vocab = sorted(c for c, n in freq_c.items() if n >= min_n)
    articles_vocab = sorted((a for a, n in freq_a.items() if n >= min_n), key=int)
    feats = {name: featurise([r['input'] for r in rows], cfg) for name, rows in split.items()}
    log(f'featurised; {len(charges_vocab)} charges, {len(articles_vocab)} articles in the heads')
    net, best_epoch = train_model(train, dev, feats['train'], feats['dev'], charges_vocab, articles_vocab, cfg, epochs, log)
    thresholds = tune_thresholds(net, dev, feats['dev'], charges_vocab, articles_vocab)
    test_scores = evaluate(test, predict(net, feats['test']), charges_vocab, articles_vocab, thresholds)
    log('test ' + json.dumps(test_scores))
    base = baselines(train, test, charges_vocab, articles_vocab, args.smoke, log)
    log('baselines ' + json.dumps(base))
    fair = fairness(net, test, cfg, charges_vocab, articles_vocab, thresholds)
    fair_raw = fairness(net, test, cfg, charges_vocab, articles_vocab, thresholds, neutralise=False)
    log(f'fairness: flips {fair} ; without neutralisation {fair_raw}')

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    net.eval()
    dummy = pad(feats['test'][:2])
    torch.onnx.export(Exported(net), dummy, str(out / 'model.onnx'), opset_version=17,
                      input_names=['indices', 'weights'],
                      output_names=['charges', 'articles', 'term_kind', 'term_log_months'],
                      dynamic_axes={'indices': {0: 'batch', 1: 'length'}, 'weights': {0: 'batch', 1: 'length'},
                                    'charges': {0: 'batch'}, 'articles': {0: 'batch'},
                                    'term_kind': {0: 'batch'}, 'term_log_months': {0: 'batch'}})
    import onnx
    onnx.checker.check_model(onnx.load(str(out / 'model.onnx')))
    featurizer = {
        'kind': 'hashed-char-ngrams', 'hash': 'fnv1a32-utf8', 'buckets': cfg['buckets'], 'ngrams': cfg['ngrams'],
        'maxChars': cfg['maxChars'], 'weighting': 'sqrt(count/total)', 'neutralise': 'shared/domain/neutralise-identity.ts',
        'charges': charges_vocab, 'articles': articles_vocab, 'termKinds': KINDS, 'termQuantiles': QUANTILES,
        'thresholds': thresholds,
    }
    (out / 'featurizer.json').write_text(json.dumps(featurizer, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    (out / 'heldout.json').write_text(json.dumps({
        'seed': SEED, 'smoke': args.smoke,
        'test': [{'source': r['source'], 'line': r['line'], 'key': r['key']} for r in test],
    }, ensure_ascii=False) + '\n', 'utf-8')

    rare = sorted(((c, n) for c, n in freq_c.items() if n < MIN_TRAIN_EXAMPLES), key=lambda x: (x[1], x[0]))
    split_name = 'test (held out, stratified by charge, seed %d)' % SEED
    metrics = []
    for name, value in test_scores.items():
        metrics.append({'name': name, 'value': round(value, 4), 'split': split_name,
                        'baseline': round(base['tfidf_linear'][name], 4) if 'tfidf_linear' in base else round(base['majority'][name], 4)})
    metrics.append({'name': 'fairness.flipRate', 'value': round(fair['flipRate'], 4), 'split': split_name})
    sources = Counter(r['source'].split('/')[1] for r in records)
    card = {
        'id': 'criminal-judgment', 'name': '刑事裁判辅助模型（罪名·法条·刑期）', 'version': '0.1.0' + ('-smoke' if args.smoke else ''),
        'purpose': '根据案件事实预测可能的罪名（多标签）、刑法条文（多标签）与刑期（月，含区间），并给出驱动预测的原文片段，仅供参考',
        'feature': 'criminalJudgment',
        'intendedUse': '法官或书记员在阅卷时参考，核对罪名与法条、估计刑期区间；不得替代审判，不用于自动裁判',
        'trainingData': 'cases/cail2018（data_train + data_test 合并后按罪名分层重新划分）、cases/epm_ljpe（罪名、法条、刑期）、cases/mud（仅罪名；多被告人合并为案件罪名集合）；cases/judge_test 未使用（法条含总则条文，标签口径不同）',
        'trainingCounts': {'train': len(train), 'dev': len(dev), 'test': len(test), 'bySource': dict(sources),
                           'charges': len(charges_vocab), 'articles': len(articles_vocab), 'bestEpoch': best_epoch},
        'metrics': metrics,
        'baselines': {k: {m: round(v, 4) for m, v in s.items()} for k, s in base.items()},
        'fairness': {'method': '对≥500件留出的 CAIL2018 案件各生成两份只在被告人姓名、性别、民族、出生地、职业上不同的文本，比较罪名集合、法条集合与刑期预测是否改变',
                     'withNeutralisation': fair, 'withoutNeutralisation': fair_raw},
        'limits': [
            '罪名与法条只覆盖训练集中至少 %d 例的标签（罪名 %d 个、法条 %d 个）；其余罪名无法预测' % (MIN_TRAIN_EXAMPLES, len(charges_vocab), len(articles_vocab)),
            '训练样本不足而未进入模型的罪名：' + '、'.join(f'{c}({n})' for c, n in rare[:60]) + ('…' if len(rare) > 60 else ''),
            '死刑、无期徒刑样本极少（CAIL2018 中 37 与 45 例），刑期类别预测对其不可靠',
            '刑期为整案估计，多被告人案件不区分各被告人',
            '特征为字符 n-gram 哈希，不理解否定、量刑情节之间的关系；解释片段为逐句删除后的概率下降，不是法律理由',
        ],
        'measuredOn': f'{platform.machine()} {os.cpu_count()} cores, torch {torch.__version__}, {time.time() - started:.0f}s',
        'files': [{'path': name, 'sha256': sha256(out / name), 'bytes': (out / name).stat().st_size}
                  for name in ('model.onnx', 'featurizer.json', 'heldout.json')],
    }
    (out / 'card.json').write_text(json.dumps(card, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    log(f'wrote {out} ({(out / "model.onnx").stat().st_size} bytes model)')


if __name__ == '__main__':
    main()
