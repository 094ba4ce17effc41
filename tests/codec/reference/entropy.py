"""Context-modelled entropy coding of quantised wavelet bands.

Each band is coded in four polyphase *phases* ((even,even), (odd,odd), (even,odd),
(odd,even)); a phase's contexts use the magnitudes of the phases already coded
(its neighbours in the band) and of the parent band (same orientation, one level
coarser), so the decoder can rebuild every context with whole-array numpy
operations. Magnitudes go through the adaptive rANS coder (`rans.py`) as
symbols (small values directly, larger ones as an exponent class plus raw
mantissa bits); signs and mantissa bits go raw into a bit stream.

A *group* (one container level of one component) shares one model and one rANS
stream, so a prefix of levels always decodes on its own.
"""

from __future__ import annotations

import struct

import numpy as np

from radview.codec.container import CodecError

from . import rans

_T = 12            # magnitudes below _T are symbols of their own
N_SYM = _T + 24    # plus exponent classes (covers 2**24 magnitudes)
_NQ, _PQ = 18, 6   # neighbour (half-octave) / parent (octave) magnitude classes
_PHASES = ((0, 0), (1, 1), (0, 1), (1, 0))
_SCALE = (1, 3, 2, 1)  # brings each phase's neighbour sum to the scale of phase 3's 8 neighbours
_N_COEF_CTX = 3 * 2 * _NQ * _PQ
_BLOCK = 8         # detail bands first say which 8x8 blocks hold any non-zero value
_BLOCK_CTX = _N_COEF_CTX  # + 2 * 8 contexts for the block flags
N_CTX = _N_COEF_CTX + 16
_BITLEN_TAB = np.array([0] + [int(v).bit_length() for v in range(1, 256)], np.int64)
# half-octave classes: 0, 1, 2, 3, 4-5, 6-7, 8-11, 12-15, ... (capped)
_HALF_OCT = np.minimum(np.floor(2 * np.log2(np.arange(1 << 12) + 1) - 0.5).clip(0), _NQ - 1).astype(np.int64)
_HALF_OCT[0] = 0

LL, DETAIL, DIAGONAL = 0, 1, 2


def _bitlen(v: np.ndarray) -> np.ndarray:
    """Number of bits of non-negative ints (0 -> 0)."""
    v = v.astype(np.int64)
    out = np.zeros(v.shape, np.int64)
    nz = v > 0
    out[nz] = np.floor(np.log2(v[nz])).astype(np.int64) + 1
    # float log2 can be off by one near powers of two: fix up exactly
    out[nz] += (v[nz] >= (np.int64(1) << out[nz]))
    out[nz] -= (v[nz] < (np.int64(1) << (out[nz] - 1)))
    return out


