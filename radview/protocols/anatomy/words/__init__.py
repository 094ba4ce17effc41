"""Word modules of language families, added to the lexicon after its core lists (``labels._sources``).

Each was written from general knowledge: probe phrases by an outside author who read no clinical
set, then the words the lexicon lacked for them. Each module has

- TERMS: (labels, comma-separated terms) pairs; a term may be a phrase, ``*`` ends a stem; terms
  are written in their own script and normalised as the descriptions are (``labels.normalise``);
  a term already listed elsewhere keeps its first meaning (``labels._parse``);
- LEFT, RIGHT, BOTH: side words and phrases (added to ``languages.LEFT`` and the others);
- PLURAL: limbs, joints and breasts in the plural, both sides unless a side is named
  (``labels.PLURAL_LIMBS``).
"""

from radview.protocols.anatomy.words import asian, cyrillic, european, near_east, south_asian, western

WORD_MODULES = (cyrillic, asian, near_east, european, western, south_asian)
