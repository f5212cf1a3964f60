from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg_memory.extract import timeexpr
from kg_memory.extract.timeexpr import find_time

REF = datetime(2024, 3, 10, 9, 30)  # a Sunday


@pytest.mark.parametrize("text, value, granularity", [
    ("I went to Paris last May", date(2023, 5, 1), "month"),
    ("we met yesterday", date(2024, 3, 9), "day"),
    ("three days ago", date(2024, 3, 7), "day"),
    ("last week", date(2024, 2, 26), "week"),
    ("last month", date(2024, 2, 1), "month"),
    ("last year", date(2023, 1, 1), "year"),
    ("last Monday", date(2024, 3, 4), "day"),
    ("on March 3", date(2024, 3, 3), "day"),
    ("on 3 March 2021", date(2021, 3, 3), "day"),
    ("in 2019", date(2019, 1, 1), "year"),
    ("last summer", date(2023, 6, 1), "season"),
])
def test_english(text, value, granularity):
    mention = find_time(text, REF)
    assert (mention.value, mention.granularity) == (value, granularity)


@pytest.mark.parametrize("text, value", [
    ("昨天", date(2024, 3, 9)), ("前天", date(2024, 3, 8)), ("三天前", date(2024, 3, 7)),
    ("上周三", date(2024, 2, 28)), ("上个月", date(2024, 2, 1)), ("去年五月", date(2023, 5, 1)),
    ("2021年3月3日", date(2021, 3, 3)), ("两年前", date(2022, 1, 1)),
    ("去年夏天", date(2023, 6, 1)), ("前年冬天", date(2022, 12, 1)), ("今年春季", date(2024, 3, 1)),
    ("夏天", date(2023, 6, 1)), ("暑假", date(2023, 7, 1)), ("寒假", date(2024, 1, 1)),  # the latest begun by then
])
def test_chinese(text, value):
    assert find_time(text, REF, "zh").value == value


def test_relative_needs_a_reference_absolute_does_not():
    assert find_time("last May") is None
    assert find_time("on 3 March 2021").value == date(2021, 3, 3)
    assert find_time("nothing here", REF) is None


# The quick check in front of the patterns must never hide a time they would find.
_WORDS = ["I", "went", "on", "in", "the", "of", "last", "this", "past", "back", "since", "during", "ago", "days",
          "week", "Monday", "SUNDAY", "May", "Sept.", "march", "3rd", "2019", "1998", "12", "a", "few", "two",
          "yesterday", "Tonight", "morning", "summer", "Fall", "night", "before", "2021-03-03", ",", "去年", "五月",
          "上周", "三", "天", "前", "昨晚", "今早", "2021年", "3月", "号", "星期", "礼拜", "个", "以"]


@given(st.lists(st.sampled_from(_WORDS), max_size=8), st.sampled_from(["en", "zh"]))
@settings(max_examples=400, deadline=None)
def test_the_quick_check_never_hides_a_time(words, lang):
    text = " ".join(words) if lang == "en" else "".join(words)
    patterns = timeexpr._ZH if lang == "zh" else timeexpr._EN
    if any(p.search(text) for _, p in patterns):
        assert timeexpr._may_name_time(text, lang)


@given(st.lists(st.sampled_from(_WORDS), max_size=8))
@settings(max_examples=400, deadline=None)
def test_every_english_pattern_that_matches_is_tried(words):
    text = " ".join(words)
    tried = {kind for kind, _ in timeexpr._en_patterns(text)}
    assert {kind for kind, p in timeexpr._EN if p.search(text)} <= tried


def test_a_turn_names_its_time_when_only_some_patterns_are_tried():
    assert [kind for kind, _ in timeexpr._en_patterns("We met last Monday")] == \
        ["yesterday", "last_unit", "last_weekday"]
    assert timeexpr.find_time("We met last Monday", date(2024, 3, 13)).value == date(2024, 3, 11)
    # letters a case-insensitive pattern reads as ASCII ones ("ſ" as "s") count too
    text = "I was there la\u017ft week"
    assert {kind for kind, p in timeexpr._EN if p.search(text)} <= {kind for kind, _ in timeexpr._en_patterns(text)}


