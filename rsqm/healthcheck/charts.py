"""Charts of a healthcheck, drawn on the server as SVG.

They work without JavaScript and in the PDF, use attributes rather than ``style`` (the CSP
allows no inline styles), and carry their text alternative in ``<title>`` and ``<desc>``,
which ``aria-labelledby`` names. Colour is never the only cue: every bar is labelled in words.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from rsqm.healthcheck import rules

LABELS = {
    rules.NOT_STARTED: "Not yet started",
    rules.DEVELOPING: "Developing",
    rules.PROGRESSING: "Progressing well",
    rules.IN_PLACE: "Fully in place",
    rules.NOT_APPLICABLE: "Not applicable",
    None: "Not answered",
}

TEXT = "#0b0c0c"
MET = "#00703c"  # 5.7:1 on white
BELOW = "#b10e1e"  # 7:1 on white
TRACK = "#f3f2f1"
GRID = "#505a5f"

WIDTH = 640
CODE_W = 52
BAR_X = CODE_W
BAR_W = 380
LABEL_X = BAR_X + BAR_W + 12
ROW_H = 30
TOP = 34


def _svg(chart_id: str, height: int, title: str, desc: str, body: list[str]) -> SafeString:
    return mark_safe(
        f'<svg class="rsqm-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" font-family="arial, sans-serif">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _scale(body: list[str], height: int) -> None:
    """The four points of the scale across the top."""
    step = BAR_W / len(rules.SCALE)
    for index, rating in enumerate(rules.SCALE):
        x = BAR_X + step * index + step / 2
        body.append(f'<text x="{x:.1f}" y="14" font-size="11" text-anchor="middle" fill="{TEXT}">'
                    f'{escape(LABELS[rating])}</text>')


def _threshold(body: list[str], height: int) -> None:
    """The line a rating must reach to count as ready, drawn over the bars."""
    step = BAR_W / len(rules.SCALE)
    x = BAR_X + step * rules.LEVEL[rules.THRESHOLD]
    body.append(f'<line x1="{x:.1f}" y1="20" x2="{x:.1f}" y2="{height - 2}" stroke="#ffffff" stroke-width="4"/>')
    body.append(f'<line x1="{x:.1f}" y1="20" x2="{x:.1f}" y2="{height - 2}" stroke="{TEXT}" stroke-width="2" '
                f'stroke-dasharray="5 3"/>')


def standard_chart(standard: rules.StandardResult, *, chart_id: str) -> SafeString:
    """One bar per indicator: how far along the four-point scale it is rated, with the line a
    rating must reach to count as ready (APP-HEALTHCHECK) dashed."""
    height = TOP + ROW_H * len(standard.indicators) + 6
    body: list[str] = []
    _scale(body, height)
    step = BAR_W / len(rules.SCALE)
    lines = []
    for row, item in enumerate(standard.indicators):
        y = TOP + ROW_H * row
        body.append(f'<text x="0" y="{y + 17}" font-size="13" font-weight="bold" fill="{TEXT}">{escape(item.code)}</text>')
        body.append(f'<rect x="{BAR_X}" y="{y + 3}" width="{BAR_W}" height="20" fill="{TRACK}"/>')
        if item.rating in rules.LEVEL:
            width = step * (rules.LEVEL[item.rating] + 1)
            colour = MET if item.meets else BELOW
            body.append(f'<rect x="{BAR_X}" y="{y + 3}" width="{width:.1f}" height="20" fill="{colour}"/>')
        else:
            body.append(f'<rect x="{BAR_X + 1}" y="{y + 4}" width="{BAR_W - 2}" height="18" fill="none" '
                        f'stroke="{GRID}" stroke-width="1" stroke-dasharray="2 3"/>')
        body.append(f'<text x="{LABEL_X}" y="{y + 17}" font-size="13" fill="{TEXT}">{escape(LABELS[item.rating])}</text>')
        lines.append(f"{item.code}: {LABELS[item.rating]}")
    _threshold(body, height)
    title = f"Standard {standard.number}, {standard.title}: ratings of its indicators"
    desc = ("; ".join(lines) + ". A rating of progressing well or fully in place counts as ready.") if lines else ""
    return _svg(chart_id, height, title, desc, body)


def overview_chart(verdict: rules.Verdict, *, chart_id: str = "chart-overview") -> SafeString:
    """One bar per standard: the share of its applicable indicators rated at least "progressing well"."""
    height = TOP + ROW_H * len(verdict.standards) + 6
    body: list[str] = []
    for tick in (0, 50, 100):
        x = BAR_X + BAR_W * tick / 100
        body.append(f'<text x="{x:.1f}" y="14" font-size="11" text-anchor="middle" fill="{TEXT}">{tick}%</text>')
        body.append(f'<line x1="{x:.1f}" y1="20" x2="{x:.1f}" y2="{height - 4}" stroke="{GRID}" stroke-width="1"/>')
    lines = []
    for row, standard in enumerate(verdict.standards):
        y = TOP + ROW_H * row
        applicable = len(standard.applicable)
        body.append(f'<text x="0" y="{y + 17}" font-size="13" font-weight="bold" fill="{TEXT}">{standard.number}</text>')
        body.append(f'<rect x="{BAR_X}" y="{y + 3}" width="{BAR_W}" height="20" fill="{TRACK}"/>')
        if applicable:
            share = standard.met_count / applicable
            colour = MET if standard.ready else BELOW
            if share:
                body.append(f'<rect x="{BAR_X}" y="{y + 3}" width="{BAR_W * share:.1f}" height="20" fill="{colour}"/>')
            label = f"{standard.met_count} of {applicable}" + (" – ready" if standard.ready else "")
        else:
            label = "None applicable" if standard.all_not_applicable else "Not answered"
        body.append(f'<text x="{LABEL_X}" y="{y + 17}" font-size="13" fill="{TEXT}">{escape(label)}</text>')
        lines.append(f"Standard {standard.number}, {standard.title}: {label}")
    title = "Each standard: applicable indicators rated at least progressing well"
    return _svg(chart_id, height, title, "; ".join(lines) + ".", body)
