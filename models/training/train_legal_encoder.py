"""Trains the legal text encoder (one L2-normalised vector per text) and writes
models/legal-encoder/{model.onnx, featurizer.json, heldout.json, card.json}.

Input: the same identity-neutralised hashed char n-grams as criminal-judgment (shared featuriser
and neutraliser), into an embedding bag → MLP → unit vector. Trained on the legal labels the data
offers: charges and 刑法 articles (the criminal sets), 案由 (CJRC civil passages) and elements
(CAIL2019 element documents), with cosine-classifier heads plus a supervised contrastive loss
(cases with the same charge set are pulled together). The criminal cases are split exactly as
criminal-judgment splits them (same records, same seed), so no held-out case is trained on.

Usage: /usr/bin/python3 models/training/train_legal_encoder.py [--smoke] [--out DIR]
"""
import argparse
import json
import os
import platform
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
from criminal_judgment.data import REPO, load_records, sample, stratified_split  # noqa: E402
from criminal_judgment.neutralise import neutralise_identity  # noqa: E402
from legal_encoder.extra_data import extra_records  # noqa: E402
from legal_encoder.retrieval import grade_matrix, ranking_metrics, tfidf_scores  # noqa: E402
from train_criminal_judgment import PAIRS, SEED, counterfactual, featurise, pad, set_seeds, sha256  # noqa: E402

MIN_LABEL_EXAMPLES = 3


class Encoder(nn.Module):
    """Bag of hashed n-gram embeddings (weighted sum) → MLP → L2-normalised vector. Trained with
    nn.EmbeddingBag (flat indices, sparse gradients: fast on 2 cores); exported through Exported,
    which computes the same sum with Gather so onnxruntime needs no EmbeddingBag op."""

    def __init__(self, buckets, bag_dim, hidden, dim):
        super().__init__()
        self.bag = nn.EmbeddingBag(buckets, bag_dim, mode='sum', sparse=True)
        nn.init.normal_(self.bag.weight, std=0.1)
        self.mlp = nn.Sequential(nn.Dropout(0.1), nn.Linear(bag_dim, hidden), nn.GELU(), nn.Linear(hidden, dim))

    def forward(self, flat, offsets, weights):
        return F.normalize(self.mlp(self.bag(flat, offsets, per_sample_weights=weights)), dim=-1)


class Exported(nn.Module):
    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, indices, weights):
        pooled = (F.embedding(indices, self.net.bag.weight) * weights.unsqueeze(-1)).sum(dim=1)
        return F.normalize(self.net.mlp(pooled), dim=-1)


def flat(features):
    """EmbeddingBag input of a batch: concatenated indices, row offsets, weights."""
    offsets, total = [], 0
    for i, _ in features:
        offsets.append(total)
        total += len(i)
    indices = np.fromiter((x for i, _ in features for x in i), dtype=np.int64, count=total)
    weights = np.fromiter((x for _, w in features for x in w), dtype=np.float32, count=total)
    return torch.from_numpy(indices), torch.tensor(offsets, dtype=torch.int64), torch.from_numpy(weights)


class CosineHeads(nn.Module):
    """One cosine classifier over all labels (charges, articles, causes, elements): logits are
    scaled cosines between the vector and a learned label direction, so the labels shape the
    geometry of the vector space itself."""

    def __init__(self, dim, n_labels, scale=16.0):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(n_labels, dim) * 0.1)
        self.bias = nn.Parameter(torch.full((n_labels,), -4.0))
        self.scale = scale

    def forward(self, z):
        return self.scale * z @ F.normalize(self.weight, dim=-1).T + self.bias


def label_set(record):
    if 'labels' in record:
        return record['labels']
    return ['charge:' + c for c in record['charges']] + ['article:' + a for a in (record['articles'] or [])]


def group_key(record):
    """Cases with the same key are positives for the contrastive loss."""
    if 'labels' in record:
        return '|'.join(l for l in record['labels'] if l.startswith('cause:'))
    return '|'.join(sorted(record['charges']))


def supcon(z, keys, temperature):
    sim = z @ z.T / temperature
    n = z.shape[0]
    eye = torch.eye(n, dtype=torch.bool)
    sim = sim.masked_fill(eye, -1e9)
    positive = (keys.unsqueeze(0) == keys.unsqueeze(1)) & ~eye
    log_prob = sim - torch.logsumexp(sim, dim=1, keepdim=True)
    has = positive.any(1)
    if not has.any():
        return sim.new_zeros(())
    per_row = (log_prob * positive).sum(1)[has] / positive.sum(1)[has]
    return -per_row.mean()


def embed(net, features, batch=256):
    net.eval()
    out = []
    with torch.no_grad():
        for start in range(0, len(features), batch):
            out.append(net(*flat(features[start:start + batch])).numpy())
    return np.concatenate(out)


def retrieval(net, features, grades):
    vectors = embed(net, features)
    return ranking_metrics(vectors @ vectors.T, grades)


