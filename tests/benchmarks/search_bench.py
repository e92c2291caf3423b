"""`make bench-search`: how fast the search backends index and answer, side by side.

Not a test: it reports, it does not pass or fail. For each database (a throwaway
SQLite file; and a throwaway PostgreSQL database ``portal_bench`` when
``DATABASE_URL`` names a PostgreSQL server, dropped afterwards) it migrates, writes
10,000 bilingual search entries (``portal.models.SearchEntry``, what the search page
searches: 5,000 things a parent can find, each in English and in Spanish, made of a
parent-portal vocabulary by a seeded random generator, with tags and kinds), then for
each backend

- indexes them all as ``update_index`` does (the backend's rebuilder, 1,000 at a time),
- runs each query once to warm up, then ``BENCH_SEARCH_RUNS`` times (200) or for
  ``BENCH_SEARCH_SECONDS`` (10), whichever ends first (a query slower than that is
  measured by its one warm-up run), each run fetching the first page of 20 results
  as the search page does, or the facet counts; the table says when a query had
  fewer runs, and how many entries each backend found for it.

The backends are the Whoosh index (``portal.search.whoosh_backend``, on the SQLite
run: it reads the matching rows back from whichever database) and Wagtail's database
backend, which is SQLite FTS5 on SQLite and PostgreSQL full-text search on
PostgreSQL. It prints a Markdown table and writes ``.bench/search.json``.

    make bench-search        # BENCH_SEARCH_RUNS=200 BENCH_SEARCH_SECONDS=10
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal make bench-search

Each database is measured in a child process of this script (``--child``), so each
has its own Django set-up; ``BENCH_SEARCH_WHOOSH_ON_POSTGRES=1`` measures Whoosh on
the PostgreSQL run as well.
"""

import argparse
import datetime
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
DOCUMENTS = int(os.environ.get("BENCH_SEARCH_DOCUMENTS", "10000"))
CHUNK = 1000
RUNS = int(os.environ.get("BENCH_SEARCH_RUNS", "200"))
SECONDS = float(os.environ.get("BENCH_SEARCH_SECONDS", "10"))
PAGE = 20
SEED = 20240901
BENCH_DATABASE = "portal_bench"


def log(message):
    print(message, file=sys.stderr, flush=True)


# The vocabulary: (English, Spanish) pairs, so each entry's two languages say the same.

