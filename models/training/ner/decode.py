"""Mirror of main/inference/ner-decode.ts: BIO Viterbi that forbids I-X after anything but B-X/I-X,
spans from tags, and exact-match precision / recall / F1 per type."""
import numpy as np

NEG = -1e9


def allowed(tags):
    """allowed[i][j]: tag j may follow tag i; start[j]: tag j may open a sequence."""
    n = len(tags)
    ok = np.zeros((n, n), dtype=bool)
    start = np.zeros(n, dtype=bool)
    for j, tj in enumerate(tags):
        start[j] = not tj.startswith('I-')
        for i, ti in enumerate(tags):
            ok[i, j] = not tj.startswith('I-') or ti[2:] == tj[2:]
    return ok, start


def viterbi(logp, ok, start):
    """logp: [T, K] log-probabilities → best allowed tag path."""
    T, K = logp.shape
    trans = np.where(ok, 0.0, NEG)
    score = logp[0] + np.where(start, 0.0, NEG)
    back = np.zeros((T, K), dtype=np.int64)
    for t in range(1, T):
        cand = score[:, None] + trans
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[t]
    path = [int(score.argmax())]
    for t in range(T - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def spans(path, tags):
    out = []
    cur = None
    for i, k in enumerate(path + [0]):
        tag = tags[k] if i < len(path) else 'O'
        if cur and not (tag.startswith('I-') and tag[2:] == cur[2]):
            out.append(tuple(cur))
            cur = None
        if tag.startswith('B-'):
            cur = [i, i + 1, tag[2:]]
        elif cur is not None:
            cur[1] = i + 1
    return out


def prf(gold_sets, pred_sets, types):
    """gold_sets/pred_sets: per text a set of (start, end, type)."""
    res = {}
    tp_all = fp_all = fn_all = 0
    for t in types:
        tp = sum(len({s for s in g if s[2] == t} & {s for s in p if s[2] == t}) for g, p in zip(gold_sets, pred_sets))
        fp = sum(len({s for s in p if s[2] == t}) for p in pred_sets) - tp
        fn = sum(len({s for s in g if s[2] == t}) for g in gold_sets) - tp
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        res[t] = _scores(tp, fp, fn)
    res['micro'] = _scores(tp_all, fp_all, fn_all)
    return res


def _scores(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {'precision': p, 'recall': r, 'f1': f, 'support': tp + fn}


def overlap_f1(gold_sets, pred_sets, types):
    """Lenient score for redaction: a predicted span counts when it overlaps a gold span of its type
    (precision), a gold span counts when some predicted span of its type overlaps it (recall)."""
    res = {}
    for t in types:
        hit_p = n_p = hit_g = n_g = 0
        for g, p in zip(gold_sets, pred_sets):
            gs = [s for s in g if s[2] == t]
            ps = [s for s in p if s[2] == t]
            n_p, n_g = n_p + len(ps), n_g + len(gs)
            hit_p += sum(1 for a in ps if any(a[0] < b[1] and b[0] < a[1] for b in gs))
            hit_g += sum(1 for b in gs if any(a[0] < b[1] and b[0] < a[1] for a in ps))
        p = hit_p / n_p if n_p else 0.0
        r = hit_g / n_g if n_g else 0.0
        res[t] = 2 * p * r / (p + r) if p + r else 0.0
    return res
