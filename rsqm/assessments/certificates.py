"""Certificate numbers: how they are made, written, checked and matched. No database here.

A number made by rsqm reads ``RSQM-K7DX-4MQ9``: the prefix, seven random characters and a check
character. The 31 characters used leave out 0, O, 1, I and L, which are easily read one for the
other. The check character makes the weighted sum of the eight characters' values (weights 1 to
8) a multiple of 31; as 31 is prime, every single mistyped character and every swap of two
neighbours is caught.

People type numbers in every form: ``rsqm k7dx 4mq9``, ``RSQM-K7DX-4MQ9``, ``K7DX4MQ9``. Numbers
are matched by their *key*: upper case, without spaces or hyphens (and with the prefix added to
eight characters that carry a good check). Numbers of awards made before rsqm are kept as they
were issued; they are matched by the same key.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
PREFIX = "RSQM"
PAYLOAD_LENGTH = 7
_VALUE = {char: index for index, char in enumerate(ALPHABET)}
_MODULUS = len(ALPHABET)  # 31, a prime
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_OURS = re.compile(rf"^{PREFIX}[{ALPHABET}]{{{PAYLOAD_LENGTH + 1}}}$")
_BARE = re.compile(rf"^[{ALPHABET}]{{{PAYLOAD_LENGTH + 1}}}$")
_LEGACY = re.compile(r"^[A-Z0-9][A-Z0-9 \-]{1,38}[A-Z0-9]$")
MAX_INPUT = 100


def check_character(payload: str) -> str:
    """The character that completes ``payload`` (seven characters of :data:`ALPHABET`)."""
    total = sum((position + 1) * _VALUE[char] for position, char in enumerate(payload))
    weight = len(payload) + 1
    # weight * c + total ≡ 0 (mod 31); 31 is prime, so weight has an inverse.
    value = (-total * pow(weight, -1, _MODULUS)) % _MODULUS
    return ALPHABET[value]


def has_good_check(characters: str) -> bool:
    """Whether eight characters of :data:`ALPHABET` carry a correct check character."""
    if not _BARE.match(characters):
        return False
    total = sum((position + 1) * _VALUE[char] for position, char in enumerate(characters))
    return total % _MODULUS == 0


def generate(randbelow=secrets.randbelow) -> str:
    """A new number in its written form, ``RSQM-XXXX-XXXX`` (uniqueness is the caller's check)."""
    payload = "".join(ALPHABET[randbelow(_MODULUS)] for _ in range(PAYLOAD_LENGTH))
    return written(PREFIX + payload + check_character(payload))


def written(key: str) -> str:
    """The written form of one of our keys: ``RSQMK7DX4MQ9`` is ``RSQM-K7DX-4MQ9``."""
    body = key[len(PREFIX):]
    return f"{PREFIX}-{body[:4]}-{body[4:]}"


def squash(text: str) -> str:
    """Upper case, without spaces and hyphens of any kind."""
    return _SEPARATORS.sub("", (text or "")[:MAX_INPUT]).upper()


def key_of(text: str) -> str:
    """The key that ``text`` (as someone typed it) is matched by; empty when it cannot be a number.

    Eight characters with a good check and no prefix are taken as one of ours.
    """
    key = squash(text)
    if has_good_check(key) and not key.startswith(PREFIX):
        key = PREFIX + key
    if not key or len(key) > 40 or not key.isascii() or not key.isalnum():
        return ""
    return key


def is_ours(key: str) -> bool:
    """Whether ``key`` has the shape of a number made by rsqm (prefix and eight characters)."""
    return bool(_OURS.match(key))


def problem_with(text: str) -> str | None:
    """What is wrong with a number someone typed, in words, or ``None`` when it may be looked up."""
    key = key_of(text)
    if not key:
        return "Enter the certificate number using letters and numbers, like RSQM-K7DX-4MQ9"
    if is_ours(key) and not has_good_check(key[len(PREFIX):]):
        return "Check the certificate number: one of its characters is wrong or two are swapped"
    return None


def clean_existing(text: str) -> str:
    """An existing certificate number as it was issued before rsqm: letters, numbers, spaces and
    hyphens, 3 to 40 characters, kept in upper case with single spaces. ``ValueError`` otherwise."""
    number = " ".join((text or "").split()).upper()
    if not _LEGACY.match(number):
        raise ValueError("Enter the certificate number as it is on the certificate: 3 to 40 letters, numbers, "
                         "spaces or hyphens")
    key = key_of(number)
    if is_ours(key) and not has_good_check(key[len(PREFIX):]):
        raise ValueError("This looks like an RSQM certificate number but its check character is wrong")
    return number


def path_form(number: str) -> str:
    """The form of a number used in the address ``/verify/<number>``: spaces become hyphens."""
    return "-".join(number.split()).upper()
