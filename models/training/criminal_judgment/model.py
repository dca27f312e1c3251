"""The two learners and the exported graph.

Both read the same input: the hashed char n-gram features (indices, sqrt-tf weights) re-weighted by
an idf table and L2-normalised inside the graph. `Deep` is a bag of embeddings with linear heads;
`Wide` is a sparse linear model (one weight row per kept bucket). `Exported` holds both, mixes their
logits with weights chosen on dev and applies the calibration fitted on dev, so the ONNX outputs are
the calibrated probabilities the UI shows."""
import torch
from torch import nn

KINDS = ['fixed', 'none', 'life', 'death']
QUANTILES = [0.1, 0.5, 0.9]


class Deep(nn.Module):
    def __init__(self, buckets, dim, n_charges, n_articles):
        super().__init__()
        self.embedding = nn.EmbeddingBag(buckets, dim, mode='sum', sparse=True)
        nn.init.normal_(self.embedding.weight, std=0.1)
        self.dropout = nn.Dropout(0.2)
        self.charges = nn.Linear(dim, n_charges)
        self.articles = nn.Linear(dim, n_articles)
        self.term_hidden = nn.Sequential(nn.Linear(dim, 64), nn.ReLU())
        self.term_kind = nn.Linear(64, len(KINDS))
        self.term_quantiles = nn.Linear(64, len(QUANTILES))
        # Start from "no label" so the many absent labels do not swamp the first epochs.
        nn.init.constant_(self.charges.bias, -4.0)
        nn.init.constant_(self.articles.bias, -4.0)
        nn.init.constant_(self.term_quantiles.bias, 2.5)

    def heads(self, pooled):
        h = self.dropout(pooled)
        t = self.term_hidden(h)
        return self.charges(h), self.articles(h), self.term_kind(t), self.term_quantiles(t)

    def forward(self, flat, offsets, values, compact=None):
        return self.heads(self.embedding(flat, offsets, per_sample_weights=values))


class Wide(nn.Module):
    """Linear: logits = Σ value × W[bucket] + b over the kept buckets (row `kept` is the zero row)."""

    def __init__(self, kept, n_charges, n_articles):
        super().__init__()
        self.sizes = [n_charges, n_articles, len(QUANTILES)]
        self.table = nn.EmbeddingBag(kept + 1, sum(self.sizes), mode='sum', sparse=True)
        nn.init.zeros_(self.table.weight)
        self.bias = nn.Parameter(torch.zeros(sum(self.sizes)))
        self.bias.data[:n_charges + n_articles] = -4.0

    def forward(self, flat, offsets, values, compact):
        out = self.table(compact, offsets, per_sample_weights=values) + self.bias
        c, a, q = torch.split(out, self.sizes, dim=1)
        return c, a, None, q


class Exported(nn.Module):
    def __init__(self, deep, wide, idf, remap, mix, calibration, conformal, shift=0.0):
        super().__init__()
        half = torch.float16
        self.register_buffer('idf', torch.tensor(idf, dtype=torch.float32))
        self.register_buffer('remap', torch.tensor(remap, dtype=torch.int64))
        self.register_buffer('embedding', deep.embedding.weight.detach().to(half))
        self.register_buffer('table', wide.table.weight.detach().to(half))
        self.register_buffer('wide_bias', wide.bias.detach().clone())
        self.deep = deep
        self.sizes = wide.sizes
        self.kept = wide.table.weight.shape[0]
        self.mix = {k: float(v) for k, v in mix.items()}
        self.calibration = {k: [float(x) for x in v] for k, v in calibration.items()}
        self.conformal = float(conformal)
        self.shift = float(shift)

    def logits(self, indices, weights):
        values = weights * self.idf[indices]
        values = values / torch.sqrt((values * values).sum(dim=1, keepdim=True) + 1e-12)
        pooled = (self.embedding[indices].float() * values.unsqueeze(-1)).sum(dim=1)
        dc, da, dk, dq = self.deep.heads(pooled)
        # Gather the kept rows and sum them weighted (dropped buckets hit the zero row): per text only
        # its own buckets are touched, unlike a dense [batch, kept] MatMul.
        compact = self.remap[indices]
        wide = (self.table[compact].float() * values.unsqueeze(-1)).sum(dim=1) + self.wide_bias
        wc, wa, wq = torch.split(wide, self.sizes, dim=1)
        m = self.mix
        return (m['charges'] * dc + (1 - m['charges']) * wc, m['articles'] * da + (1 - m['articles']) * wa, dk,
                m['term'] * dq + (1 - m['term']) * wq)

    def forward(self, indices, weights):
        c, a, k, q = self.logits(indices, weights)
        cal = self.calibration
        widen = torch.tensor([-self.conformal, self.shift, self.conformal])
        return (torch.sigmoid(c * cal['charges'][0] + cal['charges'][1]),
                torch.sigmoid(a * cal['articles'][0] + cal['articles'][1]),
                torch.softmax(k / cal['term_kind'][0], dim=-1), q + widen)
