"""The tagger's own decoding (``newsflow.enrich.chain``) against python-crfsuite's, on the shipped
models and on a model the test trains itself: the same labels, the same marginals."""

import json
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from newsflow.enrich.chain import Chain, ModelFormatError, _names
from newsflow.enrich.crf import CharProfile, Featurizer, model_path, profile_path, rule_tags, sentences
from newsflow.enrich.entities import RuleRecognizer
from newsflow.enrich.resources import load
from newsflow.enrich.tokens import tokenize
from tests.conftest import SEEDS

NEWS = {
    "ar": "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))),
    "en": (
        "Interpol chief Jurgen Stock met Sudan's police chiefs in Marrakesh on Monday. Arsenal beat "
        "Chelsea 2-1 at the Emirates, said Mikel Arteta.\nShares in Barclays and HSBC fell in London "
        "after the Bank of England held rates.\nYes."
    ),
}


def _agree(tagger: pycrfsuite.Tagger, chain: Chain, items: list[list[str]]) -> None:
    scores = np.stack([chain.score(item) for item in items])
    expected = tagger.tag(items)
    assert [chain.labels[i] for i in chain.best([scores])[0]] == expected
    prob = chain.marginals([scores])[0]
    for k, label in enumerate(expected):
        assert prob[k, chain.labels.index(label)] == pytest.approx(tagger.marginal(label, k), abs=1e-9)
    assert np.allclose(prob.sum(axis=1), 1.0)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_shipped_models_decode_as_crfsuite_does(lang: str) -> None:
    res = load()
    path = model_path(lang)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    chain = Chain.load(path)
    info = tagger.info()
    # the dump prints six decimals; the file's doubles agree with it to that
    assert len(chain.index) == len({a for a, _ in info.state_features})
    for (attr, label), w in info.state_features.items():
        assert abs(chain.weights[chain.index[attr], chain.labels.index(label)] - w) <= 5e-7
    for (a, b), w in info.transitions.items():
        assert abs(chain.transitions[chain.labels.index(a), chain.labels.index(b)] - w) <= 5e-7
    profile = CharProfile.from_json(json.loads(profile_path(path).read_text(encoding="utf-8")))
    fz = Featurizer(res, profile, chain=chain)
    text = NEWS[lang]
    toks = tokenize(text)
    tags = rule_tags(toks, RuleRecognizer(res)(text, lang, toks))
    ranges = sentences(text, toks)
    assert len(ranges) >= 4
    named = 0
    for a, b in ranges:
        items = fz.sequence(text, toks[a:b], tags[a:b])
        _agree(tagger, chain, items)
        named += any(x != "O" for x in tagger.tag(items))
    assert named >= 3, "sentences with entities were decoded"
    # the whole article at once (one batch, sentences of different lengths) gives the same answers
    batch = fz.emissions(text, toks, tags, ranges)
    for (a, b), scores, path_ in zip(ranges, batch, chain.best(batch), strict=True):
        assert [chain.labels[i] for i in path_] == tagger.tag(fz.sequence(text, toks[a:b], tags[a:b]))
        assert scores.shape == (b - a, len(chain.labels))


def test_a_model_trained_here_decodes_as_crfsuite_does(tmp_path: Path) -> None:
    """A small model, with attributes the tagger never weighs and sequences of one item."""
    rng = np.random.default_rng(7)
    words = [f"w{i}" for i in range(40)]
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(200):
        n = int(rng.integers(1, 9))
        seq = [str(w) for w in rng.choice(words, n)]
        labels = ["B-X" if int(w[1:]) % 5 == 0 else "I-X" if int(w[1:]) % 5 == 1 else "O" for w in seq]
        trainer.append([[f"w={w}", f"odd={int(w[1:]) % 2}", "b"] for w in seq], labels)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 60})
    path = tmp_path / "toy.crfsuite"
    trainer.train(str(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    chain = Chain.load(path)
    assert set(chain.labels) == {"B-X", "I-X", "O"}
    for n in (1, 2, 5, 12):
        seq = [str(w) for w in rng.choice(words, n)]
        _agree(tagger, chain, [[f"w={w}", f"odd={int(w[1:]) % 2}", "b", "never=seen"] for w in seq])
    # several sequences at once, the empty one among them
    items = [[["b", f"w={w}"] for w in rng.choice(words, n)] for n in (3, 0, 7, 1)]
    scores = [np.stack([chain.score(i) for i in s]) if s else np.zeros((0, 3)) for s in items]
    for s, got in zip(items, chain.best(scores), strict=True):
        assert [chain.labels[i] for i in got] == (tagger.tag(s) if s else [])
    for one, together in zip(scores, chain.marginals(scores), strict=True):
        assert together.shape == one.shape
        if len(one):
            assert np.allclose(together, chain.marginals([one])[0], rtol=0, atol=1e-12)


def test_a_file_that_is_no_crfsuite_model_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ner-xx.crfsuite"
    path.write_bytes(b"not a model at all" * 10)
    with pytest.raises(ModelFormatError, match=r"ner-xx\.crfsuite: not a crfsuite model"):
        Chain.load(path)
    with pytest.raises(FileNotFoundError):
        Chain.load(tmp_path / "missing.crfsuite")


def test_ties_go_to_the_lower_label_as_in_crfsuite() -> None:
    """Scores in whole numbers tie often: each position's best previous label, and the last label,
    are the first of the equal best (crfsuite keeps a later label only if it scores higher), for
    sequences of every length decoded together."""
    rng = np.random.default_rng(7)
    labels = [f"L{k}" for k in range(5)]
    chain = Chain(labels, {}, np.zeros((0, 5)), rng.integers(-1, 2, (5, 5)).astype(float))
    emissions = [rng.integers(0, 2, (n, 5)).astype(float) for n in (1, 7, 3, 12, 7, 0, 2)]

    def viterbi(e: np.ndarray) -> list[int]:
        if not len(e):
            return []
        score, back = e[0].copy(), []
        for t in range(1, len(e)):
            step = [[score[p] + chain.transitions[p, q] for p in range(5)] for q in range(5)]
            back.append([row.index(max(row)) for row in step])  # the first of the best
            score = np.array([max(row) for row in step]) + e[t]
        path = [int(np.argmax(score))]
        for pointers in reversed(back):
            path.append(pointers[path[-1]])
        return path[::-1]

    assert [p.tolist() for p in chain.best(emissions)] == [viterbi(e) for e in emissions]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_names_read_from_the_dump_are_those_info_gives(lang: str) -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path(lang)))
    info = tagger.info()
    names = _names(tagger)
    assert names.header == info.header
    assert names.labels == info.labels
    assert names.attributes == info.attributes
    assert len(names.attributes) > 10_000
    assert names.state_features == len(info.state_features)
    assert names.transitions == len(info.transitions)
