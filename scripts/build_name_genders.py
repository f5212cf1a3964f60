"""Build ``kg_memory/extract/data/first_names.tsv``: the gender most Faker locales give each first name.

Faker (MIT licence, © 2012 Daniele Faraglia) lists female and male first names for each of its locales. A Latin-script
name is written down as ``F`` or ``M`` when at least twice as many locales (plus one) list it for that gender as for
the other ("Emma": 33 female lists, 1 male; "Sam": 2 and 13); names the lists split ("Kim": 10 and 8, "Chandler": 1
and 1) are left out. Chinese given names (芳, 秀英, 伟, 志明: the zh_CN and zh_TW lists) are written when one gender
lists them. Deterministic: the same Faker version writes the same file. Run::

    python scripts/build_name_genders.py   # needs Faker (pip install faker), only to build
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg_memory" / "extract" / "data" / "first_names.tsv"
_LATIN_NAME = re.compile(r"[A-Z][a-z]+")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}")


def counts() -> tuple[Counter[str], Counter[str]]:
    """How many Faker locales list each first name as female, and as male."""
    import faker.providers.person as person

    female: Counter[str] = Counter()
    male: Counter[str] = Counter()
    for module in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        females, males = getattr(provider, "first_names_female", ()), getattr(provider, "first_names_male", ())
        if females and males:
            pattern = _HAN_NAME if module.name.startswith("zh_") else _LATIN_NAME
            female.update({n for n in females if pattern.fullmatch(n)})
            male.update({n for n in males if pattern.fullmatch(n)})
    return female, male


def main() -> None:
    import faker

    female, male = counts()
    rows = []
    for name in sorted(set(female) | set(male)):
        f, m = female[name], male[name]
        if f >= 2 * m + 1:
            rows.append(f"{name}\tF")
        elif m >= 2 * f + 1:
            rows.append(f"{name}\tM")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(f"# first name -> gender most Faker {faker.VERSION} locales give it; see scripts/build_name_genders.py\n"
                   + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
