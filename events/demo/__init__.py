"""The events demo: a school year of workshops in English and Spanish, with its records.

``data`` says what the calendar holds (plain data, no database); ``loader`` builds it
with the app's factories and adds the registrations and check-ins the reports count.
"""
