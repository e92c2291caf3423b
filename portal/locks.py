"""One writer at a time for one thing (a learner's attempts, an event's seats).

Rules such as "at most three quiz attempts" or "no more registrations than seats"
read, decide, then write. Two requests doing that at once both read the same
state and both write, so the rule breaks. ``hold(name)`` makes the second wait
until the first transaction ends:

- PostgreSQL: a transaction-level advisory lock on a 64-bit key derived from
  ``name`` (``pg_advisory_xact_lock``), released at commit or rollback.
- SQLite: nothing more to do. Its transactions start ``IMMEDIATE`` (see the
  database ``OPTIONS`` in ``portal/settings/base.py``), so a transaction that
  may write holds the database's write lock from its first statement, and the
  next one waits (up to the busy timeout) instead of reading stale state.

Call it first thing inside ``transaction.atomic()``.
"""

from __future__ import annotations

import hashlib

from django.db import DEFAULT_DB_ALIAS, connections


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (what PostgreSQL's advisory locks take)."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def hold(*names: str, using: str = DEFAULT_DB_ALIAS) -> None:
    """Wait for, then hold until the end of the transaction, the lock of each name.

    Several names are taken in a fixed (sorted) order, so two callers asking for
    the same pair never wait on each other in a circle.
    """
    connection = connections[using]
    if not connection.in_atomic_block:
        raise RuntimeError("portal.locks.hold() needs a transaction (transaction.atomic()).")
    if connection.vendor != "postgresql":
        return
    keys = sorted({advisory_key(name) for name in names})
    with connection.cursor() as cursor:
        for key in keys:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])