TOPICS = [
    ("parent-teacher conferences", "conferencias de padres y maestros"),
    ("kindergarten enrollment", "inscripción al kínder"),
    ("the food pantry", "la despensa de alimentos"),
    ("homework help", "ayuda con la tarea"),
    ("reading at home", "lectura en casa"),
    ("school attendance", "asistencia escolar"),
    ("college and career planning", "planificación universitaria y profesional"),
    ("special education services", "servicios de educación especial"),
    ("English language classes", "clases de inglés"),
    ("mental health and wellness", "salud mental y bienestar"),
    ("free school meals", "comidas escolares gratuitas"),
    ("summer programs", "programas de verano"),
    ("bullying prevention", "prevención del acoso escolar"),
    ("math at home", "matemáticas en casa"),
    ("the Parent Portal", "el Portal para Padres"),
    ("volunteering at school", "voluntariado en la escuela"),
    ("vaccines and health checkups", "vacunas y chequeos médicos"),
    ("bus routes and transportation", "rutas de autobús y transporte"),
    ("graduation requirements", "requisitos de graduación"),
    ("early childhood education", "educación de la primera infancia"),
    ("financial aid for college", "ayuda financiera para la universidad"),
    ("internet safety", "seguridad en internet"),
]
FORMATS = [
    ("Workshop", "Taller"),
    ("Workshops", "Talleres"),
    ("Conference", "Conferencia"),
    ("Guide", "Guía"),
    ("Class", "Clase"),
    ("Family night", "Noche familiar"),
    ("Support group", "Grupo de apoyo"),
    ("Information session", "Sesión informativa"),
    ("Resource", "Recurso"),
    ("Webinar", "Seminario web"),
]
AUDIENCES = [
    ("parents", "padres"),
    ("families", "familias"),
    ("caregivers", "cuidadores"),
    ("children", "niños"),
    ("teenagers", "adolescentes"),
    ("grandparents", "abuelos"),
    ("new families", "familias nuevas"),
    ("fathers", "papás"),
    ("mothers", "mamás"),
]
PLACES = [
    ("Lincoln Elementary", "la Escuela Primaria Lincoln"),
    ("Roosevelt Middle School", "la Secundaria Roosevelt"),
    ("the Family Engagement Center", "el Centro de Participación Familiar"),
    ("the public library", "la biblioteca pública"),
    ("Valle del Sol High School", "la Preparatoria Valle del Sol"),
    ("Cesar Chavez Elementary", "la Escuela Primaria César Chávez"),
    ("the community center", "el centro comunitario"),
    ("the district office", "la oficina del distrito"),
]
SENTENCES = [
    (
        "Join us for a free {format} about {topic} for {audience}.",
        "Acompáñenos a un {format} gratuito sobre {topic} para {audience}.",
    ),
    (
        "This session is held at {place} and includes childcare and dinner.",
        "Esta sesión se realiza en {place} e incluye cuidado de niños y cena.",
    ),
    (
        "Learn how to support your child with {topic}.",
        "Aprenda cómo apoyar a su hijo con {topic}.",
    ),
    (
        "Bring your questions about {topic}; interpreters are available.",
        "Traiga sus preguntas sobre {topic}; hay intérpretes disponibles.",
    ),
    (
        "The food pantry at {place} is open every Friday for {audience}.",
        "La despensa de alimentos en {place} abre todos los viernes para {audience}.",
    ),
    (
        "Registration is required because seats are limited.",
        "Se requiere inscripción porque los lugares son limitados.",
    ),
    (
        "Families can pick up groceries, school supplies and warm clothing.",
        "Las familias pueden recoger comestibles, útiles escolares y ropa abrigada.",
    ),
    (
        "Kindergarten enrollment opens in January at every elementary school.",
        "La inscripción al kínder abre en enero en todas las escuelas primarias.",
    ),
    (
        "Conferences are a chance to talk with teachers about progress and goals.",
        "Las conferencias son para hablar con los maestros sobre el progreso y las metas.",
    ),
    (
        "Children practice reading and math with games you can play at home.",
        "Los niños practican lectura y matemáticas con juegos que puede jugar en casa.",
    ),
    (
        "Staff will help you sign in to the Parent Portal and check grades.",
        "El personal le ayudará a entrar al Portal para Padres y revisar las calificaciones.",
    ),
    (
        "Workshops are offered in English and Spanish in the evening.",
        "Los talleres se ofrecen en inglés y español por la tarde.",
    ),
    (
        "Counselors explain how to plan for college and apply for financial aid.",
        "Los consejeros explican cómo planear la universidad y solicitar ayuda financiera.",
    ),
    (
        "Volunteers from {place} bring food to the pantry each week.",
        "Voluntarios de {place} llevan comida a la despensa cada semana.",
    ),
    (
        "Ask the front office about bus routes, attendance and school meals.",
        "Pregunte en la oficina sobre rutas de autobús, asistencia y comidas escolares.",
    ),
    (
        "Your child's health matters: vaccines are free for students.",
        "La salud de su hijo importa: las vacunas son gratuitas para los estudiantes.",
    ),
]
KINDS = ["page", "module", "pathway", "event", "service", "organization", "opportunity"]
TAGS = {
    "category": [
        ("food", "Food", "Alimentos"),
        ("education", "Education", "Educación"),
        ("health", "Health", "Salud"),
        ("family-support", "Family support", "Apoyo familiar"),
        ("technology", "Technology", "Tecnología"),
    ],
    "audience": [
        ("parents", "Parents", "Padres"),
        ("staff", "School staff", "Personal escolar"),
        ("partners", "Community partners", "Socios comunitarios"),
    ],
    "region": [
        ("north", "North", "Norte"),
        ("south", "South", "Sur"),
        ("east", "East", "Este"),
        ("west", "West", "Oeste"),
    ],
}


