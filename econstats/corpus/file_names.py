"""What a corpus's file names say before a file is opened: which are documents, which are not
and why, and how a name that is not valid UTF-8 is shown.

A corpus listing names every file under the corpus folder, as a path relative to it with "/"
between folders (econstats.corpus.folder, econstats.corpus.sources); only a file of the folder itself named
<doc_id>.txt/.html/.htm can be a document, since a doc_id is a file name less its extension,
never a path (schema/CONTRACT.md). Every other file is reported under `skipped` with the
reason unlisted() gives, so nothing in a corpus goes unmentioned (issue 12, item 5).

A name that is not valid UTF-8 reaches Python with each undecodable byte as a lone surrogate
(os.fsdecode); shown() writes such a byte as a backslash escape, so report.json can hold it.
"""

from __future__ import annotations

import os
import re

EXTENSIONS = (".txt", ".html", ".htm")
CATALOG = "catalog.csv"  # the corpus folder's catalog: the report's `catalog`, no document
UNLISTABLE = "/"  # ends the name of a subfolder that cannot be listed: no file name ends so
SURROGATE = re.compile("[\ud800-\udfff]")
NOT_A_DOCUMENT = f"not a {', '.join(EXTENSIONS[:-1])} or {EXTENSIONS[-1]} file"


def stem(name: str) -> str:
    """A file name less its extension: PurePosixPath(name).stem of a name with no "/".

    >>> [stem(name) for name in ("a.txt", "a.b.htm", ".hidden.txt", "noext", ".txt", "a.")]
    ['a', 'a.b', '.hidden', 'noext', '.txt', 'a.']
    """
    at = name.rfind(".")
    return name[:at] if 0 < at < len(name) - 1 else name


def is_document_name(name: str) -> bool:
    """Whether a listed name (relative to the corpus folder) may be a document: a file of the
    folder itself with a document extension.

    >>> [is_document_name(n) for n in ("a.txt", "b.HTM", "a.md", "sub/a.txt", "sub/", "txt")]
    [True, True, False, False, False, False]
    """
    return "/" not in name and os.path.splitext(name)[1].lower() in EXTENSIONS


def unlisted(name: str) -> tuple[str, str] | None:
    """(reason, note) why a listed name is no document, whatever the file holds; None for a
    name that may be one (its doc_id is checked next).

    >>> unlisted("a.txt") is None, unlisted("sub/deeper/a.txt"), unlisted("notes.md")[0]
    (True, ('in-subfolder', 'in the subfolder sub/deeper: a doc_id is a file name, never a path'), 'not-a-document')
    >>> unlisted("bad\\udcffname.txt")
    ('bad-file-name', "the file name is not valid UTF-8: b'bad\\\\xffname.txt'")
    >>> unlisted("locked/")
    ('unreadable', 'a subfolder that cannot be listed')
    """
    if name.endswith(UNLISTABLE):
        return "unreadable", "a subfolder that cannot be listed"
    if "/" in name:
        folder = name.rpartition("/")[0]
        return (
            "in-subfolder",
            f"in the subfolder {shown(folder)}: a doc_id is a file name, never a path",
        )
    if not is_document_name(name):
        return "not-a-document", NOT_A_DOCUMENT
    if SURROGATE.search(name):
        return "bad-file-name", f"the file name is not valid UTF-8: {raw_name(name)!r}"
    return None


def raw_name(name: str) -> bytes:
    """The bytes of a file name as the file system holds them (os.fsencode on POSIX).

    >>> raw_name("caf\\u00e9\\udcff.txt")
    b'caf\\xc3\\xa9\\xff.txt'
    """
    return name.encode("utf-8", "surrogateescape")


def shown(path: str) -> str:
    """A path as report.json shows it: each byte of a name that is not valid UTF-8 as a
    backslash escape (\\xff), any other lone surrogate as \\udxxx; other text as it is.

    >>> shown("corpus/bad\\udcffname.txt"), shown("corpus/caf\\u00e9.txt")
    ('corpus/bad\\\\xffname.txt', 'corpus/café.txt')
    """
    return SURROGATE.sub(_escaped, path)


def _escaped(match: re.Match) -> str:
    """A lone surrogate as text: the byte it stands for (\\xff), else its code point."""
    char = ord(match.group())
    return f"\\x{char - 0xDC00:02x}" if 0xDC80 <= char <= 0xDCFF else f"\\u{char:04x}"