def train(train_rows, feats_train, dev_grades, feats_dev, labels, cfg, epochs, log):
    net = Encoder(cfg['buckets'], cfg['bagDim'], cfg['hidden'], cfg['dimension'])
    heads = CosineHeads(cfg['dimension'], len(labels))
    dense = [p for name, p in net.named_parameters() if not name.startswith('bag.')] + list(heads.parameters())
    opts = [torch.optim.SparseAdam([net.bag.weight], lr=cfg['lr']), torch.optim.Adam(dense, lr=cfg['lr'])]
    pos = {label: n for n, label in enumerate(labels)}
    targets = torch.zeros((len(train_rows), len(labels)))
    for row, record in enumerate(train_rows):
        for label in label_set(record):
            if label in pos:
                targets[row, pos[label]] = 1
    key_ids = {}
    keys = torch.tensor([key_ids.setdefault(group_key(r), len(key_ids)) for r in train_rows])
    rng = random.Random(SEED)
    best, best_state, best_epoch = -1.0, None, 0
    for epoch in range(epochs):
        net.train()
        order = list(range(len(train_rows)))
        rng.shuffle(order)
        for start in range(0, len(order), cfg['batch']):
            rows = order[start:start + cfg['batch']]
            z = net(*flat([feats_train[n] for n in rows]))
            loss = F.binary_cross_entropy_with_logits(heads(z), targets[rows], reduction='none').sum(1).mean()
            loss = loss + cfg['supconWeight'] * supcon(z, keys[rows], cfg['temperature'])
            for opt in opts:
                opt.zero_grad()
            loss.backward()
            for opt in opts:
                opt.step()
        dev_scores = retrieval(net, feats_dev, dev_grades)
        log(f'epoch {epoch + 1}: dev ' + ', '.join(f'{k} {v:.4f}' for k, v in dev_scores.items()))
        if dev_scores['ndcg@10'] > best:
            best, best_epoch = dev_scores['ndcg@10'], epoch + 1
            best_state = {k: v.clone() for k, v in net.state_dict().items()}
    net.load_state_dict(best_state)
    return net, best_epoch