def generate(count=DOCUMENTS, seed=SEED):
    """`count` entries as dicts (half English, each followed by its Spanish twin)."""
    rng = random.Random(seed)
    entries = []
    tag_keys = [(dimension, key) for dimension, tags in TAGS.items() for key, *_ in tags]
    for number in range(count // 2):
        topic, fmt, audience, place = (
            rng.choice(TOPICS),
            rng.choice(FORMATS),
            rng.choice(AUDIENCES),
            rng.choice(PLACES),
        )
        kind = rng.choice(KINDS)
        summary = rng.sample(range(len(SENTENCES)), 2)
        body = [rng.randrange(len(SENTENCES)) for _ in range(rng.randint(6, 14))]
        tags = rng.sample(tag_keys, rng.randint(1, 3))
        days = rng.randint(-60, 120) if kind == "event" else None
        for language, index in (("en", 0), ("es", 1)):
            slots = {
                "topic": topic[index],
                "format": fmt[index].lower(),
                "audience": audience[index],
                "place": place[index],
            }
            joiner = (" for ", ": ", " at ") if index == 0 else (" para ", ": ", " en ")
            title = (
                f"{fmt[index]}{joiner[1]}{topic[index]}{joiner[0]}{audience[index]}"
                f"{joiner[2]}{place[index]}"
            )
            entries.append(
                {
                    "number": number,
                    "language": language,
                    "kind": kind,
                    "title": title[:1].upper() + title[1:],
                    "summary": " ".join(SENTENCES[i][index].format(**slots) for i in summary),
                    "body": " ".join(SENTENCES[i][index].format(**slots) for i in body),
                    "url": f"/{language}/find/{kind}-{number}/",
                    "tags": tags,
                    "days": days,
                }
            )
    return entries


# The child: one database, set up by Django.


def child(label, backends):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    index_path = Path(tempfile.mkdtemp(prefix="portal-search-bench-")) / "index"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "portal.search.whoosh_backend",
            "PATH": str(index_path),
            "AUTO_UPDATE": False,
        },
        "database": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False},
    }
    started = time.perf_counter()
    log(f"[{label}] migrating a new {connection.vendor} database…")
    call_command("migrate", verbosity=0, interactive=False)
    log(
        f"[{label}] migrated in {time.perf_counter() - started:.0f} s; writing {DOCUMENTS} entries…"
    )
    started = time.perf_counter()
    locales = load()
    log(f"[{label}] written in {time.perf_counter() - started:.1f} s")

    rows = []
    for name in backends:
        alias = "default" if name == "whoosh" else "database"
        rows.extend(measure_backend(label, name, alias, locales))
    shutil.rmtree(index_path.parent, ignore_errors=True)
    print(json.dumps(rows))


