"""``python -m kg_memory.cli``: the same as the ``kgmem`` console script."""

from kg_memory.cli import main

main()
