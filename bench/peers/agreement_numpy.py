#!/usr/bin/env python3
"""NumPy peer of `multipolar export dyads` and `multipolar precompute` (docs/benchmarks.md, issue 10).

Computes Voeten's agreement alone (yes 1, abstain 1/2, no 0; agree = mean of 1 - |x_a - x_b| over joint votes)
for every dyad and calendar year of the unvotes files, the way a researcher would script it: read the two CSV
files, build a states x roll calls matrix, and per year one-hot matrix products (BLAS) for all pairs at once.
Writes the dyad-years with joint votes (year, a, b, agree, n) to OUT as a NumPy .npy file.

Usage: python3 agreement_numpy.py ../shared/data/unvotes OUT.npy
"""
import csv
import gzip
import sys

import numpy as np


def main(folder, out):
    years = {}
    with gzip.open(f"{folder}/un_roll_calls.csv.gz", "rt", newline="") as f:
        for row in csv.DictReader(f):
            years[row["rcid"]] = int(row["date"][:4])
    rcids = sorted(years, key=int)
    column = {r: i for i, r in enumerate(rcids)}
    code = {"yes": 0, "abstain": 1, "no": 2}
    states, cells = {}, []
    with gzip.open(f"{folder}/un_votes.csv.gz", "rt", newline="") as f:
        for row in csv.DictReader(f):
            s = states.setdefault(row["country"], len(states))
            cells.append((s, column[row["rcid"]], code[row["vote"]]))
    cells = np.array(cells, dtype=np.int32)
    votes = np.full((len(states), len(rcids)), -1, dtype=np.int8)
    votes[cells[:, 0], cells[:, 1]] = cells[:, 2]
    year_of = np.array([years[r] for r in rcids])
    iu = np.triu_indices(len(states), k=1)
    parts = []
    for year in np.unique(year_of):
        v = votes[:, year_of == year]
        y, a, n = ((v == k).astype(np.float32) for k in range(3))
        cast = y + a + n
        joint = cast @ cast.T
        same = y @ y.T + a @ a.T + n @ n.T
        half = y @ a.T + a @ y.T + a @ n.T + n @ a.T
        agree = (same + 0.5 * half)[iu] / np.where(joint[iu] > 0, joint[iu], np.nan)
        keep = joint[iu] > 0
        parts.append(np.column_stack([np.full(keep.sum(), year), iu[0][keep], iu[1][keep], agree[keep], joint[iu][keep]]))
    table = np.vstack(parts)
    np.save(out, table)
    print(f"{len(table)} dyad-years, {len(states)} states, {len(rcids)} roll calls")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
