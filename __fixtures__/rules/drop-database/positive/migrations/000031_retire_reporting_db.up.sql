-- The reporting copy moved to the warehouse.
DROP DATABASE IF EXISTS reporting_copy; -- mg:expect
