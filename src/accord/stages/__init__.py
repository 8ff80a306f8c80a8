"""Pipeline stages, one module each: ingest, parse, actors, events, dates."""
