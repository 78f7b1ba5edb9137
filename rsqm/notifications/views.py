"""Staff pages of the outbox: what was sent, what is waiting, what failed; retry a failure.

No page shows a message's body or any link from it: the list reads no body at all.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_POST

from rsqm.core.access import staff_required
from rsqm.notifications import selectors, services
from rsqm.notifications.forms import OutboxFilterForm
from rsqm.notifications.models import MessageStatus, OutboxMessage

PAGE_SIZE = 50


@staff_required()
def outbox_list(request):
    form = OutboxFilterForm(request.GET or None)
    status = ""
    if form.is_bound and form.is_valid():
        status = form.cleaned_data["status"]
    rows = selectors.outbox_messages(status=status or None)
    if form.errors:
        rows = rows.none()
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    counts = selectors.outbox_status_counts()
    return render(request, "notifications/staff_outbox.html", {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "status": status,
        "status_counts": [(value, label, counts[value]) for value, label in MessageStatus.choices],
    })


@staff_required()
@require_POST
def outbox_retry(request, pk: int):
    try:
        services.outbox_message_retry(message_id=pk, by=request.user, request=request)
    except OutboxMessage.DoesNotExist:
        raise Http404 from None
    except services.OutboxError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "The message is waiting to be sent again.")
    back = request.POST.get("status", "")
    url = reverse("staff_outbox")
    if back in MessageStatus.values:
        url += "?" + urlencode({"status": back})
    return redirect(url)
