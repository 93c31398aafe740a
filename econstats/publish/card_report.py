"""What the build's report.json says about the figures a release does not hold, for its card.

A release keeps the build's inputs (manifest.json) but not its rejections, so the card is
written from the report the release step reads (econstats.publish.descriptors.read_report).

>>> report = {"documents": [{"doc_id": "a", "status": "used", "rejected": 3, "repeats": 1}],
...           "rejections": [{"reason": "period-unresolved"}, {"reason": "unit-mismatch"},
...                          {"reason": "period-unresolved"}], "unclaimed": [{}]}
>>> rejection_counts(report)
[('period-unresolved', 2), ('unit-mismatch', 1)]
>>> print(build_summary(report, rows=5).splitlines()[0])
The build read 1 documents (0 files skipped, 0 failed) and published 5 rows. It did not publish:
"""

from __future__ import annotations

from collections import Counter

from econstats.publish.card_tables import md_table

UNLISTED = "(not listed: beyond a document's first 1000)"


def rejection_counts(report: dict) -> list[tuple[str, int]]:
    """(reason, figures) of the build's rejections, most first, then by reason; the items a
    document did not list (over its limit) are counted under UNLISTED."""
    reasons = Counter(str(item.get("reason")) for item in report.get("rejections") or [])
    unlisted = sum(
        int((document.get("unlisted") or {}).get("rejections", 0))
        for document in report.get("documents") or []
    )
    if unlisted:
        reasons[UNLISTED] += unlisted
    return sorted(reasons.items(), key=lambda item: (-item[1], item[0]))


def section_total(report: dict, section: str) -> int:
    """Items of a report section, plus those each document counted but did not list."""
    listed = len(report.get(section) or [])
    unlisted = sum(
        int((document.get("unlisted") or {}).get(section, 0))
        for document in report.get("documents") or []
    )
    return listed + unlisted


def reasons_table(counts: list[tuple[str, object]], what: str) -> str:
    """A two-column table of reasons and counts."""
    return md_table(["Reason", what], [[f"`{reason}`", n] for reason, n in counts])


def build_summary(report: dict | None, rows: int) -> str:
    """The paragraph and tables of the card's limitations that come from the build report."""
    if report is None:
        return (
            "The build report was not available when this card was written, so the counts of "
            "figures the build could not publish are not stated here."
        )
    documents = report.get("documents") or []
    skipped = Counter(str(item.get("reason")) for item in report.get("skipped") or [])
    failed = len(report.get("failed") or [])
    rejections = rejection_counts(report)
    rejected = sum(n for _, n in rejections)
    lines = [
        f"The build read {len(documents)} documents ({sum(skipped.values())} files skipped, "
        f"{failed} failed) and published {rows} rows. It did not publish:",
        "",
        f"- {rejected} figures rejected, each with its reason (counts below);",
        f"- {section_total(report, 'repeats')} repeats: the same figure stated again in the same "
        "document, kept once;",
        f"- {section_total(report, 'unclaimed')} unclaimed figures: numbers no topic's "
        "vocabulary claimed (listed in the build's report.json with their subject phrase);",
        f"- {section_total(report, 'fx_misses')} money levels without a USD value (no "
        "reference rate for their period).",
        "",
        f"Rejected figures by reason ({rejected} in all):",
        "",
        reasons_table(rejections, "Figures") if rejections else "None.",
    ]
    if skipped:
        order = sorted(skipped.items(), key=lambda item: (-item[1], item[0]))
        lines += ["", "Files skipped by reason:", "", reasons_table(order, "Files")]
    return "\n".join(lines)
