"""JSON Schemas (Draft 2020-12, the dialect HSDS's openapi.json declares) for the HSDS
API's responses, written by hand from Open Referral HSDS 3.0's ``schema/*.json``,
``schema/compiled/*_list.json`` and ``schema/openapi.json``.

Stricter than the specification in three ways, on purpose:

- ``additionalProperties: false`` everywhere, with every field the specification
  defines for the object declared, so a misspelt or invented field name fails;
- no field may be ``null`` (HSDS types them as strings, numbers or arrays);
- the envelope requires all its fields (the specification requires only ``empty``).
"""

from datetime import date, datetime, time
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker

DIALECT = "https://json-schema.org/draft/2020-12/schema"

STRING = {"type": "string"}
NUMBER = {"type": "number"}
UUID = {"type": "string", "format": "uuid"}
DATE = {"type": "string", "format": "date"}
DATE_TIME = {"type": "string", "format": "date-time"}
URI = {"type": "string", "format": "uri"}
EMAIL = {"type": "string", "format": "email"}
#: "HH:MM" (the specification: "This should use HH:MM format").
CLOCK = {"type": "string", "format": "time-hh-mm"}
WEEKDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
BYDAY = {"type": "string", "pattern": r"^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$"}
#: The specification leaves these tables out of this portal's data; declared, so allowed.
ANY_ARRAY = {"type": "array"}


def record(properties: dict, required=("id",)) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": False,
    }


def array_of(schema: dict) -> dict:
    return {"type": "array", "items": schema}


def extend(base: dict, **properties) -> dict:
    return record(base["properties"] | properties, base["required"])


TAXONOMY = record(
    {
        "id": UUID,
        "name": STRING,
        "description": STRING,
        "uri": URI,
        "version": STRING,
        "metadata": ANY_ARRAY,
    },
    required=("id", "name", "description"),
)

TAXONOMY_TERM = record(
    {
        "id": UUID,
        "code": STRING,
        "name": STRING,
        "description": STRING,
        "parent_id": UUID,
        "taxonomy": STRING,
        "taxonomy_detail": TAXONOMY,
        "language": STRING,
        "taxonomy_id": UUID,
        "term_uri": URI,
        "metadata": ANY_ARRAY,
    },
    required=("id", "name", "description"),
)

ATTRIBUTE = record(
    {
        "id": UUID,
        "link_id": UUID,
        "taxonomy_term_id": UUID,
        "link_type": STRING,
        "link_entity": STRING,
        "value": STRING,
        "taxonomy_term": TAXONOMY_TERM,
        "metadata": ANY_ARRAY,
    }
)
ATTRIBUTES = array_of(ATTRIBUTE)

LANGUAGE = record(
    {
        "id": UUID,
        "service_id": UUID,
        "location_id": UUID,
        "phone_id": UUID,
        "name": STRING,
        "code": STRING,
        "note": STRING,
        "attributes": ATTRIBUTES,
        "metadata": ANY_ARRAY,
    }
)

PHONE = record(
    {
        "id": UUID,
        "location_id": UUID,
        "service_id": UUID,
        "organization_id": UUID,
        "contact_id": UUID,
        "service_at_location_id": UUID,
        "number": STRING,
        "extension": NUMBER,
        # "drawing from the RFC6350 list of types"
        "type": {"enum": ["text", "voice", "fax", "cell", "video", "pager", "textphone"]},
        "description": STRING,
        "languages": array_of(LANGUAGE),
        "attributes": ATTRIBUTES,
        "metadata": ANY_ARRAY,
    },
    required=("id", "number"),
)

SCHEDULE = record(
    {
        "id": UUID,
        "service_id": UUID,
        "location_id": UUID,
        "service_at_location_id": UUID,
        "valid_from": DATE,
        "valid_to": DATE,
        "dtstart": DATE,
        "timezone": NUMBER,
        "until": DATE,
        "count": NUMBER,
        "wkst": {"enum": WEEKDAY},
        "freq": {"enum": ["WEEKLY", "MONTHLY"]},
        "interval": NUMBER,
        "byday": BYDAY,
        "byweekno": STRING,
        "bymonthday": STRING,
        "byyearday": STRING,
        "description": STRING,
        "opens_at": CLOCK,
        "closes_at": CLOCK,
        "schedule_link": URI,
        "attending_type": STRING,
        "notes": STRING,
        "attributes": ATTRIBUTES,
        "metadata": ANY_ARRAY,
    }
)

