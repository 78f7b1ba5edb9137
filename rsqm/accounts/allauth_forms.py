"""allauth's forms with error messages in GOV.UK style ("Enter your email address").

Named in ``ACCOUNT_FORMS`` and ``MFA_FORMS``; they change wording only, never behaviour.
"""

from __future__ import annotations

from allauth.account import forms as account_forms
from allauth.mfa.base import forms as mfa_base_forms
from allauth.mfa.totp import forms as totp_forms

EMAIL = {
    "required": "Enter your email address",
    "invalid": "Enter an email address in the correct format, like name@example.org",
}


def _say(form, **messages: dict[str, str]) -> None:
    for name, texts in messages.items():
        field = form.fields.get(name)
        if field is not None:
            field.error_messages.update(texts)


class LoginForm(account_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, login=EMAIL, password={"required": "Enter your password"})


class SignupForm(account_forms.SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, email=EMAIL, password1={"required": "Create a password"},
             password2={"required": "Type your password again"})


class ResetPasswordForm(account_forms.ResetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, email=EMAIL)


class ResetPasswordKeyForm(account_forms.ResetPasswordKeyForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, password1={"required": "Enter a new password"},
             password2={"required": "Type your new password again"})


class ChangePasswordForm(account_forms.ChangePasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, oldpassword={"required": "Enter your current password"},
             password1={"required": "Enter a new password"},
             password2={"required": "Type your new password again"})


class ReauthenticateForm(account_forms.ReauthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, password={"required": "Enter your password"})


class AddEmailForm(account_forms.AddEmailForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, email=EMAIL)


CODE = {"required": "Enter the code from your authenticator app"}


class AuthenticateForm(mfa_base_forms.AuthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, code=CODE)


class MFAReauthenticateForm(mfa_base_forms.ReauthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, code=CODE)


class ActivateTOTPForm(totp_forms.ActivateTOTPForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, code=CODE)
