#!/usr/bin/env python3
"""Peer of `multipolar polarity` (issue 13 benchmark): the same yearly networks built from the votes with
NumPy, Leiden from python-igraph's C core (raw weights: Graph.community_leiden, objective modularity) or
leidenalg's C++ core on igraph (signed weights: Traag and Bruggeman's signed modularity as a two-layer
multiplex with layer weights 2w+/(2w+ + 2w-) and -2w-/(2w+ + 2w-)), and the same outputs: best partition
over the seeds at gamma, Laakso-Taagepera effective poles, spectral effective poles (NumPy eigvalsh of the
modularity matrix), stability (co-membership over seeds x gamma and its neighbours).

Input: the folder written by `dotnet run --project bench/Multipolar.Bench -c Release -- polarity-peer`
(votes.u8: states x roll calls, Voeten codes; years.txt; states.txt). Output: JSON on stdout, one object
per year (modularity of each seed at gamma, best, effective poles, stability), plus timings.

Run with Debian's python3 (/usr/bin/python3, packages python3-igraph python3-leidenalg python3-numpy).
"""
import json
import random
import sys
import time

import numpy as np
import igraph as ig


def networks(votes, years, min_votes=10, min_joint=10, signed=True):
    """Yield (year, node rows, edge list, weights, mean) per year, as PolarityNetwork builds them."""
    for year in np.unique(years):
        m = votes[:, years == year]
        cast = (m >= 1) & (m <= 3)
        keep = np.flatnonzero(cast.sum(axis=1) >= min_votes)
        if len(keep) < 2:
            continue
        m = m[keep]
        y = (m == 1).astype(np.float64)
        a = (m == 2).astype(np.float64)
        n = (m == 3).astype(np.float64)
        c = y + a + n
        joint = c @ c.T
        # Soft abstentions: distance 1/2 between abstain and yes or no, 1 between yes and no.
        dist = 0.5 * (y @ a.T + a @ y.T + a @ n.T + n @ a.T) + (y @ n.T + n @ y.T)
        with np.errstate(invalid="ignore", divide="ignore"):
            agree = 1 - dist / joint
        iu = np.triu_indices(len(keep), 1)
        mask = joint[iu] >= min_joint
        src, dst = iu[0][mask], iu[1][mask]
        w = agree[src, dst]
        mean = w.mean() if len(w) else float("nan")
        if signed:
            w = w - mean
        yield int(year), keep, np.column_stack([src, dst]), w, mean


def signed_modularity(n, edges, w, membership, gamma):
    """Q of Traag and Bruggeman (2009) from the edge list (as Multipolar's Modularity.Of)."""
    mem = np.asarray(membership)
    kp = np.zeros(n)
    kn = np.zeros(n)
    np.add.at(kp, edges[:, 0], np.maximum(w, 0))
    np.add.at(kp, edges[:, 1], np.maximum(w, 0))
    np.add.at(kn, edges[:, 0], np.maximum(-w, 0))
    np.add.at(kn, edges[:, 1], np.maximum(-w, 0))
    wp, wn = kp.sum(), kn.sum()
    same = mem[edges[:, 0]] == mem[edges[:, 1]]
    inside = np.bincount(mem[edges[same, 0]], weights=w[same], minlength=mem.max() + 1)
    kpc = np.bincount(mem, weights=kp)
    knc = np.bincount(mem, weights=kn)
    h = inside.sum() - (0.5 * gamma / wp * (kpc ** 2).sum() if wp > 0 else 0) + (0.5 * gamma / wn * (knc ** 2).sum() if wn > 0 else 0)
    return 2 * h / (wp + wn)


def leiden_raw(g, w, gamma, seed):
    random.seed(seed)
    return g.community_leiden(objective_function="modularity", weights=w, resolution_parameter=gamma, beta=0.01, n_iterations=-1).membership


