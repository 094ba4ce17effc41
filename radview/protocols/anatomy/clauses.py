"""Parts of a description that are not the exam: the clinical question and the occasion.

An order names its exam, then often why ("(TVT?)", "(osteomyelitida?)", "(zebro szyjne?)") or
when ("vor TEVAR", "(przed TEVAR)", "PŘED CABG", "nach SM-Implantation"). The question or the
procedure named there is not what is imaged: a thoracic spine MR asking about cord ischaemia after
an aortic stent graft is the thoracic spine, a saphenous vein mapping before bypass surgery is the
leg. Such a clause is read only when the rest of the field names no region ("CT Kontrolle nach
EVAR": the follow-up of the stent graft is its region).

And the aorta with a qualifier written after it ("Aorta abdominalis", "aorty piersiowej",
"Aorta thorakal", "Aorta abd."): phrases such as "CT Angio Aorta" name the whole aorta and would
take the word "aorta" before its qualifier is read, so the aorta and its qualifiers become one
token here ("AORTATHORACICA", "AORTAABDOMINALIS"; the lexicon names their regions).

Pure functions of text and tokens; ``features.tokens_of`` applies them to every text field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

# the occasion: "before", "after" (German, Polish, Czech/Slovak folded, English, Latin prefixes,
# French, Italian, Spanish, Portuguese); "po" (Polish, Czech: after) is left out, it is also the
# Russian "по" (by, along: "по Шюллеру")
OCCASION = frozenset("""VOR NACH PRZED PRED BEFORE AFTER PRE POST AVANT APRES PRIMA DOPO ANTES DESPUES
    DEPOIS APOS""".split())
_GROUP = re.compile(r"\(([^()]*)\)")


def without_clauses(text: str, tokens: list[str], normalise: Callable[[str], list[str]],
                    names_region: Callable[[list[str]], bool], sides: Container[str]) -> list[str]:
    """``tokens`` (of ``text``) without a question in brackets, a bracketed occasion and an
    occasion running to the end of the field, when what is left still names a region.  Side
    words in what is left out stay ("Hüftsonographie nach Graf bds.": both hips)."""
    if "(" not in text and OCCASION.isdisjoint(tokens):
        return tokens

    def aside(match: re.Match) -> str:
        inner = match.group(1)
        words = normalise(inner)
        if "?" in inner or (words and words[0] in OCCASION):
            return " " + " ".join(w for w in words if w in sides) + " "
        return match.group(0)

    rest = _GROUP.sub(aside, text) if "(" in text else text
    if rest == text and OCCASION.isdisjoint(tokens):
        return tokens  # brackets, but neither a question nor an occasion in them (the usual case)
    kept = normalise(rest)
    for i, tok in enumerate(kept):
        if i and tok in OCCASION:
            kept = kept[:i] + [w for w in kept[i:] if w in sides]
            break
    if kept == tokens or not kept or not names_region(kept):
        return tokens
    return kept


AORTA = frozenset({"AORTA", "AORTY", "AORTE", "AORTU", "AORTEN", "AORTAS"})
THORACIC = frozenset("""THORACALIS THORAKALIS THORAKAL THORACAL THORACICA THORACIC THORACIQUE TORACICA
    TORACICO TORACALE TORAKAL TORAKALIS PIERSIOWEJ PIERSIOWA PIERS HRUDNI THORAC THOR ASCENDENS
    ASCENDENTE ASCENDING ASCENDANTE GRUDNOGO GRUDNOI GRUDNOY GRUDNAYA GRUDNOJ""".split())
ABDOMINAL = frozenset("""ABDOMINALIS ABDOMINAL ABDOMINALE ADDOMINALE ABD ABDOM BRZUSZNEJ BRZUSZNA
    BRISNI ABDOMINALNI ABDOMINALNA BRYUSHNOGO BRYUSHNOI BRYUSHNOY BRYUSHNAYA CHEREVNOI""".split())
_AND = frozenset({"I", "A", "UND", "AND", "ET", "Y", "E", "U", "PLUS"})


def aorta_words(tokens: list[str]) -> list[str]:
    """The aorta and the qualifiers written right after it ("AORTA ABDOMINALIS", "AORTY
    PIERSIOWEJ I BRZUSZNEJ") as one token per qualifier."""
    if AORTA.isdisjoint(tokens):
        return tokens
    out: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        kinds: list[str] = []
        j = i + 1
        if tok in AORTA:
            while j < n:
                nxt = tokens[j]
                if nxt in THORACIC or nxt in ABDOMINAL:
                    kind = "AORTATHORACICA" if nxt in THORACIC else "AORTAABDOMINALIS"
                    if kind not in kinds:
                        kinds.append(kind)
                    j += 1
                elif nxt in _AND and kinds and j + 1 < n and (tokens[j + 1] in THORACIC or tokens[j + 1] in ABDOMINAL):
                    j += 1
                else:
                    break
        if kinds:
            out.extend(kinds)
            i = j
        else:
            out.append(tok)
            i += 1
    return out
