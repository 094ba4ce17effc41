"""Word modules of language families, added to the lexicon after its core lists (``labels._sources``).

Each was written from general knowledge: probe phrases by an outside author who read no clinical
set, then the words the lexicon lacked for them. Each module has TERMS (labels, terms), the side
words LEFT / RIGHT / BOTH and PLURAL limbs (both sides unless a side is named).
"""

from radview.protocols.anatomy.words import asian, cyrillic, european, near_east, western

WORD_MODULES = (cyrillic, asian, near_east, european, western)
