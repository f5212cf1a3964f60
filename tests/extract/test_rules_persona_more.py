"""Still more of what people say of themselves in chat (issue 13, session 8): looks listed with "and", a place
one would love to live in, work from home, the business one runs, "my factory job", several languages or
instruments, "which i love", "X has always been my passion", a bare "name is albert". Each beside the negated,
asked or hypothetical form that must give nothing of the kind, and the readings that must not be made
("married to my job", "why don't we play tennis")."""

from __future__ import annotations

import pytest


@pytest.fixture
def one(say, triples):
    return lambda text: triples(say(text, speakers=("Ann",)))


@pytest.mark.parametrize("text, expected", [
    # looks listed with "and" or commas: one trait each
    ("i have blue eyes and blonde hair", {("Ann", "trait", "blue eyes"), ("Ann", "trait", "blonde hair")}),
    ("i have blue eyes , blonde hair and freckles",
     {("Ann", "trait", "blue eyes"), ("Ann", "trait", "blonde hair"), ("Ann", "trait", "freckles")}),
    ("hello , i have olive skin and green eyes .", {("Ann", "trait", "olive skin"), ("Ann", "trait", "green eyes")}),
    ("how nice ! i am too short to play basketball .", {("Ann", "trait", "short")}),
    ("not really . i am too tall for pets", {("Ann", "trait", "tall")}),
    ("what color is your hair i dyed mine black", {("Ann", "trait", "black hair")}),
    ("i love the outdoors , its why i cut my hair short . feel the breeze", {("Ann", "trait", "short hair")}),
    ("i was experimenting with color and my hair turned purple .", {("Ann", "trait", "purple hair")}),
    # where one works without an employer, the business one runs, "my factory job"
    ("good thing i work from home !", {("Ann", "workLocation", "home")}),
    ("i just started working online", {("Ann", "workLocation", "online")}),
    ("ok i manage a convenience store", {("Ann", "worksFor", "convenience store")}),
    ("since i run a daycare , i have a van .", {("Ann", "worksFor", "daycare")}),
    ("awesome . i am home from my factory job", {("Ann", "workLocation", "factory")}),
    # abilities: several languages (and the ones named), many instruments
    ("i speak two languages , french and english !",
     {("Ann", "skill", "speak two languages"), ("Ann", "speaks", "French"), ("Ann", "speaks", "English")}),
    ("i can speak four languages !", {("Ann", "skill", "speak four languages")}),
    ("i play a ton of instruments", {("Ann", "skill", "instruments")}),
    # what one loves, said after the thing or with "passion", "obsession", "into"
    ("nice , i am about to go hiking , which i love to do", {("Ann", "likes", "hiking")}),
    ("i am great . drinking some iced tea , which i love .", {("Ann", "likes", "iced tea")}),
    ("fashion and designing have always been my passion", {("Ann", "likes", "fashion"), ("Ann", "likes", "designing")}),
    ("my real obsession is taking care of my skin", {("Ann", "likes", "taking care of my skin")}),
    ("chocolate is my guilty pleasure", {("Ann", "likes", "chocolate")}),
    ("i am super into reading", {("Ann", "likes", "reading")}),
    # where one lives, named before "where i live" / "i live in"
    ("hello from pittsburgh where i live", {("Ann", "livesIn", "pittsburgh")}),
    ("vermont is where i live and is a great place to hike too .", {("Ann", "livesIn", "vermont")}),
    ("that is a nice place to escape the big city i live in .", {("Ann", "livesIn", "big city")}),
    ("i like walking her around new york city where i live .", {("Ann", "livesIn", "new york city")}),
    ("i live in new zealand", {("Ann", "livesIn", "new zealand")}),
    # a job dreamed of, a school gone to for a job
    ("i hope so . what do you do ? i dream of being a veterinarian .", {("Ann", "goal", "become veterinarian")}),
    ("i spent high school studying , i want to go to college to be a doctor .", {("Ann", "goal", "become doctor")}),
    ("hey , i am in school to be a dentist . how about you ?", {("Ann", "goal", "become dentist"), ("Ann", "studiesAt", "school")}),
    ("i am still in school , looking to be a lawyer", {("Ann", "goal", "become lawyer")}),
    ("i am an aspiring actor", {("Ann", "goal", "become actor")}),
    # dislikes: a bare "i do not" to "do you like", "least favorite", "drives me nuts"
    ("do you like the holidays ? i do not .", {("Ann", "dislikes", "holidays")}),
    ("mostly old rock , country is my least favorite .", {("Ann", "dislikes", "country")}),
    ("my least favorite food is tacos . but i absolutely love chocolate milk", {("Ann", "dislikes", "tacos")}),
    ("waiting in line drives me nuts .", {("Ann", "dislikes", "waiting in line")}),
    ("bugs bother me but scorpions are the absolute worst", {("Ann", "dislikes", "bugs")}),
    ("halloween is coming and i am interested in ghosts", {("Ann", "likes", "ghosts")}),
    ("i believe in ghosts , and i am fascinated by them .", {("Ann", "likes", "ghosts")}),
    ("that is awesome . i have always had a love for technology .", {("Ann", "likes", "technology")}),
    # favorites listed with "and", a colour set before "my favorite color"; diets said with adjectives or plurals
    ("pancakes and syrup are my favorite foods . i eat them a lot .", {("Ann", "favorite", "pancakes"), ("Ann", "favorite", "syrup")}),
    ("the ocean is so blue and clean , which is why blue is my favorite color .", {("Ann", "favorite", "blue")}),
    ("my next big project is to paint my house purple , my favorite color .", {("Ann", "favorite", "purple")}),
    ("i bet they are my favorite color orange !", {("Ann", "favorite", "orange")}),
    ("love all animals i am a pretty diehard vegetarian . chickens rock !", {("Ann", "diet", "vegetarian")}),
    ("my kids are both picky , we are vegetarians .", {("Ann", "diet", "vegetarian")}),
    ("i stick to vegan diet . some italian dishes are good .", {("Ann", "diet", "vegan")}),
    # a name given without "my"
    ("i am great ! name is albert . how are you ?", {("Ann", "name", "albert")}),
    ("hi names oreo i am in japan", {("Ann", "name", "oreo")}),
])
def test_chat_statement(one, text, expected):
    assert expected <= one(text)


