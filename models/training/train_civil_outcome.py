"""Trains the civil outcome model (诉讼预期评估): per claim of a civil case, whether the court
supports it fully, partly or not at all, and the award as a share of the claim with an interval.
Writes models/civil-outcome/{model.onnx, featurizer.json, heldout.json, card.json}.

Labels: the claims and the operative part (判决如下) of the first-instance civil judgments in
ie/cail2019_element (离婚 / 劳动争议 / 借款), parsed by shared/domain/civil-judgment (the very
TypeScript the app runs; exported by civil_outcome/export_labels.ts into a temporary file).
Input: civilOutcomeInput (cause | claim kind | claim | facts without the court's reasoning),
identity neutralised, as hashed char n-grams (shared/domain/hashed-char-ngrams.ts).
Model: weighted embedding bag → outcome logits (3, temperature-scaled on dev) and three share
quantiles (0.1 / 0.5 / 0.9, pinball loss), the 10–90 interval widened by conformal calibration on
dev so it covers ≈ 80 % of dev claims. Baselines in the same run on the same split: majority
outcome / median share, and TF-IDF (char 1–3-grams) + logistic regression.

Usage: /usr/bin/python3 models/training/train_civil_outcome.py [--smoke] [--out DIR]
"""
import argparse
import hashlib
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from criminal_judgment.featurize import hashed_char_ngrams  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SEED = 20261207
OUTCOMES = ['full', 'partial', 'rejected']
LABELS_ZH = {'full': '全部支持', 'partial': '部分支持', 'rejected': '驳回'}
QUANTILES = [0.1, 0.5, 0.9]
COVERAGE = 0.8
# A cause family the model answers for; causes outside it (or with fewer judgments) get the
# statute/element estimate in the app.
FAMILIES = {'民间借贷纠纷': 'loan', '金融借款合同纠纷': 'loan', '离婚纠纷': 'divorce', '劳动争议': 'labor'}
MIN_JUDGMENTS = 30


FACTS_MARKER = '｜事实：'


def featurize(text, cfg):
    """Mirror of civilOutcomeFeatures (shared/domain/civil-judgment/model-input.ts): two unit-norm
    bags, the claim's in [0, buckets) and the facts' (scaled) in [buckets, 2·buckets)."""
    head, _, facts = text.partition(FACTS_MARKER)
    i1, w1 = hashed_char_ngrams(head, cfg['buckets'], cfg['ngrams'], cfg['maxChars'])
    i2, w2 = hashed_char_ngrams(facts, cfg['buckets'], cfg['ngrams'], cfg['factsMaxChars'])
    return i1 + [i + cfg['buckets'] for i in i2], w1 + [w * cfg['factsWeight'] for w in w2]