def fairness(net, test, cfg):
    """Vectors of two texts that differ only in party identity (name, gender, ethnicity,
    birthplace, occupation), after neutralisation: their cosine should be 1."""
    cases = [r for r in test if r['source'].startswith('cases/cail2018/')]
    sides = []
    for side in (0, 1):
        texts = [neutralise_identity(*counterfactual(r, PAIRS[n % len(PAIRS)][side])) for n, r in enumerate(cases)]
        sides.append(embed(net, featurise(texts, cfg)))
    cos = (sides[0] * sides[1]).sum(1)
    return {'cases': len(cases), 'meanCosine': float(cos.mean()), 'minCosine': float(cos.min()),
            'moved': int((cos < 0.9999).sum())}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--smoke', action='store_true', help='~300 cases, 2 epochs: pipeline check for CI')
    parser.add_argument('--out', default=str(REPO / 'models' / 'legal-encoder'))
    parser.add_argument('--epochs', type=int, default=None)
    args = parser.parse_args()
    started = time.time()
    log = lambda m: print(f'[{time.time() - started:6.1f}s] {m}', flush=True)  # noqa: E731
    set_seeds(SEED)
    torch.set_num_threads(2)
    cfg = dict(buckets=2 ** 16, ngrams=[1, 2, 3], maxChars=1000, bagDim=64, hidden=256, dimension=256,
               lr=5e-3, batch=128, temperature=0.1, supconWeight=1.0)
    epochs = args.epochs or 10
    records = load_records()
    extra = extra_records()
    log(f'loaded {len(records)} criminal + {len(extra)} civil/element texts')
    if args.smoke:
        records = sample([r for r in records if r['source'].startswith('cases/cail2018/')], 300, SEED)
        extra = extra[:60]
        cfg.update(buckets=2 ** 12, bagDim=16, hidden=32, dimension=32)
        epochs = 2
    # Same records and seed as criminal-judgment: its held-out cases are held out here too.
    split = stratified_split(records, SEED)
    train_rows = split['train'] + extra
    log(f'split train {len(split["train"])} (+{len(extra)} civil/element) / dev {len(split["dev"])} / test {len(split["test"])}')
    for r in records + extra:
        r['input'] = neutralise_identity(r['fact'], r['names'])
    freq = Counter(l for r in train_rows for l in label_set(r))
    labels = sorted(l for l, n in freq.items() if n >= MIN_LABEL_EXAMPLES)
    feats_train = featurise([r['input'] for r in train_rows], cfg)
    feats_dev = featurise([r['input'] for r in split['dev']], cfg)
    feats_test = featurise([r['input'] for r in split['test']], cfg)
    dev_grades, test_grades = grade_matrix(split['dev']), grade_matrix(split['test'])
    log(f'featurised; {len(labels)} labels (' + ', '.join(f'{k} {v}' for k, v in sorted(Counter(l.split(":")[0] for l in labels).items())) + ')')
    tfidf = ranking_metrics(tfidf_scores([r['input'] for r in split['test']]), test_grades)
    log('test tfidf ' + json.dumps(tfidf))
    net, best_epoch = train(train_rows, feats_train, dev_grades, feats_dev, labels, cfg, epochs, log)
    test_scores = retrieval(net, feats_test, test_grades)
    log('test encoder ' + json.dumps(test_scores))
    fair = fairness(net, split['test'], cfg)
    log(f'fairness {fair}')

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    net.eval()
    torch.onnx.export(Exported(net), pad(feats_test[:2]), str(out / 'model.onnx'), opset_version=17,
                      input_names=['indices', 'weights'], output_names=['embedding'],
                      dynamic_axes={'indices': {0: 'batch', 1: 'length'}, 'weights': {0: 'batch', 1: 'length'},
                                    'embedding': {0: 'batch'}})
    import onnx
    onnx.checker.check_model(onnx.load(str(out / 'model.onnx')))
    featurizer = {
        'kind': 'hashed-char-ngrams', 'hash': 'fnv1a32-utf8', 'buckets': cfg['buckets'], 'ngrams': cfg['ngrams'],
        'maxChars': cfg['maxChars'], 'weighting': 'sqrt(count/total)', 'neutralise': 'shared/domain/neutralise-identity.ts',
        'dimension': cfg['dimension'],
    }
    (out / 'featurizer.json').write_text(json.dumps(featurizer, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    (out / 'heldout.json').write_text(json.dumps({
        'seed': SEED, 'smoke': args.smoke, 'split': 'criminal-judgment stratified_split (same records, same seed)',
        'test': [{'source': r['source'], 'line': r['line'], 'key': r['key']} for r in split['test']],
    }, ensure_ascii=False) + '\n', 'utf-8')
    split_name = 'test pool (held out, %d cases, each a query over the others)' % len(split['test'])
    metrics = [{'name': name, 'value': round(value, 4), 'split': split_name, 'baseline': round(tfidf[name], 4)}
               for name, value in test_scores.items()]
    metrics.append({'name': 'fairness.meanCosine', 'value': round(fair['meanCosine'], 4), 'split': split_name})
    card = {
        'id': 'legal-encoder', 'name': '法律文本编码器（类案与法条检索向量）', 'version': '0.1.0' + ('-smoke' if args.smoke else ''),
        'purpose': '把一段案件事实或法律文本编码为一个 %d 维单位向量，余弦相似度越高，罪名/法条/案由越相近；用于类案推送与法条检索的向量召回，仅供参考' % cfg['dimension'],
        'feature': 'similarCases',
        'intendedUse': '类案推送与法条检索中的向量召回和排序参考；相似度不是法律判断，检索结果须由法官核对原文',
        'trainingData': 'cases/cail2018 + cases/epm_ljpe + cases/mud（与刑事裁判辅助模型完全相同的分层划分，只用训练部分：罪名、刑法条文）；cases/cjrc_cail2019 民事段落（案由）；ie/cail2019_element 离婚/劳动/借贷文书（要素标签）',
        'trainingCounts': {'train': len(split['train']), 'extra': len(extra), 'dev': len(split['dev']), 'test': len(split['test']),
                           'labels': dict(Counter(l.split(':')[0] for l in labels)), 'bestEpoch': best_epoch,
                           'dimension': cfg['dimension']},
        'metrics': metrics,
        'baselines': {'tfidf_char12_cosine': {k: round(v, 4) for k, v in tfidf.items()}},
        'fairness': {'method': '对留出的 CAIL2018 案件各生成两份只在被告人姓名、性别、民族、出生地、职业上不同的文本，比较两份向量的余弦相似度（1 为完全不动）',
                     'withNeutralisation': fair},
        'limits': [
            '相关性按罪名集合与刑法条文（2 = 罪名集合相同；1 = 罪名或法条有交集）评估，只在刑事案件上测量；民事案由与要素只用于训练，未单独评估',
            '训练样本少于 %d 例的标签不参与训练；罕见罪名的案件彼此不一定相近' % MIN_LABEL_EXAMPLES,
            '特征为字符 n-gram 哈希，只取前 %d 个字符；不理解否定与情节轻重，相同罪名、情节迥异的案件也会很近' % cfg['maxChars'],
            '向量只反映训练标签所覆盖的法律维度（罪名、法条、案由、要素），不反映量刑、证据或裁判结果',
        ],
        'measuredOn': f'{platform.machine()} {os.cpu_count()} cores, torch {torch.__version__}, {time.time() - started:.0f}s',
        'files': [{'path': name, 'sha256': sha256(out / name), 'bytes': (out / name).stat().st_size}
                  for name in ('model.onnx', 'featurizer.json', 'heldout.json')],
    }
    (out / 'card.json').write_text(json.dumps(card, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    log(f'wrote {out} ({(out / "model.onnx").stat().st_size} bytes model)')


if __name__ == '__main__':
    main()
