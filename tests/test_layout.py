"""The package reads as the pipeline: each stage imports only itself and earlier stages,
and no module imports itself back through another (docs/design.md, "Layout")."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

STAGES = ("core", "read", "extract", "mapping", "validation", "formats", "store", "pipeline", "cli")
"""The pipeline's order: `kb/<stage>/` or `kb/<stage>.py`; the rest of `kb/` is core."""

PACKAGE = ROOT / "kb"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage(module: str) -> int:
    parts = module.split(".")
    if module == "kb.__main__":
        return STAGES.index("cli")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else 0


def imports(path: Path) -> set[str]:
    """The kb modules `path` imports, anywhere in it (lazy imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("kb"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kb"):
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in MODULES else node.module)
    return found


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}
GRAPH = {module: imports(path) for module, path in MODULES.items()}


def test_no_module_imports_a_later_stage() -> None:
    backwards = [
        f"{module} ({STAGES[stage(module)]}) imports {target} ({STAGES[stage(target)]})"
        for module, targets in GRAPH.items()
        for target in targets
        if stage(target) > stage(module)
    ]
    assert backwards == []


def test_the_import_graph_has_no_cycle() -> None:
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> list[str]:
        if module in path:
            return [" → ".join((*path[path.index(module) :], module))]
        if module in done:
            return []
        cycles = [
            c for target in sorted(GRAPH.get(module, ())) for c in visit(target, (*path, module))
        ]
        done.add(module)
        return cycles

    assert [cycle for module in sorted(GRAPH) for cycle in visit(module, ())] == []


def test_every_stage_has_its_home() -> None:
    for name in STAGES[1:]:
        assert (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").is_file(), name
