"""One line of the network check: what was checked, pass / warn / fail, the figure, and advice."""

from __future__ import annotations

import errno
import ssl
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

TIMEOUT = 4.0
"""Seconds each step of the check may take: a dead link ends the whole check in well under a minute."""


class Status(Enum):
    """How a check went."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"

    def word(self) -> str:
        """The status in the user's language (never shown by colour alone)."""
        return translate("network", str(_WORDS[self]))


_WORDS = {
    Status.PASS: QT_TRANSLATE_NOOP("network", "pass"),
    Status.WARN: QT_TRANSLATE_NOOP("network", "warn"),
    Status.FAIL: QT_TRANSLATE_NOOP("network", "fail"),
}


@dataclass(frozen=True)
class CheckLine:
    """The outcome of one check, in the user's language. Never holds a token or password."""

    name: str
    """What was checked, for example "Hub name lookup (DNS)"."""
    status: Status
    figure: str
    """What was measured or found, for example "12 ms" or "3.2 Mbit/s"; "" when nothing was."""
    advice: str
    """What it means and what to do, in plain words; "" when there is nothing to do."""


def milliseconds(seconds: float) -> str:
    return translate("network", "{ms} ms").format(ms=round(seconds * 1000))


def no_answer(what: str) -> str:
    return translate("network", "no answer from {what} within {seconds} s").format(what=what, seconds=int(TIMEOUT))


def connection_problem(error: OSError, where: str) -> tuple[str, str]:
    """A failed connection to where (host:port) as (figure, advice) in plain words."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return certificate_problem(error, where)
    if isinstance(error, ssl.SSLError):
        return (
            translate("network", "secure connection failed"),
            translate(
                "network",
                "{where} did not complete a TLS handshake ({reason}). Check that the address starts with"
                " https only if the server really serves https on that port.",
            ).format(where=where, reason=error.reason or error.strerror),
        )
    if isinstance(error, ConnectionRefusedError):
        return (
            translate("network", "refused"),
            translate(
                "network",
                "Nothing answers at {where}: the server is not running there, or the port is wrong."
                " Check the address and that the server is started.",
            ).format(where=where),
        )
    if error.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return (
            translate("network", "no route"),
            translate(
                "network", "This PC has no way to {where}. Check the network cable or Wi-Fi and the gateway."
            ).format(where=where),
        )
    return (
        translate("network", "connection failed"),
        translate("network", "Could not connect to {where}: {reason}.").format(
            where=where, reason=error.strerror or type(error).__name__
        ),
    )


def certificate_problem(error: ssl.SSLCertVerificationError, where: str) -> tuple[str, str]:
    """Why a server's certificate was not accepted, as (figure, advice)."""
    if error.verify_code == 10:  # X509_V_ERR_CERT_HAS_EXPIRED
        return (
            translate("network", "certificate expired"),
            translate(
                "network",
                "The certificate of {where} has expired. Its administrator must renew it; also check that"
                " this PC's date and time are right.",
            ).format(where=where),
        )
    if error.verify_code == 62:  # X509_V_ERR_HOSTNAME_MISMATCH
        return (
            translate("network", "certificate for another name"),
            translate(
                "network",
                "The certificate of {where} is made out to another name. Use the name the certificate is"
                " for in the address.",
            ).format(where=where),
        )
    return (
        translate("network", "certificate not trusted"),
        translate(
            "network",
            "The certificate of {where} is not from an authority this PC trusts (for example self-made)."
            " Use a certificate from a public authority such as Let's Encrypt, or install the school's"
            " own authority on this PC.",
        ).format(where=where),
    )