def set_seeds(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


def load_rows(smoke):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / 'rows.jsonl'
        command = ['npx', 'tsx', str(HERE / 'civil_outcome' / 'export_labels.ts'), str(path)] + (['--smoke'] if smoke else [])
        report = subprocess.run(command, cwd=REPO, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        rows = [json.loads(line) for line in path.read_text('utf-8').splitlines() if line.strip()]
    return rows, json.loads(report)


def split_by_judgment(rows, seed):
    """70/15/15 by judgment within each family, so no claim of a test judgment is seen in training."""
    rng = random.Random(seed)
    split = {}
    for family in sorted({FAMILIES[r['cause']] for r in rows}):
        docs = sorted({r['doc'] for r in rows if FAMILIES[r['cause']] == family})
        rng.shuffle(docs)
        n = len(docs)
        for i, d in enumerate(docs):
            split[d] = 'test' if i < round(0.15 * n) else 'dev' if i < round(0.3 * n) else 'train'
    return {k: [r for r in rows if split[r['doc']] == k] for k in ('train', 'dev', 'test')}


class Net(nn.Module):
    """Outcome: a sparse linear model (logistic regression fitted by sklearn on the same hashed
    features, copied in as an embedding bag of width 3). Share: an embedding bag trained here."""

    def __init__(self, buckets, dim):
        super().__init__()
        self.linear = nn.Embedding(buckets, len(OUTCOMES))
        self.linear.weight.requires_grad_(False)
        self.bias = nn.Parameter(torch.zeros(len(OUTCOMES)), requires_grad=False)
        self.embedding = nn.Embedding(buckets, dim, sparse=True)
        nn.init.normal_(self.embedding.weight, std=0.05)
        self.drop = nn.Dropout(0.2)
        self.share = nn.Linear(dim, len(QUANTILES))

    def forward(self, indices, weights):
        w = weights.unsqueeze(-1)
        logits = (self.linear(indices) * w).sum(dim=1) + self.bias
        h = self.drop((self.embedding(indices) * w).sum(dim=1))
        return logits, self.share(h)


class Exported(nn.Module):
    """Calibrated probabilities and the share interval as the app shows them."""

    def __init__(self, net, temperature, widen):
        super().__init__()
        self.net = net
        self.temperature = temperature
        self.widen = widen

    def forward(self, indices, weights):
        logits, q = self.net(indices, weights)
        q, _ = torch.sort(q, dim=1)
        lo = torch.clamp(q[:, 0:1] - self.widen, 0.0, 1.0)
        mid = torch.clamp(q[:, 1:2], 0.0, 1.0)
        hi = torch.clamp(q[:, 2:3] + self.widen, 0.0, 1.0)
        return torch.softmax(logits / self.temperature, dim=1), torch.cat([lo, mid, hi], dim=1)


def pad(features):
    length = max(1, max(len(i) for i, _ in features))
    idx = torch.zeros((len(features), length), dtype=torch.long)
    w = torch.zeros((len(features), length), dtype=torch.float32)
    for row, (i, v) in enumerate(features):
        idx[row, :len(i)] = torch.tensor(i, dtype=torch.long)
        w[row, :len(v)] = torch.tensor(v, dtype=torch.float32)
    return idx, w


def outputs(net, feats):
    net.eval()
    with torch.no_grad():
        logits, q = net(*pad(feats))
    return logits.numpy(), np.sort(q.numpy(), axis=1)


def pinball(q, y, mask):
    losses = []
    for j, tau in enumerate(QUANTILES):
        e = y - q[:, j]
        losses.append(torch.maximum(tau * e, (tau - 1) * e))
    return (torch.stack(losses, 1).sum(1) * mask).sum() / mask.sum().clamp(min=1)


def macro_f1(gold, pred):
    f1s = []
    for c in range(len(OUTCOMES)):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        if tp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return float(np.mean(f1s)) if f1s else 0.0


def ece(probs, gold, bins=10):
    conf = probs.max(1)
    pred = probs.argmax(1)
    total = 0.0
    for b in range(bins):
        m = (conf > b / bins) & (conf <= (b + 1) / bins)
        if m.any():
            total += m.mean() * abs((pred[m] == np.array(gold)[m]).mean() - conf[m].mean())
    return float(total)


def softmax(z):
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def fit_temperature(logits, gold):
    best = (1e9, 1.0)
    for t in np.arange(0.5, 5.01, 0.05):
        p = softmax(logits / t)
        nll = -np.mean(np.log(p[np.arange(len(gold)), gold] + 1e-9))
        best = min(best, (nll, float(t)))
    return round(best[1], 2)


def share_target(rows):
    y = np.array([r['share'] if r['share'] is not None else 0.0 for r in rows], dtype=np.float32)
    m = np.array([r['share'] is not None for r in rows], dtype=np.float32)
    return y, m


def sparse_matrix(feats, buckets):
    from scipy.sparse import csr_matrix
    data, cols, ptr = [], [], [0]
    for i, v in feats:
        cols.extend(i)
        data.extend(v)
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(feats), buckets))


def fit_linear(net, rows, feats, dev_rows, dev_feats, buckets, log):
    """C chosen on dev macro-F1."""
    from sklearn.linear_model import LogisticRegression
    x, xd = sparse_matrix(feats, buckets), sparse_matrix(dev_feats, buckets)
    y = [OUTCOMES.index(r['outcome']) for r in rows]
    yd = [OUTCOMES.index(r['outcome']) for r in dev_rows]
    best = None
    for c in (1.0, 3.0, 10.0):
        clf = LogisticRegression(C=c, max_iter=3000, class_weight='balanced').fit(x, y)
        score = macro_f1(yd, clf.predict(xd).tolist())
        log(f'linear C={c}: dev macro-F1 {score:.4f}')
        if best is None or score > best[0]:
            best = (score, c, clf)
    clf = best[2]
    with torch.no_grad():
        net.linear.weight.copy_(torch.tensor(clf.coef_.T, dtype=torch.float32))
        net.bias.copy_(torch.tensor(clf.intercept_, dtype=torch.float32))
    return best[1]


