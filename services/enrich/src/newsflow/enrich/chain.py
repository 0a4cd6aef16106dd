"""A trained crfsuite model read into arrays, and its decoding, for the tagger's hot path.

python-crfsuite trains the models and stays the reference, but tagging through it means handing it
every attribute of every word as a string, about 64,000 of them for a 5 KB article, which it hashes
and looks up again each time. The weights of a linear-chain CRF are a matrix (attribute x label) and
a label-transition matrix, so a word's share of a position's score is a vector of one number per
label that can be summed once per word and kept; a sentence's scores are then a few array additions.
Decoding (Viterbi) and the marginals (forward-backward) are run here over every sentence of an
article at once, one step per position of the longest sentence.

The weights are read from the model file itself, whose layout is crfsuite's (``lCRF`` header, a
``FEAT`` chunk of 20-byte records: type, source, destination, a little-endian double), because
``Tagger.info()`` prints them with six decimals only. The attribute and label names come from
crfsuite's plain-text dump, read as ``info()`` reads it but without parsing its feature lines. ``tests/unit/test_chain.py`` checks the labels and marginals against python-crfsuite's.
"""

from __future__ import annotations

import struct
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pycrfsuite

_RECORD = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


class ModelFormatError(ValueError):
    """The file is not a crfsuite CRF1d model this reader understands."""


class _Names:
    """What ``Tagger.info()`` gives that the weights need: the header, the label and attribute ids, and how
    many transition and state features the model lists."""

    def __init__(self) -> None:
        self.header: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.attributes: dict[str, str] = {}
        self.transitions = 0
        self.state_features = 0


def _names(tagger: pycrfsuite.Tagger) -> _Names:
    """The names of crfsuite's plain-text dump, read as ``Tagger.info()`` reads them (a line is the
    text after its indentation, without its line end; "id: name" in the label and attribute sections),
    but its feature lines only counted: ``info()`` parses each of them with a regular expression into a
    dict the reader never uses, about a second of a replica's start on a slow host."""
    out = _Names()
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "model.txt"
        tagger.dump(str(dump))
        lines = dump.read_text(encoding="utf-8").split("\n")
    section = ""
    for raw in lines:
        line = raw.lstrip().rstrip("\r")
        if not line:
            continue
        if line.endswith(" = {") and line[:-4] in _SECTIONS:
            section = line[:-4]
        elif line == "}":
            section = ""
        elif section == "STATE_FEATURES":
            out.state_features += 1
        elif section == "TRANSITIONS":
            out.transitions += 1
        elif section == "FILEHEADER":
            key, _, value = line.partition(": ")
            out.header[key] = value
        elif section in ("LABELS", "ATTRIBUTES"):
            number, _, name = line.partition(": ")
            (out.labels if section == "LABELS" else out.attributes)[name] = number
        else:
            raise ModelFormatError(f"unexpected line in crfsuite's dump: {line[:60]!r}")
    return out


_SECTIONS = frozenset({"FILEHEADER", "LABELS", "ATTRIBUTES", "TRANSITIONS", "STATE_FEATURES"})


