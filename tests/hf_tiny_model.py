"""Build a tiny Hugging Face token-classification model on toy sentences, save it, and run newsflow's
``hf:`` recogniser on it, offline. Run by tests/unit/test_plugin_recognizers.py in a subprocess whose
PYTHONPATH holds torch (the machine's CPU wheel) and transformers; prints the entities as JSON."""

import json
import os
import random
import sys
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"

import torch
from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

from newsflow.enrich.recognizers import make_recognizer
from newsflow.enrich.resources import load

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]
PEOPLE = [["Anna", "Berg"], ["Omar", "Haddad"], ["Lena", "Fischer"], ["Yusuf", "Karim"]]
PLACES = ["Oslo", "Tunis", "Lima", "Hanoi"]
ORGS = ["Interpol", "Unicef"]


def examples() -> list[tuple[list[str], list[str]]]:
    out = []
    for person in PEOPLE:
        for place in PLACES:
            org = ORGS[len(out) % 2]
            words = [*person, "of", org, "arrived", "in", place, "today"]
            tags = ["B-PER", "I-PER", "O", "B-ORG", "O", "O", "B-LOC", "O"]
            out.append((words, tags))
    return out


def main(out_dir: Path) -> None:
    random.seed(3)
    torch.manual_seed(3)
    data = examples()
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *sorted({w.lower() for ws, _ in data for w in ws})]
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = BertTokenizerFast(vocab_file=str(out_dir / "vocab.txt"), do_lower_case=True)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    model = BertForTokenClassification(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(60):
        random.shuffle(data)
        words = [w for w, _ in data]
        enc = tokenizer(words, is_split_into_words=True, return_tensors="pt", padding=True)
        labels = torch.full(enc["input_ids"].shape, -100)
        for row, (_, tags) in enumerate(data):
            for col, word in enumerate(enc.word_ids(row)):
                if word is not None:
                    labels[row, col] = LABELS.index(tags[word])
        loss = model(**enc, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    model.eval()
    tokenizer.save_pretrained(out_dir)
    model.save_pretrained(out_dir)
    recognizer = make_recognizer(f"hf:{out_dir}", load())
    text = "Omar Haddad of Interpol arrived in Lima today"
    found = [
        {"text": e.text, "label": e.label, "start": e.start, "end": e.end, "confidence": e.confidence}
        for e in recognizer(text, "en")
    ]
    print(json.dumps({"name": recognizer.name, "text": text, "entities": found}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
