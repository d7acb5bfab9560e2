"""The throwaway PostgreSQL cluster now lives in the package (`bench load` uses it too)."""

from sse_match.storage.pgcluster import Cluster, _free_port, find_bin, new_cluster  # noqa: F401