def load():
    """Write the generated entries and their tags; returns the locales by language."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone

    from wagtail.models import Locale

    from portal.models import SearchEntry, SearchTag, StandardPage

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "es")}
    content_type = ContentType.objects.get_for_model(StandardPage)
    today = timezone.now()
    with transaction.atomic():
        tags = {}
        for dimension, values in TAGS.items():
            for key, english, spanish in values:
                for language, label in (("en", english), ("es", spanish)):
                    tags[(dimension, key, language)] = SearchTag.objects.create(
                        dimension=dimension, key=key, language=language, label=label
                    )
        generated = generate()
        objects = [
            SearchEntry(
                content_type=content_type,
                target_id=number,
                locale=locales[entry["language"]],
                kind=entry["kind"],
                title=entry["title"],
                summary=entry["summary"],
                body=entry["body"],
                url=entry["url"],
                facts={},
                visible_until=(
                    today + datetime.timedelta(days=entry["days"])
                    if entry["days"] is not None
                    else None
                ),
            )
            for number, entry in enumerate(generated, start=1)
        ]
        created = SearchEntry.objects.bulk_create(objects, batch_size=CHUNK)
        if any(obj.pk is None for obj in created):  # a backend that returns no ids
            created = list(SearchEntry.objects.order_by("pk"))
        through = SearchEntry.tags.through
        links = [
            through(
                searchentry_id=obj.pk, searchtag_id=tags[(dimension, key, entry["language"])].pk
            )
            for obj, entry in zip(created, generated, strict=True)
            for dimension, key in entry["tags"]
        ]
        through.objects.bulk_create(links, batch_size=5000)
    assert SearchEntry.objects.count() == DOCUMENTS
    return locales


def queries(locales):
    """(name, run) pairs: each run does what the search page does for one request."""
    from django.db.models import Q
    from django.utils import timezone

    from wagtail.search.query import Phrase

    from portal.models import SearchEntry

    now = timezone.now()

    def visible(language):
        return SearchEntry.objects.filter(locale=locales[language]).filter(
            Q(visible_until__isnull=True) | Q(visible_until__gte=now)
        )

    return [
        (
            'English word "conference"',
            lambda b: list(SearchEntry.objects.search("conference", backend=b)[:PAGE]),
        ),
        (
            'Spanish word "talleres"',
            lambda b: list(SearchEntry.objects.search("talleres", backend=b)[:PAGE]),
        ),
        (
            'phrase "food pantry"',
            lambda b: list(SearchEntry.objects.search(Phrase("food pantry"), backend=b)[:PAGE]),
        ),
        (
            'filtered "niños" (es, event, visible)',
            lambda b: list(visible("es").filter(kind="event").search("niños", backend=b)[:PAGE]),
        ),
        (
            'faceted "children" by kind (en)',
            lambda b: dict(visible("en").search("children", backend=b).facet("kind")),
        ),
    ]


def counts(locales, alias):
    """How many entries each query finds (for reading the latencies, not timed)."""
    from django.db.models import Q
    from django.utils import timezone

    from wagtail.search.query import Phrase

    from portal.models import SearchEntry

    now = timezone.now()
    es = SearchEntry.objects.filter(locale=locales["es"]).filter(
        Q(visible_until__isnull=True) | Q(visible_until__gte=now)
    )
    en = SearchEntry.objects.filter(locale=locales["en"]).filter(
        Q(visible_until__isnull=True) | Q(visible_until__gte=now)
    )
    return [
        SearchEntry.objects.search("conference", backend=alias).count(),
        SearchEntry.objects.search("talleres", backend=alias).count(),
        SearchEntry.objects.search(Phrase("food pantry"), backend=alias).count(),
        es.filter(kind="event").search("niños", backend=alias).count(),
        en.search("children", backend=alias).count(),
    ]


def index_all(alias):
    """Rebuild the backend's index of search entries as `update_index` does; seconds taken."""
    from wagtail.search.backends import get_search_backend

    from portal.models import SearchEntry

    backend = get_search_backend(alias)
    started = time.perf_counter()
    rebuilder = backend.rebuilder_class(backend.get_index_for_model(SearchEntry))
    index = rebuilder.start()
    index.add_model(SearchEntry)
    objects = SearchEntry.get_indexed_objects().order_by("pk")
    for start in range(0, DOCUMENTS, CHUNK):
        index.add_items(SearchEntry, list(objects[start : start + CHUNK]))
    rebuilder.finish()
    return time.perf_counter() - started


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def timed(run, alias):
    """Milliseconds one run takes."""
    started = time.perf_counter()
    run(alias)
    return (time.perf_counter() - started) * 1000


