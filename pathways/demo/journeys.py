"""One demo learner's story through their pathways, as plain data.

A person starts a pathway, then goes step by step in the editor's order and
may stop at any step (the funnel). A module step is a quiz: answers are drawn
question by question (some questions are harder than others), scored with
``pathways.scoring.score_quiz`` and retried after a failure. Survey answers
come from the person's confidence on each subscale, which rises by a noisy
amount between the before and the after survey. Nothing happens after ``now``.

Which steps count as done, and when the pathway is complete, is decided as the
site decides it (``pathways.learning``): a survey completes its pathway's step,
a passed quiz completes that module's step in every pathway the person had
started, and ``PathwayPage.progress_of`` says when the rule is met.
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field

from pathways import scoring
from pathways.kinds import POST, PRE, RETROSPECTIVE

from .people import GETTING_STARTED

# The chance of going on to a step, having done the one before (staff: it is their PD).
CONTINUE = {
    "parent": {PRE: 0.93, "module": 0.9, POST: 0.82, RETROSPECTIVE: 0.45, "retry": 0.85},
    "anonymous": {PRE: 0.85, "module": 0.8, POST: 0.7, RETROSPECTIVE: 0.3, "retry": 0.7},
    "staff": {"module": 0.93, "retry": 1.0},
}
# Mean and spread of the change in confidence a pathway brings, per subscale (1–5 scale).
GAINS = {
    GETTING_STARTED: {"school": (0.38, 0.4), "learning": (0.08, 0.3)},
    "default": {"school": (0.62, 0.5), "learning": (0.28, 0.4)},
}
# Where each statement sits against the person's subscale level (some are easier to agree with).
ITEM_OFFSETS = (0.2, -0.3, 0.3, 0.1, -0.4, -0.2, 0.0, 0.1, 0.3, -0.3, -0.2, 0.0)
# Remembering "then" in a looking-back survey: people rate their past selves a little lower.
RECALL_SHIFT = -0.25
MAX_TRIES = 4  # nobody tries an unlimited quiz more than this in the demo


@dataclass
class Enrolled:
    pathway: object  # course.PathwayContent
    started_at: datetime.datetime
    steps: dict = field(default_factory=dict)  # step id → completed at
    completed_at: datetime.datetime | None = None


@dataclass
class Attempt:
    module: object  # course.ModuleContent
    number: int
    submitted_at: datetime.datetime
    result: scoring.QuizResult


@dataclass
class Survey:
    pathway: object
    phase: str
    submitted_at: datetime.datetime
    answers: dict
    scores: dict


@dataclass
class Story:
    enrollments: list = field(default_factory=list)
    attempts: list = field(default_factory=list)
    surveys: list = field(default_factory=list)


class Clock:
    """Realistic times: parents in the evening or at weekends, staff on PD afternoons."""

    def __init__(self, rng, staff, zone, mean_days=None):
        self.rng, self.staff, self.zone = rng, staff, zone
        self.mean_days = mean_days or (3.0 if staff else 6.0)

    def session(self, day):
        rng = self.rng
        if self.staff:
            while day.weekday() >= 5:
                day += datetime.timedelta(days=1)
            hour = rng.choice((8, 13, 14, 15))
        elif day.weekday() >= 5 or rng.random() < 0.15:
            hour = rng.choice((9, 10, 11, 12))
        else:
            hour = rng.choice((18, 19, 19, 20, 20, 21))
        return datetime.datetime.combine(
            day, datetime.time(hour, rng.randrange(60), rng.randrange(60)), tzinfo=self.zone
        )

    def minutes(self, moment, low, high):
        return moment + datetime.timedelta(minutes=self.rng.uniform(low, high))

    def next_step(self, moment):
        """Straight on in the same sitting, or another day."""
        rng = self.rng
        if rng.random() < (0.6 if self.staff else 0.4):
            return self.minutes(moment, 2, 8)
        days = max(1, round(rng.expovariate(1 / self.mean_days)))
        return self.session(moment.astimezone(self.zone).date() + datetime.timedelta(days=days))


class Journey:
    """Simulates one person: ``run(starts)`` returns their ``Story``."""

    def __init__(self, person, course, rng, now, zone):
        self.person, self.course, self.rng, self.now = person, course, rng, now
        # A demo login's story is short and recent, so it is all there when you sign in.
        mean_days = 2.0 if person.script is not None else None
        self.clock = Clock(rng, person.kind == "staff", zone, mean_days)
        self.story = Story()
        self.tries = {}  # module key → attempts used so far
        self.script = person.script or {}
        self.current_script = {}
        # Confidence on each subscale before any pathway (Spanish speakers a little
        # less sure of the school, which the district hears in listening sessions).
        school_mean = 2.6 if person.language == "es" else 2.9
        self.level = {
            "school": rng.gauss(school_mean, 0.55),
            "learning": rng.gauss(3.35, 0.5),
        }

    # -- the walk through a pathway ------------------------------------------

    def goes_on(self, kind, done):
        """Whether the person takes the next step (a script says how many)."""
        if self.person.script is not None:
            return done < self.current_script.get("steps", 0)
        return self.rng.random() < CONTINUE[self.person.kind][kind]

    def run(self, starts):
        """``starts``: (pathway, started_at) in order; a pathway may start after the last."""
        moment = None
        for pathway, started_at in starts:
            if moment is not None and started_at < moment:
                started_at = self.clock.session(
                    moment.date() + datetime.timedelta(days=self.rng.randint(2, 30))
                )
            if started_at >= self.now:
                break
            self.current_script = self.script.get(pathway.slug, {})
            moment = self.walk(pathway, started_at)
        self.settle()
        return self.story

    def walk(self, pathway, started_at):
        enrolled = Enrolled(pathway, started_at)
        self.story.enrollments.append(enrolled)
        moment, done, before = started_at, 0, dict(self.level)
        new_to_portal = self.rng.random() < 0.6
        for definition in pathway.definitions:
            kind = definition.get("phase") or definition["kind"]
            if definition["kind"] == "module" and not definition["required"]:
                # "Getting started": an optional lesson is skipped by those who know it.
                setting_up = self.course.modules[definition["target"]].slug.startswith("set-up")
                wanted = (
                    (0.92 if setting_up else 0.45)
                    if new_to_portal
                    else (0.08 if setting_up else 0.92)
                )
                if self.person.script is None and self.rng.random() > wanted:
                    continue
            elif kind == POST and pathway.step("module") and not self.passed_any(enrolled):
                break
            if not self.goes_on(kind, done):
                break
            moment = self.clock.minutes(moment, 1, 3) if done == 0 else self.clock.next_step(moment)
            if moment >= self.now:
                break
            if definition["kind"] == "module":
                moment, passed = self.quiz(self.course.modules[definition["target"]], moment)
                if not passed:
                    break
            else:
                if kind == POST:
                    self.gain(pathway)
                self.survey(pathway, kind, moment, before)
            done += 1
        return moment

    def passed_any(self, enrolled):
        return any(
            attempt.result.passed and attempt.submitted_at >= enrolled.started_at
            for attempt in self.story.attempts
        )

    # -- quizzes --------------------------------------------------------------

    def quiz(self, module, moment):
        """Attempts until a pass, giving up, or the last allowed attempt.

        Returns when the person last did something (read, or submitted) and whether
        they passed.
        """
        limit = module.max_attempts or MAX_TRIES
        last = moment = self.clock.minutes(moment, module.minutes * 0.6, module.minutes * 1.5)
        missed = set()
        for retry in range(limit):
            used = self.tries.get(str(module.key), 0)
            if moment >= self.now or (module.max_attempts and used >= module.max_attempts):
                break
            answers = self.answers(module, retry, missed)
            result = scoring.score_quiz(module.questions, answers, module.pass_mark)
            self.tries[str(module.key)] = used + 1
            self.story.attempts.append(Attempt(module, used + 1, moment, result))
            last = moment
            if result.passed:
                return last, True
            missed = {r.question_id for r in result.results if not r.correct}
            gives_up = self.rng.random() > CONTINUE[self.person.kind]["retry"]
            if self.person.script is None and gives_up:
                break
            moment = self.clock.minutes(moment, 2, 7)
        return min(last, self.now), False

    def answers(self, module, retry, missed):
        rng, answers = self.rng, {}
        scripted_fail = self.current_script.get("fail_first") == module.slug and retry == 0
        for question in module.questions:
            chance = module.difficulty[question.question_id] + self.person.ability
            chance += 0.04 if self.person.kind == "staff" else 0.0
            chance += 0.08 * retry + (0.12 if question.question_id in missed else 0.0)
            right = rng.random() < min(chance, 0.99)
            if self.person.script is not None:
                hardest = min(module.difficulty, key=module.difficulty.get)
                right = not (scripted_fail and question.question_id == hardest)
            answers[question.question_id] = self.answer(question, right)
        return answers

    def answer(self, question, right):
        correct = sorted(question.correct_ids)
        wrong = sorted(question.choice_ids - question.correct_ids)
        if question.kind != scoring.MULTIPLE:
            return correct[0] if right else self.rng.choice(wrong)
        if right:
            return correct
        if len(correct) > 1 and (not wrong or self.rng.random() < 0.55):
            return sorted(self.rng.sample(correct, len(correct) - 1))  # missed one
        return sorted([*correct, self.rng.choice(wrong)])  # one too many

    # -- surveys --------------------------------------------------------------

    def gain(self, pathway):
        gains = GAINS.get(pathway.slug, GAINS["default"])
        for subscale, (mean, spread) in gains.items():
            self.level[subscale] += self.rng.gauss(mean, spread)

    def survey(self, pathway, phase, moment, before):
        instrument = self.course.instrument
        scorer = instrument.scorer
        if phase == RETROSPECTIVE:
            then = {key: value + RECALL_SHIFT for key, value in before.items()}
            answers = {"then": self.ratings(then), "now": self.ratings(self.level)}
            scores = {
                part: asdict(scoring.score_response(scorer, answers[part]))
                for part in ("then", "now")
            }
        else:
            answers = self.ratings(self.level)
            scores = asdict(scoring.score_response(scorer, answers))
        self.story.surveys.append(Survey(pathway, phase, moment, answers, scores))

    def ratings(self, level):
        """Item id → point: the subscale level plus the item's offset and noise, on the scale.

        One response in twenty skips a statement. One in thirty answers only one
        statement of a subscale (as if given before that subscale's statements were
        added): that subscale has fewer than half its statements answered, so it gets
        no score and the reports leave the response out of that subscale's pairs,
        while its overall score still counts.
        """
        scale = self.course.instrument.scorer.scale
        items = self.course.instrument.items
        skipped = {self.rng.choice(items)["item_id"]} if self.rng.random() < 0.05 else set()
        if self.rng.random() < 1 / 30:
            subscale = self.rng.choice(sorted({item["subscale"] for item in items}))
            of_subscale = [item["item_id"] for item in items if item["subscale"] == subscale]
            skipped |= set(of_subscale[1:])
        answers = {}
        for index, item in enumerate(items):
            value = level[item["subscale"]] + ITEM_OFFSETS[index % len(ITEM_OFFSETS)]
            value = round(value + self.rng.gauss(0, 0.55))
            value = min(scale.high, max(scale.low, value))
            if item["item_id"] not in skipped:
                answers[item["item_id"]] = scale.reverse(value) if item["reverse_scored"] else value
        return answers

    # -- which steps are done, and when each pathway was complete ---------------

    def settle(self):
        """Step completions and ``completed_at``, by the site's own rules."""
        events = [(s.submitted_at, "survey", s) for s in self.story.surveys]
        events += [(a.submitted_at, "quiz", a) for a in self.story.attempts if a.result.passed]
        events.sort(key=lambda event: event[0])
        for moment, kind, record in events:
            for enrolled in self.story.enrollments:
                if enrolled.started_at > moment:
                    continue
                if kind == "survey":
                    if record.pathway is not enrolled.pathway:
                        continue
                    step = enrolled.pathway.step("survey", phase=record.phase)
                else:
                    step = enrolled.pathway.step("module", target=record.module.key)
                if step is None or step["step_id"] in enrolled.steps:
                    continue
                enrolled.steps[step["step_id"]] = moment
                progress = enrolled.pathway.page.progress_of(enrolled.steps)
                if enrolled.completed_at is None and progress and progress.is_complete:
                    enrolled.completed_at = max(enrolled.steps.values())
