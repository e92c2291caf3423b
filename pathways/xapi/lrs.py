"""Sending stored statements to an external learning record store (LRS).

Standard library only (``urllib.request``). Statements go in time order, a batch
per request; a batch the store accepts (200 or 204) is marked ``sent_at``. The
first failure stops the run and leaves the rest unsent for the next run. Sending
a batch twice is harmless: statement ids are stable and a store keeps one copy.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from pathways.models import LearningStatement

from .statements import XAPI_VERSION

BATCH_SIZE = 100
ACCEPTED = (200, 204)


class LRSError(Exception):
    """The store refused a batch or could not be reached."""


@dataclass
class SendReport:
    sent: int = 0
    batches: int = 0
    error: str = ""


@dataclass(frozen=True)
class Store:
    endpoint: str
    username: str = ""
    password: str = ""
    timeout: float = 10

    @classmethod
    def from_settings(cls):
        """The configured store, or None when ``PORTAL_XAPI_LRS_ENDPOINT`` is empty."""
        endpoint = (settings.PORTAL_XAPI_LRS_ENDPOINT or "").strip()
        if not endpoint:
            return None
        return cls(
            endpoint=endpoint,
            username=settings.PORTAL_XAPI_LRS_USERNAME,
            password=settings.PORTAL_XAPI_LRS_PASSWORD,
            timeout=settings.PORTAL_XAPI_LRS_TIMEOUT,
        )

    @property
    def statements_url(self):
        return self.endpoint.rstrip("/") + "/statements"

    def headers(self):
        headers = {
            "X-Experience-API-Version": XAPI_VERSION,
            "Content-Type": "application/json",
        }
        if self.username or self.password:
            token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        return headers

    def post(self, bodies):
        """POST one batch; raise ``LRSError`` unless the store answers 200 or 204."""
        request = urllib.request.Request(  # noqa: S310 (the URL is the operator's setting)
            self.statements_url,
            data=json.dumps(bodies).encode("utf-8"),
            headers=self.headers(),
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                status = response.status
        except urllib.error.HTTPError as error:
            detail = error.read(500).decode("utf-8", "replace").strip()
            raise LRSError(f"HTTP {error.code} {error.reason}: {detail}".rstrip(": ")) from error
        except (urllib.error.URLError, OSError) as error:
            raise LRSError(f"Could not reach {self.statements_url}: {error}") from error
        if status not in ACCEPTED:
            raise LRSError(f"Unexpected answer HTTP {status}.")
        return status


def unsent():
    return LearningStatement.objects.filter(sent_at__isnull=True).order_by(
        "timestamp", "stored_at", "pk"
    )


def send_unsent(store, batch_size=BATCH_SIZE, max_batches=None):
    """Send every unsent statement (or ``max_batches`` batches); stop at the first error."""
    report = SendReport()
    while max_batches is None or report.batches < max_batches:
        rows = list(unsent().values_list("pk", "statement")[:batch_size])
        if not rows:
            break
        try:
            store.post([body for _pk, body in rows])
        except LRSError as error:
            report.error = str(error)
            break
        LearningStatement.objects.filter(pk__in=[pk for pk, _body in rows]).update(
            sent_at=timezone.now()
        )
        report.sent += len(rows)
        report.batches += 1
    return report
