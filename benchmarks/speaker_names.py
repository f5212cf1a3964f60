"""How well "Speaker N" speakers are named, against DialogRE's train annotation (measure only, never train).

For each dialogue, the gold names of a speaker are the ``per:alternate_names`` pairs (Speaker N, name).
The names the rules give a speaker (``(Speaker N, alternateName, name)``, read by
:func:`kg_memory.extract.rules._with_speaker_names`, the same vote the model extractor uses) are scored:

* recalled: gold pairs whose name one of the speaker's names matches (``extract.names_match``); "proper"
  counts only gold names that are names (capitalised, or Chinese), not endearments ("honey", "man");
* right: a produced name matching a gold name of its speaker; contradicting: a name that is gold for
  another speaker, or a speaker whose gold names include a proper name starting otherwise (the gold
  is incomplete: most speakers' names are not annotated, so this undercounts errors); unjudged: the rest.

Run from any tree (the HEAD archive too, to compare)::

    python benchmarks/speaker_names.py [--limit N]

Figures (2026-12-03, all 1,073 dialogues of each language; HEAD = commit a34f30b, run from its archive)::

    tree   lang  gold  recalled     proper  recalled     produced  right  contradicting  unjudged  judged precision
    HEAD   en    1216   148 12.2%    694     148 21.3%     615      147       89            379        62.3%
    HEAD   zh    1962   391 19.9%   1782     391 21.9%     574      389      122             63        76.1%
    after  en    1216   243 20.0%    694     243 35.0%     929      251      119            559        67.8%
    after  zh    1962   596 30.4%   1782     595 33.4%     830      593      150             87        79.8%

Issue 13's second pass (HEAD = 106710c; "after": greetings with "this is" / "it's", "you're X" after a greeting,
transliterated Chinese names, interjections said long, insults, 了 + name, 我是 + no name)::

    HEAD   en    1216   243 20.0%    694     243 35.0%     929      251      119            559        67.8%
    HEAD   zh    1962   596 30.4%   1782     595 33.4%     830      593      150             87        79.8%
    after  en    1216   249 20.5%    694     249 35.9%     932      259      116            557        69.1%
    after  zh    1962   637 32.5%   1782     636 35.7%     902      644      157            101        80.4%

Issue 13's third pass (2026-12-04, HEAD = 20fd804, "after" = HEAD with only the speaker-naming and English people
changes of that pass: names in lists, beside "my agent," / ", my old roommate,", in turns naming three people or
more (Latin script only: Chinese is unchanged), after stammers and prepositions ("i-in London", "outside Vegas"),
"Hi, Ken Adams, nice to meet you" as an introduction, words such as "Excuse", "Rubella-like"; 3.5 s CPU for both
languages either way)::

    HEAD   en    1216   259 21.3%    694     259 37.3%     938      272      112            554        70.8%
    HEAD   zh    1962   638 32.5%   1782     637 35.7%     898      645      155             98        80.6%
    after  en    1216   261 21.5%    694     261 37.6%     859      276       89            494        75.6%
    after  zh    1962   638 32.5%   1782     637 35.7%     898      645      155             98        80.6%

Issue 13's fourth pass (2026-12-04, HEAD = 05377a5; "after": Chinese lists and apposed roles name nobody, turns
naming three people or more (Chinese too), a whole-turn introduction ("我是艾丽卡。"), full names with "·" in an
introduction, "嗨，这是瑞秋。" on the phone; English unchanged). Chinese, recalled / right / contradicting /
unjudged / judged precision::

    HEAD   zh    668 34.0%   675   164   106   80.5%
    after  zh    685 34.9%   700   140    94   83.3%

Issue 13's sixth pass (2026-12-04, HEAD = 8b878ef; "after": "Mhm" is no name, a name closing a statement that is not the
turn's last sentence answers the one before, "Chandler?" - "Oh, he can't talk" names nobody, "his full name, X" is
spoken of, a first name said alone in the third person ("I ran into Richard") bars its speaker from "Richard Simmons",
three or more names called by one speaker to one answerer are read from a list). Recalled / right / contradicting /
unjudged / judged precision::

    HEAD   en    262 21.5%   278    86   491   76.4%
    after  en    264 21.7%   280    75   488   78.9%
    HEAD   zh    685 34.9%   700   140    94   83.3%
    after  zh    686 35.0%   701   136    95   83.8%

Issue 13, multi-party pass (2026-12-05, HEAD = 3a8d802 beside HEAD + this pass only; "after": names settled at the end
of the talk (``extract/speaker_vote.py``): a name called in one turn only for a speaker whom the others call by an
unrelated name in two turns or more, with more votes, is someone else's (forms of one name and a title with a surname
are no rivals); a name someone asks about ("Who's Dennis?", "谁是丹尼斯？") is no speaker's unless introduced; a name
standing as a sentence of its own in the answer to "Who?" is said of someone). Recalled / right / contradicting /
unjudged / judged precision::

    HEAD   en    264 21.7%   280    62   473   81.9%
    after  en    262 21.5%   278    58   467   82.7%
    HEAD   zh    687 35.0%   704   122    88   85.2%
    after  zh    686 35.0%   703   108    86   86.7%

Issue 13, causes of seeds 2038/2039 (2026-12-05, HEAD = 63ce414 beside HEAD + this pass only; "after": one who answers a
call with "no" and a name of their own is not the one called ("Rob!" - "No, no. It's me, Ross!"), "<name>, had a
friend." tells of the name, "这位，胡安，" points someone out, "call me, Clint" / "叫我，克林特" introduces the speaker)::

    HEAD   en    262 21.5%   278    58   467   82.7%
    after  en    262 21.5%   278    56   467   83.2%
    HEAD   zh    686 35.0%   703   108    86   86.7%
    after  zh    685 34.9%   702   106    86   86.9%

Issue 13, how people call each other (2026-12-05, HEAD = 48b91f1 beside HEAD + this pass only; "after": one-character
names called alone ("嘿，乔！", "怎么了，丹？", not 乔 in 乔伊), "不过菲比你..." / "但乔伊你...", "你是瑞秋对吗", "我就是迈克",
"我是露莎啊", 大卫, 哈 in transliterated names (哈克先生), three-part full names, "Pheebs come on!" / "Rach calm down" /
"but Pheebs don't you...", "C'mon Rich", "Here you go Phoebe", a call answered "Yeah?" names the one answering, a turn
that turns to a group ("Okay guys, ...", "各位，") names nobody). DialogRE ZH pair + predicate 19.5% -> 20.3%, EN 14.2%
unchanged::

    HEAD   en    262 21.5%   278    56   467   83.2%
    after  en    265 21.8%   281    56   469   83.4%
    HEAD   zh    685 34.9%   702   106    86   86.9%
    after  zh    723 36.9%   741   104    87   87.7%

Issue 13, who a call is said to (2026-12-05, HEAD = 217c2d7 beside HEAD + this pass only; "after": a name closing the
last turn of a stretch of two answers the only other one there, and one said where such a stretch begins calls them,
fully; a call answered "What?" counts fully for the one answering; "Sure Pheebs, ...", "Y'know Rach, ...", "Boy Rach,
...", "哎莫妮卡？", "唉菲比，"; "Pheebs you didn't have to" and "Rach!" / "Mon?" cut short where the talk also writes the
name inside a sentence (``extract/loose_calls.py``); "如果你不叫我乔伊" / "stop calling me Joey" does not bar the speaker from
the name; a name after a pause ("还是......迪克。") is a word searched for). DialogRE pair + predicate EN 18.3% -> 18.8%, ZH
24.3% -> 24.5% (per:alternate_names 31.2% -> 32.7%, 44.6% -> 45.4%); 21.2 s CPU either way. Of 20 added names drawn
and read in their dialogues (before the pause rule), 17 right, 3 wrong (two of which the pause rule then removed)::

    HEAD   en    265 21.8%   281    56   469   83.4%
    after  en    283 23.3%   299    57   485   84.0%
    HEAD   zh    723 36.9%   741   104    87   87.7%
    after  zh    738 37.6%   756   105    88   87.8%

Issue 13, English calls the Chinese translation sets off with commas (2026-12-05, HEAD = fc2077f beside HEAD + this pass
only; "after": "Hey Joe what's up?", "Oh Pheebs that's so sweet", "I'm sorry Pheebs, I can't", "Are you Phoebe Buffay?",
a first name alone opening a turn and said to "you" ("Jack. Could you come in?"), a short form of a name written in the
talk ("Mon!" of "Monica", not of "Monday"), a word alone answered "Yeah?" / "Hmm?"; "Joe?" - "There he is!" and "Marlon-" -
"Marlon?!" name nobody). DialogRE EN pair + predicate 20.6% -> 21.0% (per:alternate_names 32.8% -> 34.1%), ZH and
PersonaExt unchanged; of 20 added facts read in their dialogues 16 right, 2 wrong, 1 trivial, 1 unsure::

    HEAD   en    282 23.2%   298    56   474   84.2%
    after  en    299 24.6%   315    58   485   84.5%
    HEAD   zh    744 37.9%   762    97    81   88.7%
    after  zh    744 37.9%   762    97    81   88.7%

Issue 13, speakers the Chinese rules name and the English ones did not (2026-12-05, HEAD = 5e06fdb beside HEAD + this pass
only; "after": "My name is ..." opening a sentence, "I'm, uh, X", "It's Bob, actually.", "Nice to meet you. Kate
Miller.", "Hi, this is X from ..."; forms of one name ("Rach" / "Rachel", "Pheebs" / "Phoebe") vote together; a first
name cut short and called alone ("Rach?", "Mon! I'm so happy for you!"); "What's going on Joe?", "What are you doing
Mon?", "See Joe, ...", "Hey Mike sorry to..."). DialogRE EN pair + predicate 990 -> 1,011 of 4,699 (per:alternate_names
451 -> 472 of 1,329), ZH and PersonaExt unchanged; of the 36 names added, read in their dialogues, 35 right::

    HEAD   en    299 24.6%   315    58   480   84.5%
    after  en    322 26.5%   339    59   486   85.2%
    HEAD   zh    744 37.9%   762    96    79   88.8%
    after  zh    744 37.9%   762    96    79   88.8%
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kg_memory.extract.datasets import read_dialogre  # noqa: E402
from kg_memory.extract.rules import _with_speaker_names  # noqa: E402

_SPEAKER = re.compile(r"^Speaker \d+$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ENDEARMENTS = frozenset("honey sweetie baby sweetheart buddy pal dude man dear mom dad mommy daddy sir 亲爱的 宝贝 甜心".split())


def _names_match():
    spec = importlib.util.spec_from_file_location("extract_bench", HERE / "extract.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.names_match


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    names_match = _names_match()
    for lang, folder in (("en", "en"), ("zh", "cn")):
        dialogues = read_dialogre(args.data / "dialogre" / folder / "train.json", prefix=lang)[:args.limit]
        c: Counter = Counter()
        buckets: dict[float, Counter] = {}
        for d in dialogues:
            gold: dict[str, set[str]] = {}
            for p in d.pairs:
                if "per:alternate_names" in p.relations and _SPEAKER.match(p.x) and not _SPEAKER.match(p.y):
                    gold.setdefault(p.x, set()).add(p.y)
            facts = [f for f in _with_speaker_names([], list(d.turns)) if f.predicate == "alternateName"]
            mine: dict[str, list[str]] = {}
            for f in facts:
                mine.setdefault(f.subject.label, []).append(str(f.object))
            for speaker, names in gold.items():
                for g in names:
                    ok = names_match(g, mine.get(speaker, []))
                    proper = (g[:1].isupper() or bool(_HAN.match(g))) and g.lower() not in _ENDEARMENTS
                    c["gold"] += 1
                    c["recalled"] += ok
                    c["proper"] += proper
                    c["proper recalled"] += ok and proper
            for f in facts:
                name, speaker = str(f.object), f.subject.label
                others = {g for s, ns in gold.items() if s != speaker for g in ns}
                if any(names_match(g, [name]) for g in gold.get(speaker, ())):
                    kind = "right"
                elif any(names_match(g, [name]) for g in others) or any(
                        (g[:1].isupper() or _HAN.match(g)) and g[:2].lower() != name[:2].lower()
                        for g in gold.get(speaker, ())):
                    kind = "contradicting"
                else:
                    kind = "unjudged"
                c[kind] += 1
                buckets.setdefault(round(f.confidence, 1), Counter())[kind] += 1
        judged = c["right"] + c["contradicting"]
        print(f"{lang}: gold {c['gold']}, recalled {c['recalled']} ({c['recalled'] / max(c['gold'], 1):.1%}); proper "
              f"{c['proper']}, recalled {c['proper recalled']} ({c['proper recalled'] / max(c['proper'], 1):.1%}); "
              f"produced {judged + c['unjudged']}: right {c['right']}, contradicting "
              f"{c['contradicting']}, unjudged {c['unjudged']}; judged precision {c['right'] / max(judged, 1):.1%}")
        for confidence, k in sorted(buckets.items()):
            n = k["right"] + k["contradicting"]
            print(f"    confidence {confidence:.1f}: right {k['right']:>4}, contradicting {k['contradicting']:>4}, "
                  f"unjudged {k['unjudged']:>4}, judged precision {k['right'] / max(n, 1):.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
