"""Generated two-person chats with questions and their evidence turns: the recall model's training data.

The learned ranker and the query adapter (``scripts/train_recall_model.py``) are fitted on these
conversations only: templates and word lists written for kg-memory (MIT, this repository), filled
with a seeded :class:`random.Random`, so the corpus is the same on every machine. A conversation has
8-13 dated sessions of small talk in which each person tells facts about themselves in passing
(a job, pastimes, trips and life events with a time relative to the session, a pet, family,
favourites), often after a prompt of the other person and followed by their reaction. The
questions are of LoCoMo's kinds (its category numbers): 1 lists spread over sessions ("What
hobbies does Ann have?"), 2 temporal ("When did Ann go to Lisbon?"), 3 open-domain ("Would Ann
enjoy a camping weekend?": the turns about her outdoor pastimes), 4 single-hop ("What does Ann do
for a living?"), 5 adversarial (a fact of Ann's asked about Bob; the evidence is still Ann's
turn). Many questions are worded apart from the turns that answer them ("What does Ann do for a
living?" / "Another twelve-hour shift on the ward..."), so a sentence encoder must do more than
match words; others take a word of their evidence, as most of LoCoMo's do ("What did Ann say about
the kiln?", :data:`WORDED_QUESTIONS`), and some of those are asked about the other person
(adversarial, :data:`WORDED_ADVERSARIAL`). Some turns tell two things, or add small talk to what
they tell (:data:`MIXED_TURNS`, :data:`ASIDE_TURNS`), as people's turns do.

>>> chats = generate_conversations(2, seed=1)
>>> len(chats), chats[0].sample_id
(2, 'gen-1-0')
>>> all(q.evidence <= {t.turn for t in c.turns} for c in chats for q in c.questions)
True
>>> sorted({q.category for q in chats[0].questions})
[1, 2, 3, 4, 5]
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..types import Turn

__all__ = ["GeneratedConversation", "GeneratedQuestion", "generate_conversations"]

_WOMEN = ("Ann Maya Priya Grace Lucia Nadia Aisha Emma Sofia Zoe Ines Tara Elena Mia Rosa Hana Leila Clara Nora "
          "Julia Amara Freya Iris Vera Lena Dana Olivia Ruth Mei Yara").split()
_MEN = ("Leo Omar Sam Chen Tom Jon Ravi Liam Kenji Ben Marco Yusuf Dan Hugo Felix Mateo Arjun Noah Ivan Tariq "
        "Oscar Jonas Pablo Kofi Theo Malik Eli Viktor Rui Sean").split()

#: (job, workplace, turns saying it in passing, an open-domain question it answers)
_JOBS = (
    ("nurse", "the children's hospital", ("Another twelve-hour shift on the ward, I checked on so many patients today.",
     "The doctors at {W} asked me to train the new nurses, which is a big deal for me."),
     "Would {P} know what to do if someone fainted at a party?"),
    ("teacher", "the primary school", ("I spent the whole evening grading thirty essays about volcanoes.",
     "My class at {W} put on a little play today and the kids were adorable."),
     "Would {P} be good at explaining homework to a ten-year-old?"),
    ("software engineer", "a fintech startup", ("I was up until 2am fixing a bug in our payments code.",
     "We shipped the new app release at {W} today, the servers held up!"),
     "Could {P} help someone set up a website?"),
    ("chef", "an Italian restaurant", ("Prepping sauces for the dinner rush all afternoon, my arms are dead.",
     "The owner of {W} finally let me put my own risotto on the menu."),
     "Would {P} be the right person to cook for a dinner party?"),
    ("carpenter", "a small furniture workshop", ("Sanded oak boards all day, there's sawdust in my hair.",
     "A client at {W} ordered a custom dining table from me."),
     "Could {P} fix a wobbly bookshelf?"),
    ("lawyer", "a law firm downtown", ("I had to stand up in court this morning and argue a contract case.",
     "The partners at {W} gave me my own clients this month."),
     "Would {P} be able to read through a tricky rental contract?"),
    ("veterinarian", "an animal clinic", ("I stitched up a golden retriever who ran into a fence today.",
     "Three puppies came in for vaccines at {W}, best part of my day."),
     "Would {P} know how to care for a sick cat?"),
    ("accountant", "a tax office", ("It's tax season, so I've been buried in spreadsheets and receipts.",
     "My manager at {W} wants me to audit two more companies."),
     "Could {P} help a friend sort out their finances?"),
    ("firefighter", "the fire station on Elm Street", ("We got called out to a kitchen fire at 3am, everyone got out safe.",
     "Twenty-four hour shift at {W} again, we drilled with the ladder truck."),
     "Would {P} stay calm in an emergency?"),
    ("graphic designer", "an advertising agency", ("I redesigned a logo for a coffee brand, fourteen versions before they liked one.",
     "My boss at {W} loved the posters I made for the campaign."),
     "Could {P} make a nice invitation card for a wedding?"),
    ("pharmacist", "the pharmacy on the corner", ("Filled prescriptions nonstop today, flu season is brutal.",
     "A customer at {W} thanked me for catching a dangerous drug mix-up."),
     "Would {P} know which cold medicine is safe to take?"),
    ("electrician", "a building company", ("Spent the day rewiring an old house, the wiring was from the seventies.",
     "The foreman at {W} put me in charge of the new apartment block."),
     "Could {P} help install a new light fixture?"),
    ("librarian", "the city library", ("I reshelved hundreds of returns and ran story hour for toddlers.",
     "We're starting a reading club at {W}, I get to pick the books."),
     "Would {P} have good book recommendations?"),
    ("mechanic", "a garage near the highway", ("Changed the brakes on four cars today, my hands are black with grease.",
     "A regular at {W} brought his vintage truck in for me to restore."),
     "Could {P} figure out why a car is making a strange noise?"),
)
_JOB_NAMED = ("I've been working as {J} at {W} for a few years now and I still love it.",
              "Being {J} is exhausting some weeks, but I wouldn't trade it.",
              "People always ask me what it's like to be {J} at {W}.")
_JOB_QUESTIONS = ("What does {P} do for a living?", "What is {P}'s job?", "What is {P}'s profession?",
                  "What line of work is {P} in?", "How does {P} earn money?", "Where does {P} work?")

#: (pastime, group, turns, a single-hop question about it)
_HOBBIES: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("hiking", "outdoor", ("Spent all Saturday on a trail in the hills, my legs are still sore.",
     "We walked up to a waterfall on Sunday, the view from the ridge was unreal."), "Where does {P} go to walk on weekends?"),
    ("camping", "outdoor", ("Slept in a tent by the lake last weekend, we cooked on a fire.",
     "I bought a new sleeping bag for nights under the stars."), "How does {P} spend nights outdoors?"),
    ("kayaking", "outdoor", ("Paddled down the river for three hours, got soaked and loved it.",
     "My new kayak is bright orange, you can see it from a mile away."), "What water sport does {P} do?"),
    ("painting", "creative", ("I finished a watercolor of the sunset from my balcony.",
     "My canvas of the old harbor is drying on the kitchen table."), "What did {P} create recently?"),
    ("pottery", "creative", ("My clay bowl came out of the kiln with a crack, but I'm keeping it.",
     "I threw six mugs on the wheel tonight, my favourite one is lopsided."), "What does {P} make with clay?"),
    ("knitting", "creative", ("I'm halfway through a wool scarf for winter, purple and grey.",
     "Knitted a tiny hat for my neighbour's baby."), "What does {P} make with yarn?"),
    ("playing the guitar", "music", ("I finally learned the solo of my favourite song on my guitar.",
     "Changed the strings on my acoustic and played until midnight."), "What instrument does {P} play?"),
    ("singing in a choir", "music", ("Our choir rehearsed for the spring concert, my voice is gone.",
     "I got a short solo part in the choir's Christmas show."), "What musical group is {P} part of?"),
    ("playing the piano", "music", ("Practised scales on the piano for an hour, my fingers ache.",
     "I can play the whole Moonlight Sonata on the keys now."), "What instrument does {P} practise?"),
    ("running", "sport", ("Did a 10k loop around the park before breakfast.",
     "My running shoes are worn out, I've done over 500 miles in them."), "How does {P} keep fit in the mornings?"),
    ("swimming", "sport", ("Swam forty laps at the pool this morning, felt great.",
     "I joined the masters swim team at the leisure centre."), "What does {P} do at the pool?"),
    ("rock climbing", "sport", ("Finally made it up the hardest wall at the climbing gym.",
     "My forearms are burning from bouldering all evening."), "What does {P} do at the gym?"),
    ("baking", "food", ("I made sourdough from scratch, the crust crackled when it cooled.",
     "Baked three dozen cinnamon rolls for the office."), "What does {P} like to make in the oven?"),
    ("cooking curry", "food", ("Made a huge pot of chickpea curry with fresh spices.",
     "I ground my own garam masala, the flat smells amazing."), "What dish does {P} like to cook?"),
    ("gardening", "outdoor", ("My tomato plants are finally turning red in the backyard.",
     "Spent the afternoon pulling weeds and planting tulip bulbs."), "What does {P} grow at home?"),
    ("reading mystery novels", "quiet", ("Stayed up way too late finishing a detective novel, I never guessed the killer.",
     "I've read six whodunits this month from the used bookstore."), "What kind of books does {P} read?"),
    ("playing chess", "quiet", ("I won three games of chess online tonight with the same opening.",
     "Joined a chess club at the community centre, the old guys are ruthless."), "What board game does {P} play?"),
    ("birdwatching", "outdoor", ("Spotted a kingfisher by the canal with my binoculars.",
     "I keep a notebook of every bird I've seen this year, 84 species so far."), "What does {P} look for with binoculars?"),
    ("photography", "creative", ("Took my camera downtown and got some great shots of the rain on the streets.",
     "I bought a new lens for portraits, the background blur is gorgeous."), "What does {P} do with a camera?"),
    ("dancing salsa", "music", ("Went to a salsa night and danced until my feet hurt.",
     "My dance partner and I learned a new spin at class."), "What kind of dance does {P} do?"),
)
_HOBBY_NAMED = ("{H} has been my escape lately, I did it three times this week.", "I'm getting really into {H}, it clears my head.",
                "Spent my whole Sunday {H}, no regrets.", "I think {H} is my favourite thing to do right now.")
_HOBBY_LISTS = ("What hobbies does {P} have?", "What does {P} do in {their} free time?", "What activities does {P} enjoy?",
                "What are {P}'s pastimes?", "How does {P} like to spend {their} spare time?", "What is {P} into these days?")
_GROUP_OPEN = {
    "outdoor": ("Would {P} enjoy a camping weekend?", "Is {P} someone who likes being out in nature?",
                "Would {P} like a national park vacation?"),
    "creative": ("Would {P} appreciate a gift card for an art supply store?", "Is {P} an artistic person?",
                 "Would {P} enjoy a craft workshop?"),
    "music": ("Would {P} enjoy tickets to a live concert?", "Is {P} a musical person?",
              "Would {P} like to join a band?"),
    "sport": ("Would {P} be interested in joining a sports league?", "Does {P} stay physically active?",
              "Would {P} sign up for a fitness challenge?"),
    "food": ("Would {P} like a cooking class as a present?", "Does {P} enjoy spending time in the kitchen?",
             "Would {P} be a good person to bring a homemade dish to a potluck?"),
    "quiet": ("Would {P} enjoy a quiet evening at home with a puzzle?", "Does {P} like calm indoor pastimes?",
              "Would {P} like a gift of a boxed strategy game?"),
}

#: (place, a detail) and the ways a trip is told ({T}: when, relative to the session)
_PLACES = (("Lisbon", "custard tarts"), ("Kyoto", "temples"), ("Nairobi", "national park"), ("Quito", "old town"),
           ("Toronto", "lake front"), ("Berlin", "street art"), ("Barcelona", "beaches"), ("Reykjavik", "hot springs"),
           ("Marrakesh", "markets"), ("Vancouver", "mountains"), ("Prague", "bridges"), ("Hanoi", "street food"),
           ("Edinburgh", "castle"), ("Cape Town", "table mountain"), ("Buenos Aires", "tango bars"),
           ("Istanbul", "bazaars"), ("Seoul", "night markets"), ("Dublin", "pubs"))
_TRIP_TURNS = ("I just got back from {L}, I was there {T}, the {D} were incredible.",
               "{T} I flew to {L} for a few days and wandered around, the {D} blew my mind.",
               "Remember I kept talking about {L}? I finally went {T}!",
               "{T} I took a trip to {L}, still dreaming about the {D}.")
_TRIP_WHEN = ("When did {P} go to {L}?", "When did {P} travel to {L}?", "When was {P}'s trip to {L}?",
              "When did {P} visit {L}?", "When was {P} in {L}?")
_TRIP_LISTS = ("Which cities has {P} traveled to?", "Where has {P} been on vacation?", "What places did {P} visit?",
               "Which trips has {P} taken?")

#: (life event: its turns with {T}, when-questions, a what-question)
_EVENTS = (
    (("I finished my first marathon {T}, my legs are jelly!", "{T} I crossed the finish line after 42 kilometres, I cried a bit."),
     ("When did {P} run a marathon?", "When did {P} complete a long-distance race?"), "What race did {P} finish?"),
    (("We adopted a little kitten {T}, she sleeps on my keyboard.", "{T} we brought home a rescue kitten from the shelter."),
     ("When did {P} get a new kitten?", "When did {P} adopt a cat?"), "What animal did {P} adopt?"),
    (("Big news: {T} my manager told me I'm getting promoted!", "{T} I got the promotion I'd been hoping for."),
     ("When did {P} get promoted?", "When did {P} move up at work?"), "What good news did {P} get at work?"),
    (("{T} we moved into a new apartment near the river, boxes everywhere.", "We finally moved house {T}, the new place has a balcony."),
     ("When did {P} move house?", "When did {P} change apartments?"), "Where did {P} move to?"),
    (("{T} I saw my favourite band live and lost my voice singing along.", "I went to an amazing gig {T}, front row!"),
     ("When did {P} go to a concert?", "When did {P} see a band play live?"), "What show did {P} attend?"),
    (("My cousin got married {T} and I gave a speech at the reception.", "{T} I was a bridesmaid at my cousin's wedding."),
     ("When did {P} attend a wedding?", "When did {P}'s cousin get married?"), "Whose wedding did {P} go to?"),
    (("{T} I bought a used car, an old blue hatchback.", "I finally got my own car {T}, no more buses!"),
     ("When did {P} buy a car?", "When did {P} get a vehicle?"), "What did {P} buy to get around?"),
    (("{T} I spent the day volunteering at the food bank, packing boxes.", "I helped out at the food bank {T}, so rewarding."),
     ("When did {P} volunteer?", "When did {P} help at a charity?"), "Where did {P} volunteer?"),
    (("{T} I gave a presentation in front of two hundred people, my hands were shaking.",
      "I had to speak on stage at a conference {T}."),
     ("When did {P} speak in front of a big audience?", "When did {P} give a talk?"), "What nerve-wracking thing did {P} do?"),
    (("I sprained my ankle {T} playing football, so I'm limping around.", "{T} I twisted my ankle badly on the stairs."),
     ("When did {P} hurt {their} ankle?", "When did {P} get injured?"), "What injury did {P} have?"),
    (("{T} I finally graduated, the ceremony took forever!", "I got my diploma {T}, four years of studying done."),
     ("When did {P} graduate?", "When did {P} finish {their} degree?"), "What milestone did {P} reach in {their} studies?"),
    (("I passed my driving test {T}, on the second try!", "{T} I got my driver's license at last."),
     ("When did {P} pass {their} driving test?", "When did {P} get a driver's license?"), "What test did {P} pass?"),
    (("{T} I ran a bake sale for the children's hospital and we raised 800 dollars.",
      "Our fundraiser {T} raised enough money for new hospital toys."),
     ("When did {P} organize a fundraiser?", "When did {P} raise money for charity?"), "What did {P} raise money for?"),
    (("{T} I started a Spanish class on Tuesday nights.", "I signed up for evening Spanish lessons {T}."),
     ("When did {P} start learning Spanish?", "When did {P} begin a language course?"), "What language is {P} learning?"),
    (("My grandmother turned ninety {T} and the whole family came.", "{T} we threw a huge party for grandma's 90th birthday."),
     ("When did {P}'s grandmother celebrate her birthday?", "When was the family party for {P}'s grandma?"),
     "How old did {P}'s grandmother turn?"),
)

#: (animal, names), and how a pet is told / asked about
_PETS = (("dog", ("Max", "Biscuit", "Pepper", "Rocky", "Bear")), ("cat", ("Luna", "Mochi", "Tiger", "Olive", "Smokey")),
         ("parrot", ("Kiwi", "Mango", "Rio")), ("rabbit", ("Clover", "Thumper", "Coco")))
_PET_TURNS = ("{N} chewed up my slippers again this morning, silly {S}.", "Took {N} to the vet for a check-up, my {S} is healthy!",
              "{N} has been sleeping on my laptop all day, such a lazy {S}.")
_PET_QUESTIONS = ("What is the name of {P}'s {S}?", "What is {P}'s {S} called?", "What pet does {P} have?")
_PET_OPEN = ("Would {P} be a good volunteer at an animal shelter?", "Does {P} like animals?")
_KIN = (("sister", "she"), ("brother", "he"), ("cousin", "she"), ("aunt", "she"), ("uncle", "he"), ("best friend", "he"))
_KIN_TURNS = ("My {R} {N} is staying with us this week, {s} keeps stealing my coffee.",
              "Had lunch with my {R} {N} today, {s} just started a new job.",
              "{N}, my {R}, called me for an hour last night.")
_KIN_QUESTIONS = ("What is the name of {P}'s {R}?", "Who is {P}'s {R}?")
_FOODS = ("spicy ramen", "lemon cake", "fish tacos", "mushroom risotto", "dumplings", "pad thai", "apple pie",
          "falafel wraps", "blueberry pancakes", "butter chicken")
_FOOD_TURNS = ("Honestly I could eat {F} every day of the week.", "Nothing beats {F} after a long day, I had it again tonight.")
_FOOD_QUESTIONS = ("What is {P}'s favourite food?", "What dish does {P} love?", "What does {P} like to eat most?",
                   "What could {P} eat every day?", "What did {P} have after a long day?")

_TIMES = ("yesterday", "last weekend", "last week", "two days ago", "a few days ago", "last month", "this morning",
          "on Saturday", "last Friday", "two weeks ago")
_PROMPTS = {
    "job": ("How's work going?", "Busy day?", "How was your week at work?"),
    "hobby": ("What did you get up to this weekend?", "Doing anything fun lately?", "How do you unwind these days?"),
    "trip": ("Any trips lately?", "You've been quiet, were you away?", "How was your time off?"),
    "event": ("Anything new with you?", "What's new?", "Tell me everything, what happened?"),
    "pet": ("How is your little furball?", "How are things at home?"),
    "kin": ("How's the family?", "Seen your family lately?"),
    "food": ("Had anything good to eat lately?", "What did you have for dinner?"),
}
_ECHOES = {
    "job": ("I could never do your job, {W} sounds intense.", "Being {J} must keep you on your toes!"),
    "hobby": ("I tried {H} once and I was terrible at it.", "You make {H} sound so fun!"),
    "trip": ("I've always wanted to see {L}!", "{L} is on my bucket list too."),
    "pet": ("Give {N} a cuddle from me!", "I miss having a pet around."),
    "kin": ("Say hi to {N} for me!", "{N} sounds like a lot of fun."),
    "food": ("Now I'm hungry, thanks a lot!", "I should learn to make {F} too."),
    "event": ("Congrats! That's huge.", "Wow, how did that feel?"),
}
_REACTIONS = ("Wow, that's amazing!", "No way! How did that feel?", "I'm so proud of you.", "That sounds lovely.",
              "Haha, that's so you.", "Oh nice, good for you!", "That must have been a lot.", "Love that for you!",
              "Tell me more about it!", "Ha! I can picture it.")
_FILLER = ("Hey! Long time no talk, how have you been?", "Good to hear from you!", "The weather has been so weird lately.",
           "I've been binge-watching a baking show, it's so relaxing.", "Totally agree.", "How is everything on your end?",
           "Sorry I took so long to reply, it's been hectic.", "Not much, just resting mostly.", "Haha, classic.",
           "What are your plans for the weekend?", "I need a vacation, honestly.", "Same here, same here.",
           "Did you see the news about the storm?", "I'm trying to drink more water this month.", "Oh, totally.",
           "My neighbour just got a dog and it barks all night.", "I saw a documentary about marathon runners, wild stuff.",
           "A coworker of mine keeps talking about her trip abroad.", "I can't decide what to cook tonight.",
           "Traffic was awful this morning.", "I started a new show, it's about a detective in Oslo.",
           "My phone screen cracked, ugh.", "It's been raining nonstop here.", "I'm so tired, I need a nap.",
           "That reminds me, I owe you a coffee.", "Do you still have that old bike?", "Same old, same old.")
_OPENERS = ("Oh, guess what!", "So,", "Honestly,", "Haha,", "Ugh,", "Well,", "You know what?", "Okay so", "Fun fact:",
            "Not gonna lie,", "Oh man,")
_AFTERTHOUGHTS = ("It was such a nice change of pace.", "I really needed that.", "Can't wait to do it again.",
                  "Life has been a bit crazy lately.", "I'll tell you more next time.", "It made my whole week.",
                  "My partner thinks I'm a little obsessed.", "I keep thinking about it.", "Anyway, how about you?",
                  "It's the little things, right?", "Not bad for a Tuesday.", "I'm still smiling about it.",
                  "It was harder than I expected.", "It reminded me why I love this stuff.")
_CAPTIONS = {"hobby": ("a close-up of my latest project", "a messy table full of supplies", "a selfie with a big grin"),
             "trip": ("a view over the rooftops", "a busy street market", "a plate of local food"),
             "pet": ("a sleepy animal on a couch", "a pet wearing a tiny sweater"),
             "event": ("a group of people smiling", "a selfie holding a certificate")}
#: small talk with content that no question asks about: other people's news, plans, opinions
_OTHERS = ("my neighbour", "a coworker of mine", "my roommate", "my friend from college", "the guy at the coffee shop",
           "my landlord", "a friend of a friend", "my old teacher", "the woman next door", "my gym buddy")
_THEIR_NEWS = ("started learning the trumpet", "went to Portugal for a month", "is training for a triathlon",
               "opened a little bakery downtown", "adopted two goldfish", "got engaged on a mountain top",
               "quit her job to travel", "is building a treehouse for his kids", "won a pie-eating contest",
               "signed up for a painting class", "bought a sailboat", "broke his wrist skateboarding",
               "moved to the countryside", "got a new puppy that cries all night", "ran for the city council",
               "is writing a fantasy novel", "lost his keys three times this week", "is learning to surf")
_COMMENTS = ("Good for them, I guess.", "I could never do that.", "People are full of surprises.",
             "I'm a little jealous, honestly.", "It's all anyone talks about now.", "Wild, right?",
             "I didn't see that coming.", "Hope it works out for them.")
_PLANS = ("redoing the kitchen, the cabinets are falling apart", "getting up earlier, but it's not going well",
          "cutting down on coffee", "finally cleaning out the garage", "buying a new mattress",
          "taking a week off in the autumn", "reading more before bed", "repainting the hallway a warm yellow",
          "learning to make sushi at home", "calling my parents more often", "selling my old couch online",
          "joining a book club", "saving up for a trip somewhere warm", "fixing the squeaky door")
_MOODS = ("The weather has been so weird lately, sunny one hour and pouring the next.",
          "Work has been hectic for everyone I know this month.", "I watched a documentary about octopuses, they're so clever.",
          "The new cafe on the corner makes the best croissants.", "My phone screen cracked and I keep cutting my thumb on it.",
          "Traffic was a nightmare this morning, I sat on the bridge for forty minutes.",
          "I've been sleeping terribly, too much screen time I think.", "There's a street festival in town next month.",
          "I finally finished that detective series everyone was talking about.",
          "Prices at the supermarket are getting ridiculous.", "Our building's elevator has been broken for a week.")
_SMALL = ("Totally agree.", "Haha, classic.", "Same here.", "Oh, totally.", "I hear you.")
_GREETINGS = ("Hey {O}! How's it going?", "Hi {O}, good to catch up again!", "Morning {O}! Got a minute to chat?",
              "{O}! It's been a while.")
_GREETING_REPLIES = ("Hey {O}! Doing well, you?", "Hi! So glad you messaged.", "Hey! I was just thinking about you.")
_CLOSINGS = ("Gotta run, talk soon!", "Okay, I'll let you go. Take care!", "Let's catch up again soon!")
_CLOSING_REPLIES = ("Bye! Take care of yourself.", "Talk soon!", "See you, {O}!")


@dataclass(frozen=True)
class GeneratedQuestion:
    """A question about a generated conversation: LoCoMo's ``category`` number (1 multi-hop / list,
    2 temporal, 3 open-domain, 4 single-hop, 5 adversarial) and the ids of the turns that answer it."""

    text: str
    category: int
    evidence: frozenset[str]


@dataclass(frozen=True)
class GeneratedConversation:
    """A generated two-person chat: its turns (ids ``D<session>:<n>``, each session's date-time on its
    turns, ``conversation`` = ``<sample_id>/session_<n>``) and its questions."""

    sample_id: str
    turns: tuple[Turn, ...]
    questions: tuple[GeneratedQuestion, ...]


def _lower_first(text: str) -> str:
    """``text`` to follow an opener: its first letter in lower case unless it starts a name or "I".

    >>> _lower_first("My dog"), _lower_first("I went"), _lower_first("Luna slept")
    ('my dog', 'I went', 'Luna slept')
    """
    first = text.split()[0].strip(",.!'s")
    keep = first == "I" or text.startswith("I'") or first in _NAMES
    return text if keep else text[0].lower() + text[1:]


_NAMES = frozenset(_WOMEN + _MEN + [n for _, names in _PETS for n in names])


@dataclass
class _Mention:
    """One fact told by ``owner``: its turn, the prompt that may precede it and a reaction's echo."""

    owner: str
    kind: str
    text: str
    echo: str
    turn: str = ""


