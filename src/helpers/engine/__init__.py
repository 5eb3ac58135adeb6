"""Corpus -> tables: the per-report pipeline, the build (local or Dask), its cache, tables and IO."""
