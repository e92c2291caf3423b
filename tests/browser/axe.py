"""Run axe-core in a Playwright page and describe what it finds."""

from functools import cache
from importlib import resources

# The widths every page is checked at (CSS pixels).
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@cache
def axe_source():
    """axe.min.js as bundled by the axe-playwright-python package."""
    return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text("utf-8")


def run_axe(page, tags=WCAG_21_AA):
    """The axe-core results for the page (injected by evaluate, which a CSP cannot block)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    return page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        list(tags),
    )


def describe_violations(violations):
    """One block per violation: rule id, impact, help text and every failing node."""
    lines = []
    for violation in violations:
        rule, impact = violation["id"], violation["impact"]
        lines.append(f"{rule} [{impact}]: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    {target}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"        {summary}")
    return "\n".join(lines)
