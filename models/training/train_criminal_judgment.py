"""Trains the criminal judgment assistant (charges over the whole official catalogue, 分则 articles,
prison term) and writes models/criminal-judgment/{model.onnx, featurizer.json, card.json, heldout.json}.

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
from criminal_judgment.catalogue import Normaliser, load_catalogue, pseudo_examples  # noqa: E402
from criminal_judgment.data import REPO, sample, stratified_split  # noqa: E402
from criminal_judgment.featurize import hashed_char_ngrams  # noqa: E402
from criminal_judgment.metrics import ece, mean_term_score, multilabel_f1, set_f1  # noqa: E402
from criminal_judgment.model import KINDS, QUANTILES, Deep, Exported, Wide  # noqa: E402
from criminal_judgment.neutralise import neutralise_identity  # noqa: E402
from criminal_judgment.sources import load_external, load_training_records  # noqa: E402

SEED = 20240401
RARE = 5
PSEUDO_WEIGHT = 0.3
PAIRS = json.loads((Path(__file__).resolve().parent / 'criminal_judgment' / 'counterfactual-pairs.json').read_text('utf-8'))['pairs']
# Facts written for the must-pass checks (not from any data set); test/eval/criminal-judgment.eval.ts repeats them.
MUST_PASS = json.loads((Path(__file__).resolve().parent / 'criminal_judgment' / 'must-pass.json').read_text('utf-8'))['cases']


def set_seeds(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)


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


# ---------------------------------------------------------------- decisions (mirrored in criminal-judgment.ts)

def decide(probs, vocab, threshold):
    """Labels over the threshold; the single best one when none is (every case has a charge)."""
    out = []
    for row in probs:
        chosen = {vocab[j] for j in np.nonzero(row >= threshold)[0]}
        out.append(chosen or {vocab[int(np.argmax(row))]})
    return out


def decide_articles(a_probs, charge_sets, articles_vocab, threshold, rule, charge_articles):
    head = decide(a_probs, articles_vocab, threshold)
    if rule == 'head':
        return head
    by_charge = [set(a for c in cs for a in charge_articles.get(c, [])) for cs in charge_sets]
    if rule == 'charges':
        return [b or h for b, h in zip(by_charge, head)]
    return [b | h for b, h in zip(by_charge, head)]


def decide_term(kind_probs, quantiles):
    out = []
    for k, q in zip(kind_probs, quantiles):
        kind = KINDS[int(np.argmax(k))]
        months = max(0, round(math.expm1(float(q[1])))) if kind == 'fixed' else 0
        out.append(dict(kind=kind, months=months,
                        interval=[max(0, round(math.expm1(float(q[0])))), max(0, round(math.expm1(float(q[2]))))]))
    return out


def as_scored(term):
    """A 'none' outcome (no imprisonment) is scored as 0 months, as the CAIL term score has it."""
    return dict(kind='fixed', months=0) if term['kind'] == 'none' else dict(kind=term['kind'], months=term['months'])


def scores(rows, pred_c, pred_a, pred_t):
    out = {}
    ch = [n for n, r in enumerate(rows) if r['charges']]
    gold_c, got_c = [set(rows[n]['charges']) for n in ch], [pred_c[n] for n in ch]
    out['charges.microF1'], out['charges.macroF1'] = multilabel_f1(gold_c, got_c)
    art = [n for n, r in enumerate(rows) if r['articles']]
    gold_a, got_a = [set(rows[n]['articles']) for n in art], [pred_a[n] for n in art]
    out['articles.microF1'], out['articles.macroF1'] = multilabel_f1(gold_a, got_a)
    ter = [n for n, r in enumerate(rows) if r['term'] is not None]
    if ter:
        out['term.score'] = mean_term_score([as_scored(rows[n]['term']) for n in ter], [as_scored(pred_t[n]) for n in ter])
    out['charges.setF1'] = set_f1(gold_c, got_c)
    out['articles.setF1'] = set_f1(gold_a, got_a)
    return out


def coverage(rows, space):
    mentions = [c for r in rows for c in r['charges']]
    return sum(1 for c in mentions if c in space) / len(mentions) if mentions else 0.0


def rare_top3(rows, probs, vocab, train_counts):
    hits, total = 0, 0
    for r, p in zip(rows, probs):
        top = {vocab[j] for j in np.argsort(-p)[:3]}
        for c in r['charges']:
            if train_counts.get(c, 0) < RARE:
                total += 1
                hits += c in top
    return (hits / total if total else None), total


# ---------------------------------------------------------------- features and training

def idf_and_kept(feats, weights, buckets, kept_n):
    df = np.zeros(buckets, dtype=np.float64)
    for idx, _ in feats:
        df[idx] += 1
    n = len(feats)
    idf = (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)
    order = np.argsort(-df, kind='stable')
    kept = [int(b) for b in order[:kept_n] if df[b] >= 2]
    remap = np.full(buckets, len(kept), dtype=np.int64)
    remap[kept] = np.arange(len(kept))
    return idf, remap, len(kept)


class Bags:
    """Rows as EmbeddingBag input: idf-weighted, L2-normalised values, as the exported graph computes them."""

    def __init__(self, feats, idf, remap, kept):
        self.rows = []
        for idx, w in feats:
            idx = np.asarray(idx, dtype=np.int64)
            v = np.asarray(w, dtype=np.float32) * idf[idx]
            v = v / np.sqrt((v * v).sum() + 1e-12)
            c = remap[idx]
            keep = c < kept
            self.rows.append((idx, v.astype(np.float32), c[keep], v[keep].astype(np.float32)))

    def batch(self, rows):
        parts = [self.rows[n] for n in rows]
        offsets = np.cumsum([0] + [len(p[0]) for p in parts[:-1]])
        w_offsets = np.cumsum([0] + [len(p[2]) for p in parts[:-1]])
        deep = (torch.from_numpy(np.concatenate([p[0] for p in parts])), torch.from_numpy(offsets.astype(np.int64)),
                torch.from_numpy(np.concatenate([p[1] for p in parts])))
        wide = (torch.from_numpy(np.concatenate([p[2] for p in parts])), torch.from_numpy(w_offsets.astype(np.int64)),
                torch.from_numpy(np.concatenate([p[3] for p in parts])))
        return deep, wide


def run_model(model, bags, n, wide, batch=512):
    model.eval()
    outs = [[], [], [], []]
    with torch.no_grad():
        for start in range(0, n, batch):
            d, w = bags.batch(list(range(start, min(n, start + batch))))
            res = model(d[0], d[1], d[2]) if not wide else model(None, w[1], w[2], w[0])
            for store, value in zip(outs, res):
                if value is not None:
                    store.append(value.numpy())
    return [np.concatenate(o) if o else None for o in outs]


def csr(bags, kept):
    from scipy.sparse import csr_matrix
    indptr, cols, vals = [0], [], []
    for _, _, c, v in bags.rows:
        cols.append(c)
        vals.append(v)
        indptr.append(indptr[-1] + len(c))
    return csr_matrix((np.concatenate(vals).astype(np.float64), np.concatenate(cols), np.array(indptr)), shape=(len(bags.rows), kept + 1))


def ridge_dual(x, y, weights, alpha):
    """Weighted ridge regression for many targets at once, solved in the dual (n × n Cholesky):
    W = Xᵀ (X Xᵀ + αI)⁻¹ Y with rows scaled by sqrt(weight)."""
    from scipy.linalg import cho_factor, cho_solve
    from scipy.sparse import diags
    d = diags(np.sqrt(weights))
    xs = d @ x
    gram = (xs @ xs.T).toarray()
    gram[np.diag_indices_from(gram)] += alpha
    dual = cho_solve(cho_factor(gram, overwrite_a=True), d @ y)
    return np.asarray(xs.T @ dual)


def train_wide(wide, bags_train, t, train_all, kept, alpha, log):
    """The sparse linear learner: class-weighted ridge on the label columns (a label's targets are
    scaled by its positive weight, so rare labels reach the shared thresholds), ridge on log months
    for the term. Scores become logits through a Platt fit on dev afterwards."""
    x = csr(bags_train, kept)
    weights = np.array([r.get('weight', 1.0) for r in train_all])
    n_c, n_a = wide.sizes[0], wide.sizes[1]
    y = np.concatenate([t['yc'].numpy() * t['pw_c'].numpy(), t['ya'].numpy() * t['pw_a'].numpy()], axis=1)
    y[t['has_a'].numpy() == 0, n_c:] = 0.0
    mean = (y * weights[:, None]).sum(0) / weights.sum()
    w_labels = ridge_dual(x, y - mean, weights, alpha)
    fixed = np.nonzero(t['fixed'].numpy() > 0)[0]
    logm = t['logm'].numpy()[fixed]
    w_term = ridge_dual(x[fixed], (logm - logm.mean())[:, None], np.ones(len(fixed)), alpha)
    table = np.concatenate([w_labels, np.repeat(w_term, len(QUANTILES), axis=1)], axis=1)
    table[-1] = 0.0
    with torch.no_grad():
        wide.table.weight.copy_(torch.from_numpy(table.astype(np.float32)))
        wide.bias.copy_(torch.from_numpy(np.concatenate([mean, np.full(len(QUANTILES), logm.mean())]).astype(np.float32)))
    log(f'wide: ridge α={alpha} on {x.shape[0]} rows × {x.shape[1]} buckets')


def to_logits(wide, dev_scores, dev, vocabs, log):
    """Per head, a Platt fit of the ridge scores on dev turns them into logits (baked into the table),
    and the term columns get the dev residual quantiles as offsets."""
    n_c, n_a = wide.sizes[0], wide.sizes[1]
    with torch.no_grad():
        for head, lo, hi, vocab in (('charges', 0, n_c, vocabs[0]), ('articles', n_c, n_c + n_a, vocabs[1])):
            rows = [n for n, r in enumerate(dev) if r[head]]
            y = multi_hot([dev[n][head] for n in rows], vocab).numpy()
            a, b = fit_platt(dev_scores[head][rows], y, top=20)
            wide.table.weight[:, lo:hi] *= a
            wide.bias[lo:hi] = wide.bias[lo:hi] * a + b
        fixed = [n for n, r in enumerate(dev) if r['term'] and r['term']['kind'] == 'fixed']
        resid = np.array([math.log1p(dev[n]['term']['months']) - float(dev_scores['term'][n, 1]) for n in fixed])
        for j, q in enumerate(QUANTILES):
            wide.bias[n_c + n_a + j] += float(np.quantile(resid, q)) if len(resid) else 0.0


def pinball(pred, target, mask):
    losses = []
    for j, q in enumerate(QUANTILES):
        diff = target - pred[:, j]
        losses.append(torch.maximum(q * diff, (q - 1) * diff))
    per_row = torch.stack(losses, 1).mean(1)
    return (per_row * mask).sum() / mask.sum().clamp(min=1)


def targets(train, charges_vocab, articles_vocab):
    yc = multi_hot([r['charges'] for r in train], charges_vocab)
    ya = multi_hot([r['articles'] for r in train], articles_vocab)
    sw = torch.tensor([r.get('weight', 1.0) for r in train], dtype=torch.float32)
    has_c = torch.tensor([bool(r['charges']) for r in train], dtype=torch.float32) * sw
    has_a = torch.tensor([bool(r['articles']) for r in train], dtype=torch.float32) * sw
    has_t = torch.tensor([r['term'] is not None for r in train], dtype=torch.float32)
    kind = torch.tensor([KINDS.index(r['term']['kind']) if r['term'] else 0 for r in train])
    fixed = torch.tensor([1.0 if r['term'] and r['term']['kind'] == 'fixed' else 0.0 for r in train])
    logm = torch.tensor([math.log1p(r['term']['months']) if r['term'] else 0.0 for r in train], dtype=torch.float32)

    # Class weighting: rare labels' positives count more (sqrt of the imbalance, capped).
    def pos_weight(y, mask):
        pos = (y * mask.unsqueeze(1)).sum(0)
        return torch.clamp(torch.sqrt(mask.sum() / (20 * pos.clamp(min=0.3))), 1.0, 10.0)
    kind_counts = torch.bincount(kind[has_t > 0], minlength=len(KINDS)).float()
    kind_w = torch.clamp(torch.sqrt(kind_counts.sum() / (len(KINDS) * kind_counts.clamp(min=1))), 0.5, 5.0)
    return dict(yc=yc, ya=ya, has_c=has_c, has_a=has_a, has_t=has_t, kind=kind, fixed=fixed, logm=logm,
                pw_c=pos_weight(yc, has_c), pw_a=pos_weight(ya, has_a), kind_w=kind_w)


def train_one(model, wide, bags_train, t, bags_dev, dev, vocabs, cfg, epochs, lr, log, name):
    sparse = [p for n, p in model.named_parameters() if n.startswith(('embedding', 'table'))]
    dense = [p for n, p in model.named_parameters() if not n.startswith(('embedding', 'table'))]
    opts = [torch.optim.SparseAdam(sparse, lr=lr), torch.optim.Adam(dense, lr=lr)]
    bce_c = nn.BCEWithLogitsLoss(reduction='none', pos_weight=t['pw_c'])
    bce_a = nn.BCEWithLogitsLoss(reduction='none', pos_weight=t['pw_a'])
    ce = nn.CrossEntropyLoss(reduction='none', weight=t['kind_w'])
    rng = random.Random(SEED)
    n = len(bags_train.rows)
    best, best_state, best_epoch = -1.0, None, 0
    for epoch in range(epochs):
        model.train()
        order = list(range(n))
        rng.shuffle(order)
        for start in range(0, n, cfg['batch']):
            rows = order[start:start + cfg['batch']]
            d, w = bags_train.batch(rows)
            c, a, k, q = model(None, w[1], w[2], w[0]) if wide else model(d[0], d[1], d[2])
            hc, ha = t['has_c'][rows], t['has_a'][rows]
            loss = (bce_c(c, t['yc'][rows]).sum(1) * hc).sum() / hc.sum().clamp(min=1)
            loss = loss + (bce_a(a, t['ya'][rows]).sum(1) * ha).sum() / ha.sum().clamp(min=1)
            if k is not None:
                ht = t['has_t'][rows]
                loss = loss + (ce(k, t['kind'][rows]) * ht).sum() / ht.sum().clamp(min=1)
            loss = loss + pinball(q, t['logm'][rows], t['fixed'][rows])
            for opt in opts:
                opt.zero_grad()
            loss.backward()
            for opt in opts:
                opt.step()
        c, a, k, q = run_model(model, bags_dev, len(dev), wide)
        pc = decide(1 / (1 + np.exp(-c)), vocabs[0], 0.5)
        pa = decide(1 / (1 + np.exp(-a)), vocabs[1], 0.5)
        pt = [dict(kind='fixed', months=max(0, round(math.expm1(float(x[1]))))) for x in q]
        s = scores(dev, pc, pa, pt)
        score = s['charges.microF1'] + s['charges.macroF1'] + s['articles.microF1'] + s['articles.macroF1'] + s['term.score']
        log(f'{name} epoch {epoch + 1}: dev ' + ', '.join(f'{k} {v:.3f}' for k, v in s.items()))
        if score > best:
            best, best_epoch = score, epoch + 1
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    return best_epoch


# ---------------------------------------------------------------- choices on dev

def objective(gold, pred):
    m, M = multilabel_f1(gold, pred)
    return m + M + set_f1(gold, pred)


def fit_platt(logits, y, top=1):
    """A, B of sigmoid(A·z + B) by BCE on each case's top candidates (by default the first label,
    whose confidence the UI leads with)."""
    cand = np.argsort(-logits, axis=1)[:, :top]
    z = torch.tensor(np.take_along_axis(logits, cand, 1).ravel(), dtype=torch.float64)
    t = torch.tensor(np.take_along_axis(y, cand, 1).ravel(), dtype=torch.float64)
    ab = torch.tensor([1.0, 0.0], dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([ab], max_iter=200)

    def closure():
        opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(ab[0] * z + ab[1], t)
        loss.backward()
        return loss
    opt.step(closure)
    return [float(ab[0]), float(ab[1])]


def choose_head(dev_rows, deep_z, wide_z, vocab, head, log):
    rows = [n for n, r in enumerate(dev_rows) if r[head]]
    gold = [set(dev_rows[n][head]) for n in rows]
    y = multi_hot([dev_rows[n][head] for n in rows], vocab).numpy()
    best = None
    for mix in (0.0, 0.25, 0.5, 0.75, 1.0):
        z = mix * deep_z[rows] + (1 - mix) * wide_z[rows]
        ab = fit_platt(z, y)
        p = 1 / (1 + np.exp(-(ab[0] * z + ab[1])))
        for t in [x / 100 for x in range(10, 91, 5)]:
            score = objective(gold, decide(p, vocab, t))
            if best is None or score > best[0] + 1e-9:
                best = (score, mix, ab, t)
    log(f'{head}: mix deep {best[1]}, platt {best[2]}, threshold {best[3]} (dev objective {best[0]:.3f})')
    return best[1], best[2], best[3]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def learned_charge_articles(train, catalogue, articles_vocab):
    """Each charge's articles: those cited in ≥ half of its single-charge training cases, else the catalogue's."""
    cited, seen = {}, Counter()
    for r in train:
        if r.get('weight', 1.0) < 1 or len(r['charges']) != 1 or not r['articles']:
            continue
        c = r['charges'][0]
        seen[c] += 1
        for a in r['articles']:
            cited.setdefault(c, Counter())[a] += 1
    out = {}
    for item in catalogue:
        c = item['name']
        learned = sorted((a for a, n in cited.get(c, {}).items() if n >= 0.5 * seen[c] and seen[c] >= 2), key=int)
        out[c] = learned or [str(a) for a in item['articles']]
    return out


def conformal(q, rows):
    """Split-conformal widening (log months) so [q10, q90] covers 80 % of dev fixed terms."""
    e = [max(float(x[0]) - math.log1p(r['term']['months']), math.log1p(r['term']['months']) - float(x[2]))
         for x, r in zip(q, rows) if r['term'] and r['term']['kind'] == 'fixed']
    if not e:
        return 0.0
    e.sort()
    k = min(len(e) - 1, math.ceil((len(e) + 1) * 0.8) - 1)
    return e[k]


def interval_coverage(rows, pred_t):
    hit = [p['interval'][0] <= r['term']['months'] <= p['interval'][1]
           for r, p in zip(rows, pred_t) if r['term'] and r['term']['kind'] == 'fixed']
    return sum(hit) / len(hit) if hit else None


# ---------------------------------------------------------------- baselines

def baselines(train, evals, log):
    """majority, TF-IDF (char 1–2) + LinearSVC, TF-IDF + LogisticRegression; real training cases only."""
    out = {}
    real = [r for r in train if r.get('weight', 1.0) >= 1]
    top_c = Counter(c for r in real for c in r['charges']).most_common(1)[0][0]
    top_a = Counter(a for r in real if r['articles'] for a in r['articles']).most_common(1)[0][0]
    months = sorted(r['term']['months'] for r in real if r['term'] and r['term']['kind'] in ('fixed', 'none'))
    median = months[len(months) // 2]
    for name, rows in evals.items():
        out.setdefault('majority', {})[name] = scores(rows, [{top_c}] * len(rows), [{top_a}] * len(rows),
                                                      [dict(kind='fixed', months=median)] * len(rows))
        out['majority'][name]['charges.coverage'] = coverage(rows, {top_c})
    log(f'majority baseline: charge {top_c}, article {top_a}, term {median} months')
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression, Ridge
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer
    from sklearn.svm import LinearSVC
    vec = TfidfVectorizer(analyzer='char', ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x_train = vec.fit_transform([''.join(r['input'].split()) for r in real])
    x_eval = {name: vec.transform([''.join(r['input'].split()) for r in rows]) for name, rows in evals.items()}
    rows_t = [n for n, r in enumerate(real) if r['term'] and r['term']['kind'] in ('fixed', 'none')]
    reg = Ridge(alpha=1.0).fit(x_train[rows_t], [math.log1p(real[n]['term']['months']) for n in rows_t])
    counts = Counter(c for r in real for c in r['charges'])
    for model_name, make in (('tfidf_linear', lambda: LinearSVC(C=0.5, random_state=SEED)),
                             ('tfidf_logreg', lambda: LogisticRegression(C=10.0, max_iter=300, solver='liblinear'))):
        heads = {}
        for head in ('charges', 'articles'):
            rows = [n for n, r in enumerate(real) if r[head]]
            mlb = MultiLabelBinarizer()
            y = mlb.fit_transform([real[n][head] for n in rows])
            heads[head] = (mlb, OneVsRestClassifier(make(), n_jobs=1).fit(x_train[rows], y))
        for name, rows in evals.items():
            pred, dec_c = {}, None
            for head, (mlb, clf) in heads.items():
                dec = clf.decision_function(x_eval[name])
                cut = 0.0 if model_name == 'tfidf_linear' else 0.0  # LinearSVC margin 0; logistic log-odds 0 (p = 0.5)
                pred[head] = [({mlb.classes_[j] for j in np.nonzero(row > cut)[0]} or {mlb.classes_[int(np.argmax(row))]}) for row in dec]
                if head == 'charges':
                    dec_c = (dec, list(mlb.classes_))
            term = [dict(kind='fixed', months=max(0, round(math.expm1(v)))) for v in reg.predict(x_eval[name])]
            s = scores(rows, pred['charges'], pred['articles'], term)
            s['charges.coverage'] = coverage(rows, set(heads['charges'][0].classes_))
            s['charges.rareTop3Recall'] = rare_top3(rows, dec_c[0], dec_c[1], counts)[0] or 0.0
            out.setdefault(model_name, {})[name] = s
        log(f'{model_name}: ' + json.dumps({k: round(v, 4) for k, v in out[model_name]['test'].items()}))
    return out


# ---------------------------------------------------------------- exported-model predictions

def predict_exported(exp, feats, batch=128):
    exp.eval()
    outs = [[], [], [], []]
    with torch.no_grad():
        for start in range(0, len(feats), batch):
            idx, w = pad(feats[start:start + batch])
            for store, value in zip(outs, exp(idx, w)):
                store.append(value.numpy())
    return [np.concatenate(o) for o in outs]


def decisions(probs, fz):
    c, a, k, q = probs
    pc = decide(c, fz['charges'], fz['thresholds']['charges'])
    pa = decide_articles(a, pc, fz['articles'], fz['thresholds']['articles'], fz['articleRule'], fz['chargeArticles'])
    return pc, pa, decide_term(k, q)


def uncalibrated_top1(exp, feats):
    exp.eval()
    conf, idx_out = [], []
    with torch.no_grad():
        for start in range(0, len(feats), 128):
            idx, w = pad(feats[start:start + 128])
            c = torch.sigmoid(exp.logits(idx, w)[0]).numpy()
            conf.append(c.max(1))
            idx_out.append(c.argmax(1))
    return np.concatenate(conf), np.concatenate(idx_out)


OTHER_PERSON_SUFFIX = '(?![甲乙丙丁戊己庚辛壬癸某]|[0-9](?![0-9]))'


def counterfactual(record, pair_side):
    header = f"被告人{pair_side['name']}，{pair_side['gender']}，{pair_side['ethnicity']}，出生于{pair_side['birthplace']}，{pair_side['occupation']}。"
    body = record['fact']
    # The whole name only: 高某 inside 高某甲 or 高某1 (other persons) stays; 高某7800元 is 高某, as the case would name them.
    for name in record['names']:
        body = re.sub(re.escape(name) + OTHER_PERSON_SUFFIX, lambda _: pair_side['name'], body)
    names = [pair_side['name']] if pair_side['givenName'] else []
    return header + body, names


def fairness(exp, test, cfg, fz, neutralise=True):
    cases = [r for r in test if r['source'].startswith('cases/cail2018/')]
    outputs = []
    for side in (0, 1):
        texts = []
        for n, r in enumerate(cases):
            text, names = counterfactual(r, PAIRS[n % len(PAIRS)][side])
            texts.append(neutralise_identity(text, names) if neutralise else text)
        pc, pa, pt = decisions(predict_exported(exp, featurise(texts, cfg)), fz)
        outputs.append(list(zip(pc, pa, [json.dumps(as_scored(t)) for t in pt])))
    flips = sum(1 for x, y in zip(*outputs) if x != y)
    return {'cases': len(cases), 'flips': flips, 'flipRate': flips / len(cases) if cases else 0.0}


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def heldout_entry(r):
    return {'source': r['source'], 'line': r['line'], 'field': r['field'], 'span': r['span'], 'key': r['key'],
            'names': r['names'], 'charges': r['charges'], 'articles': r['articles'], 'term': r['term']}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--smoke', action='store_true', help='~300 cases, a few epochs: pipeline check for CI')
    parser.add_argument('--out', default=str(REPO / 'models' / 'criminal-judgment'))
    args = parser.parse_args()
    started = time.time()
    log = lambda m: print(f'[{time.time() - started:6.1f}s] {m}', flush=True)  # noqa: E731
    set_seeds(SEED)
    torch.set_num_threads(2)
    cfg = dict(buckets=2 ** 17, ngrams=[1, 2, 3], maxChars=1000, dim=48, kept=20000, batch=128, alpha=1.0)
    epochs_deep, lr_deep = 6, 1e-2

    catalogue = load_catalogue()
    normalise = Normaliser(catalogue)
    records = load_training_records(normalise)
    external = load_external(normalise, None)
    log(f'loaded {len(records)} unique cases: ' + json.dumps(Counter(r['source'].split('/')[1] for r in records), ensure_ascii=False))
    log(f'charge names mapped by the selective-charge rule: {sum(normalise.by_rule.values())}; unmapped: '
        + json.dumps(dict(normalise.unmapped), ensure_ascii=False))
    if args.smoke:
        records = sample([r for r in records if r['source'].startswith('cases/cail2018/')], 300, SEED)
        external = {k: v[:20] for k, v in external.items()}
        cfg.update(buckets=2 ** 14, dim=16, kept=4000)
        epochs_deep = 2
    split = stratified_split(records, SEED)
    train, dev, test = split['train'], split['dev'], split['test']
    for r in records + [r for rows in external.values() for r in rows]:
        r['input'] = neutralise_identity(r['fact'], r['names'])
    pseudo = [dict(source='statute', input=p['text'], fact=p['text'], names=[], charges=[p['charge']], articles=p['articles'],
                   term=None, weight=PSEUDO_WEIGHT) for p in pseudo_examples(catalogue)]
    train_all = train + pseudo
    log(f'split train {len(train)} (+{len(pseudo)} statute pseudo-examples) / dev {len(dev)} / test {len(test)}; '
        + 'external ' + json.dumps({k: len(v) for k, v in external.items()}))

    charges_vocab = [c['name'] for c in catalogue]
    articles_vocab = sorted({str(a) for c in catalogue for a in c['articles']}
                            | {a for r in train if r['articles'] for a in r['articles']}, key=int)
    train_counts = Counter(c for r in train for c in r['charges'])
    feats = {'train': featurise([r['input'] for r in train_all], cfg), 'dev': featurise([r['input'] for r in dev], cfg),
             'test': featurise([r['input'] for r in test], cfg)}
    feats.update({k: featurise([r['input'] for r in v], cfg) for k, v in external.items()})
    idf, remap, kept = idf_and_kept(feats['train'], None, cfg['buckets'], cfg['kept'])
    bags = {k: Bags(v, idf, remap, kept) for k, v in feats.items()}
    log(f'featurised; {len(charges_vocab)} charges, {len(articles_vocab)} articles, {kept} buckets in the linear model')

    t = targets(train_all, charges_vocab, articles_vocab)
    deep = Deep(cfg['buckets'], cfg['dim'], len(charges_vocab), len(articles_vocab))
    wide = Wide(kept, len(charges_vocab), len(articles_vocab))
    epoch_deep = train_one(deep, False, bags['train'], t, bags['dev'], dev, (charges_vocab, articles_vocab), cfg,
                           epochs_deep, lr_deep, log, 'deep')
    train_wide(wide, bags['train'], t, train_all, kept, cfg['alpha'], log)
    raw = run_model(wide, bags['dev'], len(dev), True)
    to_logits(wide, {'charges': raw[0], 'articles': raw[1], 'term': raw[3]}, dev, (charges_vocab, articles_vocab), log)
    epoch_wide = None

    # Mixing weights, calibration, thresholds, article rule, term: all chosen on dev.
    dz = run_model(deep, bags['dev'], len(dev), False)
    wz = run_model(wide, bags['dev'], len(dev), True)
    mix_c, cal_c, t_c = choose_head(dev, dz[0], wz[0], charges_vocab, 'charges', log)
    mix_a, cal_a, t_a = choose_head(dev, dz[1], wz[1], articles_vocab, 'articles', log)
    has_t = [n for n, r in enumerate(dev) if r['term']]
    best_temp = None
    for temp in [x / 10 for x in range(5, 31)]:
        z = dz[2][has_t] / temp
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        nll = -np.mean([math.log(max(1e-9, p[i, KINDS.index(dev[n]['term']['kind'])])) for i, n in enumerate(has_t)])
        if best_temp is None or nll < best_temp[0]:
            best_temp = (nll, temp)
    best_mix_t = None
    kind_p = np.exp(dz[2] - dz[2].max(1, keepdims=True))
    for mix in (0.0, 0.25, 0.5, 0.75, 1.0):
        q = mix * dz[3] + (1 - mix) * wz[3]
        s = mean_term_score([as_scored(dev[n]['term']) for n in has_t], [as_scored(x) for x in decide_term(kind_p[has_t], q[has_t])])
        if best_mix_t is None or s > best_mix_t[0]:
            best_mix_t = (s, mix)
    mix_t = best_mix_t[1]
    # The CAIL term score is asymmetric in months; a shift of the median (log months) chosen on dev.
    q_dev = mix_t * dz[3] + (1 - mix_t) * wz[3]
    shift = max(((mean_term_score([as_scored(dev[n]['term']) for n in has_t],
                                  [as_scored(x) for x in decide_term(kind_p[has_t], q_dev[has_t] + np.array([0, d, 0]))]), -abs(d), d)
                 for d in [x / 20 for x in range(-8, 9)]))[2]
    widen = conformal(q_dev, dev)
    log(f'term: kind temperature {best_temp[1]}, median mix deep {mix_t} (dev term {best_mix_t[0]:.3f}), median shift {shift}, conformal +{widen:.3f} log-months')

    exp = Exported(deep, wide, idf, remap, dict(charges=mix_c, articles=mix_a, term=mix_t),
                   dict(charges=cal_c, articles=cal_a, term_kind=[best_temp[1]]), widen, shift)
    charge_articles = learned_charge_articles(train, catalogue, articles_vocab)
    fz = {'charges': charges_vocab, 'articles': articles_vocab, 'thresholds': {'charges': t_c, 'articles': t_a},
          'chargeArticles': charge_articles}
    dev_probs = predict_exported(exp, feats['dev'])
    rule_scores = {}
    for rule in ('head', 'charges', 'union'):
        fz['articleRule'] = rule
        pc, pa, _ = decisions(dev_probs, fz)
        rows = [n for n, r in enumerate(dev) if r['articles']]
        rule_scores[rule] = objective([set(dev[n]['articles']) for n in rows], [pa[n] for n in rows])
    fz['articleRule'] = max(rule_scores, key=rule_scores.get)
    log(f'article rule on dev: {rule_scores} → {fz["articleRule"]}')

    evals = {'test': test, **external}
    results, probs_by = {}, {}
    for name, rows in evals.items():
        probs = probs_by[name] = predict_exported(exp, feats[name])
        pc, pa, pt = decisions(probs, fz)
        s = scores(rows, pc, pa, pt)
        s['charges.coverage'] = coverage(rows, set(charges_vocab))
        s['charges.rareTop3Recall'], n_rare = rare_top3(rows, probs[0], charges_vocab, train_counts)
        s['charges.rareTop3Recall'] = s['charges.rareTop3Recall'] or 0.0
        if interval_coverage(rows, pt) is not None:
            s['term.intervalCoverage'] = interval_coverage(rows, pt)
        s['rareMentions'] = n_rare
        results[name] = s
        log(f'{name}: ' + json.dumps({k: round(v, 4) for k, v in s.items()}))
    # Calibration of the shown confidence: the top charge's probability against whether it is right.
    # Only cases with charge labels: an article- or term-only case has no right or wrong top charge.
    c_rows = [n for n, r in enumerate(test) if r['charges']]
    conf_after = probs_by['test'][0][c_rows].max(1)
    correct = np.array([charges_vocab[int(probs_by['test'][0][n].argmax())] in set(test[n]['charges']) for n in c_rows])
    conf_before, top_before = uncalibrated_top1(exp, [feats['test'][n] for n in c_rows])
    correct_before = np.array([charges_vocab[int(j)] in set(test[n]['charges']) for j, n in zip(top_before, c_rows)])
    ece_before, _ = ece(conf_before, correct_before)
    ece_after, table = ece(conf_after, correct)
    a_conf = probs_by['test'][1].max(1)
    a_rows = [n for n, r in enumerate(test) if r['articles']]
    a_correct = np.array([articles_vocab[int(probs_by['test'][1][n].argmax())] in set(test[n]['articles']) for n in a_rows])
    ece_articles, _ = ece(a_conf[a_rows], a_correct)
    k_rows = [n for n, r in enumerate(test) if r['term']]
    ece_kind, _ = ece(probs_by['test'][2][k_rows].max(1),
                      np.array([KINDS[int(probs_by['test'][2][n].argmax())] == test[n]['term']['kind'] for n in k_rows]))
    log(f'ECE charges top-1: {ece_before:.4f} → {ece_after:.4f}; articles {ece_articles:.4f}; term kind {ece_kind:.4f}')

    must = []
    must_probs = predict_exported(exp, featurise([neutralise_identity(m['fact'], []) for m in MUST_PASS], cfg))
    pcs, pas, _ = decisions(must_probs, fz)
    for m, pc, pa, row in zip(MUST_PASS, pcs, pas, must_probs[0]):
        conf = float(row[charges_vocab.index(m['charge'])])
        must.append({'id': m['id'], 'charges': sorted(pc), 'articles': sorted(pa, key=int), 'expected': m['charge'],
                     'confidence': round(conf, 4)})
    log('must-pass: ' + json.dumps(must, ensure_ascii=False))

    base = baselines(train, evals, log)
    fz_fair = dict(fz)
    fair = fairness(exp, test, cfg, fz_fair)
    fair_raw = fairness(exp, test, cfg, fz_fair, neutralise=False)
    log(f'fairness: flips {fair} ; without neutralisation {fair_raw}')

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    exp.eval()
    dummy = pad(feats['test'][:2])
    torch.onnx.export(exp, dummy, str(out / 'model.onnx'), opset_version=17, do_constant_folding=False,
                      input_names=['indices', 'weights'],
                      output_names=['charges', 'articles', 'term_kind', 'term_log_months'],
                      dynamic_axes={'indices': {0: 'batch', 1: 'length'}, 'weights': {0: 'batch', 1: 'length'},
                                    'charges': {0: 'batch'}, 'articles': {0: 'batch'},
                                    'term_kind': {0: 'batch'}, 'term_log_months': {0: 'batch'}})
    import onnx
    onnx.checker.check_model(onnx.load(str(out / 'model.onnx')))
    featurizer = {
        'kind': 'hashed-char-ngrams', 'hash': 'fnv1a32-utf8', 'buckets': cfg['buckets'], 'ngrams': cfg['ngrams'],
        'maxChars': cfg['maxChars'], 'weighting': 'sqrt(count/total); idf and L2 norm inside the graph',
        'neutralise': 'shared/domain/neutralise-identity.ts',
        'charges': charges_vocab, 'articles': articles_vocab, 'termKinds': KINDS, 'termQuantiles': QUANTILES,
        'thresholds': fz['thresholds'], 'articleRule': fz['articleRule'], 'chargeArticles': charge_articles,
        'calibrated': True,
        'trainedCharges': sorted(c for c in charges_vocab if train_counts.get(c, 0) > 0),
        'catalogue': [{'name': c['name'], 'article': c['article'], 'clause': c['clause'], 'articles': c['articles'],
                       'ref': c['ref'], 'chapter': c['chapter']} for c in catalogue],
    }
    (out / 'featurizer.json').write_text(json.dumps(featurizer, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    (out / 'heldout.json').write_text(json.dumps({
        'seed': SEED, 'smoke': args.smoke,
        'test': [heldout_entry(r) for r in test],
        'external': {k: [heldout_entry(r) for r in v] for k, v in external.items()},
    }, ensure_ascii=False) + '\n', 'utf-8')

    split_name = 'test (held out, stratified by charge, seed %d)' % SEED
    best_base = {m: max(base[b]['test'].get(m, 0.0) for b in ('tfidf_linear', 'tfidf_logreg', 'majority'))
                 for m in results['test']}
    metrics = []
    for name, value in results['test'].items():
        if name == 'rareMentions':
            continue
        metrics.append({'name': name, 'value': round(value, 4), 'split': split_name, 'baseline': round(best_base[name], 4)})
    metrics.append({'name': 'charges.ece', 'value': round(ece_after, 4), 'split': split_name, 'baseline': round(ece_before, 4)})
    metrics.append({'name': 'fairness.flipRate', 'value': round(fair['flipRate'], 4), 'split': split_name})
    below = [m['name'] for m in metrics if 'baseline' in m and m['name'] not in ('charges.ece',) and m['value'] < m['baseline']]
    rare = sorted(((c, n) for c, n in train_counts.items() if n < RARE), key=lambda x: (x[1], x[0]))
    sources = Counter(r['source'].split('/')[1] for r in records)
    r4 = lambda d: {k: round(v, 4) for k, v in d.items()}  # noqa: E731
    card = {
        'id': 'criminal-judgment', 'name': '刑事裁判辅助模型（罪名·法条·刑期）', 'version': '0.2.0' + ('-smoke' if args.smoke else ''),
        'purpose': '根据案件事实在全部 %d 个法定罪名中给出可能的罪名（多标签，校准后的置信度）、刑法分则条文（多标签）与刑期（含有期/免于监禁/无期/死刑，及经校准的 10%%–90%% 区间），并给出驱动预测的原文片段，仅供参考' % len(charges_vocab),
        'feature': 'criminalJudgment',
        'intendedUse': '法官或书记员在阅卷时参考，核对罪名与法条、估计刑期区间；不得替代审判，不用于自动裁判。总则条文（自首、累犯等）与罪状要件核对由裁判辅助服务在本模型之上给出',
        'trainingData': 'cases/cail2018、cases/epm_ljpe、cases/mud（仅罪名）、cases/legalgraphrag（CAIL_small：罪名/法条/刑期；CMDL_small：各被告人标签按事实合并）、cases/lexeval_ljp（选择题所选选项：罪名/法条/刑期，民事案由题目略去；不再报告 LexEval 分数）合并去重后按罪名分层划分；每个罪名另有来自刑法条文与 NeurJudge 罪名解释的伪样本（权重 %.1f）；罪名统一为 labels/charges/lawgpt_criminal_charges.json 的法定罪名；cases/judge_test 与 cases/cjo22_long 只作外部测试' % PSEUDO_WEIGHT,
        'trainingCounts': {'train': len(train), 'pseudo': len(pseudo), 'dev': len(dev), 'test': len(test), 'bySource': dict(sources),
                           'external': {k: len(v) for k, v in external.items()},
                           'charges': len(charges_vocab), 'chargesWithTrainingCases': sum(1 for c in charges_vocab if train_counts.get(c)),
                           'articles': len(articles_vocab), 'bestEpoch': {'deep': epoch_deep, 'wide': epoch_wide},
                           'chargeNames': {'mappedByRule': sum(normalise.by_rule.values()), 'unmapped': dict(normalise.unmapped)}},
        'metrics': metrics,
        'baselines': {k: r4(v['test']) for k, v in base.items()},
        'external': {name: {'model': r4(results[name]), **{k: r4(v[name]) for k, v in base.items()}} for name in external},
        'choices': {'mix': {'charges': mix_c, 'articles': mix_a, 'term': mix_t}, 'platt': {'charges': cal_c, 'articles': cal_a},
                    'termKindTemperature': best_temp[1], 'conformalLogMonths': round(widen, 4), 'medianShiftLogMonths': shift, 'articleRule': fz['articleRule'],
                    'articleRuleDev': r4(rule_scores)},
        'calibration': {'method': '各头在 dev 上拟合 Platt（罪名、法条）与温度（刑期类别），已写入 ONNX 图；ECE 为 15 等宽区间、首位罪名置信度对是否正确',
                        'charges': {'eceBefore': round(ece_before, 4), 'eceAfter': round(ece_after, 4), 'reliability': table},
                        'articlesEce': round(ece_articles, 4), 'termKindEce': round(ece_kind, 4)},
        'mustPass': must,
        'fairness': {'method': '对留出的 CAIL2018 案件各生成两份只在被告人姓名、性别、民族、出生地、职业上不同的文本，比较罪名集合、法条集合与刑期预测是否改变',
                     'withNeutralisation': fair, 'withoutNeutralisation': fair_raw},
        'limits': ([('低于最佳基线的指标：' + '、'.join(below))] if below else []) + [
            '只有 %d 个罪名有真实训练案件，其余罪名仅凭法条与罪名解释的伪样本得分，置信度低；少于 %d 例的罪名见下' % (
                sum(1 for c in charges_vocab if train_counts.get(c)), RARE),
            '训练样本少于 %d 例的罪名：' % RARE + '、'.join(f'{c}({n})' for c, n in rare[:60]) + ('…' if len(rare) > 60 else ''),
            '法条只含分则条文；总则条文（自首、累犯、缓刑、罚金等）由裁判辅助服务按情节另行给出',
            '死刑、无期徒刑样本极少（训练集 %d 与 %d 例），刑期类别预测对其不可靠；缓刑、拘役、管制未单独建模（按月数）' % (
                sum(1 for r in train if r['term'] and r['term']['kind'] == 'death'), sum(1 for r in train if r['term'] and r['term']['kind'] == 'life')),
            '刑期为整案估计，多被告人案件不区分各被告人',
            '特征为字符 n-gram 哈希，不理解否定、量刑情节之间的关系；国家工作人员受贿与非国家工作人员受贿等要件之别需由要件核对补足；解释片段为逐句删除后的概率下降，不是法律理由',
        ],
        'measuredOn': f'{platform.machine()} {os.cpu_count()} cores, torch {torch.__version__}, {time.time() - started:.0f}s',
        'files': [{'path': name, 'sha256': sha256(out / name), 'bytes': (out / name).stat().st_size}
                  for name in ('model.onnx', 'featurizer.json', 'heldout.json')],
    }
    (out / 'card.json').write_text(json.dumps(card, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    log(f'wrote {out} ({(out / "model.onnx").stat().st_size} bytes model); below baseline: {below or "none"}')


if __name__ == '__main__':
    main()
