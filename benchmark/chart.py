#!/usr/bin/env python3
"""Draws BENCHMARKS.md's chart from the benchmark's JSON line (target/benchmark/result.json):
throughput against client count beside pgbench's single-insert rate (log scale, as they lie
two orders of magnitude apart), and command latency p99 against the 50 ms target.

    python3 benchmark/chart.py target/benchmark/result.json > benchmark-chart.svg
"""
import json
import math
import sys

WIDTH, HEIGHT = 760, 340
PANEL_W, PANEL_H, TOP, LEFT = 300, 220, 50, 70
CLIENTS = (1, 16)


def bar_panel(x0, title, series, log, unit, target=None):
    """series: [(label, colour, {clients: value})]; one group of bars per client count."""
    values = [v for _, _, by in series for v in by.values() if v]
    if target:
        values.append(target[1])
    top = max(values) * (3 if log else 1.2)
    bottom = 1 if log else 0

    def y(v):
        if log:
            fraction = (math.log10(max(v, bottom)) - math.log10(bottom)) / (math.log10(top) - math.log10(bottom))
        else:
            fraction = v / top
        return TOP + PANEL_H - fraction * PANEL_H

    out = [f'<text x="{x0 + PANEL_W / 2}" y="{TOP - 22}" text-anchor="middle" font-weight="bold">{title}</text>',
           f'<line x1="{x0}" y1="{TOP + PANEL_H}" x2="{x0 + PANEL_W}" y2="{TOP + PANEL_H}" stroke="#333"/>',
           f'<line x1="{x0}" y1="{TOP}" x2="{x0}" y2="{TOP + PANEL_H}" stroke="#333"/>',
           f'<text x="{x0 - 8}" y="{TOP - 6}" text-anchor="end" font-size="11">{unit}</text>']
    ticks = [10 ** e for e in range(0, int(math.log10(top)) + 1)] if log else [top / 1.2 * f for f in (0, .5, 1)]
    for t in ticks:
        out.append(f'<text x="{x0 - 6}" y="{y(t) + 4}" text-anchor="end" font-size="11">{t:,.0f}</text>')
        out.append(f'<line x1="{x0}" y1="{y(t)}" x2="{x0 + PANEL_W}" y2="{y(t)}" stroke="#ddd"/>')
    group_w = PANEL_W / len(CLIENTS)
    bar_w = group_w * 0.7 / len(series)
    for g, clients in enumerate(CLIENTS):
        gx = x0 + g * group_w + group_w * 0.15
        out.append(f'<text x="{x0 + (g + .5) * group_w}" y="{TOP + PANEL_H + 16}" text-anchor="middle" '
                   f'font-size="12">{clients} client{"s" if clients > 1 else ""}</text>')
        for s, (label, colour, by) in enumerate(series):
            v = by.get(clients)
            if v is None:
                continue
            bx = gx + s * bar_w
            out.append(f'<rect x="{bx:.1f}" y="{y(v):.1f}" width="{bar_w - 4:.1f}" '
                       f'height="{TOP + PANEL_H - y(v):.1f}" fill="{colour}"/>')
            out.append(f'<text x="{bx + (bar_w - 4) / 2:.1f}" y="{y(v) - 4:.1f}" text-anchor="middle" '
                       f'font-size="10">{v:,.0f}</text>')
    if target:
        label, value = target
        out.append(f'<line x1="{x0}" y1="{y(value):.1f}" x2="{x0 + PANEL_W}" y2="{y(value):.1f}" '
                   f'stroke="#c00" stroke-dasharray="5,3"/>')
        out.append(f'<text x="{x0 + PANEL_W}" y="{y(value) - 4:.1f}" text-anchor="end" font-size="11" '
                   f'fill="#c00">{label}</text>')
    for s, (label, colour, _) in enumerate(series):
        ly = TOP + PANEL_H + 34 + s * 16
        out.append(f'<rect x="{x0}" y="{ly - 10}" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text x="{x0 + 16}" y="{ly}" font-size="11">{label}</text>')
    return out


def main(path):
    with open(path) as f:
        result = json.load(f)
    fig = result["figures"]
    throughput = [("ours: HTTP commands/s", "#1f77b4", {c: fig.get(f"commands_per_s_{c}") for c in CLIENTS}),
                  ("pgbench single-insert tps", "#aaa", {c: fig.get(f"pgbench_tps_{c}") for c in CLIENTS})]
    latency = [("ours: command p99 (ms)", "#ff7f0e", {c: fig.get(f"command_p99_ms_{c}") for c in CLIENTS})]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT + 40}" '
             f'font-family="sans-serif" font-size="12">',
             f'<rect width="100%" height="100%" fill="white"/>',
             f'<text x="{WIDTH / 2}" y="16" text-anchor="middle" font-size="13">labor-cases, {result["mode"]} run of '
             f'{result["date"][:10]}, {result.get("cores", "?")} cores, PostgreSQL {result.get("postgresql", "?")[:5]}'
             f'</text>']
    parts += bar_panel(LEFT, "Throughput (log scale)", throughput, True, "per s")
    parts += bar_panel(LEFT + PANEL_W + 90, "Command latency p99", latency, False, "ms", ("target 50 ms", 50))
    parts.append("</svg>")
    print("\n".join(parts))


if __name__ == "__main__":
    main(sys.argv[1])
