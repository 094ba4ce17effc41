"""Progressive wavelet codec shared by server and workstation (Qt-free).

A frame is encoded into a container of labelled resolution levels, coarsest
first (level 0 <= 128 px on its long side), each addressable by byte range; any
prefix of levels decodes to the image at that level's resolution. See
docs/codec.md for the format.
"""

from radview.codec.api import (
    ENCODINGS, decode, encode, level_for_size, prefix_length, read_header, upsample,
)
from radview.codec.container import CodecError, ContainerHeader, LevelInfo

__all__ = [
    "CodecError", "ContainerHeader", "ENCODINGS", "LevelInfo", "decode", "encode", "level_for_size",
    "prefix_length", "read_header", "upsample",
]
