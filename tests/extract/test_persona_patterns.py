"""What people say of themselves in chat that the rules missed (issue 13, PersonaExt recall with the right
predicate): being retired as the job title it leaves, a job wanted "someday" or "when i grow up", the place one is
"at work in", looks said with a shade ("my hair is a lovely shade of pink", "i dye my hair purple", "a surfer with
blue hair"), a stutter, a broken arm, a wheelchair, "i love to do yoga", "i am cooking", "do you like dogs? i have
three", "are you a student? i am", "i am nick . whats your name ?". Each beside the negated, asked, hypothetical or someone else's form that must give
nothing of the kind."""

from __future__ import annotations

import pytest


@pytest.fixture
def one(say, triples):
    return lambda text: triples(say(text, speakers=("Ann",)))


@pytest.mark.parametrize("text, expected", [
    # retiring leaves a job title (beside the ending of every employer)
    ("i am retired , so i have a lot of downtime .", ("Ann", "jobTitle", "retired")),
    ("yes all the time since i retired .", ("Ann", "jobTitle", "retired")),
    ("i have been retired for years from the computer industry .", ("Ann", "jobTitle", "retired")),
    # a job wanted, with the time it is wanted for
    ("good luck ! i want to be an author someday", ("Ann", "goal", "become author")),
    ("what do you do for a living ? i would like to be a journalist someday .", ("Ann", "goal", "become journalist")),
    ("one day i would like to be a journalist !", ("Ann", "goal", "become journalist")),
    ("when i grow up i want to be a movie director .", ("Ann", "goal", "become movie director")),
    ("cool . when i graduate college i want to be a doctor .", ("Ann", "goal", "become doctor")),
    # the workplace, said with "at work in", "done working at", "a job working at"
    ("hello ! i am at work in the coffee shop . do you work ?", ("Ann", "worksFor", "coffee shop")),
    ("i see , i just got done working at a grocery store myself", ("Ann", "worksFor", "grocery store")),
    ("i have a job working at a bank", ("Ann", "worksFor", "bank")),
    # looks said with a shade, a dye or the skin
    ("my hair is light purple .", ("Ann", "trait", "purple hair")),
    ("i am glad to hear it ! my hair is a lovely shade of pink", ("Ann", "trait", "pink hair")),
    ("i have brown big eyes and my skin is light . you ?", ("Ann", "trait", "light skin")),
    ("oh nice . i just dye my hair purple even though i love the color red .", ("Ann", "trait", "purple hair")),
    ("i am okay . just finished dying my hair purple .", ("Ann", "trait", "purple hair")),
    # speech, injuries, a wheelchair
    ("i have a bit of a stutter when i get over excited .", ("Ann", "trait", "stutter")),
    ("michigan , i broke my arm", ("Ann", "trait", "broken arm")),
    ("i sprained my left ankle yesterday .", ("Ann", "trait", "sprained left ankle")),
    ("nice . i am actually in a wheelchair , so my job options are limited .", ("Ann", "trait", "wheelchair")),
    ("i use a wheelchair so that can be difficult .", ("Ann", "trait", "wheelchair")),
    ("hello , i am a surfer with blue hair , nice to meet you .", ("Ann", "trait", "blue hair")),
    # a pastime "done" or under way
    ("i love to do yoga .", ("Ann", "likes", "yoga")),
    ("for my hobby i like to do canning or some whittling .", ("Ann", "likes", "whittling")),
    ("now i love to do my shopping on the weekends", ("Ann", "likes", "shopping")),
    ("hello . what are you doing ? i am cooking , i love to cook !", ("Ann", "hobby", "cooking")),
    ("i am okay . i am singing .", ("Ann", "hobby", "singing")),
    ("hello , i am grilling outdoors today , how about you", ("Ann", "hobby", "grilling outdoors")),
    # a bare yes that answers "do you have ...?" or "are you ...?"
    ("hello there , do you have any children ? i have two .", ("Ann", "child", "Ann's two children")),
    ("austin texas . do you have any tattoos ? i have three .", ("Ann", "trait", "three tattoos")),
    ("do you have tattoos ? i do .", ("Ann", "trait", "tattoos")),
    ("are you a student ? i am .", ("Ann", "jobTitle", "student")),
    ("nice . are you married ? i am , but no kids .", ("Ann", "maritalStatus", "married")),
    ("that is nice . are you a christian ? i am .", ("Ann", "religion", "Christian")),
    # a name given while trading names, or "by the way"
    ("haha . i am nick . whats your name ?", ("Ann", "name", "nick")),
    ("i am doing good . waiting for lunch . what is your name ? i am arnold", ("Ann", "name", "arnold")),
    ("thank you ! i am lucy by the way .", ("Ann", "name", "lucy")),
    # food after an amount, a food asked of "you guys"
    ("i am on a diet , because i eat too much junk food", ("Ann", "likes", "junk food")),
    ("i love to eat a lot , especially meat .", ("Ann", "likes", "meat")),
    ("that is exciting . do you guys like sushi ? i absolutely adore it .", ("Ann", "likes", "sushi")),
    # "anything that is X", marital status said with a feeling or an age
    ("i love anything that is yellow", ("Ann", "likes", "yellow")),
    ("i like anything to do with mystery", ("Ann", "likes", "mystery")),
    ("yes , i am happy to be single . my best friend has 5 children !", ("Ann", "maritalStatus", "single")),
    ("i married early and have several kids", ("Ann", "maritalStatus", "married")),
    # a diet said with an adverb
    ("lol no ! i have strong ethics . i am even a vegan", ("Ann", "diet", "vegan")),
    ("i am actually and really a vegan", ("Ann", "diet", "vegan")),
    ("agreed , that and a healthy diet i say ! i am personally a vegetarian", ("Ann", "diet", "vegetarian")),
    # pets counted after they are named
    ("do you like dogs ? i have three .", ("Ann", "hasPet", "Ann's three dogs")),
    ("i love cats and have five of them .", ("Ann", "hasPet", "Ann's five cats")),
    ("haha i love cats ! i have 4 of them and 2 small dogs .", ("Ann", "hasPet", "Ann's 2 dogs")),
])
def test_said_of_oneself(one, text, expected):
    assert expected in one(text)


