"""Legal labels beyond the criminal sets, for the encoder only: 案由 of the civil CJRC passages and
the elements (要素) of the CAIL2019 element documents. None of these texts is in the criminal
held-out split (they are civil judgments), so evaluation cases stay unseen."""
import json

from criminal_judgment.data import DATA, fact_key


def civil_causes():
    """CJRC civil passages with their 案由 (casename)."""
    out = []
    for part in ('dev', 'test'):
        rel = f'cases/cjrc_cail2019/{part}_ground_truth.json'
        doc = json.loads((DATA / rel).read_text('utf-8'))
        for case in doc['data']:
            if case['domain'] != 'civil':
                continue
            for paragraph in case['paragraphs']:
                out.append(dict(source=rel, fact=paragraph['context'], names=[], labels=['cause:' + paragraph['casename']]))
    return out


def element_documents():
    """CAIL2019 element documents: the sentences joined, labelled with the domain and every element tagged in it."""
    out = []
    for domain in ('divorce', 'labor', 'loan'):
        rel = f'ie/cail2019_element/{domain}/data_small_selected.json'
        with open(DATA / rel, encoding='utf-8') as handle:
            for line in handle:
                if not line.strip():
                    continue
                sentences = json.loads(line)
                tags = sorted({t for s in sentences for t in s['labels']})
                out.append(dict(source=rel, fact=''.join(s['sentence'] for s in sentences), names=[],
                                labels=['cause:' + domain] + ['element:' + t for t in tags]))
    return out


def extra_records():
    seen, out = set(), []
    for record in civil_causes() + element_documents():
        key = fact_key(record['fact'])
        if key not in seen:
            seen.add(key)
            out.append(record)
    return out
