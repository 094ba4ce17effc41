"""The client side (Qt-free): one source layer for every place studies come from
(``sources``), the fetch policy (``progressive``, ``profiles``), the local cache,
imports and uploads (``importer``, ``delta_upload``), the DIMSE and DICOMweb clients.

Imports ``radview.dicom``, ``radview.codec``, ``radview.delta`` (delta upload) and the
top-level helpers (``errors``, ``paths``, ``cli_args``); never the protocols, the
server, the viewer or the application (see docs/net.md)."""
