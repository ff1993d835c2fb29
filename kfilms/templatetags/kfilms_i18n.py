"""Language helpers for templates: the switcher, the hreflang alternates, and a label's colon."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils.translation import get_language, override, pgettext

register = template.Library()

# Open Graph wants a language with a territory; these are the readers each version is written for.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "ar": "ar_MA"}


@dataclass(frozen=True)
class LanguageLink:
    """One language of the current page, as the switcher shows it."""

    code: str
    name: str
    url: str
    is_current: bool


def url_in_language(url: str, code: str) -> str:
    """The same page (path and query) in another language; that language's home page if it has none."""
    translated = translate_url(url, code)
    if translated.startswith(f"/{code}/"):
        return translated
    # The path did not resolve (a 404 page) or lives outside the language prefixes.
    with override(code):
        return reverse("kfilms:home")


@register.simple_tag(takes_context=True)
def language_links(context: template.Context) -> list[LanguageLink]:
    """Every language of the site, each pointing at this page in that language."""
    request: HttpRequest | None = context.get("request")
    url = request.get_full_path() if request is not None else "/"
    current = get_language()
    return [
        LanguageLink(code=code, name=name, url=url_in_language(url, code), is_current=code == current)
        for code, name in settings.LANGUAGES
    ]


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_alternates(context: template.Context) -> dict:
    """<link rel="alternate" hreflang> for each language and x-default, and the Open Graph locales."""
    request: HttpRequest | None = context.get("request")
    current = get_language()
    if request is None or request.resolver_match is None:
        # An unknown address has no versions to point at.
        return {"alternates": [], "og_alternates": []}
    # Same rule as the canonical link: a list's later pages are pages of their own.
    page_obj = context.get("page_obj")
    query = f"?page={page_obj.number}" if page_obj is not None and page_obj.number > 1 else ""
    alternates = [
        (code, request.build_absolute_uri(url_in_language(request.path, code) + query))
        for code, _name in settings.LANGUAGES
    ]
    # x-default is the address without a prefix: LocaleMiddleware sends each visitor to their language.
    default_path = url_in_language(request.path, settings.LANGUAGE_CODE)
    unprefixed = "/" + default_path.removeprefix(f"/{settings.LANGUAGE_CODE}/")
    alternates.append(("x-default", request.build_absolute_uri(unprefixed + query)))
    return {
        "alternates": alternates,
        "og_alternates": [og_locale(code) for code, _name in settings.LANGUAGES if code != current],
    }


@register.filter
def og_locale(code: str) -> str:
    """The Open Graph locale ("fr_FR") of a language code ("fr")."""
    return OG_LOCALES.get(code, code)


@register.filter(is_safe=True)
def colon(label: str) -> str:
    """A label followed by its colon as the active language writes it: "Reference:", "Référence :"."""
    # Translators: a label before its value, like "Reference: KF-7Q2M". French puts a no-break
    # space before the colon.
    return pgettext("label before its value", "%(label)s:") % {"label": label}
