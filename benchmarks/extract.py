"""Extractors side by side on PersonaExt (test split) and DialogRE (train, English and Chinese).

One run scores every extractor named by ``--extractors`` (default: all of :data:`EXTRACTORS`) on
every data set named by ``--datasets``; an extractor is a name of :data:`EXTRACTORS` or
``module:attribute`` (a class or factory whose result has ``extract(turns) -> list[Fact]``), so a
model extractor plugs in by name. The data is read at run time from ``../shared/data`` (``--data``);
nothing of it is copied into the repository.

Data sets
    ``personaext``: the 20% test split of PersonaExt (:func:`kg_memory.extract.datasets.personaext_split`,
    a hash of the text; a training script uses the other 80%), one utterance at a time, spoken by
    "Speaker". ``dialogre-en`` / ``dialogre-zh``: DialogRE's train split, each dialogue read whole
    (turns "Speaker 1: ..."). DialogRE is an evaluation set only (non-commercial licence): never
    train shipped weights on it; its dev and test splits are not read.
    ``scenes-en`` / ``scenes-zh`` (asked for by name): the project's own multi-party scenes in DialogRE's
    format, written and labelled by its engineers before the rules read them (``data/scenes/README.md``);
    scored as DialogRE, read from the repository, free to train on.

Matching arguments (DialogRE)
    A gold argument ("Speaker 2", "Chandler Bing", "student", "26") matches an extracted entity when
    one of the entity's names equals it after normalisation (case, punctuation, a leading article,
    possessive or title such as "Mrs.", number words to digits), or, for names that are not
    "Speaker N", when the words of one begin the other's ("Chandler" ~ "Chandler Bing", "钱德勒" ~
    "钱德勒·宾"; not "York" ~ "New York"). An
    entity's names are its label, its aliases and everything the extractor itself linked to it with
    ``name`` or ``alternateName`` facts in the same dialogue (never the gold alternate names): a
    speaker the extractor learned is called Chandler matches both "Speaker 2" and "Chandler Bing".

Metrics
    For DialogRE, the gold pairs are the annotated (x, y) pairs with a relation other than
    ``unanswerable`` (a pair with several relations counts once). A fact *links* a pair when its
    subject matches x and its object y, or the reverse. Its predicate is *right* when the mapping
    table (``mappings/dialogre.csv``) accepts it for one of the pair's relations in that direction.

    * pair recall: share of gold pairs linked by some fact;
    * pair + predicate recall: share of gold pairs linked by some fact with the right predicate;
    * predicate precision on gold pairs: among facts that link some gold pair, the share whose
      predicate is right for a pair they link (facts about pairs nobody annotated are not judged).

    For PersonaExt the gold pair is the utterance's (head, tail), matched as in
    ``extract_persona.py`` (the speaker or the relative the head names; object words overlapping
    the tail with F1 >= 0.5), predicates by ``mappings/personaext.csv``: pair + predicate recall is
    the share of utterances whose gold triple is found with the right predicate, pair recall the
    share found with any predicate, predicate precision the first over the second.

    facts/turn: facts extracted per turn (utterance); turns/s: turns read per second of extraction
    (best of ``--repeat`` passes), warm-up excluded.

Figures (2026-12-03, 2 shared cores, ``--extractors rules`` then ``--extractors model,combined``, one pass,
load falling from about 14 to 2; the model with one encoder pass per turn, in numpy; see its MODEL_CARD.md)::

    data set     extractor   items  pairs    pair pair+pred pred-prec facts/turn  turns/s
    personaext   rules        4601   4601   46.3%     38.5%     83.1%      0.882      387
    personaext   model        4601   4601    0.0%      0.0%         -      0.000      787
    personaext   combined     4601   4601   46.3%     38.5%     83.1%      0.882      593
    dialogre-en  rules        1073   4699    7.9%      6.6%     87.9%      0.139      478
    dialogre-en  model        1073   4699   11.3%      6.8%     67.1%      0.098      103
    dialogre-en  combined     1073   4699   14.0%      9.1%     73.5%      0.175      345
    dialogre-zh  rules        1073   5550    9.6%      9.0%     95.3%      0.095      277
    dialogre-zh  model        1073   5550   11.7%      9.8%     86.8%      0.067      124
    dialogre-zh  combined     1073   5550   13.0%     10.6%     87.0%      0.115      197

Hand-labelled precision (``labels/extract_precision.csv``, 200 facts of ``rules`` drawn at random, seed 13, from
its output on all DialogRE train dialogues EN + ZH before the precision filters below): 26.5% correct (53 correct,
115 wrong, 32 trivial; EN 22.5%, ZH 31.5%); most wrong facts were interjections taken for names ("Wait, ...",
"拜托！") and activities read from idioms. ``--recheck-labels rules`` after the filters (interjections,
"我是<phrase>", relations to oneself, filler-verb habits), which only remove facts: 140 of the 200 are still given,
36.4% of them correct (51 correct, 59 wrong, 30 trivial), an unbiased estimate of the filtered output's precision.

Precision filters of the next session (``kg_memory/extract/plausible.py``: intentions of the moment, "can"/会 of
the moment, manners and addressees as likes, Chinese fragments as names, relatives mentioned in passing, one-word
turns and exclamations as speaker names, quotations), 2026-12-03, ``--extractors rules``, HEAD run beside it::

    data set     extractor   items  pairs    pair pair+pred pred-prec facts/turn
    personaext   rules@HEAD   4601   4601   46.3%     38.5%     83.1%      0.882
    personaext   rules        4601   4601   45.0%     38.1%     84.6%      0.830
    dialogre-en  rules@HEAD   1073   4699    7.9%      6.6%     87.9%      0.139
    dialogre-en  rules        1073   4699    7.2%      6.1%     89.4%      0.093
    dialogre-zh  rules@HEAD   1073   5550    9.6%      9.0%     95.3%      0.095
    dialogre-zh  rules        1073   5550    8.9%      8.3%     96.1%      0.066

``--recheck-labels rules`` after them: 73 of the first sample's 200 facts still given, 68.5% correct (50 / 18 wrong
/ 5 trivial); a second sample of 100 facts of the filtered rules (``--draw-labels ... --draw-size 100 --draw-seed
2026 --append``, labelled by the same standard, rows marked ``sample seed 2026``): 48% correct (48 / 38 wrong / 14
trivial), 55.2% of the 87 still given after the last filters. Most of what is left wrong is a vocative credited to
the wrong speaker of a multi-party dialogue, and endings whose object is their subject ("we split up").

Rules before/after the interpersonal relations, Chinese name cutting, endings and speaker naming of
issue 13/18 (2026-12-03, ``--extractors rules``, ``HEAD`` = the commit before, both under a load of
about 14 on 2 cores, so turns/s here measure the load, not the code)::

    data set     extractor   items  pairs    pair pair+pred pred-prec facts/turn  turns/s
    personaext   rules@HEAD   4601   4601   46.4%     38.6%     83.2%      0.881      128
    personaext   rules        4601   4601   46.3%     38.5%     83.1%      0.884      113
    dialogre-en  rules@HEAD   1073   4699    3.4%      2.9%     89.5%      0.085      234
    dialogre-en  rules        1073   4699    7.6%      6.3%     87.3%      0.171      112
    dialogre-zh  rules@HEAD   1073   5550    1.5%      1.2%     88.9%      0.045      294
    dialogre-zh  rules        1073   5550    9.3%      8.6%     94.7%      0.115       40

The same, first 250 dialogues (``--extractors rules,combined --datasets dialogre-en,dialogre-zh --limit 250``):
rules EN 3.0% -> 6.3% pair + predicate (precision 84.4% -> 79.5%), ZH 1.8% -> 9.1% (100% -> 94.9%); combined
EN 6.6% -> 7.0% (67.7% -> 68.3%), ZH 11.4% -> 11.3% (91.5% -> 90.1%). Combined stays off the default: its
English precision is under 0.8 and it reads 8-13 turns/s where the rules read 117-507 in the same run.

Speed in CPU time (load-independent), rules on the first 150 DialogRE dialogues (2,018 turns each
language), with and without naming "Speaker N" speakers from how others address them: English 3,286 ->
3,054 turns per CPU-second, Chinese 1,722 -> 1,052 (the turns/s column above was measured before the
vocative scan was restricted to the ends of a turn, which took Chinese from 818 to 1,052).

Precision causes of issue 13 (2026-12-03, ``--extractors rules``, HEAD beside HEAD + these changes only): a person
one "has" is no possession (有一个儿子), an age needs nothing after 岁 (我15岁就……), a relative's name ends where a
name does (乔伊坐 -> 乔伊), 妈妈，爸爸，这是…… names no parent, titles, pronouns, interjections said long ("Soo"),
insults and "go Vassar" name nobody, 了 + name is an object (我离开了迈伦), 我是 + a word jieba does not call a name
introduces nobody, 讲个笑话 is no language, passing mentions of the wider family ("my grandmother used to say") are
dropped unless had; names found: "Hi, it's Monica Geller" / "this is ..." after a greeting, "Hi, you're Chandler
Bing", transliterated Chinese names jieba does not know (珍妮丝). The labelled sample leaves out endings with no
object (``Fact.ends_every_value``): they close stored facts and are never stored::

    data set     extractor   items  pairs    pair pair+pred pred-prec facts/turn
    dialogre-en  rules@HEAD   1073   4699   14.3%     11.8%     89.9%      0.125
    dialogre-en  rules        1073   4699   14.4%     12.0%     90.1%      0.123
    dialogre-zh  rules@HEAD   1073   5550   15.0%     13.8%     96.8%      0.090
    dialogre-zh  rules        1073   5550   15.7%     14.4%     96.8%      0.093
    personaext   rules@HEAD   4601   4601   45.0%     38.1%     84.6%      0.828
    personaext   rules        4601   4601   44.7%     37.9%     85.0%      0.817

``--recheck-labels rules``: sample seed 2027 66.3% (95 given) -> 81.6% correct (76 given), seed 2026 66.1% (59)
-> 77.6% (49), seed 13 82.7% (52) -> 87.5% (48). A fresh sample of the default extractor after them (``--draw-seed
2028``, 100 facts, rows ``sample seed 2028``): 71% correct (71 / 26 wrong / 3 trivial; speaker names 54 of 66
right, other facts 17 of 34). Left wrong: vocatives credited to the wrong speaker of a group, names said of someone
absent, Chinese names cut with a verb jieba joins (跟罗斯坦白了), activities and traits of the moment or of jokes.

Guards of issue 13, second round (2026-12-03, ``--extractors rules``, HEAD beside HEAD + these changes only, CPU
15.0-15.8 s against HEAD's 14.9-16.3 s for a run of all three): a name is spoken of, not to, after a curly "It’s", a demonstrative, a verb
in -ing or a role noun ("is this Hillary your chef Hillary?", "It's like firing Elmo"), in a list ("我，瑞秋，鸡鸭们，还有
孩子们"), and nationalities are no names; a full Chinese name given when asked names who answers; "Mom" said to
someone who calls someone "Mom" too, or by one who calls two people so, names no parent; a "person" that is a piece
of a Chinese sentence (拜托, 向肌, 任何) or God is none; "That's Molly, she's sick" / "这是X，她……" make "she" X;
"like" that compares ("it's like... like calling ...") is no liking; particles after "got" / "rescued" are no
possessions ("got off the phone"), clauses no hobbies, 都能…… no habit, 当时/要找…… no job, "went out" no visit;
"I have a son Ben" names the son::

    data set     extractor   items  pairs    pair pair+pred pred-prec facts/turn
    personaext   rules@HEAD   4601   4601   45.9%     39.6%     86.2%      0.834
    personaext   rules        4601   4601   45.8%     39.5%     86.2%      0.833
    dialogre-en  rules@HEAD   1073   4699   14.4%     12.0%     90.1%      0.124
    dialogre-en  rules        1073   4699   14.3%     12.0%     91.2%      0.121
    dialogre-zh  rules@HEAD   1073   5550   15.7%     14.4%     96.8%      0.093
    dialogre-zh  rules        1073   5550   15.7%     14.4%     96.8%      0.092

``--recheck-labels rules``: seed 2028 71.7% (99 given) -> 80.7% (88 given; no correct fact lost), seed 2027 81.6%
-> 82.7%, seed 2026 77.6% -> 79.2%, seed 13 87.5% -> 87.5%. A fresh sample of the default extractor (the shared tree
of 22:30 with these guards but before the last five, ``--draw-seed 2029``, rows ``sample seed 2029``): 73% correct
(73 / 24 wrong / 3 trivial; English 41 of 58, Chinese 32 of 42; speaker names 52 of 64, other facts 21 of 36);
80.2% of the 91 the final rules still give (the last guards were written after reading it: an optimistic figure).
A second fresh sample after all of them (the shared tree of 22:48, ``--draw-seed 2030``): 71% correct (71 / 22 wrong
/ 7 trivial; English 42 of 59, Chinese 29 of 41; speaker names 47 of 61, other facts 24 of 39). Rechecking old
samples overstates a change aimed at their wrong facts: the fresh samples (71%, 73%) are the figure to quote.
Left wrong: vocatives credited to the wrong speaker of a group, names of people absent (on the phone, in a speech,
guessed in a game), jokes and slips of the tongue, a friend named after "my friend," credited to the addressee.

Issue 13's third pass (2026-12-04; English relations people state about each other: "I'm in love with X", "X has a
crush on me", "Pete dumped me", "we're roommates" between two speakers, "you're marrying X", "Rachel is one of my
closest friends", "I'm Ross, Phoebe's friend", "my ex-boyfriend Ross?" and "my sister Jill?" in questions, "my old
assistant Tag" / "John, my mailman" as jobs; speaker naming with fewer wrong names, see ``speaker_names.py``).
HEAD = 20fd804; "HEAD + pass" is HEAD with only this pass's files, run beside it; 13.1 -> 13.4 s CPU for both
languages; ``--extractors rules --datasets dialogre-en,dialogre-zh --relations``::

    data set     extractor       items  pairs    pair pair+pred pred-prec facts/turn
    dialogre-en  rules@HEAD       1073   4699   14.3%     12.0%     91.2%      0.122
    dialogre-en  rules@HEAD+pass  1073   4699   14.9%     12.9%     92.7%      0.118
    dialogre-zh  rules@HEAD       1073   5550   15.7%     14.4%     96.8%      0.092
    dialogre-zh  rules@HEAD+pass  1073   5550   15.7%     14.4%     96.8%      0.092

English pair + predicate recall per relation, HEAD -> pass: girl/boyfriend 6.8% -> 9.4%, positive_impression 15.0%
-> 16.4%, friends 11.8% -> 15.0%, title 14.3% -> 15.9%, spouse 7.4% -> 8.9%, siblings 11.7% -> 14.8%, roommate 6.5%
-> 12.3%, alumni 1.8% -> 2.6%, client 0% -> 1.9%, negative_impression 6.4% -> 7.0%. ``--recheck-labels`` (HEAD + pass):
seed 2030 71.0% (100 given) -> 76.3% (93 given, no correct fact lost), seed 2029 80.2% -> 85.5%, seed 2028 80.7% ->
81.6%. A fresh sample of the shared tree of 01:15 (all five engineers' work, ``--draw-seed 2031``, drawn after this
pass and labelled before any change that reading it suggested): 77% correct (77 / 21 wrong / 2 trivial; English 47 of
61, Chinese 30 of 39; speaker names 45 of 56 = 80%, other facts 32 of 44). Left wrong there: names said to people
who are not among the speakers (on the phone, in a game, a soap role), a speaker's own name said of themself
("I'm no longer Phoebe Buffay", "Chandler Bing, 7!") credited to another, Chinese lists of names, "I like you" given
to the speaker before rather than the one meant, past ownership ("crashed my bike at seven") and verbs as habits
("heard", "realized"; these and "I'm no longer X" were fixed after reading the sample).

Issue 13, fourth pass (English precision first; HEAD = 13b049e at ``/tmp/head9`` run beside the shared tree, taking
turns, two rounds; 13.5 -> 12.6-15.1 s CPU for DialogRE EN + PersonaExt): denied relatives ("Joey is not my
boyfriend"), thanks read as liking ("I appreciate the support"), things named by an animal ("a snake bite kit", "my
guitar case", "our phone number"), "went to see", "in violation of" / "in fashion" / "in Ben's class" as homes,
"something else" objects, role play ("let's say I'm the interviewer"), plans of others ("Joey is gonna be a guest"),
"I hate to lecture you", "that guy", a lone past verb as a habit, "Her name's Ronni" credited to the next speaker,
"Like" and "dog Pepper" as vocatives, names cut off ("Mo-") and "my name is mommy" are gone; found now: phone introductions ("Hi, this
is Phoebe from Empire Office Supplies"), "Tom and Sue's daughter Jen", "Ross and Emily broke up" (an ending), "I'm
bringing Pete. My boyfriend.", "I'm the producer of the show", "you're a terrific actor", titled names ("Mrs.
Knight"), the short name others call a speaker the rules named ("Mon" for "Monica Geller")::

    data set     extractor       items  pairs    pair pair+pred pred-prec facts/turn
    dialogre-en  rules@HEAD       1073   4699   14.9%     13.0%     92.7%      0.118
    dialogre-en  rules@pass       1073   4699   15.0%     13.2%     92.8%      0.116
    personaext   rules@HEAD       4601   4601   49.0%     42.5%     86.7%      0.875
    personaext   rules@pass       4601   4601   49.0%     42.5%     86.7%      0.872

English pair + predicate recall per relation: girl/boyfriend 9.4% -> 10.0%, friends 15.0% -> 15.4%, title 15.9% ->
17.4%, children and parents 18.1% -> 18.7%, employee_or_member_of 8.9% -> 11.1%; positive_impression 16.4% ->
16.2% (a pair found only through a wrong name: "Her name's Ronni" had made Speaker 2 Ronni); alternate_names 19.8% ->
19.7% ("mommy" is no name a memory keeps, though DialogRE counts it). The English hand-labelled rows still given (all
samples): 290 -> 279, 233 -> 232 correct (one is the same name now given as ``name``), 38 -> 30 wrong: 80.3% -> 83.2%.
A fresh sample of the shared tree of 04:35 (all engineers' work, ``--draw-seed 2032``, labelled before any change it
suggested): 76% correct (76 / 24 wrong / 0 trivial; English 38 of 50, Chinese 38 of 50; speaker names 40 of 56 = 71%,
other facts 36 of 44 = 82%). Left wrong there, mostly speaker names: a name said of someone absent, across the room or
in a list credited to the addressee or the next speaker (12 of the 24), a greeting to someone arriving, a soap role, a
game-show host; jobs claimed and denied in the next turn, a role played read as a hobby, 眼睛检查 as owning eyes.
A later sample (tree of a38cc32, ``--draw-seed 2033 --draw-size 100``): 69% correct (69 / 20 wrong / 11 trivial;
English 32 of 56, Chinese 37 of 44; speaker names 41 of 55 = 75%, other facts 28 of 45 = 62%). Wrong again mostly
names: one said of a third person or in a quiz, a role, a word taken for a name ("Sometimes"); trivial: placeholder
objects ("Speaker 1's mom") and passing habits.
The eleventh (tree of b881f4e, ``--draw-seed 2035``): 75% correct (75 / 21 wrong / 4 trivial; English 40 of 56,
Chinese 35 of 44; speaker names 48 of 61 = 79%, other facts 27 of 39 = 69%); after its fixes the rules still give 89
of its 100 facts, 84.3% correct (no correct fact lost). Left wrong: sarcasm, a costume, an actor's range, a name
called to someone out of the room or to oneself, two names asked of one answerer, "my daughter Ross" (a vocative).

Issue 13, PersonaExt recall with the right predicate (2026-12-04; HEAD = 0b816ec beside HEAD + this pass only, tuned on
the 80% train side, the test side run once at the end). The scorer compares tail tokens by their stem ("cook" is
"cooking", "cats" is "cat"; ``extract_persona.stem``): 43.2% -> 43.6% on HEAD's rules. The rules: "i am retired" is
the job title ``retired`` beside the ending of ``worksFor``; a job wanted "someday" or "when i grow up"; "at work in the
coffee shop", "got done working at", "a job working at"; "my hair is a lovely shade of pink", "i dye my hair purple",
"my skin is light", "a surfer with blue hair"; a stutter, "i broke my arm", "i am in a wheelchair"; "i love to do
yoga"; "i am cooking" as the pastime under way; "do you like dogs? i have three"; "do you have any kids? i have two",
"are you a student? i am"; "i eat too much junk food"; "anything that is yellow"; "i am happy to be single"; "i am
nick . whats your name ?"; "i am even a vegan"::

    data set     extractor          items  pairs    pair pair+pred pred-prec facts/turn
    personaext   rules@HEAD          4601   4601   49.8%     43.2%     86.6%      0.883
    personaext   HEAD, new scorer    4601   4601   50.2%     43.6%     86.8%      0.883
    personaext   rules@HEAD+pass     4601   4601   50.9%     44.2%     86.8%      0.893
    dialogre-en  rules@HEAD          1073   4699   15.2%     13.5%     93.9%      0.115
    dialogre-en  rules@HEAD+pass     1073   4699   15.2%     13.5%     93.7%      0.115
    dialogre-zh  rules@HEAD+pass     1073   5550   20.1%     18.3%     95.3%      0.107   (unchanged)

The train side: 42.7% -> 43.1% (scorer) -> 44.0% (156 utterances found, none lost). On DialogRE EN the pass adds one
fact ("I'm Ross by the way": the speaker's name, correct), which costs a vocative's ``alternateName`` the speaker
naming had given. Most misses left are not rules' to fix: the gold tail names a part of what was said ("hike" for
"hike on the glaciers"), the relation is one the mapping keeps apart (``like_animal`` said as "i have a cat",
``live_in_*`` as "i am from ohio", ``has_ability`` as "i cook"), or a passing parent or aunt, which the rules drop.

Issue 13 by predicate (session 14): every fact of the weakest predicates on DialogRE train read in context; removed in
general form: a part played read as a hobby ("I play your husband, Victor", "a scientist"), one occasion of reading
or writing ("I read about it in Maxim", "I write the specials"), bare verbs and things pointed at as habits ("we see
them every day", "我每天都在谈论她", "很高兴"), wants of the moment as goals ("I wanna eat", "his concert Friday
night", "我想开始庆祝"), counts and "the wrong apartment" as owned, "went crazy" / "to the left" / "through a divorce"
as visited, "short on cash" as a trait, "X is the father of my baby" (no child of X's; 詹姆斯是我孩子的父亲 no child of
the speaker's). 3031 -> 2980 facts; ``--recheck-labels``: no correct labelled fact lost, seeds 2032-2037 +0.8 to +1.8
points. The fresh sample after it (``--draw-seed 2038``): 64% correct (64 / 26 wrong / 10 trivial; English 31 of 48,
Chinese 33 of 52; speaker names 46 of 61 = 75%, other facts 18 of 39 = 46%): none of the predicates read here was
drawn; half the wrong facts are names given to the wrong next speaker, and 8 of the 10 trivial are placeholder
relatives ("Speaker 4's kids") or everyday possessions ("my phone").
A fresh sample at 6616130 (2026-12-05, ``--draw-seed 2042``): 71% correct (71 / 25 wrong / 4 trivial; English 31 of 49
= 63%, Chinese 40 of 51 = 78%; speaker names 30 of 43, terms of address 10 of 11, other facts 31 of 46).
A fresh sample at b40bf8c (2026-12-05, ``--draw-seed 2043``): 87% correct (87 / 10 wrong / 3 trivial; English 41 of 49
= 84%, Chinese 46 of 51 = 90%; speaker names 41 of 46, terms of address 13 of 14, other facts 33 of 40). Three of its
facts are endings (``Fact.ended``: an ex-boyfriend, a break-up, a job of before), which the CSV does not show: read as
endings they are correct (seed 2031 had labelled the same ex-boyfriend ending wrong).
Its fixes (a name spoken of, then greeted, is not the listener's; a name taken up from the turn before and answered
with 'he ...' is not the answerer's; a term of address after a name called goes with the name; 明白/多谢/安静/东西
are no names; 'my bosses house' is the boss's): 90.6% of the 96 facts still given (87 / 6 wrong / 3 trivial;
English 41 of 46, Chinese 46 of 50), seed 2042 74.7 -> 75.5%, 2039-2041 unchanged; DialogRE train 3746 -> 3732
facts, 15 wrong removed, none correct lost.
A fresh sample at 9033a58 (2026-12-05, ``--draw-seed 2044``): 73% correct (73 / 21 wrong / 6 trivial; English 32 of 51
= 63%, Chinese 41 of 49 = 84%; speaker names 42 of 52, terms of address 7 of 9, other facts 24 of 39). Wrong: names
of people absent (an apposition "my sister, Dina,", a name just given to someone's wife, "a fake Ben"), calls to
someone who does not answer, "I like you" and endearments credited to the speaker before, a refused "be my boyfriend".
Its fixes (a name beside the speaker's relative, 我最小的妹妹，迪娜 / 我的大姑妈，穆里尔; a name given to someone spoken of,
then called: "What's your wife's name?" - "It's Pam." - "Pam!", 泰格的姓氏是摩根; "Phoebe, ah... Phoebe said"; "a fake Ben";
"asked him to be my boyfriend"): 79.3% of the 92 facts still given (73 / 13 wrong / 6 trivial), seed 2037 77.0 -> 77.9%,
the others unchanged, no correct labelled fact lost; DialogRE train 3925 -> 3916 facts (12 wrong removed, 3 right added).
A fresh sample at 5e06fdb (2026-12-05, ``--draw-seed 2045``): 84% correct (84 / 12 wrong / 4 trivial; English 43 of 51
= 84%, Chinese 41 of 49 = 84%; speaker names 44 of 48, terms of address 8 of 10, other facts 32 of 42). Wrong: a name
or kin word answered by someone other than the one meant ("Hey Pheebs!" - "Hey Phoebe!" greet a third; "dad" to whoever
called the speaker "son"), a language said of a name ("it's Gaelic") read as a name, an age in apposition after
someone's son credited to the parent, "she's a keeper" read as a job, a pet's death told by the zoo credited to the teller.
Its fixes (a relative set alone before a comma, 我的女儿，七岁 / 斯汀的儿子，七岁; a parent called at the end of a turn
read by one rule, and "爸爸" answering "……，儿子。"; a language is no name, "it's, ah, Gaelic"): 87.5% of the 96 facts
still given (84 / 8 wrong / 4 trivial), the other seeds unchanged; DialogRE train 3892 -> 3887 facts (5 wrong removed,
none right lost), pairs and predicate precision unchanged.
A fresh sample at 0f31dfe (2026-12-05, ``--draw-seed 2046``): 84% correct (84 / 13 wrong / 3 trivial; English 49 of 57
= 86%, Chinese 35 of 43 = 81%; speaker names 42 of 49, terms of address 4 of 5, other facts 38 of 46). Wrong: a name
called in a group given to someone other than the one called (6 of the 13: "Come on Joey! ... if you do the
interview" to the one who was asked, not the speaker before; a name called to one who just came in), a Chinese name
cut to two characters after a relative named alone in a clause (a former boyfriend, a boss: 理查德 -> 理查), a wrong
guess the person corrects ("Don?" - "Close. Ron."), sarcasm ("you're so sweet!" after a kick) and a pretext ("I'm mad
at you for leaving"). Its fixes (a relative and a three-character name alone in a clause keep the whole name; a name
guessed and put right, "Don?" - "Close. Ron.", is no one's; a name called once yields to two forms of another name
the others call the answerer by; "X, she's over there" points at someone spoken of; a name in a turn that turns to
the group, ", guys,", 伙计们, calls no one known): 89.4% of the 94 facts still given (84 / 7 wrong / 3 trivial), seed
2034 91.4% -> 92.5%, the other seeds unchanged (seed 2032 gives one fact fewer: "Chandler." answering "So what's your
name?" is now a ``name``, still right, where its label says ``alternateName``); DialogRE train 3948 -> 3946 facts.
A fresh sample at 3d94c93 (2026-12-06, ``--draw-seed 2047``): 87% correct (87 / 9 wrong / 4 trivial; English 50 of 57
= 88%, Chinese 37 of 43 = 86%; speaker names 40 of 43, terms of address 12 of 12, other facts 35 of 45). Wrong: a name
meant for someone other than the one read (three: "Come on Joey! ... if you do the interview" again given to the one who
made a wisecrack before it, as in seeds 2043 and 2046; "Myron." completing the other's sentence about her old fiance,
as in seed 2039; a celebrity in a list, "Oh, and Sheena Easton", read as the listener's name), a feeling credited to
the wrong pair (a fan letter read aloud, "know that I love you", as the reader's; 我爱你 answering a proposal two turns
before, credited to the one who laughed in between), a relative of the speaker kept in the listener's fact ("you just
broke up with my sister": the listener's ended partner stored as 我姐姐), and a habit or hobby that is none (a caveman
act, "We make fire.", as in seed 2044; "we keep adding new operators", what the speaker's company does; "I keep seeing
women on women", a picture in the mind). Trivial: a relative with no name as the object ("my sister", 我妻子, a child
just born, "my little brother").
A fresh sample at 5531059 (2026-12-06, ``--draw-seed 2048``): 86% correct (86 / 9 wrong / 5 trivial; English 41 of 49
= 84%, Chinese 45 of 51 = 88%; speaker names 48 of 53, terms of address 10 of 10, other facts 28 of 37). Wrong: a name
meant for someone other than the one read (five: "did he ever talk about me, Phoebe?", the speaker naming herself; a
name called in a group, 哦莫妮卡, and one greeted on arrival, 嗨乔伊, given to the one who spoke before, as in seed 2032;
噢，菲布斯 given to the one who spoke before; a pet monkey called, "Come here, Marcel. Sit here."), a man's gender from
你是一个男人 said to a dog (as seed 2033 in English), a dislike ("她那么糟糕") credited against the man who just left, a
role played in a trial sales call ("I'm the supply manager"), and "Dr. Geller" greeted by a scholar (a PhD) read as a
doctor's job (as seed 2044). Trivial: placeholders as objects ("lots of clients", "my wife", 我男友), an everyday
apartment, and a playful "I want to be a soccer mom!".
A fresh sample at db2b38b (2026-12-06, ``--draw-seed 2049``): 87% correct (87 / 7 wrong / 6 trivial; English 45 of 51
= 88%, Chinese 42 of 49 = 86%; speaker names 47 of 50, terms of address 14 of 15, other facts 26 of 35). Wrong: a name
meant for someone other than the one read (three: 钱德勒·宾 said by one speaker in a role play given to the other; a
man shown by a museum guide, "over here we have Ross Geller", taken as the next speaker; "Ross, didn't you play
soccer?" given to the man who spoke after), an exclamation ("Yeah, baby!") read as a term of address, 钱德勒医生 (a
role two people are mistaken for) read as a doctor's job, 我好想你 credited to the one who spoke before rather than
the man just talked of, and "she's old enough to drive" read as the trait old. Trivial: placeholders as objects (four:
a son, a daughter, a sister, a mom), and a topic (谈论这个) as a dislike.
A fresh sample at f6df1a6 (2026-12-06, ``--draw-seed 2050``): 83% correct (83 / 11 wrong / 6 trivial; English 34 of 42
= 81%, Chinese 49 of 58 = 84%; speaker names 37 of 42, terms of address 12 of 13, other facts 34 of 45). Wrong: a name
meant for someone other than the one read (five: a quiz answer, "Michael Flatley, Lord of the Dance!", taken as a call;
a cologne offered, 霍姆布雷？, taken as the next speaker's name; a guard's "Hey, Joey?" and "Pheebs, if this guy ..."
given to the one who spoke after or before rather than the one meant; 乔希 introduced and greeted, given to a friend who
said 你好), a term echoed (......小姐？) given to the one who had said it, 钱德勒医生 read as a doctor's job again (as in seed
2049), feelings and family said to someone other than the one read ("she's your mom!" and an "I love you" on the phone
given to the wrong listener; 你是我的家人 at a wedding given to the officiant rather than the groom), and a friend
corrected at once to a life partner (苏珊是卡萝的朋友... - 生活伴侣). Trivial: placeholders as objects (five: a roommate, a
wife, a husband, a twin sister, 我也有朋友), and "a couple of bookstores" as places visited.
A fresh sample at e6fe1be (2026-12-06, ``--draw-seed 2051``): 83% correct (83 / 12 wrong / 5 trivial; English 42 of 54
= 78%, Chinese 41 of 46 = 89%; speaker names 41 of 47, terms of address 7 of 8, other facts 35 of 45). Wrong: names
given to someone other than the one meant (six: the speaker's own name in apposition, "did he ever talk about me,
Phoebe?", and an example name, "like Cher, or, you know, Moses", read as calls; a name read off a list of scores; a
call to a camera operator and 过来，亲爱的 said to a baby given to the next or previous speaker; 噢，菲布斯 given to the
listener), a turn the data gives to the wrong speaker, titles of pretence or play ("Doctor Chandler", "Dr. Geller!")
read as a doctor's job, a job claimed and corrected at once ("I'm an actor." - "You're a masseuse."), a day's shopping
read as a hobby, and "Phoebe is my girlfriend" said by a woman of her friend read as a partner. Trivial: placeholders as
objects (four: a dog, a child, a son, a boyfriend) and a joke ("And I love the milk!").
A fresh sample at 9c32ec0 (2026-12-06, ``--draw-seed 2052``): 81% correct (81 / 10 wrong / 9 trivial; English 39 of 51
= 76%, Chinese 42 of 49 = 86%; speaker names 41 of 48, terms of address 9 of 10, other facts 31 of 42). Wrong: names
given to someone other than the one meant (seven: calls to a baby, twice, and "Sorry, dear" to a girl whose score is
read, given to the next speaker; a goodbye to the speaker leaving given to the one who stays; the name a speaker calls
given to that speaker; a child in apposition, 有这样一个孩子，哈利，, read as a call; the nickname of an absent sister), a
pretend title (钱德勒医生, a fourth draw in a row), and "put our names down for fun" read as a hobby. Trivial:
placeholders as objects (six), a soap character's title, a passing wish and a joking denial.
A fresh sample at e720835 (2026-12-06, ``--draw-seed 2053``): 82% correct (82 / 11 wrong / 7 trivial; English 39 of 50
= 78%, Chinese 43 of 50 = 86%; speaker names 38 of 42, terms of address 15 of 16, other facts 29 of 42). Wrong: names
given to someone other than the one meant (five: a guess in a guessing game, "guess who we saw today" - "Liam Neeson.";
a name that finishes the other's sentence, "...more than you like..." - "Myron."; a call answered by one who says the
called is away, "Joseph Francis Tribbiani are you home yet?!" - "I think he's still out."; a name read off a list of
scores again, 伊丽莎白，871盒; 给你，伙计 said to a boy not in the talk), "He loves you." given to the one who spoke just
before rather than the one who asked, an imagined future ("this is what my life is gonna be like ... he's in some
condo") read as a home, a role-played sales call read as a job (我就是后勤经理), a joke to a crossword clue ("Three down
knows I'm married"), a pet denied at once ("You don't have birds." - "I could have birds."), and "can't stand the
thought of having ..." read as a dislike of a "thought of having". Trivial: placeholders as objects (five), a soap
character's title and a clause as the one liked (罗斯更甚于别的男朋友).
A fresh sample at 31e5d7c (2026-12-07, ``--draw-seed 2054``): 80% correct (80 / 12 wrong / 8 trivial; English 42 of 53
= 79%, Chinese 38 of 47 = 81%; speaker names 34 of 38, terms of address 8 of 9, other facts 38 of 53). Wrong: names
given to someone other than the one meant (four: a call to a child who does not speak, "Ben? Come here." - "I wasn't
talking to you."; a call to the monkey, "Marce..."; two men called in one line, 罗斯 and 洛斯; a name corrected in the
next turn, 唐？ - 对。罗恩。), 宝贝 said on the phone to the date being cancelled, a scholar's "Dr." read as a doctor's job
(a third draw), a baby name liked read as liking nonsense (我喜欢废话), the man one will marry given to the listener
(我要嫁给迈伦), mockery of a rival as praise (朱莉好聪明!), an alibi made up on the spot ("we bought bras"), "I'm blind!"
about a ring's sparkle, and "he's like Joe Rugby" read as a man called Joe. Trivial: placeholders as objects (six),
a boast in passing ("I'm so good with meeting parents") and a joke's husband.
A fresh sample at f167960 (2026-12-07, ``--draw-seed 2055``): 80% correct (80 / 11 wrong / 9 trivial; English 36 of 44
= 82%, Chinese 44 of 56 = 79%; speaker names 37 of 39, terms of address 15 of 16, other facts 28 of 45). Wrong: names
and calls given to someone other than the one meant (three: the tailor talked about, 弗兰基？, given to the next
speaker; 菲比 said to one of three friends given to another; "Miss? Are you boarding the plane?" to the woman boarding
given to the man pleading with her), feelings given to the wrong person (我恨你 said to Wayne given to 钱德勒, who is
introduced in the same line; "I love you" to a couple given to the one who spoke before; "他好可爱哦" about the baby the
two men carry), sarcasm as praise ("You're so sweet!" between two women kicking each other), a partner's joke 轻松一点，妈妈
read as a parent, "I love Crap" (a chosen name) read as liking a thing, and objects that are clauses
(瞅了眼保险公司的圣诞晚会 as an event attended, 罗斯更甚于别的男朋友 as a thing liked). Trivial: placeholders (nine).
A fresh sample at 77e2f86 (2026-12-07, ``--draw-seed 2056``): 79% correct (79 / 14 wrong / 7 trivial; English 41 of 53
= 77%, Chinese 38 of 47 = 81%; speaker names 44 of 53, terms of address 5 of 5, other facts 30 of 42). Wrong: names
given to someone other than the one meant (seven: "Hi Ben!" to the son who came in with the one greeting; "Did you go
to Dartmouth Bing?" reading the college as a name; a prank-called doctor, Wiener; a name talked about, Gingeer;
"Ross! Janice?!" answered by a friend; "Come on Chloe!" shouted at the girl at the counter, given to the friend; "Ross,
didn't you play soccer" given to the college boy who spoke before), both parents' names of an introduction
(西奥多和比特西) given to the one parent who answers (two facts), "I love you" said to the one who proposed given to
another ex, "You're good. Carry on." said to a passer-by by the look of it, a garbled goal ("be the new Joey and
Chandler"), "I've been married" read as married now (he is divorced) and a joke job on a game show ("I'm a
headhunter"). Trivial: placeholders (seven).
A fresh sample at 0eb59cc (2026-12-07, ``--draw-seed 2057``): 80% correct (80 / 15 wrong / 5 trivial; English 40 of 51
= 78%, Chinese 40 of 49 = 82%; speaker names 39 of 46, terms of address 11 of 13, other facts 30 of 41). Wrong: names
and terms of address given to someone other than the one meant (nine: "Chandler?" as a guess at whom she would punch;
"Aww, Pheebs." said by the one so called; "Hey, Joey?" given to the speaker after; "Hi Ben!" to the son who came in;
彼得 called across the room to a scientist; "Hey Gary" said to the driver, given to the next speaker; 伙计 said to a
child who is no speaker; "Honey, listen" to the woman in labour, given to the one who answers for her; "Rachel ... I
love you the most" given to the one before, while Rachel answers), "we're best friends" given to the outsider who
spoke, "I love Crap" (a chosen name) read as liking a thing (English and Chinese), "We are Bings!" read as a name
Bings, 我喜欢一个人待着 cut to 人待着, and "he did eat a piece of plastic fruit earlier" read as a liking. Trivial:
placeholders (three), "I hate being called a liar" and "afraid to go to this party".
A fresh sample at 216800c (2026-12-07, ``--draw-seed 2058``): 83% correct (83 / 8 wrong / 9 trivial; English 47 of 60
= 78%, Chinese 36 of 40 = 90%; speaker names 41 of 44, terms of address 10 of 10, other facts 32 of 46). Wrong: names
given to someone other than the one meant (three: "if I'm Marge", a part in a rehearsal; "Peter!" called across the
room to a scientist; "Kristen Riggs, this is Carol Willick. Carol, Kristin." giving the introduced name to Carol),
"Dr. Geller" read as a physician (a professor), "Good luck, mom." said to a friend who is a mother read as a parent,
"I love Crap" (Chinese, a chosen name) read as liking a thing, "why don't you ... come and watch some TV" said to one
friend given to another as a liking, and "you make sex noises when you get massaged" read as a hobby. Trivial:
placeholders (six), "talking about this", "our apartment" read as owned.
A fresh sample at de96815 (2026-12-07, ``--draw-seed 2059``): 85% correct (85 / 11 wrong / 4 trivial; English 49 of
59 = 83%, Chinese 36 of 41 = 88%; speaker names 38 of 42, terms of address 9 of 9, other facts 38 of 49). Wrong: names
given to someone other than the one meant (four: 菲比 and 摩妮卡 called to the one who spoke before, given to the next
speaker; "Come on Chloe!" said of a girl across the room; "that controlling, neurotic, crazy Emily" spoken of), "my old
buddy Ben" said in a Santa costume to the speaker's son, 他是个出色的诊断医生 (the doctor spoken of) given to the speaker,
"Closure. ... God, you're brilliant!" read as liking Closure, 我恨死了 read as disliking death, "Although I was married
to her" (Carol, corrected in the next turn) given to Susan, named just before, "I'm so good in this scene" read as a
skill, and "I'm a headhunter" said as a joke on a game show. Trivial: placeholders (three), "my apartment" read as owned.
A fresh sample at 5a671bf (2026-12-07, ``--draw-seed 2060``): 81% correct (81 / 9 wrong / 10 trivial; English 41 of
49 = 84%, Chinese 40 of 51 = 78%; speaker names 41 of 47, terms of address 8 of 8, other facts 32 of 45). Wrong: names
given to someone other than the one meant (two: "Oh Mon" said to the one who spoke before, given to the next speaker;
"Hey Duck" said to a pet), names that are jokes or costumes ("You're Spudnik.", "你看起来就像你的儿子，崔比安尼夫人",
"我是艾琳·布罗科维奇！"), 尤物 (a compliment shouted) read as a name, "I love you so much" said to a baby given to the
next speaker, 罗斯从前每星期六夜里都不睡觉 read as a current habit with a cut object, and 你喜欢吃的宫保鸡丁 keeping 吃的
in the liked dish. Trivial: placeholders (ten: "Speaker 4's sister", 我的儿子, ...).
A fresh sample at cc4c0c1 (2026-12-07, ``--draw-seed 2061``): 89% correct (89 / 5 wrong / 6 trivial; English 48 of
54 = 89%, Chinese 41 of 46 = 89%; speaker names 48 of 50, terms of address 7 of 7, other facts 34 of 43). Wrong: names
given to someone other than the one meant (two: an old man's name spoken of given to the next speaker; a call answered
two turns later, given to the one who chimes in between), a word the speaker repeats (what they need) read as a person
they like, "I love you so much" said to babies given to the next speaker, and a denial ("I do not love" it) read as a
dislike. Trivial: placeholders (four), everyday things read as owned (two).
A fresh sample at bc3de43 (2026-12-07, ``--draw-seed 2062``): 88% correct (88 / 8 wrong / 4 trivial; English 41 of
48 = 85%, Chinese 47 of 52 = 90%; speaker names 42 of 46, terms of address 8 of 10, other facts 38 of 44). Wrong: names
given to someone other than the one meant (four: two names called in one turn, each as a question, the next speaker
given the last; a name said to open a rehearsed vow for a woman who is not there; a monkey's name, news of it told to
its owner, given to the owner; a child called by name while another answers), terms of address said to someone else
(two: a baby just called by name; someone on the phone), "I love you" given to the one who spoke just before instead
of the one it answered, and the denial read as a dislike drawn again. Trivial: placeholders (four).
A fresh sample at cc2badc (2026-12-07, ``--draw-seed 2063``): 79% correct (79 / 11 wrong / 10 trivial; English 43
of 56 = 77%, Chinese 36 of 44 = 82%; speaker names 37 of 43, terms of address 10 of 11, other facts 32 of 46). Wrong:
names given to someone other than the one meant (six: a quiz answer called out by another given to the quizmaster; a
name called to one speaker given to a third who agrees; three people greeted by name on arrival, the next speaker given
the wrong one; a famous surname said as a joke; a friend named as the one who said something; a restaurant in a list),
an endearment said in two goodbyes given to the one called by name, "Mom" said on the phone given to the friend who
speaks next, and pronouns resolved to the wrong person (three: "she" to the man she left, "she graduated" and "he's
beautiful" to a man named just before). Trivial: placeholders (seven: "Speaker 1's dad", "Speaker 4's baby", ...;
in four of them the relative is a speaker or is named nearby), a chair's habit, "the first wedding", a shared flat
read as owned.

A fresh sample at 4da9aa2 (2026-12-08, ``--draw-seed 2064``): 90% correct (90 / 6 wrong / 4 trivial; English 47 of
51 = 92%, Chinese 43 of 49 = 88%; speaker names 45 of 49, terms of address 6 of 6, other facts 39 of 45). Wrong: names
given to someone other than the one meant (four: a pet's name called by its owner given to the next speaker; a name
called at one who just arrived given to another who answers the greeting; a name called to the one who spoke before
given to a third who answers; "your sister <name>" said in a guessing game given to the previous speaker instead of the
one who answers), "I'm <name>" said in costume as a friend read as the speaker's own name, and a stock figure ("like Joe
<sport>") read as a person. Trivial: placeholders whose person is in the talk (four: "my partner is you", "you were my
best friend" said to the one before, a boyfriend who gave the gift, a brother named in the same sentence).

Everyday statements (session 15), from 222 lines of the kind users tell an assistant, in English and Chinese, and a
sample of 40 LoCoMo facts read in context: what held before ("I used to live in Paris", "I'm not a nurse anymore",
我以前住在北京, 我曾经在百度工作过) is an ending (it closes the current fact or is kept as history; 我以前住在北京 was stored
as *current*), so is "I'm currently unemployed"; a partner who left the speaker ends the partner (我女朋友跟我分手了 had
made a person called 跟我); a move "from X to Y" (我从广州搬到了深圳), 我的老家是…, "born and raised in Ohio", "I just
turned 40", a child born, "a 5 year old daughter", in-laws, "fluent Mandarin", a relative clause after a name ("a
sister named Kate who lives in Dublin"), 小李/老王 as people, 我有一个儿子，叫小明 (the son's name, not the speaker's),
我老婆是上海人 (where she is from, not her name); out: a bare "making" or "playing" liked, "we can play slot machines" as
a skill, "a chef at that place" as an employer. 49 of the 222 lines read differently, none worse. PersonaExt 44.2% ->
44.6% (pred-prec 86.9 -> 87.0), DialogRE EN and ZH unchanged (13.6% / 18.3%); ``--recheck-labels``: no correct
labelled fact lost (one trivial one; a symmetric relation is now found either way round, as the Chinese partner
endings read the speaker first).

Usage::

    python benchmarks/extract.py                        # everything (about 5 minutes on 2 shared cores)
    python benchmarks/extract.py --limit 100            # 100 utterances / dialogues per data set
    python benchmarks/extract.py --extractors rules --datasets dialogre-en --relations
    python benchmarks/extract.py --format json
"""

