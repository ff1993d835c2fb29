"""The productions' public pages."""

from django.views.generic import DetailView, ListView

from ..models import Production


class ProductionListView(ListView):
    queryset = Production.objects.published().for_list()
    template_name = "productions/production_list.html"
    paginate_by = 12


class ProductionDetailView(DetailView):
    queryset = Production.objects.published().for_list()
    template_name = "productions/production_detail.html"
