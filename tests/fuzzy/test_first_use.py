"""The first lookup of a process is cheap (issue 16): a Chinese name is romanised from pypinyin's
table of readings without importing pypinyin (whose import loads its phrase dictionary too), and
every character spells as pypinyin's ``lazy_pinyin`` spells it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypinyin import lazy_pinyin

from kg_memory.fuzzy.variants import _char_pinyin, romanize


def test_a_chinese_lookup_does_not_import_pypinyin() -> None:
    code = (
        "import sys\n"
        "from kg_memory.fuzzy import EntityIndex\n"
        "index = EntityIndex()\n"
        "index.add(['zs', 'lb'], ['Zhang San', '吕布'])\n"
        "print(index.search('张三', k=1)[0].key, index.search('lü bu', k=1)[0].key)\n"
        "print('pypinyin' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["zs", "lb", "False"]


@pytest.mark.parametrize(("first", "last", "step"), [
    (0x4E00, 0x9FFF, 1),  # every unified ideograph
    (0x3400, 0x4DBF, 7), (0xF900, 0xFAFF, 3), (0x20000, 0x2FFFF, 61),  # extensions, sampled
])
def test_every_character_spells_as_pypinyin_spells_it(first: int, last: int, step: int) -> None:
    chars = [chr(c) for c in range(first, last + 1, step)]
    wrong = [(c, _char_pinyin(c)) for c in chars if _char_pinyin(c) != " ".join(lazy_pinyin(c))]
    assert not wrong, wrong[:10]


def test_umlaut_and_tones() -> None:
    assert romanize("吕绿女张三") == "lv lv nv zhang san"
