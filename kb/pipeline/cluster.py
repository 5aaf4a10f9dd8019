"""The corpus run on a Dask cluster: the same per-article step, on many machines.

`kb.pipeline.export_article` is pure, so Dask (`distributed`) can run it anywhere
kb is installed: each worker reads its articles from a folder every machine sees
(the task names the path), and returns the bytes; this process writes them, as
for a local run. At most a window of tasks is in flight, so neither the cluster
nor this process ever holds the corpus.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from itertools import islice
from typing import Any

from kb.errors import InputError
from kb.pipeline import Result, Task, export_article

_WINDOW_PER_WORKER = 32


def run_on_dask(tasks: list[Task], scheduler: str | None, workers: int) -> Iterator[Result]:
    """The results of `tasks` in their order, computed on the cluster at `scheduler`
    (tcp://HOST:8786), or on a local cluster of `workers` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError(
            "--scheduler", "Dask is not installed", "pip install 'kb[dask]' (distributed)"
        ) from None
    if scheduler:
        client = _connect(Client, scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    with client:
        yield from _windowed(client, tasks, max(1, len(client.nthreads())))
        if not scheduler:
            cluster.close()


def _connect(client: Any, scheduler: str) -> Any:
    try:
        return client(scheduler, timeout="10s")
    except OSError as error:
        problem = f"no Dask scheduler answers ({error})"
        fix = "start one with `dask scheduler`, or check the address"
        raise InputError(scheduler, problem, fix) from None


def _windowed(client: Any, tasks: list[Task], workers: int) -> Iterator[Result]:
    """Submit a window of tasks, then one more as each result is taken, in order."""
    queue = iter(tasks)

    def submit(count: int) -> list[Any]:
        return [client.submit(export_article, task, pure=False) for task in islice(queue, count)]

    pending = deque(submit(workers * _WINDOW_PER_WORKER))
    while pending:
        future = pending.popleft()
        result: Result = future.result()
        future.release()
        pending.extend(submit(1))
        yield result