def _person_facts(rng: random.Random, name: str, their: str, taken: dict[str, set[str]]) -> tuple[list[_Mention], list[tuple[str, int, list[_Mention]]], list[tuple[str, str, list[_Mention]]]]:
    """``name``'s mentions, questions about them (text, category, evidence mentions), and questions an
    adversarial copy may ask about the other person (a kind key, text, evidence mentions)."""
    mentions: list[_Mention] = []
    questions: list[tuple[str, int, list[_Mention]]] = []
    shared: list[tuple[str, str, list[_Mention]]] = []

    def fill(template: str, **kw: str) -> str:
        return template.format(P=name, their=their, **kw)

    def pick(kind: str, options: list[int]) -> int:
        free = [i for i in options if f"{kind}{i}" not in taken.setdefault(kind, set())]
        i = rng.choice(free)
        taken[kind].add(f"{kind}{i}")
        return i

    job, workplace, job_turns, job_open = _JOBS[pick("job", list(range(len(_JOBS))))]
    a_job = ("an " if job[0] in "aeiou" else "a ") + job
    told = [rng.choice(_JOB_NAMED) if rng.random() < 0.4 else t for t in rng.sample(job_turns, rng.choice((1, 2)))]
    said = [_Mention(name, "job", t.format(W=workplace, J=a_job), rng.choice(_ECHOES["job"]).format(W=workplace, J=a_job))
            for t in told]
    mentions += said
    questions.append((fill(rng.choice(_JOB_QUESTIONS)), 4, said))
    if rng.random() < 0.3:
        questions.append((fill(job_open), 3, said))
    shared.append((f"job{job}", rng.choice(_JOB_QUESTIONS[:5]), said))

    hobbies = [_HOBBIES[pick("hobby", list(range(len(_HOBBIES))))] for _ in range(rng.choice((2, 3, 3, 4)))]
    by_group: dict[str, list[_Mention]] = {}
    all_hobbies = []
    for hobby, group, lines, ask in hobbies:
        hobby_turn = rng.choice(_HOBBY_NAMED).format(H=hobby) if rng.random() < 0.5 else rng.choice(lines)
        m = _Mention(name, "hobby", hobby_turn[0].upper() + hobby_turn[1:], rng.choice(_ECHOES["hobby"]).format(H=hobby))
        mentions.append(m)
        all_hobbies.append(m)
        by_group.setdefault(group, []).append(m)
        if rng.random() < 0.5:
            questions.append((fill(ask), 4, [m]))
            shared.append((f"hobby{hobby}", ask, [m]))
    questions.append((fill(rng.choice(_HOBBY_LISTS)), 1, all_hobbies))
    for group, ms in by_group.items():
        if rng.random() < 0.5:
            questions.append((fill(rng.choice(_GROUP_OPEN[group])), 3, ms))

    trips = []
    for _ in range(rng.choice((1, 2, 3))):
        place, detail = _PLACES[pick("trip", list(range(len(_PLACES))))]
        m = _Mention(name, "trip", rng.choice(_TRIP_TURNS).format(L=place, D=detail, T="{T}"),
                     rng.choice(_ECHOES["trip"]).format(L=place))
        mentions.append(m)
        trips.append(m)
        when = rng.choice(_TRIP_WHEN)
        questions.append((fill(when, L=place), 2, [m]))
        shared.append((f"trip{place}", when.replace("{L}", place), [m]))
    if len(trips) > 1:
        questions.append((fill(rng.choice(_TRIP_LISTS)), 1, trips))

    for _ in range(rng.choice((2, 3, 4))):
        i = pick("event", list(range(len(_EVENTS))))
        turns, whens, what = _EVENTS[i]
        m = _Mention(name, "event", rng.choice(turns), rng.choice(_ECHOES["event"]))
        mentions.append(m)
        when = rng.choice(whens)
        questions.append((fill(when), 2, [m]))
        shared.append((f"event{i}", when, [m]))
        if rng.random() < 0.5:
            questions.append((fill(what), 4, [m]))

    if rng.random() < 0.6:
        species, names = rng.choice(_PETS)
        pet = rng.choice(names)
        m = _Mention(name, "pet", rng.choice(_PET_TURNS).format(N=pet, S=species), rng.choice(_ECHOES["pet"]).format(N=pet))
        mentions.append(m)
        questions.append((fill(rng.choice(_PET_QUESTIONS), S=species), 4, [m]))
        if rng.random() < 0.3:
            questions.append((fill(rng.choice(_PET_OPEN)), 3, [m]))
        shared.append((f"pet{species}", rng.choice(_PET_QUESTIONS).replace("{S}", species), [m]))
    for kin, pronoun in rng.sample(_KIN, rng.choice((1, 2))):
        relative = rng.choice(_WOMEN if pronoun == "she" else _MEN)
        m = _Mention(name, "kin", rng.choice(_KIN_TURNS).format(R=kin, N=relative, s=pronoun),
                     rng.choice(_ECHOES["kin"]).format(N=relative))
        mentions.append(m)
        questions.append((fill(rng.choice(_KIN_QUESTIONS), R=kin), 4, [m]))
        shared.append((f"kin{kin}", rng.choice(_KIN_QUESTIONS).replace("{R}", kin), [m]))
    if rng.random() < 0.7:
        food = _FOODS[pick("food", list(range(len(_FOODS))))]
        m = _Mention(name, "food", rng.choice(_FOOD_TURNS).format(F=food), rng.choice(_ECHOES["food"]).format(F=food))
        mentions.append(m)
        questions.append((fill(rng.choice(_FOOD_QUESTIONS)), 4, [m]))
    return mentions, questions, shared


