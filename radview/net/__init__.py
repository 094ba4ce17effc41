"""Everything that talks to a server: DIMSE, DICOMweb, versions, delta upload (Qt-free)."""
