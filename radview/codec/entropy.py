"""Context-modelled entropy coding of quantised wavelet bands.

Each band is coded in four polyphase *phases* ((even,even), (odd,odd), (even,odd),
(odd,even)); a phase's contexts use the magnitudes of the phases already coded
(its neighbours in the band) and of the parent band (same orientation, one level
coarser). Detail bands first flag which 8x8 blocks hold any non-zero value;
only those blocks' coefficients are coded. Magnitudes go through the adaptive
rANS coder (`rans.py`) as symbols (small values directly, larger ones as an
exponent class plus raw mantissa bits); signs and mantissa bits go raw into a
bit stream (per phase: its mantissas, then its signs).

A *group* (one container level of one component) shares one model and one rANS
stream, so a prefix of levels always decodes on its own.

Both directions run as numba kernels, one call per band; they reproduce the
original numpy implementation (format ``ctx-rans-1``, kept in the tests as
the reference) exactly. The decoder keeps every band zero-padded (`pad`), so
contexts read neighbours and parents without bounds checks.
"""

from __future__ import annotations

import struct

import numpy as np
from numba import njit

from radview.codec import rans
from radview.codec.container import CodecError

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
_HALF_OCT_U8 = _HALF_OCT.astype(np.uint8)  # compact copies for the kernels
_BITLEN_U8 = _BITLEN_TAB.astype(np.uint8)
_SCALE_ARR = np.array(_SCALE, np.int64)
_PHASE_ARR = np.array(_PHASES, np.int64)

LL, DETAIL, DIAGONAL = 0, 1, 2


