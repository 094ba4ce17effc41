"""Transfer syntaxes the DICOM server accepts, in order of preference."""

from __future__ import annotations

from pydicom.uid import (
    DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    HTJ2K,
    HTJ2KLossless,
    HTJ2KLosslessRPCL,
    ImplicitVRLittleEndian,
    JPEG2000,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGExtended12Bit,
    JPEGLossless,
    JPEGLosslessSV1,
    JPEGLSLossless,
    JPEGLSNearLossless,
    RLELossless,
)

UNCOMPRESSED_SYNTAXES = [
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian,
]
LOSSLESS_SYNTAXES = [
    JPEG2000Lossless,
    JPEGLSLossless,
    JPEGLosslessSV1,
    JPEGLossless,
    RLELossless,
    HTJ2KLossless,
    HTJ2KLosslessRPCL,
]
LOSSY_SYNTAXES = [
    JPEGBaseline8Bit,
    JPEGExtended12Bit,
    JPEGLSNearLossless,
    JPEG2000,
    HTJ2K,
]
COMPRESSED_SYNTAXES = LOSSLESS_SYNTAXES + LOSSY_SYNTAXES
# pynetdicom accepts, of the syntaxes a peer proposes in one context, the first
# in this list: compressed first, so a sender is never asked to decompress what
# it holds compressed (DCMTK cannot decompress JPEG 2000, for one).
STORAGE_SYNTAXES = COMPRESSED_SYNTAXES + UNCOMPRESSED_SYNTAXES
