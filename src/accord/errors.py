"""Exceptions raised by accord, with coded messages.

Tree::

    AccordError
    ├── ConfigError        bad settings or an unknown model        (E1xx)
    ├── InputError         one article or file cannot be read      (E2xx)
    ├── ModelError         the spaCy pipeline cannot be loaded     (E3xx)
    └── StoreError         the event store cannot be used          (E4xx)

The library raises; the CLI turns these into messages and exit codes.  Batch
readers never raise :class:`InputError` for one bad item: they yield a
:class:`~accord.model.Failure` so that the rest of the batch goes on.
"""

from __future__ import annotations


class AccordError(Exception):
    """Base of every error accord raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(self.__str__())

    def __str__(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}[{self.code}] {self.message}"


class ConfigError(AccordError):
    """A setting, option or data file is wrong."""

    code = "E100"


class InputError(AccordError):
    """One input item (file, line, record) cannot be turned into an article."""

    code = "E200"


class ModelError(AccordError):
    """The NLP pipeline cannot be loaded."""

    code = "E300"


class StoreError(AccordError):
    """The event store cannot be opened or written."""

    code = "E400"


class Messages:
    """Message templates, one place so that wording stays consistent."""

    EMPTY = "the file is empty"
    EMPTY_BODY = "the article has no body text after its header and title"
    BINARY = "the file looks binary (NUL bytes), not a text article"
    NOT_UTF8 = (
        "bytes at offset {offset} are not valid UTF-8; re-save the file as UTF-8 "
        "(for example: iconv -f cp1252 -t utf-8 FILE > FILE.utf8)"
    )
    TOO_LARGE = "the input is {size:,} bytes, over the {limit:,}-byte limit for one article"
    NO_HEADER = "missing header: the first line must be ' date YYYY-MM-DD URL' (found {found!r})"
    BAD_HEADER = "malformed header {found!r}: expected ' date YYYY-MM-DD URL'"
    BAD_DATE = "impossible date {value!r}: {reason}"
    BAD_JSON = "invalid JSON: {reason}"
    BAD_RECORD = "record is not usable: {reason}"
    NO_TEXT_HTML = "no main text could be extracted from the HTML page (only menus or page furniture)"
    UNKNOWN_FORMAT = "unsupported file type {suffix!r}: use .txt, .jsonl, .json, .csv, .html or .htm"
    NOT_FOUND = "no such file or folder"
    NO_MODEL = (
        "spaCy model {name!r} is not installed; install it with 'pip install {package}' or choose another with --model"
    )