from __future__ import annotations

import argparse
import functools
import importlib
import importlib.util
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg_memory.extract import RuleExtractor
from kg_memory.extract.base import make_fact
from kg_memory.extract.datasets import DialogRE, Mapping, iter_gold_pairs, read_dialogre, read_mapping, read_personaext
from kg_memory.extract.timeexpr import parse_zh_number
from kg_memory.types import Entity, Fact, Turn

HERE = Path(__file__).resolve().parent
ExtractFn = Callable[[Sequence[Turn]], list[Fact]]
DATASETS = ("personaext", "dialogre-en", "dialogre-zh")
#: The project's own scenes in DialogRE's format (``data/scenes/``, README there): known, not run by default.
SCENES = ("scenes-en", "scenes-zh")


#: The hand-labelled sample of the default extractor's facts on DialogRE (``extract_labels.py``).
LABELS_CSV = HERE / "labels" / "extract_precision.csv"


@functools.cache
def _sibling(name: str) -> Any:
    """The benchmark script ``name``.py beside this one, as a module: ``extract_persona`` (its PersonaExt
    scoring: one matching rule for both benchmarks) or ``extract_labels`` (the hand-labelled sample)."""
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- extractors -------------------------------------------------------------------------------

_EN_VERBS = {
    "like": "likes", "love": "likes", "enjoy": "likes", "hate": "dislikes", "have": "owns", "own": "owns",
    "work": "worksFor", "live": "livesIn", "am": "jobTitle", "play": "hobby", "speak": "speaks",
}
_ZH_VERBS = {"喜欢": "likes", "爱": "likes", "讨厌": "dislikes", "住在": "livesIn", "有": "owns", "是": "jobTitle",
             "在": "worksFor"}
