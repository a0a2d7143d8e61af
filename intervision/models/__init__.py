"""Intervision sessions, exchange days and the groups and calendars around them."""

from .archive import ArchivedSessionNotes
from .exchange import ExchangeDayPage, ExchangeDayPartner, ExchangeDayPractice, ProgrammeRow
from .groups import CalendarToken, IntervisionGroup
from .index import IntervisionIndexPage, MembersOnlyMixin
from .methods import Method, MethodRole, MethodStep
from .sessions import (
    ActionPoint,
    ActionStatus,
    DiscussedPractice,
    IntervisionSessionPage,
    ParticipantTakeaway,
    SessionRole,
    SessionStep,
)

__all__ = [
    "ActionPoint",
    "ActionStatus",
    "ArchivedSessionNotes",
    "CalendarToken",
    "DiscussedPractice",
    "ExchangeDayPage",
    "ExchangeDayPartner",
    "ExchangeDayPractice",
    "IntervisionGroup",
    "IntervisionIndexPage",
    "IntervisionSessionPage",
    "Method",
    "MethodRole",
    "MethodStep",
    "MembersOnlyMixin",
    "ParticipantTakeaway",
    "ProgrammeRow",
    "SessionRole",
    "SessionStep",
]
