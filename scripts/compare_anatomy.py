#!/usr/bin/env python3
"""Builds a side-by-side comparison scene: the built-in model's bones next to the Visible
Human Female's right foot and leg bones from ../shared/data/anatomy (CC BY 4.0), written
as one OBJ (one object per bone) that the app can open.

The real surfaces are read at run time and never stored in the project.

  scripts/compare_anatomy.py OUT.obj [--gap MM]
  build/ankle-atlas OUT.obj --up y --units mm --screenshot /tmp/cmp.png --view superior

--foot keeps the foot bones only; the real foot, frozen pointed, is turned to stand.
--only calca,talus keeps the bones whose names contain one of the words (calcaneus and
the real "Calcaneous" both match "calca").
"""
import argparse
import glob
import json
import math
import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VHF = os.path.join(ROOT, "..", "shared", "data", "anatomy", "visible-human-andreassen2022", "VHF_surfaces", "Right")


def read_stl(path):
    with open(path, "rb") as f:
        data = f.read()
    count = struct.unpack_from("<I", data, 80)[0]
    tris = []
    for i in range(count):
        off = 84 + i * 50 + 12
        v = struct.unpack_from("<9f", data, off)
        tris.append((v[0:3], v[3:6], v[6:9]))
    return tris


def vhf_to_model(p):
    # VHF: +Z up, +Y anterior, +X subject's right. Model: +Y up, +Z anterior, +X subject's left.
    return (-p[0], p[2], p[1])


def read_glb(path):
    with open(path, "rb") as f:
        data = f.read()
    json_len = struct.unpack_from("<I", data, 12)[0]
    doc = json.loads(data[20:20 + json_len])
    bin_start = 20 + json_len + 8
    meshes = {}
    for node in doc["nodes"]:
        if "mesh" not in node:
            continue
        prim = doc["meshes"][node["mesh"]]["primitives"][0]
        pos = accessor(doc, data, bin_start, prim["attributes"]["POSITION"])
        idx = accessor(doc, data, bin_start, prim["indices"])
        s = node.get("scale", [1, 1, 1])
        t = node.get("translation", [0, 0, 0])
        pts = [tuple(1000.0 * (p[k] * s[k] + t[k]) for k in range(3)) for p in pos]
        meshes[node.get("name", "?")] = [(pts[idx[i][0]], pts[idx[i + 1][0]], pts[idx[i + 2][0]])
                                         for i in range(0, len(idx), 3)]
    return meshes


def accessor(doc, data, bin_start, index):
    acc = doc["accessors"][index]
    view = doc["bufferViews"][acc["bufferView"]]
    start = bin_start + view.get("byteOffset", 0) + acc.get("byteOffset", 0)
    comps = {"SCALAR": 1, "VEC3": 3}[acc["type"]]
    fmt = {5126: "f", 5125: "I", 5123: "H"}[acc["componentType"]]
    size = struct.calcsize(fmt) * comps
    stride = view.get("byteStride", size)
    return [struct.unpack_from("<" + fmt * comps, data, start + i * stride) for i in range(acc["count"])]


def rotate_x(p, angle, pivot):
    c, s = math.cos(angle), math.sin(angle)
    y, z = p[1] - pivot[1], p[2] - pivot[2]
    return (p[0], pivot[1] + c * y - s * z, pivot[2] + s * y + c * z)


def plant_foot(real):
    calc = [p for n, t in real if n == "Calcaneous" for tri in t for p in tri]
    fore = [p for n, t in real if n == "Phalanges" for tri in t for p in tri]
    pivot = calc[0]
    def gap(a):
        return min(rotate_x(p, a, pivot)[1] for p in calc[::7]) - min(rotate_x(p, a, pivot)[1] for p in fore[::7])
    best = min((abs(gap(math.radians(d))), d) for d in range(-80, 81))[1]
    a = math.radians(best)
    print(f"real foot turned {best} deg about x to stand")
    return [(n, [tuple(rotate_x(p, a, pivot) for p in tri) for tri in t]) for n, t in real]


def write_obj(path, groups):
    with open(path, "w") as f:
        base = 1
        for name, tris in groups:
            f.write(f"o {name}\n")
            for tri in tris:
                for p in tri:
                    f.write(f"v {p[0]:.3f} {p[1]:.3f} {p[2]:.3f}\n")
            for i in range(len(tris)):
                f.write(f"f {base + 3 * i} {base + 3 * i + 1} {base + 3 * i + 2}\n")
            base += 3 * len(tris)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--gap", type=float, default=110.0, help="x offset of the real bones (mm)")
    ap.add_argument("--foot", action="store_true", help="foot bones only (no femur, tibia, fibula, patella)")
    ap.add_argument("--ahead", action="store_true",
                    help="put the real bones in front of the model (z) instead of beside it (x): for side views")
    ap.add_argument("--model", default=os.path.join(ROOT, "models", "foot_ankle.glb"),
                    help="our model file (e.g. a partial one from ankle-atlas-modelgen --only ... --partial)")
    ap.add_argument("--only", default="", help="comma-separated words: keep the bones whose names contain one")
    args = ap.parse_args()
    if not os.path.isdir(VHF):
        sys.exit(f"{VHF}: not found (the comparison needs ../shared)")
    model = read_glb(args.model)
    soft = ("achilles", "bursa", "fat_pad", "skin", "gastrocnemius", "soleus", "fascia", "spur")
    if args.foot:
        soft += ("femur", "tibia", "fibula", "patella")
    groups = [(n, t) for n, t in model.items() if not any(s in n for s in soft)]
    real = []
    for f in sorted(glob.glob(os.path.join(VHF, "VHF_Right_Bone_*.stl"))):
        if args.foot and ("Tibia" in f or "Fibula" in f):
            continue
        real.append((os.path.basename(f)[15:-11], [tuple(vhf_to_model(p) for p in tri) for tri in read_stl(f)]))
    # The Visible Human was frozen lying down with the foot pointed: turn the real foot about
    # the x axis until heel and forefoot rest on the same floor.
    real = plant_foot(real)
    # Put the real foot on the floor with its heel level with the model's heel.
    model_heel = min(p[2] for _, t in groups if _ == "calcaneus" for tri in t for p in tri)
    ys = [p[1] for n, t in real for tri in t for p in tri if n not in ("Tibia", "Fibula")]
    calc = [p for n, t in real if n == "Calcaneous" for tri in t for p in tri]
    dx = args.gap - sum(p[0] for p in calc) / len(calc)
    dy = -min(ys)
    dz = model_heel - min(p[2] for p in calc)
    if args.ahead:
        model_calc = [p for n, t in groups if n == "calcaneus" for tri in t for p in tri]
        dx = sum(p[0] for p in model_calc) / len(model_calc) - sum(p[0] for p in calc) / len(calc)
        dz += args.gap
    real = [("real_" + n.lower(), [tuple((p[0] + dx, p[1] + dy, p[2] + dz) for p in tri) for tri in t]) for n, t in real]
    if args.only:
        words = [w.strip().lower() for w in args.only.split(",") if w.strip()]
        groups = [(n, t) for n, t in groups if any(w in n.lower() for w in words)]
        real = [(n, t) for n, t in real if any(w in n.lower() for w in words)]
    write_obj(args.out, groups + real)
    print(f"wrote {args.out}: {len(groups)} model bones + {len(real)} real bones")


if __name__ == "__main__":
    main()