_ZH_PATTERN = re.compile("^我(" + "|".join(sorted(_ZH_VERBS, key=len, reverse=True)) + r")(.{1,12}?)(?:[，。！？,.!?]|$)")


def baseline_extract(turns: Sequence[Turn]) -> list[Fact]:
    """Naive: the first clause's "I <verb> <rest>" (or "我<动词><宾语>") with a small verb table."""
    facts = []
    for turn in turns:
        first = re.split(r"[.,!?;]", turn.text.lower())[0]
        m = re.search(r"\bi\s+(\w+)\s+(.+)", first)
        if m and m.group(1) in _EN_VERBS:
            obj = re.sub(r"^(?:to|in|at|for|a|an|the|my)\s+", "", m.group(2).strip())
            facts.append(make_fact(Entity(turn.speaker, "Person"), _EN_VERBS[m.group(1)], Entity(obj), 0.5, turn))
            continue
        z = _ZH_PATTERN.match(turn.text.strip())
        if z:
            facts.append(make_fact(Entity(turn.speaker, "Person"), _ZH_VERBS[z.group(1)], Entity(z.group(2)), 0.5, turn))
    return facts


def _rules() -> ExtractFn:
    extractor = RuleExtractor()
    return extractor.extract


def _model() -> ExtractFn:
    from kg_memory.extract.model import ModelExtractor

    return ModelExtractor().extract


