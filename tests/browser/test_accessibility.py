"""axe-core over every public page in English, French and Arabic, with the demo catalogue loaded.

The suite fails on any WCAG 2.x A/AA violation of serious or critical impact, on any structural
problem (heading order, landmarks, skip link) whatever axe's impact for it, and on a page without
exactly one h1. Each page is also checked for its status and the lang and dir of <html>.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from io import StringIO
from pathlib import Path

import axe_playwright_python
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import Page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
# axe files these under "best-practice" with a moderate impact; for us they are WCAG 1.3.1 and 2.4.1.
STRUCTURE_RULES = [
    "page-has-heading-one",
    "heading-order",
    "landmark-one-main",
    "landmark-unique",
    "landmark-no-duplicate-banner",
    "landmark-no-duplicate-contentinfo",
    "region",
    "skip-link",
]
LANGUAGES = {"en": "ltr", "fr": "ltr", "ar": "rtl"}


@dataclass(frozen=True)
class PublicPage:
    """A page to check: how to reach it and the status it should answer."""

    name: str
    path: str
    status: int = 200
    # A form to send empty before checking (the error state of the page).
    submit: str | None = None


def url(language: str, name: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def public_pages(language: str) -> list[PublicPage]:
    """Every public page of the demo site in one language."""
    today = timezone.localdate()
    shoot = (today + timedelta(days=120)).isoformat()
    estimate = (
        f"spend=2000000&currency=USD&format=feature&shooting_days=20&set_building_days=0&shoot_start={shoot}"
    )
    month = {"year": today.year, "month": today.month}
    return [
        PublicPage("home", url(language, "kfilms:home")),
        PublicPage("about", url(language, "kfilms:about")),
        PublicPage("contact", url(language, "kfilms:contact")),
        PublicPage("studio", url(language, "studios:studio")),
        PublicPage("facility list", url(language, "studios:facility-list")),
        PublicPage("facility list, bad filter", url(language, "studios:facility-list") + "?min_area=x", 400),
        PublicPage("facility", url(language, "studios:facility-detail", slug="backlot")),
        PublicPage("planned facility", url(language, "studios:facility-detail", slug="new-sound-stage")),
        PublicPage("studio availability", url(language, "studios:availability")),
        PublicPage(
            "facility availability month",
            url(language, "studios:facility-availability-month", slug="sound-stage", **month),
        ),
        PublicPage("students programme", url(language, "studios:student-programme")),
        PublicPage("student request form", url(language, "studios:student-request")),
        PublicPage(
            "student request form, failed submit",
            url(language, "studios:student-request"),
            400,
            submit="form.students-form",
        ),
        PublicPage("productions list", url(language, "productions:production-list")),
        PublicPage(
            "productions list, bad filter", url(language, "productions:production-list") + "?year=x", 400
        ),
        PublicPage("production", url(language, "productions:production-detail", slug="homeland-season-8")),
        PublicPage("incentives", url(language, "productions:incentives")),
        PublicPage("incentives with an estimate", url(language, "productions:incentives") + "?" + estimate),
        PublicPage("incentives with bad figures", url(language, "productions:incentives") + "?spend=-5", 400),
        PublicPage("enquiry form", url(language, "productions:enquiry-create")),
        PublicPage(
            "enquiry form, failed submit",
            url(language, "productions:enquiry-create"),
            400,
            submit="form.enquiry-form",
        ),
        PublicPage("404", f"/{language}/no-such-page/", 404),
    ]


def start_axe(page) -> None:
    """Start axe on the page as it is now, without waiting: the three languages' tabs work at once."""
    # runOnly picks the WCAG rules; `rules` adds the structural ones on top, in the same pass.
    page.evaluate(
        """([tags, structure]) => {
            const rules = Object.fromEntries(structure.map((id) => [id, {enabled: true}]));
            const root = document.documentElement;
            window.kfAxe = axe
                .run(document, {runOnly: {type: "tag", values: tags}, rules, resultTypes: ["violations"]})
                .then((results) => ({
                    violations: results.violations,
                    lang: root.lang,
                    dir: root.dir,
                    h1: document.querySelectorAll("h1").length,
                }));
        }""",
        [WCAG_TAGS, STRUCTURE_RULES],
    )


def axe_result(page) -> dict:
    """What axe found, once it is done; only the violations that fail the suite are kept."""
    result = page.evaluate("() => window.kfAxe")
    result["violations"] = [
        v for v in result["violations"] if v["impact"] in BLOCKING_IMPACTS or v["id"] in STRUCTURE_RULES
    ]
    return result


def describe(language: str, target: PublicPage, violation: dict) -> str:
    nodes = "\n".join(
        f"      {' '.join(map(str, node['target']))}: {node['failureSummary'].splitlines()[-1].strip()}"
        for node in violation["nodes"][:6]
    )
    more = f"\n      ... and {len(violation['nodes']) - 6} more" if len(violation["nodes"]) > 6 else ""
    return (
        f"[{language}] {target.name} ({target.path}): {violation['id']} ({violation['impact']}): "
        f"{violation['help']}\n{nodes}{more}"
    )


def visit(page, target: PublicPage) -> int:
    """Open the page (and send its form empty when asked); the status of the last response."""
    response = page.goto(target.path)
    if target.submit:
        with page.expect_navigation() as navigation:
            page.locator(f"{target.submit} [type=submit]").last.click()
        response = navigation.value
    return response.status


@pytest.fixture
def demo_site(transactional_db, settings) -> None:
    call_command("seed_demo", "--force", stdout=StringIO())
    # The empty form is refused for its fields, not for being sent too fast.
    settings.SPAM_MIN_FILL_SECONDS = 0


@pytest.fixture
def tabs(browser, live_server) -> Iterator[dict[str, Page]]:
    """One browser context per language, each with axe-core loaded into every page it opens."""
    contexts = {}
    for language in LANGUAGES:
        contexts[language] = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 900}
        )
        contexts[language].add_init_script(path=AXE_JS)
    tabs = {language: context.new_page() for language, context in contexts.items()}
    for tab in tabs.values():
        tab.set_default_timeout(10_000)
    yield tabs
    for context in contexts.values():
        context.close()


def test_every_public_page_has_no_serious_accessibility_violation(tabs, demo_site):
    pages = {language: public_pages(language) for language in LANGUAGES}
    problems: list[str] = []
    for index in range(len(pages["en"])):
        checked = []
        for language, tab in tabs.items():
            target = pages[language][index]
            status = visit(tab, target)
            if status != target.status:
                problems.append(
                    f"[{language}] {target.name} ({target.path}): status {status}, not {target.status}"
                )
                continue
            start_axe(tab)
            checked.append((language, target))
        for language, target in checked:
            result = axe_result(tabs[language])
            if (result["lang"], result["dir"]) != (language, LANGUAGES[language]):
                html = f"{result['lang']}/{result['dir']}"
                problems.append(f"[{language}] {target.name} ({target.path}): <html> has lang/dir {html}")
            if result["h1"] != 1:
                problems.append(
                    f"[{language}] {target.name} ({target.path}): {result['h1']} h1 headings, not one"
                )
            problems.extend(describe(language, target, violation) for violation in result["violations"])
    assert not problems, f"{len(problems)} accessibility problems:\n" + "\n".join(problems)
