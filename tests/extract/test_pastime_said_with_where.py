""""i love hiking in the outdoors", "i enjoy walking in the park", "i love traveling with the fam" like a pastime said
with where or with whom it is done: the fact keeps what was said and knows the pastime alone as another name ("hiking",
"walking", "traveling"). Look-alikes: a gerund that says nothing alone keeps no other name ("playing with my kids",
"looking at the stars", "working on cars", "spending time with my family"), nor does a pastime said alone."""

from kg_memory.extract.rules import RuleExtractor
from kg_memory.types import Entity, Turn


def _liked(line: str) -> dict[str, tuple[str, ...]]:
    return {f.object.label: f.object.aliases for f in RuleExtractor().extract([Turn("c", "1", "Ann", line)])
            if f.predicate == "likes" and f.subject.label == "Ann" and isinstance(f.object, Entity)}


def test_the_pastime_alone_is_another_name():
    assert _liked("i love hiking in the outdoors") == {"hiking in the outdoors": ("hiking",)}
    assert _liked("i enjoy walking in the park on sundays")["walking in the park"] == ("walking",)
    assert _liked("i love traveling with the fam") == {"traveling with the fam": ("traveling",)}
    assert _liked("I like volunteering at the food bank.") == {"volunteering at the food bank": ("volunteering",)}


def test_look_alikes_keep_no_other_name():
    assert not any(_liked("i like playing with my kids").values())
    assert not any(_liked("i love looking at the stars").values())
    assert not any(_liked("i like working on cars").values())
    assert not any(_liked("i love spending time with my family").values())
    assert _liked("i love hiking") == {"hiking": ()}
