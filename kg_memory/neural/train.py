"""Training the embedding compressor (:mod:`kg_memory.neural.compress`): corpus and loop.

The corpus is text kg-memory may ship weights for: :func:`generated_sentences` (chat lines, facts
and questions from templates and word lists written for this project, English with a share of
Chinese) and :func:`documentation_sentences` (kg-memory's own README, docstrings and ontology
labels, MIT like the project). ``scripts/train_compressor.py`` embeds it with the packaged MiniLM
and calls :func:`train_compressor`.

The model is linear (an encoder and a decoder matrix, so inference is two numpy products); the loss
is the reconstruction error of the unit vectors plus the error of their dot products with the other
vectors of the batch (a stored memory is compared with a question's uncompressed vector).

>>> sentences = generated_sentences(5, seed=1)
>>> len(sentences), sentences == generated_sentences(5, seed=1)
(5, True)
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .compress import Compressor

__all__ = ["CompressorConfig", "documentation_sentences", "generated_sentences", "train_compressor"]

_PEOPLE = ("Ann Maya Leo Omar Priya Sam Grace Chen Wei Lucia Tom Nadia Jon Aisha Ravi Emma Liam Sofia Kenji Zoe Ben "
           "Ines Marco Tara Yusuf Elena Dan Mia Hugo Rosa").split()
_PLACES = ("Lisbon,Paris,Nairobi,Osaka,Quito,Toronto,Berlin,the beach,the mountains,the lake,a small town,the city,"
           "my hometown,the countryside,Boston,Sydney,Madrid,a cabin,the park,the museum,the library").split(",")
_ACTIVITIES = [
    "painting", "pottery", "running", "hiking", "camping", "swimming", "playing the guitar", "baking bread",
    "volunteering at the shelter", "learning Spanish", "writing poems", "gardening", "yoga", "cycling",
    "reading novels", "photography", "cooking curry", "knitting", "rock climbing", "dancing salsa",
    "playing chess", "birdwatching", "surfing", "skiing", "singing in a choir", "coding a game", "fishing",
    "sketching portraits", "training for a marathon", "playing the violin", "journaling", "woodworking",
]
_EVENTS = [
    "moved to a new apartment", "started a new job", "adopted a puppy", "adopted a child", "got married",
    "graduated from college", "lost my grandmother", "went to a concert", "ran a charity race",
    "joined a support group", "had a baby", "broke my arm", "got promoted", "quit my job", "visited my parents",
    "went on a road trip", "bought a house", "started therapy", "signed up for a class", "had a big argument",
    "won an award", "gave a talk at a conference", "opened a small bakery", "finished my first novel",
    "attended a pride parade", "went to a counseling workshop", "took my kids to the zoo", "fixed up an old car",
]
_FEELINGS = ["happy", "proud", "nervous", "exhausted", "grateful", "excited", "anxious", "relieved", "lonely",
             "inspired", "overwhelmed", "calm", "frustrated", "hopeful", "nostalgic"]
_THINGS = ["a painting of a sunset", "a new bike", "a photo of my family", "a book about birds", "a handmade vase",
           "concert tickets", "a vintage camera", "a bracelet from my mom", "a pair of running shoes",
           "a recipe for lasagna", "a poster of the band", "a plant for the balcony", "a letter from an old friend"]
_TIMES = ["yesterday", "last week", "last year", "two days ago", "this morning", "in May", "last summer",
          "on Friday", "a few months ago", "over the weekend", "in 2022", "recently"]
_RELATIONS = ["sister", "brother", "mother", "father", "wife", "husband", "friend", "colleague", "son", "daughter",
              "neighbor", "boss", "partner", "cousin"]
_JOBS = ["a nurse", "a teacher", "an engineer", "a counselor", "a chef", "a lawyer", "a designer", "a musician",
         "a software developer", "a researcher", "a social worker", "a photographer", "a pilot", "an artist"]
_ORGS = ["Acme", "Globex", "the hospital", "a startup", "the city council", "a nonprofit", "the university",
         "a bakery", "a law firm", "the school"]
_TEMPLATES = [
    "{p}: I {e} {t}.", "{p}: I've been really into {a} lately.", "{p}: {t} I {e}, and I feel {f}.",
    "{p}: I went to {pl} {t} with my {r}.", "{p}: My {r} {e} {t}.", "{p}: I'm {f} about {a}.",
    "{p}: Check out {th} I got {t}!", "{p}: I work as {j} at {o}.", "{p}: My {r} works for {o}.",
    "{p}: We're thinking of moving to {pl}.", "{p}: That sounds amazing, how did you get into {a}?",
    "{p}: Thanks for asking, I'm feeling {f} these days.", "{p}: [shares a photo of {th}]",
    "{p}: {a} helps me relax after work.", "{p}: I can't wait to show you {th}.",
    "{p}: Wow, {p2}, that's so {f2}! Tell me more.", "{p}: I remember when we went to {pl} {t}.",
    "{p} lives in {pl}.", "{p} works for {o}.", "{p}'s {r} is {p2}.", "{p} likes {a}.", "{p} {e} {t}.",
    "When did {p} go to {pl}?", "What does {p} do for fun?", "Where does {p} live?", "Who is {p}'s {r}?",
    "How does {p} feel about {a}?", "What did {p} buy {t}?", "Why did {p} start {a}?",
    "Would {p} enjoy {a}?", "What is {p}'s job?", "{p}: Honestly, {a} changed my life.",
    "{p}: My {r} and I started {a} together {t}.", "{p}: It was hard, but I'm {f} I did it.",
]
_ZH = ["{p}住在{pl}。", "{p}在{o}工作。", "{p}的{r}是{p2}。", "{p}喜欢{a}。", "{p}住在哪里？", "{p}的{r}是谁？",
       "我{t}去了{pl}。", "我最近在学{a}，感觉很{f}。"]
_ZH_WORDS = {"p": "张伟 李娜 王芳 刘洋 陈静 杨磊 赵敏 周杰".split(), "pl": "北京 上海 广州 杭州 成都 海边 山里".split(),
             "o": "腾讯 华为 医院 学校 银行 一家公司".split(), "r": "姐姐 哥哥 妈妈 爸爸 妻子 丈夫 朋友 同事".split(),
             "a": "画画 跑步 弹吉他 做饭 游泳 摄影 书法 爬山".split(), "t": "昨天 上周 去年 周末 前几天".split(),
             "f": "开心 紧张 骄傲 累 放松".split()}


def generated_sentences(n: int, *, seed: int = 0, chinese: float = 0.1) -> list[str]:
    """``n`` distinct sentences from the templates and word lists above (a share ``chinese`` in Chinese)."""
    rng = random.Random(seed)
    out: dict[str, None] = {}
    for _ in range(n * 50):
        if len(out) >= n:
            break
        if rng.random() < chinese:
            text = rng.choice(_ZH).format(**{k: rng.choice(v) for k, v in _ZH_WORDS.items()},
                                          p2=rng.choice(_ZH_WORDS["p"]))
        else:
            text = rng.choice(_TEMPLATES).format(
                p=rng.choice(_PEOPLE), p2=rng.choice(_PEOPLE), pl=rng.choice(_PLACES), a=rng.choice(_ACTIVITIES),
                e=rng.choice(_EVENTS), f=rng.choice(_FEELINGS), f2=rng.choice(_FEELINGS), th=rng.choice(_THINGS),
                t=rng.choice(_TIMES), r=rng.choice(_RELATIONS), j=rng.choice(_JOBS), o=rng.choice(_ORGS))
        out.setdefault(text, None)
    return list(out)


def documentation_sentences(root: Path) -> list[str]:
    """Sentences of kg-memory's README, Python docstrings and comments, and ontology labels under ``root``."""
    texts: list[str] = []
    readme = root / "README.md"
    if readme.exists():
        texts.append(readme.read_text(encoding="utf-8"))
    for path in sorted((root / "kg_memory").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        texts += re.findall(r'"""(.*?)"""', source, flags=re.S)
        texts += re.findall(r"^\s*# (.+)$", source, flags=re.M)
    for path in sorted((root / "ontologies").glob("*.ttl")):
        texts += re.findall(r'"([^"]{3,})"@(?:en|zh)', path.read_text(encoding="utf-8"))
    sentences: dict[str, None] = {}
    for text in texts:
        for s in re.split(r"(?<=[.!?。？])\s+|\n\s*\n", text):
            s = " ".join(s.split())
            if 3 <= len(s) <= 300 and not s.startswith(">>>"):
                sentences.setdefault(s, None)
    return list(sentences)


@dataclass(frozen=True)
class CompressorConfig:
    """The shape and training of a :class:`~kg_memory.neural.compress.Compressor`."""

    dim: int = 384
    code_dim: int = 64
    steps: int = 3000
    batch: int = 512
    lr: float = 3e-3
    similarity_weight: float = 1.0  # weight of the dot-product error against the reconstruction error
    #: weight of the error of the ranks' margins: for each vector of the batch, the dot products of the
    #: decoded batch with it, centred (what a ranking of stored memories for a question depends on)
    rank_weight: float = 0.0


def train_compressor(vectors: np.ndarray, config: CompressorConfig | None = None, *, seed: int = 0,
                     identity: str = "", queries: np.ndarray | None = None) -> Compressor:
    """Fit an encoder and decoder on unit ``vectors`` (N, dim) and return them as a :class:`Compressor`.

    Deterministic for a seed (torch's generator seeds the initialisation and batches; one thread).
    The decoder starts from the principal directions of the vectors, the encoder from their transpose.
    ``queries`` (M, dim), when given, are what the decoded vectors' dot products are compared with
    (questions meet stored memories); by default the batch's own vectors. After training, each code
    dimension is rescaled to unit spread over ``vectors`` (the encoder divided, the decoder
    multiplied: the same model), so one int8 scale per vector quantises every dimension alike.
    """
    import torch

    cfg = config or CompressorConfig()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        g = torch.Generator().manual_seed(seed)
        x = torch.as_tensor(np.asarray(vectors, dtype=np.float32))
        qs = torch.as_tensor(np.asarray(queries, dtype=np.float32)) if queries is not None else None
        mean = x.mean(dim=0)
        _, _, v = torch.linalg.svd(x - mean, full_matrices=False)  # rows of v: principal directions
        encoder = torch.nn.Parameter(v[: cfg.code_dim].clone())  # (C, D)
        decoder = torch.nn.Parameter(v[: cfg.code_dim].T.clone())  # (D, C)
        bias = torch.nn.Parameter(mean.clone())
        opt = torch.optim.Adam([encoder, decoder, bias], lr=cfg.lr)
        for step in range(cfg.steps):
            batch = x[torch.randint(0, x.shape[0], (cfg.batch,), generator=g)]
            q = batch if qs is None else qs[torch.randint(0, qs.shape[0], (cfg.batch,), generator=g)]
            z = (batch - mean) @ encoder.T  # (B, C)
            recon = torch.nn.functional.normalize(z @ decoder.T + bias, dim=1)  # (B, D)
            loss = ((recon - batch) ** 2).sum(dim=1).mean()
            approx, exact = recon @ q.T, batch @ q.T  # (B, B): stored memories against questions
            loss = loss + cfg.similarity_weight * ((approx - exact) ** 2).mean() * batch.shape[0]
            if cfg.rank_weight:
                err = (approx - approx.mean(dim=0)) - (exact - exact.mean(dim=0))
                loss = loss + cfg.rank_weight * (err ** 2).mean() * batch.shape[0]
            opt.zero_grad()
            loss.backward()
            opt.step()
            for group in opt.param_groups:
                group["lr"] = cfg.lr * (1 - step / cfg.steps)
        with torch.no_grad():
            spread = ((x - mean) @ encoder.T).std(dim=0).clamp_min(1e-6)  # (C,)
            enc, dec = encoder / spread[:, None], decoder * spread[None, :]
        return Compressor(enc.numpy(), dec.numpy(), bias.detach().numpy(), mean.numpy(), identity)
    finally:
        torch.set_num_threads(threads)
