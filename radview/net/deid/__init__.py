"""De-identification before anything leaves the site (used by every upload path).

PS3.15 Annex E basic profile + Retain Longitudinal Temporal Information with
Modified Dates + Clean Descriptors, as an allow-list; see ``profile``.
"""

from radview.net.deid.core import Deidentifier, HeldBack, hold_back_reason
from radview.net.deid.keys import Keyed, SiteKeyError, load_or_create
from radview.net.deid.reidmap import ReidReader, ReidWriter

__all__ = ["Deidentifier", "HeldBack", "Keyed", "ReidReader", "ReidWriter", "SiteKeyError",
           "hold_back_reason", "load_or_create"]
