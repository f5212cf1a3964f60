"""LoCoMo's adversarial questions (category 5) ask about one person what the other said or did: the
answer is the other person's turn, and the packaged ranker (with the sentence encoder and its
adapter) must still put it in the top 10, however many turns the person named has."""

from __future__ import annotations

from datetime import datetime, timedelta

from kg_memory import Memory, Turn

#: Ann's turns: a busy life, several about travel and food, none about Lisbon.
ANN = ["Work has been hectic, three deadlines this week.", "I finally finished that detective novel.",
       "We drove to the coast on Sunday and ate fish and chips.", "My sister visited and we cooked a huge paella.",
       "I'm planning a trip somewhere warm for the winter.", "Traffic was terrible this morning.",
       "I started a pottery class, my bowls are all lopsided.", "Our train to the mountains was four hours late.",
       "I booked flights to see my parents next month.", "The new bakery downtown sells amazing croissants.",
       "I ran my first 10k on Saturday!", "My garden is full of tomatoes this year.",
       "I watched a documentary about old sailing ships.", "We went to a food festival with street tacos.",
       "I bought a new suitcase, the old one broke at the airport."]
BOB = ["Same here, work is crazy.", "Nice! I love a good mystery.", "I just got back from Lisbon, the custard tarts "
       "were incredible and the old trams too.", "Haha, that sounds fun.", "Good for you!"]


def _turns() -> list[Turn]:
    start = datetime(2023, 4, 1, 18)
    out = []
    for i, text in enumerate(ANN):
        session = f"s{i // 5 + 1}"
        when = start + timedelta(days=7 * (i // 5))
        out.append(Turn(session, f"{2 * (i % 5) + 1}", "Ann", text, when))
        if i < len(BOB) * 3 and i % 3 == 0:
            out.append(Turn(session, f"{2 * (i % 5) + 2}", "Bob", BOB[i // 3], when))
    return out


def test_a_question_naming_ann_about_bobs_trip_still_finds_bobs_turn() -> None:
    turns = _turns()
    lisbon = next(t for t in turns if "Lisbon" in t.text)
    assert lisbon.speaker == "Bob"
    with Memory() as memory:  # the packaged ranker, encoder and adapter
        memory.remember(turns)
        for question in ("When did Ann go to Lisbon?", "What did Ann love about the trams in Lisbon?"):
            found = memory.recall(question, 10)
            behind = {(t.conversation, t.turn) for r in found for t in r.turns}
            assert (lisbon.conversation, lisbon.turn) in behind, (question, [r.text for r in found])