def test_a_turn_without_cues_names_no_time():
    assert not timeexpr._may_name_time("I love painting with my kids", "en")
    assert not timeexpr._may_name_time("我喜欢和孩子们一起画画", "zh")


def test_ascii_text_needs_a_whole_weekday_and_a_season_after_last_or_past():
    """Fewer turns meet the quick check (issue 16): "friend" has "fri" and "showed" "wed", but no pattern
    reads a weekday from three letters, nor a season without "last" or "past" before it."""
    assert not timeexpr._may_name_time("My friend showed me the sunset, it was a sunny summer", "en")
    assert timeexpr._may_name_time("See you on Friday", "en")
    assert timeexpr._may_name_time("We met this past summer", "en")
    assert timeexpr._may_name_time("my friend\u2019s party", "en")  # not ASCII: the three letters still count


_ASCII_WORDS = ["friend", "showed", "Friday", "sun", "SUNDAY", "sat", "Saturday", "mon", "Monday", "tue", "Tuesday",
                "wed", "Wednesday", "thu", "Thursday", "summer", "Winter", "fall", "spring", "autumn", "last", "this",
                "past", "on", "night", "day", "days", "ago", "two", "a", "few", "the", "before", "yesterday", "\t", "\n"]


@given(st.lists(st.sampled_from(_ASCII_WORDS), max_size=8))
@settings(max_examples=400, deadline=None)
def test_the_ascii_quick_check_never_hides_a_time(words):
    text = " ".join(words)
    if any(p.search(text) for _, p in timeexpr._EN):
        assert timeexpr._may_name_time(text, "en")


def test_words_the_patterns_match_in_any_case_they_accept_are_read_not_crashed_on():
    # case-insensitive patterns match a long s (ſ) and the Kelvin sign (K) as s and k; the words behind them
    # are looked up the same way ("last ſunday" raised KeyError before)
    ref = datetime(2024, 3, 6)
    assert find_time("last ſunday", ref).value == date(2024, 3, 3)
    assert find_time("in ſeptember 2020", ref).value == date(2020, 9, 1)
    assert find_time("ſix days ago", ref).value == date(2024, 2, 29)
    assert find_time("two weeKs ago", ref).value == date(2024, 2, 21)


@pytest.mark.parametrize("text, value, granularity", [
    ("We went to Spain in the summer", date(2023, 6, 1), "season"),  # the latest summer begun by then
    ("I worked there over the summer", date(2023, 6, 1), "season"),
    ("I went hiking in the winter", date(2023, 12, 1), "season"),
    ("I'm going to Spain this summer", date(2024, 6, 1), "season"),
    ("We went to Rome in the summer of 2019", date(2019, 6, 1), "season"),
    ("in the fall of 2018", date(2018, 9, 1), "season"),
    ("I lived in Spain in the 90s", date(1990, 1, 1), "decade"),
    ("I lived in Spain in the nineties", date(1990, 1, 1), "decade"),
    ("back in the 1980s", date(1980, 1, 1), "decade"),
    ("in the '70s", date(1970, 1, 1), "decade"),
    ("in the 20s", date(2020, 1, 1), "decade"),  # the latest begun
])
def test_english_seasons_without_last_and_decades(text, value, granularity):
    mention = find_time(text, REF)
    assert (mention.value, mention.granularity) == (value, granularity)


@pytest.mark.parametrize("text", [
    "temperatures in the 90s",  # the weather, not a decade
    "it was in the nineties all week",
    "I broke my wrist in the fall",  # a tumble
    "when I was a kid",  # no period said
    "a sunny summer",
])
def test_no_season_or_decade_from_the_weather_a_tumble_or_childhood(text):
    assert find_time(text, REF) is None
