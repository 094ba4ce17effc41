"""`radview bench codec [--json]`: radview's wavelet codec against JPEG 2000 and zstd.

On real pydicom-data images, at each target ratio: our container bytes, PSNR over
the image's value range, encode and decode times; then openjpeg (JPEG 2000) at
the same number of bytes (its own ratio counts bits stored, so we bisect its
ratio until its codestream matches our byte count). Lossless: our ratio against
openjpeg lossless and zstd. Progressive: bytes needed up to each level.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time

IMAGES = ["RG1_UNCR.dcm", "RG3_UNCR.dcm", "MR2_UNCR.dcm", "693_UNCR.dcm", "US1_UNCR.dcm"]
RATIOS = [10, 20, 50]


def _median_time(fn, repeat: int):
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def _psnr(ref, test) -> float:
    import numpy as np

    ref = ref.astype(np.float64)
    span = float(ref.max() - ref.min()) or 1.0
    mse = float(np.mean((ref - test.astype(np.float64)) ** 2))
    return float("inf") if mse == 0 else 10 * np.log10(span * span / mse)


def _j2k_kwargs(ds, arr):
    return {"bits_stored": int(ds.BitsStored),
            "photometric_interpretation": 1 if arr.ndim == 3 else 2}


def _j2k_rate_matched(arr, kwargs, target: int):
    """openjpeg codestream whose size is closest to `target` bytes (bisection on its ratio)."""
    import openjpeg

    lo, hi = 1.0, 4000.0  # its nominal ratio: lo gives more bytes than hi
    best = None
    for _ in range(40):
        mid = (lo * hi) ** 0.5
        cs = openjpeg.encode(arr, compression_ratios=[mid], **kwargs)
        if best is None or abs(len(cs) - target) < abs(len(best[1]) - target):
            best = (mid, cs)
        if abs(len(cs) - target) <= 0.002 * target:
            break
        if len(cs) > target:
            lo = mid
        else:
            hi = mid
    return best


def run_image(name: str, ratios, repeat: int) -> dict:
    import numpy as np
    import openjpeg
    import pydicom
    import zstandard

    from radview import codec
    from radview.resources.sample_images import pydicom_data_file

    ds = pydicom.dcmread(pydicom_data_file(name))
    arr = ds.pixel_array
    if arr.ndim == 3 and arr.shape[-1] != 3:
        arr = arr[0]
    photometric = str(ds.PhotometricInterpretation)
    bits = int(ds.BitsStored)
    raw = arr.size * arr.itemsize
    kw = _j2k_kwargs(ds, arr)
    res = {"image": name, "shape": list(arr.shape), "dtype": str(arr.dtype),
           "bits_stored": bits, "raw_bytes": raw, "lossy": []}

    # lossless
    t_enc, ours = _median_time(lambda: codec.encode(arr, lossless=True, photometric=photometric,
                                                    bits_stored=bits), 1)
    t_dec, back = _median_time(lambda: codec.decode(ours), repeat)
    if not np.array_equal(back, arr):
        raise RuntimeError(f"{name}: lossless round trip is not exact")
    j2k = openjpeg.encode(arr, **kw)
    t_jdec, _ = _median_time(lambda: openjpeg.decode(j2k), repeat)
    zs = zstandard.ZstdCompressor(level=19).compress(arr.tobytes())
    res["lossless"] = {
        "bytes": len(ours), "ratio": raw / len(ours), "encode_s": t_enc, "decode_s": t_dec,
        "j2k_bytes": len(j2k), "j2k_ratio": raw / len(j2k), "j2k_decode_s": t_jdec,
        "zstd_bytes": len(zs), "zstd_ratio": raw / len(zs),
        "vs_j2k": (raw / len(ours)) / (raw / len(j2k)),
    }

    for r in ratios:
        t_enc, ours = _median_time(lambda: codec.encode(arr, ratio=r, photometric=photometric,
                                                        bits_stored=bits), 1)
        t_dec, img = _median_time(lambda: codec.decode(ours), repeat)
        header = codec.read_header(ours)
        jratio, jcs = _j2k_rate_matched(arr, kw, len(ours))
        t_jenc, _ = _median_time(lambda: openjpeg.encode(arr, compression_ratios=[jratio], **kw), 1)
        t_jdec, jimg = _median_time(lambda: openjpeg.decode(jcs), repeat)
        p_ours, p_j2k = _psnr(arr, img), _psnr(arr, jimg)
        res["lossy"].append({
            "target_ratio": r, "bytes": len(ours), "achieved_ratio": raw / len(ours),
            "psnr_db": p_ours, "encode_s": t_enc, "decode_s": t_dec,
            "j2k_bytes": len(jcs), "j2k_nominal_ratio": jratio, "j2k_psnr_db": p_j2k,
            "j2k_encode_s": t_jenc, "j2k_decode_s": t_jdec,
            "psnr_gain_db": p_ours - p_j2k, "decode_time_ratio": t_dec / t_jdec,
            "level_prefix_bytes": [codec.prefix_length(header, lv.index) for lv in header.levels],
            "level_shapes": [[lv.rows, lv.cols] for lv in header.levels],
            "first_level_fraction": codec.prefix_length(header, 0) / len(ours),
        })
    return res


def machine() -> dict:
    import numpy as np
    import openjpeg
    import pywt

    return {"python": sys.version.split()[0], "platform": platform.platform(),
            "cpu_count": os.cpu_count(), "load_average": list(os.getloadavg()),
            "numpy": np.__version__, "pywavelets": pywt.__version__,
            "openjpeg": openjpeg.__version__}


def summarise(results) -> dict:
    gains = [c["psnr_gain_db"] for r in results for c in r["lossy"]]
    dratio = [c["decode_time_ratio"] for r in results for c in r["lossy"]]
    ll = [r["lossless"]["vs_j2k"] for r in results]
    first = [c["first_level_fraction"] for r in results for c in r["lossy"]]
    ratio_err = [abs(c["achieved_ratio"] / c["target_ratio"] - 1) for r in results for c in r["lossy"]]
    return {
        "median_psnr_gain_db": statistics.median(gains), "min_psnr_gain_db": min(gains),
        "median_decode_time_ratio": statistics.median(dratio),
        "lossless_vs_j2k_min": min(ll), "lossless_vs_j2k_median": statistics.median(ll),
        "first_level_fraction_max": max(first), "ratio_error_max": max(ratio_err),
        "targets": {"median_psnr_gain_db": ">= 0", "median_decode_time_ratio": "<= 1",
                    "lossless_vs_j2k_min": ">= 0.95", "first_level_fraction_max": "<= 0.02"},
    }


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="radview bench codec", description=__doc__)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--images", default=",".join(IMAGES), help="comma-separated pydicom-data files")
    p.add_argument("--ratios", default=",".join(map(str, RATIOS)), help="target ratios, e.g. 10,20,50")
    p.add_argument("--repeat", type=int, default=3, help="decode repetitions (median)")
    args = p.parse_args(argv)
    try:
        ratios = [float(x) for x in args.ratios.split(",") if x]
    except ValueError:
        p.error(f"bad --ratios {args.ratios!r}")
    if args.repeat < 1 or not ratios or min(ratios) < 1:
        p.error("--repeat must be >= 1 and ratios >= 1")
    results = []
    for name in [x for x in args.images.split(",") if x]:
        results.append(run_image(name, ratios, args.repeat))
        if not args.json:
            _print_image(results[-1])
    doc = {"benchmark": "codec", "machine": machine(),
           "settings": {"ratios": ratios, "repeat": args.repeat,
                        "psnr": "over the original's value range (max - min)",
                        "rate_match": "openjpeg ratio bisected to our byte count"},
           "results": results, "summary": summarise(results)}
    if args.json:
        print(json.dumps(doc, indent=1))
    else:
        m = doc["machine"]
        print(f"machine: {m['platform']}, {m['cpu_count']} cpus, load {m['load_average'][0]:.1f}, "
              f"numpy {m['numpy']}, pywt {m['pywavelets']}, openjpeg {m['openjpeg']}; "
              f"decode times = median of {args.repeat}")
        s = doc["summary"]
        print(f"SUMMARY: median PSNR gain over JPEG 2000 at equal bytes {s['median_psnr_gain_db']:+.2f} dB "
              f"(min {s['min_psnr_gain_db']:+.2f}); decode time ratio radview/openjpeg "
              f"{s['median_decode_time_ratio']:.2f}x; lossless ratio vs openjpeg "
              f"min {s['lossless_vs_j2k_min']:.3f} median {s['lossless_vs_j2k_median']:.3f}; "
              f"first level <= {100 * s['first_level_fraction_max']:.2f} % of container; "
              f"ratio error <= {100 * s['ratio_error_max']:.1f} %")
    return 0


def _print_image(r: dict) -> None:
    ll = r["lossless"]
    print(f"{r['image']} {r['shape']} {r['dtype']} ({r['bits_stored']} bits), raw {r['raw_bytes']} B")
    print(f"  lossless  radview 1:{ll['ratio']:.2f}  openjpeg 1:{ll['j2k_ratio']:.2f}  "
          f"zstd-19 1:{ll['zstd_ratio']:.2f}  (radview/openjpeg {ll['vs_j2k']:.3f}; "
          f"decode {ll['decode_s'] * 1000:.0f} ms vs {ll['j2k_decode_s'] * 1000:.0f} ms)")
    for c in r["lossy"]:
        print(f"  1:{c['target_ratio']:<4g} radview {c['bytes']:>8} B {c['psnr_db']:6.2f} dB "
              f"enc {c['encode_s']:6.2f} s dec {c['decode_s'] * 1000:6.0f} ms | "
              f"openjpeg {c['j2k_bytes']:>8} B {c['j2k_psnr_db']:6.2f} dB "
              f"enc {c['j2k_encode_s']:5.2f} s dec {c['j2k_decode_s'] * 1000:6.0f} ms | "
              f"gain {c['psnr_gain_db']:+.2f} dB")
        print(f"         bytes up to each level {c['level_prefix_bytes']} "
              f"(shapes {c['level_shapes']}); first level {100 * c['first_level_fraction']:.2f} %")