def _lanes(n: int, nnz: int) -> int:
    """Coder lanes: more lanes = fewer numpy steps (faster) but 4 bytes of final state
    each; keep that under ~1.5 % of the expected bytes (~0.6 byte per non-zero)."""
    return int(min(2048, max(4, min(-(-n // LANE_DIV), nnz // 400))))


LANE_DIV = 1200


def _parent_up(parent, shape):
    """|parent| and its 3x3 box sum, upsampled (nearest) to `shape`."""
    if parent is None:
        z = np.zeros(shape, np.int64)
        return z, z
    p = np.abs(parent).astype(np.int64)
    if p.size == 0:
        z = np.zeros(shape, np.int64)
        return z, z
    pp = np.pad(p, 1)
    box = sum(pp[1 + dr:1 + dr + p.shape[0], 1 + dc:1 + dc + p.shape[1]]
              for dr in (-1, 0, 1) for dc in (-1, 0, 1))
    ri = np.minimum(np.arange(shape[0]) // 2, p.shape[0] - 1)
    ci = np.minimum(np.arange(shape[1]) // 2, p.shape[1] - 1)
    return p[ri][:, ci], box[ri][:, ci]


def _phase_ctx(known_p, phase, r0, c0, pu, pbox, bandclass, shape):
    """Contexts of one phase; known_p is the zero-padded magnitude array so far."""
    ni, nj = -(-(shape[0] - r0) // 2), -(-(shape[1] - c0) // 2)
    if phase == 0:
        s = pbox[r0::2, c0::2]
    else:
        def nb(dr, dc):
            return known_p[1 + r0 + dr::2, 1 + c0 + dc::2][:ni, :nj]
        s = 2 * (nb(-1, 0) + nb(1, 0) + nb(0, -1) + nb(0, 1)) + (
            nb(-1, -1) + nb(-1, 1) + nb(1, -1) + nb(1, 1))
    nq = _HALF_OCT[np.minimum(s * _SCALE[phase], (1 << 12) - 1)]
    pq = np.minimum(_BITLEN_TAB[np.minimum(pu[r0::2, c0::2], 255)], _PQ - 1)
    return ((((bandclass * 2 + (phase > 0)) * _NQ) + nq) * _PQ + pq).ravel()


def _block_ctx(parent, shape, bandclass):
    """Contexts of the block flags: class of the largest parent magnitude under the block."""
    nbr, nbc = -(-shape[0] // _BLOCK), -(-shape[1] // _BLOCK)
    if parent is None or parent.size == 0:
        pmax = np.zeros((nbr, nbc), np.int64)
    else:
        p = np.abs(parent).astype(np.int64)
        h = _BLOCK // 2
        pr, pc = -(-p.shape[0] // h) * h, -(-p.shape[1] // h) * h
        pp = np.zeros((max(pr, nbr * h), max(pc, nbc * h)), np.int64)
        pp[:p.shape[0], :p.shape[1]] = p
        pp = pp[:nbr * h, :nbc * h]
        pmax = pp.reshape(nbr, h, nbc, h).max(axis=(1, 3))
    cls = np.minimum(_BITLEN_TAB[np.minimum(pmax, 255)], 7)
    return (_BLOCK_CTX + cls * 2 + (bandclass == DIAGONAL)).ravel()


def _phase_mask(blocks, r0, c0, shape):
    ri = np.arange(r0, shape[0], 2) // _BLOCK
    ci = np.arange(c0, shape[1], 2) // _BLOCK
    return blocks[ri][:, ci].ravel()


def _to_symbols(a: np.ndarray):
    """magnitudes -> (symbols, mantissa values, mantissa bit counts)."""
    v = a - _T + 1
    big = a >= _T
    nb = np.where(big, _bitlen(np.maximum(v, 1)) - 1, 0)
    sym = np.where(big, _T + nb, a)
    mant = np.where(big, v - (np.int64(1) << nb), 0)
    return sym, mant, nb


class _BitWriter:
    def __init__(self):
        self.vals, self.nbits = [], []

    def put(self, vals: np.ndarray, nbits: np.ndarray) -> None:
        keep = nbits > 0
        self.vals.append(vals[keep].astype(np.int64))
        self.nbits.append(nbits[keep].astype(np.int64))

    def getvalue(self) -> bytes:
        if not self.vals:
            return b""
        vals, nb = np.concatenate(self.vals), np.concatenate(self.nbits)
        total = int(nb.sum())
        if total == 0:
            return b""
        owner = np.repeat(np.arange(len(nb)), nb)
        starts = np.cumsum(nb) - nb
        within = np.arange(total) - starts[owner]
        bits = (vals[owner] >> (nb[owner] - 1 - within)) & 1
        return np.packbits(bits.astype(np.uint8)).tobytes()


class _BitReader:
    def __init__(self, data: bytes):
        self.bits = np.unpackbits(np.frombuffer(data, np.uint8)).astype(np.int64)
        self.pos = 0

    def get(self, nbits: np.ndarray) -> np.ndarray:
        out = np.zeros(nbits.shape, np.int64)
        keep = nbits > 0
        nb = nbits[keep].astype(np.int64)
        total = int(nb.sum())
        if total == 0:
            return out
        if self.pos + total > len(self.bits):
            raise CodecError("corrupt band data: bit stream too short")
        chunk = self.bits[self.pos:self.pos + total]
        self.pos += total
        owner = np.repeat(np.arange(len(nb)), nb)
        starts = np.cumsum(nb) - nb
        within = np.arange(total) - starts[owner]
        out[keep] = np.add.reduceat(chunk << (nb[owner] - 1 - within), starts)
        return out


def _segments_of_band(q, parent, bandclass):
    """Encoder side: (ctx, sym) per phase plus the raw bits, in decode order."""
    shape = q.shape
    a = np.abs(q).astype(np.int64)
    pu, pbox = _parent_up(parent, shape)
    known = np.zeros((shape[0] + 2, shape[1] + 2), np.int64)
    blocks = None
    if bandclass != LL:
        nbr, nbc = -(-shape[0] // _BLOCK), -(-shape[1] // _BLOCK)
        pad = np.zeros((nbr * _BLOCK, nbc * _BLOCK), np.int64)
        pad[:shape[0], :shape[1]] = a
        blocks = pad.reshape(nbr, _BLOCK, nbc, _BLOCK).max(axis=(1, 3)) > 0
        flags = blocks.ravel().astype(np.int64)
        zero = np.zeros(flags.shape, np.int64)
        yield _block_ctx(parent, shape, bandclass), flags, zero, zero, zero.astype(bool), zero
    for phase, (r0, c0) in enumerate(_PHASES):
        if r0 >= shape[0] or c0 >= shape[1]:
            continue
        ctx = _phase_ctx(known, phase, r0, c0, pu, pbox, bandclass, shape)
        mag = a[r0::2, c0::2]
        m = mag.ravel()
        sign = q[r0::2, c0::2].ravel() < 0
        if blocks is not None:
            keep = _phase_mask(blocks, r0, c0, shape)
            ctx, m, sign = ctx[keep], m[keep], sign[keep]
        sym, mant, nb = _to_symbols(m)
        yield ctx, sym, mant, nb, sign, m > 0
        known[1 + r0::2, 1 + c0::2][:mag.shape[0], :mag.shape[1]] = mag


def _prior() -> np.ndarray:
    """Initial counts per context: a geometric magnitude law whose mean follows the
    context's neighbour and parent magnitudes, so a new context starts near its
    eventual statistics (learning cost matters at low rates and small levels)."""
    ctx = np.arange(_N_COEF_CTX)
    pq = ctx % _PQ
    nq = (ctx // _PQ) % _NQ
    s_nb = np.where(nq == 0, 0.0, 2.0 ** ((nq + 1) / 2.0) - 1)
    par = np.where(pq == 0, 0.0, 0.75 * 2.0 ** pq)
    mu = 0.03 + 0.8 * s_nb / 12 + 0.3 * par
    theta = (mu / (1 + mu))[:, None]
    lo = np.concatenate([np.arange(_T), _T - 1 + 2 ** np.arange(N_SYM - _T)])
    hi = np.concatenate([np.arange(1, _T + 1), _T - 1 + 2 ** np.arange(1, N_SYM - _T + 1)])
    mass = theta ** lo[None, :] - theta ** hi[None, :]
    counts = 12 * mass + 0.01
    flags = np.full((N_CTX - _N_COEF_CTX, N_SYM), 0.01)
    flags[:, :2] = 1.0
    return np.vstack([counts, flags])


_PRIOR = _prior()


def new_model() -> rans.Model:
    """A fresh adaptive model; one per component, carried from level to level."""
    return rans.Model(N_CTX, N_SYM, _PRIOR)


def encode_group(bands, model: rans.Model, estimate: bool = False):
    """bands: list of (q int array, parent: None | array | index of an earlier band, class)."""
    segments, bits = [], _BitWriter()
    for q, parent, bandclass in bands:
        if isinstance(parent, int):
            parent = bands[parent][0]
        if q.size == 0:
            continue
        for ctx, sym, mant, nb, sign, nz in _segments_of_band(q, parent, bandclass):
            segments.append((ctx, sym))
            bits.put(mant, nb)
            bits.put(sign.astype(np.int64), nz.astype(np.int64))
    n = sum(len(s) for _, s in segments)
    nnz = sum(int(np.count_nonzero(s)) for _, s in segments)
    lanes = _lanes(n, nnz)
    model.age(rans.AGE)
    if estimate:  # -> int: bytes this group would take
        n_bits = sum(int(b.sum()) for b in bits.nbits)
        return 6 + (rans.encode(segments, model, lanes, True) if n else 0) + -(-n_bits // 8)
    stream = rans.encode(segments, model, lanes) if n else b""
    return struct.pack("<IH", len(stream), lanes) + stream + bits.getvalue()


def decode_group(data: bytes, specs, model: rans.Model) -> list[np.ndarray]:
    """specs: list of (shape, parent: None | array | index, class) -> bands (int64)."""
    if len(data) < 6:
        raise CodecError("corrupt band data: group header missing")
    n_stream, lanes = struct.unpack_from("<IH", data)
    if 6 + n_stream > len(data) or lanes < 1:
        raise CodecError("corrupt band data: entropy stream longer than its level")
    model.age(rans.AGE)
    dec = rans.Decoder(data[6:6 + n_stream], model, lanes)
    bits = _BitReader(data[6 + n_stream:])
    out = []
    for shape, parent, bandclass in specs:
        if isinstance(parent, int):
            parent = out[parent]
        q = np.zeros(shape, np.int64)
        out.append(q)
        if q.size == 0:
            continue
        pu, pbox = _parent_up(parent, shape)
        known = np.zeros((shape[0] + 2, shape[1] + 2), np.int64)
        blocks = None
        if bandclass != LL:
            nbr, nbc = -(-shape[0] // _BLOCK), -(-shape[1] // _BLOCK)
            flags = dec.decode(_block_ctx(parent, shape, bandclass))
            if flags.size and flags.max() > 1:
                raise CodecError("corrupt band data: bad block flag")
            blocks = flags.reshape(nbr, nbc).astype(bool)
        for phase, (r0, c0) in enumerate(_PHASES):
            if r0 >= shape[0] or c0 >= shape[1]:
                continue
            ctx = _phase_ctx(known, phase, r0, c0, pu, pbox, bandclass, shape)
            if blocks is not None:
                keep = _phase_mask(blocks, r0, c0, shape)
                sym = np.zeros(ctx.shape, np.int64)
                sym[keep] = dec.decode(ctx[keep])
            else:
                sym = dec.decode(ctx)
            if sym.size and (sym.min() < 0 or sym.max() >= N_SYM):
                raise CodecError("corrupt band data: symbol out of range")
            big = sym >= _T
            nb = np.where(big, sym - _T, 0)
            mant = bits.get(nb)
            mag = np.where(big, (np.int64(1) << nb) + mant + _T - 1, sym)
            neg = bits.get((mag > 0).astype(np.int64)).astype(bool)
            ni, nj = -(-(shape[0] - r0) // 2), -(-(shape[1] - c0) // 2)
            mag2 = mag.reshape(ni, nj)
            q[r0::2, c0::2] = np.where(neg.reshape(ni, nj), -mag2, mag2)
            known[1 + r0::2, 1 + c0::2][:ni, :nj] = mag2
    dec.finish()
    if (len(bits.bits) - bits.pos) >= 8:
        raise CodecError("corrupt band data: unused bytes after the bit stream")
    return out
