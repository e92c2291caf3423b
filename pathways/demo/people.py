"""Who the demo learners are: fictional parents, caregivers and school staff.

Plain data and a deterministic plan (``plan_people``): the same seed always
gives the same people, schools, languages and pathways, whatever the database
holds. Names are combined at random from the lists below, so they belong to
nobody in particular. Schools are named by their district code
(``portal.demo.content.SCHOOLS``).
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass

#: Every demo learner's key is a uuid5 in this namespace: a second load finds them.
NAMESPACE = uuid.UUID("6f1d8a52-3c1b-5e0a-9d7e-2b4c6a8e0f13")
SEED = 20260701
PARENT_DOMAIN = "families.example.org"
STAFF_DOMAIN = "schools.example.org"


def words(text):
    return tuple(text.split())


# English-speaking families of the valley: many backgrounds, not only Anglo names.
EN_FIRST = words(
    "Olivia Marcus Aisha Daniel Mei Tuan Anahit Karim Priya Jordan Emily Samuel Grace Hannah "
    "Noah Leila Omar Ji-woo Linh Arman Naveen Destiny Tyrone Keisha Ethan Sophia Benjamin "
    "Chloe Isaac Fatima Yusuf Rachel Kevin Brianna Hovhannes Lusine Wei Xiaoling Minh Thao "
    "Andre Nicole Michael Jasmine Caleb Ruth Samira Tariq Aaliyah Connor Megan Darnell"
)
EN_LAST = words(
    "Johnson Nguyen Patel Kim Williams Sargsyan Petrosyan Chen Wang Tran Le Haddad Khalil "
    "Okafor Brown Davis Miller Wilson Anderson Thompson Robinson Walker Young Lee Park "
    "Hakobyan Grigoryan Mansour Ali Singh Shah Harris Clark Lewis Baker Adams Nelson Mitchell "
    "Carter Campbell Pham Vo Huang Liu Begay Yazzie Fernandes Osei Novak Murphy"
)
ES_FIRST = words(
    "María José Guadalupe Juan Rosa Carlos Ana Luis Verónica Miguel Alejandra Jorge Leticia "
    "Francisco Claudia Ricardo Yesenia Arturo Marisol Fernando Gabriela Javier Lorena Raúl "
    "Elena Sergio Patricia Héctor Adriana Manuel Silvia Óscar Beatriz Rubén Norma Alfredo "
    "Maribel Esteban Diana Ramón"
)
ES_LAST = words(
    "García Hernández López Martínez González Rodríguez Pérez Sánchez Ramírez Flores Torres "
    "Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ramos Ruiz Mendoza Vargas "
    "Castillo Jiménez Moreno Romero Herrera Medina Aguilar Vázquez Castro Soto Delgado "
    "Estrada Ibarra Salazar Guerrero Navarro"
)

# Parent accounts per school and the share who use the site in Spanish. The imbalance
# is deliberate: big focus schools, small high schools, and an East region that has
# barely started (every figure about it is suppressed).
PARENT_SCHOOLS = {
    "VS-N01": (30, 0.35),
    "VS-N02": (16, 0.25),
    "VS-N03": (12, 0.30),
    "VS-N04": (20, 0.35),
    "VS-N05": (6, 0.20),
    "VS-S01": (36, 0.65),
    "VS-S02": (22, 0.55),
    "VS-S03": (14, 0.55),
    "VS-S04": (24, 0.50),
    "VS-S05": (10, 0.50),
    "VS-E01": (4, 0.50),
    "VS-E02": (2, 0.50),
    "VS-E03": (1, 0.0),
    "VS-E04": (1, 1.0),
    "VS-W01": (24, 0.30),
    "VS-W02": (13, 0.25),
    "VS-W03": (7, 0.40),
    "VS-W04": (11, 0.35),
    "VS-W05": (4, 0.20),
    "VS-C01": (32, 0.60),
    "VS-C02": (18, 0.50),
    "VS-C03": (12, 0.60),
    "VS-C04": (15, 0.50),
    "VS-C05": (8, 0.45),
    "VS-C06": (3, 0.33),
}
ANONYMOUS_LEARNERS = 36
ANONYMOUS_SPANISH_SHARE = 0.45

#: The principal's school: its staff learners are the principal's own figures.
PRINCIPAL_SCHOOL = "VS-S01"
# Staff learners per school (the demo staff login is one more at the principal's school).
STAFF_SCHOOLS = {
    "VS-S01": 11,
    "VS-N01": 4,
    "VS-N02": 2,
    "VS-N03": 3,
    "VS-N04": 5,
    "VS-N05": 2,
    "VS-S02": 3,
    "VS-S03": 2,
    "VS-S04": 4,
    "VS-S05": 2,
    "VS-E01": 1,
    "VS-W01": 4,
    "VS-W02": 2,
    "VS-W04": 3,
    "VS-C01": 5,
    "VS-C02": 2,
    "VS-C04": 3,
    "VS-C05": 2,
}
STAFF_SPANISH_SHARE = 0.15

# Which parent pathways a parent takes (English slugs), with weights.
PARTNERING = "partnering-with-your-childs-school"
GETTING_STARTED = "getting-started-parent-portal"
WELCOMING = "welcoming-schools"

# The existing demo logins (portal.demo.content.DEMO_USERS) and their schools.
LOGIN_SCHOOLS = {
    "parent@example.org": "VS-N01",
    "familia@example.org": "VS-S01",
    "staff@example.org": PRINCIPAL_SCHOOL,
    "principal@example.org": PRINCIPAL_SCHOOL,
}

# What the demo logins have done, so "My learning" shows something real: per pathway,
# when they started, how many steps they did, and a module whose quiz they failed once.
LOGIN_SCRIPTS = {
    "parent@example.org": (
        "parent",
        {
            GETTING_STARTED: {"days_ago": 75, "steps": 4},
            PARTNERING: {"days_ago": 20, "steps": 3, "fail_first": "check-grades-parent-portal"},
        },
    ),
    "familia@example.org": (
        "parent",
        {PARTNERING: {"days_ago": 70, "steps": 8, "fail_first": "talk-to-your-childs-teacher"}},
    ),
    "staff@example.org": (
        "staff",
        {WELCOMING: {"days_ago": 30, "steps": 2, "fail_first": "value-of-family-partnership"}},
    ),
}
LOGIN_NUMBERS = 9000  # login learners are numbered from here, apart from the generated ones

PARENT_PLANS = [((PARTNERING,), 58), ((GETTING_STARTED,), 24), ((GETTING_STARTED, PARTNERING), 18)]
ANONYMOUS_PLANS = [((PARTNERING,), 50), ((GETTING_STARTED,), 50)]

#: Share of learners whose story is in the previous school year (2025–26).
PREVIOUS_YEAR_SHARE = 0.38


@dataclass
class Person:
    """One demo learner as planned; ``email`` is empty for an anonymous learner."""

    number: int
    kind: str  # "parent", "anonymous" or "staff" (a demo login is a parent or staff)
    language: str
    school_code: str | None
    pathways: tuple[str, ...]
    previous_year: bool
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    ability: float = 0.0  # shifts every quiz answer's chance of being right
    script: dict | None = None  # fixed journey of a demo login (see learners.LOGIN_SCRIPTS)

    @property
    def learner_key(self):
        """Deterministic, so a second load recognizes the person's records."""
        return uuid.uuid5(NAMESPACE, f"{self.kind}-{self.number}")

    @property
    def has_account(self):
        return bool(self.email)


