"""`radview bench viewer [--json]`: stack scroll fps and window/level latency, offscreen.

- Scroll: a 512x512, 300-slice CT (the real pydicom-data CT slice, shifted per
  slice so no two frames are alike) in 1x1 and 2x2 layouts (every viewport
  scrolling, synchronised, W/L applied), each frame fully painted (grab()).
- W/L: time from set_window() to a painted frame on the 2k CR (RG1, 1955x1841).
- Anchor, same run: pydicom's apply_voi_lut + 8-bit scaling per frame, the
  straightforward way to window a frame with no display at all, on the same
  pixels at the same size as the viewport windows them (the 512² CT frame; the
  CR reduced to the viewport's screen size exactly as the viewport reduces it).
All figures are medians over the frames.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="radview bench viewer", description=__doc__.splitlines()[0])
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--slices", type=int, default=300, help="CT slices (default 300)")
    p.add_argument("--frames", type=int, default=150, help="frames timed per layout (default 150)")
    p.add_argument("--size", type=int, default=1024, help="layout size in pixels (default 1024)")
    args = p.parse_args(argv)
    if args.slices < 2 or args.frames < 5 or args.size < 128:
        p.error("need --slices >= 2, --frames >= 5, --size >= 128")
    return args


def _ct_stack(n: int):
    import numpy as np
    import pydicom

    from radview.resources.sample_images import pydicom_data_file
    from radview.viewer.model import ImageStack, Slice

    ds = pydicom.dcmread(str(pydicom_data_file("693_UNCR.dcm")))
    base = ds.pixel_array
    meta = {kw: ds.get(kw) for kw in ("Rows", "Columns", "BitsAllocated", "BitsStored",
                                       "PixelRepresentation", "RescaleSlope", "RescaleIntercept",
                                       "Modality", "PatientName", "PatientID", "StudyDescription",
                                       "SeriesDescription", "SeriesNumber", "PixelSpacing")}
    meta.update(WindowCenter=40, WindowWidth=400, ImageOrientationPatient=[1, 0, 0, 0, 1, 0],
                SliceThickness=1.0)
    slices = []
    for i in range(n):
        px = np.roll(base, (i % 37) - 18, axis=0) + np.int16(i % 7)
        m = dict(meta, ImagePositionPatient=[0, 0, -float(i)], InstanceNumber=i + 1)
        slices.append(Slice.from_meta(m, px))
    return ImageStack(slices), ds


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000.0


def _scroll(layout, stacks, frames: int) -> tuple[list[float], list[float]]:
    from PySide6 import QtWidgets

    vps = layout.viewports
    for vp, st in zip(vps, stacks):
        vp.set_stack(st)
    app = QtWidgets.QApplication.instance()
    app.processEvents()
    layout.grab()  # warm-up: LUT built, fonts loaded
    n = len(stacks[0])
    wall, cpu = [], []
    for f in range(frames):
        t0, c0 = time.perf_counter(), time.process_time()
        for vp in vps:
            vp.set_index((f + 1) % n)
        layout.grab()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return wall, cpu


def main(argv: list[str]) -> int:
    args = _parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np
    import pydicom
    from pydicom.pixels import apply_voi_lut
    from PySide6 import QtWidgets

    from radview.resources.sample_images import pydicom_data_file
    from radview.viewer import view_state
    from radview.viewer.layout import Layout
    from radview.viewer.model import ImageStack

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    stack, ct_ds = _ct_stack(args.slices)

    results: dict[str, float | str] = {}
    layout = Layout(rows=1, cols=1)
    layout.resize(args.size, args.size)
    layout.show()
    t, c = _scroll(layout, [stack], args.frames)
    results["scroll_1x1_fps"] = 1000.0 / _median_ms(t)
    results["scroll_1x1_cpu_fps"] = 1000.0 / _median_ms(c)
    layout.set_grid(2, 2)
    app.processEvents()
    t, c = _scroll(layout, [stack] * 4, args.frames)
    results["scroll_2x2_fps"] = 1000.0 / _median_ms(t)
    results["scroll_2x2_cpu_fps"] = 1000.0 / _median_ms(c)

    # Anchor: pydicom's VOI per 512x512 frame, to uint8, no display.
    anchor = []
    for i in range(min(args.frames, len(stack))):
        px = stack[i].pixels
        t0 = time.perf_counter()
        out = apply_voi_lut(px, ct_ds, index=0)
        lo, hi = float(out.min()), float(out.max())
        np.clip((out - lo) * (255.0 / max(hi - lo, 1.0)), 0, 255).astype(np.uint8)
        anchor.append(time.perf_counter() - t0)
    results["anchor_pydicom_voi_512_fps"] = 1000.0 / _median_ms(anchor)

    # W/L change on the 2k CR, painted.
    cr_path = pydicom_data_file("RG1_UNCR.dcm")
    cr = ImageStack.from_files([cr_path])
    layout.set_grid(1, 1)
    vp = layout.viewports[0]
    vp.set_stack(cr)
    app.processEvents()
    layout.grab()
    wl, wl_cpu = [], []
    for k in range(args.frames // 2):
        t0, c0 = time.perf_counter(), time.process_time()
        vp.set_window(15000 + 37 * k, 30000 - 53 * k)
        vp.repaint()
        wl.append(time.perf_counter() - t0)
        wl_cpu.append(time.process_time() - c0)
    results["wl_change_2k_ms"] = _median_ms(wl)
    results["wl_change_2k_cpu_ms"] = _median_ms(wl_cpu)
    cr_ds = pydicom.dcmread(str(cr_path))
    # the pixels the viewport windows: the CR reduced to its screen size (same reduction)
    k = vp.state.reduction(cr[0])
    cr_px = cr[0].pixels if k == 1 else view_state.reduce_pixels(cr[0].pixels, k)
    anchor_cr = []
    for k in range(max(args.frames // 10, 5)):
        t0 = time.perf_counter()
        cr_ds.WindowCenter, cr_ds.WindowWidth = 15000 + 37 * k, 30000 - 53 * k
        out = apply_voi_lut(cr_px, cr_ds, index=0)
        lo, hi = float(out.min()), float(out.max())
        np.clip((out - lo) * (255.0 / max(hi - lo, 1.0)), 0, 255).astype(np.uint8)
        anchor_cr.append(time.perf_counter() - t0)
    results["anchor_pydicom_voi_2k_ms"] = _median_ms(anchor_cr)
    results["cr_size"] = f"{cr[0].cols}x{cr[0].rows}"
    results["cr_windowed_size"] = f"{cr_px.shape[1]}x{cr_px.shape[0]}"
    results["layout_px"] = args.size
    results["load_average_1min"] = os.getloadavg()[0]
    layout.close()

    if args.json:
        print(json.dumps({k: (round(v, 2) if isinstance(v, float) else v) for k, v in results.items()}))
    else:
        r = results
        print(f"viewer benchmark (offscreen, {args.slices} CT slices 512x512, layout {args.size}px, "
              f"medians; load average {r['load_average_1min']:.1f} on {os.cpu_count()} cores)")
        print("                                     wall clock   CPU time of this process")
        print(f"  scroll 1x1 (W/L applied, painted): {r['scroll_1x1_fps']:8.1f} fps {r['scroll_1x1_cpu_fps']:8.1f} fps")
        print(f"  scroll 2x2 (4 viewports each):     {r['scroll_2x2_fps']:8.1f} fps {r['scroll_2x2_cpu_fps']:8.1f} fps"
              "   target >= 60")
        print(f"  anchor pydicom apply_voi_lut 512²: {r['anchor_pydicom_voi_512_fps']:8.1f} fps (no display)")
        print(f"  W/L change {r['cr_size']} CR, painted: {r['wl_change_2k_ms']:6.2f} ms {r['wl_change_2k_cpu_ms']:8.2f} ms"
              "    target < 16")
        print(f"  anchor pydicom apply_voi_lut CR:   {r['anchor_pydicom_voi_2k_ms']:8.2f} ms (no display; "
              f"same {r['cr_windowed_size']} pixels the viewport windows)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