def measure_backend(label, name, alias, locales):
    from django.db import connection

    backend_name = (
        "Whoosh"
        if name == "whoosh"
        else {"sqlite": "database (SQLite FTS5)", "postgresql": "database (PostgreSQL)"}.get(
            connection.vendor, f"database ({connection.vendor})"
        )
    )
    if name == "whoosh":
        backend_name += f" (rows on {label})"
    log(f"[{label}] {backend_name}: indexing…")
    seconds = index_all(alias)
    log(f"[{label}] {backend_name}: indexed in {seconds:.1f} s")
    found = counts(locales, alias)
    rows = []
    for (query, run), hits in zip(queries(locales), found, strict=True):
        deadline = time.perf_counter() + SECONDS
        warm_up = timed(run, alias)
        # A query slower than the whole budget is measured by its one (warm-up) run.
        timings = [] if time.perf_counter() < deadline else [warm_up]
        while len(timings) < RUNS and (not timings or time.perf_counter() < deadline):
            timings.append(timed(run, alias))
        rows.append(
            {
                "backend": backend_name,
                "database": label,
                "index_seconds": round(seconds, 1),
                "query": query,
                "hits": hits,
                "runs": len(timings),
                "p50_ms": round(statistics.median(timings), 2),
                "p95_ms": round(percentile(timings, 0.95), 2),
            }
        )
        log(
            f"[{label}] {backend_name}: {query}: {hits} found, p50 {rows[-1]['p50_ms']} ms "
            f"over {len(timings)} runs"
        )
    return rows


# The parent: one child per database.


def run_child(label, url, backends):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": url,
        "PYTHONPATH": str(ROOT),
    }
    output = subprocess.run(
        [PYTHON, __file__, "--child", label, "--backends", ",".join(backends)],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def postgres_server():
    """The server part of DATABASE_URL when it names PostgreSQL and answers, else None."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None
    import psycopg

    base, _, _ = url.partition("?")[0].rpartition("/")
    try:
        with psycopg.connect(f"{base}/postgres", connect_timeout=3):
            return base
    except psycopg.OperationalError as error:
        log(f"PostgreSQL at {base} does not answer ({error}): measuring SQLite only.")
        return None


def postgres_database(base, create):
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")
        if create:
            connection.execute(f"CREATE DATABASE {BENCH_DATABASE}")


def main():
    started = time.perf_counter()
    rows = []
    work = Path(tempfile.mkdtemp(prefix="portal-search-bench-"))
    try:
        rows += run_child("SQLite", f"sqlite:///{work / 'bench.sqlite3'}", ["whoosh", "database"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = postgres_server()
    if base is None and not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        log("DATABASE_URL does not name PostgreSQL: measuring SQLite only.")
    if base is not None:
        backends = ["database"]
        if os.environ.get("BENCH_SEARCH_WHOOSH_ON_POSTGRES") == "1":
            backends.insert(0, "whoosh")
        postgres_database(base, create=True)
        try:
            rows += run_child("PostgreSQL", f"{base}/{BENCH_DATABASE}", backends)
        finally:
            postgres_database(base, create=False)
    report(rows, time.perf_counter() - started)


def report(rows, seconds):
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    results = {
        "machine": {"cpus": os.cpu_count()},
        "documents": DOCUMENTS,
        "runs": RUNS,
        "page": PAGE,
        "seed": SEED,
        "seconds": round(seconds),
        "rows": rows,
    }
    (out / "search.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"| backend | indexing {DOCUMENTS / 1000:g}k docs (s) | query | p50 ms | p95 ms |")
    print("|---|---:|---|---:|---:|")
    for row in rows:
        count = row["runs"]
        runs = f", {count} run{'s' if count != 1 else ''}" if count < RUNS else ""
        print(
            f"| {row['backend']} | {row['index_seconds']:.1f} | {row['query']} "
            f"({row['hits']} found{runs}) | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} |"
        )
    print(
        f"\n{DOCUMENTS} entries (half English, half Spanish); the first {PAGE} results "
        f"(or the facet) fetched per run; up to {RUNS} runs a query on {os.cpu_count()} CPUs; "
        f"{seconds / 60:.1f} minutes in all. Written to .bench/search.json"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", metavar="LABEL", help=argparse.SUPPRESS)
    parser.add_argument("--backends", default="whoosh,database", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child(arguments.child, arguments.backends.split(","))
    else:
        main()