def _combined() -> ExtractFn:
    from kg_memory.extract.combined import CombinedExtractor

    return CombinedExtractor().extract


#: Extractors by name: a factory returning ``extract(turns) -> facts``; any other is given as
#: ``module:attribute``.
EXTRACTORS: dict[str, Callable[[], ExtractFn]] = {
    "rules": _rules,
    "model": _model,
    "combined": _combined,
    "baseline": lambda: baseline_extract,
}


def load_extractor(name: str) -> ExtractFn:
    """The extract function named ``name``: a key of :data:`EXTRACTORS` or ``module:attribute``."""
    if name in EXTRACTORS:
        return EXTRACTORS[name]()
    module, sep, attribute = name.partition(":")
    if not sep:
        raise SystemExit(f"unknown extractor {name!r}; known: {', '.join(EXTRACTORS)} or module:attribute")
    made = getattr(importlib.import_module(module), attribute)()
    return made.extract if hasattr(made, "extract") else made


# --- matching names ---------------------------------------------------------------------------

_NUMBERS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_LEADING = re.compile(r"^(?:(?:the|a|an|my|his|her|their|our|your|mr|mrs|ms|miss|dr|prof|aunt|uncle)\s+)+")
_SPEAKER = re.compile(r"^speaker \d+$")


_ZH_AGE = re.compile(r"([0-9一二三四五六七八九十两〇零百]+)\s*(?:岁|歲)?")


