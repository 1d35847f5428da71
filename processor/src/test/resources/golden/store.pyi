"""A small store."""

from _typeshed import ReadableBuffer
import collections.abc
import datetime
import decimal
import enum
import os
import typing

LIMIT: typing.Final[int]

class Packing(enum.Enum):
    """How an item is packed."""
    LOOSE = "LOOSE"
    BOXED = "BOXED"

@typing.final
class Item:
    """An item for sale."""
    def __init__(self, name: str) -> None:
        """A new item."""
    @property
    def name(self) -> str: ...
    @name.setter
    def name(self, value: str) -> None: ...
    def copy(self) -> Item: ...
    @staticmethod
    def blank() -> Item: ...

def find(name: str, /, *, limit: int = 10, exact: bool = True, label: str | None = None) -> list[Item]:
    """Finds items."""

def tally(*names: str, **prices: float) -> dict[str, int]: ...

def groups(data: ReadableBuffer, weights: list[float] | tuple[float, ...] | ReadableBuffer, key: collections.abc.Callable[[str], int], where: str | os.PathLike[str], maybe: int | None) -> collections.abc.Iterator[set[int]]: ...

def raw(price: decimal.Decimal | int, day: datetime.date) -> bytes: ...