@pytest.mark.parametrize("text, predicate", [
    # not retired, someone else retired, a retirement hoped for
    ("i am not retired yet .", "jobTitle"),
    ("it gets me pumped up to go hiking with my dad who just retired .", "jobTitle"),
    ("i hope to retire soon so i can do that", "jobTitle"),
    # a wish, a question, a refusal, a condition
    ("i wish i could be an astronaut someday", "goal"),
    ("do you want to be a doctor someday ?", "goal"),
    ("i do not want to be a nurse someday", "goal"),
    ("if i could , i want to be a pilot someday", "goal"),
    # "at work" as a time, not at a place; not at work
    ("i am at work in the morning .", "worksFor"),
    ("i am not at work in the office today", "worksFor"),
    # hair to be dyed, hair denied, someone else's hair
    ("bartender and stylist i cant wait to dye my hair blue", "trait"),
    ("i am going to dye my hair pink", "trait"),
    ("my hair is not really blond", "trait"),
    ("do you dye your hair pink ?", "trait"),
    # no stutter, someone else's injury or wheelchair, an injury asked about or supposed
    ("i do not have a stutter .", "trait"),
    ("he broke my arm .", "trait"),
    ("did you break your arm ?", "trait"),
    ("if i broke my arm i would cry", "trait"),
    ("my grandma is in a wheelchair .", "trait"),
    ("cool . i broke my nose listening to rock music when i was 10", "trait"),
    ("i am not in a wheelchair", "trait"),
    # things one does not choose to do, a plan, someone else's
    ("i like to do my homework .", "likes"),
    ("i like to do it .", "likes"),
    ("i would love to do yoga .", "likes"),
    ("i am not cooking tonight", "hobby"),
    ("he is cooking dinner", "hobby"),
    ("i am traveling to barbados right now .", "hobby"),
    ("i am writing the foreword for a friend's book", "hobby"),
    ("i am personally not a vegan", "diet"),
    ("are you married ? i am not .", "maritalStatus"),
    ("i am not happy to be single", "maritalStatus"),
    ("i would be happy to be married", "maritalStatus"),
    ("i love anything with you", "likes"),
    ("i am tired . what is your name ?", "name"),
    ("i am sorry , what is your name again ?", "name"),
    ("i am married by the way .", "name"),
    ("i am hungry btw", "name"),
    ("are you a student ? i was , years ago .", "jobTitle"),
    ("do you have any siblings ? i do not .", "sibling"),
    ("do you have any kids ? my sister has two .", "child"),
    ("i do not eat too much meat", "diet"),
    ("do you guys like sushi ? my sister loves it .", "likes"),
    # a count of what is no pet, a count denied
    ("do you like cars ? i have three .", "hasPet"),
    ("i love cats . i do not have any .", "hasPet"),
    ("i have six cat tattoos .", "hasPet"),
    # an adverb is no vehicle, a look no employer
    ("hi ! i love to read and drive really fast .", "owns"),
    ("hello , i am a surfer with blue hair .", "worksFor"),
])
def test_nothing_of_the_kind(one, text, predicate):
    assert not {t for t in one(text) if t[0] == "Ann" and t[1] == predicate}


def test_a_time_clause_with_no_job_wanted_gives_no_goal(one):
    assert not {t for t in one("when i grow up i will be rich .") if t[1] == "goal"}
