"""Frozen copy of the original numpy/pywt implementation of the codec (format
``ctx-rans-1``), kept as the reference the numba kernels must match bit for bit:
`api`, `entropy`, `rans` and `wavelet` as they were before the numba port
(container, geometry, rate control and the input checks are shared with `radview.codec`).
Do not "fix" this code: it defines the bitstream."""
