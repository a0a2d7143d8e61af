"""The admin form of a partner: the privacy check reads every text field.

A partner is an organisation, so its public address is expected to look like an
address; a name, a phone number or an e-mail address in any field, the address
included, still asks the coach to confirm that no private person is named.
"""

from practices.privacy import PrivacyCheckedPageForm


class PartnerPageForm(PrivacyCheckedPageForm):
    privacy_expected = {"address": {"address"}}
