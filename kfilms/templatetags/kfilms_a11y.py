"""Template tags for accessibility: the language of catalogue text shown in another language."""

from django import template
from django.conf import settings
from django.db.models import Model
from django.utils.html import format_html
from django.utils.safestring import SafeString
from modeltranslation.translator import NotRegistered, translator

# modeltranslation's get_language maps the active language onto one that has columns ("fr-ca" → "fr").
from modeltranslation.utils import build_localized_fieldname, get_language

register = template.Library()


@register.simple_tag
def lang_fallback(obj: Model | None, field: str) -> SafeString | str:
    """` lang="en"` on an element whose text falls back to English on a French or Arabic page.

    Staff may leave a translation empty; modeltranslation then shows the English text, and a
    screen reader must be told to read it as English (WCAG 3.1.2, language of parts).
    """
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    language = get_language()
    if obj is None or not language or language == default:
        return ""
    try:
        translated = translator.get_options_for_model(type(obj)).fields
    except NotRegistered:
        return ""
    if field not in translated:
        return ""
    own = getattr(obj, build_localized_fieldname(field, language), None)
    if own in (None, "") and getattr(obj, field, None) not in (None, ""):
        return format_html(' lang="{}"', default)
    return ""
