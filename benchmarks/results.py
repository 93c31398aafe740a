"""benchmarks/RESULTS.md from the measurements of one run: figures, ratios, targets, profile."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from benchmarks.runner import Measured

TARGETS = {
    "end_to_end_mb_s": 10.0,
    "end_to_end_vs_regex": 0.2,
    "extraction_vs_quantulum": 100.0,
    "jobs_speedup": 1.8,
    "jobs_speedup_large": 1.8,
    "rss_spread": 0.2,
    "rss_max_mb": 500.0,
}


def row(measured: Measured) -> str:
    """One line of the figures table."""
    result = measured.result
    if not result["bytes"]:  # the listing: no text read
        return (
            f"| {measured.label} | | {result['documents']:,} | {measured.seconds:,.2f} | | "
            f"| {measured.peak_mb:,.0f} | base_mb {result.get('base_mb', 0):.0f} |"
        )
    keys = ("rows", "matches", "quantities", "identical", "base_mb")
    extra = ", ".join(
        f"{k} {result[k]:.0f}" if k == "base_mb" else f"{k} {result[k]}"
        for k in keys
        if k in result
    )
    return (
        f"| {measured.label} | {result['bytes'] / 1e6:,.1f} | {result['documents']:,} "
        f"| {measured.seconds:,.2f} | {measured.mb_per_s:,.3f} | {measured.docs_per_s:,.1f} "
        f"| {measured.peak_mb:,.0f} | {extra} |"
    )


def ratios(found: dict[str, Measured]) -> dict[str, float]:
    """The ratios the targets are stated in."""
    out: dict[str, float] = {}
    regex = found["regex"].mb_per_s
    if "build_1" in found:
        out["end_to_end_mb_s"] = found["build_1"].mb_per_s
        out["end_to_end_vs_regex"] = found["build_1"].mb_per_s / regex
    out["extraction_vs_regex"] = found["extract"].mb_per_s / regex
    if "quantulum" in found:
        out["extraction_vs_quantulum"] = (
            found["extract_slice"].mb_per_s / found["quantulum"].mb_per_s
        )
    if "build_n" in found:
        out["jobs_speedup"] = found["build_1"].seconds / found["build_n"].seconds
    if "build_large_n" in found:
        out["jobs_speedup_large"] = found["build_large"].seconds / found["build_large_n"].seconds
    if "build_large" in found:
        small, large = found["build_1"].peak_mb, found["build_large"].peak_mb
        out["rss_spread"] = max(small, large) / min(small, large) - 1
        out["rss_max_mb"] = max(small, large)
        if "listing_large" in found:  # what the listing and catalog add, measured alone
            small -= found["listing"].peak_mb - found["listing"].result.get("base_mb", 0)
            large -= found["listing_large"].peak_mb - found["listing_large"].result.get(
                "base_mb", 0
            )
            out["rss_spread_beyond_listing"] = max(small, large) / min(small, large) - 1
    return out


def verdict(name: str, value: float) -> str:
    """'met' or 'not met' for a ratio with a target."""
    target = TARGETS.get(name)
    if target is None:
        return ""
    good = value <= target if name in ("rss_spread", "rss_max_mb") else value >= target
    sign = "<=" if name in ("rss_spread", "rss_max_mb") else ">="
    return f"{sign} {target:g}: {'met' if good else 'NOT met'}"


def render(found: dict[str, Measured], info: dict[str, Any]) -> str:
    """The whole of RESULTS.md."""
    lines = [
        "# Benchmark results",
        "",
        "Written by `python -m benchmarks` (see README, section Benchmarks); do not edit by hand.",
        "",
        f"- date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- command: `{info['command']}`",
        *(f"- {key}: {value}" for key, value in info["machine"].items()),
        f"- load average at the end: {info['load_end']}",
        f"- corpora: {info['corpora']}",
        "",
        "## Figures",
        "",
        "| measurement | MB | documents | seconds | MB/s | docs/s | peak RSS MB | found |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
        *(row(measured) for measured in found.values()),
        "",
        "Extraction and the baselines time only their own work on text already read and decoded;"
        " builds are wall time of the whole `econstats build` (reading, extraction, Parquet,"
        " report). Each stage and each build of the main corpus is the fastest of `--repeat`"
        " runs, taken in turn (builds alternating --jobs 1 and --jobs N), so that a slow spell"
        " of the machine does not decide a ratio; the large corpus is built once with each."
        " Peak RSS is the largest process of each measurement (of all its runs).",
        "",
        "## Ratios and targets (issue 7)",
        "",
        "| ratio | value | target |",
        "|---|---:|---|",
        *(
            f"| {name} | {value:,.3f} | {verdict(name, value)} |"
            for name, value in ratios(found).items()
        ),
        "",
    ]
    if "profile" in found:
        lines += profile_lines(found["profile"])
    return "\n".join(lines) + "\n"


def profile_lines(profile: Measured) -> list[str]:
    """Where extraction time goes, by own time (cProfile on the slice)."""
    total = profile.result["seconds"]
    lines = [
        "## Where extraction time goes",
        "",
        f"cProfile over the first {profile.result['bytes'] / 1e6:.1f} MB "
        f"({total:.2f} s under the profiler), functions by own time:",
        "",
        "| function | own s | share | cumulative s |",
        "|---|---:|---:|---:|",
    ]
    for entry in profile.result["top"]:
        share = entry["own"] / total if total else 0.0
        lines.append(
            f"| `{entry['function']}` | {entry['own']:.3f} | {share:.0%} | {entry['cumulative']:.3f} |"
        )
    return lines + [""]
