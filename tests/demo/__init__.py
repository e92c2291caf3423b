"""The demo, loaded once for every test of this package (see ``conftest.py``).

Loading the whole demo takes seconds; the portal's, the pathways' and the demo
learners' tests share one load (twice, to prove the second run adds nothing),
inside a transaction rolled back when the package's tests end. They run on one
xdist worker (the "demo" group), so the demo is loaded once per run.
"""

from io import StringIO

from django.core.management import call_command


def run_loader():
    out = StringIO()
    call_command("load_demo", "--force", stdout=out)
    return out.getvalue()