class Chain:
    """Weights of a crfsuite linear-chain CRF: ``weights[index[attribute]]`` is the attribute's score
    for each label, ``transitions[i, j]`` the score of label ``j`` after label ``i``."""

    def __init__(
        self, labels: Sequence[str], index: dict[str, int], weights: np.ndarray, transitions: np.ndarray
    ) -> None:
        self.labels = tuple(labels)
        self.index = index
        self.weights = weights
        self.transitions = transitions
        self._exp_transitions = np.exp(transitions)

    @classmethod
    def load(cls, path: Path, tagger: pycrfsuite.Tagger | None = None) -> Chain:
        if tagger is None:
            tagger = pycrfsuite.Tagger()
            try:
                tagger.open(str(path))
            except ValueError as e:  # FileNotFoundError stays what it is
                raise ModelFormatError(f"{path}: not a crfsuite model ({e})") from e
        info = _names(tagger)
        buf = Path(path).read_bytes()
        if buf[:4] != b"lCRF" or buf[8:12] != b"FOMC":
            raise ModelFormatError(f"{path}: not a crfsuite CRF1d model")
        off = int(info.header["off_features"], 16)
        if buf[off : off + 4] != b"FEAT":
            raise ModelFormatError(f"{path}: no feature chunk at {off:#x}")
        (count,) = struct.unpack_from("<I", buf, off + 8)
        records = np.frombuffer(buf, _RECORD, count=count, offset=off + 12)
        n_labels = len(info.labels)
        n_attrs = int(info.header["num_attrs"])
        labels = [""] * n_labels
        for name, lid in info.labels.items():
            labels[int(lid)] = name
        state = records[records["type"] == _STATE]
        trans = records[records["type"] == _TRANSITION]
        if len(state) != info.state_features or len(trans) != info.transitions:
            raise ModelFormatError(f"{path}: {len(records)} feature records, not what the model lists")
        if len(state) and (state["src"].max() >= n_attrs or state["dst"].max() >= n_labels):
            raise ModelFormatError(f"{path}: a feature refers past the model's attributes or labels")
        # only the attributes that weigh something: the rest change no score
        used = np.unique(state["src"])
        row_of = np.full(n_attrs, -1, dtype=np.int64)
        row_of[used] = np.arange(len(used))
        weights = np.zeros((len(used), n_labels))
        weights[row_of[state["src"]], state["dst"]] = state["weight"]
        transitions = np.zeros((n_labels, n_labels))
        transitions[trans["src"], trans["dst"]] = trans["weight"]
        index = {}
        for name, aid in info.attributes.items():
            row = row_of[int(aid)]
            if row >= 0:
                index[name] = int(row)
        return cls(labels, index, weights, transitions)

    def score(self, attributes: Sequence[str]) -> np.ndarray:
        """The summed weights of ``attributes`` (those the model does not know add nothing)."""
        rows = [self.index[a] for a in attributes if a in self.index]
        if not rows:
            return np.zeros(len(self.labels))
        total: np.ndarray = self.weights[rows].sum(axis=0)
        return total

    def best(self, emissions: Sequence[np.ndarray]) -> list[np.ndarray]:
        """The most likely label ids of each sequence, given its state scores (positions x labels).
        Ties go to the lower label id, as in crfsuite."""
        order = sorted(range(len(emissions)), key=lambda k: -len(emissions[k]))
        lengths, batch = _pad([emissions[k] for k in order], 0.0)
        if batch is None:
            return [np.zeros(0, dtype=np.int64) for _ in emissions]
        n, steps, n_labels = batch.shape
        # longest first: at step t the sequences still going are the first ``live[t]``
        live = _live(lengths, steps)
        trans = self.transitions.T[None, :, :]  # next label x previous label: the max is over the last axis
        score = batch[:, 0, :].copy()
        back = np.zeros((steps, n, n_labels), dtype=np.int64)
        for t in range(1, steps):
            k = live[t]
            cand = score[:k, None, :] + trans
            back[t, :k] = cand.argmax(axis=2)
            score[:k] = cand.max(axis=2) + batch[:k, t, :]
        last = score.argmax(axis=1)
        path = np.zeros((n, steps), dtype=np.int64)
        for t in range(steps - 1, 0, -1):
            k = live[t]
            path[:k, t] = last[:k]
            last[:k] = back[t, np.arange(k), last[:k]]
        path[:, 0] = last
        out: list[np.ndarray] = [np.zeros(0, dtype=np.int64)] * len(emissions)
        for row, k in enumerate(order):
            out[k] = path[row, : lengths[row]]
        return out

    def marginals(self, emissions: Sequence[np.ndarray]) -> list[np.ndarray]:
        """P(label at each position | sequence), positions x labels, by scaled forward-backward."""
        order = sorted(range(len(emissions)), key=lambda k: -len(emissions[k]))
        lengths, batch = _pad([emissions[k] for k in order], 0.0)
        if batch is None:
            return [np.zeros((0, len(self.labels))) for _ in emissions]
        n, steps, n_labels = batch.shape
        live = _live(lengths, steps)
        # a constant per position changes no probability and keeps exp() in range
        ex = np.exp(batch - batch.max(axis=2, keepdims=True))
        et = self._exp_transitions
        alpha = np.ones_like(ex)
        a = ex[:, 0, :] / ex[:, 0, :].sum(axis=1, keepdims=True)
        alpha[:, 0, :] = a
        for t in range(1, steps):
            k = live[t]
            nxt = (a[:k] @ et) * ex[:k, t, :]
            a[:k] = nxt / nxt.sum(axis=1, keepdims=True)
            alpha[:k, t, :] = a[:k]
        beta = np.ones_like(ex)
        b = np.ones((n, n_labels))
        for t in range(steps - 2, -1, -1):
            k = live[t + 1]  # a sequence's last position keeps beta = 1
            nb = (ex[:k, t + 1, :] * b[:k]) @ et.T
            b[:k] = nb / nb.sum(axis=1, keepdims=True)
            beta[:k, t, :] = b[:k]
        prob = alpha * beta
        prob /= prob.sum(axis=2, keepdims=True)
        out: list[np.ndarray] = [np.zeros((0, n_labels))] * len(emissions)
        for row, k in enumerate(order):
            out[k] = prob[row, : lengths[row]]
        return out


def _live(lengths: np.ndarray, steps: int) -> list[int]:
    """How many sequences are longer than t, for each step t."""
    counts: list[int] = (lengths[None, :] > np.arange(steps)[:, None]).sum(axis=1).tolist()
    return counts


def _pad(emissions: Sequence[np.ndarray], fill: float) -> tuple[np.ndarray, np.ndarray | None]:
    lengths = np.array([len(e) for e in emissions], dtype=np.int64)
    if not len(emissions) or lengths.max() == 0:
        return lengths, None
    n_labels = emissions[0].shape[1]
    batch = np.full((len(emissions), int(lengths.max()), n_labels), fill)
    for k, e in enumerate(emissions):
        batch[k, : len(e)] = e
    return lengths, batch