@pytest.mark.parametrize("text, predicate", [
    ("i do not have blue eyes and blonde hair", "trait"),
    ("do you have blue eyes and blonde hair ?", "trait"),
    ("if i had blue eyes and blonde hair i would be a model", "trait"),
    ("i am not too tall for that", "trait"),
    ("i am too proud to ask", "trait"),
    ("i do not dye my hair blonde", "trait"),
    ("should i dye my hair blonde ?", "trait"),
    ("i do not work from home", "workLocation"),
    ("do you work from home ?", "workLocation"),
    ("i would love to work from home", "workLocation"),
    ("i do not run a business", "worksFor"),
    ("do you manage a store ?", "worksFor"),
    ("if i ran a bakery i would eat all day", "worksFor"),
    ("i run a marathon every year", "worksFor"),
    ("i quit my factory job last year", "workLocation"),
    ("if i lost my office job i would cry", "workLocation"),
    ("is that your factory job ?", "workLocation"),
    ("i do not speak four languages", "skill"),
    ("do you speak four languages ?", "skill"),
    ("i wish i could speak five languages", "skill"),
    ("i went to the movies , which i do not love", "likes"),
    ("did you go hiking , which i love ?", "likes"),
    ("reading is not my passion", "likes"),
    ("i am not into reading", "likes"),
    ("are you interested in sports ?", "likes"),
    ("i am not interested in the guy's apartment .", "likes"),
    ("i am not interested in the guy's apartment .", "dislikes"),
    ("if i were interested in sports i would watch", "likes"),
    ("pizza is not my favorite", "favorite"),
    ("is pizza your favorite food ?", "favorite"),
    ("they are my favorite", "favorite"),
    ("oh yes , summer is my fav !", "jobTitle"),
    ("i am not a strict vegan", "diet"),
    ("are you a strict vegan ?", "diet"),
    ("name is not important", "name"),
    ("what is your name ?", "name"),
    ("that is where i live", "livesIn"),
    ("do you like the city where i live ?", "livesIn"),
    ("if you come to ohio where i live we can hike", "livesIn"),
    ("i do not dream of being a doctor", "goal"),
    ("do you dream of being a doctor ?", "goal"),
    ("i dream of being rich", "goal"),
    ("i am not in school to be a teacher", "goal"),
    ("are you in school to be a teacher ?", "goal"),
    ("i am in school to be honest", "goal"),
    ("i am an aspiring actor", "jobTitle"),
    ("i am not an aspiring actor", "goal"),
    ("do you play chess ? i do not", "dislikes"),
    ("do you like science ? i do not know", "dislikes"),
    ("country is not my least favorite", "dislikes"),
    ("does waiting in line drive you nuts ?", "dislikes"),
    ("if waiting in line drives me nuts i leave", "dislikes"),
    ("it drives me crazy", "dislikes"),
    ("my sister drives me crazy", "dislikes"),
    # readings that are not made
    ("i am married to it", "maritalStatus"),
    ("i have been married to my job for years", "maritalStatus"),
    ("why don't we play tennis", "hobby"),
    ("shall we go hiking", "hobby"),
])
def test_chat_guard(one, text, predicate):
    assert not {t for t in one(text) if t[1] == predicate}


def test_the_state_one_lives_in_is_the_place_named_not_state(one):
    lives = {t for t in one("colorado is the state i live in") if t[1] == "livesIn"}
    assert lives == {("Ann", "livesIn", "colorado")}


def test_a_surname_is_capitalised_the_next_word_is_not_a_name(one):
    assert ("Ann", "name", "dave") in one("i bet . name is dave by the way and from downtown vegas .")
    assert ("Ann", "name", "dave by") not in one("i bet . name is dave by the way and from downtown vegas .")


def test_a_thing_in_a_place_one_loves_is_not_the_place(one):
    assert not {t for t in one("i took a walk in the park which i love to do .") if t[1] == "likes"}


def test_married_to_a_person_is_still_a_marital_status(one):
    assert ("Ann", "maritalStatus", "married") in one("i am married to my high school sweetheart")


def test_a_thing_before_i_live_in_a_place_is_not_a_home(one):
    found = one("i get to drink lots of orange juice cos i live in florida !")
    assert {t for t in found if t[1] == "livesIn"} == {("Ann", "livesIn", "florida")}


def test_both_said_of_things_before_is_no_thing_liked(one):
    assert not {t for t in one("spent the weekend outside and swimming . i love both !") if t[2] == "both"}


@pytest.mark.parametrize("text, thing", [("oh yes , summer is my fav !", "summer"), ("wow , cats are my favourite animal .", "cats")])
def test_an_interjection_before_a_favorite_is_no_favorite(one, text, thing):
    assert {t[2] for t in one(text) if t[1] == "favorite"} == {thing}
