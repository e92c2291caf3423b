"""The survey after an event: who is invited (once, however often or however many runs at
once), the email in the person's language, the page that takes one answer per person,
the links it refuses, when it closes, the totals, and the person's data
(``events/surveys.py``, ``events/survey_views.py``)."""

from datetime import timedelta
from unittest import mock

import pytest

from django.core import mail, signing
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from events import schedule, surveys, tokens
from events.factories import AttendanceFactory, RegistrationFactory, occurrences_of
from events.kinds import Program
from events.models import (
    Attendance,
    EventSurveyInvitation,
    EventSurveyResponse,
    Occurrence,
)
from portal import personal_data
from portal.emails import absolute_url
from portal.factories import UserFactory
from tests.concurrency import fire

from .world import CalendarTestCase, build_calendar

ANSWERS = {"overall": "5", "learned": "4", "would_recommend": "yes", "comment": "Very useful."}
CLEANED = {"overall": 4, "learned": 3, "would_recommend": False, "comment": ""}


def ended_ago(occurrence, ago):
    """Move the date so that it ended ``ago`` before now (views read the real clock)."""
    ends = timezone.now() - ago
    Occurrence.objects.filter(pk=occurrence.pk).update(
        starts_at=ends - timedelta(minutes=90), ends_at=ends
    )
    occurrence.refresh_from_db()
    return occurrence


def survey_path(attendance, language="en"):
    """The survey's address in the language (``/es/eventos/encuesta/…``)."""
    with translation.override(language):
        return reverse("events:survey", args=[tokens.survey_token(attendance)])


def answer(attendance, now=None, **changes):
    return surveys.record_answer(
        attendance, CLEANED | changes, now=now or attendance.occurrence.ends_at + timedelta(hours=2)
    )


class TestWhoIsInvited(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = occurrences_of(self.world.weekly)[0]
        self.after = self.date.ends_at + timedelta(hours=2)
        self.ana = AttendanceFactory(
            occurrence=self.date, name="Ana Ruiz", email="ana@example.org", language="es"
        )
        self.ben = AttendanceFactory(occurrence=self.date, name="Ben Lee", email="ben@example.org")
        AttendanceFactory(occurrence=self.date, email="", phone="+15595550100")  # phone only
        # Checked in at a date that has not ended yet.
        self.online = occurrences_of(self.world.online)[0]
        AttendanceFactory(occurrence=self.online, email="o@example.org")

    def test_people_with_an_email_at_ended_dates_are_invited_once(self):
        assert surveys.send_surveys(now=self.date.ends_at + timedelta(minutes=59)) == 0
        assert surveys.send_surveys(now=self.after) == 2
        assert surveys.send_surveys(now=self.after) == 0
        assert surveys.send_surveys(now=self.after + timedelta(days=1)) == 0
        assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "ben@example.org"]
        assert set(EventSurveyInvitation.objects.values_list("attendance", flat=True)) == {
            self.ana.pk,
            self.ben.pk,
        }
        assert EventSurveyInvitation.objects.get(attendance=self.ana).sent_at == self.after
        # Two days later the online class has ended too: only its attendee is new.
        assert surveys.send_surveys(now=self.online.ends_at + timedelta(hours=1)) == 1
        assert mail.outbox[-1].to == ["o@example.org"]

    def test_the_window_is_one_hour_to_fourteen_days_after_the_end(self):
        ends = self.date.ends_at

        def due(now):
            return {a.pk for a in surveys.due(now).filter(occurrence=self.date)}

        assert due(ends + timedelta(minutes=59)) == set()
        assert due(ends + timedelta(hours=1)) == {self.ana.pk, self.ben.pk}
        assert due(ends + timedelta(days=14)) == {self.ana.pk, self.ben.pk}
        assert due(ends + timedelta(days=14, minutes=1)) == set()

    def test_someone_who_answered_already_is_not_invited(self):
        answer(self.ben, now=self.after)
        assert [a.pk for a in surveys.due(self.after)] == [self.ana.pk]

    def test_a_dry_run_sends_and_claims_nothing(self):
        assert surveys.send_surveys(now=self.after, dry_run=True) == 2
        assert mail.outbox == []
        assert not EventSurveyInvitation.objects.exists()

    def test_a_cancelled_date_sends_no_survey(self):
        schedule.cancel(self.date)
        mail.outbox.clear()
        assert surveys.send_surveys(now=self.after) == 0

    def test_a_failed_email_is_released_for_the_next_run(self):
        with (
            mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("SMTP down")),
            pytest.raises(OSError),
        ):
            surveys.send_surveys(now=self.after)
        assert not EventSurveyInvitation.objects.exists()
        assert surveys.send_surveys(now=self.after) == 2

    def test_the_email_is_in_the_persons_language_with_their_link(self):
        surveys.send_surveys(now=self.after)
        emails = {m.to[0]: m for m in mail.outbox}

        spanish = emails["ana@example.org"]
        assert "Leer en casa" in spanish.subject
        assert "Ana Ruiz" in spanish.body and "martes" in spanish.body
        assert absolute_url(survey_path(self.ana, "es")) in spanish.body
        english = emails["ben@example.org"]
        assert english.subject == "How was Reading at home?"
        assert "Tuesday" in english.body
        assert absolute_url(survey_path(self.ben, "en")) in english.body
        assert tokens.survey_token(self.ana) not in english.body

    def test_the_command_has_a_dry_run_and_never_repeats(self):
        ended_ago(self.date, timedelta(hours=3))
        call_command("send_event_surveys", "--dry-run")
        assert mail.outbox == []
        call_command("send_event_surveys")
        call_command("send_event_surveys")
        assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "ben@example.org"]