#: Shares of a person's telling turns that tell a second thing of theirs too, and that add small talk.
MIXED_TURNS = 0.2
ASIDE_TURNS = 0.35
#: Shares of the things told that a question asks about with a word of the telling turn (LoCoMo's
#: questions are mostly worded from their evidence: "What did Ann research?" / "Researching adoption
#: agencies..."), besides the questions worded apart.
WORDED_QUESTIONS = 0.7
#: Share of those asked about the other person too (an adversarial question: the evidence is still this turn).
WORDED_ADVERSARIAL = 0.15
_LINKS = ("Oh and", "Also,", "Plus", "And on top of that,", "Other news:")
_WORDED = ("What did {P} say about the {w}?", "What did {P} mention about {w}?", "What's the story with {P} and the {w}?",
           "Why did {P} bring up the {w}?", "How did {P} feel about the {w}?", "What did {P} tell about the {w}?")
_PLAIN_WORDS = frozenset("""about after again along always another around because before being could every first
from great guess have just last little maybe month never other really right since still their there these thing
things think those through today tonight week weeks where which while whole would years yesterday finally
ago morning honestly""".split())


def _worded_question(rng: random.Random, name: str, text: str) -> str | None:
    """A question about ``name`` that takes a word of ``text`` (a telling turn), or None.

    >>> _worded_question(random.Random(0), "Ann", "My clay bowl came out of the kiln with a crack.") is not None
    True
    """
    words = [w for w in (part.strip(",.!?'\"") for part in text.split())
             if len(w) >= 5 and w.isalpha() and w.islower() and w not in _PLAIN_WORDS]
    if not words:
        return None
    return rng.choice(_WORDED).format(P=name, w=rng.choice(words))


