"""Corpus -> tables: per-report pipeline, build (local or Dask), cache, tables, IO."""