ADDRESS = record(
    {
        "id": UUID,
        "location_id": UUID,
        "attention": STRING,
        "address_1": STRING,
        "address_2": STRING,
        "city": STRING,
        "region": STRING,
        "state_province": STRING,
        "postal_code": STRING,
        # "an ISO 3361-1 country code (two letter abbreviation)"
        "country": {"type": "string", "pattern": "^[A-Z]{2}$"},
        "address_type": {"enum": ["physical", "postal", "virtual"]},
        "attributes": ATTRIBUTES,
        "metadata": ANY_ARRAY,
    },
    required=(
        "id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ),
)

ACCESSIBILITY = record(
    {
        "id": UUID,
        "location_id": UUID,
        "description": STRING,
        "details": STRING,
        "url": URI,
        "attributes": ATTRIBUTES,
        "metadata": ANY_ARRAY,
    }
)

COST_OPTION = record(
    {
        "id": UUID,
        "service_id": UUID,
        "valid_from": DATE,
        "valid_to": DATE,
        "option": STRING,
        "currency": {"type": "string", "pattern": "^[A-Za-z]{3}$"},
        "amount": NUMBER,
        "amount_description": STRING,
        "attributes": ATTRIBUTES,
        "metadata": ANY_ARRAY,
    }
)

REQUIRED_DOCUMENT = record(
    {
        "id": UUID,
        "service_id": UUID,
        "document": STRING,
        "uri": URI,
        "attributes": ATTRIBUTES,
        "metadata": ANY_ARRAY,
    }
)

#: A location's own fields, as the list endpoints nest it.
LOCATION_BRIEF = record(
    {
        "id": UUID,
        "location_type": {"enum": ["physical", "postal", "virtual"]},
        "url": URI,
        "organization_id": UUID,
        "name": STRING,
        "alternate_name": STRING,
        "description": STRING,
        "transportation": STRING,
        "latitude": NUMBER,
        "longitude": NUMBER,
        "external_identifier": STRING,
        "external_identifier_type": STRING,
    },
    required=("id", "location_type"),
)

LOCATION = extend(
    LOCATION_BRIEF,
    languages=array_of(LANGUAGE),
    addresses=array_of(ADDRESS),
    contacts=ANY_ARRAY,
    accessibility=array_of(ACCESSIBILITY),
    phones=array_of(PHONE),
    schedules=array_of(SCHEDULE),
    attributes=ATTRIBUTES,
    metadata=ANY_ARRAY,
)

ORGANIZATION_BRIEF = record(
    {
        "id": UUID,
        "name": STRING,
        "alternate_name": STRING,
        "description": STRING,
        "email": EMAIL,
        "website": URI,
        "tax_status": STRING,
        "tax_id": STRING,
        "year_incorporated": NUMBER,
        "legal_status": STRING,
        "logo": STRING,
        "uri": URI,
        "parent_organization_id": UUID,
    },
    required=("id", "name", "description"),
)

#: An organization's own fields with its tables, as a service nests it.
ORGANIZATION_NESTED = extend(
    ORGANIZATION_BRIEF,
    funding=ANY_ARRAY,
    contacts=ANY_ARRAY,
    phones=array_of(PHONE),
    locations=array_of(LOCATION),
    programs=ANY_ARRAY,
    organization_identifiers=ANY_ARRAY,
    attributes=ATTRIBUTES,
    metadata=ANY_ARRAY,
)

SERVICE_BRIEF = record(
    {
        "id": UUID,
        "organization_id": UUID,
        "program_id": UUID,
        "name": STRING,
        "alternate_name": STRING,
        "description": STRING,
        "url": URI,
        "email": EMAIL,
        "status": {"enum": ["active", "inactive", "defunct", "temporarily closed"]},
        "interpretation_services": STRING,
        "application_process": STRING,
        "fees_description": STRING,
        "wait_time": STRING,
        "fees": STRING,
        "accreditations": STRING,
        "eligibility_description": STRING,
        "minimum_age": NUMBER,
        "maximum_age": NUMBER,
        "assured_date": DATE,
        "assurer_email": EMAIL,
        "licenses": STRING,
        "alert": STRING,
        "last_modified": DATE_TIME,
    },
    required=("id", "name", "status"),
)

#: ``compiled/service_list.json``: the service's own fields, its organization's, its program.
SERVICE_LIST_ITEM = extend(
    SERVICE_BRIEF, organization=ORGANIZATION_BRIEF, program={"type": "object"}
)

SERVICE_AT_LOCATION_NESTED = record(
    {
        "id": UUID,
        "service_id": UUID,
        "location_id": UUID,
        "description": STRING,
        "service_areas": ANY_ARRAY,
        "contacts": ANY_ARRAY,
        "phones": array_of(PHONE),
        "schedules": array_of(SCHEDULE),
        "location": LOCATION,
        "attributes": ATTRIBUTES,
        "metadata": ANY_ARRAY,
    }
)

#: ``compiled/service.json``: a service with everything about it.
SERVICE = extend(
    SERVICE_BRIEF,
    organization=ORGANIZATION_NESTED,
    program={"type": "object"},
    phones=array_of(PHONE),
    schedules=array_of(SCHEDULE),
    service_areas=ANY_ARRAY,
    service_at_locations=array_of(SERVICE_AT_LOCATION_NESTED),
    languages=array_of(LANGUAGE),
    funding=ANY_ARRAY,
    cost_options=array_of(COST_OPTION),
    required_documents=array_of(REQUIRED_DOCUMENT),
    contacts=ANY_ARRAY,
    attributes=ATTRIBUTES,
    metadata=ANY_ARRAY,
)

#: ``compiled/service_at_location_list.json``.
SERVICE_AT_LOCATION_LIST_ITEM = record(
    {
        "id": UUID,
        "service_id": UUID,
        "location_id": UUID,
        "description": STRING,
        "location": LOCATION_BRIEF,
        "service": SERVICE_LIST_ITEM,
    }
)

#: ``compiled/service_at_location.json``: the link with its full location and service.
SERVICE_AT_LOCATION = extend(SERVICE_AT_LOCATION_NESTED, service=SERVICE)

#: ``compiled/organization.json``: with its places and its services.
ORGANIZATION = extend(ORGANIZATION_NESTED, services=array_of(SERVICE))

API_ROOT = record(
    {
        "version": {"const": "3.0"},
        "profile": URI,
        "openapi_url": URI,
        "description": STRING,
        "publisher": record(
            {
                "name": STRING,
                "identifier": STRING,
                "email": EMAIL,
                "website": URI,
                "additional_websites": array_of(URI),
            },
            required=("name",),
        ),
    },
    required=("version", "profile", "openapi_url"),
)

ERROR = record(
    {"status": {"type": "integer"}, "message": STRING, "parameter": STRING},
    required=("status", "message"),
)


def page_of(item: dict) -> dict:
    """The OpenAPI file's ``Page`` envelope with ``contents`` of ``item``."""
    count = {"type": "integer", "minimum": 0}
    return record(
        {
            "total_items": count,
            "total_pages": count,
            "page_number": {"type": "integer", "minimum": 1},
            "size": count,
            "first_page": {"type": "boolean"},
            "last_page": {"type": "boolean"},
            "empty": {"type": "boolean"},
            "contents": array_of(item),
        },
        required=(
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents",
        ),
    )


# --- formats ---------------------------------------------------------------------------------
# jsonschema checks "uuid", "email" and "date" by itself; "date-time" and "uri" need
# optional packages, so they are checked here (and "HH:MM" times) without them.

FORMATS = FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def is_date_time(value) -> bool:
    if not isinstance(value, str):
        return True
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return "T" in value and parsed.tzinfo is not None


@FORMATS.checks("date", raises=ValueError)
def is_date(value) -> bool:
    return not isinstance(value, str) or bool(date.fromisoformat(value)) and len(value) == 10


@FORMATS.checks("uri", raises=ValueError)
def is_uri(value) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@FORMATS.checks("time-hh-mm", raises=ValueError)
def is_hh_mm(value) -> bool:
    if not isinstance(value, str):
        return True
    return len(value) == 5 and bool(time.fromisoformat(value))


def validator(schema: dict) -> Draft202012Validator:
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema | {"$schema": DIALECT}, format_checker=FORMATS)


def errors(schema: dict, instance) -> list[str]:
    """Every way ``instance`` breaks ``schema``, as readable lines (empty when valid)."""
    found = validator(schema).iter_errors(instance)
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}" for error in found
    ]