class TestTheSurveyPage(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = ended_ago(occurrences_of(self.world.weekly)[0], timedelta(days=2))
        self.ana = AttendanceFactory(
            occurrence=self.date, name="Ana Ruiz", email="ana@example.org", language="es"
        )

    def test_it_renders_in_english_with_large_rows_to_tap(self):
        response = self.client.get(survey_path(self.ana, "en"))
        page = response.content.decode()
        assert response.status_code == 200
        assert response["X-Robots-Tag"] == "noindex"
        assert '<html lang="en">' in page and "Reading at home" in page
        assert page.count('class="survey-scale__point"') == 5 + 5 + 2
        assert "Very satisfied" in page and 'name="comment"' in page

    def test_it_renders_in_spanish(self):
        response = self.client.get(survey_path(self.ana, "es"))
        page = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="es">' in page and "Leer en casa" in page
        assert "Enviar mis respuestas" in page

    def test_answering_once_then_a_thank_you(self):
        response = self.client.post(survey_path(self.ana, "es"), ANSWERS)
        assert response.status_code == 302 and response["Location"] == survey_path(self.ana, "es")
        saved = EventSurveyResponse.objects.get(attendance=self.ana)
        assert (saved.overall, saved.learned, saved.would_recommend) == (5, 4, True)
        assert (saved.comment, saved.language, saved.occurrence_id) == (
            "Very useful.",
            "es",
            self.date.pk,
        )
        page = self.client.get(response["Location"]).content.decode()
        assert "survey-scale__point" not in page
        assert "Cada encuesta se responde una sola vez" in page

    def test_a_second_answer_is_refused_and_changes_nothing(self):
        self.client.post(survey_path(self.ana), ANSWERS)
        response = self.client.post(
            survey_path(self.ana), ANSWERS | {"overall": "1", "comment": "Changed my mind"}
        )
        assert response.status_code == 409
        assert "Your new answers were not saved." in response.content.decode()
        saved = EventSurveyResponse.objects.get(attendance=self.ana)
        assert (saved.overall, saved.comment) == (5, "Very useful.")
        with pytest.raises(surveys.AlreadyAnswered) as refused:
            answer(self.ana, now=timezone.now())
        assert refused.value.response.pk == saved.pk
        assert EventSurveyResponse.objects.count() == 1

    def test_an_incomplete_answer_is_shown_again_and_saves_nothing(self):
        response = self.client.post(survey_path(self.ana), {"learned": "4", "comment": "x"})
        assert response.status_code == 200
        assert response.context["form"].has_error("overall", "required")
        assert response.context["form"].has_error("would_recommend", "required")
        response = self.client.post(survey_path(self.ana), ANSWERS | {"comment": "x" * 1001})
        assert response.context["form"].has_error("comment", "max_length")
        response = self.client.post(survey_path(self.ana), ANSWERS | {"overall": "6"})
        assert response.context["form"].has_error("overall", "invalid_choice")
        assert not EventSurveyResponse.objects.exists()

    def test_the_survey_closes_thirty_days_after_the_date(self):
        ended_ago(self.date, timedelta(days=30, minutes=1))
        response = self.client.get(survey_path(self.ana))
        assert response.status_code == 200
        assert "This survey closed on" in response.content.decode()
        assert "survey-scale__point" not in response.content.decode()
        assert self.client.post(survey_path(self.ana), ANSWERS).status_code == 410
        with pytest.raises(surveys.SurveyClosed):
            answer(self.ana, now=timezone.now())
        assert not EventSurveyResponse.objects.exists()

    def test_it_is_open_until_then(self):
        ended_ago(self.date, timedelta(days=29, hours=23))
        assert self.client.post(survey_path(self.ana), ANSWERS).status_code == 302

    def test_before_the_event_ends_it_is_not_open(self):
        later = AttendanceFactory(
            occurrence=occurrences_of(self.world.online)[0], email="later@example.org"
        )
        response = self.client.get(survey_path(later))
        assert "This survey opens when the event has ended." in response.content.decode()
        assert self.client.post(survey_path(later), ANSWERS).status_code == 200
        assert not EventSurveyResponse.objects.exists()

    def test_a_person_without_an_email_has_no_survey_link(self):
        phone_only = AttendanceFactory(occurrence=self.date, email="", phone="+15595550100")
        assert self.client.get(survey_path(phone_only)).status_code == 404


def tampered(token):
    return token[:-1] + ("A" if token[-1] != "A" else "B")


def signed_as_a_cancel_link(token):
    """The same attendance number, signed with the cancel links' salt."""
    pk = signing.Signer(salt=tokens.SURVEY).unsign_object(token)["a"]
    return signing.Signer(salt=tokens.CANCEL).sign_object({"a": pk}, compress=True)


def a_registrations_cancel_link(token):
    """A real cancel link (same salt family, a registration's number)."""
    pk = signing.Signer(salt=tokens.SURVEY).unsign_object(token)["a"]
    return signing.Signer(salt=tokens.CANCEL).sign_object({"r": pk}, compress=True)


def swapped_payload(token):
    _value, signature = token.rsplit(":", 1)
    other = signing.Signer(salt=tokens.SURVEY).sign_object({"a": 999_999}, compress=True)
    return f"{other.rsplit(':', 1)[0]}:{signature}"


def to_nobody(token):
    return signing.Signer(salt=tokens.SURVEY).sign_object({"a": 999_999}, compress=True)


SPOILERS = [tampered, signed_as_a_cancel_link, a_registrations_cancel_link, swapped_payload]
SPOILERS += [to_nobody, lambda token: "not-a-token"]
SPOILER_IDS = ["tampered", "other-salt", "cancel-link", "swapped-payload", "nobody", "garbage"]


class TestLinksThatDoNotWork(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = ended_ago(occurrences_of(self.world.weekly)[0], timedelta(days=2))
        self.ana = AttendanceFactory(occurrence=self.date, email="ana@example.org")

    def test_spoiled_links_are_the_link_invalid_page(self):
        for spoil, name in zip(SPOILERS, SPOILER_IDS, strict=True):
            with self.subTest(name):
                token = spoil(tokens.survey_token(self.ana))
                with pytest.raises(tokens.InvalidToken):
                    tokens.attendance_for_survey(token)
                response = self.client.get(f"/en/events/survey/{token}/")
                assert response.status_code == 404
                assert "events/link_invalid.html" in [t.name for t in response.templates]
                response = self.client.post(f"/en/events/survey/{token}/", ANSWERS)
                assert response.status_code == 404
        assert not EventSurveyResponse.objects.exists()

    def test_a_survey_link_opens_nothing_else(self):
        registration = RegistrationFactory(occurrence=self.date)
        survey_token = tokens.survey_token(self.ana)
        with pytest.raises(tokens.InvalidToken):
            tokens.registration_for_manage(survey_token)
        with pytest.raises(tokens.InvalidToken):
            tokens.attendance_for_survey(tokens.manage_token(registration))
        with pytest.raises(tokens.InvalidToken):
            tokens.attendance_for_survey(tokens.check_in_token(registration))
        assert self.client.get(f"/en/events/registration/{survey_token}/").status_code == 404

    def test_tokens_name_one_attendance_each(self):
        ben = AttendanceFactory(occurrence=self.date, email="ben@example.org")
        assert tokens.survey_token(ben) != tokens.survey_token(self.ana)
        assert tokens.attendance_for_survey(tokens.survey_token(ben)).pk == ben.pk


class TestTotals(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = occurrences_of(self.world.weekly)[0]
        self.online = occurrences_of(self.world.online)[0]
        self.after = self.online.ends_at + timedelta(hours=2)
        people = [AttendanceFactory(occurrence=self.date) for _n in range(4)]
        surveys.send_surveys(now=self.after)
        for person, overall, learned, recommend in zip(
            people[:3], [5, 4, 2], [5, 3, 1], [True, True, False], strict=True
        ):
            answer(
                person, now=self.after, overall=overall, learned=learned, would_recommend=recommend
            )
        # The same person (by email) at the online class: two responses, one respondent.
        again = AttendanceFactory(occurrence=self.online, email=people[0].email)
        answer(again, now=self.after, overall=3)

    def test_satisfaction_of_a_set_of_attendances(self):
        figures = surveys.satisfaction(Attendance.objects.all())
        assert (figures.invited, figures.responses, figures.respondents) == (4, 4, 3)
        assert figures.mean_overall == (5 + 4 + 2 + 3) / 4
        assert figures.mean_learned == (5 + 3 + 1 + 3) / 4
        assert (figures.satisfied, figures.share_satisfied) == (2, 0.5)
        assert figures.recommend == 2  # CLEANED says "no" for the online answer
        assert figures.response_rate == 1.0

    def test_rows_by_program_and_date(self):
        rows = dict(surveys.satisfaction_rows(Attendance.objects.all(), by="program"))
        assert set(rows) == {Program.PARENT_UNIVERSITY, Program.PARENT_PORTAL}
        workshop = rows[Program.PARENT_UNIVERSITY]
        assert (workshop.invited, workshop.responses, workshop.respondents) == (4, 3, 3)
        assert workshop.share_satisfied == 2 / 3 and workshop.response_rate == 3 / 4
        by_date = dict(surveys.satisfaction_rows(Attendance.objects.all(), by="occurrence_id"))
        assert by_date[self.online.pk].mean_overall == 3
        assert by_date[self.online.pk].response_rate is None  # answered, never invited

    def test_nothing_answered_gives_empty_figures(self):
        figures = surveys.satisfaction(Attendance.objects.none())
        assert (figures.responses, figures.respondents, figures.mean_overall) == (0, 0, None)
        assert figures.share_satisfied is None and figures.response_rate is None
        assert surveys.records(Attendance.objects.filter(occurrence=self.date))[0]["keys"]


class TestPersonalData(CalendarTestCase):
    def setUp(self):
        super().setUp()
        self.date = occurrences_of(self.world.weekly)[0]
        self.after = self.date.ends_at + timedelta(hours=2)
        self.ana = UserFactory(email="ana@example.org", first_name="Ana", last_name="Ruiz")
        self.ben = UserFactory(email="ben@example.org", first_name="Ben", last_name="Lee")
        self.ana_came = AttendanceFactory(
            occurrence=self.date, user=self.ana, name="Ana Ruiz", email="ana@example.org"
        )
        self.ben_came = AttendanceFactory(
            occurrence=self.date, user=self.ben, name="Ben Lee", email="ben@example.org"
        )
        surveys.send_surveys(now=self.after)
        answer(self.ana_came, now=self.after, overall=5, comment="Ms. Díaz was great, call me")
        answer(self.ben_came, now=self.after, overall=2, comment="Too short")

    def test_the_export_has_her_survey_answers_only(self):
        AttendanceFactory(  # checked in elsewhere, never sent the survey: not listed
            occurrence=occurrences_of(self.world.online)[0], user=self.ana, email=""
        )
        data = personal_data.person_data(self.ana)
        [mine] = data["event_surveys"]
        assert mine["event"] == "Reading at home"
        assert (mine["overall_satisfaction"], mine["comment"]) == (5, "Ms. Díaz was great, call me")
        assert mine["survey_sent_at"] == self.after.isoformat()
        assert "Too short" not in personal_data.to_json(data)
        held = {h.section.key: h.count for h in personal_data.holdings(self.ana)}
        assert held["event_surveys"] == 1

    def test_an_invitation_not_answered_is_in_the_export_too(self):
        EventSurveyResponse.objects.filter(attendance=self.ana_came).delete()
        [mine] = personal_data.person_data(self.ana)["event_surveys"]
        assert mine["survey_sent_at"] and mine["answered_at"] is None

    def test_her_walk_in_with_her_verified_email_is_hers_too(self):
        walk_in = AttendanceFactory(
            occurrence=occurrences_of(self.world.online)[0], email="ANA@example.org"
        )
        answer(walk_in, overall=4, comment="Bring my sister next time")
        exported = personal_data.person_data(self.ana)["event_surveys"]
        assert [r["comment"] for r in exported] == [
            "Ms. Díaz was great, call me",
            "Bring my sister next time",
        ]
        personal_data.delete_account(self.ana)
        assert EventSurveyResponse.objects.get(attendance=walk_in).comment == ""

    def test_deleting_the_account_keeps_the_scores_without_the_comment(self):
        before = surveys.satisfaction(Attendance.objects.all())

        personal_data.delete_account(self.ana)

        kept = EventSurveyResponse.objects.get(attendance=self.ana_came)
        assert (kept.overall, kept.comment) == (5, "")
        self.ana_came.refresh_from_db()
        assert (self.ana_came.user_id, self.ana_came.email, self.ana_came.name) == (None, "", "")
        assert EventSurveyInvitation.objects.filter(attendance=self.ana_came).exists()
        assert surveys.satisfaction(Attendance.objects.all()) == before
        # Ben is untouched; Ana's old link opens nothing that could name her.
        assert EventSurveyResponse.objects.get(attendance=self.ben_came).comment == "Too short"
        with pytest.raises(tokens.InvalidToken):
            tokens.attendance_for_survey(tokens.survey_token(self.ana_came))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_runs_at_once_invite_each_person_once(site_tree):
    world = build_calendar(site_tree)
    date = occurrences_of(world.weekly)[0]
    for n in range(6):
        AttendanceFactory(occurrence=date, email=f"p{n}@example.org")
    after = date.ends_at + timedelta(hours=2)

    results = fire(lambda _i: surveys.send_surveys(now=after), count=4)

    assert sum(results) == 6, results
    assert sorted(m.to[0] for m in mail.outbox) == [f"p{n}@example.org" for n in range(6)]
    assert EventSurveyInvitation.objects.count() == 6


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_answers_at_once_keep_one(site_tree):
    world = build_calendar(site_tree)
    date = occurrences_of(world.weekly)[0]
    person = AttendanceFactory(occurrence=date, email="ana@example.org")
    after = date.ends_at + timedelta(hours=2)

    def send(index):
        return surveys.record_answer(
            Attendance.objects.select_related("occurrence").get(pk=person.pk),
            CLEANED | {"overall": index % 5 + 1},
            now=after,
        )

    results = fire(send, count=4)

    saved = [r for r in results if isinstance(r, EventSurveyResponse)]
    refused = [r for r in results if isinstance(r, surveys.AlreadyAnswered)]
    assert (len(saved), len(refused)) == (1, 3), results
    assert EventSurveyResponse.objects.filter(attendance=person).count() == 1
