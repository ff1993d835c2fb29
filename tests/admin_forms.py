"""Post admin change forms in tests as a browser would: every field as the page shows it."""

from django.forms import BaseForm
from django.test.client import Client


def _form_values(form: BaseForm) -> dict:
    """The values a browser would submit for a form's current state (unticked boxes are absent)."""
    data = {}
    for field in form:
        value = field.value()
        if value is None or value is False or field.field.widget.needs_multipart_form:
            continue
        if value is True:
            data[field.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[field.html_name] = [str(item) for item in value]
        else:
            data[field.html_name] = str(value)
    return data


def change_form_data(client: Client, url: str) -> dict:
    """GET an admin add or change page and return the POST data of its form, inlines included."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    data = _form_values(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(_form_values(formset.management_form))
        for form in formset.forms:
            data.update(_form_values(form))
    return data
