"""Where a group robot's webhook address and signing secret are kept.

Both are secrets: anyone with the address (its key or token) can post to the group. They go
to the system's credential store through ``keyring`` (Windows Credential Manager, the macOS
Keychain, the Secret Service of a Linux desktop), as one entry per robot named by the robot's
``secret_ref``. Where there is no usable store (a Linux without a keyring daemon, a CI runner),
or it fails, they are kept in the database file instead, and the robot's ``secret_place`` says
so, shown in 设置 → 通知 and by ``notify list``: never lost, never silently.

``keyring`` is imported here only, when a robot is added, tested or sent to: it loads every
backend it knows (some 100 ms) and a session without robots never pays for it.
"""

from __future__ import annotations

import contextlib
import json
from typing import NamedTuple

KEYRING, DATABASE = "keyring", "database"
SERVICE = "LicenseKeeper group robot"


class Credential(NamedTuple):
    url: str
    secret: str = ""


class SecretMissing(Exception):
    """The robot's address and secret are not where its row says (another computer's keychain)."""


def credential_text(credential: Credential) -> str:
    return json.dumps({"url": credential.url, "secret": credential.secret}, ensure_ascii=False)


def keep(secret_ref: str, credential: Credential) -> tuple[str, str | None]:
    """Keep ``credential``: (KEYRING, None) when the credential store took it (and gives it
    back), else (DATABASE, its text) for the robot's row."""
    backend = usable_keyring()
    text = credential_text(credential)
    if backend is not None:
        try:
            backend.set_password(SERVICE, secret_ref, text)
            if backend.get_password(SERVICE, secret_ref) == text:
                return KEYRING, None
        except Exception:           # noqa: BLE001 - any failure of the store: keep it in the database
            pass
    return DATABASE, text


def read(*, secret_ref: str, secret_place: str, credential: str | None) -> Credential:
    """The robot's address and secret; SecretMissing says why they cannot be had."""
    if secret_place == DATABASE:
        text = credential
    else:
        backend = usable_keyring()
        if backend is None:
            raise SecretMissing("这台电脑没有可用的系统凭据存储，机器人的地址和密钥存在别的电脑上：请在 设置 → 通知 中重新填写")
        try:
            text = backend.get_password(SERVICE, secret_ref)
        except Exception as error:      # noqa: BLE001 - a locked or broken store
            raise SecretMissing(f"无法从系统凭据存储读出机器人的地址和密钥（{error}）") from None
        if text is None:
            raise SecretMissing(f"{store_name()}中找不到这个机器人的地址和密钥（数据库可能是从别的电脑搬来的）："
                                "请在 设置 → 通知 中重新填写")
    try:
        values = json.loads(text or "")
        return Credential(str(values["url"]), str(values.get("secret") or ""))
    except (ValueError, KeyError, TypeError):
        raise SecretMissing("机器人的地址和密钥记录不完整：请在 设置 → 通知 中重新填写") from None


def forget(*, secret_ref: str, secret_place: str) -> None:
    """Remove the robot's entry from the credential store (nothing to do when it was in the database)."""
    if secret_place != KEYRING:
        return
    backend = usable_keyring()
    if backend is None:
        return
    with contextlib.suppress(Exception):     # gone already, or the store refuses: nothing more to do
        backend.delete_password(SERVICE, secret_ref)


def usable_keyring():
    """The credential store's backend, or None where there is none that keeps anything."""
    try:
        import keyring
        from keyring.backends import fail, null
    except Exception:               # noqa: BLE001 - not installed or broken: the database it is
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:               # noqa: BLE001
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if getattr(backend, "backends", None) == []:       # a chainer with nothing to chain
        return None
    return backend


def store_name() -> str:
    backend = usable_keyring()
    module = type(backend).__module__ if backend is not None else ""
    if "Windows" in module:
        return "Windows 凭据管理器"
    if "macOS" in module:
        return "macOS 钥匙串"
    return "系统凭据存储"


def place_text(secret_place: str, db_path: object) -> str:
    """Where a robot's address and secret are, in words for the user."""
    if secret_place == KEYRING:
        return f"地址和密钥保存在{store_name()}中"
    return f"这台电脑没有可用的系统凭据存储，地址和密钥保存在数据库文件中（{db_path}），请妥善保管这个文件"