def train(rows, feats, dev_rows, dev_feats, cfg, epochs, log):
    net = Net(2 * cfg['buckets'], cfg['dim'])
    cfg['C'] = fit_linear(net, rows, feats, dev_rows, dev_feats, 2 * cfg['buckets'], log)
    dense = [net.share.weight, net.share.bias]
    opts = [torch.optim.SparseAdam([net.embedding.weight], lr=cfg['lr']), torch.optim.Adam(dense, lr=cfg['lr'], weight_decay=1e-4)]
    y, m = (torch.tensor(a) for a in share_target(rows))
    best, stale = (-1e9, 0, None), 0
    for epoch in range(1, epochs + 1):
        net.train()
        order = np.random.permutation(len(rows))
        for s in range(0, len(order), cfg['batch']):
            b = order[s:s + cfg['batch']]
            _, q = net(*pad([feats[i] for i in b]))
            loss = pinball(q, y[b], m[b])
            for opt in opts:
                opt.zero_grad()
            loss.backward()
            for opt in opts:
                opt.step()
        _, q = outputs(net, dev_feats)
        yd, md = share_target(dev_rows)
        score = -float(np.abs(q[md > 0, 1] - yd[md > 0]).mean())
        log(f'epoch {epoch}: dev share MAE {-score:.4f}')
        if score > best[0]:
            best, stale = (score, epoch, {k: v.clone() for k, v in net.state_dict().items()}), 0
        else:
            stale += 1
            if stale >= 4:
                break
    net.load_state_dict(best[2])
    return net, best[1]