def _small_talk(rng: random.Random) -> str:
    """A turn of small talk: another person's news, a plan, a remark, or (rarely) a word of assent."""
    kind = rng.random()
    if kind < 0.3:
        text = f"{rng.choice(_OTHERS)} {rng.choice(_THEIR_NEWS)}.".capitalize()
        return text + (f" {rng.choice(_COMMENTS)}" if rng.random() < 0.6 else "")
    if kind < 0.5:
        return f"I'm thinking about {rng.choice(_PLANS)}." + (f" {rng.choice(_FILLER)}" if rng.random() < 0.4 else "")
    if kind < 0.75:
        return rng.choice(_MOODS)
    if kind < 0.9:
        return " ".join(rng.sample(_FILLER, rng.choice((1, 2))))
    return rng.choice(_SMALL)


def _session(rng: random.Random, pair: tuple[str, str], mentions: list[_Mention], number: int,
             when: datetime) -> list[tuple[str, str]]:
    """One session's (speaker, text) turns, the speakers alternating; sets each mention's turn id."""
    first = rng.choice((0, 1))
    speaker = [pair[first], pair[1 - first]]
    out: list[tuple[str, str]] = [(speaker[0], rng.choice(_GREETINGS).format(O=speaker[1])),
                                  (speaker[1], rng.choice(_GREETING_REPLIES).format(O=speaker[0]))]
    filler = {0, 1}
    queue = list(mentions)
    rng.shuffle(queue)
    length = rng.randint(10, 24)
    while queue or len(out) < length:
        who = speaker[len(out) % 2]
        other = speaker[(len(out) + 1) % 2]
        pending = [m for m in queue if m.owner == who]
        if pending and rng.random() < 0.6:
            m = pending[0]
            queue.remove(m)
            if len(out) - 1 in filler and rng.random() < 0.5:
                out[-1] = (other, rng.choice(_PROMPTS[m.kind]))
                filler.discard(len(out) - 1)
            text = m.text.replace("{T}", rng.choice(_TIMES))
            if rng.random() < 0.4:
                text = f"{rng.choice(_OPENERS)} {_lower_first(text)}"
            more = [n for n in pending[1:] if n.kind != m.kind]
            if more and rng.random() < MIXED_TURNS:  # two things told in one turn, as people do
                second = more[0]
                queue.remove(second)
                text = f"{text} {rng.choice(_LINKS)} {_lower_first(second.text.replace('{T}', rng.choice(_TIMES)))}"
                second.turn = f"D{number}:{len(out) + 1}"
            if rng.random() < ASIDE_TURNS:  # and something else besides
                aside = _small_talk(rng)
                text = f"{aside} {text}" if rng.random() < 0.5 else f"{text} {aside}"
            if rng.random() < 0.5:
                text = f"{text} {rng.choice(_AFTERTHOUGHTS)}"
            if m.kind in _CAPTIONS and rng.random() < 0.25:
                text = f"{text} [shares {rng.choice(_CAPTIONS[m.kind])}]"
            m.turn = f"D{number}:{len(out) + 1}"
            out.append((who, text[0].upper() + text[1:]))
            reaction = m.echo if rng.random() < 0.4 else rng.choice(_REACTIONS)
            out.append((other, reaction))
        else:
            filler.add(len(out))
            out.append((who, _small_talk(rng)))
    who = speaker[len(out) % 2]
    out.append((who, rng.choice(_CLOSINGS)))
    out.append((speaker[len(out) % 2], rng.choice(_CLOSING_REPLIES).format(O=who)))
    return out