def normalise(name: str) -> str:
    """Case-folded words of ``name``, without a leading article or possessive, numbers as digits.

    >>> normalise("The Chandler  Bing!"), normalise("twenty-six"), normalise("钱德勒·宾"), normalise("my Aunt Ruth")
    ('chandler bing', '26', '钱德勒 宾', 'ruth')
    >>> normalise("8岁"), normalise("二十五岁"), normalise("七十六")  # a Chinese age is its number
    ('8', '25', '76')
    """
    age = _ZH_AGE.fullmatch(name.strip())
    if age and parse_zh_number(age.group(1)) is not None:
        return str(parse_zh_number(age.group(1)))
    text = unicodedata.normalize("NFKC", name).casefold().replace("'s ", " ")
    text = " ".join(re.findall(r"\w+", text))
    text = _LEADING.sub("", text)
    words = text.split()
    if len(words) == 2 and words[0] in _TENS and words[1] in _NUMBERS:
        return str(_TENS[words[0]] + int(_NUMBERS[words[1]]))
    if len(words) == 1 and words[0] in _TENS:
        return str(_TENS[words[0]])
    return " ".join(_NUMBERS.get(w, w) for w in words)


def names_match(gold: str, names: Iterable[str]) -> bool:
    """Whether the gold argument ``gold`` is one of ``names`` (normalised), see the module docstring."""
    g = normalise(gold)
    if not g:
        return False
    g_words = g.split()
    for name in names:
        n = normalise(name)
        if not n:
            continue
        if n == g:
            return True
        if _SPEAKER.match(n) or _SPEAKER.match(g):
            continue
        n_words = n.split()
        shorter, longer = sorted((n_words, g_words), key=len)
        if longer[: len(shorter)] == shorter:
            return True
    return False


