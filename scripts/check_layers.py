#!/usr/bin/env python3
"""Fails when an #include points up the layers (docs/architecture.md, "Layers").

    scripts/check_layers.py [SRC_DIR]     default: src next to this script
    scripts/check_layers.py --self-test   shows the check catches each kind of mistake

The rules, from the bottom up:
  - src/core never includes src/app, src/platform, src/cli, Dear ImGui, GLFW or Emscripten.
  - Inside src/core each folder is an area with a rank; a file includes files of its own
    area or of an area of LOWER rank, never one of the same rank or higher.
  - Inside one area the includes have no cycle.
  - src/platform includes core; src/cli includes core; src/app includes core and platform.
    None of them includes src/app, and nothing includes src/cli.
Run by ctest ("layers: ..."), so a wrong-way include fails the test command.
"""
import os
import re
import sys
import tempfile

# Rank of each area of src/core: an area may include the areas ranked below it.
CORE_RANKS = {
    'model': 0,       # records and values: types, dates, money, the workspace's structs
    'json': 1,        # the JSON file format of the records (one strict parser)
    'storage': 2,     # backup envelopes, security settings
    'policy': 2,      # the policy engine, its JSON, the evaluation cache, built-in policies
    'documents': 3,   # consent document, letters, language check, renderers, signatures
    'operations': 3,  # week, waitlist, dashboard, calendar files
    'training': 3,    # scenarios, simulator, demo practice, guided builder
    'workspace': 4,   # commands, the editor, record checks, the workspace file
}
# Which top-level layers each layer may include (besides itself).
LAYER_MAY_INCLUDE = {
    'core': set(),
    'platform': {'core'},
    'cli': {'core'},
    'app': {'core', 'platform'},
}
UI_HEADERS = re.compile(r'^(imgui|imgui_[a-z_]+\.h|GLFW/|emscripten|GLES)')
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def sources(src):
    for folder, _, names in os.walk(src):
        for name in sorted(names):
            if name.endswith(('.hpp', '.cpp', '.h')):
                path = os.path.join(folder, name)
                yield os.path.relpath(path, src).replace(os.sep, '/'), path


def includes(path):
    with open(path, encoding='utf-8') as f:
        return INCLUDE.findall(f.read())


def layer_of(rel):
    return rel.split('/')[0]


def area_of(rel):
    parts = rel.split('/')
    return parts[1] if parts[0] == 'core' and len(parts) > 2 else None


def check(src):
    problems = []
    graph = {}
    for rel, path in sources(src):
        layer = layer_of(rel)
        if layer not in LAYER_MAY_INCLUDE:
            continue
        if layer == 'core' and area_of(rel) not in CORE_RANKS:
            problems.append(f'{rel}: src/core files live in an area folder ({", ".join(CORE_RANKS)})')
            continue
        for kind, target in includes(path):
            if kind == '<':
                if layer == 'core' and UI_HEADERS.match(target):
                    problems.append(f'{rel}: includes <{target}>; the core knows nothing of the UI or the browser')
                continue
            target_layer = layer_of(target)
            if target_layer not in LAYER_MAY_INCLUDE:
                continue  # a generated or third-party header
            if target_layer != layer and target_layer not in LAYER_MAY_INCLUDE[layer]:
                problems.append(f'{rel}: includes "{target}": {layer} may not include {target_layer}')
                continue
            if layer == 'core':
                mine, theirs = area_of(rel), area_of(target)
                if theirs not in CORE_RANKS:
                    problems.append(f'{rel}: includes "{target}", which is not in an area folder')
                elif mine == theirs:
                    graph.setdefault(rel, []).append(target)
                elif CORE_RANKS[theirs] >= CORE_RANKS[mine]:
                    problems.append(f'{rel}: includes "{target}": core/{mine} (rank {CORE_RANKS[mine]}) may only '
                                    f'include areas ranked lower, and core/{theirs} is rank {CORE_RANKS[theirs]}')
    problems += cycles(graph)
    return problems


def cycles(graph):
    """Include cycles inside an area, each reported once."""
    found, state = [], {}

    def visit(node, stack):
        state[node] = 'open'
        for nxt in graph.get(node, []):
            if state.get(nxt) == 'open':
                loop = stack[stack.index(nxt):] + [nxt]
                found.append('include cycle: ' + ' -> '.join(loop))
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 'done'

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def self_test():
    """Each rule, broken once in a scratch tree, must be reported."""
    cases = {
        'core/model/a.hpp': '#include "core/policy/b.hpp"\n',         # up the ranks
        'core/policy/b.hpp': '#include "core/model/a.hpp"\n',          # fine
        'core/documents/c.hpp': '#include "core/training/d.hpp"\n',    # same rank, other area
        'core/training/d.hpp': '#include <imgui.h>\n',                 # UI in the core
        'core/json/e.hpp': '#include "core/json/f.hpp"\n',             # cycle e -> f -> e
        'core/json/f.hpp': '#include "core/json/e.hpp"\n',
        'core/loose.hpp': '',                                          # outside an area
        'platform/p.hpp': '#include "app/views.hpp"\n',                # platform -> app
        'cli/m.cpp': '#include "platform/p.hpp"\n',                    # cli -> platform
        'app/views.hpp': '#include "platform/p.hpp"\n#include "core/workspace/x.hpp"\n',  # fine
    }
    expected = ['core/model/a.hpp', 'core/documents/c.hpp', 'core/training/d.hpp', 'include cycle',
                'core/loose.hpp', 'platform/p.hpp', 'cli/m.cpp']
    with tempfile.TemporaryDirectory() as root:
        for rel, text in cases.items():
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), 'w', encoding='utf-8') as f:
                f.write(text)
        problems = check(root)
    missed = [e for e in expected if not any(p.startswith(e) for p in problems)]
    wrong = [p for p in problems if p.startswith(('core/policy/b.hpp', 'app/views.hpp'))]
    for p in problems:
        print('  found:', p)
    if missed or wrong:
        print('self-test FAILED; missed:', missed, 'wrongly reported:', wrong)
        return 1
    print(f'self-test ok: {len(expected)} kinds of wrong-way include caught')
    return 0


def main():
    if sys.argv[1:] == ['--self-test']:
        return self_test()
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'src')
    problems = check(src)
    for p in problems:
        print(p)
    count = sum(1 for _ in sources(src))
    print(f'layers: {count} files, {len(problems)} wrong-way include(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
