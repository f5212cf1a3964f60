"""A name after a reply that takes a request or a reproach calls the one who spoke before: "Honey, we're gonna be late."
- "I'm coming, Greg." names the one who hurried, as "Thanks, Martin." does the one thanked; so do "Got it, Mrs.
Olsen.", "I know, Bernadette." and "马上来，卡普兰先生". "I'm sorry, Joey" is no such reply (said with others to one who
had bad news)."""

from tests.extract.dialogue_facts import names


def test_a_reply_to_a_request_calls_the_one_before():
    assert ("Speaker 1", "Greg") in names((1, "Honey, we're going to be late for the reservation."),
                                          (2, "I'm coming, Greg."), (3, "Bye, Mom!"))
    assert ("Speaker 1", "Mrs Olsen") in names((1, "Bedtime is eight sharp, no exceptions."),
                                               (2, "Got it, Mrs. Olsen."), (3, "Eight-thirty on weekends!"))
    assert ("Speaker 1", "Bernadette") in names((1, "Bea, this is the third time this week."),
                                                (2, "I know, Bernadette."), (3, "Wait, you two are related?"))
    assert ("Speaker 1", "卡普兰先生") in names((1, "服务员，我的咖啡呢？"), (2, "马上来，卡普兰先生。"), (3, "我也要一杯。"))


def test_a_plain_statement_closing_on_a_name_stays_unsure():
    said = names((1, "Stop it."), (2, "I resent that, Phyllis."), (3, "Fine."))
    assert not {s for s, n in said if n == "Phyllis"} - {"Speaker 1"}
