#!/usr/bin/env python3
"""Reads wasm-pack.toml, the project's build manifest, for the shell scripts.

  manifest.py KEY.PATH      prints a value (lists space-separated)
  manifest.py outputs       prints "name wasm-bindgen-target out-dir" a line
"""
import pathlib
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    with open(ROOT / "wasm-pack.toml", "rb") as f:
        manifest = tomllib.load(f)
    if argv[0] == "outputs":
        for out in manifest["output"]:
            print(out["name"], out["wasm-bindgen-target"], out["out-dir"])
        return
    value = manifest
    for part in argv[0].split("."):
        if not isinstance(value, dict) or part not in value:
            sys.exit("wasm-pack.toml has no %s" % argv[0])
        value = value[part]
    print(" ".join(map(str, value)) if isinstance(value, list) else value)


if __name__ == "__main__":
    main(sys.argv[1:])