def _lanes(n: int, nnz: int) -> int:
    """Coder lanes: more lanes = fewer coder steps (faster) but 4 bytes of final state
    each; keep that under ~1.5 % of the expected bytes (~0.6 byte per non-zero)."""
    return int(min(2048, max(4, min(-(-n // LANE_DIV), nnz // 400))))


LANE_DIV = 1200


def pad(band: np.ndarray) -> np.ndarray:
    """band as int32 with a border of zeros: the decoder's form of a band."""
    out = np.zeros((band.shape[0] + 2, band.shape[1] + 2), np.int32)
    out[1:-1, 1:-1] = band
    return out


# ------------------------------------------------------------------ contexts

@njit(cache=True, inline="always")
def _block_ctx(parent, use_parent: bool, bi: int, bj: int, bandclass: int) -> int:
    """Context of the flag of block (bi, bj): class of the largest parent magnitude
    under it (the parent's 4x4 block; parent padded, see `pad`)."""
    pmax = 0
    if use_parent:
        h = _BLOCK // 2
        pr, pc = parent.shape[0] - 2, parent.shape[1] - 2
        for i in range(bi * h, min(bi * h + h, pr)):
            for j in range(bj * h, min(bj * h + h, pc)):
                pmax = max(pmax, abs(np.int64(parent[i + 1, j + 1])))
    cls = min(np.int64(_BITLEN_U8[min(pmax, 255)]), 7)
    return _BLOCK_CTX + cls * 2 + (1 if bandclass == DIAGONAL else 0)


@njit(cache=True, inline="always")
def _coef_ctx(mags, p: int, W: int, phase: int, cbase: int, pf, pb: int, PW: int, use_parent: bool) -> int:
    """Context of the coefficient at flat index p of the zero-padded magnitudes so far
    (row length W) in `phase`; pf: the flattened padded parent, pb the flat index of
    the top-left of the 3x3 parent neighbourhood (row length PW)."""
    # the neighbours of later phases are still zero: phase 1 sees phase 0 on its
    # diagonals, phase 2 phases 0 and 1 on its sides, phase 3 everything
    if phase == 0:  # 3x3 box sum of the parent magnitudes
        sn = 0
        if use_parent:
            for d in (pb, pb + PW, pb + 2 * PW):
                sn += abs(np.int64(pf[d])) + abs(np.int64(pf[d + 1])) + abs(np.int64(pf[d + 2]))
    elif phase == 1:
        sn = 3 * (np.int64(mags[p - W - 1]) + mags[p - W + 1] + mags[p + W - 1] + mags[p + W + 1])
    elif phase == 2:
        sn = 4 * (np.int64(mags[p - W]) + mags[p + W] + mags[p - 1] + mags[p + 1])
    else:
        sn = 2 * (np.int64(mags[p - W]) + mags[p + W] + mags[p - 1] + mags[p + 1]) + (
            np.int64(mags[p - W - 1]) + mags[p - W + 1] + mags[p + W - 1] + mags[p + W + 1])
    nq = np.int64(_HALF_OCT_U8[min(sn, (1 << 12) - 1)])
    pu = abs(np.int64(pf[pb + PW + 1])) if use_parent else 0
    pq = min(np.int64(_BITLEN_U8[min(pu, 255)]), _PQ - 1)
    return (cbase + nq) * _PQ + pq


# ------------------------------------------------------------------ encoder

@njit(cache=True, nogil=True)
def _block_flag_symbols(q, parent, use_parent: bool, bandclass: int, blocks, ctx_out, sym_out) -> int:
    """Marks in ``blocks`` the 8x8 blocks of ``q`` that hold a non-zero coefficient and writes
    one flag symbol per block, with its context, from index 0; returns how many."""
    R, C = q.shape
    nbr, nbc = blocks.shape
    blocks[:, :] = False
    for r in range(R):
        for c in range(C):
            if q[r, c] != 0:
                blocks[r >> 3, c >> 3] = True
    n = 0
    for bi in range(nbr):
        for bj in range(nbc):
            ctx_out[n] = _block_ctx(parent, use_parent, bi, bj, bandclass)
            sym_out[n] = 1 if blocks[bi, bj] else 0
            n += 1
    return n


@njit(cache=True, nogil=True)
def _block_contexts(parent, use_parent: bool, nbr: int, nbc: int, bandclass: int):
    """The contexts of a band's block flags, in the order the encoder wrote them."""
    bctx = np.empty(nbr * nbc, np.int64)
    for bi in range(nbr):
        for bj in range(nbc):
            bctx[bi * nbc + bj] = _block_ctx(parent, use_parent, bi, bj, bandclass)
    return bctx


@njit(cache=True)
def _encode_band(q, parent, has_parent: bool, bandclass: int, ctx_out, sym_out, seg_len, bv, bn):
    """The segments of one band in decode order (block flags of a detail band, then
    each phase: contexts and symbols, concatenated in ctx_out/sym_out, their lengths
    in seg_len, -1 = no such segment) and its raw bits (values bv, lengths bn: per
    phase its mantissas, then its signs) -> (symbols, bit entries, total bits);
    symbols = -1 if a magnitude is beyond the symbol alphabet. parent: padded."""
    R, C = q.shape
    W = C + 2
    known = np.zeros((R + 2) * W, np.int32)  # magnitudes of the phases coded so far
    use_parent = has_parent and parent.shape[0] > 2 and parent.shape[1] > 2
    pr, pc = (parent.shape[0] - 2, parent.shape[1] - 2) if use_parent else (1, 1)
    PW = pc + 2
    pf = parent.reshape(-1) if use_parent else np.zeros(1, parent.dtype)
    nbr, nbc = -(-R // _BLOCK), -(-C // _BLOCK)
    blocks = np.ones((nbr, nbc), np.bool_)
    n = 0
    n_entries = 0
    total_bits = 0
    for k in range(5):
        seg_len[k] = -1
    if bandclass != LL:
        n = _block_flag_symbols(q, parent, use_parent, bandclass, blocks, ctx_out, sym_out)
        seg_len[0] = n
    for phase in range(4):
        r0, c0 = _PHASE_ARR[phase, 0], _PHASE_ARR[phase, 1]
        if r0 >= R or c0 >= C:
            continue
        cbase = (bandclass * 2 + (1 if phase > 0 else 0)) * _NQ
        start = n
        for r in range(r0, R, 2):
            prow = min(r >> 1, pr - 1) * PW
            brow = blocks[r >> 3]
            rowp = (r + 1) * W + 1
            for bj in range(nbc):  # raster order, blocks without a flag skipped
                if not brow[bj]:
                    continue
                for c in range(bj * _BLOCK + c0, min(bj * _BLOCK + _BLOCK, C), 2):
                    ctx_out[n] = _coef_ctx(known, rowp + c, W, phase, cbase, pf,
                                           prow + min(c >> 1, pc - 1), PW, use_parent)
                    a = abs(q[r, c])
                    if a >= _T:  # exponent class + mantissa bits
                        v = a - _T + 1
                        nb = 0
                        while (v >> (nb + 1)) > 0:
                            nb += 1
                        if _T + nb >= N_SYM:
                            return -1, 0, 0
                        sym_out[n] = _T + nb
                        if nb > 0:
                            bv[n_entries] = v - (np.int64(1) << nb)
                            bn[n_entries] = nb
                            n_entries += 1
                            total_bits += nb
                    else:
                        sym_out[n] = a
                    n += 1
        seg_len[1 + phase] = n - start
        # the phase's signs (after its mantissas); its magnitudes become known
        for r in range(r0, R, 2):
            brow = blocks[r >> 3]
            for bj in range(nbc):
                if not brow[bj]:
                    continue
                for c in range(bj * _BLOCK + c0, min(bj * _BLOCK + _BLOCK, C), 2):
                    v = q[r, c]
                    if v != 0:
                        bv[n_entries] = 1 if v < 0 else 0
                        bn[n_entries] = 1
                        n_entries += 1
                        total_bits += 1
                    known[(r + 1) * W + 1 + c] = abs(v)
    return n, n_entries, total_bits


@njit(cache=True)
def _pack_bits(vals, nbits, n_bytes: int):
    """The low nbits[i] bits of every vals[i], most significant first, packed into
    bytes (the last one zero-padded), as np.packbits of the bit sequence."""
    out = np.zeros(n_bytes, np.uint8)
    acc = np.uint64(0)
    nacc = 0
    o = 0
    for i in range(vals.shape[0]):
        nb = nbits[i]
        if nb <= 0:
            continue
        acc = (acc << np.uint64(nb)) | (np.uint64(vals[i]) & ((np.uint64(1) << np.uint64(nb)) - np.uint64(1)))
        nacc += nb
        while nacc >= 8:
            nacc -= 8
            out[o] = np.uint8((acc >> np.uint64(nacc)) & np.uint64(255))
            o += 1
    if nacc > 0:
        out[o] = np.uint8((acc << np.uint64(8 - nacc)) & np.uint64(255))
    return out


# ------------------------------------------------------------------ model

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
    segments, bit_vals, bit_lens = [], [], []
    n_bits = 0
    padded = []
    none = np.zeros((0, 0), np.int32)
    for q, parent, bandclass in bands:
        padded.append(None)
        if q.size == 0:
            continue
        if isinstance(parent, int):
            par = padded[parent] if padded[parent] is not None else pad(bands[parent][0])
        elif parent is None:
            par = none
        else:
            par = pad(parent)
        q = np.ascontiguousarray(q, np.int64)
        if bandclass != LL:
            padded[-1] = pad(q)  # (a parent of later bands of the group)
        R, C = q.shape
        n_max = R * C + (-(-R // _BLOCK)) * (-(-C // _BLOCK))
        ctx, sym = np.empty(n_max, np.int64), np.empty(n_max, np.int64)
        seg_len = np.empty(5, np.int64)
        bv, bn = np.empty(2 * R * C, np.int64), np.empty(2 * R * C, np.int64)
        n, n_entries, total = _encode_band(q, par, parent is not None, bandclass, ctx, sym, seg_len, bv, bn)
        if n < 0:
            raise CodecError("a coefficient magnitude is beyond the entropy coder's range")
        pos = 0
        for k in seg_len:
            if k >= 0:
                segments.append((ctx[pos:pos + k], sym[pos:pos + k]))
                pos += k
        bit_vals.append(bv[:n_entries])
        bit_lens.append(bn[:n_entries])
        n_bits += total
    n = sum(len(s) for _, s in segments)
    nnz = sum(int(np.count_nonzero(s)) for _, s in segments)
    lanes = _lanes(n, nnz)
    model.age(rans.AGE)
    if estimate:  # -> int: bytes this group would take
        return 6 + (rans.encode(segments, model, lanes, True) if n else 0) + -(-n_bits // 8)
    stream = rans.encode(segments, model, lanes) if n else b""
    raw = b""
    if n_bits:
        raw = _pack_bits(np.concatenate(bit_vals), np.concatenate(bit_lens), -(-n_bits // 8)).tobytes()
    return struct.pack("<IH", len(stream), lanes) + stream + raw


# ------------------------------------------------------------------ decoder

_OK, _E_RANS, _E_BITS, _E_FLAG, _E_SYM = 0, 1, 2, 3, 4  # results of _decode_band
_ERRORS = {_E_RANS: "corrupt entropy stream: ran past its end",
           _E_BITS: "corrupt band data: bit stream too short",
           _E_FLAG: "corrupt band data: bad block flag",
           _E_SYM: "corrupt band data: symbol out of range"}


@njit(cache=True)
def _read_bits(data, pos: int, nb: int):
    """nb bits, most significant first, from bit position pos -> (value, new pos)."""
    v = 0
    for _ in range(nb):
        v = (v << 1) | ((data[pos >> 3] >> (7 - (pos & 7))) & 1)
        pos += 1
    return v, pos


@njit(cache=True, nogil=True)
def _decode_band(qp, parent, has_parent: bool, bandclass: int,
                 x, stream, n_bytes: int, lanes: int, counts, freq, cum, lut, touched, cnt,
                 bits, n_bits: int, state) -> int:
    """Decode one band into qp (int32 zeros on entry, the band with a border of zeros,
    see `pad`; parent is the parent band in that form), the inverse of
    `_encode_band`. state = [rANS byte pointer, bit position] is updated;
    -> _OK or an error code (corrupt data never reads out of bounds)."""
    R, C = qp.shape[0] - 2, qp.shape[1] - 2
    W = C + 2
    ptr, bpos = state[0], state[1]
    use_parent = has_parent and parent.shape[0] > 2 and parent.shape[1] > 2
    pr, pc = (parent.shape[0] - 2, parent.shape[1] - 2) if use_parent else (1, 1)
    PW = pc + 2
    pf = parent.reshape(-1) if use_parent else np.zeros(1, parent.dtype)
    nbr, nbc = -(-R // _BLOCK), -(-C // _BLOCK)
    blocks = np.ones((nbr, nbc), np.bool_)
    if bandclass != LL:
        bctx = _block_contexts(parent, use_parent, nbr, nbc, bandclass)
        flags = np.empty(nbr * nbc, np.int64)
        ptr = rans._decode_segment(bctx, flags, x, stream, n_bytes, ptr, lanes, counts, freq, cum, lut,
                                   touched, cnt)
        if ptr > n_bytes:
            return _E_RANS
        for k in range(nbr * nbc):
            if flags[k] > 1:
                return _E_FLAG
            blocks[k // nbc, k % nbc] = flags[k] == 1
    n_max = (-(-R // 2)) * (-(-C // 2))
    ctx = np.empty(n_max, np.int64)
    sym = np.empty(n_max, np.int64)
    where = np.empty(n_max, np.int64)  # flat index into qp of each coded position
    negs = np.empty(R * C, np.int64)   # positions whose sign bit said negative
    n_neg = 0
    qf = qp.reshape(-1)  # magnitudes until all phases are done (the signs come last)
    # The scan below is the encoder's (above) written out again on purpose: the encoder
    # emits (context, symbol) per position, the decoder collects contexts per phase and
    # decodes them with rANS before the next phase can be scanned. Sharing one scan
    # would put a call or branch per coefficient into both numba hot loops.
    for phase in range(4):
        r0, c0 = _PHASE_ARR[phase, 0], _PHASE_ARR[phase, 1]
        if r0 >= R or c0 >= C:
            continue
        cbase = (bandclass * 2 + (1 if phase > 0 else 0)) * _NQ
        m = 0
        for r in range(r0, R, 2):
            prow = min(r >> 1, pr - 1) * PW
            brow = blocks[r >> 3]
            rowp = (r + 1) * W + 1
            for bj in range(nbc):  # raster order, blocks without a flag skipped
                if not brow[bj]:
                    continue
                for c in range(bj * _BLOCK + c0, min(bj * _BLOCK + _BLOCK, C), 2):
                    ctx[m] = _coef_ctx(qf, rowp + c, W, phase, cbase, pf, prow + min(c >> 1, pc - 1), PW,
                                       use_parent)
                    where[m] = rowp + c
                    m += 1
        ptr = rans._decode_segment(ctx[:m], sym, x, stream, n_bytes, ptr, lanes, counts, freq, cum, lut,
                                   touched, cnt)
        if ptr > n_bytes:
            return _E_RANS
        need = 0
        for k in range(m):
            s = sym[k]
            if s < 0 or s >= N_SYM:
                return _E_SYM
            if s >= _T:
                need += s - _T
        if bpos + need > n_bits:
            return _E_BITS
        nz = 0
        for k in range(m):  # the phase's mantissas, then its signs
            s = sym[k]
            if s >= _T:
                nb = s - _T
                v, bpos = _read_bits(bits, bpos, nb)
                sym[k] = (np.int64(1) << nb) + v + _T - 1
            nz += sym[k] > 0
        if bpos + nz > n_bits:
            return _E_BITS
        for k in range(m):
            mg = sym[k]
            if mg > 0:
                qf[where[k]] = mg
                if (bits[bpos >> 3] >> (7 - (bpos & 7))) & 1:
                    negs[n_neg] = where[k]
                    n_neg += 1
                bpos += 1
    for i in range(n_neg):
        qf[negs[i]] = -qf[negs[i]]
    state[0], state[1] = ptr, bpos
    return _OK


def decode_group(data: bytes, specs, model: rans.Model, padded: bool = False) -> list[np.ndarray]:
    """specs: list of (shape, parent: None | array | index, class) -> bands (int64); with
    ``padded``, each band in the decoder's form (`pad`: int32 with a border of zeros,
    the band is its [1:-1, 1:-1]), and array parents must be given in that form too."""
    if len(data) < 6:
        raise CodecError("corrupt band data: group header missing")
    n_stream, lanes = struct.unpack_from("<IH", data)
    if 6 + n_stream > len(data) or lanes < 1:
        raise CodecError("corrupt band data: entropy stream longer than its level")
    model.age(rans.AGE)
    dec = rans.Decoder(data[6:6 + n_stream], model, lanes)
    bits = np.frombuffer(data, np.uint8)[6 + n_stream:]
    n_bits = 8 * len(bits)
    state = np.zeros(2, np.int64)
    none = np.zeros((0, 0), np.int32)
    out = []
    for shape, parent, bandclass in specs:
        if isinstance(parent, int):
            par = out[parent]
        elif parent is None:
            par = none
        else:
            par = parent if padded else pad(parent)
        qp = np.zeros((shape[0] + 2, shape[1] + 2), np.int32)
        out.append(qp)
        if shape[0] == 0 or shape[1] == 0:
            continue
        state[0] = dec.ptr
        err = _decode_band(qp, par, parent is not None, bandclass, dec.x, dec.buf, dec.n_bytes, lanes,
                           model.counts, model.freq2d, model.cum2d, dec.lut, model._touched, model._cnt,
                           bits, n_bits, state)
        dec.ptr = int(state[0])
        if err:
            raise CodecError(_ERRORS[err])
    dec.finish()
    if n_bits - int(state[1]) >= 8:
        raise CodecError("corrupt band data: unused bytes after the bit stream")
    return out if padded else [qp[1:-1, 1:-1].astype(np.int64) for qp in out]
