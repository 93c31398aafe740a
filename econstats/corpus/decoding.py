"""A file's bytes -> its text: binaries sniffed, the encoding detected, nothing replaced.

text_of is the one entry point: (text, encoding), or NotText with a kebab-case reason
(empty-file, binary-file, undecodable) and a note. Decoding is strict, so an undecodable byte is
reported and never becomes U+FFFD in a quote; `raw.decode(encoding) == text` always holds.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes

IMAGE_MAGIC = {b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF", b"RIFF": "RIFF"}
ARCHIVE_MAGIC = {
    b"PK\x03\x04": "ZIP",
    b"\x1f\x8b": "gzip",
    b"7z\xbc\xaf\x27\x1c": "7-Zip",
    b"\xfd7zXZ": "xz",
    b"\x28\xb5\x2f\xfd": "zstd",
    b"Rar!\x1a\x07": "RAR",
}
EXECUTABLE_MAGIC = {b"\x7fELF": "ELF", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "OLE (.doc/.xls)"}
MAGIC = {b"%PDF": "PDF", **IMAGE_MAGIC, **ARCHIVE_MAGIC, **EXECUTABLE_MAGIC}
# Longest first: a UTF-32-LE BOM starts with the UTF-16-LE one.
BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
LEGACY = ("gb18030", "big5", "cp1252")  # supported, in preference order on a tie
CONTROL_SAMPLE = 8192  # characters looked at for control characters
MAX_CONTROL_SHARE = 0.1  # text has next to none; a binary read as Latin-1 has about a quarter
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # an invalid byte under "surrogateescape"


class UndecodableError(UnicodeDecodeError):
    """No supported encoding decodes these bytes strictly."""

    def __init__(self, raw: bytes, reason: str) -> None:
        super().__init__("undetected", raw, 0, len(raw), reason)


@dataclass(frozen=True)
class NotText:
    """Why a file's bytes are no usable text: reason code and a note for the report."""

    reason: str
    note: str


def text_of(raw: bytes) -> tuple[str, str] | NotText:
    """(text, encoding name) of a file's bytes, or NotText saying why not.

    >>> text_of("Sales rose 3%".encode("utf-16"))
    ('Sales rose 3%', 'utf-16')
    >>> text_of(b""), text_of(codecs.BOM_UTF8)
    (NotText(reason='empty-file', note='0 bytes'), NotText(reason='empty-file', note='only a byte-order mark (utf-8-sig)'))
    >>> text_of(b"\\x01\\x02\\x03\\x04 ab")
    NotText(reason='binary-file', note='4 control characters in the first 7 characters')
    """
    if not raw:
        return NotText("empty-file", "0 bytes")
    binary = sniff_binary(raw)
    if binary:
        return NotText("binary-file", binary)
    try:
        text, encoding = decode(raw)
    except UndecodableError as err:
        return NotText("undecodable", err.reason)
    if not text:
        return NotText("empty-file", f"only a byte-order mark ({encoding})")
    controls = sniff_controls(text)
    if controls:
        return NotText("binary-file", controls)
    return text, encoding


def sniff_binary(raw: bytes) -> str | None:
    """Why `raw` looks like a binary file, or None when it may be text.

    >>> sniff_binary(b"%PDF-1.7 ...")
    'PDF header'
    >>> sniff_binary(b"ab\\x00c")
    'NUL byte at offset 2'
    >>> sniff_binary(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le")) is None
    True
    """
    for magic, kind in MAGIC.items():
        if raw.startswith(magic):
            return f"{kind} header"
    nul = raw.find(b"\x00")
    if nul < 0 or raw.startswith(BOMS):
        return None
    return f"NUL byte at offset {nul}"


CONTROL_CHARS = re.compile(
    "["
    + "".join(
        re.escape(chr(code))
        for code in [*range(0x20), *range(0x7F, 0xA0)]
        if chr(code) not in TEXT_CONTROLS
    )
    + "]"
)  # C0 and C1 controls other than tab, line feed, carriage return, vertical tab, form feed


