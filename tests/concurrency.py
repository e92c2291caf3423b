"""Fire requests at the same moment from many threads, as a workshop room or an attacker does.

Each thread has its own database connection (the SQLite test database is a file,
see ``portal/settings/test.py``), so the requests meet the same locks, busy
timeouts and transaction modes as under a web server. Tests that use this need
``pytest.mark.django_db(transaction=True, serialized_rollback=True)``: the threads
see only committed data.
"""

import threading

from django.db import connections
from django.test import Client

#: How many requests go at once (what the probe of 2026-11 fired).
CONCURRENT = 20


def fire(send, count=CONCURRENT, timeout=120):
    """Run ``send(index)`` in ``count`` threads released together; return what each gave.

    An exception in a thread is returned in its place, so a test can count them.
    """
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(index):
        try:
            barrier.wait(timeout=timeout)
            results[index] = send(index)
        except Exception as error:  # noqa: BLE001 - counted by the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    return results


def client_like(client):
    """A new test client carrying ``client``'s cookies (the same session, another tab)."""
    twin = Client(raise_request_exception=False)
    twin.cookies.load({name: morsel.value for name, morsel in client.cookies.items()})
    return twin


def statuses(results):
    """Each result's status code, or the exception's class name."""
    return [getattr(result, "status_code", None) or type(result).__name__ for result in results]
