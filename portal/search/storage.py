"""The index on disk: generations, the pointer to the live one, and the write lock.

`PATH/CURRENT` names the generation that searches read. A rebuild writes a new
generation beside it (named in `PATH/BUILDING` while it runs, so that live
updates reach it too) and then swaps the pointer with one atomic rename:
searches never see a half-built index. Every write, by any process, holds
`PATH/write.lock` (an flock), so two app servers writing at once take turns
rather than corrupt the index or drop an update.
"""

import fcntl
import logging
import os
import shutil
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index

from django.utils import timezone

logger = logging.getLogger("portal.search")

CURRENT = "CURRENT"
BUILDING = "BUILDING"
LOCK = "write.lock"
# Whoosh's own lock is only met if something bypasses ours; wait rather than fail.
WRITER_TIMEOUT = 30


class IndexUnavailable(Exception):
    """The index is missing or cannot be read (search says it is being rebuilt)."""


_opened = {}
_opened_lock = threading.Lock()


class IndexStore:
    def __init__(self, path, schema):
        self.path = Path(path)
        self.schema = schema

    # pointers

    def _read_pointer(self, name):
        try:
            value = (self.path / name).read_text().strip()
        except FileNotFoundError:
            return None
        return value or None

    def _write_pointer(self, name, value):
        temporary = self.path / f".{name}.{uuid.uuid4().hex}"
        temporary.write_text(value)
        os.replace(temporary, self.path / name)

    # opening

    def _open(self, generation):
        directory = self.path / generation
        key = str(directory)
        with _opened_lock:
            ix = _opened.get(key)
            if ix is None:
                ix = whoosh_index.open_dir(key)
                _opened[key] = ix
        return ix

    def current(self):
        """The live index, for reading; IndexUnavailable when there is none."""
        generation = self._read_pointer(CURRENT)
        if generation is None:
            raise IndexUnavailable(f"no search index at {self.path}")
        try:
            return self._open(generation)
        except Exception as error:  # whoosh raises several kinds for a damaged index
            raise IndexUnavailable(f"cannot open search index {generation}: {error}") from error

    def writable(self):
        """Every index a live change must reach: the current one and the one being
        built, if a rebuild is running. None when there is no index yet: the
        rebuild that creates it reads the change from the database. Call holding
        the write lock."""
        targets = []
        for pointer in (CURRENT, BUILDING):
            generation = self._read_pointer(pointer)
            if generation and (self.path / generation).exists():
                index = self._open(generation)
                if index not in targets:
                    targets.append(index)
        return targets

    # writing

    @contextmanager
    def write_lock(self):
        self.path.mkdir(parents=True, exist_ok=True)
        with open(self.path / LOCK, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def create_generation(self):
        self.path.mkdir(parents=True, exist_ok=True)
        stamp = timezone.now().strftime("%Y%m%dT%H%M%S")
        generation = f"index-{stamp}-{uuid.uuid4().hex[:6]}"
        (self.path / generation).mkdir()
        whoosh_index.create_in(str(self.path / generation), self.schema)
        return generation

    # rebuilding

    def begin_rebuild(self):
        """A new, empty generation that live writes also reach until `finish_rebuild`."""
        with self.write_lock():
            generation = self.create_generation()
            self._write_pointer(BUILDING, generation)
        return generation, self._open(generation)

    def finish_rebuild(self, generation):
        """Point searches at the new generation and remove the old ones."""
        with self.write_lock():
            previous = self._read_pointer(CURRENT)
            self._write_pointer(CURRENT, generation)
            (self.path / BUILDING).unlink(missing_ok=True)
            # The previous generation stays until the next swap: a search that
            # read the old pointer a moment ago can still open it.
            for old in self.path.glob("index-*"):
                if old.name not in (generation, previous) and old.is_dir():
                    self._forget(old)
                    shutil.rmtree(old, ignore_errors=True)
        logger.info("search index swapped from %s to %s", previous, generation)

    def abandon_rebuild(self, generation):
        with self.write_lock():
            if self._read_pointer(BUILDING) == generation:
                (self.path / BUILDING).unlink(missing_ok=True)
            self._forget(self.path / generation)
            shutil.rmtree(self.path / generation, ignore_errors=True)

    def _forget(self, directory):
        with _opened_lock:
            _opened.pop(str(directory), None)

    def reset(self):
        """Start again with one empty generation."""
        with self.write_lock():
            generation = self.create_generation()
            self._write_pointer(CURRENT, generation)
            (self.path / BUILDING).unlink(missing_ok=True)
            for old in self.path.glob("index-*"):
                if old.name != generation and old.is_dir():
                    self._forget(old)
                    shutil.rmtree(old, ignore_errors=True)
