"""The community directory as a read-only Open Referral HSDS 3.0 JSON API (``/api/hsds/``)."""
