"""The catalogue of intervision methods a facilitator can choose from.

Each method is public knowledge (see the literature on intervision and peer
consultation); what is kept here is what a facilitator needs to run it: when to
use it, who plays which role, and the ordered steps with their rule and planned
time. Choosing a method on a session copies these steps into the session, where
the facilitator may adapt them, so the catalogue itself never changes a session.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

ROLES = {
    "case-bringer": _("Case bringer"),
    "facilitator": _("Facilitator"),
    "timekeeper": _("Timekeeper"),
    "note-taker": _("Note-taker"),
    "advisers": _("Advisers"),
    "observer": _("Observer"),
    "interviewer": _("Interviewer"),
    "reflecting-team": _("Reflecting team"),
    "group": _("Whole group"),
}


def role_choices():
    return list(ROLES.items())


def role_label(key):
    return ROLES.get(key, key)


@dataclass(frozen=True)
class Step:
    title: str
    rule: str
    role: str
    minutes: int


@dataclass(frozen=True)
class Method:
    key: str
    name: str
    purpose: str
    roles: tuple[str, ...]
    steps: tuple[Step, ...]

    @property
    def total_minutes(self):
        return sum(step.minutes for step in self.steps)

    @property
    def role_labels(self):
        return [role_label(role) for role in self.roles]


INCIDENT = Method(
    key="incident",
    name=_("Incident method"),
    purpose=_(
        "Use it when a coach wants to learn from one recent, concrete situation that went "
        "wrong or got stuck, and when the group also wants to look back at earlier advice."
    ),
    roles=("case-bringer", "facilitator", "timekeeper", "note-taker", "advisers"),
    steps=(
        Step(
            _("Follow-up of earlier advice"),
            _("Only what was tried since last time and what came of it."),
            "facilitator",
            5,
        ),
        Step(
            _("Choosing the incident"),
            _("Everyone pitches a case in a few sentences; the group picks one."),
            "group",
            15,
        ),
        Step(
            _("Sketch of the situation"),
            _("The case bringer tells a recent, concrete situation; the others listen."),
            "case-bringer",
            10,
        ),
        Step(
            _("Question round"),
            _("Questions for information only, no advice."),
            "advisers",
            15,
        ),
        Step(
            _("Analysis without the case bringer"),
            _("The case bringer steps out; the advisers analyse in small groups."),
            "advisers",
            10,
        ),
        Step(
            _("Advice round"),
            _("Each adviser gives advice; the case bringer only listens and takes notes."),
            "advisers",
            10,
        ),
        Step(
            _("Usable advice and follow-up"),
            _(
                "The case bringer says which advice they will try; "
                "the group agrees when to look back."
            ),
            "case-bringer",
            10,
        ),
        Step(
            _("Evaluation"),
            _("How did the method work for this case?"),
            "facilitator",
            5,
        ),
    ),
)

GOSSIP = Method(
    key="gossip",
    name=_("Gossip method"),
    purpose=_(
        "Use it in a group that knows each other well and feels safe, when the case bringer "
        "wants to hear frankly how others see the situation."
    ),
    roles=("case-bringer", "facilitator", "timekeeper", "advisers"),
    steps=(
        Step(
            _("Introducing the question"),
            _("The case bringer states the question briefly."),
            "case-bringer",
            5,
        ),
        Step(
            _("Exploring with open questions"),
            _(
                "Open questions only, about three per member; "
                "the case bringer chooses which to answer."
            ),
            "advisers",
            15,
        ),
        Step(
            _("Gossip round"),
            _(
                "The case bringer sits outside the circle with their back to the group, silent, "
                "taking notes; the others talk about them in the third person."
            ),
            "advisers",
            15,
        ),
        Step(
            _("Reaction of the case bringer"),
            _("What touched, what is accepted or rejected, which action follows."),
            "case-bringer",
            15,
        ),
        Step(
            _("Evaluating the process"),
            _("Content, procedure, relationship and feeling: how did it go?"),
            "facilitator",
            5,
        ),
        Step(
            _("Learning points for everyone"),
            _("Each member names a learning point or a resolution."),
            "group",
            5,
        ),
    ),
)

CODEVELOPMENT = Method(
    key="codevelopment",
    name=_("Professional co-development"),
    purpose=_(
        "Use it in a stable group of five to eight peers without hierarchy, when a member "
        "brings a problem, a project or a concern and wants an action plan."
    ),
    roles=("case-bringer", "facilitator", "timekeeper", "advisers"),
    steps=(
        Step(
            _("Presenting the issue"),
            _("The client sets out the issue and their expectations, without interruption."),
            "case-bringer",
            10,
        ),
        Step(
            _("Clarifying questions"),
            _("Questions only, no advice."),
            "advisers",
            15,
        ),
        Step(
            _("Contract"),
            _("The client states the help wanted; the group agrees what the consultation covers."),
            "case-bringer",
            5,
        ),
        Step(
            _("Consultation"),
            _(
                "Consultants offer reactions, hypotheses and their own experience; the client "
                "listens and may ask for precision."
            ),
            "advisers",
            25,
        ),
        Step(
            _("Synthesis and action plan"),
            _("The client sums up what they keep and states an action plan."),
            "case-bringer",
            10,
        ),
        Step(
            _("What each one learned"),
            _("Everyone names what they learned, consultants included."),
            "group",
            10,
        ),
    ),
)

PEER_CASE_CONSULTATION = Method(
    key="peer-case-consultation",
    name=_("Peer case consultation"),
    purpose=_(
        "Use it when several members bring cases and the group must choose one, and when the "
        "key question calls for a particular way of consulting (brainstorming, reversal, ...)."
    ),
    roles=("case-bringer", "facilitator", "advisers", "note-taker", "timekeeper", "observer"),
    steps=(
        Step(
            _("Casting"),
            _("Everyone pitches a case briefly; the group chooses one and assigns the roles."),
            "facilitator",
            5,
        ),
        Step(
            _("Spontaneous account"),
            _("The narrator tells the case; then clarifying questions only."),
            "case-bringer",
            10,
        ),
        Step(
            _("Key question"),
            _("Concrete, positive and personal: “How can I make sure that…?”"),
            "case-bringer",
            5,
        ),
        Step(
            _("Choice of a consultation module"),
            _("Pick the module that fits the key question, for example brainstorming."),
            "facilitator",
            5,
        ),
        Step(
            _("Consultation"),
            _(
                "The advisers work within the module; the narrator only listens; "
                "every idea is noted."
            ),
            "advisers",
            10,
        ),
        Step(
            _("Closing"),
            _("The narrator responds to the ideas and receives the notes."),
            "case-bringer",
            10,
        ),
    ),
)

BALINT = Method(
    key="balint",
    name=_("Balint group"),
    purpose=_(
        "Use it for the relational side of the work: an emotionally charged relationship "
        "with a tenant that keeps coming back to mind."
    ),
    roles=("case-bringer", "facilitator", "group"),
    steps=(
        Step(
            _("Telling the case"),
            _("Brief, informal and without notes, including your own feelings and the atmosphere."),
            "case-bringer",
            10,
        ),
        Step(
            _("A few factual questions"),
            _("Only what is needed to follow the story; no interrogation."),
            "group",
            5,
        ),
        Step(
            _("Exploring the relationship"),
            _(
                "Speak about the relationship between professional and tenant, empathise with "
                "both sides; no judgement, no advice; the presenter listens."
            ),
            "group",
            25,
        ),
        Step(
            _("The presenter comes back in"),
            _("Say what struck you; there is no need to answer everything."),
            "case-bringer",
            5,
        ),
        Step(
            _("Closing"),
            _("The leader closes without summarising into advice."),
            "facilitator",
            5,
        ),
    ),
)

REFLECTING_TEAM = Method(
    key="reflecting-team",
    name=_("Reflecting team"),
    purpose=_(
        "Use it when the case bringer needs new perspectives rather than solutions, and can "
        "choose freely what to take from a conversation held in front of them."
    ),
    roles=("case-bringer", "interviewer", "reflecting-team", "timekeeper"),
    steps=(
        Step(
            _("Interview"),
            _("The interviewer talks with the case bringer; the team listens in silence."),
            "interviewer",
            20,
        ),
        Step(
            _("Invitation to reflect"),
            _("The interviewer hands over to the team."),
            "interviewer",
            2,
        ),
        Step(
            _("Team reflection"),
            _(
                "The team talks among themselves without addressing the case bringer, tentatively "
                "(“I wonder if…”), only about what was heard; no consensus sought."
            ),
            "reflecting-team",
            15,
        ),
        Step(
            _("Response"),
            _("The case bringer says what resonated and what did not."),
            "case-bringer",
            10,
        ),
        Step(
            _("Closing"),
            _("A short round on how the conversation went."),
            "interviewer",
            5,
        ),
    ),
)

INCIDENT_AGGRESSION = Method(
    key="incident-aggression",
    name=_("Incident method for aggression"),
    purpose=_(
        "Use it after aggression or threatening behaviour, for instance on a home visit, so "
        "the team does not get used to small incidents; at most fifteen participants."
    ),
    roles=("facilitator", "case-bringer", "advisers", "note-taker"),
    steps=(
        Step(
            _("Listing recent incidents"),
            _("Everyone names their recent incidents, small ones included."),
            "group",
            5,
        ),
        Step(_("Choosing one incident"), _("The group picks one incident."), "group", 3),
        Step(
            _("Account and questions"),
            _("The person involved tells what happened; the others ask questions."),
            "case-bringer",
            12,
        ),
        Step(
            _("Summary in fifteen words"),
            _("Summarise the incident in at most fifteen words."),
            "group",
            5,
        ),
        Step(
            _("Listening to feelings"),
            _("Listen to how the person involved felt; no advice yet."),
            "advisers",
            8,
        ),
        Step(
            _("Wishes and solutions from three angles"),
            _("Collect wishes and solutions for oneself, the team and the organisation."),
            "advisers",
            12,
        ),
        Step(_("Weighing pros and cons"), _("Weigh each solution openly."), "group", 7),
        Step(
            _("Measures and policy advice"),
            _("Write down practical measures and advice for the organisation."),
            "note-taker",
            8,
        ),
    ),
)

FIVE_STEP = Method(
    key="five-step",
    name=_("Five-step method"),
    purpose=_("Use it as a light default when the group is new to intervision or time is short."),
    roles=("case-bringer", "facilitator", "advisers"),
    steps=(
        Step(
            _("Introducing the question"),
            _("The case bringer introduces the question."),
            "case-bringer",
            5,
        ),
        Step(
            _("Exploring the problem"),
            _("Questions and summaries, no advice yet."),
            "advisers",
            15,
        ),
        Step(
            _("Core of the problem"),
            _("The group formulates the core of the problem together."),
            "group",
            10,
        ),
        Step(
            _("Advice round"),
            _("Every member gives at least one piece of advice; the case bringer reacts."),
            "advisers",
            15,
        ),
        Step(
            _("Evaluation"),
            _("The case bringer evaluates the process."),
            "case-bringer",
            5,
        ),
    ),
)

METHODS = {
    method.key: method
    for method in (
        INCIDENT,
        GOSSIP,
        CODEVELOPMENT,
        PEER_CASE_CONSULTATION,
        BALINT,
        REFLECTING_TEAM,
        INCIDENT_AGGRESSION,
        FIVE_STEP,
    )
}


def get_method(key):
    """The method for ``key``, or None for an empty or unknown key."""
    return METHODS.get(key or "")


def method_choices():
    return [(key, method.name) for key, method in METHODS.items()]


def method_label(key):
    method = get_method(key)
    return method.name if method else ""
