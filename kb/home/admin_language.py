"""The admin speaks the language a member chose, whatever site page they read last.

Wagtail uses the account's preferred language, and without one the active
language, which on the site follows the last URL prefix visited. A member who has
not chosen one gets, at sign-in, the language they signed in with as their
preference; they can change it in their account settings.
"""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils import translation

from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile


@receiver(user_logged_in, dispatch_uid="remember-admin-language")
def remember_admin_language(sender, request, user, **kwargs):
    profile = UserProfile.get_for_user(user)
    language = translation.get_language()
    if not profile.preferred_language and language in dict(get_available_admin_languages()):
        profile.preferred_language = language
        profile.save(update_fields=["preferred_language"])