def leiden_signed(n, edges, w, gamma, seed):
    import leidenalg as la
    pos = ig.Graph(n=n, edges=edges.tolist())
    neg = ig.Graph(n=n, edges=edges.tolist())
    wp, wn = np.maximum(w, 0), np.maximum(-w, 0)
    pos.es["weight"] = wp.tolist()
    neg.es["weight"] = wn.tolist()
    tp, tn = 2 * wp.sum(), 2 * wn.sum()
    pp = la.RBConfigurationVertexPartition(pos, weights="weight", resolution_parameter=gamma)
    pn = la.RBConfigurationVertexPartition(neg, weights="weight", resolution_parameter=gamma)
    opt = la.Optimiser()
    opt.set_rng_seed(seed)
    # RBConfiguration's quality is the unnormalised sum; weigh the layers +1 and -1 (Traag and Bruggeman).
    opt.optimise_partition_multiplex([pp, pn], layer_weights=[1, -1], n_iterations=-1)
    return pp.membership


def modularity_matrix(n, edges, w, gamma):
    a = np.zeros((n, n))
    a[edges[:, 0], edges[:, 1]] = w
    a[edges[:, 1], edges[:, 0]] = w
    kp = np.maximum(a, 0).sum(axis=1)
    kn = np.maximum(-a, 0).sum(axis=1)
    b = a.copy()
    if kp.sum() > 0:
        b -= gamma * np.outer(kp, kp) / kp.sum()
    if kn.sum() > 0:
        b += gamma * np.outer(kn, kn) / kn.sum()
    return b


def year_polarity(n, edges, w, gamma, seeds, step, signed):
    g = ig.Graph(n=n, edges=edges.tolist())
    run = (lambda gm, s: leiden_signed(n, edges, w, gm, s)) if signed else (lambda gm, s: leiden_raw(g, w.tolist(), gm, s))
    at_gamma = [run(gamma, s) for s in range(seeds)]
    qs = [signed_modularity(n, edges, w, np.array(m), gamma) for m in at_gamma]
    best = int(np.argmax(qs))
    runs = at_gamma + [run(gamma * (1 - step), s) for s in range(seeds)] + [run(gamma * (1 + step), s) for s in range(seeds)]
    ref = np.array(at_gamma[best])
    mem = np.array(runs)
    together = np.zeros((n, n))
    for m in mem:
        together += m[:, None] == m[None, :]
    together /= len(runs)
    iu = np.triu_indices(n, 1)
    same = ref[iu[0]] == ref[iu[1]]
    stability = float(together[iu][same].mean()) if same.any() else 1.0
    sizes = np.bincount(ref)
    shares = sizes[sizes > 0] / n
    lam = np.linalg.eigvalsh(modularity_matrix(n, edges, w, gamma))
    lp = lam[lam > 1e-9]
    spectral = float(1 + lp.sum() ** 2 / (lp ** 2).sum()) if len(lp) else float("nan")
    return {
        "modularity_by_seed": qs,
        "best_of_five": max(qs[:5]),
        "modularity": qs[best],
        "communities": int(len(sizes[sizes > 0])),
        "effective_poles": float(1 / (shares ** 2).sum()),
        "spectral_poles": spectral,
        "stability": stability,
        "membership": ref.tolist(),
    }


def main():
    folder = sys.argv[1]
    signed = sys.argv[2] == "signed" if len(sys.argv) > 2 else True
    seeds = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    gamma, step = 1.0, 0.1
    t0 = time.perf_counter()
    states = open(f"{folder}/states.txt").read().split()
    years = np.loadtxt(f"{folder}/years.txt", dtype=np.int32)
    votes = np.fromfile(f"{folder}/votes.u8", dtype=np.uint8).reshape(len(states), len(years))
    t1 = time.perf_counter()
    out = []
    for year, keep, edges, w, mean in networks(votes, years, signed=signed):
        r = year_polarity(len(keep), edges, w, gamma, seeds, step, signed)
        if not signed:
            r["igraph_modularity"] = ig.Graph(n=len(keep), edges=edges.tolist()).modularity(r["membership"], weights=w.tolist(), resolution=gamma)
        r.update(year=year, states=[states[k] for k in keep], mean_weight=float(mean))
        out.append(r)
    t2 = time.perf_counter()
    json.dump({"load_seconds": t1 - t0, "compute_seconds": t2 - t1, "signed": signed, "seeds": seeds, "years": out}, sys.stdout)


if __name__ == "__main__":
    main()
