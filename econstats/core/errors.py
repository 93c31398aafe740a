"""One base error and a few named subclasses; the message always names the file and the problem."""

from __future__ import annotations


class EconstatsError(Exception):
    """econstats could not do what was asked."""

    exit_code = 2

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (self.__doc__ or "").strip())


class CorpusError(EconstatsError):
    """The corpus folder or its catalog cannot be read."""


class SchemaFileError(EconstatsError):
    """A schema, vocabulary or terms file is malformed."""


class ReleaseExistsError(EconstatsError):
    """That release version exists with different content."""

    exit_code = 3


class VersionBumpError(EconstatsError):
    """The release version does not follow the version rule."""

    exit_code = 3


class LockedError(EconstatsError):
    """Another build or release holds the lock on this data folder."""

    exit_code = 3


class ForeignFileError(EconstatsError):
    """A file or folder that econstats did not write is where it would write; it is kept."""

    exit_code = 3


class VerifyError(EconstatsError):
    """A release does not match its manifest or schema."""

    exit_code = 1


class RefusedOutputError(EconstatsError):
    """The output folder is the corpus, overlaps it, or holds files a build did not write."""

    exit_code = 3
