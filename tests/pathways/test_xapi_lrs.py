"""`manage.py send_xapi_statements` against a real local HTTP server standing in for an LRS."""

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from io import StringIO

import pytest

from django.core.management import CommandError, call_command

from pathways.models import LearningStatement
from tests.factories.statements import LearningStatementFactory

pytestmark = pytest.mark.django_db


class FakeStore(HTTPServer):
    """Records every request; answers with the next status of ``answers`` (then 200)."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests = []
        self.answers = []

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/xapi/"


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (http.server's naming)
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        self.server.requests.append(
            {
                "path": self.path,
                # Header names are case-insensitive (urllib sends "X-experience-api-version").
                "headers": {name.lower(): value for name, value in self.headers.items()},
                "body": json.loads(body),
            }
        )
        status = self.server.answers.pop(0) if self.server.answers else 200
        self.send_response(status)
        if status == 204:
            self.end_headers()
            return
        payload = b'["ok"]' if status == 200 else b'{"message": "bad statement"}'
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def store(settings):
    server = FakeStore()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.PORTAL_XAPI_LRS_ENDPOINT = server.url
    settings.PORTAL_XAPI_LRS_USERNAME = "portal"
    settings.PORTAL_XAPI_LRS_PASSWORD = "s3cret:pass"
    settings.PORTAL_XAPI_LRS_TIMEOUT = 5
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def run(*args):
    out = StringIO()
    call_command("send_xapi_statements", *args, stdout=out)
    return out.getvalue()


def unsent():
    return LearningStatement.objects.filter(sent_at__isnull=True).count()


def test_without_an_endpoint_the_command_says_so_and_sends_nothing(settings):
    settings.PORTAL_XAPI_LRS_ENDPOINT = ""
    LearningStatementFactory()
    assert "No learning record store is set" in run()
    assert unsent() == 1


def test_statements_go_in_batches_with_the_xapi_headers_and_basic_auth(store):
    rows = LearningStatementFactory.create_batch(5)
    output = run("--batch-size", "2")
    assert "Sent 5 statements in 3 batches" in output
    assert [len(r["body"]) for r in store.requests] == [2, 2, 1]
    token = base64.b64encode(b"portal:s3cret:pass").decode()
    for request in store.requests:
        assert request["path"] == "/xapi/statements"
        assert request["headers"]["x-experience-api-version"] == "1.0.3"
        assert request["headers"]["content-type"] == "application/json"
        assert request["headers"]["authorization"] == f"Basic {token}"
    sent = [item for request in store.requests for item in request["body"]]
    ordered = sorted(rows, key=lambda row: (row.timestamp, row.stored_at))
    assert sent == [row.statement for row in ordered]
    assert unsent() == 0


def test_a_second_run_sends_only_what_is_new(store):
    LearningStatementFactory.create_batch(3)
    run()
    assert len(store.requests) == 1
    assert "Sent 0 statements in 0 batches" in run()
    assert len(store.requests) == 1
    new = LearningStatementFactory()
    run()
    assert store.requests[-1]["body"] == [new.statement]


def test_the_default_batch_is_a_hundred_and_204_counts_as_accepted(store):
    LearningStatementFactory.create_batch(101)
    store.answers = [204, 204]
    run()
    assert [len(r["body"]) for r in store.requests] == [100, 1]
    assert unsent() == 0


@pytest.mark.parametrize("status", [400, 401, 500, 503], ids=["400", "401", "500", "503"])
def test_an_error_stops_the_run_and_leaves_the_rest_unsent(store, status):
    LearningStatementFactory.create_batch(5)
    store.answers = [200, status]
    with pytest.raises(CommandError) as error:
        run("--batch-size", "2")
    assert f"HTTP {status}" in str(error.value)
    assert "3 statements left unsent" in str(error.value)
    assert len(store.requests) == 2  # stopped at the failure, no third batch
    assert unsent() == 3
    # The next run retries them.
    run("--batch-size", "2")
    assert unsent() == 0
    assert store.requests[1]["body"] == store.requests[2]["body"]


def test_an_unreachable_store_is_reported_and_nothing_is_marked(settings):
    settings.PORTAL_XAPI_LRS_ENDPOINT = "http://127.0.0.1:9/xapi"
    settings.PORTAL_XAPI_LRS_TIMEOUT = 2
    LearningStatementFactory()
    with pytest.raises(CommandError, match="Could not reach http://127.0.0.1:9/xapi/statements"):
        run()
    assert unsent() == 1


def test_without_a_username_no_authorization_is_sent(store, settings):
    settings.PORTAL_XAPI_LRS_USERNAME = ""
    settings.PORTAL_XAPI_LRS_PASSWORD = ""
    LearningStatementFactory()
    run()
    assert "authorization" not in store.requests[0]["headers"]
