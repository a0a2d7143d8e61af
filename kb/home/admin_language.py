"""The admin, and the e-mails a member receives, speak the language the member chose.

Wagtail keeps one preferred language per account, used by its admin and by the
e-mails it sends; without one it uses the language of the request, which on
the site follows the last URL prefix visited. A member who has not chosen gets
the language they sign in with as their preference, at every sign-in, so the
admin and their e-mails follow the language they last used. Saving the account
settings, where the preference is shown, is a choice: signing in no longer
changes it.
"""

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import translation

from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile

from kb.people.models import ChosenLanguage


@receiver(user_logged_in, dispatch_uid="remember-admin-language")
def remember_admin_language(sender, request, user, **kwargs):
    language = translation.get_language()
    if language not in dict(get_available_admin_languages()):
        return
    if ChosenLanguage.objects.filter(user=user).exists():
        return
    profile = UserProfile.get_for_user(user)
    if profile.preferred_language != language:
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])


@receiver(post_save, sender=UserProfile, dispatch_uid="remember-chosen-language")
def remember_chosen_language(sender, instance, created, update_fields, **kwargs):
    """A form saved the whole profile (the account settings): its language is a choice."""
    if update_fields is None and instance.preferred_language and not created:
        ChosenLanguage.objects.update_or_create(user_id=instance.user_id)