ASCII_CONTROLS = bytes(
    code for code in [*range(0x20), 0x7F] if chr(code) not in TEXT_CONTROLS
)  # CONTROL_CHARS that are ASCII


def sniff_controls(text: str) -> str | None:
    """Why decoded text looks like a binary (many control characters), or None.

    >>> sniff_controls("Sales rose\\t3%\\r\\n"), sniff_controls("\\x1b[1mbold\\x1b[0m text here ok")
    (None, None)
    """
    sample = text[:CONTROL_SAMPLE]
    if sample.isascii():  # most text: count by deleting them from the bytes, in C
        data = sample.encode("ascii")
        controls = len(data) - len(data.translate(None, ASCII_CONTROLS))
    else:
        controls = len(CONTROL_CHARS.findall(sample))
    if controls <= MAX_CONTROL_SHARE * len(sample):
        return None
    return f"{controls} control characters in the first {len(sample)} characters"


def decode(raw: bytes) -> tuple[str, str]:
    """Decode strictly and return (text, encoding name); `raw.decode(name) == text`.

    A byte-order mark is stripped, so offsets index the text without it. Nothing is normalised.
    UTF-8 with a few bad bytes (a truncated download, one stray byte) is undecodable, not
    re-read as cp1252 mojibake.

    >>> decode("Café".encode())
    ('Café', 'utf-8')
    >>> decode(codecs.BOM_UTF8 + b"a\\r\\nb")
    ('a\\r\\nb', 'utf-8-sig')
    >>> decode(b"\\x93revenue\\x94 rose to \\x8012 billion")
    ('“revenue” rose to €12 billion', 'cp1252')
    >>> decode("预算收入增长".encode()[:-1])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    econstats.corpus.decoding.UndecodableError: ...invalid UTF-8: 2 bad byte(s), the first at byte 15
    """
    try:
        text: str | None = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        text = None  # not UTF-8: try byte-order marks, then a legacy encoding
        first_bad = err.start
    if text is not None:
        return (text[1:], "utf-8-sig") if text.startswith("\ufeff") else (text, "utf-8")
    for bom in BOMS:
        if raw.startswith(bom):
            name = f"utf-{len(bom) * 8}"  # the utf-16/utf-32 codecs read and drop the BOM
            try:
                return raw.decode(name), name
            except UnicodeDecodeError:
                break  # a false BOM: let the legacy guess decide
    bad = broken_utf8(raw)
    if bad:
        raise UndecodableError(
            raw, f"invalid UTF-8: {bad} bad byte(s), the first at byte {first_bad}"
        )
    return _decode_legacy(raw)


def broken_utf8(raw: bytes) -> int:
    """How many bytes are invalid when `raw` is mostly UTF-8 (valid multi-byte characters
    outnumber invalid bytes two to one), else 0: then it is likely a legacy encoding.

    >>> broken_utf8("预算收入".encode() + b"\\xff"), broken_utf8("预算收入".encode("gbk"))
    (1, 0)
    """
    text = raw.decode("utf-8", "surrogateescape")
    bad = len(ESCAPED_BYTE.findall(text))
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # non-ASCII characters
    return bad if good >= 2 * bad else 0


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    """charset-normalizer's best fit among the supported legacy encodings, decoded strictly."""
    matches = list(from_bytes(raw, cp_isolation=[*LEGACY, "latin_1"]))
    if not matches:
        raise UndecodableError(raw, "not UTF-8/16/32, GB18030, Big5, cp1252 or Latin-1")

    def rank(match: CharsetMatch) -> tuple[float, float, int]:
        name = codecs.lookup(match.encoding).name
        order = LEGACY.index(name) if name in LEGACY else len(LEGACY)
        return round(match.chaos, 2), -round(match.coherence, 2), order

    name = codecs.lookup(min(matches, key=rank).encoding).name
    try:
        return raw.decode(name), name
    except UnicodeDecodeError as err:
        raise UndecodableError(raw, f"best guess {name} does not decode: {err.reason}") from err