def tfidf_baseline(train_rows, test_rows):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = TfidfVectorizer(analyzer='char', ngram_range=(1, 3), min_df=2, sublinear_tf=True, max_features=200000)
    x = vec.fit_transform([r['input'][:600] for r in train_rows])
    clf = LogisticRegression(C=10.0, max_iter=2000, class_weight='balanced').fit(x, [r['outcome'] for r in train_rows])
    return [OUTCOMES.index(p) for p in clf.predict(vec.transform([r['input'][:600] for r in test_rows]))]


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def evaluate(rows, probs, quant):
    gold = [OUTCOMES.index(r['outcome']) for r in rows]
    pred = probs.argmax(1).tolist()
    y, m = share_target(rows)
    sel = m > 0
    return {
        'accuracy': float(np.mean([g == p for g, p in zip(gold, pred)])) if rows else 0.0,
        'macroF1': macro_f1(gold, pred),
        'ece': ece(probs, gold),
        'shareMAE': float(np.abs(quant[sel, 1] - y[sel]).mean()) if sel.any() else 0.0,
        'intervalCoverage': float(((quant[sel, 0] <= y[sel]) & (y[sel] <= quant[sel, 2])).mean()) if sel.any() else 0.0,
        'claims': len(rows),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--smoke', action='store_true', help='40 judgments per domain, 3 epochs: pipeline check for CI')
    parser.add_argument('--out', default=str(REPO / 'models' / 'civil-outcome'))
    args = parser.parse_args()
    started = time.time()
    log = lambda m: print(f'[{time.time() - started:6.1f}s] {m}', flush=True)  # noqa: E731
    set_seeds(SEED)
    torch.set_num_threads(1)
    cfg = dict(buckets=2 ** 16, ngrams=[1, 2, 3], maxChars=300, factsMaxChars=1500, factsWeight=0.7, dim=16, lr=5e-3, batch=32)
    epochs = 3 if args.smoke else 40
    if args.smoke:
        cfg.update(buckets=2 ** 12, dim=8)
    rows, report = load_rows(args.smoke)
    log(f'{len(rows)} claims: {report["perCause"]}')
    splits = split_by_judgment(rows, SEED)
    log(', '.join(f'{k} {len(v)} claims' for k, v in splits.items()))
    feat = lambda rs: [featurize(r['input'], cfg) for r in rs]  # noqa: E731
    feats = {k: feat(v) for k, v in splits.items()}
    net, best_epoch = train(splits['train'], feats['train'], splits['dev'], feats['dev'], cfg, epochs, log)

    dev_logits, dev_q = outputs(net, feats['dev'])
    dev_gold = [OUTCOMES.index(r['outcome']) for r in splits['dev']]
    temperature = fit_temperature(dev_logits, dev_gold)
    y_dev, m_dev = share_target(splits['dev'])
    sel = m_dev > 0
    scores = np.maximum(dev_q[sel, 0] - y_dev[sel], y_dev[sel] - dev_q[sel, 2])
    n = int(sel.sum())
    widen = float(np.quantile(scores, min(1.0, np.ceil((n + 1) * COVERAGE) / n))) if n else 0.0
    widen = max(0.0, round(widen, 4))
    log(f'best epoch {best_epoch}; temperature {temperature}; interval widened by {widen}')

    exported = Exported(net, temperature, widen).eval()
    def predict(fs):
        with torch.no_grad():
            p, q = exported(*pad(fs))
        return p.numpy(), q.numpy()

    test = splits['test']
    probs, quant = predict(feats['test'])
    model = evaluate(test, probs, quant)
    gold = [OUTCOMES.index(r['outcome']) for r in test]
    train_gold = [OUTCOMES.index(r['outcome']) for r in splits['train']]
    majority = int(np.bincount(train_gold, minlength=3).argmax())
    y_train, m_train = share_target(splits['train'])
    median_share = float(np.median(y_train[m_train > 0]))
    y_test, m_test = share_target(test)
    tsel = m_test > 0
    tfidf_pred = tfidf_baseline(splits['train'], test)
    base = {
        'majority': {'accuracy': float(np.mean([g == majority for g in gold])), 'macroF1': macro_f1(gold, [majority] * len(gold)),
                     'shareMAE': float(np.abs(median_share - y_test[tsel]).mean())},
        'tfidf_lr': {'accuracy': float(np.mean([g == p for g, p in zip(gold, tfidf_pred)])), 'macroF1': macro_f1(gold, tfidf_pred)},
    }
    per_cause = {}
    for cause in sorted({r['cause'] for r in rows}):
        idx = [i for i, r in enumerate(test) if r['cause'] == cause]
        judgments = len({r['doc'] for r in rows if r['cause'] == cause})
        family = FAMILIES[cause]
        fam_judgments = len({r['doc'] for r in rows if FAMILIES[r['cause']] == family})
        m = evaluate([test[i] for i in idx], probs[idx], quant[idx]) if idx else None
        per_cause[cause] = {'judgments': judgments, 'familyJudgments': fam_judgments, 'testClaims': len(idx),
                            'accuracy': round(m['accuracy'], 4) if m else None,
                            'tfidfAccuracy': round(float(np.mean([gold[i] == tfidf_pred[i] for i in idx])), 4) if idx else None}
    fairness = {}
    for name, fs in (('A', [r['counterfactual'][0] for r in test]), ('B', [r['counterfactual'][1] for r in test])):
        fairness[name] = predict([featurize(t, cfg) for t in fs])
    flips = int(sum(1 for a, b in zip(fairness['A'][0].argmax(1), fairness['B'][0].argmax(1)) if a != b))
    share_moves = float(np.abs(fairness['A'][1] - fairness['B'][1]).max()) if len(test) else 0.0
    fairness_card = {'method': '每项测试请求的事实前加一位当事人的姓名、性别、民族、出生地、职业（两组对照，criminal_judgment/counterfactual-pairs.json），经 neutralise-identity 后比较预测结果',
                     'claims': len(test), 'flips': flips, 'flipRate': round(flips / len(test), 4) if test else 0.0, 'maxShareChange': round(share_moves, 6)}
    log(f'test model {model}; baselines {base}; fairness {fairness_card}')
    log(f'per cause {per_cause}')

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(exported, pad(feats['test'][:2]), str(out / 'model.onnx'), opset_version=17,
                      input_names=['indices', 'weights'], output_names=['outcome', 'share'],
                      dynamic_axes={'indices': {0: 'batch', 1: 'length'}, 'weights': {0: 'batch', 1: 'length'},
                                    'outcome': {0: 'batch'}, 'share': {0: 'batch'}})
    import onnx
    onnx.checker.check_model(onnx.load(str(out / 'model.onnx')))
    model_causes = sorted(c for c in FAMILIES
                          if len({r['doc'] for r in rows if FAMILIES[r['cause']] == FAMILIES[c]}) >= MIN_JUDGMENTS)
    featurizer = {
        'kind': 'hashed-char-ngrams, two bags (claim | facts)', 'hash': 'fnv1a32-utf8', 'buckets': cfg['buckets'], 'ngrams': cfg['ngrams'],
        'maxChars': cfg['maxChars'], 'factsMaxChars': cfg['factsMaxChars'], 'factsWeight': cfg['factsWeight'],
        'weighting': 'sqrt(count/total)', 'input': 'shared/domain/civil-judgment/model-input.ts (civilOutcomeInput, civilOutcomeFeatures)',
        'outcomes': OUTCOMES, 'quantiles': QUANTILES, 'coverage': COVERAGE, 'temperature': temperature, 'widen': widen,
        'causes': model_causes, 'minJudgments': MIN_JUDGMENTS,
    }
    (out / 'featurizer.json').write_text(json.dumps(featurizer, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    (out / 'heldout.json').write_text(json.dumps({
        'seed': SEED, 'smoke': args.smoke, 'unit': 'judgment (domain:line of ie/cail2019_element/<domain>/data_small_selected.json)',
        'test': sorted({r['doc'] for r in test}), 'dev': sorted({r['doc'] for r in splits['dev']}),
    }, ensure_ascii=False) + '\n', 'utf-8')
    split_name = f'test (15% of judgments per family, seed {SEED}; {len(test)} claims)'
    r4 = lambda v: round(v, 4)  # noqa: E731
    metrics = [
        {'name': 'claimOutcome.accuracy', 'value': r4(model['accuracy']), 'split': split_name, 'baseline': r4(max(base['majority']['accuracy'], base['tfidf_lr']['accuracy']))},
        {'name': 'claimOutcome.macroF1', 'value': r4(model['macroF1']), 'split': split_name, 'baseline': r4(max(base['majority']['macroF1'], base['tfidf_lr']['macroF1']))},
        {'name': 'claimOutcome.ece', 'value': r4(model['ece']), 'split': split_name},
        {'name': 'awardShare.mae', 'value': r4(model['shareMAE']), 'split': split_name, 'baseline': r4(base['majority']['shareMAE'])},
        {'name': 'awardShare.intervalCoverage', 'value': r4(model['intervalCoverage']), 'split': split_name, 'target': COVERAGE},
    ]
    beats = model['accuracy'] >= base['tfidf_lr']['accuracy'] and model['macroF1'] >= base['tfidf_lr']['macroF1']
    card = {
        'id': 'civil-outcome', 'name': '民事诉讼预期评估模型（离婚·劳动争议·借款）', 'version': '0.1.0' + ('-smoke' if args.smoke else ''),
        'purpose': '按诉讼请求估计法院全部支持、部分支持或驳回的概率，以及支持金额占请求金额的比例及其区间，仅供参考',
        'feature': 'outcomeEstimation',
        'intendedUse': '帮助法官预估各项诉讼请求的可能结果、对照类案；不替代裁判，不用于案件结果的自动决定',
        'trainingData': 'ie/cail2019_element（CAIL2019 要素识别）离婚 / 劳动争议 / 借款 一审判决：诉讼请求与“判决如下”由 shared/domain/civil-judgment 解析得到标签',
        'trainingCounts': {k: len(v) for k, v in splits.items()} | {'bestEpoch': best_epoch, 'perCause': report['perCause']},
        'metrics': metrics,
        'baselines': {'majority': {k: r4(v) for k, v in base['majority'].items()}, 'tfidf_lr': {k: r4(v) for k, v in base['tfidf_lr'].items()}},
        'perCause': per_cause,
        'fairness': fairness_card,
        'calibration': {'temperature': temperature, 'intervalWiden': widen, 'fittedOn': 'dev'},
        'causes': model_causes,
        'limits': [
            f'模型只覆盖{ "、".join(model_causes) }；其他案由（买卖合同、机动车交通事故、信用卡、物业服务、房屋租赁等）训练数据不足 {MIN_JUDGMENTS} 件，改用法条与要素清单的估计，置信度低',
            '借款类（民间借贷与金融借款）合并训练，合计判决较少；劳动争议与离婚以外的请求类型样本稀少',
            '标签由判决书解析程序自动得到（抽样人工核对，见 test/fixtures/civil-judgment/hand-check.json），含解析误差',
            '输入为字符 n-gram 哈希，不理解证据的真伪与证明力；只看事实与请求文字，不看庭审',
        ] + ([] if beats else ['在本次测试集上未全面超过 TF-IDF + 逻辑回归基线（见 metrics 与 baselines）'])
          + ([f'校准未达目标：测试集 ECE {model["ece"]:.3f}（目标 ≤ 0.05；测试集仅 {len(test)} 项请求）'] if model['ece'] > 0.05 else [])
          + ([f'支持比例区间标称覆盖 {COVERAGE:.0%}（验证集上校准），测试集实测 {model["intervalCoverage"]:.0%}'] if model['intervalCoverage'] < COVERAGE - 0.02 else []),
        'measuredOn': f'{platform.machine()} {os.cpu_count()} cores, torch {torch.__version__} (1 thread), {time.time() - started:.0f}s wall, {time.process_time():.0f}s CPU',
        'files': [{'path': n, 'sha256': sha256(out / n), 'bytes': (out / n).stat().st_size} for n in ('model.onnx', 'featurizer.json', 'heldout.json')],
    }
    (out / 'card.json').write_text(json.dumps(card, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    log(f'wrote {out}')


if __name__ == '__main__':
    main()
