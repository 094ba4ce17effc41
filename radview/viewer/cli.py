"""`radview render FILE [--frame N] [--window C W | --minmax] [--invert] --out OUT.png`."""

from __future__ import annotations

import argparse
from pathlib import Path

from radview import cli_args


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "render",
        help="render one DICOM frame to PNG through the display pipeline",
        description="Render a DICOM image as the viewer shows it (modality LUT, VOI, "
        "presentation) and write an 8-bit PNG. Default window: the header's first, "
        "else its VOI LUT, else min-max.",
    )
    p.add_argument("file", type=Path, help="DICOM file")
    p.add_argument("--frame", type=cli_args.frame_number, default=1, help="frame number, from 1 (default 1)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--window", nargs=2, type=cli_args.number, metavar=("C", "W"), help="window centre and width")
    g.add_argument("--minmax", action="store_true", help="window over the image's value range")
    g.add_argument("--voi-lut", type=cli_args.frame_number, metavar="N", help="use the header's N-th VOI LUT")
    p.add_argument("--function", choices=["LINEAR", "LINEAR_EXACT", "SIGMOID"],
                   help="VOI LUT function for --window (default: the header's, else LINEAR)")
    p.add_argument("--invert", action="store_true", help="invert the grey scale")
    p.add_argument("--out", type=Path, required=True, help="output PNG file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import pydicom
    from pydicom.errors import InvalidDicomError

    from radview.errors import RadviewError, UsageError
    from radview.viewer import pipeline
    from radview.viewer.png import write_png

    if not args.file.is_file():
        raise UsageError(f"no such file: {args.file}")
    try:
        ds = pydicom.dcmread(str(args.file), force=True)
    except (InvalidDicomError, OSError, ValueError) as exc:
        raise RadviewError(f"cannot read {args.file} as DICOM: {exc}") from None
    if "Rows" not in ds or "PixelData" not in ds:
        raise RadviewError(f"{args.file} holds no image (no Rows/Pixel Data)")
    info = pipeline.DisplayInfo.from_dataset(ds)
    voi = None
    window = None
    if args.window:
        fn = args.function or (info.windows[0].function if info.windows else "LINEAR")
        window = pipeline.Window(args.window[0], args.window[1], fn)
    elif args.minmax:
        window = "minmax"
    elif args.voi_lut:
        if args.voi_lut > len(info.voi_luts):
            raise UsageError(f"the image has {len(info.voi_luts)} VOI LUT(s), asked for number {args.voi_lut}")
        voi = pipeline.Voi(lut=info.voi_luts[args.voi_lut - 1])
    out = pipeline.render(ds, window=window, invert=args.invert, frame=args.frame - 1, voi=voi)
    try:
        write_png(args.out, out)
    except OSError as exc:
        raise RadviewError(f"cannot write {args.out}: {exc}") from None
    kind = "RGB" if out.ndim == 3 else "grey"
    print(f"{args.out}: {out.shape[1]}x{out.shape[0]} {kind}, frame {args.frame}/{info.frames}")
    return 0
