"""Trains the legal element tagger (CAIL2019 要素识别: loan / divorce / labour, multi-label per
sentence) and writes models/legal-elements/{model.onnx, featurizer.json, card.json, heldout.json}.

Model: hashed character n-grams (shared/domain/hashed-char-ngrams.ts, identity neutralised first)
→ weighted embedding bag → hidden layer → 60 sigmoid outputs (20 per domain). A sentence is
trained only on its own domain's 20 outputs; the caller names the domain at inference.
Baselines computed in the same run on the same split: majority (the domain's most frequent element
for every sentence) and TF-IDF (char 1–3-grams) + one-vs-rest logistic regression.

Usage: /usr/bin/python3 models/training/train_legal_elements.py [--smoke] [--out DIR]
"""
import argparse
import hashlib
import json
import os
import platform
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from criminal_judgment.featurize import hashed_char_ngrams  # noqa: E402
from criminal_judgment.neutralise import neutralise_identity  # noqa: E402
from legal_elements.data import DOMAINS, REPO, label_set, load_split  # noqa: E402

SEED = 20240403
THRESHOLDS = [round(0.2 + 0.05 * i, 2) for i in range(13)]


def set_seeds(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


class Net(nn.Module):
    def __init__(self, buckets, dim, hidden, n_out):
        super().__init__()
        # Sparse gradients: a batch touches a few thousand of the 65,536 rows; dense Adam over all of
        # them was most of an epoch's time.
        self.embedding = nn.Embedding(buckets, dim, sparse=True)
        nn.init.normal_(self.embedding.weight, std=0.1)
        self.body = nn.Sequential(nn.Dropout(0.3), nn.Linear(dim, hidden), nn.ReLU(), nn.Dropout(0.3))
        self.out = nn.Linear(hidden, n_out)

    def forward(self, indices, weights):
        return self.out(self.body((self.embedding(indices) * weights.unsqueeze(-1)).sum(dim=1)))


class Exported(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, indices, weights):
        return torch.sigmoid(self.net(indices, weights))


def pad(features):
    length = max(1, max(len(i) for i, _ in features))
    idx = torch.zeros((len(features), length), dtype=torch.long)
    w = torch.zeros((len(features), length), dtype=torch.float32)
    for row, (i, v) in enumerate(features):
        idx[row, :len(i)] = torch.tensor(i, dtype=torch.long)
        w[row, :len(v)] = torch.tensor(v, dtype=torch.float32)
    return idx, w


def targets(rows, offsets, n_out):
    y = torch.zeros((len(rows), n_out))
    m = torch.zeros((len(rows), n_out))
    for r, row in enumerate(rows):
        start, codes = offsets[row['domain']]
        m[r, start:start + len(codes)] = 1
        for c in row['labels']:
            y[r, start + codes.index(c)] = 1
    return y, m


def probs(net, feats, batch=512):
    net.eval()
    with torch.no_grad():
        return np.concatenate([torch.sigmoid(net(*pad(feats[i:i + batch]))).numpy() for i in range(0, len(feats), batch)])


def f1s(gold, pred, n_labels):
    """gold/pred: lists of label-index sets. micro-F1, and macro-F1 over labels present in gold."""
    tp = fp = fn = 0
    per = []
    for j in range(n_labels):
        t = sum(1 for g, p in zip(gold, pred) if j in g and j in p)
        f = sum(1 for g, p in zip(gold, pred) if j not in g and j in p)
        n = sum(1 for g, p in zip(gold, pred) if j in g and j not in p)
        tp, fp, fn = tp + t, fp + f, fn + n
        if t + n:
            per.append(2 * t / (2 * t + f + n))
    micro = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return {'microF1': micro, 'macroF1': sum(per) / len(per) if per else 0.0}


def decide(p, threshold):
    return [set(np.nonzero(row >= threshold)[0].tolist()) for row in p]


def train_model(train, dev_by_domain, feats, offsets, n_out, cfg, epochs, log):
    net = Net(cfg['buckets'], cfg['dim'], cfg['hidden'], n_out)
    dense = [p for name, p in net.named_parameters() if not name.startswith('embedding.')]
    opts = [torch.optim.SparseAdam([net.embedding.weight], lr=cfg['lr']), torch.optim.Adam(dense, lr=cfg['lr'])]
    y, m = targets(train, offsets, n_out)
    stale = 0
    best = (-1.0, 0, None)
    for epoch in range(1, epochs + 1):
        net.train()
        order = np.random.permutation(len(train))
        for s in range(0, len(order), cfg['batch']):
            b = order[s:s + cfg['batch']]
            logits = net(*pad([feats['train'][i] for i in b]))
            loss = (nn.functional.binary_cross_entropy_with_logits(logits, y[b], reduction='none') * m[b]).sum() / m[b].sum()
            for opt in opts:
                opt.zero_grad()
            loss.backward()
            for opt in opts:
                opt.step()
        score = np.mean([evaluate_domain(net, rows, f, offsets[d], 0.5)['microF1'] for d, (rows, f) in dev_by_domain.items()])
        log(f'epoch {epoch}: dev mean micro-F1 {score:.4f}')
        if score > best[0]:
            best, stale = (score, epoch, {k: v.clone() for k, v in net.state_dict().items()}), 0
        else:
            stale += 1
            if stale >= 2:  # dev stopped improving: stop early, keep the best epoch
                break
    net.load_state_dict(best[2])
    return net, best[1]


def evaluate_domain(net, rows, feats, offset, threshold):
    start, codes = offset
    p = probs(net, feats)[:, start:start + len(codes)]
    gold = [{codes.index(c) for c in r['labels']} for r in rows]
    return f1s(gold, decide(p, threshold), len(codes))


def baselines(split, codes):
    gold = [{codes.index(c) for c in r['labels']} for r in split['test']]
    counts = np.zeros(len(codes))
    for r in split['train']:
        for c in r['labels']:
            counts[codes.index(c)] += 1
    majority = f1s(gold, [{int(counts.argmax())}] * len(gold), len(codes))
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = TfidfVectorizer(analyzer='char', ngram_range=(1, 3), min_df=2, sublinear_tf=True)
    x_train = vec.fit_transform([r['input'] for r in split['train']])
    x_test = vec.transform([r['input'] for r in split['test']])
    pred = [set() for _ in gold]
    for j, c in enumerate(codes):
        y = np.array([c in r['labels'] for r in split['train']])
        if y.sum() == 0:
            continue
        clf = LogisticRegression(C=10.0, max_iter=1000, solver='liblinear').fit(x_train, y)
        for i in np.nonzero(clf.predict_proba(x_test)[:, 1] >= 0.5)[0]:
            pred[i].add(j)
    return {'majority': majority, 'tfidf_linear': f1s(gold, pred, len(codes))}


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--smoke', action='store_true', help='a few hundred sentences, 2 epochs: pipeline check for CI')
    parser.add_argument('--out', default=str(REPO / 'models' / 'legal-elements'))
    args = parser.parse_args()
    started = time.time()
    log = lambda m: print(f'[{time.time() - started:6.1f}s] {m}', flush=True)  # noqa: E731
    set_seeds(SEED)
    torch.set_num_threads(1)  # two OpenMP threads spin-wait on a busy 2-core machine: 5–8× slower
    cfg = dict(buckets=2 ** 16, ngrams=[1, 2, 3], maxChars=300, dim=48, hidden=128, lr=3e-3, batch=128)  # model.onnx ≈ 13 MB
    epochs = 8
    offsets, names, splits, n_out = {}, {}, {}, 0
    for d in DOMAINS:
        codes, labels = label_set(d)
        offsets[d], names[d] = (n_out, codes), labels
        n_out += len(codes)
        splits[d] = load_split(d, SEED)
        if args.smoke:
            splits[d] = {k: v[:{'train': 300, 'dev': 80, 'test': 80}[k]] for k, v in splits[d].items()}
    if args.smoke:
        cfg.update(buckets=2 ** 12, dim=16, hidden=16)
        epochs = 2
    for d in DOMAINS:
        for rows in splits[d].values():
            for r in rows:
                r['input'] = neutralise_identity(r['sentence'], [])
        log(f'{d}: ' + ', '.join(f'{k} {len(v)}' for k, v in splits[d].items()) + ' sentences')
    feat = lambda rows: [hashed_char_ngrams(r['input'], cfg['buckets'], cfg['ngrams'], cfg['maxChars']) for r in rows]  # noqa: E731
    train = [r for d in DOMAINS for r in splits[d]['train']]
    feats = {'train': feat(train)}
    dev_by_domain = {d: (splits[d]['dev'], feat(splits[d]['dev'])) for d in DOMAINS}
    test_feats = {d: feat(splits[d]['test']) for d in DOMAINS}
    net, best_epoch = train_model(train, dev_by_domain, feats, offsets, n_out, cfg, epochs, log)
    thresholds, results, base = {}, {}, {}
    for d in DOMAINS:
        rows, f = dev_by_domain[d]
        thresholds[d] = max(THRESHOLDS, key=lambda t: (evaluate_domain(net, rows, f, offsets[d], t)['microF1'], -abs(t - 0.5)))
        results[d] = evaluate_domain(net, splits[d]['test'], test_feats[d], offsets[d], thresholds[d])
        base[d] = baselines(splits[d], offsets[d][1])
        log(f'{d}: test {results[d]} (threshold {thresholds[d]}); baselines {base[d]}')

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    net.eval()
    dummy = pad(test_feats[DOMAINS[0]][:2])
    torch.onnx.export(Exported(net), dummy, str(out / 'model.onnx'), opset_version=17, input_names=['indices', 'weights'],
                      output_names=['elements'],
                      dynamic_axes={'indices': {0: 'batch', 1: 'length'}, 'weights': {0: 'batch', 1: 'length'}, 'elements': {0: 'batch'}})
    import onnx
    onnx.checker.check_model(onnx.load(str(out / 'model.onnx')))
    featurizer = {
        'kind': 'hashed-char-ngrams', 'hash': 'fnv1a32-utf8', 'buckets': cfg['buckets'], 'ngrams': cfg['ngrams'],
        'maxChars': cfg['maxChars'], 'weighting': 'sqrt(count/total)', 'neutralise': 'shared/domain/neutralise-identity.ts',
        'domains': {d: {'offset': offsets[d][0], 'codes': offsets[d][1], 'names': names[d], 'threshold': thresholds[d]} for d in DOMAINS},
    }
    (out / 'featurizer.json').write_text(json.dumps(featurizer, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    (out / 'heldout.json').write_text(json.dumps({
        'seed': SEED, 'smoke': args.smoke, 'unit': 'judgment (line of data_small_selected.json)',
        'test': {d: sorted({r['line'] for r in splits[d]['test']}) for d in DOMAINS},
        'dev': {d: sorted({r['line'] for r in splits[d]['dev']}) for d in DOMAINS},
        'testSentences': {d: len(splits[d]['test']) for d in DOMAINS},
    }, ensure_ascii=False) + '\n', 'utf-8')
    split_name = 'test (15%% of judgments per domain, seed %d; no sentence of a test judgment in train or dev)' % SEED
    metrics = [{'name': f'{d}.{m}', 'value': round(results[d][m], 4), 'split': split_name, 'baseline': round(base[d]['tfidf_linear'][m], 4)}
               for d in DOMAINS for m in ('microF1', 'macroF1')]
    rare = {d: [names[d][j] for j, c in enumerate(offsets[d][1]) if sum(c in r['labels'] for r in splits[d]['train']) < 10] for d in DOMAINS}
    card = {
        'id': 'legal-elements', 'name': '法律要素标注模型（借贷·离婚·劳动）', 'version': '0.1.0' + ('-smoke' if args.smoke else ''),
        'purpose': '对民间借贷、离婚、劳动争议文书逐句标注法律要素（多标签，如“借款金额x万元”“婚后有子女”“支付工资”），用于解释与证据指引，仅供参考',
        'feature': 'evidenceGuidance',
        'intendedUse': '提示一句话可能涉及的法律要素及其出处句子，帮助法官核对证据清单；不判断要素是否成立',
        'trainingData': 'ie/cail2019_element（CAIL2019 要素识别第一阶段数据）loan / divorce / labor，按文书划分训练、验证、测试',
        'trainingCounts': {d: {k: len(v) for k, v in splits[d].items()} for d in DOMAINS} | {'bestEpoch': best_epoch},
        'metrics': metrics,
        'baselines': {b: {f'{d}.{m}': round(base[d][b][m], 4) for d in DOMAINS for m in ('microF1', 'macroF1')} for b in ('majority', 'tfidf_linear')},
        'limits': [
            'macro-F1 只对测试集中出现过的要素求平均',
            '训练样本少于10句的要素，预测不可靠：' + '；'.join(f'{d}：' + ('、'.join(v) or '无') for d, v in rare.items()),
            '调用方须指明案件类型（借贷/离婚/劳动），模型不判断类型；句子之外的上下文（如前句的主语）不可见',
            '特征为字符 n-gram 哈希，不理解否定（“未签订劳动合同”与“签订劳动合同”的区别依赖训练数据中的字面）',
        ],
        'measuredOn': f'{platform.machine()} {os.cpu_count()} cores, torch {torch.__version__} (1 thread), {time.time() - started:.0f}s wall, {time.process_time():.0f}s CPU',
        'files': [{'path': n, 'sha256': sha256(out / n), 'bytes': (out / n).stat().st_size}
                  for n in ('model.onnx', 'featurizer.json', 'heldout.json')],
    }
    (out / 'card.json').write_text(json.dumps(card, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    log(f'wrote {out} ({(out / "model.onnx").stat().st_size} bytes model)')


if __name__ == '__main__':
    main()