def _conversation(rng: random.Random, sample_id: str) -> GeneratedConversation:
    women, men = rng.sample(_WOMEN, 2), rng.sample(_MEN, 2)
    people = [(women[0], "her"), rng.choice([(women[1], "her"), (men[0], "his")])]
    rng.shuffle(people)
    taken: dict[str, set[str]] = {}
    facts = [_person_facts(rng, name, their, taken) for name, their in people]
    sessions = rng.randint(8, 13)
    placed: list[list[_Mention]] = [[] for _ in range(sessions)]
    for mentions, _, _ in facts:
        for m in mentions:
            placed[rng.randrange(sessions)].append(m)
    when = datetime(rng.choice((2021, 2022, 2023)), rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 21),
                    rng.choice((0, 15, 30, 45)))
    turns: list[Turn] = []
    pair = (people[0][0], people[1][0])
    for s in range(sessions):
        for i, (speaker, text) in enumerate(_session(rng, pair, placed[s], s + 1, when)):
            turns.append(Turn(f"{sample_id}/session_{s + 1}", f"D{s + 1}:{i + 1}", speaker, text, when))
        when += timedelta(days=rng.randint(3, 25), hours=rng.randint(-5, 5))
    questions = [GeneratedQuestion(text, category, frozenset(m.turn for m in ms))
                 for _, asked, _ in facts for text, category, ms in asked]
    asking = random.Random(f"{sample_id}/worded")  # their own draws: the chats stay as they are whatever the share
    for (name, _), (mentions, _, _) in zip(people, facts):
        for m in mentions:
            worded = _worded_question(asking, name, m.text) if asking.random() < WORDED_QUESTIONS else None
            if worded is not None:
                questions.append(GeneratedQuestion(worded, 4, frozenset({m.turn})))
                if asking.random() < WORDED_ADVERSARIAL:  # and about the other person: still this turn
                    other = next(p for p, _ in people if p != name)
                    questions.append(GeneratedQuestion(worded.replace(name, other), 5, frozenset({m.turn})))
    for (name, their), (_, _, mine), (_, _, theirs) in zip(people, facts, reversed(facts)):
        own = {key for key, _, _ in mine}
        offered = [(key, text, ms) for key, text, ms in theirs if key not in own]
        for _, text, ms in rng.sample(offered, min(len(offered), rng.choice((1, 2, 3)))):
            questions.append(GeneratedQuestion(text.format(P=name, their=their), 5, frozenset(m.turn for m in ms)))
    return GeneratedConversation(sample_id, tuple(turns), tuple(questions))


def generate_conversations(count: int, seed: int = 0) -> list[GeneratedConversation]:
    """``count`` generated conversations (deterministic for a ``seed``), ids ``gen-<seed>-<i>``.

    >>> [len(c.questions) > 10 for c in generate_conversations(3)]
    [True, True, True]
    """
    rng = random.Random(seed)
    return [_conversation(rng, f"gen-{seed}-{i}") for i in range(count)]