class _Names:
    """The names of each extracted entity of one dialogue, joined by the extractor's name facts."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.parent: dict[str, str] = {}
        for fact in facts:
            for value in (fact.subject, fact.object):
                if isinstance(value, Entity):
                    for alias in value.aliases:
                        self.union(value.label, alias)
            if fact.predicate in ("name", "alternateName"):
                self.union(fact.subject.label, _label(fact.object))
        groups: dict[str, set[str]] = {}
        for name in list(self.parent):
            groups.setdefault(self.find(name), set()).add(name)
        self.groups = groups

    def find(self, name: str) -> str:
        self.parent.setdefault(name, name)
        while self.parent[name] != name:
            self.parent[name] = self.parent[self.parent[name]]
            name = self.parent[name]
        return name

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def of(self, label: str) -> set[str]:
        return self.groups.get(self.find(label), {label}) if label in self.parent else {label}


def _label(value: object) -> str:
    return value.label if isinstance(value, Entity) else str(value)


# --- scoring ----------------------------------------------------------------------------------

def _timed(extract: ExtractFn, batches: Sequence[Sequence[Turn]], repeat: int) -> tuple[list[list[Fact]], float]:
    best, outputs = float("inf"), []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        outputs = [extract(batch) for batch in batches]
        best = min(best, time.perf_counter() - start)
    return outputs, best


def score_dialogre(extract: ExtractFn, dialogues: Sequence[DialogRE], mapping: Mapping, repeat: int = 1) -> dict:
    """Pair recall, pair + predicate recall and predicate precision on gold pairs (module docstring)."""
    outputs, elapsed = _timed(extract, [d.turns for d in dialogues], repeat)
    facts_of = {d.id: facts for d, facts in zip(dialogues, outputs)}
    names_of = {d.id: _Names(facts) for d, facts in zip(dialogues, outputs)}
    pairs = linked = right = 0
    judged: dict[tuple[str, int], bool] = {}  # (dialogue, fact index) -> right for some pair it links
    per_relation: dict[str, Counter] = {}
    for dialogue, pair in iter_gold_pairs(dialogues):
        pairs += 1
        names = names_of[dialogue.id]
        is_linked = is_right = False
        for i, fact in enumerate(facts_of[dialogue.id]):
            if fact.ends_every_value:
                continue  # "I quit": the object is the subject, no pair of people (it would link a name to itself)
            subject, obj = names.of(fact.subject.label), names.of(_label(fact.object))
            for reversed_ in (False, True):
                first, second = (obj, subject) if reversed_ else (subject, obj)
                if names_match(pair.x, first) and names_match(pair.y, second):
                    ok = any(mapping.accepts(r, fact.predicate, reversed_) for r in pair.relations)
                    is_linked = True
                    is_right = is_right or ok
                    judged[(dialogue.id, i)] = judged.get((dialogue.id, i), False) or ok
        linked += is_linked
        right += is_right
        for relation in pair.relations:
            stats = per_relation.setdefault(relation, Counter())
            stats["n"] += 1
            stats["linked"] += is_linked
            stats["right"] += is_right
    turns = sum(len(d.turns) for d in dialogues)
    facts = sum(len(f) for f in outputs)
    return {
        "items": len(dialogues),
        "turns": turns,
        "pairs": pairs,
        "pair_recall": linked / max(pairs, 1),
        "pair_predicate_recall": right / max(pairs, 1),
        "predicate_precision": sum(judged.values()) / len(judged) if judged else None,
        "judged_facts": len(judged),
        "facts": facts,
        "facts_per_turn": facts / max(turns, 1),
        "turns_per_s": turns / elapsed if elapsed else float("inf"),
        "per_relation": {r: dict(c) for r, c in sorted(per_relation.items())},
    }


def score_personaext(extract: ExtractFn, rows: Sequence[dict], repeat: int = 1) -> dict:
    """The PersonaExt figures of ``extract_persona.py`` under this benchmark's names."""
    result = _sibling("extract_persona").evaluate("", extract, rows, repeat)
    found, found_any = result["found"], result["found_ignoring_predicate"]
    return {
        "items": len(rows),
        "turns": len(rows),
        "pairs": len(rows),
        "pair_recall": found_any,
        "pair_predicate_recall": found,
        "predicate_precision": found / found_any if found_any else None,
        "judged_facts": round(found_any * len(rows)),
        "facts": round(result["facts_per_utterance"] * len(rows)),
        "facts_per_turn": result["facts_per_utterance"],
        "turns_per_s": result["utterances_per_s"],
        "per_relation": {r: {"n": c["n"], "linked": c["found_any"], "right": c["found"]}
                         for r, c in sorted(result["per_relation"].items())},
    }


