"""The page types every check walks through, and how a person reaches each one."""

from dataclasses import dataclass
from urllib.parse import urlencode

LANGUAGES = ("nl", "fr")
SEARCH_WORDS = {"nl": "gitaar", "fr": "guitare", "en": "guitar"}


@dataclass(frozen=True)
class PageType:
    kind: str
    role: str | None = None
    # Whether the first Tab must land on the skip link: not on a print document
    # (no site navigation to skip) nor where a form focuses its first field on load.
    skip_link: bool = True

    def path(self, site, language):
        if self.kind == "search":
            return f"/{language}/search/?{urlencode({'q': SEARCH_WORDS[language]})}"
        if self.kind in ("login", "offline"):
            return f"/{language}/{self.kind}/"
        return site.page(language, self.kind)


PAGE_TYPES = (
    PageType("home"),
    PageType("practice_index"),
    PageType("practice"),
    PageType("partner_index"),
    PageType("partner"),
    PageType("search"),
    PageType("glossary"),
    PageType("glossary_term"),
    PageType("standard"),
    PageType("login", skip_link=False),
    PageType("offline"),
    PageType("onboarding", role="newhire"),
    PageType("intervision_index", role="facilitator"),
    PageType("session", role="facilitator"),
    PageType("exchange_day", role="facilitator"),
    PageType("prepare", role="facilitator"),
    PageType("agenda", role="facilitator", skip_link=False),
)

CASES = [(page_type, language) for page_type in PAGE_TYPES for language in LANGUAGES]
CASE_IDS = [f"{page_type.kind}-{language}" for page_type, language in CASES]


def open_page(browsing, site, page_type, language, phone=False):
    """Open one page as its reader would (signed in where it is for members) and check it loaded."""
    session = browsing(phone=phone, role=page_type.role)
    page = session.new_page()
    response = page.goto(page_type.path(site, language))
    assert response is not None and response.status == 200, (
        f"{page_type.kind} in {language} answered {response and response.status} at {page.url}"
    )
    assert "/login/" not in page.url or page_type.kind == "login", (
        f"{page_type.kind} in {language} sent the signed-in {page_type.role} to {page.url}"
    )
    return session, page
