"""The import graph of the app has no circles (import-linter checks the layers; this checks every module pair)."""

from __future__ import annotations

import grimp


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other, directly or round about (Tarjan's strongly connected parts)."""
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i.startswith("gui"))
             for m in graph.modules if m.startswith("gui")}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    work.append((child, iter(edges.get(child, ()))))
                elif child in stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_module_imports_itself_round_about():
    assert _cycles(grimp.build_graph("gui")) == []


def test_the_cycle_finder_finds_a_circle():
    graph = grimp.ImportGraph()
    for name in ("gui.a", "gui.b", "gui.c"):
        graph.add_module(name)
    graph.add_import(importer="gui.a", imported="gui.b")
    graph.add_import(importer="gui.b", imported="gui.c")
    graph.add_import(importer="gui.c", imported="gui.a")
    assert _cycles(graph) == [["gui.a", "gui.b", "gui.c"]]