def default_data_dir() -> Path:
    return HERE.parent.parent / "shared" / "data"


def run(extractors: Sequence[str], datasets: Sequence[str], data: Path, limit: int | None = None,
        repeat: int = 1) -> list[dict]:
    """Score each extractor on each data set; one result dict per (data set, extractor)."""
    loaded: dict[str, Any] = {}
    for name in datasets:
        if name == "personaext":
            path = data / "personaext_dnli" / "personaext_union_devtest.jsonl"
            if not path.exists():
                raise SystemExit(f"data not found: {path} (pass --data)")
            loaded[name] = [asdict(r) for r in read_personaext(path, "test")][:limit]
        elif name in ("dialogre-en", "dialogre-zh"):
            folder = "en" if name.endswith("en") else "cn"
            path = data / "dialogre" / folder / "train.json"
            if not path.exists():
                raise SystemExit(f"data not found: {path} (pass --data)")
            loaded[name] = read_dialogre(path, prefix=name)[:limit]
        elif name in SCENES:
            loaded[name] = read_dialogre(HERE / "data" / "scenes" / f"{name[-2:]}.json", prefix=name)[:limit]
        else:
            raise SystemExit(f"unknown data set {name!r}; known: {', '.join(DATASETS + SCENES)}")
    mapping = read_mapping(HERE / "mappings" / "dialogre.csv")
    warm = [Turn("warm", "1", "Speaker 1", "I live in Paris with my sister Ann."),
            Turn("warm", "2", "Speaker 2", "我住在上海，我的妹妹叫李娜。")]
    results = []
    for extractor_name in extractors:
        extract = load_extractor(extractor_name)
        extract(warm)
        for name in datasets:
            if name == "personaext":
                scores = score_personaext(extract, loaded[name], repeat)
            else:
                scores = score_dialogre(extract, loaded[name], mapping, repeat)
            results.append({"dataset": name, "extractor": extractor_name, **scores})
    return results


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def print_table(results: Sequence[dict], relations: bool = False) -> None:
    w = max([10, *(len(r["extractor"]) for r in results)])
    print(f"{'data set':<12} {'extractor':<{w}} {'items':>6} {'pairs':>6} {'pair':>7} {'pair+pred':>9} "
          f"{'pred-prec':>9} {'facts/turn':>10} {'turns/s':>8}")
    for r in results:
        print(f"{r['dataset']:<12} {r['extractor']:<{w}} {r['items']:>6} {r['pairs']:>6} {_pct(r['pair_recall']):>7} "
              f"{_pct(r['pair_predicate_recall']):>9} {_pct(r['predicate_precision']):>9} "
              f"{r['facts_per_turn']:>10.3f} {r['turns_per_s']:>8.0f}")
    if relations:
        for r in results:
            print(f"\n{r['dataset']} / {r['extractor']}: pair and pair + predicate recall per relation")
            for rel, c in sorted(r["per_relation"].items(), key=lambda kv: -kv[1]["n"]):
                print(f"  {rel:<28} {c['n']:>5} {c['linked'] / c['n']:>7.1%} {c['right'] / c['n']:>7.1%}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder holding personaext_dnli/, dialogre/")
    parser.add_argument("--extractors", default=",".join(EXTRACTORS),
                        help=f"comma-separated: {', '.join(EXTRACTORS)} or module:attribute")
    parser.add_argument("--datasets", default=",".join(DATASETS),
                        help=f"comma-separated: {', '.join(DATASETS + SCENES)} (default: {', '.join(DATASETS)})")
    parser.add_argument("--limit", type=int, default=None, help="the first N utterances / dialogues of each data set")
    parser.add_argument("--repeat", type=int, default=1, help="time the best of N passes")
    parser.add_argument("--relations", action="store_true", help="also print recall per relation")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--labels", type=Path, default=LABELS_CSV, help="hand-labelled facts (extract_labels.py)")
    parser.add_argument("--recheck-labels", default=None, metavar="EXTRACTOR",
                        help="which hand-labelled facts EXTRACTOR still gives, and their share correct")
    parser.add_argument("--draw-labels", type=Path, default=None, metavar="CSV",
                        help="write 200 facts of the first extractor on DialogRE EN + ZH, drawn at random, to CSV")
    parser.add_argument("--draw-size", type=int, default=200, help="how many facts --draw-labels draws")
    parser.add_argument("--draw-seed", type=int, default=13,
                        help="the draw's seed; another than 13 marks the rows 'sample seed N' in their note")
    parser.add_argument("--append", action="store_true", help="--draw-labels adds its rows to the CSV's rows")
    args = parser.parse_args(argv)
    labels = _sibling("extract_labels")
    if args.draw_labels is not None or args.recheck_labels is not None:
        extract = load_extractor(args.recheck_labels or args.extractors.split(",")[0])
        dialogues = {}
        for name, folder in (("dialogre-en", "en"), ("dialogre-zh", "cn")):
            dialogues[name] = [d.turns for d in read_dialogre(args.data / "dialogre" / folder / "train.json",
                                                              prefix=name)[:args.limit]]
        if args.draw_labels is None:
            rows = labels.read(args.labels)
            for sample in sorted({labels.sample_of(r) for r in rows}, key=lambda s: s != "seed 13"):
                result = labels.recheck([r for r in rows if labels.sample_of(r) == sample], extract, dialogues)
                share = "-" if result["correct_share"] is None else f"{result['correct_share']:.1%}"
                print(f"{args.recheck_labels}: gives {result['kept']} of the {result['of']} labelled facts of sample "
                      f"{sample} ({result['facts']} facts in all): {share} correct ({result['correct']} correct, "
                      f"{result['wrong']} wrong, {result['trivial']} trivial)")
            return 0
        labels.write(labels.draw(extract, dialogues, args.draw_size, args.draw_seed), args.draw_labels, args.append)
        print(f"wrote {args.draw_labels}")
        return 0
    results = run([e for e in args.extractors.split(",") if e], [d for d in args.datasets.split(",") if d],
                  args.data, args.limit, args.repeat)
    if args.format == "json":
        json.dump(results, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print_table(results, args.relations)
        summary = labels.summary(args.labels)
        if summary is not None:
            print("\n" + labels.format_summary(args.labels, summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
