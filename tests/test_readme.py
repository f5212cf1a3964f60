"""The README's promises: its set-up commands, its Python quick start, and a wheel built from a clean clone."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, re.S)


def _setup_commands() -> list[str]:
    section = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return [line for block in re.findall(r"```bash\n(.*?)```", section, re.S)
            for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_readme_gives_two_setup_commands_and_ci_runs_the_test_one():
    demo, tests = _setup_commands()
    assert "pip install ." in demo and "kgmem demo" in demo
    assert tests == "bash scripts/test.sh"
    assert "scripts/test.sh" in (REPO / ".ci" / "run").read_text()


def test_python_quick_start_runs(tmp_path: Path):
    code = next(b for b in _blocks("python") if "memory.remember" in b)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "my-memory" / "kgmem.json").exists()


def test_a_wheel_from_a_clean_clone_runs_the_demo(tmp_path: Path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
    # the working tree under test may hold uncommitted changes: build from it, but only its tracked files
    files = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, files):
        src, dst = REPO / name.decode(), clone / name.decode()
        if src.is_file():
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(src.read_bytes())
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "dist"), str(clone)],
                   check=True, capture_output=True)
    (wheel,) = (tmp_path / "dist").glob("kg_memory-*.whl")
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)], check=True)
    assert (target / "kg_memory" / "ontologies" / "kg-memory.ttl").exists()
    assert (target / "kg_memory" / "queries" / "facts-about.rq").exists()
    for model in ("recall/recall_adapter.npz", "recall/recall_ranker.json", "fuzzy/default_encoder.npz"):  # trained, shipped
        assert (target / "kg_memory" / model).stat().st_size > 1_000, model
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target), HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-c", "import kg_memory.cli as c; print(c.__file__); c.main()", "demo", "-o", "demo.html"],
                         cwd=run_dir, capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0].startswith(str(target))
    assert "London" in out.stdout and "北京" in out.stdout
    assert (run_dir / "demo.html").stat().st_size > 10_000
