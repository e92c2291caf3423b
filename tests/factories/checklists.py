"""A bilingual module with two checklists whose items share their ids across languages."""

import uuid

from .records import build_course

ENGLISH = {
    "bring": ("Bring to the conference", ["Your child's report card", "Your questions"]),
    "after": ("After the conference", ["Thank the teacher", "Plan one next step"]),
}
SPANISH = {
    "bring": ("Lleve a la conferencia", ["La boleta de su hijo", "Sus preguntas"]),
    "after": ("Después de la conferencia", ["Agradezca al maestro", "Planee un siguiente paso"]),
}


def _body(texts, ids):
    body = [{"type": "paragraph", "value": "<p>Conferences are short.</p>", "id": ids["para"]}]
    for name in ("bring", "after"):
        heading, items = texts[name]
        body.append(
            {
                "type": "checklist",
                "id": ids[name],
                "value": {
                    "heading": heading,
                    "items": [
                        {"type": "item", "value": text, "id": item_id}
                        for text, item_id in zip(items, ids[f"{name}_items"], strict=True)
                    ],
                },
            }
        )
    return body


def build_checklist_course(tree):
    """`build_course` whose module (with its quiz) also has two checklists in both languages.

    Returns the course dict plus ``blocks`` (name → block id) and ``items``
    (name → [item ids]), the same in the English and Spanish copies.
    """
    course = build_course(tree)
    ids = {"para": str(uuid.uuid4()), "bring": str(uuid.uuid4()), "after": str(uuid.uuid4())}
    ids["bring_items"] = [str(uuid.uuid4()) for _ in range(2)]
    ids["after_items"] = [str(uuid.uuid4()) for _ in range(2)]
    module, module_es = course["module"], course["module_es"]
    module.body = _body(ENGLISH, ids)
    module.save_revision().publish()
    module_es.body = _body(SPANISH, ids)
    module_es.save_revision().publish()
    course["module"] = type(module).objects.get(pk=module.pk)
    course["module_es"] = type(module_es).objects.get(pk=module_es.pk)
    course["blocks"] = {"bring": ids["bring"], "after": ids["after"]}
    course["items"] = {"bring": ids["bring_items"], "after": ids["after_items"]}
    return course
