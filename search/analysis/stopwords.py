"""Function words per language: dropped from documents and queries, never searched for.

Short lists on purpose: a word that carries meaning in a coach's query
("les" is a lesson in Dutch, "door" a door in English) is only a stop word
in the language that treats it as one. Words are folded (no accents).
"""


def _listed(text):
    return frozenset(text.split())


STOP_WORDS = {
    "nl": _listed(
        """
        aan al alle als bij dan dat de der deze die dit door een en er het hem hen hier
        hij hun ik in is je jij kan me met mij mijn na naar niet nog nu of om omdat ook op
        over te ten ter tot u uit van veel voor wat we wel wie wij worden wordt zal ze zich
        zij zijn zo zoals hoe wanneer kunnen moet moeten
        """
    ),
    "fr": _listed(
        """
        a au aux avec ce ces cet cette dans de des du elle elles en est et eux il ils je la
        le les leur leurs lui ma mais me mes moi mon ne nos notre nous on ou par pas pour
        qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous y
        comment quand si peut peuvent
        """
    ),
    "en": _listed(
        """
        a about an and are as at be by for from has have he her his how i in into is it its
        of on or our she so that the their them they this to was we were what when where
        which who will with you your can could do does did not if there should would my
        me us been had than then
        """
    ),
}


def stop_words(language):
    """The folded stop words of ``language`` (none for a language without a list)."""
    return STOP_WORDS.get(language, frozenset())


def is_stop_word(word, language):
    return word in stop_words(language)
