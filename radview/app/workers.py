"""Background tasks for the workstation: network and decoding never run on the UI thread.

A task is a plain function ``fn(ctx, *args)``; it reports through ``ctx``
(``progress``, ``emit`` for streamed items such as arriving images) and checks
``ctx.cancelled()``. Results, streamed items and errors reach the UI thread as
queued Qt signals. Errors become one readable line (the traceback goes to the log),
never a dialog.
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from radview.errors import RadviewError

log = logging.getLogger("radview.workstation")


class TaskSignals(QObject):
    progress = Signal(int, int, str)  # done, total (0 = unknown), text
    item = Signal(object)  # streamed partial result
    result = Signal(object)
    error = Signal(str)
    finished = Signal()


class TaskContext:
    """What a task function sees: progress, streaming and the cancel flag."""

    def __init__(self, signals: TaskSignals, label: str):
        self._signals = signals
        self._cancel = threading.Event()
        self.label = label

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progress.emit(int(done), int(total), text or self.label)

    def emit(self, item: Any) -> None:
        self._signals.item.emit(item)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


def describe_error(exc: BaseException) -> str:
    if isinstance(exc, RadviewError):
        return str(exc)
    return f"internal error: {type(exc).__name__}: {exc} (details in the log)"


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, label: str = "", **kwargs: Any):
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until `finished`
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.label = label or getattr(fn, "__name__", "task")
        self.signals = TaskSignals()
        self.ctx = TaskContext(self.signals, self.label)
        self.done = threading.Event()

    def cancel(self) -> None:
        self.ctx.cancel()

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(self.ctx, *self.args, **self.kwargs)
            if not self.ctx.cancelled():
                self.signals.result.emit(result)
        except Exception as exc:  # every failure is reported, none escapes the thread
            if not self.ctx.cancelled() or isinstance(exc, RadviewError):
                if not isinstance(exc, RadviewError):
                    log.error("%s failed:\n%s", self.label, traceback.format_exc())
                else:
                    log.warning("%s: %s", self.label, exc)
                self.signals.error.emit(describe_error(exc))
        finally:
            self.done.set()
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks on a thread pool and keeps them alive until they finish."""

    started = Signal(object)
    stopped = Signal(object)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.active: list[Task] = []

    def start(self, fn: Callable[..., Any], *args: Any, label: str = "",
              on_result: Callable[[Any], None] | None = None,
              on_error: Callable[[str], None] | None = None,
              on_progress: Callable[[int, int, str], None] | None = None,
              on_item: Callable[[Any], None] | None = None, **kwargs: Any) -> Task:
        task = Task(fn, *args, label=label, **kwargs)
        if on_result:
            task.signals.result.connect(on_result)
        if on_error:
            task.signals.error.connect(on_error)
        if on_progress:
            task.signals.progress.connect(on_progress)
        if on_item:
            task.signals.item.connect(on_item)
        task.signals.finished.connect(lambda t=task: self._finished(t))
        self.active.append(task)
        self.started.emit(task)
        self.pool.start(task)
        return task

    def _finished(self, task: Task) -> None:
        if task in self.active:
            self.active.remove(task)
        try:
            self.stopped.emit(task)
        except RuntimeError:
            pass  # a task that outlived its window's shutdown wait: nobody to tell

    def cancel_all(self) -> None:
        for task in list(self.active):
            task.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        self.cancel_all()
        self.pool.waitForDone(timeout_ms)
