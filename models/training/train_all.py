"""`npm run train [-- --smoke] [-- --only ID] [-- --out-root DIR]`: trains every in-house model in
turn from ../shared/data, each into <out-root>/<id>/ (default models/<id>/), by running its own
trainer. Add a model: add its trainer to TRAINERS. Each trainer takes [--smoke] [--out DIR].
"""
import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

# (model id, trainer script) in dependency order.
TRAINERS = [
    ('criminal-judgment', 'train_criminal_judgment.py'),
    ('ner', 'train_ner.py'),
    ('legal-elements', 'train_legal_elements.py'),
    ('civil-outcome', 'train_civil_outcome.py'),
    ('legal-encoder', 'train_legal_encoder.py'),
    ('wording-confusions', 'train_wording_confusions.py'),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--smoke', action='store_true', help='a small sample, for CI')
    parser.add_argument('--only', action='append', help='model id (repeatable)')
    parser.add_argument('--out-root', default=str(REPO / 'models'))
    args = parser.parse_args()
    failed = []
    for model_id, script in TRAINERS:
        if args.only and model_id not in args.only:
            continue
        command = [sys.executable, str(HERE / script), '--out', str(Path(args.out_root) / model_id)]
        if args.smoke:
            command.append('--smoke')
        print(f'=== {model_id}: {" ".join(command[1:])}', flush=True)
        started = time.time()
        code = subprocess.call(command)
        print(f'=== {model_id}: {"ok" if code == 0 else f"FAILED ({code})"} in {time.time() - started:.0f} s', flush=True)
        if code != 0:
            failed.append(model_id)
    if failed:
        print('failed: ' + ', '.join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()
