"""The house stays in order: one direction of imports, and apps that install on their own.

- Pages call services, services never import the page classes (they look content
  up through the app registry, ``pathways.learning.content``), so nothing needs a
  function-level import to hide a cycle.
- ``load_demo`` runs from an installed copy: no app module imports ``tests``.
"""

import ast
from pathlib import Path

import pytest
from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[2]
APPS = ["portal", "pathways", "resources", "events", "volunteers"]
PAGE_CLASSES = {
    "HowToModulePage",
    "PathwayPage",
    "LearningIndexPage",
    "DirectoryPage",
    "OrganizationPage",
    "ServicePage",
    "OpportunityPage",
    "EventIndexPage",
    "EventPage",
}
SERVICES = [
    "pathways/learning",
    "pathways/xapi",
    "pathways/checklists.py",
    "pathways/forms.py",
    "resources/directory.py",
    "resources/forms.py",
    "events/calendar.py",
    "events/schedule.py",
    "events/registration.py",
    "events/checkin.py",
    "events/notices.py",
    "events/forms.py",
]
#: Function-level imports that are deliberate: Django's ready(), and the demo (factory_boy
#: is an extra that production leaves out).
DELIBERATE = {
    ("portal/apps.py", "ready"),
    ("pathways/apps.py", "ready"),
    ("pathways/wagtail_hooks.py", "load_pathways_demo"),
    ("resources/apps.py", "ready"),
    ("resources/wagtail_hooks.py", "load_resources_demo"),
    ("events/apps.py", "ready"),
    ("events/wagtail_hooks.py", "load_events_demo"),
}


def python_files(*roots):
    for root in roots:
        path = ROOT / root
        files = [path] if path.suffix == ".py" else sorted(path.rglob("*.py"))
        for file in files:
            if "migrations" not in file.parts:
                yield file


def imported_names(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            yield node.module or "", [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []


def test_no_app_module_imports_the_tests():
    offenders = [
        str(file.relative_to(ROOT))
        for file in python_files(*APPS)
        for module, _names in imported_names(ast.parse(file.read_text()))
        if module == "tests" or module.startswith("tests.")
    ]
    assert offenders == []


def test_the_factories_the_demo_uses_are_part_of_the_package():
    packages = find_packages(str(ROOT), include=[f"{app}*" for app in APPS])
    assert {"portal.factories", "pathways.demo", "portal.demo"} <= set(packages)


@pytest.mark.parametrize("service", SERVICES)
def test_services_never_import_the_page_classes(service):
    for file in python_files(service):
        for _module, names in imported_names(ast.parse(file.read_text())):
            assert not PAGE_CLASSES & set(names), f"{file.relative_to(ROOT)} imports {names}"


def function_level_imports(file):
    tree = ast.parse(file.read_text())
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import | ast.ImportFrom):
                found.append(function.name)
    return found


def test_no_function_level_imports_hide_a_cycle():
    offenders = []
    for file in python_files("portal", "pathways", "events"):
        relative = str(file.relative_to(ROOT))
        if "/demo/" in relative or "/management/" in relative or "/factories" in relative:
            continue
        for function in function_level_imports(file):
            if (relative, function) not in DELIBERATE:
                offenders.append((relative, function))
    assert offenders == []


DOMAIN_APPS = ["pathways", "resources", "events", "volunteers"]


@pytest.mark.parametrize("app", DOMAIN_APPS)
def test_domain_apps_do_not_import_one_another(app):
    """They meet through portal: hooks, registries and ``portal.activities`` (a check-in
    completes a pathway's workshop step), and name each other's models only as strings
    (a step's page chooser). The demo loads content of both and may use both."""
    others = {other for other in DOMAIN_APPS if other != app}
    offenders = [
        (str(file.relative_to(ROOT)), module)
        for file in python_files(app)
        if "demo" not in file.parts
        for module, _names in imported_names(ast.parse(file.read_text()))
        if module.split(".")[0] in others
    ]
    assert offenders == []


def test_portal_imports_no_domain_app():
    offenders = [
        (str(file.relative_to(ROOT)), module)
        for file in python_files("portal")
        for module, _names in imported_names(ast.parse(file.read_text()))
        if module.split(".")[0] in DOMAIN_APPS
    ]
    assert offenders == []