def ascii_slug(text):
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def weighted(rng, options):
    values, weights = zip(*options, strict=True)
    return rng.choices(values, weights=weights)[0]


def name_for(rng, language):
    if language == "es":
        first, last = rng.choice(ES_FIRST), rng.choice(ES_LAST)
        if rng.random() < 0.3:  # a second surname, as many families write it
            last = f"{last} {rng.choice(ES_LAST)}"
        return first, last
    return rng.choice(EN_FIRST), rng.choice(EN_LAST)


def languages_for(count, spanish_share, rng):
    """Exactly round(count × share) Spanish speakers, in a shuffled order."""
    spanish = round(count * spanish_share)
    languages = ["es"] * spanish + ["en"] * (count - spanish)
    rng.shuffle(languages)
    return languages


def plan_people(seed=SEED):
    """Every generated learner, in a fixed order (the demo logins are not included)."""
    rng = random.Random(seed)
    people = []

    def add(kind, language, school, plans, domain=None):
        number = len(people) + 1
        person = Person(
            number=number,
            kind=kind,
            language=language,
            school_code=school,
            pathways=weighted(rng, plans) if isinstance(plans, list) else plans,
            previous_year=rng.random() < PREVIOUS_YEAR_SHARE,
            ability=rng.gauss(0.0, 0.06),
        )
        if domain:
            first, last = name_for(rng, language)
            person.first_name, person.last_name = first, last
            person.email = f"{ascii_slug(first)}.{ascii_slug(last)}.{number:03d}@{domain}"
        people.append(person)

    for code, (count, spanish_share) in PARENT_SCHOOLS.items():
        for language in languages_for(count, spanish_share, rng):
            add("parent", language, code, PARENT_PLANS, PARENT_DOMAIN)
    for language in languages_for(ANONYMOUS_LEARNERS, ANONYMOUS_SPANISH_SHARE, rng):
        add("anonymous", language, None, ANONYMOUS_PLANS)
    for code, count in STAFF_SCHOOLS.items():
        for language in languages_for(count, STAFF_SPANISH_SHARE, rng):
            add("staff", language, code, (WELCOMING,), STAFF_DOMAIN)
    return people


def login_people(languages):
    """The demo logins with a script, for those of them that exist (email → language)."""
    people = []
    for offset, (email, (kind, script)) in enumerate(LOGIN_SCRIPTS.items(), start=1):
        if email not in languages:
            continue
        people.append(
            Person(
                number=LOGIN_NUMBERS + offset,
                kind=kind,
                language=languages[email],
                school_code=LOGIN_SCHOOLS.get(email),
                pathways=tuple(script),
                previous_year=False,
                email=email,
                script=script,
            )
        )
    return people
