-- Sessions moved to Redis in the previous release.
DROP TABLE legacy_sessions; -- mg:expect
