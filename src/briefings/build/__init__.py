"""Making builds fast: the cache that skips work whose inputs did not change, and the
executors that spread the rest over processes (or a Dask cluster)."""
