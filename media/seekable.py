"""The position half of a read-only binary file over a known number of bytes."""

from __future__ import annotations

import io


class Seekable:
    """seek, tell, seekable and readable for a reader that keeps `_pos` and knows its `size`.

    Seeking only moves the position (past the end too, as files allow); reading is the reader's.
    """

    size: int
    _pos: int = 0

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise ValueError(f"negative seek position {base + offset}")
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True
